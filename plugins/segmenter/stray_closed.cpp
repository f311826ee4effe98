#include "stray_closed.hpp"

#include <algorithm>

#include "heading_map.hpp"
#include "numbers.hpp"
#include "segment.hpp"
#include "text_util.hpp"
#include "titles.hpp"
#include "toc.hpp"

namespace protokol::segmenter {
namespace {

// "Status: Lukket", "Personalesag (Lukket punkt)": a status label's value
// or a title's last parenthesis that marks the item closed.
bool ends_in_closed_status(std::string_view t) {
  t = trim(t);
  if (starts_with_ci(t, "status:"))
    return is_closed_line(trim(t.substr(std::string_view("status:").size())));
  const std::size_t open = t.rfind('(');
  return open != std::string_view::npos && open > 0 && t.ends_with(')') &&
         is_closed_line(t.substr(open + 1, t.size() - open - 2));
}

// "Personalesag - lukket", "Salg af grund – Lukket punkt", "Personalesag,
// lukket punkt", "Lukket punkt: Personalesag": a title with its closed status
// after a dash or comma, or before a colon or dash.
// What sets a status apart after a title or a name: "Personalesag -
// lukket", "Holme Hallen – lukket", "Børnehaven Solsikken, lukket".
constexpr std::string_view status_separators[] = {" - ", " – ", " — ", ", "};

bool title_with_closed_suffix(std::string_view t) {
  for (const std::string_view mark : status_separators) {
    const std::size_t at = t.rfind(mark);
    if (at != std::string_view::npos && at > 0 && is_closed_line(t.substr(at + mark.size())))
      return true;
  }
  for (const std::string_view mark : {std::string_view(": "), std::string_view(" - ")}) {
    const std::size_t at = t.find(mark);
    if (at != std::string_view::npos && at > 0 && at + mark.size() < t.size() &&
        is_closed_line(t.substr(0, at)))
      return true;
  }
  return false;
}

// "Personalesag": a short capitalised line that ends no sentence.
bool is_title_like(std::string_view t) {
  constexpr std::size_t longest_title = 80;
  t = trim(t);
  return !t.empty() && t.size() <= longest_title && starts_upper(t) && !t.ends_with('.') &&
         !t.ends_with(':') && !is_number_line(t);
}

// "Åben", "Åben for gennemkørsel", "10-16": a status cell's few words.
bool is_short_status(std::string_view t) {
  constexpr std::size_t longest_status = 30;
  constexpr std::size_t most_spaces = 2;
  t = trim(t);
  return !t.empty() && t.size() <= longest_status && !t.ends_with('.') && !t.ends_with(':') &&
         static_cast<std::size_t>(std::count(t.begin(), t.end(), ' ')) <= most_spaces &&
         !classify_heading(t);
}

// "Holme Hallen - lukket" beside "Norddal Hallen - åben", "Lukket: Holme
// Bibliotek" beside "Åbent: Norddal Bibliotek": rows of one table, each a
// name and its status in the same shape, not a missed item's title.
bool same_row_shape(std::string_view marker, std::string_view other) {
  if (other.empty() || title_with_closed_suffix(other) || starts_with_closed_marker(other))
    return false;
  for (const std::string_view mark : status_separators) {
    const std::size_t at = marker.rfind(mark);
    if (at == std::string_view::npos || !is_closed_line(marker.substr(at + mark.size()))) continue;
    const std::size_t other_at = other.rfind(mark);
    if (other_at != std::string_view::npos && other_at > 0 &&
        is_short_status(other.substr(other_at + mark.size())))
      return true;
  }
  const std::size_t colon = marker.find(": ");
  if (colon == std::string_view::npos || !is_closed_line(marker.substr(0, colon))) return false;
  const std::size_t other_colon = other.find(": ");
  return other_colon != std::string_view::npos && other_colon > 0 &&
         is_short_status(other.substr(0, other_colon));
}

// "- Lukket punkt", "• Lukket punkt:": the marker without a list's bullet
// before it and a colon after it.
std::string_view without_bullet_and_colon(std::string_view t) {
  for (const std::string_view bullet : {"- ", "\u2022 ", "* ", "\u2013 "}) {
    if (t.starts_with(bullet)) {
      t = trim(t.substr(bullet.size()));
      break;
    }
  }
  return trim_end(t, ":");
}

// A status that names an item or a case ("Lukket punkt", "Lukket pkt.",
// "Lukket (personsag)", "Punktet behandles for lukkede døre."), bulleted
// or with a colon.
bool names_closed_item_alone(std::string_view t) {
  const std::string_view words = without_bullet_and_colon(t);
  return starts_upper(words) && (names_closed_item(words) || is_closed_door_note(words));
}

}  // namespace

// A closed item's marker ("Lukket", "Fortroligt", "Punktet behandles for
// lukkede døre.", "Sagsnr.: 24-003614 Lukket") next to a case number line
// inside an open item says a closed item's heading was missed (a PDF whose
// table of number, title and status came out of order): its text is read as
// the open item's, and a public run would publish it. A warning a person can
// act on, and the segment stage's quarantine where the pipeline asks for it.
// Without the number beside it a "Lukket" is a table's cell (opening hours,
// closed roads) or a closed part's divider after the last item.
namespace {

// The first line in [first, last) that marks a closed item whose heading was
// missed, or `last`. `it` is the open item the lines are read as (nullptr:
// the front matter before the first item, where the table of contents
// `contents` is passed over and a closed part's divider over a section's
// heading marks too).
std::size_t find_stray_marker(const std::vector<line>& lines, std::size_t first, std::size_t last,
                              const item* it, const toc& contents) {
  // A marker is a short line opening with one of these bytes ("Lukket",
  // "Fortroligt", "Ikke offentligt", "Status: Lukket", "Punktet behandles
  // for lukkede døre.", "(Lukket)", markup), or ends in a parenthesis
  // ("Personalesag (Lukket punkt)") or in the status's last letter after
  // numbers ("Sagsnr.: 24-003614 Lukket"): byte tests that pass over the
  // prose of every item before a table is asked.
  constexpr std::size_t longest_marker_line = 100;
  // (A table of the bytes, in either case: a search of a string of them
  // was a memchr call a line.)
  static constexpr std::string_view marker_starts[] = {"L", "F", "I", "S", "P",   "(",
                                                       "*", "#", "_", "-", "\xE2"};
  static constexpr first_byte_set marker_start_bytes(marker_starts);
  const auto marks_closed = [&](std::size_t i, bool& numbered) {
    numbered = false;
    const std::string_view t = lines[i].text;  // trimmed
    if (lines[i].blank || t.empty() || t.size() > longest_marker_line) return false;
    const bool ends_closed = t.back() == 't' || t.back() == 'T' || t.back() == ')';
    if (!ends_closed && !marker_start_bytes.may_start(t)) return false;
    if (!may_mark_closed(t)) return false;
    if (ends_closed && is_number_line(lines[i]) && closed_status_after_numbers(t)) {
      numbered = true;
      return true;
    }
    // "skal behandles for lukkede døre" in lowercase: a title's wrapped line.
    return is_closed_line(t) || (starts_upper(t) && is_closed_door_note(t)) ||
           ends_in_closed_status(t) || title_with_closed_suffix(t) || names_closed_item_alone(t);
  };
  const auto neighbour = [&](std::size_t i, int step) {
    for (std::size_t j = i + step; j >= first && j < last; j += step)
      if (!lines[j].blank) return j;
    return last;
  };
  // An attachment's name is none ("Bilag" over "Tilbudsoversigt
  // (fortroligt)" over "Kortbilag"); a line alone after an empty "Bilag" is
  // the next item's title (Aarhus's pages: "Bilag", blank, "Personalesag -
  // lukket").
  const auto in_attachments = [&](std::size_t i) {
    if (it == nullptr) return false;  // the front matter: no item's attachments
    const bool listed = !lines[i - 1].blank || (i + 1 < last && !lines[i + 1].blank);
    return listed && std::any_of(it->sections.begin(), it->sections.end(), [&](const section& sec) {
             return sec.kind == kind::attachments && sec.start <= lines[i].offset &&
                    lines[i].offset < sec.end;
           });
  };
  // "Vejbelysning på Skovvej" / "Åbent punkt" over "Salg af areal" /
  // "Lukket punkt": a list of the items' statuses, or a table's ("Åben
  // sag"), where an open status stands beside the closed one.
  // The item's own status right under its heading ("2. Vejbelysning" /
  // "Åbent punkt") is none of these.
  const auto open_status_listed = [&] {
    std::size_t seen = 0;
    for (std::size_t i = first; i < last; ++i) {
      if (lines[i].blank) continue;
      if (++seen > 2 && is_open_line(without_bullet_and_colon(lines[i].text))) return true;
    }
    return false;
  };
  for (std::size_t i = first; i < last; ++i) {
    bool numbered = false;
    if (contents.holds(i)) continue;
    const bool divider = it == nullptr && part_divider_of(lines[i].text) == part_divider::closed;
    if (!divider && (!marks_closed(i, numbered) || in_attachments(i))) continue;
    const std::size_t before = neighbour(i, -1);
    const std::size_t after = neighbour(i, 1);
    // Beside a number line. Over a section's heading, as an item without a
    // number opens, also a title with its closed status ("Personalesag -
    // lukket", "... (Lukket punkt)") and a status line under a title
    // ("Personalesag" / "Lukket punkt"), each first in its block: a table's
    // "Holme Hallen - lukket" under "Norddal Hallen - åben" and "Søndag" /
    // "Lukket" under "Lørdag" / "10-16" are no item's.
    // After a blank line, a heading or a sentence's end (PDF text keeps
    // no blank lines: "Taget til efterretning." over "Personalesag - lukket").
    const auto starts_block = [&](std::size_t j) {
      return j == first || lines[j - 1].blank || lines[j - 1].text.ends_with('.') ||
             classify_heading(lines[j - 1].text);
    };
    // A heading right below; under a title's closed status also after a
    // few lines of text ("Personalesag - lukket" over the case's text).
    constexpr std::size_t text_lines_to_heading = 10;
    const bool over_heading = after < last && classify_heading(lines[after].text);
    bool heading_soon = over_heading;
    for (std::size_t j = after, seen = 0; j < last && seen < text_lines_to_heading && !heading_soon;
         j = neighbour(j, 1), ++seen)
      heading_soon = static_cast<bool>(classify_heading(lines[j].text));
    // A row of a table: a line of the same shape right above or below
    // ("Norddal Hallen - åben"), or the block above a name over its
    // status too ("Norddal Hallen" / "Åben", blank, "Holme Svømmehal" /
    // "Lukket").
    const auto row_beside = [&](std::size_t j) {
      return j >= first && j < last && !lines[j].blank &&
             same_row_shape(lines[i].text, lines[j].text);
    };
    const auto status_pair_above = [&](std::size_t title) {
      const std::size_t status = neighbour(title, -1);
      return status < last && lines[title - 1].blank && status > first &&
             !lines[status - 1].blank && is_short_status(lines[status].text) &&
             is_title_like(lines[status - 1].text) && starts_block(status - 1) &&
             !classify_heading(lines[status - 1].text);
    };
    const bool titled = (title_with_closed_suffix(lines[i].text) ||
                         (lines[i].text.ends_with(')') && ends_in_closed_status(lines[i].text))) &&
                        !row_beside(i - 1) && !row_beside(i + 1);
    const bool under_title = before + 1 == i && before < last && before >= first &&
                             is_closed_line(lines[i].text) && is_title_like(lines[before].text) &&
                             starts_block(before) && !status_pair_above(before);
    // "Lukket punkt", "Lukket sag" on its own line with the case's text
    // and a section's heading after it: a missed item's status wherever
    // its title stands (above, below, wrapped); a table's cell says
    // "Lukket", a closed part's divider ends the open item or stands
    // over a sentence about the items after it. A bare "Lukket" or
    // "Fortroligt" over a title, first in its block, likewise: below it
    // the marker's title, and the case's text under that.
    const bool title_below =
        after < last && is_title_like(lines[after].text) && !classify_heading(lines[after].text);
    const std::size_t text_below = title_below ? neighbour(after, 1) : last;
    const bool case_text_below = text_below < last && text_below == after + 1 &&
                                 lines[text_below].text.ends_with('.') &&
                                 !classify_heading(lines[text_below].text);
    // "Formanden orienterede om følgende:" over "- Lukket punkt": a list's entry.
    const bool in_list = before < last && before >= first && lines[before].text.ends_with(':');
    // Asked last: the item's lines are read only for an item with a marker.
    const bool names_item = !in_list &&
                            ((names_closed_item_alone(lines[i].text) &&
                              (heading_soon || (title_below && case_text_below))) ||
                             (is_closed_line(lines[i].text) && starts_block(i) && title_below &&
                              case_text_below && heading_soon)) &&
                            !open_status_listed();
    // "Lukkede punkter" over "Personalesag" over "Sagsfremstilling" before
    // the first item: the closed part's items, their headings missed.
    const bool divider_over_item = divider && starts_block(i) && heading_soon;
    if (!numbered && !(before < last && is_number_line(lines[before])) &&
        !(after < last && is_number_line(lines[after])) &&
        !(titled && starts_block(i) && heading_soon) && !(under_title && over_heading) &&
        !names_item && !divider_over_item)
      continue;
    return i;
  }
  return last;
}

}  // namespace

void warn_of_closed_markers_in_open_items(const std::vector<line>& lines,
                                          const std::vector<item>& items, const toc& contents,
                                          std::vector<std::string>& warnings) {
  const auto warn = [&](const std::string& where, std::size_t marker, std::string_view read_as) {
    warnings.push_back("segment: " + where + std::string(closed_marker_warning) + " (\"" +
                       std::string(trim(lines[marker].text)) + "\"" +
                       "): a closed item's heading may have been missed and its text read as " +
                       std::string(read_as));
  };
  // The text before the first item (the front matter a public run exports).
  if (!items.empty()) {
    const std::size_t heading = line_at(lines, items.front().start);
    if (const std::size_t i = find_stray_marker(lines, 0, heading, nullptr, contents); i < heading)
      warn("the text before the first item", i, "front matter");
  }
  for (const item& it : items) {
    if (it.closed) continue;
    const std::size_t first = line_at(lines, it.start) + 1;
    std::size_t last = first;
    while (last < lines.size() && lines[last].offset < it.end) ++last;
    if (const std::size_t i = find_stray_marker(lines, first, last, &it, contents); i < last)
      warn("item " + it.number + " \"" + it.title + "\"", i, "this item's");
  }
}

}  // namespace protokol::segmenter
