// member_table.hpp: a member list set as a table, as Word and HTML pages
// give it ("| Navn | Parti | Funktion | Fremmøde |" over one row per
// member). The header row says what each column holds.
#pragma once

#include <cstddef>
#include <protokol/document.hpp>
#include <string_view>
#include <vector>

#include "lines.hpp"

namespace protokol::segmenter {

/// The members of the table whose header row is line `first` (before
/// `end`), and the table's last line. `last` is 0 when line `first` is no
/// header row of a member table (its first named column is no name column).
struct member_table {
  std::vector<participant> people;
  std::size_t last = 0;
};

/// The cells of a markdown table row ("| a | b |" -> "a", "b"), each
/// trimmed, empty ones kept; none when `row` does not start with a bar.
std::vector<std::string_view> cells_of(std::string_view row);

/// The cells of a table row: "| a | b |" (cells_of), or "a<TAB>b<TAB>c" as a
/// PDF's text keeps a table's columns apart (bold around the whole row
/// dropped); empty when the line is neither.
std::vector<std::string_view> row_cells(std::string_view text);

/// Reads the table at line `first`. Everyone gets `status` unless a
/// status column says otherwise ("Afbud", "Fraværende", "Nej" are absent).
member_table read_member_table(const std::vector<line>& lines, std::size_t first, std::size_t end,
                               std::string_view status);

}  // namespace protokol::segmenter
