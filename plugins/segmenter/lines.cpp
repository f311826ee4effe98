#include "lines.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <map>
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

std::vector<line> split_lines(std::string_view text) {
  std::size_t count = 1;
  for (const char c : text) count += (c == '\n' || c == '\f') ? 1 : 0;
  std::vector<line> lines;
  lines.reserve(count);
  std::size_t pos = 0;
  bool page_break = false;
  while (pos <= text.size()) {
    std::size_t end = pos;
    while (end < text.size() && text[end] != '\n' && text[end] != '\f') ++end;
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
  static const RE2 page(R"((?i)(?:side|page)\s+\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?|-\s*\d{1,4}\s*-|\d{1,4}\s*/\s*\d{1,4}|\d{1,4}\s+af\s+\d{1,4})");
  return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), page);
}

std::size_t next_content(const std::vector<line>& lines, std::size_t i, std::size_t end) {
  while (i < end && (lines[i].blank || lines[i].furniture)) ++i;
  return i;
}

void mark_page_furniture(std::vector<line>& lines, protected_line_fn is_protected) {
  std::vector<std::size_t> anchors;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    if (is_page_number_line(lines[i].text)) {
      lines[i].furniture = true;
      anchors.push_back(i);
    } else if (lines[i].page_break) {
      anchors.push_back(i);
    }
  }
  if (anchors.size() < 2) return;
  // A running header or footer stands at the same place around every page
  // break: count (text, rank) pairs, rank < 0 before the anchor, > 0 after.
  using key = std::pair<std::string_view, int>;
  std::map<key, std::size_t> seen;
  std::vector<std::pair<std::size_t, int>> near;
  const auto collect = [&](std::size_t a) {
    near.clear();
    int rank = 0;
    for (std::size_t i = a; i > 0 && rank > -static_cast<int>(furniture_window);) {
      --i;
      if (lines[i].blank || (lines[i].furniture && is_page_number_line(lines[i].text))) continue;
      near.emplace_back(i, --rank);
    }
    rank = 0;
    const std::size_t first = lines[a].furniture ? a + 1 : a;
    for (std::size_t i = first; i < lines.size() && rank < static_cast<int>(furniture_window); ++i) {
      if (lines[i].blank || (lines[i].furniture && is_page_number_line(lines[i].text))) continue;
      near.emplace_back(i, ++rank);
    }
  };
  for (const std::size_t a : anchors) {
    collect(a);
    for (const auto& [i, rank] : near) {
      if (lines[i].text.size() <= furniture_max_length) ++seen[key{lines[i].text, rank}];
    }
  }
  const std::size_t needed = std::max<std::size_t>(2, (anchors.size() + 2) / 3);
  for (const std::size_t a : anchors) {
    collect(a);
    for (const auto& [i, rank] : near) {
      const auto it = seen.find(key{lines[i].text, rank});
      if (it != seen.end() && it->second >= needed && !is_protected(lines[i].text)) {
        lines[i].furniture = true;
      }
    }
  }
}

}  // namespace protokol::segmenter
