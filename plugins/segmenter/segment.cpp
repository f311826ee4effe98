#include "segment.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "danish/dates.hpp"
#include "danish/text.hpp"
#include "header.hpp"
#include "heading_map.hpp"
#include "item_body.hpp"
#include "item_headings.hpp"
#include "lines.hpp"
#include "numbers.hpp"
#include "run_on.hpp"
#include "stray_closed.hpp"
#include "table_rows.hpp"
#include "text_util.hpp"
#include "titles.hpp"
#include "toc.hpp"

namespace protokol::segmenter {

using danish::find_date;
namespace {

// The table of contents stands near the top; do not look further.
constexpr std::size_t toc_search_lines = 600;

// Items a layout without item numbers found, numbered 1-N in their order:
// where a list above the first one (the table of contents, "Pkt. Tekst
// Side" over "3 Årsregnskab 2016 10") gives every one of them, in that
// order, its number before the same title, they take those numbers. False
// when it does not.
bool take_listed_numbers(const std::vector<line>& lines, std::vector<item_candidate>& items) {
  std::vector<unsigned> numbers;
  std::size_t next = 0;  // the list is in the items' order
  for (const item_candidate& c : items) {
    const std::string_view title = trim(c.title);
    if (title.empty()) return false;
    std::optional<unsigned> listed;
    for (; next < items.front().line && !listed; ++next) {
      const std::string_view t = lines[next].text;
      const std::string_view digits = leading_digits(t);
      if (digits.empty()) continue;
      // "3 Årsregnskab 2016 10" (its page after it) or "3 Årsregnskab 2016".
      const std::string_view rest = trim(trim_end(t.substr(digits.size()), "."));
      if (rest.size() >= title.size() && starts_with_ci(rest, title)) listed = digits_value(digits);
    }
    if (!listed) return false;
    numbers.push_back(*listed);
  }
  for (std::size_t i = 0; i < items.size(); ++i) items[i].number = numbers[i];
  return true;
}

// Headings never count as running headers, however often they repeat.
bool source_without_furniture(std::string_view format) {
  return format == "pdf" || format == "docx" || format == "html";
}

bool protected_line(std::string_view text) {
  line l;
  l.text = text;
  return is_section_heading(text) || match_item_heading(l).has_value();
}

// A web page's footer starts at line `i`: a paragraph of its own, and no
// section heading of the item under it (a line of the item's text that
// reads like one must not cut its decision off).
bool page_footer_starts(const std::vector<line>& lines, std::size_t i, std::size_t bound) {
  if (i == 0 || !lines[i - 1].blank || !is_page_footer_line(lines[i].text)) return false;
  for (std::size_t j = i + 1; j < bound; ++j)
    if (!lines[j].blank && is_section_heading(lines[j].text)) return false;
  return true;
}

// When each item starts a page, the items' last and first lines stand at
// every page break, as running headers and footers do; these are the
// items' own: a sentence ("Godkendt."), an attendance label ("Afbud: X
// (V)"), an open or closed marker or a part divider.
bool item_line_at_page_edge(std::string_view text) {
  return protected_line(text) || trim(text).ends_with('.') || is_attendance_label_line(text) ||
         is_closed_line(text) || is_open_line(text) || part_divider_of(text) != part_divider::none;
}

// A line next to a page break that names the meeting's date ("Byrådet -
// ekstraordinært møde 20.06.2024") is a running header or footer even when
// it stands there once: a two-page document has a single break, too few to
// tell furniture by repetition.
void mark_dated_page_lines(std::vector<line>& lines, const std::string& meeting_date) {
  constexpr std::size_t max_header = 80;
  if (meeting_date.empty()) return;
  const auto page_number = [&](std::size_t i) {
    return lines[i].furniture && is_page_number_line(lines[i].text);
  };
  const auto check = [&](std::size_t i) {
    const std::string_view t = lines[i].text;
    if (lines[i].furniture || t.size() > max_header || t.ends_with(".") || protected_line(t))
      return;
    if (find_date(t).iso == meeting_date) lines[i].furniture = true;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const bool number = page_number(i);
    if (!lines[i].page_break && !number) continue;
    std::size_t after = number ? i + 1 : i;
    while (after < lines.size() && (lines[after].blank || page_number(after))) ++after;
    if (after < lines.size()) check(after);
    for (std::size_t before = i; before > 0;) {
      --before;
      if (lines[before].blank || page_number(before)) continue;
      check(before);
      break;
    }
  }
}

// "Økonomiudvalget tirsdag den 21. april 2009" at the top of every page of
// text that lost its page numbers (a document site's copy of a PDF): a
// line of the committee's name and the meeting's date that stands twice or
// more, word for word, below the header is a running header, not text.
// ("Økonomiudvalgets beslutning i mødet den ..." and "- Udvalget den ..."
// under a decision heading say who decided.)
void mark_repeated_dated_lines(std::vector<line>& lines, std::size_t header_end,
                               const meeting_info& meeting) {
  constexpr std::size_t max_header = 80;
  if (meeting.date.empty() || meeting.committee.empty()) return;
  const auto candidate = [&](const line& l) {
    const std::string_view t = l.text;
    if (l.blank || l.furniture || t.size() > max_header || t.ends_with(".") ||
        t.size() <= meeting.committee.size() || !t.starts_with(meeting.committee))
      return false;
    const char after = t[meeting.committee.size()];  // a blank or mark, not "s"
    return after == ' ' || after == ',' || after == '-' || after == ':';
  };
  std::unordered_map<std::string_view, std::size_t> seen;
  for (std::size_t i = header_end; i < lines.size(); ++i) {
    if (candidate(lines[i])) ++seen[lines[i].text];
  }
  for (std::size_t i = header_end; i < lines.size(); ++i) {
    if (!candidate(lines[i])) continue;
    const auto it = seen.find(lines[i].text);
    if (it->second < 2 || protected_line(it->first) || find_date(it->first).iso != meeting.date)
      continue;
    lines[i].furniture = true;
  }
}

// "1. Godkendelse af dagsorden (B)" over "1.     Godkendelse af dagsorden
// (B)" with only blank lines between (Stevns' pages: a link to the item,
// then its heading): the heading said twice is one heading, the second; the
// first is no text of the item above.
void mark_doubled_headings(std::vector<line>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank || lines[i].furniture || !starts_digit(lines[i].text)) continue;
    const std::size_t j = next_content(lines, i + 1, lines.size());
    if (j >= lines.size() || !starts_digit(lines[j].text)) continue;
    const auto a = match_item_heading(lines[i]);
    if (!a || a->title.empty()) continue;
    const auto b = match_item_heading(lines[j]);
    if (b && b->number == a->number && b->minor == a->minor &&
        title_key(b->title) == title_key(a->title))
      lines[i].furniture = true;
  }
}

// "Dagsorden", "Dagsorden - Økonomiudvalget": an agenda, no minutes
// ("Dagsorden med beslutninger", "Referat" are minutes).
bool names_an_agenda(std::string_view title) {
  return starts_with_ci(trim(title), "dagsorden") &&
         find_ci(title, "beslutning") == std::string_view::npos &&
         find_ci(title, "referat") == std::string_view::npos &&
         find_ci(title, "protokol") == std::string_view::npos;
}

// "Referat - lukket møde", "Lukket møde i Økonomiudvalget", "Fortroligt
// referat": a title that says the whole meeting was closed.
// "Referat af åbent og lukket møde" names both parts: no such title.
bool names_closed_meeting(std::string_view title) {
  static constexpr std::string_view phrases[] = {"lukket møde", "lukkede møde", "lukket referat",
                                                 "fortroligt referat", "fortroligt møde"};
  if (find_ci(title, "åben") != std::string_view::npos ||
      find_ci(title, "offentlig") != std::string_view::npos)
    return false;
  return std::any_of(std::begin(phrases), std::end(phrases), [&](std::string_view p) {
    return find_ci(title, p) != std::string_view::npos;
  });
}

// A marker on the last line of an item's region, just above the next
// heading: a part divider ("LUKKET MØDE": every item below is closed; "Til
// behandling - for åbne døre": open again) or, after some body of the item's
// own, the next item's marker ("Lukket punkt" or "Åbent punkt" above "3.
// Personalesag"). None belongs to the item above.
struct closed_marker {
  std::size_t line;
  bool part;           ///< says what every item below is, not just the next
  bool closes;         ///< false for an open marker ("Åbent punkt", "Åbent møde")
  bool keeps = false;  ///< a part divider that leaves open or closed as it was ("Tillægsdagsorden")
  bool group = false;  ///< a lettered group of items ("B. Sager til orientering")
};

std::optional<closed_marker> marker_above_next(const std::vector<line>& lines, std::size_t from,
                                               std::size_t bound) {
  const auto content = [&](std::size_t i) { return !lines[i].blank && !lines[i].furniture; };
  std::size_t last = bound;
  for (std::size_t i = bound; i > from;) {
    if (content(--i)) {
      last = i;
      break;
    }
  }
  if (last == bound) return std::nullopt;
  if (const part_divider d = part_divider_of(lines[last].text); d != part_divider::none)
    return closed_marker{last, true, d == part_divider::closed, d == part_divider::supplement};
  // "B. Sager til orientering": the next items' group, open or closed as
  // its words say ("C. Lukkede punkter"), else as before (see the loop below).
  if (is_lettered_group_line(lines[last].text)) {
    const part_divider d =
        part_divider_of(lines[last].text.substr(group_label_length(lines[last].text)));
    return closed_marker{last, true, d == part_divider::closed,
                         d == part_divider::none || d == part_divider::supplement, true};
  }
  // A marker that is all of the item's body is its own, under its heading;
  // a sentence ("Punktet er ikke offentligt.") always speaks of its own item.
  if (speaks_of_its_own_item(lines[last].text)) return std::nullopt;
  const bool closes = is_closed_line(lines[last].text);
  if (!closes && !is_open_line(lines[last].text)) return std::nullopt;
  for (std::size_t i = from; i < last; ++i)
    if (content(i)) return closed_marker{last, false, closes};
  return std::nullopt;
}

// A time on the line: "kl." as a word, a digit after it ("Klostergade"
// holds no time, review 40).
bool carries_time(std::string_view t) {
  for (std::size_t at = find_ci(t, "kl"); at != std::string_view::npos;
       at = find_ci(t, "kl", at + 1))
    if ((at == 0 || t[at - 1] == ' ') &&
        (at + 2 == t.size() || t[at + 2] == '.' || t[at + 2] == ' ' || t[at + 2] == ':') &&
        t.substr(at).find_first_of("0123456789") != std::string_view::npos)
      return true;
  return false;
}

// "Åbent møde kl. 16.00" over "Lukket møde kl. 17.30" ending the header:
// the meeting's parts scheduled, no divider over item 1 (trial BD). Only
// with both times: "Dagsorden - åbent møde" over "Lukket møde" over item 1
// may be an empty open part, and a closed item published is the harm to
// avoid (review 36).
bool schedules_the_parts(const std::vector<line>& lines, std::size_t closed_line) {
  if (!carries_time(lines[closed_line].text)) return false;
  for (std::size_t i = closed_line; i > 0;) {
    if (lines[--i].blank || lines[i].furniture) continue;
    return part_divider_of(lines[i].text) == part_divider::open && carries_time(lines[i].text);
  }
  return false;
}

// "Dagsorden - lukket møde" as the page's first line or under "Referat"
// (review 36), or further down as the header's only part line when it names
// the meeting or its agenda ("Lukket møde", "Lukket dagsorden", review 37):
// the minutes of a closed meeting, every item closed, when no other part's
// line stands in the header. Another group's line (NemAgenda's "LUKKEDE
// SAGER" listed among the groups) is read by marker_above_next only where it
// ends the header.
bool opens_with_closed_part(const std::vector<line>& lines, std::size_t end, const toc& contents) {
  constexpr std::size_t first_lines = 3;
  // Another meeting's line with its time: "Byrådsmøde kl. 17.00", never a
  // field ("Mødetidspunkt: kl. 15.00") nor a sentence ("X forlod mødet kl.
  // 17.15", review 40).
  const auto other_meeting = [&](std::string_view t) {
    constexpr std::string_view meeting_word = "møde";
    const std::string_view first = t.substr(0, t.find(' '));
    return first.size() > meeting_word.size() &&
           equals_ci(first.substr(first.size() - meeting_word.size()), meeting_word) &&
           carries_time(t);
  };
  // "Lukket møde torsdag den 14. marts 2024 kl. 16.30", "Økonomiudvalget -
  // lukket møde den ...": a line that says the meeting is closed, more than
  // a divider's words (review 39).
  const auto says_closed_meeting = [](std::string_view t) {
    return may_mark_closed(t) && (starts_with_ci(t, "lukket møde") ||
                                  find_ci(t, "- lukket møde") != std::string_view::npos);
  };
  std::size_t seen = 0;
  std::size_t closed_at = end;       // the closed part's line
  std::size_t closed_seen = 0;       // content lines before it
  bool other_timed_meeting = false;  // "Byrådsmøde kl. 17.00" beside it: a schedule
  for (std::size_t i = 0; i < end; ++i) {
    if (lines[i].blank || lines[i].furniture || contents.holds(i)) continue;
    const std::string_view t = lines[i].text;
    part_divider d = part_divider_of(t);
    if (d == part_divider::none && says_closed_meeting(t)) d = part_divider::closed;
    if (d != part_divider::none) {
      if (d != part_divider::closed || closed_at != end) return false;
      closed_at = i;
      closed_seen = seen;
    } else if (other_meeting(t)) {
      other_timed_meeting = true;
    }
    ++seen;
  }
  if (closed_at == end) return false;
  const std::string_view t = lines[closed_at].text;
  // "Lukket møde kl. 16.00" over "Byrådsmøde kl. 17.00": a schedule, the
  // items may be the open meeting's (review 38); alone it is the meeting's
  // (review 39).
  // A line that names the open meeting in words ("Lukket møde: kl. 19.00
  // (efter det åbne møde)") still closes: the file may hold the closed
  // meeting's items only (review 40).
  if (carries_time(t) && other_timed_meeting) return false;
  return closed_seen < first_lines || find_ci(t, "møde") != std::string_view::npos ||
         find_ci(t, "dagsorden") != std::string_view::npos;
}

// Minutes (not an agenda) that print each item's decision right under its
// title and no section heading anywhere ("1. Title" over "Forslaget
// vedtaget."): that lone text is the decision. The scan stops at the first
// section heading, which most documents show within their first item.
bool lone_text_decides(const std::vector<line>& lines, std::size_t first_item,
                       const meeting_info& m) {
  // The title or one of the first three lines of the header (a letterhead
  // and the committee may stand above "Beslutningsprotokol").
  constexpr std::size_t lead_lines = 3;
  const auto minutes = [](std::string_view s) {
    return find_ci(s, "referat") != std::string_view::npos ||
           find_ci(s, "protokol") != std::string_view::npos;
  };
  bool said = minutes(m.title);
  for (std::size_t i = 0, seen = 0; !said && i < first_item && seen < lead_lines; ++i) {
    if (lines[i].blank || lines[i].furniture) continue;
    ++seen;
    said = minutes(lines[i].text);
  }
  if (!said) return false;
  return std::none_of(lines.begin() + static_cast<std::ptrdiff_t>(first_item), lines.end(),
                      [](const line& l) { return !l.blank && is_section_heading(l.text); });
}

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

// Walks items and entries in order: an entry matches the next item whose
// title it names (cut-short entries match by prefix; a closed entry
// prefers a closed item). The entry of each item, npos for none.
std::vector<std::size_t> match_toc_entries(const toc& contents, const std::vector<item>& items) {
  std::vector<std::size_t> match(items.size(), std::string::npos);
  std::size_t next = 0;
  const auto& entries = contents.entries;
  if (entries.empty()) return match;
  for (std::size_t k = 0; k < items.size(); ++k) {
    const std::string key = title_key(items[k].title);
    for (int pass = 0; pass < 2 && match[k] == std::string::npos; ++pass) {
      for (std::size_t q = next; q < entries.size(); ++q) {
        if (entry_matches(entries[q], key) && (pass == 1 || entries[q].closed == items[k].closed)) {
          match[k] = q;
          next = q + 1;
          break;
        }
      }
    }
  }
  return match;
}

// "3. Ejendomssag .... 4" under "Lukkede punkter" in the table of contents,
// and "3. Køb af ejendom på Storegade 4" in the body: the titles differ, so
// no entry matched the item, but the closed entry's number names it. Only
// entries and items left unmatched are paired, and only ever to close.
void close_items_by_closed_entry_number(const toc& contents, const std::vector<std::size_t>& match,
                                        std::vector<item>& items) {
  std::vector<bool> matched(contents.entries.size(), false);
  for (const std::size_t q : match) {
    if (q != std::string::npos) matched[q] = true;
  }
  for (std::size_t q = 0; q < contents.entries.size(); ++q) {
    const toc_entry& e = contents.entries[q];
    if (matched[q] || !e.closed || e.number == 0) continue;
    for (std::size_t k = 0; k < items.size(); ++k) {
      if (match[k] == std::string::npos && digits_value(items[k].number) == e.number)
        items[k].closed = true;
    }
  }
}

// A row of a table of the items with a status column, above the items: "|
// 2 | Køb af ejendom | Lukket |", or "2. Køb af ejendom  Lukket" as the
// html reader writes a table row that starts with a number. False for
// anything else.
bool split_listed_item(std::string_view text, std::string_view& number, std::string_view& title,
                       std::string_view& status) {
  if (text.starts_with('|')) {
    const std::vector<std::string_view> cells = row_cells(text);
    if (cells.size() < 3) return false;
    number = trim_end(cells[0], ".");
    title = cells[1];
    status = cells.back();
    return true;
  }
  number = leading_digits(text);
  if (number.empty() || number.size() + 1 >= text.size()) return false;
  std::string_view rest = text.substr(number.size());
  if (rest.front() == '.' || rest.front() == ')') rest.remove_prefix(1);
  if (!rest.starts_with(' ') && !rest.starts_with('\t')) return false;
  rest = trim(rest);
  // The status stands apart by a tab or two blanks, as a column does.
  std::size_t gap = rest.rfind('\t');
  if (gap == std::string_view::npos) gap = rest.rfind("  ");
  if (gap == std::string_view::npos) return false;
  title = trim(rest.substr(0, gap));
  status = trim(rest.substr(gap));
  return !title.empty();
}

// The item of number `n` whose title `title` names ("Køb af ejendom" in a
// list of the items above them) is closed.
void close_listed_item(std::vector<item>& items, unsigned n, std::string_view title) {
  const std::string key = title_key(title);
  for (item& it : items) {
    if (digits_value(it.number) == n && keys_match(key, title_key(it.title))) it.closed = true;
  }
}

// "| 2 | Køb af ejendom | Lukket |" in a table of the items above them (a
// web page's overview, the privacy audit): the item of that number and
// title is closed, though its heading does not say so. Only ever closes.
void close_items_listed_closed(const std::vector<line>& lines, std::size_t header_end,
                               std::vector<item>& items) {
  for (std::size_t i = 0; i < header_end && i < lines.size(); ++i) {
    if (lines[i].blank || lines[i].furniture) continue;
    std::string_view number;
    std::string_view title;
    std::string_view status;
    if (!split_listed_item(trim(lines[i].text), number, title, status) || !is_closed_line(status))
      continue;
    const unsigned n = digits_value(number);
    if (n != 0) close_listed_item(items, n, title);
  }
}

// "Lukkede dagsordenspunkter" after the last open item with no item under
// it (a public copy without its closed items, Sbsys): the divider and the
// lines after it (a running header) are no text of that item.
bool ends_with_empty_closed_part(const std::vector<line>& lines, std::size_t i, std::size_t end) {
  constexpr std::size_t most_lines_after = 2;
  constexpr std::size_t max_divider = 64;
  const std::string_view t = lines[i].text;
  if (t.size() > max_divider || !may_mark_closed(t) || part_divider_of(t) != part_divider::closed)
    return false;
  std::size_t after = 0;
  for (std::size_t j = i + 1; j < end; ++j)
    if (!lines[j].blank && ++after > most_lines_after) return false;
  return true;
}

// PolWeb's item pages have no header: the meeting's date and place stand
// under each decision's heading ("Beslutning fra Integrationsrådet" over
// "Dato: 10. december 2015" and "Sted: Café Lulu, ..."). The last such block
// (earlier committees' decisions of the case come first, this meeting's
// last) fills what the header left empty, the heading's body the committee.
void take_meeting_facts_under_decisions(const std::vector<line>& lines, std::size_t from,
                                        meeting_info& meeting) {
  if (!meeting.date.empty() && !meeting.location.empty() && !meeting.committee.empty()) return;
  for (std::size_t i = lines.size(); i-- > from;) {
    if (lines[i].blank || !is_meeting_fact_line(lines[i].text)) continue;
    std::size_t above = i;
    while (above > from && (lines[above - 1].blank || is_meeting_fact_line(lines[above - 1].text)))
      --above;
    const heading_match heading =
        above == from ? heading_match{} : classify_heading(lines[above - 1].text);
    if (heading.kind != kind::decision) continue;
    // A block dated another day than the header's is another meeting's.
    std::string block_date;
    for (std::size_t j = above; j <= i; ++j)
      if (starts_with_ci(trim(lines[j].text), "dato:")) block_date = find_date(lines[j].text).iso;
    if (!meeting.date.empty() && !block_date.empty() && block_date != meeting.date) {
      i = above;
      continue;
    }
    // "Beslutning fra Integrationsrådet": the body whose meeting it is.
    constexpr std::string_view from_body = "Beslutning fra ";
    if (meeting.committee.empty() && starts_with_ci(heading.heading, from_body))
      meeting.committee =
          committee_from_title(std::string_view(heading.heading).substr(from_body.size()));
    for (std::size_t j = above;
         j < lines.size() && (lines[j].blank || is_meeting_fact_line(lines[j].text)); ++j) {
      const std::string_view t = trim(lines[j].text);
      if (lines[j].blank) continue;
      if (starts_with_ci(t, "dato:")) {
        if (meeting.date.empty()) meeting.date = find_date(t).iso;
      } else if (meeting.location.empty()) {
        meeting.location = std::string(trim(t.substr(std::string_view("sted:").size())));
      }
    }
    return;
  }
}

// "Lukkede dagsordenspunkter" over "3 Salg af areal" in the header's list of
// the items (Holstebro's Sbsys pages, whose contents have no page numbers
// and were not read as a table of contents): the item of that number and
// title is closed, though its heading does not say so. Only ever closes.
void close_items_under_closed_divider(const std::vector<line>& lines, std::size_t header_end,
                                      std::vector<item>& items) {
  // part_divider_of() folds a copy of the line: asked only of lines that
  // may close (their words' bytes), and in a closed part of the others.
  const auto may_close = may_mark_closed;
  bool closed_part = false;
  for (std::size_t i = 0; i < header_end && i < lines.size(); ++i) {
    if (lines[i].blank || lines[i].furniture) continue;
    // "- Lukkede dagsordenspunkter" over "- 4 Salg af bygning": the list as
    // a web page's bullets (trial BL).
    std::string_view t = trim(lines[i].text);
    t = trim(t.substr(danish::bullet_length(t)));
    if (!closed_part) {
      constexpr std::size_t max_divider = 64;  // part_divider_of's, with marks
      closed_part =
          t.size() <= max_divider && may_close(t) && part_divider_of(t) == part_divider::closed;
      continue;
    }
    if (!starts_digit(t)) {
      if (part_divider_of(t) == part_divider::open) closed_part = false;
      continue;
    }
    const std::string_view number = leading_digits(t, 4);
    std::string_view title = t.substr(number.size());
    if (title.starts_with('.')) title.remove_prefix(1);
    const unsigned n = digits_value(number);
    if (n != 0 && title.starts_with(' ')) close_listed_item(items, n, trim(title));
  }
}

// Every open part's divider spells "åb" (any case) or "offentlig".
bool may_open_part(std::string_view t) {
  return find_bytes(t, "åb") != std::string_view::npos ||
         find_bytes(t, "Å") != std::string_view::npos ||
         find_bytes(t, "ffentlig") != std::string_view::npos ||
         find_bytes(t, "FFENTLIG") != std::string_view::npos;
}

// "Lukket møde kl. 16.00" over "Byrådsmøde kl. 17.00" in the header, then
// items, then "ÅBENT MØDE" in the body: the items above the open part's
// divider are the closed part's (review 40).
void close_items_before_open_divider(const std::vector<line>& lines, std::size_t header_end,
                                     const toc& contents, std::vector<item>& items) {
  // The header's last part line names the closed part (never a table of
  // contents' group line: Egebjerg's "Til behandling - for lukkede døre").
  bool header_names_closed_part = false;
  for (std::size_t i = 0; i < header_end && i < lines.size(); ++i) {
    if (lines[i].blank || lines[i].furniture || contents.holds(i)) continue;
    const std::string_view t = trim(lines[i].text);
    // part_divider_of() folds a copy: asked only of lines with a part's bytes.
    if (!may_mark_closed(t) && !may_open_part(t)) continue;
    const part_divider d = part_divider_of(t);
    if (d == part_divider::open) header_names_closed_part = false;
    if (d == part_divider::closed || starts_with_ci(t, "lukket møde"))
      header_names_closed_part = true;
  }
  if (!header_names_closed_part) return;
  for (std::size_t i = header_end; i < lines.size(); ++i) {
    if (lines[i].blank || lines[i].furniture) continue;
    const std::string_view t = trim(lines[i].text);
    if (t.size() > 64 || starts_digit(t) || !may_open_part(t) ||
        part_divider_of(t) != part_divider::open)
      continue;
    for (item& it : items)
      if (it.start < lines[i].offset) it.closed = true;
    return;
  }
}

// "Dagsordenen blev godkendt. Punkt 3 behandles for lukkede døre." (item
// 1's decision, Aabenraa): the item named is closed (review 40).
void close_items_named_closed(std::vector<item>& items) {
  static const RE2 named(
      R"((?i)\b(?:punkt|pkt\.?)\s*(\d{1,4})\s+(?:behandles|blev behandlet|er)\s+(?:for\s+lukkede\s+døre|på\s+lukket\s+møde|i\s+lukket\s+møde|lukket)\b)");
  // Decisions only, and there only where "lukke" stands: most hold none.
  std::vector<std::string> numbers;
  for (const item& it : items) {
    for (const section& sec : it.sections) {
      if (sec.kind != kind::decision) continue;
      const std::string_view text = sec.text;
      if (find_bytes(text, "lukke") == std::string_view::npos &&
          find_bytes(text, "LUKKE") == std::string_view::npos)
        continue;
      re2::StringPiece number;
      for (re2::StringPiece input(text.data(), text.size());
           RE2::FindAndConsume(&input, named, &number);)
        numbers.emplace_back(number.data(), number.size());
    }
  }
  for (item& it : items)
    if (std::find(numbers.begin(), numbers.end(), it.number) != numbers.end()) it.closed = true;
}

// Every item without an entry and every entry without an item is a warning;
// the signature page's entry ("Underskriftsside ... 7") heads no item.
void check_toc(const toc& contents, const std::vector<item>& items,
               const std::vector<std::size_t>& match, std::vector<std::string>& warnings) {
  std::size_t next = 0;
  const auto& entries = contents.entries;
  const auto entries_without_item = [&](std::size_t from, std::size_t to) {
    for (std::size_t q = from; q < to; ++q) {
      if (is_signature_page_line(entries[q].title)) continue;
      warnings.push_back("segment: table of contents entry " + quoted(entries[q].title) +
                         " has no item");
    }
  };
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (match[k] == std::string::npos) {
      warnings.push_back("segment: item " + items[k].number + " " + quoted(items[k].title) +
                         " is not in the table of contents");
      continue;
    }
    entries_without_item(next, match[k]);
    next = match[k] + 1;
  }
  entries_without_item(next, entries.size());
}

void check_numbering(const std::vector<item_candidate>& headings,
                     std::vector<std::string>& warnings) {
  for (std::size_t k = 1; k < headings.size(); ++k) {
    const item_candidate& a = headings[k - 1];
    const item_candidate& b = headings[k];
    // "3.2" follows "3.1"; "4.1" follows any item of group 3; "2a" follows
    // "2" and "2b" "2a" (insert_suffixed_items chose them so), "3" both.
    const bool follows = b.suffix != 0  ? true
                         : b.minor == 0 ? b.number == a.number + 1
                                        : (b.number == a.number && b.minor == a.minor + 1) ||
                                              (b.number == a.number + 1 && b.minor == 1);
    if (!follows)
      warnings.push_back("segment: item numbers jump from " + a.label() + " to " + b.label());
  }
}

// The minute-taker's line `i` signs the minutes off when at most a few short
// lines follow it up to `bound` (a signature, a page's buttons): with more,
// a sentence or a section heading, it is the item's own text ("3. Eventuelt" over "Ref.
// Lokalplanudvalget" over the item's sentence; a closed item's, whose text
// would belong to no item and be no longer withheld).
bool signs_off(const std::vector<line>& lines, std::size_t i, std::size_t bound) {
  constexpr std::size_t most_lines = 3;
  constexpr std::size_t longest_line = 60;
  std::size_t after = 0;
  for (std::size_t k = i + 1; k < bound; ++k) {
    if (lines[k].blank || lines[k].furniture) continue;
    if (++after > most_lines || lines[k].text.size() > longest_line ||
        lines[k].text.ends_with('.') || is_section_heading(lines[k].text))
      return false;
  }
  return true;
}

// "447. Whistleblowerordning" over "Whistleblowerordning" over
// "Sagsfremstilling": the title said again under the heading, after the
// case's numbers or not (Prepare and Acadre exports; a web page's folded
// heading over its opened text), is the heading again, no text of the item.
void drop_repeated_title(item& it) {
  if (it.sections.empty() || it.title.empty()) return;
  const section& first = it.sections.front();
  if (first.kind == kind::body && first.heading.empty() && first.text.size() >= it.title.size() &&
      collapse_blanks(first.text) == it.title)
    it.sections.erase(it.sections.begin());
}

// The title's words from `in_title` on, which stand at offset `at` of the
// text, become the item's decision section (first: they come before any
// text below), and the title what stands before them, without its ":" or
// "." ("?" stays: the question is the title).
void move_title_tail_to_decision(item& it, std::size_t in_title, std::size_t at) {
  section s;
  s.kind = kind::decision;
  s.text = std::string(trim(std::string_view(it.title).substr(in_title)));
  s.start = at;
  s.end = at + s.text.size();
  it.decision = s.text;
  // "Personalesag (Lukket): Søren Kjær er opsagt": the marker now ends the
  // title, and closes the item (its text is withheld in public runs).
  bool closed = false;
  const std::string_view title =
      trim_end(trim(std::string_view(it.title).substr(0, in_title)), ":.");
  it.title = std::string(strip_closed_markers(title, closed));
  it.closed = it.closed || closed;
  it.sections.insert(it.sections.begin(), std::move(s));
}

// "1.Godkendelse af dagsorden: Godkendt", "3. Driftsrapport: Intet" (a
// waterworks' or a village council's page): the outcome after a one-line
// title's colon is the item's decision, when its body holds none.
void take_outcome_from_title(const line& heading, bool agenda, item& it) {
  if (!it.decision.empty() || agenda) return;  // an agenda decides nothing yet
  const std::size_t at = outcome_after_colon(it.title);
  if (at == std::string::npos) return;
  const std::string_view outcome = trim(std::string_view(it.title).substr(at));
  const std::string_view text = heading.text;
  const bool in_raw = text.data() >= heading.raw.data() &&
                      text.data() + text.size() <= heading.raw.data() + heading.raw.size();
  if (!in_raw || !text.ends_with(outcome)) return;
  move_title_tail_to_decision(it, it.title.size() - outcome.size(),
                              heading.offset +
                                  static_cast<std::size_t>(text.data() - heading.raw.data()) +
                                  text.size() - outcome.size());
}

// A page of a small body's minutes that writes each item's text on its
// title's line ("2. Meddelelser fra formanden: De digitale registreringer
// forventes klar ...", a waterworks): when half of the items or more have no
// text below their title, and at least three of them a sentence on their
// title's line (text_after_title), that sentence is each such item's text, a
// decision section, and the title what stands before it. One item so is a
// title with a colon.
void split_titles_from_their_text(const std::vector<line>& lines, std::string_view text,
                                  bool agenda, std::vector<item>& items) {
  constexpr std::size_t min_items = 3;
  if (agenda) return;
  struct candidate {
    item* it;
    std::size_t in_title;  ///< where the text starts in the title (text_after_title)
    std::size_t at;        ///< offset of the text in `text`
  };
  std::vector<candidate> found;
  std::size_t bodiless = 0;
  for (item& it : items) {
    if (!it.sections.empty()) continue;
    ++bodiless;
    // A closed item's too: its text is then withheld, never public in its title.
    if (it.title.empty()) continue;
    const std::size_t in_title = text_after_title(it.title);
    if (in_title == std::string::npos) continue;
    const std::string_view rest = std::string_view(it.title).substr(in_title);
    // The heading's line holds the title as written: find its rest there.
    const std::size_t l = line_at(lines, it.start);
    if (l == lines.size() || !lines[l].text.ends_with(rest)) continue;
    const std::string_view heading = lines[l].text;
    found.push_back(
        {&it, in_title,
         static_cast<std::size_t>(heading.data() - text.data()) + heading.size() - rest.size()});
  }
  // Minutes' text holds sentences; an agenda's titles with a colon do not
  // ("Lokalplan nr. 45: Boligområde ved Skovvej", a page the title does not
  // call an agenda).
  const auto sentences = std::count_if(found.begin(), found.end(), [](const candidate& c) {
    const std::string_view rest = trim(std::string_view(c.it->title).substr(c.in_title));
    return rest.ends_with('.') || rest.ends_with('!') || rest.ends_with('?');
  });
  constexpr std::ptrdiff_t min_sentences = 2;
  if (found.size() < min_items || 2 * bodiless < items.size() || sentences < min_sentences) return;
  for (const candidate& c : found) move_title_tail_to_decision(*c.it, c.in_title, c.at);
}

}  // namespace

void segment_document(document& doc, const segment_options& options) {
  doc.items.clear();
  // A page run together on one line (a PDF's transcript on a web page):
  // lines again, before the labels and the items' numbers.
  if (break_run_on_lines(doc.text) > 0)
    doc.warnings.push_back(
        "segment: the text runs pages together on single lines; broken into lines before its "
        "labels and item numbers");
  // Matched without no-break spaces, soft hyphens and zero-width
  // characters; offsets are mapped back to doc.text at the end.
  const matching_text matching(doc.text);
  const std::string_view text = matching.text();
  std::vector<line> lines = split_lines(text);
  // Running headers and footers come from page-printed text (pdftotext
  // output). The pdf reader removes them itself, and Word and HTML bodies
  // have none: there a short line repeated at page breaks (an "Afbud" line
  // ending every item of a Word file) is content.
  const bool printed_pages = !source_without_furniture(doc.source.format);
  if (printed_pages) {
    mark_page_furniture(lines, &item_line_at_page_edge);
  } else {
    // A web page's print view ends each page with "Side 2 af 3": a page's
    // number wherever it stands, never text ("Side" and "Page" lines only;
    // a lone number there is an item's).
    for (line& l : lines) {
      const std::string_view t = trim(l.text);
      if (!l.blank && (starts_with_ci(t, "side ") || starts_with_ci(t, "page ")) &&
          is_page_number_line(t))
        l.furniture = true;
    }
  }
  mark_page_links(lines);  // "Til toppen" under each item of a web page
  strip_fold_buttons(lines);
  // "Punkt Titel" over "153 Indkaldelse af stedfortræder" (NemAgenda pages):
  // the line under the column heads heads an item as a bold line would.
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank || !is_item_column_row(lines[i].text)) continue;
    lines[i].furniture = true;  // the table's head, no item's text
    if (const std::size_t next = next_content(lines, i + 1, lines.size()); next < lines.size())
      lines[next].column_headed = true;
  }
  split_glued_section_headings(lines);
  split_run_in_records(lines);
  mark_doubled_headings(lines);
  const toc contents = parse_toc(lines, std::min(lines.size(), toc_search_lines));
  const item_options item_opts{options.numbered_items,
                               std::max<std::size_t>(1, options.max_title_lines)};
  std::vector<item_candidate> headings = find_item_headings(lines, contents, item_opts);
  // Without a chain of headings, the layouts that have none, in order; each
  // leaves a warning that says what was made of the document ("%" is the
  // number of items found).
  using finder = std::vector<item_candidate> (*)(const std::vector<line>&, const toc&);
  static constexpr std::pair<finder, std::string_view> headingless_layouts[] = {
      {heading_led_items,
       "the items' headings have no numbers (a converter dropped Word's list numbering?); "
       "numbered 1-% in their order"},
      {case_led_items, "the items have no numbers; numbered 1-% in their order"},
      {status_led_items,
       "no item heading or title; the items are those opened by a status alone ('Åben', "
       "'Lukket'), numbered 1-% in their order"},
      {one_item_page, "no item heading; the page's sections are one item without a title"},
      {labelled_item_page,
       "no item heading; the page's line below the meeting's labels is the title of its one "
       "item"},
      {section_cycle_items,
       "no item heading, title or status; each item starts at the section that follows the "
       "decision above, numbered 1-% in their order"},
      {bare_numbered_items,
       "no section heading or case number under any item; the lines numbered 1-% are the "
       "items"},
  };
  for (const auto& [find, warning] : headingless_layouts) {
    if (!headings.empty() || !options.numbered_items) break;
    headings = find(lines, contents);
    if (headings.empty()) continue;
    // The document's own list of its items numbers them ("3 Årsregnskab
    // 2016 10" over the heading "**Årsregnskab 2016**"): no warning then.
    if (take_listed_numbers(lines, headings)) continue;
    std::string message = "segment: " + std::string(warning);
    if (const std::size_t at = message.find('%'); at != std::string::npos)
      message.replace(at, 1, std::to_string(headings.size()));
    doc.warnings.push_back(std::move(message));
  }
  if (!headings.empty() && headings.front().renumbered)
    doc.warnings.push_back(
        "segment: every item heading is numbered 1, as a list whose numbering starts again at "
        "each entry; numbered 1-" +
        std::to_string(headings.size()) + " in their order");
  split_glued_headings(lines, headings, contents);
  insert_suffixed_items(lines, headings);

  const std::size_t header_end = headings.empty() ? lines.size() : headings.front().region_start();
  parse_header(lines, header_end, contents, doc.meeting);
  take_meeting_facts_under_decisions(lines, header_end, doc.meeting);
  // Lowest preference: the committee, and the date, named only in this
  // meeting's decision headings; a date only from headings of the
  // meeting's own committee.
  if (doc.meeting.committee.empty() || doc.meeting.date.empty()) {
    decided_by decided =
        committee_from_decisions(lines, header_end, doc.meeting.date, doc.meeting.committee);
    if (doc.meeting.committee.empty()) doc.meeting.committee = decided.committee;
    if (doc.meeting.date.empty() && same_body(decided.committee, doc.meeting.committee))
      doc.meeting.date = std::move(decided.date);
  }
  doc.meeting.municipality = find_municipality(lines, header_end, contents, doc.meeting, text);
  if (printed_pages) mark_dated_page_lines(lines, doc.meeting.date);
  mark_repeated_dated_lines(lines, header_end, doc.meeting);

  const body_context ctx{
      lines,
      text,
      doc.meeting.date,
      options.keep_history_decisions,
      !headings.empty() && lone_text_decides(lines, headings.front().line, doc.meeting),
      names_an_agenda(doc.meeting.title)};
  doc.items.reserve(headings.size());
  bool closed_part = false;      // the last part divider above was "LUKKET MØDE"
  bool closed_by_group = false;  // ... a lettered group that said so ("B. Lukkede sager")
  bool marked_closed = false;    // a "Lukket punkt" line stood right above this item
  // The header scheduled a closed part ("Lukket møde kl. 17.30").
  bool scheduled_closed_part = false;
  // The header's last line may close the first item, or all of them
  // ("Lukket møde" over item 1; "B. Lukkede sager").
  if (!headings.empty()) {
    const auto marker = marker_above_next(lines, 0, headings.front().region_start());
    scheduled_closed_part =
        marker && marker->part && marker->closes && schedules_the_parts(lines, marker->line);
    if (marker && !scheduled_closed_part) {
      closed_part = marker->part && !marker->keeps && marker->closes;
      closed_by_group = closed_part && marker->group;
      marked_closed = !marker->part && marker->closes;
    }
    closed_part =
        closed_part || opens_with_closed_part(lines, headings.front().region_start(), contents);
  }
  // "Referat - lukket møde": the minutes of a closed meeting, every item closed.
  closed_part = closed_part || names_closed_meeting(doc.meeting.title);
  for (std::size_t k = 0; k < headings.size(); ++k) {
    const item_candidate& h = headings[k];
    std::size_t bound = k + 1 < headings.size() ? headings[k + 1].region_start() : lines.size();
    // "2. Lukkede sager" or "# 2 Lukkede sager" over "2.1 Title": the
    // numbered group says whether its items are closed; a sibling group
    // ("3 Sager til orientering") after a closed one is open.
    if (h.lead > 0) {
      std::string_view group = lines[h.region_start()].text;
      group.remove_prefix(leading_digits(group).size());
      if (group.starts_with('.')) group.remove_prefix(1);
      const part_divider d = part_divider_of(trim(group));
      if (d == part_divider::closed) {
        closed_part = closed_by_group = true;
      } else if (closed_by_group) {
        closed_part = closed_by_group = false;
      }
    }
    item_title title = assemble_title(lines, h, bound, contents, item_opts.max_title_lines);
    // A closed item's title is public (docs/outputs.md): it is the heading's
    // line alone, never lines under it that may be the withheld text
    // ("Lukket punkt: Køb af ejendom" over "Drøftet ...").
    if ((title.closed || closed_part || marked_closed) && item_opts.max_title_lines > 1) {
      // The marker may stand on a line the heading's alone leaves out
      // ("... med køber" over "og vurdering fra ekstern mægler (Lukket)").
      const bool closed = title.closed;
      title = assemble_title(lines, h, bound, contents, 1);
      title.closed = title.closed || closed;
    }
    item it;
    it.number = h.label();
    it.title = title.title;
    it.closed = title.closed || closed_part || marked_closed;
    it.closed = it.closed || h.status_first;  // "Lukket 2 Køb af ejendom"
    if (h.status_is_heading)                  // "Lukket" over "Beslutning"
      it.closed = it.closed || is_closed_line(lines[h.line].text);
    if (!title.number.empty()) collect_numbers(title.number, it.case_numbers, it.document_numbers);
    if (!title.leading_case.empty()) it.case_numbers.push_back(title.leading_case);
    if (h.numbers_above > 0 || h.number_is_heading)  // "85.02.02-G01-5-17" over the heading
      collect_numbers(lines[h.first_line()].text, it.case_numbers, it.document_numbers);
    // The case's facts above the title: its numbers, and "Sagsforløb: ØU -
    // Lukket sag" says it is closed.
    for (std::size_t i = title.facts_begin; i < title.facts_end; ++i) {
      if (lines[i].blank) continue;
      if (is_number_line(lines[i]) || is_number_label_line(lines[i].text))
        collect_numbers(lines[i].text, it.case_numbers, it.document_numbers);
      bool closed = false;
      strip_closed_markers(lines[i].text, closed);
      it.closed = it.closed || closed;
    }
    it.start = lines[h.first_line()].offset;
    marked_closed = false;
    if (k + 1 < headings.size()) {
      if (const auto marker = marker_above_next(lines, title.last_line + 1, bound)) {
        bound = marker->line;
        if (marker->part && !marker->keeps) {
          closed_part = marker->closes;
          closed_by_group = marker->group && marker->closes;
        } else if (marker->group && closed_by_group) {
          // "C. Sager til orientering" after "B. Lukkede sager": a sibling
          // group is open; inside "LUKKET MØDE" a group stays closed.
          closed_part = false;
          closed_by_group = false;
        }
        marked_closed = !marker->part && marker->closes;
      }
    }
    // The meeting's end or signature page ends the last item (after a closed
    // one, a public run withholds that text too: export_common's public view).
    if (k + 1 == headings.size()) {
      // Right under the title the meeting's end is the page's note of it
      // (Copenhagen serves each item as a page: "2. Godkendelse af
      // dagsordnen" over "Mødet sluttede kl.21.33" over the item's text).
      bool below_content = false;
      for (std::size_t i = title.last_line + 1; i < bound; ++i) {
        if (lines[i].blank) continue;
        if (is_signature_page_line(lines[i].text) ||
            (is_minute_taker_line(lines[i].text) && signs_off(lines, i, bound) &&
             find_ci(it.title, "referent") == std::string_view::npos) ||
            (below_content && is_meeting_end_line(lines[i].text)) ||
            page_footer_starts(lines, i, bound) ||
            (below_content && ends_with_empty_closed_part(lines, i, bound))) {
          bound = i;
          break;
        }
        below_content = true;
      }
    }
    it.end = bound < lines.size() ? lines[bound].offset : text.size();
    fill_item_body(ctx, h.untitled_page ? h.line : title.last_line + 1, bound, it, doc.warnings);
    drop_repeated_title(it);
    if (!h.untitled_page && title.last_line == h.line)
      take_outcome_from_title(lines[h.line], ctx.agenda, it);
    doc.items.push_back(std::move(it));
  }
  // An item the table of contents lists as closed ("Lukkede
  // dagsordenspunkter" above its entry) is closed, though its heading in the
  // body may not say so.
  const std::vector<std::size_t> toc_match = match_toc_entries(contents, doc.items);
  for (std::size_t k = 0; k < doc.items.size(); ++k) {
    if (toc_match[k] != std::string::npos && contents.entries[toc_match[k]].closed)
      doc.items[k].closed = true;
  }
  split_titles_from_their_text(lines, text, ctx.agenda, doc.items);
  close_items_by_closed_entry_number(contents, toc_match, doc.items);
  close_items_listed_closed(lines, header_end, doc.items);
  close_items_under_closed_divider(lines, header_end, doc.items);
  close_items_before_open_divider(lines, header_end, contents, doc.items);
  close_items_named_closed(doc.items);
  // The header scheduled a closed part ("Åbent møde kl. 16.00" over "Lukket
  // møde kl. 17.30") but no item was found in it: where it begins is not
  // known, so every item is withheld (review 40: a divider this table lacks
  // had published the closed part).
  if (scheduled_closed_part &&
      std::none_of(doc.items.begin(), doc.items.end(), [](const item& it) { return it.closed; }))
    for (item& it : doc.items) it.closed = true;
  warn_of_closed_markers_in_open_items(lines, doc.items, contents, doc.warnings);
  add_participants_listed_in_decision(lines, doc.items, doc.meeting);
  add_absences_of_attendance_items(doc.items, doc.meeting);
  add_item_absences_from_header(lines, header_end, doc.items);
  add_absences_after_leaving(text, doc.items);
  for (auto& it : doc.items) {
    it.start = matching.original(it.start);
    it.end = matching.original(it.end);
    for (auto& sec : it.sections) {
      sec.start = matching.original(sec.start);
      sec.end = matching.original(sec.end);
    }
  }

  if (headings.empty()) {
    // Two decisions or more say minutes whose item headings are in a form
    // the table does not know: a reason a person can act on.
    const std::size_t decisions = decision_headings(lines, contents);
    doc.warnings.push_back(
        decisions < 2 ? std::string("segment: no agenda items found")
                      : std::string(unknown_headings_warning) + std::to_string(decisions) +
                            " decision headings stand in the text: the items' headings are in a "
                            "form the segmenter does not know (docs/segmentation.md lists them)");
    return;
  }
  check_numbering(headings, doc.warnings);
  if (options.toc_check && contents.found) check_toc(contents, doc.items, toc_match, doc.warnings);
}

}  // namespace protokol::segmenter
