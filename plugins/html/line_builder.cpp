#include "line_builder.hpp"

#include <utility>

namespace protokol::html {
namespace {

bool is_html_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// A bullet typed or drawn as text (Word writes its list markers as a
// Symbol-font "·" before the text): the length of the marker and its blank.
std::size_t text_bullet(std::string_view s) {
  for (const std::string_view bullet : {"\u00B7 ", "\u2022 ", "\u25AA ", "\u25CF "}) {
    if (s.starts_with(bullet)) return bullet.size();
  }
  return 0;
}

// A title can follow a lone number: it does not start with a digit (a
// second counter or a date) and is no longer than a heading is.
bool can_be_title(std::string_view text) {
  constexpr std::size_t max_title = 300;
  return !text.empty() && !is_digit(text.front()) && text.size() <= max_title;
}

// The words that label an item by its number in a heading of its own:
// "<h3>Punkt 1</h3><h4>Title</h4>". Longer words first ("pkt." before "pkt").
constexpr std::string_view item_label_words[] = {"dagsordenspunkt", "punkt", "pkt.", "pkt", "sag"};

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') != static_cast<unsigned char>(prefix[i])
                             : c != static_cast<unsigned char>(prefix[i]))
      return false;
  }
  return true;
}

// `s` after `word` and the blanks behind it; empty view of `s`'s end when
// `s` does not start with it.
std::string_view after_word(std::string_view s, std::string_view word) {
  if (!starts_with_nocase(s, word)) return {};
  return trim(s.substr(word.size()));
}

}  // namespace

std::string_view item_label(std::string_view text) {
  text = trim(text);
  for (const std::string_view word : item_label_words) {
    std::string_view rest = after_word(text, word);
    // A word of the table, then a blank or its full stop: never "Punkten 4".
    const bool separated = word.back() == '.' || rest.size() < text.size() - word.size();
    if (rest.empty() || !separated) continue;
    if (starts_with_nocase(rest, "nr")) {
      rest = trim(rest.substr(rest.size() > 2 && rest[2] == '.' ? 3 : 2));
    }
    if (!rest.empty() && rest.back() == ':') rest.remove_suffix(1);
    if (!lone_item_number(rest).empty()) return text;
  }
  return {};
}

std::string strip_bold(std::string line) {
  if (line.size() > 4 && line.starts_with("**") && line.ends_with("**"))
    return line.substr(2, line.size() - 4);
  return line;
}

std::string_view lone_item_number(std::string_view text) {
  text = trim(text);
  if (!text.empty() && (text.back() == '.' || text.back() == ')')) text.remove_suffix(1);
  if (text.empty() || text.size() > 3 || text.front() == '0') return {};
  for (const char c : text) {
    if (!is_digit(c)) return {};
  }
  return text;
}

namespace {

// A lock glyph (🔒 U+1F512, 🔐 U+1F510) at `i`: its length, else 0.
std::size_t lock_glyph_at(std::string_view text, std::size_t i) {
  return text.compare(i, 4, "\xF0\x9F\x94\x92") == 0 || text.compare(i, 4, "\xF0\x9F\x94\x90") == 0
             ? 4
             : 0;
}

}  // namespace

void line_builder::add_text(std::string_view text, bool bold, bool pre) {
  std::size_t& counter = bold ? bold_bytes_ : plain_bytes_;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    // "112 🔒 Forhandling om lejemål": a lock glyph marks the line's item
    // closed; the marker goes after the text, as a lock icon's does (flush
    // takes the glyph out where the marker stands).
    if (c == 0xF0 && !pre && lock_glyph_at(text, i) > 0) {
      marker_ = "(Lukket)";
      line_end_marker_ = marker_;
    }
    if (pre) {
      line_pre_ = true;
      if (c == '\n') {
        line_break();
      } else if (c != '\r') {
        current_ += static_cast<char>(c);
        if (c != ' ' && c != '\t') ++counter;
      }
      continue;
    }
    // NO-BREAK SPACE collapses too: Word writes "&nbsp;" for every empty
    // paragraph and for spaces it wants kept, and neither carries meaning.
    const bool nbsp =
        c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0;
    if (is_html_space(c) || nbsp) {
      if (nbsp) ++i;
      space_pending_ = true;
      continue;
    }
    if (space_pending_ && !current_.empty()) current_ += ' ';
    space_pending_ = false;
    current_ += static_cast<char>(c);
    ++counter;
  }
}

void line_builder::add_marker(std::string_view words, bool bold, bool at_line_end) {
  marker_ = "(" + std::string(words) + ")";
  // In a heading the marker goes after the title, wherever the icon stood:
  // "<h2><img alt="Lukket"> 3. Køb</h2>" and "<h4>2 <img ...> Køb</h4>" are
  // "3. Køb (Lukket)" and "2 Køb (Lukket)", headings the segmenter reads.
  if (at_line_end) {
    line_end_marker_ = marker_;
    return;
  }
  add_text(" ", bold, false);
  add_text(marker_, bold, false);
  add_text(" ", bold, false);
}

bool line_builder::line_led_by_number() const {
  const std::string_view text = trim(current_);
  return !text.empty() && is_digit(text.front());
}

void line_builder::line_break() { flush(false); }

void line_builder::paragraph_break() { flush(true); }

void line_builder::set_prefix(std::string prefix, bool heading) {
  flush(false);
  // "<li value="514"><h1>Title</h1>" (Word's numbered headings saved as
  // HTML): a browser shows "514." before the heading; the heading keeps it.
  if (heading && !prefix_heading_) {
    const std::string_view number = trim(prefix_);
    if (!number.empty() && is_digit(number.front()) && number.back() == '.')
      prefix += std::string(number) + " ";
  }
  prefix_ = std::move(prefix);
  prefix_heading_ = heading;
}

void line_builder::flush(bool paragraph) {
  // Leading blanks of a preformatted line are layout (an indented table).
  std::string_view text = line_pre_ ? std::string_view(current_) : trim(current_);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  // Trailing blanks inside <pre> lines carry nothing either.
  while (!text.empty() && text.back() == '\t') text.remove_suffix(1);
  std::string with_marker;
  // Outside a heading a lock marks only a line led by an item's number (a
  // card's header "110 Salg af grund"), or the title a lone number waits
  // for ("<div>2</div><div><i class="bi-lock"></i> Køb</div>"), not a line
  // of prose or a list ("🔒 Fortroligt" under "Bilag").
  const bool number_waits = !held_.line.empty() && is_digit(held_.line.front());
  if (!prefix_heading_ && !(!text.empty() && is_digit(text.front())) && !number_waits)
    line_end_marker_.clear();
  if (!line_end_marker_.empty()) {
    with_marker = std::string(text);
    // The glyph itself goes where the marker stands.
    for (std::size_t at = 0; at < with_marker.size();) {
      if (const std::size_t glyph = lock_glyph_at(with_marker, at)) {
        with_marker.erase(at, glyph);
        if (at < with_marker.size() && with_marker[at] == ' ') with_marker.erase(at, 1);
      } else {
        ++at;
      }
    }
    while (!with_marker.empty() && with_marker.back() == ' ') with_marker.pop_back();
    if (!with_marker.empty()) with_marker += ' ';
    with_marker += line_end_marker_;
    text = with_marker;
  }
  // A marker alone: the segmenter reads "Lukket punkt" under a heading.
  if (!marker_.empty() && text == marker_) text = text.substr(1, text.size() - 2);
  if (!text.empty()) {
    if (const std::size_t bullet = text_bullet(text); bullet > 0 && prefix_.empty()) {
      prefix_ = "- ";
      text = trim(text.substr(bullet));
    }
    const bool whole_bold = bold_bytes_ > 0 && plain_bytes_ == 0 && !prefix_heading_;
    write_line(text, whole_bold);
    prefix_.clear();
    prefix_heading_ = false;
  }
  current_.clear();
  marker_.clear();
  line_end_marker_.clear();
  line_pre_ = false;
  space_pending_ = false;
  bold_bytes_ = plain_bytes_ = 0;
  if (paragraph && tight_ == 0) blank_wanted_ = true;
}

void line_builder::write_line(std::string_view text, bool whole_bold) {
  const std::string line = whole_bold ? "**" + std::string(text) + "**" : std::string(text);
  const bool joining = no_join_ == 0 && tight_ == 0;
  if (joining && hold_label(text, line)) return;
  if (joining && join_held(text, whole_bold)) return;
  push(prefix_ + line);
}

// The level of the heading being written, 1-6; 0 for any other line (a list
// item, or a heading that carries its list item's number).
int line_builder::heading_level() const {
  if (!prefix_heading_) return 0;
  const std::size_t hashes = prefix_.find_first_not_of('#');
  return hashes != std::string::npos && prefix_.substr(hashes) == " " ? static_cast<int>(hashes)
                                                                      : 0;
}

// Kept back: an agenda page puts the number in an element of its own and
// the title in the next; a CMS page heads an item "Punkt 1" and puts the
// title in the heading under it.
bool line_builder::hold_label(std::string_view text, const std::string& line) {
  const std::string_view number = lone_item_number(text);
  held_label held;
  if (prefix_.empty()) {
    if (number.empty()) return false;
    held.line = std::string(number);
    held.label = held.line + ".";
  } else {
    held.min_level = heading_level();
    const std::string_view label = number.empty() ? item_label(text) : number;
    if (held.min_level == 0 || label.empty()) return false;
    held.line = prefix_ + line;
    held.label = number.empty() ? std::string(label) : std::string(number) + ".";
    held.prefix = prefix_;
  }
  release_pending();
  held.blank_before = blank_wanted_;
  blank_wanted_ = false;
  held_ = std::move(held);
  return true;
}

// A held label and its title become one line. Under a heading label only a
// heading as deep or deeper is its title: a shallower one starts something
// else.
bool line_builder::join_held(std::string_view text, bool whole_bold) {
  if (held_.line.empty() || !can_be_title(text)) return false;
  if (held_.min_level > 0 && heading_level() < held_.min_level) return false;
  std::string joined = held_.label + " " + std::string(text);
  if (whole_bold) joined = "**" + joined + "**";
  const std::string prefix = held_.min_level > 0 ? held_.prefix : prefix_;
  blank_wanted_ = held_.blank_before;
  held_ = {};
  push(prefix + joined);
  return true;
}

void line_builder::release_pending() {
  if (held_.line.empty()) return;
  // The label found no title: it is text of its own after all.
  held_label held = std::move(held_);
  held_ = {};
  const bool blank_after = blank_wanted_;
  blank_wanted_ = held.blank_before;
  push(std::move(held.line));
  blank_wanted_ = blank_after;
}

void line_builder::push(std::string text) {
  release_pending();
  if (blank_wanted_ && !lines_.empty() && !lines_.back().empty()) lines_.emplace_back();
  blank_wanted_ = false;
  lines_.push_back(std::move(text));
}

std::size_t line_builder::mark() {
  flush(false);
  release_pending();
  return lines_.size();
}

std::vector<std::string> line_builder::take_since(std::size_t mark) {
  flush(false);
  release_pending();
  // The blank line the first cell's text brought belongs before the row.
  const bool blank_first = mark < lines_.size() && lines_[mark].empty();
  std::vector<std::string> taken;
  for (std::size_t i = mark; i < lines_.size(); ++i) {
    if (!lines_[i].empty()) taken.push_back(std::move(lines_[i]));
  }
  lines_.resize(std::min(mark, lines_.size()));
  blank_wanted_ = blank_wanted_ || blank_first;
  return taken;
}

void line_builder::add_line(std::string text) {
  flush(false);
  push(std::move(text));
}

std::string line_builder::finish() {
  flush(false);
  release_pending();
  std::string out;
  std::size_t total = 0;
  for (const auto& l : lines_) total += l.size() + 1;
  out.reserve(total);
  bool last_blank = true;  // no leading blank line
  for (const auto& l : lines_) {
    if (l.empty()) {
      if (last_blank) continue;
      last_blank = true;
    } else {
      last_blank = false;
    }
    out += l;
    out += '\n';
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  // A blank line at the end would be "\n\n": trimmed above with the rest.
  return out;
}

}  // namespace protokol::html
