#include "layout.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "compose.hpp"

namespace protokol::pdf {
namespace {

// A gap wider than this many font sizes between two words on one baseline
// is a table cell (or tab stop) boundary, not a word space: justified text
// stretches spaces to about one em at most.
constexpr double cell_gap_ems = 2.5;
// Two words are apart (a space) when the gap is wider than this many sizes.
constexpr double space_gap_ems = 0.1;
// A document's furthest line shorter than this share of the width between
// its left margin and the mirrored right one has shown no margin.
constexpr double mirror_share = 0.9;
// The gutter is looked for in the middle part of the text width only.
constexpr double gutter_search_from = 0.3;
constexpr double gutter_search_to = 0.7;
// A gutter is at least this wide (points) ...
constexpr double min_gutter = 6.0;
// ... no word crosses it in this share of the rows ...
constexpr double min_split_rows = 0.5;
// ... each side has text in this many rows, and this share of them (the
// right column of a page may be short) ...
constexpr std::size_t min_side_rows = 4;
constexpr double min_side_share = 0.1;
// ... and both sides of it hold prose: this many words per row on average.
constexpr double min_words_per_side = 3.0;

double centre(const word& w) { return (w.y0 + w.y1) / 2; }
double height(const word& w) { return std::max(w.y1 - w.y0, 0.1); }

std::size_t utf8_length(const std::string& s) {
  std::size_t n = 0;
  for (const char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

// Does any word of `row` reach into [from, to]?
bool crosses(const line& row, double from, double to) {
  return std::any_of(row.words.begin(), row.words.end(),
                     [&](const word& w) { return w.x0 < to && w.x1 > from; });
}

struct gutter {
  double from = 0, to = 0;
};

// The widest x range in the middle of the text that most rows leave empty
// while holding prose on both sides, if any.
bool find_gutter(const std::vector<line>& rows, gutter& out) {
  if (rows.size() < 6) return false;
  double left = rows.front().x0, right = rows.front().x1;
  for (const line& r : rows) {
    left = std::min(left, r.x0);
    right = std::max(right, r.x1);
  }
  const double width = right - left;
  // A hostile page's coordinates may be anything: a text wider than any page
  // (or not a number) has no gutter to search, and the casts below stay in range.
  constexpr double max_width = 100000;
  if (!(width >= 100 && width <= max_width) || !(std::abs(left) <= max_width)) return false;
  // Rows covering each 1-point column of the search range.
  const int from = static_cast<int>(std::floor(left + width * gutter_search_from));
  const int to = static_cast<int>(std::ceil(left + width * gutter_search_to));
  std::vector<int> cover(static_cast<std::size_t>(to - from + 1), 0);
  // Which row last counted each column: a row counts once.
  std::vector<std::size_t> counted(cover.size(), rows.size());
  for (std::size_t row = 0; row < rows.size(); ++row) {
    const line& r = rows[row];
    for (const word& w : r.words) {
      // Widened by half a size each side, so the spaces between the words
      // of a heading over both columns are covered too.
      // Clamped as doubles: a word far off the page would overflow an int.
      const double lo = std::max<double>(from, std::floor(w.x0 - w.size / 2));
      const double hi = std::min<double>(to, std::ceil(w.x1 + w.size / 2));
      if (!(lo <= hi)) continue;
      const int a = static_cast<int>(lo);
      const int b = static_cast<int>(hi);
      for (int x = a; x <= b; ++x) {
        const auto i = static_cast<std::size_t>(x - from);
        if (counted[i] == row) continue;
        counted[i] = row;
        cover[i] += 1;
      }
    }
  }
  const int least = *std::min_element(cover.begin(), cover.end());
  if (static_cast<double>(rows.size() - static_cast<std::size_t>(least)) <
      min_split_rows * static_cast<double>(rows.size()))
    return false;
  // The widest run of columns at the least cover.
  int best_from = 0, best_len = 0;
  for (int x = 0; x < static_cast<int>(cover.size());) {
    if (cover[static_cast<std::size_t>(x)] != least) {
      ++x;
      continue;
    }
    int y = x;
    while (y < static_cast<int>(cover.size()) && cover[static_cast<std::size_t>(y)] == least) ++y;
    if (y - x > best_len) {
      best_len = y - x;
      best_from = x;
    }
    x = y;
  }
  if (best_len < min_gutter) return false;
  out.from = from + best_from;
  out.to = from + best_from + best_len;
  // Prose on both sides: the columns' lines need not share baselines, so
  // each side is counted on its own. Tables have few words a cell.
  std::size_t left_rows = 0, right_rows = 0, left_words = 0, right_words = 0;
  for (const line& r : rows) {
    if (crosses(r, out.from, out.to)) continue;
    std::size_t l = 0, rr = 0;
    for (const word& w : r.words) (w.x1 <= out.from ? l : rr) += 1;
    left_rows += l > 0 ? 1 : 0;
    right_rows += rr > 0 ? 1 : 0;
    left_words += l;
    right_words += rr;
  }
  const double n = static_cast<double>(rows.size());
  const double side_rows = std::max(static_cast<double>(min_side_rows), min_side_share * n);
  return static_cast<double>(left_rows) >= side_rows &&
         static_cast<double>(right_rows) >= side_rows &&
         static_cast<double>(left_words) >= min_words_per_side * static_cast<double>(left_rows) &&
         static_cast<double>(right_words) >= min_words_per_side * static_cast<double>(right_rows);
}

line part_of(const line& row, bool left_side, double at) {
  line out;
  for (const word& w : row.words)
    if ((w.x1 <= at) == left_side) out.words.push_back(w);
  if (!out.words.empty()) finish_line(out);
  return out;
}

// Where the region's full lines end: the furthest line end, table rows
// left out (a wide table is no margin). Not a percentile of the ends: a
// page of minutes is mostly short lines (labels, names, headings), and a
// page whose lines are 90 % short made those short lines look full, so a
// heading was joined to the line under it ("2.1 Orientering om regnskab
// for 1. halvår 2025 Sagsnr.: 25/2044").
// A line reaching past the margin makes the page's full lines look short
// instead: they stay apart, which costs a paragraph its joins, no more.
void set_region(std::vector<line>& lines, std::size_t from, int region) {
  // A page without body lines (blank, or only a page number) has no region,
  // and no edge to take.
  if (from >= lines.size()) return;
  double right = 0;
  bool any_text_line = false;
  for (std::size_t i = from; i < lines.size(); ++i) {
    if (lines[i].table) continue;
    right = std::max(right, lines[i].x1);
    any_text_line = true;
  }
  if (!any_text_line)
    for (std::size_t i = from; i < lines.size(); ++i) right = std::max(right, lines[i].x1);
  for (std::size_t i = from; i < lines.size(); ++i) {
    lines[i].region = region;
    lines[i].right = right;
  }
}

// A block of two-cell rows is two columns when its right cells start within
// this share of the text width (left margin to the mirrored right one) ...
constexpr double block_column_from = 0.45;
constexpr double block_column_to = 0.6;
// ... at one place (points), as do its left cells ...
constexpr double block_same_edge = 2.0;
// ... and it has this many rows.
constexpr std::size_t min_block_rows = 2;

std::size_t word_count(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
}

// "Gitte Ravnholt (V), formand<tab>Inger Marie Lunddahl (F)": a row of two
// cells of two or more words each, the second starting near the middle of
// the text width. A label and its value ("Mødedato:<tab>05.03.2024",
// "Deltagere<tab>Anne Kirk (A)"), a numbered heading ("1.<tab>Title") or a
// table of contents row ("Title<tab>3") has a one-word cell or a label's
// colon.
bool column_pair(const line& row, double page_left, double page_width) {
  const std::size_t tab = row.text.find('\t');
  if (!row.table || tab == std::string::npos || row.text.find('\t', tab + 1) != std::string::npos)
    return false;
  const std::string left = row.text.substr(0, tab);
  const std::string right = row.text.substr(tab + 1);
  if (word_count(left) < 2 || word_count(right) < 2 || left.back() == ':') return false;
  const double text_width = page_width - 2 * page_left;
  if (text_width <= 0) return false;
  const double at = (row.second_cell - page_left) / text_width;
  return at >= block_column_from && at <= block_column_to;
}

// Rows [from, to) of `rows` that continue the column pair at `from`: the
// same left and right edges. Returns `to`.
std::size_t column_block_end(const std::vector<line>& rows, std::size_t from, double page_left,
                             double page_width) {
  std::size_t to = from;
  while (to < rows.size() && column_pair(rows[to], page_left, page_width) &&
         std::abs(rows[to].x0 - rows[from].x0) <= block_same_edge &&
         std::abs(rows[to].second_cell - rows[from].second_cell) <= block_same_edge)
    ++to;
  return to;
}

// A page without a column gutter may still hold a block laid out in two
// columns (a member list Word set in two newspaper columns): read across,
// "Gitte Ravnholt (V), formand<tab>Inger Marie Lunddahl (F)" gave the next
// person the role. Such a block is read as its left column, then its right,
// each cell a line of its own: entries of a list, marked as table cells so
// that none is joined to the next. Other rows keep region 0.
std::vector<line> read_column_blocks(const std::vector<line>& rows, double page_width) {
  std::vector<line> out = rows;
  set_region(out, 0, 0);
  if (rows.empty()) return out;
  double page_left = rows.front().x0;
  for (const line& r : rows) page_left = std::min(page_left, r.x0);
  std::vector<line> ordered;
  ordered.reserve(out.size() + 8);
  int region = 0;
  for (std::size_t i = 0; i < out.size();) {
    const std::size_t j = column_block_end(out, i, page_left, page_width);
    if (j - i < min_block_rows) {
      ordered.push_back(out[i++]);
      continue;
    }
    for (const bool left_side : {true, false}) {
      const std::size_t start = ordered.size();
      for (std::size_t k = i; k < j; ++k) {
        line part = part_of(out[k], left_side, out[k].second_cell);
        part.table = true;
        ordered.push_back(std::move(part));
      }
      // No column of a flow that may go on on the next page: not `column`.
      set_region(ordered, start, ++region);
    }
    i = j;
  }
  return ordered;
}

}  // namespace

void finish_line(line& l) {
  std::sort(l.words.begin(), l.words.end(),
            [](const word& a, const word& b) { return a.x0 < b.x0; });
  l.x0 = l.words.front().x0;
  l.x1 = l.words.back().x1;
  l.y0 = l.words.front().y0;
  l.y1 = l.words.front().y1;
  l.bold = true;
  l.table = false;
  l.second_cell = 0;
  l.text.clear();
  std::map<double, std::size_t> chars_by_size;
  for (std::size_t i = 0; i < l.words.size(); ++i) {
    const word& w = l.words[i];
    l.y0 = std::min(l.y0, w.y0);
    l.y1 = std::max(l.y1, w.y1);
    l.bold = l.bold && w.bold;
    chars_by_size[std::round(w.size * 2) / 2] += utf8_length(w.text);
    if (i > 0) {
      const word& prev = l.words[i - 1];
      const double gap = w.x0 - prev.x1;
      const double size = std::max(prev.size, w.size);
      if (gap > cell_gap_ems * size) {
        l.text += '\t';
        if (!l.table) l.second_cell = w.x0;
        l.table = true;
      } else if (prev.space_after || gap > space_gap_ems * size) {
        l.text += ' ';
      }
    }
    l.text += w.text;
  }
  std::size_t most = 0;
  for (const auto& [size, n] : chars_by_size) {
    if (n > most) {
      most = n;
      l.size = size;
    }
  }
}

std::vector<line> group_rows(std::vector<word> words) {
  std::sort(words.begin(), words.end(), [](const word& a, const word& b) {
    return centre(a) < centre(b) || (centre(a) == centre(b) && a.x0 < b.x0);
  });
  std::vector<line> rows;
  double anchor_centre = 0, anchor_height = 0;
  for (word& w : words) {
    // Same row when the centres are within half the smaller height of the
    // row's first word: superscripts and mixed sizes on one baseline stay.
    if (rows.empty() ||
        std::abs(centre(w) - anchor_centre) > std::min(anchor_height, height(w)) / 2) {
      rows.emplace_back();
      anchor_centre = centre(w);
      anchor_height = height(w);
    }
    rows.back().words.push_back(std::move(w));
  }
  for (line& r : rows) finish_line(r);
  return rows;
}

std::vector<line> reading_order(const std::vector<line>& rows, double page_width) {
  std::vector<line> out;
  out.reserve(rows.size() + 8);
  gutter g;
  int region = 0;
  if (!find_gutter(rows, g)) return read_column_blocks(rows, page_width);
  const double at = (g.from + g.to) / 2;
  for (std::size_t i = 0; i < rows.size();) {
    if (crosses(rows[i], g.from, g.to)) {
      // Full-width rows in a run are one region (a single column).
      const std::size_t start = out.size();
      while (i < rows.size() && crosses(rows[i], g.from, g.to)) out.push_back(rows[i++]);
      set_region(out, start, ++region);
      continue;
    }
    std::size_t j = i;
    while (j < rows.size() && !crosses(rows[j], g.from, g.to)) ++j;
    for (const bool left_side : {true, false}) {
      const std::size_t start = out.size();
      for (std::size_t k = i; k < j; ++k) {
        line part = part_of(rows[k], left_side, at);
        if (!part.words.empty()) out.push_back(std::move(part));
      }
      if (out.size() > start) set_region(out, start, ++region);
      for (std::size_t k = start; k < out.size(); ++k) out[k].column = true;
    }
    i = j;
  }
  return out;
}

namespace {

// Where the left column of a page's two-column runs ends, or 0.
double left_column_edge(const std::vector<line>& page, double width) {
  double edge = 0;
  for (const line& l : page)
    if (l.column && l.x0 < width / 2) edge = std::max(edge, l.x1);
  return edge;
}

// The left column of a two-column flow running on alone at the top of the
// next page: no line of the page reaches past the column's edge.
bool continues_left_column(const std::vector<line>& page, double edge) {
  constexpr double slack = 2.0;  // points
  return edge > 0 && !page.empty() && std::all_of(page.begin(), page.end(), [&](const line& l) {
           return l.column || l.table || l.x1 <= edge + slack;
         });
}

// A word broken at a hyphen over a line end ("Ruders-" over "dal"): the
// producer ran out of room there, so the page has shown its margin. (A line
// that merely goes on in lowercase is no proof: a text may break its lines
// by hand.)
bool shows_a_broken_word(const std::vector<line>& page) {
  for (std::size_t i = 0; i + 1 < page.size(); ++i) {
    const line& a = page[i];
    const line& b = page[i + 1];
    if (!a.table && !b.table && a.region == b.region && hyphen_joins(a.text, b.text)) return true;
  }
  return false;
}

}  // namespace

void widen_to_document_margin(std::vector<std::vector<line>>& pages,
                              const std::vector<double>& widths) {
  // Pages share a margin when they are as wide and their text starts at one
  // left edge: a landscape page has its own, and so do the even pages of a
  // document set with mirrored margins for printing on both sides.
  struct page_group {
    double width = 0;
    double left = 0;    ///< where the pages' text starts
    double margin = 0;  ///< the furthest full-width line end on them
  };
  constexpr double same_left = 3.0;  // points
  std::vector<page_group> groups;
  std::vector<std::size_t> group_of(pages.size(), 0);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    double left = widths[p];
    double margin = 0;
    for (const line& l : pages[p]) {
      if (l.column || l.table) continue;
      left = std::min(left, l.x0);
      margin = std::max(margin, l.x1);
    }
    auto g = std::find_if(groups.begin(), groups.end(), [&](const page_group& x) {
      return std::lround(x.width) == std::lround(widths[p]) && std::abs(x.left - left) <= same_left;
    });
    if (g == groups.end()) g = groups.insert(groups.end(), {widths[p], left, 0});
    g->margin = std::max(g->margin, margin);
    group_of[p] = static_cast<std::size_t>(g - groups.begin());
  }
  // When nothing in the document wraps, no line shows the margin: the
  // furthest line stops well short of the margin that mirrors the left one,
  // and that margin is taken (Word's margins are even by default). A
  // document whose lines reach near it has shown its own (margins may be
  // uneven by a centimetre or two).
  for (page_group& g : groups) {
    const double mirrored = g.width - g.left;
    if (g.margin - g.left < mirror_share * (mirrored - g.left)) g.margin = mirrored;
  }
  for (std::size_t p = 0; p < pages.size(); ++p) {
    // A page that only goes on with the column before it, or that has shown
    // its own margin, keeps its own edge: a page's text may be narrower.
    if (shows_a_broken_word(pages[p]) ||
        (p > 0 && continues_left_column(pages[p], left_column_edge(pages[p - 1], widths[p - 1]))))
      continue;
    const double margin = groups[group_of[p]].margin;
    for (line& l : pages[p])
      if (!l.column) l.right = std::max(l.right, margin);
  }
}

}  // namespace protokol::pdf
