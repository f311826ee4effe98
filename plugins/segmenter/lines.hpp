// lines.hpp: the document as a vector of lines (views into doc.text), with
// markdown markup stripped and pdftotext page furniture (running headers and
// footers, page numbers) marked so later passes can step over it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace protokol::segmenter {

/// One line of the document text.
struct line {
  std::string_view raw;       ///< the line as written, without its line end
  std::size_t offset = 0;     ///< byte offset of `raw` in the document text
  std::string_view text;      ///< trimmed, '#' marks and wrapping emphasis removed
  std::uint8_t md_level = 0;  ///< 1..6 for a markdown '#' heading, else 0
  bool emphasized = false;    ///< the whole line was wrapped in ** or __
  bool blank = true;
  bool page_break = false;  ///< a form feed ended the previous line
  bool furniture = false;   ///< page header, footer or page number
  /// Right under the column heads "Punkt Titel" (an agenda web page's item
  /// table): a heading line, as if bold.
  bool column_headed = false;
  /// Whether the line holds only case or document numbers: -1 not yet
  /// known. A cache, since several passes ask about the same lines.
  mutable std::int8_t number_line = -1;

  std::size_t end() const { return offset + raw.size(); }
};

/// Splits `text` at LF and form feed. One allocation for the whole vector.
std::vector<line> split_lines(std::string_view text);

/// The text all of `lines` are views into, from the first line's start to
/// the last one's end (empty for no lines).
std::string_view text_of(const std::vector<line>& lines);

/// The text of the first `count` of `lines` (all of them when there are
/// fewer): a search asked only of a document's top ends there, not at the
/// text's end.
std::string_view text_of(const std::vector<line>& lines, std::size_t count);

/// The index of the first of `lines` at or after byte `offset` (an item's
/// or section's start, an end); lines.size() past the last.
std::size_t line_at(const std::vector<line>& lines, std::size_t offset);

/// Removes a markdown heading mark ("## ") and emphasis wrapping the whole
/// line ("**...**", "__...__", "*...*") from a trimmed line.
std::string_view strip_markup(std::string_view s, std::uint8_t& md_level, bool& emphasized);

/// True for a page-number line: "Side 3", "Side 3 af 9", "- 3 -", "3/9".
bool is_page_number_line(std::string_view text);

/// Decides whether a repeated line must stay content (a section heading).
using protected_line_fn = bool (*)(std::string_view text);

/// Marks page numbers, footers that carry the page number and repeat apart
/// from it ("Økonomiudvalget 14-03-2024 Side 3 af 4"), and lines that repeat
/// at the same place next to page breaks (running headers and footers such
/// as the committee name, "Referat", "Dato: ..."), as furniture. Lines for
/// which `is_protected` returns true are never furniture.
void mark_page_furniture(std::vector<line>& lines, protected_line_fn is_protected);

/// True for a web page's link line around an item, left in the text when a
/// page is saved or read as text: `Til toppen`, `Tilbage til toppen`,
/// `Udskriv`, `Kopier link til punktet - Print`, ...
bool is_page_link_line(std::string_view text);

/// True for a document site's view counter under its upload date:
/// `16.07.2013 Views` (yumpu, the count lost), `1.234 Views`.
bool is_view_counter_line(std::string_view text);

/// Marks page link lines (is_page_link_line) and view counters
/// (is_view_counter_line) as furniture: no item's text.
void mark_page_links(std::vector<line>& lines);

/// A fold-out page's controls (Region Syddanmark's agenda pages as text):
/// "fold dette punkt ind Resume" is the section heading "Resume" behind the
/// button's words, which leave the line's text; "• Luk alle punkter" (and
/// "Åbn alle punkter") is furniture.
void strip_fold_buttons(std::vector<line>& lines);

/// Index of the next line at or after `i` that is neither blank nor
/// furniture, or `lines.size()`.
std::size_t next_content(const std::vector<line>& lines, std::size_t i, std::size_t end);

/// The last line before `i` that is neither blank nor furniture; npos when none.
std::size_t prev_content(const std::vector<line>& lines, std::size_t i);

}  // namespace protokol::segmenter
