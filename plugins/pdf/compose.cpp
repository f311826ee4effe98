#include "compose.hpp"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace protokol::pdf {
namespace {

// A line is a heading when its size is at least this much over the body
// size: 1 point or 15 %, whichever is more ("clearly larger").
constexpr double heading_points = 1.0;
constexpr double heading_share = 0.15;
// More space than this many font sizes between two lines ends a block.
constexpr double block_gap_ems = 0.45;
// Line edges this close (points) are at the same place.
constexpr double same_edge = 0.5;
// A word space, in font sizes, for the "would the next word have fitted" test.
constexpr double space_ems = 0.3;
// ... with this much to spare (in sizes): the margin is the furthest line
// end, which a hyphen or a producer's own measure may push past the width
// the producer broke its lines at.
constexpr double fit_slack_ems = 0.5;
// Two lines ending at one place are a justified block when they reach at
// least this share of the way from their start to the column's margin.
constexpr double justified_share = 0.75;
// A line starting this close (points) to a row's second cell stands in that
// cell's column.
constexpr double same_column = 2.0;
// Words after "X-" that make it a compound with a shared ending
// ("Social- og sundhedsudvalget"), never a word broken over the line end.
constexpr std::string_view conjunctions[] = {"og", "eller", "samt", "til"};
constexpr std::string_view soft_hyphen = "\xC2\xAD";

std::size_t utf8_chars(const std::string& s) {
  std::size_t n = 0;
  for (const char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

UChar32 first_code_point(std::string_view s) {
  if (s.empty()) return U_SENTINEL;
  std::int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(s.data(), i, static_cast<std::int32_t>(s.size()), c);
  return c;
}

UChar32 last_code_point(std::string_view s) {
  if (s.empty()) return U_SENTINEL;
  auto i = static_cast<std::int32_t>(s.size());
  UChar32 c = 0;
  U8_PREV(s.data(), 0, i, c);
  return c;
}

bool starts_bullet(std::string_view s) {
  for (const std::string_view b : {"- ", "* ", "\u2022", "\u2013 ", "\u25AA", "\u25CF"})
    if (s.starts_with(b)) return true;
  return false;
}

// Markdown's deepest heading.
constexpr int max_heading_level = 6;

// A table-of-contents row whose leader dots are spaced out (". . . 12"),
// so no gap is wide enough to be a cell boundary: a row, never part of a
// paragraph.
bool leader_row(std::string_view s) {
  static const RE2 leaders(R"((?:\.\s*){3,}\d{1,4}\s*$)");
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), leaders);
}

// Heading level of each size that is clearly larger than the body: the
// largest is 1, the next 2, and so on to markdown's 6. Each size keeps a
// level of its own (Word's headings differ by a point a level): with the
// rest all 3, a sub-heading in a case's text stood level with the case's
// own heading and cut the section in two.
std::map<double, int> heading_levels(const std::vector<std::vector<line>>& pages, double body) {
  std::set<double, std::greater<>> sizes;
  for (const auto& p : pages)
    for (const line& l : p)
      if (!l.furniture && l.size >= body + std::max(heading_points, heading_share * body))
        sizes.insert(l.size);
  std::map<double, int> levels;
  int level = 1;
  for (const double s : sizes) levels[s] = std::min(level++, max_heading_level);
  return levels;
}

void flush(std::string& out, std::string& para, int level, bool bold) {
  if (para.empty()) return;
  if (level > 0) {
    out.append(static_cast<std::size_t>(level), '#');
    out += ' ';
    out += para;
  } else if (bold) {
    out += "**" + para + "**";
  } else {
    out += para;
  }
  out += '\n';
  para.clear();
}

// "Social-" at a line end and "og ..." on the next: the line goes on, even
// when it is short (the break may have been forced there).
bool broken_compound(std::string_view text, std::string_view next) {
  return text.size() >= 2 && text.back() == '-' &&
         u_isalpha(last_code_point(text.substr(0, text.size() - 1))) &&
         u_islower(first_code_point(next));
}

// "... af Farsø og Løgstør." over "Indstilling": a short line that starts
// with a capital and ends without a stop, after a sentence's end, is a
// heading set in the body's style, not the paragraph's tail (a paragraph's
// last sentence ends in a stop). Plain Word minutes and monospace prints set
// headings so, and a sentence ending near the margin made the heading look
// like its continuation, taking the section heading into the text above.
bool heading_after_sentence(std::string_view para, const line& l) {
  constexpr std::size_t max_words = 8;
  constexpr double max_share = 0.6;         // of the line's width to its margin
  constexpr std::size_t min_last_word = 4;  // "kr.", "mio.", "m.fl.", "jf." end no sentence
  if (para.empty() || std::string_view(".!?:").find(para.back()) == std::string_view::npos)
    return false;
  const std::string_view last_word = para.substr(para.rfind(' ') + 1);  // npos + 1 == 0
  const std::string_view word = last_word.substr(0, last_word.size() - 1);
  if (para.back() == '.' &&
      (word.size() < min_last_word || word.find('.') != std::string_view::npos))
    return false;
  if (l.text.empty() || l.words.size() > max_words || l.x1 - l.x0 > max_share * (l.right - l.x0))
    return false;
  const UChar32 last = last_code_point(l.text);
  return u_isupper(first_code_point(l.text)) && (u_isalpha(last) || u_isdigit(last));
}

// "... høringssvar." over "**Beslutning:** Drøftet. ...": a bold run-in
// label (a bold word ending in a colon among the line's first three, every
// word before it bold) after a sentence's end opens a paragraph of its own,
// though the line above was full.
bool run_in_label_after_sentence(std::string_view para, const line& l) {
  constexpr std::size_t max_label_words = 3;
  if (para.empty() || std::string_view(".!?").find(para.back()) == std::string_view::npos ||
      l.bold || l.words.size() < 2)
    return false;
  for (std::size_t i = 0; i < l.words.size() && i < max_label_words; ++i) {
    if (!l.words[i].bold) return false;
    if (l.words[i].text.ends_with(':')) return true;
  }
  return false;
}

// The number of a list item the text starts with ("2. Pårørende", "2) ..."),
// or 0.
int list_number(std::string_view text) {
  constexpr std::size_t max_digits = 2;
  std::size_t digits = 0;
  int n = 0;
  while (digits < text.size() && digits <= max_digits && text[digits] >= '0' && text[digits] <= '9')
    n = n * 10 + (text[digits++] - '0');
  if (digits == 0 || digits > max_digits || text.size() < digits + 2) return 0;
  return (text[digits] == '.' || text[digits] == ')') && text[digits + 1] == ' ' ? n : 0;
}

// "2. Pårørende ..." under a paragraph that starts "1. Det er vigtigt ...":
// the next item of a numbered list, though the item above reaches the
// margin. Only the next number at the first item's left edge counts: a
// wrapped line may well start with a date's day ("1. april").
bool next_list_item(std::string_view para, double para_left, const line& l) {
  const int above = list_number(para);
  return above > 0 && list_number(l.text) == above + 1 && std::abs(l.x0 - para_left) <= same_edge;
}

// "1.<tab>Godkendelse af dagsorden<tab>Lukket sag": an agenda table's row
// whose last cell (of three or more) is the item's open or closed status.
// The segmenter reads a status on the line under the heading; left as the
// title's last column, "Lukket sag" stayed in the title and the closed item
// stayed public. Takes that cell off `row` and returns it, else "".
std::string take_status_cell(std::string& row) {
  static const RE2 status(R"((?i)(?:åben|åbent|lukket)(?:\s+(?:punkt|sag))?)");
  const std::size_t last_tab = row.rfind('\t');
  if (last_tab == std::string::npos || row.find('\t') == last_tab) return {};
  const std::string cell = row.substr(last_tab + 1);
  if (!RE2::FullMatch(cell, status)) return {};
  row.resize(last_tab);
  return cell;
}

}  // namespace

bool hyphen_joins(std::string_view text, std::string_view next) {
  if (text.size() < 2 || text.back() != '-') return false;
  if (!u_isalpha(last_code_point(text.substr(0, text.size() - 1)))) return false;
  if (!u_islower(first_code_point(next))) return false;
  const std::string_view first = next.substr(0, next.find_first_of(" \t,.;:"));
  return std::find(std::begin(conjunctions), std::end(conjunctions), first) ==
         std::end(conjunctions);
}

void join_line(std::string& text, std::string_view next) {
  if (hyphen_joins(text, next)) {
    text.pop_back();
  } else if (text.ends_with(soft_hyphen)) {
    text.resize(text.size() - soft_hyphen.size());
  } else if (!text.empty()) {
    text += ' ';
  }
  text += next;
}

double body_size(const std::vector<std::vector<line>>& pages) {
  std::map<double, std::size_t> chars;
  for (const auto& p : pages)
    for (const line& l : p)
      if (!l.furniture)
        for (const word& w : l.words) chars[std::round(w.size * 2) / 2] += utf8_chars(w.text);
  double body = 0;
  std::size_t most = 0;
  for (const auto& [size, n] : chars) {
    if (n > most) {
      most = n;
      body = size;
    }
  }
  return body;
}

std::string compose(const std::vector<std::vector<line>>& pages, double body) {
  const std::map<double, int> levels = heading_levels(pages, body);
  auto level_of = [&](const line& l) {
    const auto it = levels.find(l.size);
    return it == levels.end() ? 0 : it->second;
  };
  std::string out;
  std::string para;
  double para_left = 0;  // x0 of the paragraph's first line
  const line* prev = nullptr;
  int level = 0;
  bool bold = false;
  // Page breaks not written yet: a paragraph running on to the next page is
  // written whole, and its page's form feed right after it.
  std::size_t form_feeds = 0;
  bool page_start = false;
  double margin = 0;  // right edge of the current justified block, if seen
  // "Deltagere<tab>Anne Kirk (A)" over "Bo Lund (V)" in the value column: the
  // lines under a row's second cell are cells of that column, written after a
  // tab (an empty first cell) so that the list they go on stays one.
  double column = 0;      // x of the value column the lines above stand in, or 0
  double column_row = 0;  // x0 of the row whose second cell began it
  // A row's status cell, written on a line of its own when the row (and a
  // title cell wrapped under it) ends.
  std::string status;
  auto end_paragraph = [&] {
    flush(out, para, level, bold);
    if (!status.empty()) {
      out += status + '\n';
      status.clear();
    }
    if (form_feeds > 0) {
      out.append(form_feeds, '\f');
      form_feeds = 0;
      return true;
    }
    return false;
  };
  // Where each page's text starts on the left (an indented block starts
  // further in).
  std::vector<double> page_left(pages.size(), 0);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    bool any = false;
    for (const line& l : pages[p]) {
      if (l.furniture) continue;
      page_left[p] = any ? std::min(page_left[p], l.x0) : l.x0;
      any = true;
    }
  }
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (p > 0) {
      ++form_feeds;
      page_start = true;
    }
    for (const line& l : pages[p]) {
      if (l.furniture) continue;
      const int l_level = level_of(l);
      const bool same_style = prev != nullptr && l_level == level && l.bold == bold;
      // Two lines in a row with both edges at the same place are lines of a
      // justified block (an indented quote too): its right edge is a margin.
      // Only lines of one block count, only lines of several words, and
      // only a block set in from the left or reaching most of the way to
      // the right: two ragged lines of the page's width that happen to end
      // at one place ("2. ... og" over "3. ...") are no block.
      const bool next_line = prev != nullptr && !page_start && l.region == prev->region &&
                             l.y0 >= prev->y0 && l.y0 - prev->y1 <= block_gap_ems * prev->size;
      if (next_line && prev->words.size() >= 3 && l.words.size() >= 3 &&
          std::abs(prev->x1 - l.x1) <= same_edge && std::abs(prev->x0 - l.x0) <= same_edge &&
          (prev->x0 > page_left[p] + same_column ||
           prev->x1 - prev->x0 >= justified_share * (prev->right - prev->x0)))
        margin = std::max(margin, prev->x1);
      // A line reaching past the margin shows there is none.
      if (prev != nullptr && margin > 0 && prev->x1 > margin + same_edge) margin = 0;
      // The line before is full when the next word would not have fitted
      // on it, or it reaches a justified margin, or it ends in a word
      // broken over the end: one paragraph.
      const bool full = prev != nullptr && (prev->x1 + space_ems * prev->size +
                                                    (l.words.front().x1 - l.words.front().x0) >
                                                prev->right - fit_slack_ems * prev->size ||
                                            (margin > 0 && prev->x1 >= margin - same_edge));
      const bool continues = same_style && !prev->table && !l.table && !starts_bullet(l.text) &&
                             !next_list_item(para, para_left, l) && !leader_row(prev->text) &&
                             !leader_row(l.text) && (full || broken_compound(para, l.text)) &&
                             !heading_after_sentence(para, l) &&
                             !run_in_label_after_sentence(para, l);
      const bool in_column = column > 0 && !page_start && !l.table &&
                             l.x0 > column_row + same_column &&
                             std::abs(l.x0 - column) <= same_column;
      if (l.table) {
        column = l.second_cell;
        column_row = l.x0;
      } else if (!in_column) {
        column = 0;
      }
      if (in_column) {
        // A heading's cell wrapped onto the next line ("2.<tab>Regnskab ... og"
        // over "genbevillinger til 2024" in the title column): one heading.
        if (same_style && (l_level > 0 || l.bold)) {
          join_line(para, l.text);
          prev = &l;
          continue;
        }
        end_paragraph();
        para = '\t' + l.text;
        level = l_level;
        bold = l.bold;
        prev = &l;
        continue;
      }
      bool new_block = !same_style;
      if (!new_block && (page_start || l.region != prev->region)) {
        // A paragraph runs on from the foot of one column or page to the
        // top of the next.
        new_block = !continues;
      } else if (!new_block) {
        new_block = l.y0 - prev->y1 > block_gap_ems * prev->size || l.y0 < prev->y0;
      }
      if (new_block) {
        margin = 0;
        // A blank line between blocks, but none right after a page break.
        if (!end_paragraph() && prev != nullptr) out += '\n';
        para = l.text;
        para_left = l.x0;
      } else if (continues) {
        join_line(para, l.text);
      } else {
        end_paragraph();
        para = l.text;
        para_left = l.x0;
      }
      if (l.table) status = take_status_cell(para);
      level = l_level;
      bold = l.bold;
      prev = &l;
      page_start = false;
    }
  }
  end_paragraph();
  return out;
}

}  // namespace protokol::pdf
