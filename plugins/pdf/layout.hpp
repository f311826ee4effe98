// layout.hpp: words placed on a page -> lines in reading order.
//
// Poppler-free, so the geometry is tested on hand-made pages too. Coordinates
// are PDF points with the origin at the top left (y grows downwards), as
// poppler::page::text_list() gives them.
#pragma once

#include <string>
#include <vector>

namespace protokol::pdf {

/// One word as the PDF draws it.
struct word {
  std::string text;  ///< UTF-8
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;  ///< font size in points
  bool bold = false;
  bool space_after = false;  ///< poppler saw a space after it
};

/// Words on one baseline (in one column).
struct line {
  std::vector<word> words;  ///< left to right
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double size = 0;         ///< the size most of its characters have
  bool bold = false;       ///< every word is bold
  bool table = false;      ///< it has a cell gap (its text holds a TAB)
  double second_cell = 0;  ///< x0 of the first word after the first cell gap (when table)
  int region = 0;          ///< lines of one column run share a number
  bool column = false;     ///< in one column of a two-column run, not the page's width
  double right = 0;        ///< right edge of the region's text: where full lines end
  std::string text;        ///< words joined; cells separated by TAB
  bool furniture = false;  ///< running header/footer or page number
};

/// One page's words and size.
struct page {
  double width = 0, height = 0;
  std::vector<word> words;
};

/// Groups words into rows by vertical overlap, top to bottom, each row's
/// words left to right. Rows span the full page width (columns not split).
std::vector<line> group_rows(std::vector<word> words);

/// Finds a two-column gutter in `rows` and returns the lines in reading
/// order: full-width rows where they are, and each run of rows that the
/// gutter splits as its whole left column, then its whole right column.
std::vector<line> reading_order(const std::vector<line>& rows, double page_width);

/// Fills a line's box, size, bold and text from its words (cells split by a
/// TAB where the gap between two words is wider than any word space).
void finish_line(line& l);

/// Moves the right edge of every full-width line out to the document's
/// margin: the furthest end of a full-width text line on any page of the
/// same width. A page whose lines all end short (nothing on it wraps) then
/// does not take its longest line for full. `widths[i]` is page i's width.
void widen_to_document_margin(std::vector<std::vector<line>>& pages,
                              const std::vector<double>& widths);

}  // namespace protokol::pdf
