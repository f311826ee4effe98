// toc.hpp: the table of contents (Indholdsfortegnelse) before the items:
// "Title.....<tab>3" lines, titles cut short, or (pdftotext) a block of
// titles followed by a block of page numbers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lines.hpp"

namespace protokol::segmenter {

/// One entry of the table of contents.
struct toc_entry {
  std::string title;  ///< as written, without leaders and page number
  std::string key;    ///< title_key(title)
  bool closed = false;
  bool cut = false;     ///< written without leader dots: likely cut short mid-word
  unsigned number = 0;  ///< the item number the entry starts with ("3. Budget" gives 3), or 0
  std::size_t line = 0;
};

/// The table of contents of a document.
struct toc {
  bool found = false;
  std::size_t begin = 0;  ///< first line (the heading, or the first entry)
  std::size_t end = 0;    ///< one past the last line
  std::vector<toc_entry> entries;

  /// True when line `i` belongs to the table of contents.
  bool holds(std::size_t i) const { return found && i >= begin && i < end; }
};

/// Splits "Title.....<tab>3" into its title; false when `text` is no entry.
/// `leaders` tells whether leader dots stood between title and number.
bool split_toc_line(std::string_view text, std::string_view& title, bool& leaders);

/// True when `entry` names the item whose title_key is `item_key`. An entry
/// cut short may end in a broken word ("... efter hørir" for "... efter
/// høring").
bool entry_matches(const toc_entry& entry, std::string_view item_key);

/// True for the column heads of an item table without page numbers:
/// "Punkt Titel", "Nr. Emne" (an agenda web page over each item's heading).
bool is_item_column_row(std::string_view text);

/// Finds the table of contents in lines [0, limit).
toc parse_toc(const std::vector<line>& lines, std::size_t limit);

}  // namespace protokol::segmenter
