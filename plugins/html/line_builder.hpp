// line_builder.hpp: collects the text of an HTML page into lines as a
// browser lays it out: inline text joins within a line with whitespace
// collapsed, blocks start new lines, paragraphs are set apart by one blank
// line, and layout cues become light markup the segmenter reads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace protokol::html {

class line_builder {
 public:
  /// Appends inline text. `bold` when it sits inside <b>/<strong>; `pre`
  /// keeps its whitespace and line breaks.
  void add_text(std::string_view text, bool bold, bool pre);

  /// Ends the current line (a <br>, a list item, a table row).
  void line_break();
  /// Ends the current line and sets the next one apart by a blank line
  /// (a paragraph, heading, table or list begins or ends).
  void paragraph_break();

  /// Markup put before the next line that has text: "## " for a heading,
  /// "- " or "3. " for a list item (after `indent`).
  void set_prefix(std::string prefix, bool heading);

  /// Paragraph breaks become line breaks while > 0 (inside list items and
  /// table cells, whose lines belong together).
  void enter_tight() { ++tight_; }
  void leave_tight() { --tight_; }

  /// A line whose whole text is an item number (1-999) waits for the next
  /// line and joins it as "N. Title" while this is on (not in tables, lists
  /// or preformatted text).
  void enter_no_join() { ++no_join_; }
  void leave_no_join() { --no_join_; }

  /// Index of the next line to be written (for capturing table cells).
  std::size_t mark();
  /// Removes the lines written since `mark` and returns them without blanks.
  std::vector<std::string> take_since(std::size_t mark);
  /// Writes a line as it is (a composed table row).
  void add_line(std::string text);

  /// The text: lines joined by LF, no blank-line run longer than one, no
  /// leading or trailing blank line.
  std::string finish();

 private:
  void flush(bool paragraph);
  void push(std::string text);
  void release_pending();

  std::vector<std::string> lines_;  ///< "" is a blank line
  std::string current_;
  bool space_pending_ = false;
  std::size_t bold_bytes_ = 0;
  std::size_t plain_bytes_ = 0;
  std::string prefix_;
  bool prefix_heading_ = false;
  bool blank_wanted_ = false;
  int tight_ = 0;
  int no_join_ = 0;
  bool line_pre_ = false;  ///< the current line holds preformatted text
  bool pending_blank_before_ = false;
  std::string pending_number_;  ///< a lone item number waiting for its title
};

/// The item number when `text` is one alone ("3", "3.", "3)"), 1-999;
/// else empty.
std::string_view lone_item_number(std::string_view text);

}  // namespace protokol::html
