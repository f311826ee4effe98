#include "lines.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <string>
#include <utility>

#include "text_util.hpp"

namespace protokol::segmenter {
namespace {

// Running headers and footers sit within this many content lines of a page
// break or page number.
constexpr std::size_t furniture_window = 3;
// Longer lines are body text even when they repeat.
constexpr std::size_t furniture_max_length = 120;

bool is_emphasis_pair(std::string_view s, std::string_view mark) {
  return s.size() > 2 * mark.size() && s.substr(0, mark.size()) == mark &&
         s.substr(s.size() - mark.size()) == mark;
}

}  // namespace

std::string_view strip_markup(std::string_view s, std::uint8_t& md_level, bool& emphasized) {
  md_level = 0;
  emphasized = false;
  s = trim(s);
  std::size_t hashes = 0;
  while (hashes < s.size() && s[hashes] == '#') ++hashes;
  if (hashes >= 1 && hashes <= 6 && (hashes == s.size() || s[hashes] == ' ' || s[hashes] == '\t')) {
    md_level = static_cast<std::uint8_t>(hashes);
    s = trim(s.substr(hashes));
    // ATX headings may be closed by a run of '#'.
    std::size_t end = s.size();
    while (end > 0 && s[end - 1] == '#') --end;
    if (end < s.size() && (end == 0 || s[end - 1] == ' ')) s = trim(s.substr(0, end));
  }
  for (;;) {
    if (is_emphasis_pair(s, "**") || is_emphasis_pair(s, "__")) {
      s = trim(s.substr(2, s.size() - 4));
      emphasized = true;
    } else if ((is_emphasis_pair(s, "*") || is_emphasis_pair(s, "_")) && s[1] != ' ') {
      s = trim(s.substr(1, s.size() - 2));
      emphasized = true;
    } else {
      break;
    }
  }
  return s;
}

namespace {

// End of the line starting at `pos`: the next LF or form feed. memchr finds
// the LF; form feeds are rare, so the line is searched for one only after.
std::size_t line_end(std::string_view text, std::size_t pos) {
  const void* lf = std::memchr(text.data() + pos, '\n', text.size() - pos);
  std::size_t end = lf == nullptr
                        ? text.size()
                        : static_cast<std::size_t>(static_cast<const char*>(lf) - text.data());
  const void* ff = std::memchr(text.data() + pos, '\f', end - pos);
  if (ff != nullptr) end = static_cast<std::size_t>(static_cast<const char*>(ff) - text.data());
  return end;
}

}  // namespace

std::vector<line> split_lines(std::string_view text) {
  std::size_t count = 1;
  for (std::size_t pos = 0; pos < text.size(); ++count) {
    const void* lf = std::memchr(text.data() + pos, '\n', text.size() - pos);
    if (lf == nullptr) break;
    pos = static_cast<std::size_t>(static_cast<const char*>(lf) - text.data()) + 1;
  }
  std::vector<line> lines;
  lines.reserve(count + 1);
  std::size_t pos = 0;
  bool page_break = false;
  while (pos <= text.size()) {
    const std::size_t end = line_end(text, pos);
    line l;
    l.raw = text.substr(pos, end - pos);
    l.offset = pos;
    l.text = strip_markup(l.raw, l.md_level, l.emphasized);
    l.blank = l.text.empty() && l.md_level == 0;
    l.page_break = page_break;
    page_break = end < text.size() && text[end] == '\f';
    if (end == text.size()) {
      // A final empty line after a trailing newline carries nothing.
      if (!l.raw.empty() || lines.empty()) lines.push_back(l);
      break;
    }
    lines.push_back(l);
    pos = end + 1;
  }
  return lines;
}

bool is_page_number_line(std::string_view text) {
  if (text.empty() || text.size() > 24) return false;
  const char c = text[0];
  if (c != 'S' && c != 's' && c != 'P' && c != 'p' && c != '-' && !(c >= '0' && c <= '9')) {
    return false;
  }
  // "3/9" and "3 af 9" only when the page is within the count: "18/9413" is
  // a case number.
  static const RE2 page(
      R"((?i)(?:side|page)\s+\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?|-\s*\d{1,4}\s*-|(\d{1,3})\s*(?:/|af)\s*(\d{1,3}))");
  re2::StringPiece page_no, count;
  if (!RE2::FullMatch(re2::StringPiece(text.data(), text.size()), page, &page_no, &count))
    return false;
  if (page_no.empty()) return true;
  return std::stoi(std::string(page_no.data(), page_no.size())) <=
         std::stoi(std::string(count.data(), count.size()));
}

std::size_t next_content(const std::vector<line>& lines, std::size_t i, std::size_t end) {
  while (i < end && (lines[i].blank || lines[i].furniture)) ++i;
  return i;
}

void mark_page_furniture(std::vector<line>& lines, protected_line_fn is_protected) {
  // A page break is a page number line, a form feed, or both next to each
  // other: one group, so the lines around it are counted once.
  struct page_break {
    std::size_t first;
    std::size_t last;
  };
  std::vector<page_break> breaks;
  bool content_since = true;  // content since the last anchor
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    const bool number = is_page_number_line(lines[i].text);
    if (number) lines[i].furniture = true;
    if (number || lines[i].page_break) {
      if (content_since || breaks.empty()) {
        breaks.push_back({i, i});
      } else {
        breaks.back().last = i;
      }
      content_since = false;
      continue;
    }
    content_since = true;
  }
  if (breaks.size() < 2) return;
  // A running header or footer stands at the same place around every page
  // break: count (text, rank) pairs, rank < 0 before the break, > 0 after.
  using key = std::pair<std::string_view, int>;
  std::map<key, std::size_t> seen;
  std::vector<std::pair<std::size_t, int>> near;
  const auto skip = [&](std::size_t i) {
    return lines[i].blank || (lines[i].furniture && is_page_number_line(lines[i].text));
  };
  const auto collect = [&](const page_break& b) {
    near.clear();
    int rank = 0;
    for (std::size_t i = b.first; i > 0 && rank > -static_cast<int>(furniture_window);) {
      --i;
      if (!skip(i)) near.emplace_back(i, --rank);
    }
    rank = 0;
    const std::size_t from = lines[b.last].furniture ? b.last + 1 : b.last;
    for (std::size_t i = from; i < lines.size() && rank < static_cast<int>(furniture_window); ++i) {
      if (!skip(i)) near.emplace_back(i, ++rank);
    }
  };
  for (const auto& b : breaks) {
    collect(b);
    for (const auto& [i, rank] : near) {
      if (lines[i].text.size() <= furniture_max_length) ++seen[key{lines[i].text, rank}];
    }
  }
  const std::size_t needed = std::max<std::size_t>(2, (breaks.size() + 2) / 3);
  for (const auto& b : breaks) {
    collect(b);
    for (const auto& [i, rank] : near) {
      const auto it = seen.find(key{lines[i].text, rank});
      if (it != seen.end() && it->second >= needed && !is_protected(lines[i].text)) {
        lines[i].furniture = true;
      }
    }
  }
}

}  // namespace protokol::segmenter
