// table_rows.hpp: the cells of a table's row as the readers write it, a
// markdown row ("| a | b |") or a PDF's columns apart by tabs.
#pragma once

#include <string_view>
#include <vector>

namespace protokol::segmenter {

/// The cells of a markdown table row ("| a | b |" -> "a", "b"), each
/// trimmed, empty ones kept; none when `row` does not start with a bar.
std::vector<std::string_view> cells_of(std::string_view row);

/// The cells of a table row: "| a | b |" (cells_of), or "a<TAB>b<TAB>c" as a
/// PDF's text keeps a table's columns apart (bold around the whole row
/// dropped); empty when the line is neither.
std::vector<std::string_view> row_cells(std::string_view text);

}  // namespace protokol::segmenter
