#include "item_headings.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <memory>
#include <utility>
#include <vector>

#include "heading_map.hpp"
#include "numbers.hpp"
#include "people.hpp"
#include "text_util.hpp"
#include "titles.hpp"

namespace protokol::segmenter {
namespace {

constexpr item_pattern patterns_table[] = {
    // "Punkt 3: Title", "Punkt 3 Title", "Punkt 3, Title", "Pkt. 3", "Punkt nr. 3 -",
    // "Dagsordenspunkt 3".
    {"punkt", item_style::labelled, "punkt|pkt|dagsordenspunkt",
     R"([*_]*(?i:punkt|pkt\.?|dagsordenspunkt)(?:\s+(?i:nr)\.?)?\s*(\d{1,4})(?:\s*[:.,)–-]|[*_]|\s|$)[*_\s]*(.*))"},
    // "Sag 3: Title", "Sag nr. 3 Title" (never "Sag 12/27845").
    {"sag", item_style::labelled, "sag ",
     R"([*_]*(?i:sag)(?:\s+(?i:nr)\.?)?\s+(\d{1,4})(?:\s*[:.,)–-]|[*_]|\s|$)[*_\s]*(.*))"},
    // "3. Title", or "3." alone with the title on a later line; "3\. Title"
    // where a markdown export escaped the list marker.
    {"numbered", item_style::numbered, "", R"([*_]*(\d{1,3})\\?\.(?:[*_]*\s+[*_]*(.*)|[*_]*()))"},
};

constexpr std::size_t max_heading_length = 300;
// How far after a heading its evidence (case number, section heading) may stand.
constexpr std::size_t evidence_lines = 4;
// Item numbers may skip this many (closed items left out, numbering per year).
constexpr unsigned max_gap_labelled = 20;
constexpr unsigned max_gap_numbered = 3;
// Wrapped title lines are short; a long line is body text.
constexpr std::size_t max_title_line = 200;

// Words a wrapped title line cannot end with: the title goes on. The
// abbreviations at the end are followed by a number ("Budgetopfølgning pr."
// + "31. januar 2024").
constexpr std::string_view continuation_words[] = {
    "og",   "i",     "for",        "af",    "til",   "med",  "på",  "om",  "fra", "ved",
    "samt", "eller", "mellem",     "efter", "under", "over", "den", "det", "de",  "en",
    "et",   "vedr.", "vedrørende", "inkl.", "pr.",   "nr.",  "jf.", "ca.",
};

struct compiled_patterns {
  std::array<std::unique_ptr<RE2>, std::size(patterns_table)> re;
  compiled_patterns() {
    for (std::size_t i = 0; i < re.size(); ++i)
      re[i] = std::make_unique<RE2>(patterns_table[i].regex);
  }
};

const compiled_patterns& compiled() {
  static const compiled_patterns c;
  return c;
}

// The first words of every row, split once.
struct start_words {
  std::vector<std::pair<std::string_view, std::size_t>> words;  // word, row
  std::size_t digit_row = std::size(patterns_table);
  start_words() {
    for (std::size_t i = 0; i < std::size(patterns_table); ++i) {
      std::string_view starts = patterns_table[i].starts;
      if (starts.empty()) digit_row = std::min(digit_row, i);
      while (!starts.empty()) {
        const std::size_t bar = std::min(starts.find('|'), starts.size());
        words.emplace_back(starts.substr(0, bar), i);
        starts.remove_prefix(std::min(bar + 1, starts.size()));
      }
    }
  }
};

// The pattern row worth trying on `t`, by its first word: a line that
// starts with neither a digit nor an item label skips RE2 entirely.
std::size_t pattern_for(std::string_view t) {
  while (!t.empty() && (t[0] == '*' || t[0] == '_')) t.remove_prefix(1);
  static const start_words index;
  if (starts_digit(t)) return index.digit_row;
  for (const auto& [word, row] : index.words) {
    if (starts_with_ci(t, word)) return row;
  }
  return std::size(patterns_table);
}

bool ends_with_word(std::string_view text, std::string_view word) {
  if (text.size() < word.size() || !equals_ci(text.substr(text.size() - word.size()), word))
    return false;
  return text.size() == word.size() || text[text.size() - word.size() - 1] == ' ';
}

// The title line does not finish the title: "... lokalplan for", "... og",
// "Erhvervs-", "... 2024 -".
bool wants_continuation(std::string_view text) {
  text = trim(text);
  if (text.empty()) return false;
  const char last = text.back();
  if (last == ',' || last == '-' || last == '&' || last == '/' || last == '(' ||
      text.ends_with("–"))
    return true;
  for (const auto w : continuation_words) {
    if (ends_with_word(text, w)) return true;
  }
  return false;
}

bool is_bullet(std::string_view text) {
  return text.starts_with("- ") || text.starts_with("• ") || text.starts_with("* ") ||
         text.starts_with("· ") || text.starts_with("§ ");
}

// Lines that never continue a title.
bool stops_title(const line& l) {
  const std::string_view t = l.text;
  std::string_view label, names;
  return l.md_level > 0 || t.size() > max_title_line || is_bullet(t) || is_section_heading(t) ||
         is_number_line(l) || is_number_label_line(t) || is_closed_line(t) || is_open_line(t) ||
         split_attendance_line(t, label, names) || is_page_number_line(t) ||
         match_item_heading(l).has_value();
}

// Evidence that a candidate heads an item: what comes right after its
// title is a case number, a section heading or a closed or open marker.
bool has_evidence(const std::vector<line>& lines, std::size_t from) {
  std::size_t seen = 0;
  for (std::size_t i = from; i < lines.size() && seen < evidence_lines; ++i) {
    const line& l = lines[i];
    if (l.blank || l.furniture) continue;
    ++seen;
    if (match_item_heading(l)) return false;
    if (is_section_heading(l.text) || is_number_line(l) || is_number_label_line(l.text) ||
        is_closed_line(l.text) || is_open_line(l.text)) {
      return true;
    }
  }
  return false;
}

bool toc_lists(const toc& contents, std::string_view title) {
  if (!contents.found || title.empty()) return false;
  const std::string key = title_key(title);
  return std::any_of(contents.entries.begin(), contents.entries.end(),
                     [&](const toc_entry& e) { return entry_matches(e, key); });
}

struct scored {
  item_candidate c;
  bool evidence = false;
  bool listed = false;
};

// Scores a candidate; see docs/segmentation.md for the weights.
scored score(const std::vector<line>& lines, const item_candidate& c, const toc& contents) {
  scored s{c, false, false};
  std::size_t after = c.line + 1;
  std::string_view title = c.title;
  if (title.empty()) {
    after = next_content(lines, c.line + 1, lines.size());
    if (after < lines.size() && !stops_title(lines[after])) {
      title = lines[after].text;
      ++after;
    }
  }
  // "2. Kapacitetsplan 2025-2030 (2024-0198823)": the case number is on the heading line.
  s.evidence = trailing_number(title) != std::string_view::npos || has_evidence(lines, after);
  s.listed = toc_lists(contents, title);
  const bool labelled = c.style == item_style::labelled;
  int v = labelled ? 3 : 1;
  if (s.evidence) v += 3;
  if (s.listed) v += 3;
  if (lines[c.line].md_level > 0 || lines[c.line].emphasized) v += 1;
  if (!s.evidence && !s.listed) {
    const std::size_t next = next_content(lines, c.line + 1, lines.size());
    if (next < lines.size()) {
      const auto follower = match_item_heading(lines[next]);
      if (follower && follower->style == c.style) v -= labelled ? 4 : 3;
    }
    if (!labelled && (title.ends_with(":") || title.ends_with(",") || title.ends_with(";"))) v -= 3;
    if (!labelled && title.size() > 150) v -= 2;
  }
  s.c.score = v;
  return s;
}

// The best increasing chain of numbers through the candidates (in text
// order): each number follows a smaller one, skipped numbers cost.
std::vector<item_candidate> best_chain(const std::vector<scored>& cands, item_style style) {
  if (cands.empty()) return {};
  const bool labelled = style == item_style::labelled;
  const unsigned max_gap = labelled ? max_gap_labelled : max_gap_numbered;
  const int gap_cost = labelled ? 1 : 2;
  const int start_cost = labelled ? 1 : 3;
  unsigned top = 0;
  for (const auto& s : cands) top = std::max(top, s.c.number);
  struct best_at {
    int value = 0;
    int index = -1;
  };
  std::vector<best_at> by_number(top + 1);
  std::vector<int> total(cands.size());
  std::vector<int> prev(cands.size(), -1);
  for (std::size_t i = 0; i < cands.size(); ++i) {
    const unsigned n = cands[i].c.number;
    int best = cands[i].c.score - (n == 1 ? 0 : start_cost);
    int from = -1;
    for (unsigned k = n > max_gap + 1 ? n - max_gap - 1 : 0; k < n; ++k) {
      if (by_number[k].index < 0) continue;
      const int v = by_number[k].value + cands[i].c.score - gap_cost * static_cast<int>(n - 1 - k);
      if (v >= best) {
        best = v;
        from = by_number[k].index;
      }
    }
    total[i] = best;
    prev[i] = from;
    // Ties go to the later candidate: its chain leaves less text between items.
    if (by_number[n].index < 0 || best >= by_number[n].value)
      by_number[n] = {best, static_cast<int>(i)};
  }
  int end = -1;
  for (std::size_t i = 0; i < cands.size(); ++i) {
    // Ties go to the later end: a longer stretch of the document is covered.
    if (end < 0 || total[i] >= total[static_cast<std::size_t>(end)]) end = static_cast<int>(i);
  }
  if (end < 0 || total[static_cast<std::size_t>(end)] <= 0) return {};
  std::vector<item_candidate> chain;
  for (int i = end; i >= 0; i = prev[static_cast<std::size_t>(i)])
    chain.push_back(cands[static_cast<std::size_t>(i)].c);
  std::reverse(chain.begin(), chain.end());
  return chain;
}

std::string_view title_line_text(const line& l) { return trim(l.text); }

// After a pattern row matched, the number is the first run of digits and
// the title what follows the separators (":", ".", ")", "-", "–", markup).
void split_heading(std::string_view t, item_candidate& out) {
  std::size_t i = 0;
  while (i < t.size() && !(t[i] >= '0' && t[i] <= '9')) ++i;
  unsigned number = 0;
  for (; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i)
    number = number * 10 + static_cast<unsigned>(t[i] - '0');
  out.number = number;
  for (;;) {
    if (i < t.size() && std::string_view(" \t:.,)-*_\\").find(t[i]) != std::string_view::npos) {
      ++i;
    } else if (t.substr(i).starts_with("–")) {
      i += std::string_view("–").size();
    } else {
      break;
    }
  }
  std::string_view title = trim(t.substr(i));
  while (!title.empty() && (title.back() == '*' || title.back() == '_'))
    title = trim(title.substr(0, title.size() - 1));
  out.title = title;
}

}  // namespace

std::span<const item_pattern> item_patterns() { return patterns_table; }

std::optional<item_candidate> match_item_heading(const line& l) {
  const std::string_view t = l.text;
  if (t.empty() || t.size() > max_heading_length) return std::nullopt;
  const std::size_t i = pattern_for(t);
  if (i >= std::size(patterns_table)) return std::nullopt;
  // Without submatches RE2 answers from its DFA; the parts are then cut out by hand.
  if (!RE2::FullMatch(re2::StringPiece(t.data(), t.size()), *compiled().re[i])) return std::nullopt;
  item_candidate out;
  out.style = patterns_table[i].style;
  split_heading(t, out);
  // "1. at ...", "Punkt 3 i dagsordenen ...": a list entry or a sentence.
  if (starts_lower(out.title) && l.md_level == 0) return std::nullopt;
  if (out.number == 0) return std::nullopt;
  return out;
}

std::vector<item_candidate> find_item_headings(const std::vector<line>& lines, const toc& contents,
                                               const item_options& options) {
  std::vector<scored> labelled;
  std::vector<item_candidate> numbered_lines;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const line& l = lines[i];
    if (l.blank || l.furniture) continue;
    if (contents.found && i >= contents.begin && i < contents.end) continue;
    auto c = match_item_heading(l);
    if (!c) continue;
    c->line = i;
    if (c->style == item_style::labelled) {
      labelled.push_back(score(lines, *c, contents));
    } else if (options.numbered_items) {
      numbered_lines.push_back(*c);
    }
  }
  auto by_label = best_chain(labelled, item_style::labelled);
  // Numbered headings win only with a chain of at least three, more than
  // twice as long as the labelled one: with fewer candidates they need no scoring.
  if (numbered_lines.empty()) return by_label;
  if (!by_label.empty() &&
      (numbered_lines.size() < 3 || numbered_lines.size() <= 2 * by_label.size()))
    return by_label;
  std::vector<scored> numbered;
  numbered.reserve(numbered_lines.size());
  for (const auto& c : numbered_lines) numbered.push_back(score(lines, c, contents));
  // Where some numbered headings show evidence, the others are list entries.
  const auto shows = [](const scored& s) { return s.evidence || s.listed; };
  const bool any_evidence = std::any_of(numbered.begin(), numbered.end(), shows);
  if (any_evidence) std::erase_if(numbered, [&](const scored& s) { return !shows(s); });
  auto by_number = best_chain(numbered, item_style::numbered);
  if (by_number.size() >= 3 && by_number.size() > 2 * by_label.size()) return by_number;
  if (!by_label.empty()) return by_label;
  // An extraordinary meeting may have one or two items: a short numbered
  // chain counts when its headings show evidence.
  if (numbered_lines.size() < 3 && !any_evidence) return {};
  return by_number;
}

item_title assemble_title(const std::vector<line>& lines, const item_candidate& heading,
                          std::size_t bound, const toc& contents, std::size_t max_lines) {
  item_title out;
  out.last_line = heading.line;
  std::string title;
  append_title_text(title, heading.title);
  std::size_t used = title.empty() ? 0 : 1;
  if (title.empty()) {
    // A lone "3." or "Punkt 3": the title is the next line.
    const std::size_t next = next_content(lines, heading.line + 1, bound);
    if (next < bound && !stops_title(lines[next])) {
      append_title_text(title, title_line_text(lines[next]));
      out.last_line = next;
      used = 1;
    }
  }
  // The entry of the table of contents that names this item, if any.
  const toc_entry* entry = nullptr;
  if (contents.found && !title.empty()) {
    const std::string key = title_key(title);
    for (const auto& e : contents.entries) {
      if (entry_matches(e, key)) {
        entry = &e;
        break;
      }
    }
  }
  while (used > 0 && used < max_lines) {
    // "Kapacitetsplan 2025-2030 (2024-0198823)": the case number closes the title.
    if (trailing_number(title) != std::string_view::npos) break;
    std::size_t j = out.last_line + 1;
    bool blank = false;
    bool page_break = false;
    while (j < bound && (lines[j].blank || lines[j].furniture)) {
      blank = blank || lines[j].blank;
      page_break = page_break || lines[j].furniture || lines[j].page_break;
      ++j;
    }
    page_break = page_break || (j < bound && lines[j].page_break);
    if (j >= bound || stops_title(lines[j])) break;
    const std::string_view next = title_line_text(lines[j]);
    std::string joined = title;
    join_title_line(joined, next);
    const std::string current = title_key(title);
    bool take = false;
    if (entry != nullptr && entry->key.size() > current.size()) {
      // The table of contents knows the full title, or more of it.
      const auto names = [&](const std::string& t) {
        const std::string longer = title_key(t);
        return entry->key.starts_with(longer) || longer.starts_with(entry->key);
      };
      take = names(joined);
      if (!take && ends_lower(title) && starts_lower(next)) {
        // "erhvervs" + "område": a word broken at the line end, its hyphen lost.
        std::string glued = title;
        append_title_text(glued, next);
        take = names(glued);
        if (take) joined = std::move(glued);
      }
    } else if (entry != nullptr && entry->key == current) {
      take = false;  // the table of contents says the title is complete
    } else if (!blank || page_break) {
      // Adjacent lines (or lines split by a page break) wrap a title unless
      // the next one reads as a sentence of body text.
      // A line starting with a digit ("1. at ...") is a list, unless the
      // title cannot end here ("... pr." + "31. januar 2024").
      take = !(next.ends_with(".") && next.size() > 60) &&
             (!starts_digit(next) || wants_continuation(title));
    } else {
      // After a blank line only a title that cannot end here goes on.
      take = wants_continuation(title) && next.size() <= max_title_line / 2 &&
             !(next.ends_with(".") && next.size() > 60);
    }
    if (!take) break;
    title = std::move(joined);
    out.last_line = j;
    ++used;
  }
  bool closed = false;
  std::string_view stripped = strip_closed_markers(title, closed);
  if (const std::size_t open = trailing_number(stripped); open != std::string_view::npos) {
    out.number = std::string(trim(stripped.substr(open + 1, stripped.size() - open - 2)));
    stripped = strip_closed_markers(stripped.substr(0, open), closed);
  }
  out.title = std::string(stripped);
  out.closed = closed;
  return out;
}

}  // namespace protokol::segmenter
