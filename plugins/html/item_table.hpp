// item_table.hpp: minutes given as one table, one row per item (number,
// title, case number, decision). Its rows become the lines text minutes
// have, which the segmenter reads: "3. Title", "Sagsnr.: 24/8801", and a
// section heading over its text.
#pragma once

#include <string>
#include <vector>

namespace protokol::html {

/// What a column of an item table holds, by the text of its head cell.
enum class column_kind {
  number,   ///< the item's number ("Pkt.", "Nr.")
  title,    ///< the item's title ("Emne", "Overskrift")
  section,  ///< a section of the item's text ("Beslutning", "Referat")
  label,    ///< any other head: a labelled value ("Sagsnr.", "Sagsbehandler")
};

/// The kinds of the columns when the head cells (without markup) make an
/// item table: a number head, a title head, then at least one section
/// head. Else empty: a table of contents (`Pkt. | Emne | Sagsnr.`) lists
/// items whose text follows elsewhere.
std::vector<column_kind> item_table_columns(const std::vector<std::string>& heads);

/// One row of an item table as lines, "" for a paragraph break: the item
/// line "N. Title", then "Head: value" for each label column, then each
/// section column's head over its lines. Empty cells are left out. Empty
/// when the row is no item (its first cell is no number 1-999 alone, or it
/// has no title).
std::vector<std::string> item_row_lines(const std::vector<column_kind>& columns,
                                        const std::vector<std::string>& heads,
                                        const std::vector<std::vector<std::string>>& cells);

}  // namespace protokol::html
