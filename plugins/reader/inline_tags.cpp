#include "inline_tags.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace protokol::reader {
namespace {

// A line break tag, or one that only marks up its text.
enum class tag_kind { inline_markup, line_break };

struct known_tag {
  std::string_view name;  // lowercase
  tag_kind kind;
};

// The tags seen in text saved from web pages, in markdown written by
// converters (pandoc and docling put <br> in table cells) and in Word's
// HTML; reviewers: docs/reading.md, "Markup left in text".
constexpr known_tag known_tags[] = {
    {"a", tag_kind::inline_markup},      {"abbr", tag_kind::inline_markup},
    {"b", tag_kind::inline_markup},      {"big", tag_kind::inline_markup},
    {"br", tag_kind::line_break},        {"center", tag_kind::line_break},
    {"div", tag_kind::line_break},       {"em", tag_kind::inline_markup},
    {"font", tag_kind::inline_markup},   {"i", tag_kind::inline_markup},
    {"ins", tag_kind::inline_markup},    {"mark", tag_kind::inline_markup},
    {"o:p", tag_kind::inline_markup},    {"p", tag_kind::line_break},
    {"small", tag_kind::inline_markup},  {"span", tag_kind::inline_markup},
    {"strike", tag_kind::inline_markup}, {"strong", tag_kind::inline_markup},
    {"sub", tag_kind::inline_markup},    {"sup", tag_kind::inline_markup},
    {"u", tag_kind::inline_markup},
};
constexpr std::size_t longest_name = 6;   // "strike", "strong"
constexpr std::size_t longest_tag = 512;  // attributes included

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':';
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

struct tag_at {
  std::size_t end = 0;  // one past '>'
  tag_kind kind = tag_kind::inline_markup;
};

// The known tag starting at text[at] == '<' on one line, or false.
bool read_tag(std::string_view text, std::size_t at, tag_at& tag) {
  std::size_t i = at + 1;
  if (i < text.size() && text[i] == '/') ++i;  // a closing tag
  const std::size_t name_start = i;
  while (i < text.size() && i - name_start <= longest_name && is_name_char(text[i])) ++i;
  const std::size_t length = i - name_start;
  if (length == 0 || length > longest_name || i == text.size()) return false;
  // A line break after the name only before an attribute ("<span" over
  // "class=...>"); "<strong" over ">" is no tag.
  const bool wrapped = text[i] == '\n' && i + 1 < text.size() && is_name_char(text[i + 1]);
  if (text[i] != '>' && text[i] != '/' && text[i] != ' ' && text[i] != '\t' && !wrapped)
    return false;
  char name[longest_name];
  for (std::size_t k = 0; k < length; ++k) name[k] = lower(text[name_start + k]);
  const std::string_view lowered(name, length);
  const auto* found = std::find_if(std::begin(known_tags), std::end(known_tags),
                                   [&](const known_tag& t) { return t.name == lowered; });
  if (found == std::end(known_tags)) return false;
  // Its attributes may wrap: pandoc's markdown wraps a line inside a raw
  // tag ("<span" over "class=\"agenda-item__title\">Title</span>").
  constexpr auto max_wraps = 2;
  const std::string_view rest = text.substr(i, longest_tag);
  const std::size_t close = rest.find_first_of("><");
  if (close == std::string_view::npos || rest[close] != '>' ||
      std::count(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(close), '\n') > max_wraps)
    return false;
  tag.end = i + close + 1;
  tag.kind = found->kind;
  return true;
}

// Whether nothing but blanks follows text[pos] on its line.
bool ends_line(std::string_view text, std::size_t pos) {
  const std::size_t next = text.find_first_not_of(" \t", pos);
  return next == std::string_view::npos || text[next] == '\n';
}

// The output line being written: whether it holds text yet, and its first
// byte that is no blank. Updated from each piece appended, so every byte is
// looked at once however many tags a line holds.
struct output_line {
  bool has_text = false;
  char first = '\0';

  void add(std::string_view piece) {
    if (const std::size_t lf = piece.rfind('\n'); lf != std::string_view::npos) {
      has_text = false;
      piece.remove_prefix(lf + 1);
    }
    if (has_text) return;
    if (const std::size_t i = piece.find_first_not_of(" \t"); i != std::string_view::npos) {
      has_text = true;
      first = piece[i];
    }
  }
};

// Whether the text written so far ends in a blank line, blanks aside (or
// is empty): the line being written is a paragraph's first.
bool follows_blank_line(const std::string& out) {
  std::size_t end = out.find_last_not_of(" \t");
  if (end == std::string::npos) return true;
  if (out[end] != '\n') return false;
  if (end == 0) return true;
  end = out.find_last_not_of(" \t", end - 1);
  return end == std::string::npos || out[end] == '\n';
}

// What takes a line break's place in a markdown table row: the row must
// stay one line.
void append_cell_break(std::string& out) {
  const std::size_t last = out.find_last_not_of(" \t");
  out.erase(last + 1);
  out += std::string_view(",;:.!?|").find(out[last]) != std::string_view::npos ? " " : "; ";
}

// "<span class=\"agenda-item__number\">7</span> <span" over
// "class=\"agenda-item__title\">Udpegning af medlem til" over
// "Folkeoplysningsudvalget</span> <span class=...>(Lukket" over "punkt)</span>":
// a paragraph of inline spans is one line of the page, which pandoc wrapped
// at 72 columns; its line breaks become blanks, so the heading and its
// closed marker stay one line.
void join_span_paragraphs(std::string& text) {
  constexpr std::string_view open = "<span", close = "</span>";
  for (std::size_t start = text.find(open); start != std::string::npos;
       start = text.find(open, start + 1)) {
    // The paragraph's first line: after a blank line or the text's start.
    if (start > 0 && text[start - 1] != '\n') continue;
    if (start > 1 && text[start - 2] != '\n') continue;
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    std::size_t last = end;
    while (last > start &&
           (text[last - 1] == ' ' || text[last - 1] == '\t' || text[last - 1] == '\n'))
      --last;
    if (std::string_view(text).substr(start, last - start).ends_with(close))
      std::replace(text.begin() + static_cast<std::ptrdiff_t>(start),
                   text.begin() + static_cast<std::ptrdiff_t>(last), '\n', ' ');
    start = end;
  }
}

}  // namespace

bool strip_inline_tags(std::string& text) {
  const char* lt = static_cast<const char*>(std::memchr(text.data(), '<', text.size()));
  if (lt == nullptr) return false;
  join_span_paragraphs(text);
  lt = static_cast<const char*>(std::memchr(text.data(), '<', text.size()));
  const std::string_view in(text);
  std::string out;
  output_line line;
  std::size_t copied = 0;  // text before this is in `out`
  for (std::size_t at = static_cast<std::size_t>(lt - text.data()); at != std::string::npos;
       at = in.find('<', at + 1)) {
    tag_at tag;
    if (!read_tag(in, at, tag)) continue;
    if (out.empty()) out.reserve(text.size());
    out.append(in, copied, at - copied);
    line.add(in.substr(copied, at - copied));
    copied = tag.end;
    at = tag.end - 1;
    // A tag alone on its line after a blank line ("<div class=...>" in
    // pandoc's markdown, blank lines around it): the line goes, so the blank
    // lines around it are one and a heading stays next to its case number.
    if (!line.has_text && ends_line(in, tag.end) && follows_blank_line(out)) {
      std::size_t lf = in.find('\n', tag.end);
      if (lf != std::string_view::npos) {
        // The blank line under it goes too: one blank line stays.
        if (ends_line(in, lf + 1)) {
          const std::size_t next_lf = in.find('\n', lf + 1);
          if (next_lf != std::string_view::npos) lf = next_lf;
        }
        copied = lf + 1;
        at = lf;
        out.erase(out.find_last_not_of(" \t") + 1);
        continue;
      }
    }
    // A break tag at a line's start or end adds nothing: the line breaks.
    if (tag.kind == tag_kind::inline_markup || !line.has_text || ends_line(in, tag.end)) continue;
    if (line.first == '|') {
      // At a cell's end ("(3)<br> |") nothing takes its place.
      const std::size_t next = in.find_first_not_of(" \t", tag.end);
      if (in[next] != '|') append_cell_break(out);
      line.add(" ");
    } else {
      // The new line starts with the next text, not the blanks after the tag.
      out += '\n';
      line.add("\n");
      copied = std::min(in.find_first_not_of(" \t", copied), in.size());
    }
  }
  if (copied == 0) return false;
  out.append(in, copied, std::string::npos);
  text.swap(out);
  return true;
}

}  // namespace protokol::reader
