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

  /// Appends a closed marker only markup carried ("Lukket punkt") as
  /// "(Lukket punkt)", so that the segmenter reads it as a marker and not as
  /// words of the title; a line holding nothing else keeps it bare.
  void add_marker(std::string_view words, bool bold, bool at_line_end = false);
  /// True when the line being built holds no text yet.
  bool at_line_start() const { return current_.empty(); }
  /// True when the line being built starts with a digit (a card's header
  /// "2 Køb af ejendom", an item's number first).
  bool line_led_by_number() const;

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
  /// A line held back until the next one shows whether it is its title:
  /// a lone item number ("3") or a heading holding only an item label
  /// ("### Punkt 1").
  struct held_label {
    std::string line;    ///< as written when no title follows
    std::string label;   ///< what the joined line starts with: "3." or "Punkt 1"
    std::string prefix;  ///< markup of the joined line; empty: the title's own
    int min_level = 0;   ///< the title must be a heading this deep; 0: any line
    bool blank_before = false;
  };

  void flush(bool paragraph);
  void write_line(std::string_view text, bool whole_bold);
  bool hold_label(std::string_view text, const std::string& line);
  bool join_held(std::string_view text, bool whole_bold);
  int heading_level() const;
  void push(std::string text);
  void release_pending();

  std::vector<std::string> lines_;  ///< "" is a blank line
  std::string current_;
  bool space_pending_ = false;
  std::size_t bold_bytes_ = 0;
  std::size_t plain_bytes_ = 0;
  std::string prefix_;
  std::string marker_;           ///< the last marker added to the current line
  std::string line_end_marker_;  ///< a heading's marker, written at the line's end
  bool prefix_heading_ = false;
  bool blank_wanted_ = false;
  int tight_ = 0;
  int no_join_ = 0;
  bool line_pre_ = false;  ///< the current line holds preformatted text
  held_label held_;        ///< held_.line empty: nothing held
};

/// The item number when `text` is one alone ("3", "3.", "3)"), 1-999;
/// else empty.
std::string_view lone_item_number(std::string_view text);

/// `line` without the stars of a whole bold line ("**Pkt.**" is "Pkt.").
std::string strip_bold(std::string line);

/// `text` when it is an item label alone, a word of the label table, an
/// optional "nr." and a number 1-999 ("Punkt 1", "Pkt. 1:", "Sag nr. 3");
/// else empty.
std::string_view item_label(std::string_view text);

}  // namespace protokol::html
