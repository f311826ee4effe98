#include "lines.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <string>
#include <utility>

#include "danish/text.hpp"
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

// A markdown thematic break ("---", "***", "___", "- - -") or a plain-text
// rule of dashes: a separator between items, not text.
bool is_rule(std::string_view raw) {
  const std::string_view s = trim(raw);
  if (s.size() < 3 || (s[0] != '-' && s[0] != '*' && s[0] != '_' && s[0] != '=')) return false;
  std::size_t marks = 0;
  for (const char c : s) {
    if (c == s[0]) {
      ++marks;
    } else if (c != ' ') {
      return false;
    }
  }
  return marks >= 3;
}

// "---|---", "---|:---": a pipe table's rule as html2text writes it, without
// the outer bars.
bool is_bare_table_rule(std::string_view s) {
  return s.find('|') != std::string_view::npos && s.find("---") != std::string_view::npos &&
         s.find_first_not_of("|-: ") == std::string_view::npos;
}

// Empty link targets a converter puts before a heading's text: marker's
// `<span id="page-2-0"></span>`, `<a id="x"></a>`, and pandoc's bookmark
// `[]{#_Toc123 .anchor}` (Word's table-of-contents targets). They show
// nothing; the text starts after them.
std::string_view skip_anchors(std::string_view s) {
  while (!s.empty() && (s[0] == '<' || s[0] == '[')) {
    std::string_view close;
    if (s.starts_with("<span id=") || s.starts_with("<span name=")) {
      close = "</span>";
    } else if (s.starts_with("<a id=") || s.starts_with("<a name=")) {
      close = "</a>";
    } else if (s.starts_with("[]{#")) {
      close = "}";
    } else {
      return s;
    }
    const std::size_t end = s.find(close);
    // Only an empty element: "<span id=x>text</span>" shows its text.
    const std::size_t gt = s.find('>');
    if (end == std::string_view::npos || (close != "}" && gt + 1 != end)) return s;
    s = trim(s.substr(end + close.size()));
  }
  return s;
}

// "[1. Godkendelse af dagsorden](https://.../punkt/1)": a line that is one
// markdown link, as html2text and markdownify write an agenda page's item
// titles, is its text. Empty when the line is no such link.
std::string_view whole_line_link(std::string_view s) {
  if (!s.starts_with('[') || !s.ends_with(')')) return {};
  const std::size_t middle = s.find("](");
  if (middle == std::string_view::npos || middle < 2) return {};
  // One link only: no "](" after the first, no "]" inside its text.
  if (s.find("](", middle + 2) != std::string_view::npos ||
      s.substr(1, middle - 1).find(']') != std::string_view::npos)
    return {};
  return trim(s.substr(1, middle - 1));
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
  s = skip_anchors(s);
  for (;;) {
    // Emphasis and a whole-line link start with one of these; most lines do not.
    if (s.empty() || (s[0] != '*' && s[0] != '_' && s[0] != '[')) break;
    if (is_emphasis_pair(s, "**") || is_emphasis_pair(s, "__")) {
      s = trim(s.substr(2, s.size() - 4));
      emphasized = true;
    } else if ((is_emphasis_pair(s, "*") || is_emphasis_pair(s, "_")) && s[1] != ' ') {
      s = trim(s.substr(1, s.size() - 2));
      emphasized = true;
    } else if (const std::string_view text = whole_line_link(s); !text.empty()) {
      s = text;
    } else {
      break;
    }
  }
  return s;
}

namespace {

// Where `byte` next stands at or after `pos`, or text.size().
std::size_t next_byte(std::string_view text, char byte, std::size_t pos) {
  const void* hit = std::memchr(text.data() + pos, byte, text.size() - pos);
  return hit == nullptr ? text.size()
                        : static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
}

// "<!-- image -->" (docling's mark for a picture), "![Logo](logo.png)": a
// markdown line that shows the reader nothing to read, so no title or text.
bool is_markup_only(std::string_view text) {
  if (text.starts_with("<!--")) return text.ends_with("-->");
  return text.starts_with("![") && text.ends_with(")") && text.find("](") != std::string_view::npos;
}

// "+-----+-----+", "+=====+=====+", "+:----+": a grid table's border.
bool is_grid_border(std::string_view text) {
  return text.size() >= 3 && text.back() == '+' &&
         text.find_first_not_of("+-=:") == std::string_view::npos &&
         text.find_first_of("-=") != std::string_view::npos;
}

}  // namespace

std::string_view text_of(const std::vector<line>& lines) {
  if (lines.empty()) return {};
  const char* const begin = lines.front().raw.data();
  const char* const end = lines.back().raw.data() + lines.back().raw.size();
  return {begin, static_cast<std::size_t>(end - begin)};
}

std::string_view text_of(const std::vector<line>& lines, std::size_t count) {
  if (count >= lines.size()) return text_of(lines);
  if (count == 0) return {};
  const char* const begin = lines.front().raw.data();
  const char* const end = lines[count - 1].raw.data() + lines[count - 1].raw.size();
  return {begin, static_cast<std::size_t>(end - begin)};
}

std::size_t line_at(const std::vector<line>& lines, std::size_t offset) {
  return static_cast<std::size_t>(
      std::lower_bound(lines.begin(), lines.end(), offset,
                       [](const line& l, std::size_t o) { return l.offset < o; }) -
      lines.begin());
}

std::vector<line> split_lines(std::string_view text) {
  const std::size_t count = count_byte(text, '\n') + 1;
  std::vector<line> lines;
  lines.reserve(count + 1);
  std::size_t pos = 0;
  bool page_break = false;
  // A line ends at the next LF or form feed; form feeds are rare, so the
  // next one is found once and again only after the lines have passed it.
  std::size_t form_feed = next_byte(text, '\f', 0);
  while (pos <= text.size()) {
    if (form_feed < pos) form_feed = next_byte(text, '\f', pos);
    const std::size_t end = std::min(next_byte(text, '\n', pos), form_feed);
    // Made in its place (reserved above): a line copied in by push_back cost
    // a call and ~23 instructions a line.
    line& l = lines.emplace_back();
    l.raw = text.substr(pos, end - pos);
    l.offset = pos;
    l.text = strip_markup(l.raw, l.md_level, l.emphasized);
    if (l.md_level == 0 && !l.text.empty() &&
        (((l.text[0] == '-' || l.text[0] == '*' || l.text[0] == '_' || l.text[0] == '=') &&
          is_rule(l.raw)) ||
         ((l.text[0] == '<' || l.text[0] == '!') && is_markup_only(l.text)))) {
      l.text = {};
    }
    // "+-----+-----+" (a pandoc grid table's border): read as the rule of a
    // pipe table, so the rows between stay one table.
    if (l.md_level == 0 && !l.text.empty() && l.text[0] == '+' && is_grid_border(l.text))
      l.text = "|---|";
    // "---|---" (html2text's table without its outer bars): the same rule.
    if (l.md_level == 0 && !l.text.empty() && (l.text[0] == '-' || l.text[0] == ':') &&
        is_bare_table_rule(l.text))
      l.text = "|---|";
    l.blank = l.text.empty() && l.md_level == 0;
    l.page_break = page_break;
    page_break = end < text.size() && text[end] == '\f';
    if (end == text.size()) {
      // A final empty line after a trailing newline carries nothing.
      if (l.raw.empty() && lines.size() > 1) lines.pop_back();
      break;
    }
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
      R"((?i)(?:side|sidenr\.?|page)\s+\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?\.?|-\s*\d{1,4}\s*-|(\d{1,3})\s*(?:/|af)\s*(\d{1,3}))");
  re2::StringPiece page_no, count;
  if (!RE2::FullMatch(re2::StringPiece(text.data(), text.size()), page, &page_no, &count))
    return false;
  if (page_no.empty()) return true;
  // "09/141" (a case number under "Sagsnr:"): a page's number has no leading zero.
  if (page_no[0] == '0') return false;
  return std::stoi(std::string(page_no.data(), page_no.size())) <=
         std::stoi(std::string(count.data(), count.size()));
}

std::size_t next_content(const std::vector<line>& lines, std::size_t i, std::size_t end) {
  while (i < end && (lines[i].blank || lines[i].furniture)) ++i;
  return i;
}

std::size_t prev_content(const std::vector<line>& lines, std::size_t i) {
  while (i > 0 && (lines[i - 1].blank || lines[i - 1].furniture)) --i;
  return i > 0 ? i - 1 : std::string::npos;
}

namespace {

// Where a page number "3", "3 af 12" or "3/12" that ends `s` starts, or npos.
std::size_t page_spec_start(std::string_view s) {
  std::size_t i = s.size();
  const auto digits_before = [&](std::size_t& at) {
    std::size_t n = 0;
    while (at > 0 && n < 5 && s[at - 1] >= '0' && s[at - 1] <= '9') {
      --at;
      ++n;
    }
    return n >= 1 && n <= 4;
  };
  if (!digits_before(i)) return std::string_view::npos;
  std::size_t j = i;
  while (j > 0 && s[j - 1] == ' ') --j;
  std::size_t of = 0;
  if (j >= 1 && s[j - 1] == '/') of = 1;
  if (j >= 3 && s.substr(j - 3, 3) == " af") of = 2;  // the blank before "af" stays
  if (of == 0) return i;
  j -= of;
  while (j > 0 && s[j - 1] == ' ') --j;
  return digits_before(j) ? j : i;
}

// Length of a page number at the start of `s`: "3", "3 af 12", "3/12"; 0 when none.
std::size_t page_spec_length(std::string_view s) {
  const auto digits = [&](std::size_t i) {
    std::size_t n = 0;
    while (i + n < s.size() && n < 5 && s[i + n] >= '0' && s[i + n] <= '9') ++n;
    return n;
  };
  std::size_t n = digits(0);
  if (n == 0 || n > 4) return 0;
  std::size_t i = n;
  while (i < s.size() && s[i] == ' ') ++i;
  std::size_t of = 0;
  if (s.substr(i).starts_with("af ")) of = 3;
  if (s.substr(i).starts_with("/")) of = 1;
  if (of == 0) return n;
  i += of;
  while (i < s.size() && s[i] == ' ') ++i;
  const std::size_t m = digits(i);
  return m == 0 || m > 4 ? n : i + m;
}

bool ends_with_numbered_stop(std::string_view text) {
  return text.size() >= 2 && text.back() == '.' && text[text.size() - 2] >= '0' &&
         text[text.size() - 2] <= '9';
}

// "Økonomiudvalget 14-03-2024 Side 3 af 4", "Side 3 - Referat": a running
// footer that carries the page number. Returns the rest of the line (what
// repeats from page to page), or "" when the line is no such footer.
std::string_view footer_rest(std::string_view text) {
  constexpr std::string_view side = " Side ";
  if (text.size() > furniture_max_length || text.size() < 8) return {};
  // "Borgmesterkontoret   Side 3.": a full stop after the number.
  if (ends_with_numbered_stop(text)) text.remove_suffix(1);
  if (text.back() >= '0' && text.back() <= '9') {
    const std::size_t spec = page_spec_start(text);
    // " Side " or a tab before it: the PDF reader sets a right-aligned page
    // number apart from the running header by a tab.
    if (spec == std::string_view::npos || spec < side.size() ||
        text.substr(spec - side.size() + 1, side.size() - 1) != side.substr(1) ||
        (text[spec - side.size()] != ' ' && text[spec - side.size()] != '\t')) {
      return {};
    }
    return trim_end(text.substr(0, spec - side.size()), "|-–·,");
  }
  if (!text.starts_with("Side ")) return {};
  const std::size_t n = page_spec_length(text.substr(5));
  if (n == 0 || 5 + n >= text.size() || text[5 + n] != ' ') return {};
  std::string_view rest = trim(text.substr(5 + n));
  while (!rest.empty() && (rest[0] == '|' || rest[0] == '-' || rest[0] == ',')) {
    rest = trim(rest.substr(1));
  }
  return rest;
}

// A page break is a page number line, a form feed, or both next to each
// other: one group, so the lines around it are counted once.
struct page_break {
  std::size_t first;
  std::size_t last;
};

void add_anchor(std::vector<page_break>& breaks, std::size_t i, bool& content_since) {
  if (content_since || breaks.empty()) {
    breaks.push_back({i, i});
  } else {
    breaks.back().last = i;
  }
  content_since = false;
}

// The page breaks, from lines whose `furniture` flag marks page numbers
// and numbered footers.
std::vector<page_break> find_page_breaks(const std::vector<line>& lines) {
  std::vector<page_break> breaks;
  bool content_since = true;  // content since the last anchor
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    if (lines[i].furniture || lines[i].page_break) {
      add_anchor(breaks, i, content_since);
    } else {
      content_since = true;
    }
  }
  return breaks;
}

// Drops footer candidates that do not repeat apart from the page number;
// true when every candidate repeated.
bool keep_repeated_footers(std::vector<line>& lines,
                           const std::vector<std::pair<std::size_t, std::string_view>>& footers) {
  // Pages apart: two entries of a table of contents ("Meddelelser Side 3",
  // "Meddelelser Side 18") stand on neighbouring lines.
  constexpr std::size_t min_distance = 4;
  struct seen_at {
    std::size_t count = 0;
    std::size_t last = 0;
  };
  std::map<std::string_view, seen_at> seen;
  for (const auto& [i, rest] : footers) {
    seen_at& s = seen[rest];
    if (s.count == 0 || i - s.last >= min_distance) ++s.count;
    s.last = i;
  }
  bool all = true;
  for (const auto& [i, rest] : footers) {
    if (seen[rest].count < 2) {
      lines[i].furniture = false;
      all = false;
    }
  }
  return all;
}

// Marks page numbers, and footers that carry the page number ("Økonomi-
// udvalget 14-03-2024 Side 3 af 4") when they repeat apart from the number,
// as furniture, and returns the page breaks.
std::vector<page_break> mark_page_numbers(std::vector<line>& lines) {
  std::vector<page_break> breaks;
  std::vector<std::pair<std::size_t, std::string_view>> footers;
  bool content_since = true;  // content since the last anchor
  for (std::size_t i = 0; i < lines.size(); ++i) {
    line& l = lines[i];
    if (l.blank) continue;
    const std::string_view t = l.text;
    if (is_page_number_line(t)) {
      l.furniture = true;
    } else if (!t.empty() && ((t.back() >= '0' && t.back() <= '9') || t[0] == 'S' ||
                              ends_with_numbered_stop(t))) {
      // A candidate until it is known to repeat. (A line can be empty and
      // not blank: a bare markdown heading mark, "#".)
      if (const std::string_view rest = footer_rest(t); !rest.empty()) {
        footers.emplace_back(i, rest);
        l.furniture = true;
      }
    }
    if (l.furniture || l.page_break) {
      add_anchor(breaks, i, content_since);
    } else {
      content_since = true;
    }
  }
  if (footers.empty() || keep_repeated_footers(lines, footers)) return breaks;
  return find_page_breaks(lines);
}

}  // namespace

void mark_page_furniture(std::vector<line>& lines, protected_line_fn is_protected) {
  const std::vector<page_break> breaks = mark_page_numbers(lines);
  if (breaks.size() < 2) return;
  // A running header or footer stands at the same place around every page
  // break: count (text, rank) pairs, rank < 0 before the break, > 0 after.
  using key = std::pair<std::string_view, int>;
  std::map<key, std::size_t> seen;
  std::vector<std::pair<std::size_t, int>> near;
  const auto skip = [&](std::size_t i) {
    return lines[i].blank || (lines[i].furniture && (is_page_number_line(lines[i].text) ||
                                                     !footer_rest(lines[i].text).empty()));
  };
  const auto collect = [&](const page_break& b) {
    near.clear();
    int rank = 0;
    for (std::size_t i = b.first; i > 0 && rank > -static_cast<int>(furniture_window);) {
      --i;
      if (!skip(i)) near.emplace_back(i, --rank);
    }
    rank = 0;
    const std::size_t from = b.last < lines.size() && lines[b.last].furniture ? b.last + 1 : b.last;
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
  // The last page's footer ends the text, with no break after it: the end
  // is a break too where marking goes (not where counting does).
  std::vector<page_break> marked = breaks;
  marked.push_back({lines.size(), lines.size()});
  for (const auto& b : marked) {
    collect(b);
    for (const auto& [i, rank] : near) {
      const auto it = seen.find(key{lines[i].text, rank});
      if (it != seen.end() && it->second >= needed && !is_protected(lines[i].text)) {
        lines[i].furniture = true;
      }
    }
  }
}

namespace {

// Links of a web page around each item (docs/segmentation.md, "Lines").
constexpr std::string_view page_link_lines[] = {
    "til toppen",
    "tilbage til toppen",
    "til top",
    "tilbage til top",
    "gå til toppen",
    "til sidens top",
    "back to top",
    "udskriv",
    "print",
    "kopier link",
    "kopiér link",
    "kopier link til punktet",
    "kopiér link til punktet",
    "kopier link til punktet - print",
    "kopiér link til punktet - print",
    "show video",               // Syddjurs: a link to the item's place in the meeting's video
    "til indholdsfortegnelse",  // Lemvig (FICS): under each item, back to the contents
    "tilbage til indholdsfortegnelse",
    "vis video",
    "se video",
    "video fra mødet",
    "show more",  // yumpu: the buttons that fold the document's text
    "show less",
};

// The bytes a page link line starts with, either case: most lines show none.
constexpr auto page_link_starts = [] {
  std::array<bool, 256> t{};
  for (const std::string_view link : page_link_lines) {
    const auto c = static_cast<unsigned char>(link[0]);
    t[c] = true;
    if (c >= 'a' && c <= 'z') t[c - 'a' + 'A'] = true;
  }
  return t;
}();

// `text` past a list's bullet ("• Udskriv"), or `text` itself; bullet_length
// is asked only where the first byte may start one ("•", "▪", "●", "–":
// 0xE2; "·": 0xC2; "-", "*"), as most lines' do not.
bool may_start_bullet(char c) { return c == '\xE2' || c == '\xC2' || c == '-' || c == '*'; }

// The length of the bullet `first` may start: "-" and "*" are one byte,
// "·" (0xC2) two, "•", "▪", "●" and "–" (0xE2) three.
std::size_t bullet_size_from(char first) { return first == '\xE2' ? 3 : first == '\xC2' ? 2 : 1; }

std::string_view past_bullet(std::string_view text) {
  if (text.empty() || !may_start_bullet(text[0])) return text;
  // A bullet has a blank or tab after it (danish::bullet_length): "**Beslutning**",
  // "---" and "–2" are turned away by one byte, not seven comparisons.
  const std::size_t after = bullet_size_from(text[0]);
  if (text.size() <= after || (text[after] != ' ' && text[after] != '\t')) return text;
  // Only the bullet and its blank are asked: the bullets that `text` is too
  // short for are turned away by their size, not compared.
  const std::size_t bullet = danish::bullet_length(text.substr(0, after + 1));
  return bullet == 0 ? text : trim(text.substr(bullet));
}

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

// "[15]Til toppen": lynx and elinks number each link of a page they dump.
std::string_view without_link_number(std::string_view text) {
  if (!text.starts_with('[')) return text;
  std::size_t i = 1;
  while (i < text.size() && i <= 4 && text[i] >= '0' && text[i] <= '9') ++i;
  return i > 1 && i < text.size() && text[i] == ']' ? trim(text.substr(i + 1)) : text;
}

bool is_page_link_line(std::string_view text) {
  constexpr std::size_t longest = 40;
  text = trim(text);
  // "• Udskriv" (a page's print link as a list's entry, saved as text).
  text = past_bullet(text);
  text = without_link_number(text);
  // A longer line whose last byte but one is a letter or digit stays too
  // long: trim_end below removes its last byte at most ("Udskriv." and
  // "Til toppen ↑" end in what it removes; a sentence's last word ends no
  // such run). Most lines asked are sentences; trim_end and the
  // comparisons are left for the short ones.
  if (text.size() > longest + 1 && is_ascii_alnum(text[text.size() - 2])) return false;
  text = trim_end(text, ".:>^↑");
  if (text.empty() || text.size() > longest) return false;
  return equals_ci_any(text, page_link_lines);
}

bool is_view_counter_line(std::string_view text) {
  constexpr std::string_view views = " views";
  if (text.size() <= views.size() || !equals_ci(text.substr(text.size() - views.size()), views))
    return false;
  const std::string_view count = text.substr(0, text.size() - views.size());
  return std::all_of(count.begin(), count.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == ' ';
  });
}

void mark_page_links(std::vector<line>& lines) {
  for (line& l : lines) {
    if (l.blank || l.text.empty()) continue;
    if (l.text[0] >= '0' && l.text[0] <= '9' && is_view_counter_line(l.text)) {
      l.furniture = true;
      continue;
    }
    std::string_view text = l.text;
    if (!page_link_starts[static_cast<unsigned char>(text[0])]) {
      // "• Udskriv": a bullet; "[15]Til toppen": a link's number (lynx).
      if (text[0] == '[') {
        text = without_link_number(text);
      } else {
        // Checked here, not in past_bullet alone: a call for every line cost
        // more than the test.
        if (!may_start_bullet(text[0])) continue;
        const std::string_view past = past_bullet(text);
        if (past.size() == text.size()) continue;
        text = past;
      }
      if (text.empty() || !page_link_starts[static_cast<unsigned char>(text[0])]) continue;
    }
    if (is_page_link_line(l.text)) l.furniture = true;
  }
}

void strip_fold_buttons(std::vector<line>& lines) {
  static constexpr std::string_view buttons[] = {"fold dette punkt ind", "fold dette punkt ud"};
  static constexpr std::string_view all_items[] = {"luk alle punkter", "åbn alle punkter",
                                                   "fold alle punkter ind", "fold alle punkter ud"};
  for (line& l : lines) {
    if (l.blank || l.text.empty()) continue;
    // Most lines start with none of the words' letters and no bullet: they
    // are passed over before a call to past_bullet.
    const auto may_start_word = [](char c) {
      return c == 'f' || c == 'F' || c == 'l' || c == 'L' || c == '\xC3';
    };
    if (!may_start_word(l.text[0]) && !may_start_bullet(l.text[0])) continue;
    const std::string_view text = past_bullet(l.text);
    if (text.empty() || !may_start_word(text[0])) continue;
    for (const std::string_view b : buttons) {
      if (!starts_with_ci(text, b)) continue;
      const std::string_view rest = trim(text.substr(b.size()));
      if (rest.empty()) l.furniture = true;
      l.text = rest;
      break;
    }
    for (const std::string_view a : all_items)
      if (starts_with_ci(text, a)) l.furniture = true;
  }
}

}  // namespace protokol::segmenter
