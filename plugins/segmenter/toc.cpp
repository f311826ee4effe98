#include "toc.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

#include "heading_map.hpp"
#include "table_rows.hpp"
#include "text_util.hpp"
#include "titles.hpp"

namespace protokol::segmenter {
namespace {

constexpr std::string_view toc_headings[] = {
    "Indholdsfortegnelse", "Indholdsfortegnelse:", "Sagsoversigt", "Sagsoversigt:"};
// An entry or a title of the separate-block layout is a short line.
constexpr std::size_t max_entry_length = 240;

// "Indholdsfortegnelse åbent møde" over the open items' entries and
// "Indholdsfortegnelse lukket møde" over the closed ones (Region Sjælland):
// a heading of the table that names the part it lists. The part, or none.
part_divider part_of_toc_heading(std::string_view text) {
  text = trim(text);
  for (const std::string_view heading :
       {std::string_view("Indholdsfortegnelse "), std::string_view("Sagsoversigt ")}) {
    if (!starts_with_ci(text, heading)) continue;
    const part_divider part = part_divider_of(text.substr(heading.size()));
    if (part == part_divider::open || part == part_divider::closed) return part;
  }
  return part_divider::none;
}

bool is_toc_heading(std::string_view text) {
  return equals_ci_any(text, toc_headings) || part_of_toc_heading(text) != part_divider::none;
}

// Headings of a table of contents only when entries follow them: "Indhold"
// is also a section heading inside items (Ballerup).
constexpr std::string_view short_toc_headings[] = {"Indhold", "Indhold:", "Indholdsliste"};

bool is_short_toc_heading(std::string_view text) {
  return equals_ci_any(trim(text), short_toc_headings);
}

// The column heads of a table set as a table: "Pkt. Tekst Side" (a table
// of contents), "Punkt Titel" (an agenda page's items).
enum class column { number, title, page, case_number, rule };
struct column_word {
  std::string_view word;
  column kind;
};
// Each word in lower case (column_heads compares ignoring case).
constexpr column_word column_words[] = {
    {"pkt.", column::number},        {"pkt", column::number},
    {"punkt", column::number},       {"nr.", column::number},
    {"nr", column::number},          {"sag", column::number},
    {"tekst", column::title},        {"titel", column::title},
    {"emne", column::title},         {"overskrift", column::title},
    {"side", column::page},          {"sider", column::page},
    {"sidenummer", column::page},    {"sagsnr.", column::case_number},
    {"sagsnr", column::case_number}, {"|", column::rule}};

// The kinds of column a row of column heads names; nullopt when a word of
// `text` is no column head.
struct column_kinds {
  std::size_t words = 0;
  bool number = false;
  bool title = false;
  bool page = false;
};
std::optional<column_kinds> column_heads(std::string_view text) {
  column_kinds out;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = text.find_first_not_of(" \t", pos);
    if (start == std::string_view::npos) break;
    const std::size_t end = std::min(text.find_first_of(" \t", start), text.size());
    const std::string_view word = text.substr(start, end - start);
    pos = end;
    // The heads are in lower case: equals_ci folds as to_lower would, with
    // no copy of the word.
    const auto* head = std::find_if(std::begin(column_words), std::end(column_words),
                                    [&](const column_word& w) { return equals_ci(word, w.word); });
    if (head == std::end(column_words)) return std::nullopt;
    out.number = out.number || head->kind == column::number;
    out.title = out.title || head->kind == column::title;
    out.page = out.page || head->kind == column::page;
    ++out.words;
  }
  return out;
}

// "Side" alone over the page numbers, under the table's heading
// (Helsingør's "Sagsoversigt" over "Side" over "01." over "Title ....3").
bool is_page_column_head(std::string_view text) {
  const auto heads = column_heads(text);
  return heads && heads->page && heads->words == 1;
}

bool is_column_row(std::string_view text) {
  const auto heads = column_heads(text);
  return heads && heads->page && heads->words >= 2 && heads->words <= 6;
}

// "Indhold" over "1<tab>Godkendelse af dagsorden<tab>2" (a column row may
// stand between).
bool heads_entries(const std::vector<line>& lines, std::size_t i, std::size_t limit) {
  if (!is_short_toc_heading(lines[i].text)) return false;
  std::size_t next = next_content(lines, i + 1, limit);
  if (next < limit && is_column_row(lines[next].text)) next = next_content(lines, next + 1, limit);
  std::string_view title;
  bool leaders = false;
  return next < limit && split_toc_line(lines[next].text, title, leaders);
}

bool all_digits(std::string_view s) {
  if (s.empty() || s.size() > 4) return false;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool ends_with_str(std::string_view s, std::string_view tail) { return s.ends_with(tail); }

// "| Pkt. | Titel | Side |" over "|---|---|---|": the head of a contents
// table kept as a markdown table.
bool is_pipe_table_head(std::string_view text) {
  if (is_table_rule_line(text)) return true;
  std::string heads;
  for (const std::string_view cell : cells_of(text)) {
    if (!heads.empty()) heads += ' ';
    heads += cell;
  }
  return !heads.empty() && is_column_row(heads);
}

// "| 3. | Salg af bygning | 4 |", "| Salg af bygning | 4 |": a contents
// table kept as a markdown table (a converter's text of a Word table), the
// entry's number, title and page in cells of their own. `title` is the
// entry as a line would give it ("3. Salg af bygning"); false for a row
// whose last cell is no page number.
bool pipe_row_entry(std::string_view text, std::string& title) {
  std::vector<std::string_view> cells = cells_of(text);
  while (!cells.empty() && cells.back().empty()) cells.pop_back();
  if (cells.size() < 2 || !all_digits(cells.back())) return false;
  cells.pop_back();  // the page
  title.clear();
  if (const std::string_view number = leading_digits(cells.front());
      cells.size() >= 2 && !number.empty() && trim_end(cells.front(), ".)") == number) {
    title = number;
    title += ". ";
    cells.erase(cells.begin());
  }
  bool words = false;
  for (const std::string_view cell : cells) {
    if (cell.empty()) continue;
    if (words) title += ' ';
    title += cell;
    words = words || !all_digits(cell);
  }
  return words;
}

// A cut entry may end in this many bytes of a broken word.
constexpr std::size_t max_broken_tail = 8;
constexpr std::size_t min_cut_head = 12;

// A table without page numbers lists at least this many items.
constexpr std::size_t min_numberless_entries = 2;

toc_entry make_entry(std::string_view title, std::size_t line, bool cut) {
  toc_entry e;
  e.cut = cut;
  bool closed = false;
  // "3. Lukket punkt: Køb af ejendom ..... 3": the entry names the item by
  // its number and title without the marker, as the item's heading gives it.
  const std::string_view digits = leading_digits(title);
  const std::size_t number = digits.size();
  const bool labelled = number > 0 && number + 1 < title.size() &&
                        (title[number] == '.' || title[number] == ')') && title[number + 1] == ' ';
  const std::string_view label = labelled ? title.substr(0, number + 2) : std::string_view();
  if (labelled) e.number = digits_value(digits);
  const std::string_view rest = strip_closed_markers(title.substr(label.size()), closed);
  std::string unmarked(label);
  unmarked += rest;
  title = unmarked;
  e.title = collapse_blanks(title);
  e.key = title_key(title);
  e.closed = closed;
  e.line = line;
  return e;
}

// "02." alone on its line over "Godkendelse af dagsorden ....4" (pdftotext
// of Helsingør's "Sagsoversigt", the number in a column of its own).
bool is_bare_item_number(std::string_view text) {
  text = trim(text);
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  return digits >= 1 && digits <= 3 && text.size() == digits + 1 &&
         (text.back() == '.' || text.back() == ')');
}

// `next` continues the wrapped title `previous`: the entries are numbered
// ("3. Tillæg ...", or the number alone) and `next` is not, or `previous`
// ends in a broken word.
bool continues(std::string_view previous, std::string_view next) {
  if (starts_with_item_label(next)) return false;
  return starts_with_item_label(previous) || is_bare_item_number(previous) ||
         previous.ends_with("-");
}

// Line `i` and the entry line after it are one entry wrapped over two
// lines: "Pkt. 2 Forslag til spildevandsplan for" / "Jammerbugt Kommune....3".
bool wraps_onto_entry(const std::vector<line>& lines, std::size_t i, std::size_t limit) {
  const std::size_t next = next_content(lines, i + 1, limit);
  std::string_view title;
  bool leaders = false;
  return next < limit && split_toc_line(lines[next].text, title, leaders) &&
         continues(lines[i].text, title);
}

// "Til behandling - for åbne døre" between "90. Dallund Slot ..... 2" and
// "91. Klage ..... 3": a heading over a group of the table's entries, not
// its end.
bool heads_group(const std::vector<line>& lines, std::size_t i, std::size_t limit) {
  if (starts_with_item_label(lines[i].text)) return false;
  const std::size_t next = next_content(lines, i + 1, limit);
  std::string_view title;
  bool leaders = false;
  return next < limit && split_toc_line(lines[next].text, title, leaders) &&
         starts_with_item_label(title);
}

}  // namespace

bool is_item_column_row(std::string_view text) {
  // "Punkt Titel", "Nr. Emne": short, starting with a number's column head;
  // "| Nr. | Titel | Sagsnr. |" (a Word table over each item, as a row).
  constexpr std::size_t max_row = 40;
  if (text.starts_with('|')) text = trim(text.substr(1));
  if (text.size() > max_row || text.empty()) return false;
  const char c = static_cast<char>(text[0] | 0x20);
  if (c != 'p' && c != 'n' && c != 's') return false;
  const auto heads = column_heads(text);
  return heads && heads->number && heads->title && !heads->page;
}

bool entry_matches(const toc_entry& entry, std::string_view item_key) {
  if (keys_match(entry.key, item_key)) return true;
  if (!entry.cut) return false;
  const std::size_t space = entry.key.rfind(' ');
  if (space == std::string::npos) return false;
  const std::string_view head = std::string_view(entry.key).substr(0, space + 1);
  return entry.key.size() - head.size() <= max_broken_tail && head.size() >= min_cut_head &&
         item_key.size() > head.size() && item_key.starts_with(head);
}

bool split_toc_line(std::string_view text, std::string_view& title, bool& leaders) {
  text = trim(text);
  if (text.size() > max_entry_length) return false;
  std::size_t end = text.size();
  std::size_t digits = 0;
  while (end > 0 && text[end - 1] >= '0' && text[end - 1] <= '9' && digits < 5) {
    --end;
    ++digits;
  }
  // Front matter paged in lowercase roman numerals ("Dallund Slot.....ii"):
  // taken only after leader dots (below), never after a word ("Punkt iv").
  const bool roman = digits == 0;
  while (roman && end > 0 &&
         std::string_view("ivxlc").find(text[end - 1]) != std::string_view::npos && digits < 7) {
    --end;
    ++digits;
  }
  if (roman && end > 0 && text[end - 1] != ' ' && text[end - 1] != '.' && text[end - 1] != '\t')
    return false;
  if (digits == 0 || (!roman && digits > 4) || end == 0) return false;
  // Between title and page number: a tab, a run of leader dots or an
  // ellipsis, or a wide gap of spaces.
  std::size_t sep = end;
  bool tab = false;
  std::size_t dots = 0;
  std::size_t spaces = 0;
  while (sep > 0) {
    const char c = text[sep - 1];
    if (c == '\t') {
      tab = true;
    } else if (c == ' ') {
      ++spaces;
    } else if (c == '.') {
      ++dots;
    } else if (sep >= 3 && ends_with_str(text.substr(0, sep), "…")) {
      dots += 3;
      sep -= 2;
    } else {
      break;
    }
    --sep;
  }
  if (!tab && dots < 2 && spaces < 2) return false;
  if (roman && dots < 2) return false;
  leaders = dots >= 2;
  title = trim_end(text.substr(0, sep), ".…");
  if (title.empty() || all_digits(title)) return false;
  return true;
}

toc parse_toc(const std::vector<line>& lines, std::size_t limit) {
  toc out;
  std::size_t i = 0;
  std::string_view title;
  bool leaders = false;
  for (; i < limit; ++i) {
    const line& l = lines[i];
    if (l.blank || l.furniture) continue;
    if (is_toc_heading(l.text) || heads_entries(lines, i, limit)) break;
    if (split_toc_line(l.text, title, leaders)) break;
    if (is_section_heading(l.text)) return out;
  }
  if (i >= limit) return out;
  out.begin = i;
  out.end = i + 1;
  bool closed_part = part_of_toc_heading(lines[i].text) == part_divider::closed;
  if (is_toc_heading(lines[i].text) || is_short_toc_heading(lines[i].text)) ++i;
  // Titles without page numbers wait here until a block of page numbers
  // shows they were entries (pdftotext puts titles and numbers apart).
  struct pending_title {
    std::size_t line;
    std::string text;
  };
  std::vector<pending_title> pending;
  std::size_t numbers = 0;
  const auto add = [&](toc_entry e) {
    e.closed = e.closed || closed_part;
    out.entries.push_back(std::move(e));
  };
  for (; i < limit; ++i) {
    const line& l = lines[i];
    if (l.blank || l.furniture) continue;
    if (out.entries.empty() && pending.empty() &&
        (is_column_row(l.text) || is_page_column_head(l.text) || is_pipe_table_head(l.text)))
      continue;
    if (pending.empty()) {
      // The table lists the closed part under a divider, as the minutes do,
      // or under a heading of its own ("Indholdsfortegnelse lukket møde").
      part_divider d = part_divider_of(l.text);
      if (d == part_divider::none) d = part_of_toc_heading(l.text);
      if (d != part_divider::none) {
        if (d != part_divider::supplement) closed_part = d == part_divider::closed;
        continue;
      }
    }
    if (std::string row_title; pending.empty() && pipe_row_entry(l.text, row_title)) {
      // "| Lukkede punkter | 4 |": the closed part's row, with its page.
      if (const part_divider d = part_divider_of(row_title); d != part_divider::none) {
        if (d != part_divider::supplement) closed_part = d == part_divider::closed;
      } else {
        add(make_entry(row_title, i, false));
        out.end = i + 1;
      }
      numbers = 0;
      continue;
    }
    if (split_toc_line(l.text, title, leaders)) {
      if (numbers == 0 && !pending.empty() && continues(pending.back().text, title)) {
        // "3. Tillæg ... for et nyt erhvervs-" above "område ved Hinnerup Vej....3".
        join_title_line(pending.back().text, title);
        add(make_entry(pending.back().text, pending.back().line, !leaders));
      } else {
        add(make_entry(title, i, !leaders));
      }
      pending.clear();
      numbers = 0;
      out.end = i + 1;
      continue;
    }
    if (all_digits(l.text)) {
      if (pending.empty()) {
        if (numbers > 0) out.end = i + 1;
        continue;
      }
      ++numbers;
      if (numbers >= pending.size()) {
        for (const auto& p : pending) add(make_entry(p.text, p.line, false));
        pending.clear();
        out.end = i + 1;
      }
      continue;
    }
    if (numbers > 0 && !pending.empty()) break;  // numbers ran out before the titles did
    if (l.text.size() > max_entry_length || is_section_heading(l.text)) break;
    if (!pending.empty() && continues(pending.back().text, l.text)) {
      join_title_line(pending.back().text, l.text);  // a title wrapped in the block of titles
      continue;
    }
    // Items follow the table: stop once a title repeats an entry.
    const std::string key = title_key(l.text);
    bool repeats = false;
    for (const auto& e : out.entries) repeats = repeats || entry_matches(e, key);
    if (repeats) break;
    // "101. Godkendelse af dagsorden" ... "103. Køb af ejendom" with no page
    // numbers (a web page's or Word's table of the items), then the items:
    // "Pkt. 101 Godkendelse af dagsorden" repeats the first title, so the
    // titles were the table's entries.
    if (numbers == 0 && pending.size() >= min_numberless_entries &&
        entry_matches(make_entry(pending.front().text, pending.front().line, false), key)) {
      for (const auto& p : pending) add(make_entry(p.text, p.line, false));
      out.end = pending.back().line + 1;
      pending.clear();
      break;
    }
    if (!out.entries.empty() && pending.empty() && numbers == 0 && heads_group(lines, i, limit))
      continue;
    if (!out.entries.empty() && pending.empty() && numbers == 0 && !is_bare_item_number(l.text) &&
        !wraps_onto_entry(lines, i, limit)) {
      // After "Title....3" entries, the first plain line ends the table,
      // unless it is the first half of an entry wrapped over two lines or
      // the number of the next entry on a line of its own.
      break;
    }
    // "." alone (an empty list's bullet under "Indholdsfortegnelse"): no
    // title, so the item number under it is no page number of one ("01."
    // alone is an entry's number, joined to its title below).
    if (std::none_of(l.text.begin(), l.text.end(), [](char c) {
          return std::isalnum(static_cast<unsigned char>(c)) ||
                 static_cast<unsigned char>(c) >= 0x80;
        }))
      continue;
    pending.push_back({i, std::string(l.text)});
    numbers = 0;
  }
  out.found = !out.entries.empty();
  return out;
}

}  // namespace protokol::segmenter
