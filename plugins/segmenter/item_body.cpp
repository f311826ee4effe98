#include "item_body.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <utility>

#include "danish/dates.hpp"
#include "danish/numbers.hpp"
#include "header.hpp"
#include "heading_map.hpp"
#include "numbers.hpp"
#include "people.hpp"
#include "table_rows.hpp"
#include "text_util.hpp"
#include "titles.hpp"

namespace protokol::segmenter {
namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

// A section while it is being read.
struct open_section {
  std::size_t heading_line = npos;  ///< npos for text before any heading
  // A view, so == compares the words: equal literals need not share an
  // address (they do not under AddressSanitizer).
  std::string_view kind;
  std::string heading;
  std::string_view inline_text;
  std::uint8_t md_level = 0;
  std::vector<std::size_t> notes;  ///< attendance notes among the lines (decisions leave them out)
  std::size_t first = npos;        ///< first content line
  std::size_t last = npos;         ///< last content line
};

// "Initialer: PIM", "Sagsbehandler: Jens Berg": a one-word label and a short
// value, as agenda systems print them under an item's heading, among its
// case numbers and above its open or closed marker ("Åbent", "Lukket"); also
// a table's cells apart by a tab or a run of blanks, as PDF text gives them
// ("Sagsbehandler<TAB>Lotte Bendixen", "Sagsbehandler      Lotte Bendixen").
bool is_short_label_line(std::string_view t) {
  constexpr std::size_t max_label = 20;
  constexpr std::size_t max_line = 48;  // label and value, without the blanks between
  std::string_view label, value;
  if (!split_label_value(t, label, value) || label.size() < 2 || label.size() > max_label ||
      value.empty() || label.size() + value.size() + 2 > max_line)
    return false;
  return std::none_of(label.begin(), label.end(),
                      [](char c) { return c == ' ' || (c >= '0' && c <= '9'); });
}

// The value under a fact's label alone ("Sagsbehandler" over "Lotte
// Bendixen", as a PDF's text stacks a table's cells) is this short at most.
constexpr std::size_t max_fact_value = 48;
// A closed marker with its reason under the heading is a short line.
constexpr std::size_t max_marker_line = 60;

// number_label_row of a line that starts with '|' (after blanks).
std::string number_label_row_of_table_line(std::string_view t) {
  const std::vector<std::string_view> cells = cells_of(t);
  // "| Sag nr.: | 24/3390 | Dok. nr.: | 24/3390-5 | Lukket punkt |" (eDoc's
  // row of facts): labels beside their numbers, a status cell last.
  std::size_t pairs = cells.size() / 2;
  if (cells.size() % 2 == 1 && !is_closed_line(cells.back()) && !is_open_line(cells.back()))
    return {};
  std::string out;
  for (std::size_t k = 0; k < pairs; ++k) {
    const std::string_view label = cells[2 * k];
    const std::string_view value = cells[2 * k + 1];
    if (!is_number_label_line(label) || value.find_first_of("0123456789") == std::string_view::npos)
      return {};
    if (!out.empty()) out += ' ';
    out += label;
    out += ' ';
    out += value;
  }
  return out;
}

// "| Dokumentnr. | 24/3112-9 |": a row of a label|value table (a web page's
// or a converter's) as the line "Dokumentnr. 24/3112-9", which says the
// number's kind; "" for any other line. Asked of nearly every line of an
// item's body, which seldom is a table's row: the test of the first byte
// stands apart, small enough to be inlined (a call a line cost ~39
// instructions).
std::string number_label_row(std::string_view t) {
  if (!trim(t).starts_with('|')) return {};
  return number_label_row_of_table_line(t);
}

// "|          |         |" (pandoc's empty head row over a table without
// one): no text.
bool is_empty_row(std::string_view t) {
  t = trim(t);
  return t.size() > 1 && t.starts_with('|') && t.find_first_not_of("| ") == std::string_view::npos;
}

bool is_history(const open_section* s) { return s != nullptr && s->kind == kind::history; }

bool is_attachments(const open_section* s) { return s != nullptr && s->kind == kind::attachments; }

// Sections that record who took part in this meeting's treatment of the
// item: absence sentences ("X deltog ikke ...") are read only there.
bool records_attendance(const open_section* s) {
  if (s == nullptr) return true;
  // A static table, not a list built on every call: asked of every line.
  static constexpr std::string_view kinds[] = {kind::decision, kind::attendance,
                                               kind::participation, kind::body, kind::other};
  return std::find(std::begin(kinds), std::end(kinds), s->kind) != std::end(kinds);
}

// `block`'s lines without the blanks and tabs that open every one of them
// that is not blank (a web page's indented text, "    Godkendt."), as
// Python's textwrap.dedent: the text as its writer wrote it, not as the page
// laid it out.
void append_dedented(std::string& out, std::string_view block) {
  std::string_view common;
  bool first_line = true;
  for (std::size_t pos = 0; pos <= block.size();) {
    std::size_t eol = block.find('\n', pos);
    if (eol == std::string_view::npos) eol = block.size();
    const std::string_view l = block.substr(pos, eol - pos);
    pos = eol + 1;
    const std::size_t indent = l.find_first_not_of(" \t");
    if (indent == std::string_view::npos) continue;  // blank
    const std::string_view lead = l.substr(0, indent);
    if (first_line) {
      common = lead;
      first_line = false;
    } else {
      std::size_t n = 0;
      while (n < common.size() && n < lead.size() && common[n] == lead[n]) ++n;
      common = common.substr(0, n);
    }
    if (common.empty()) break;
  }
  if (common.empty()) {
    out.append(block);
    return;
  }
  for (std::size_t pos = 0; pos <= block.size();) {
    std::size_t eol = block.find('\n', pos);
    if (eol == std::string_view::npos) eol = block.size();
    std::string_view l = block.substr(pos, eol - pos);
    if (l.starts_with(common)) l.remove_prefix(common.size());
    out.append(l);
    if (eol < block.size()) out += '\n';
    pos = eol + 1;
  }
}

std::string section_text(const body_context& ctx, const open_section& s) {
  std::string out(s.inline_text);
  if (s.first == npos) return out;
  bool furniture = false;
  for (std::size_t i = s.first; i <= s.last; ++i) furniture = furniture || ctx.lines[i].furniture;
  if (!out.empty()) out += '\n';
  if (!furniture) {
    const std::size_t begin = ctx.lines[s.first].offset;
    append_dedented(out, ctx.text.substr(begin, ctx.lines[s.last].end() - begin));
    return out;
  }
  // Page headers and footers inside the section are not its text.
  std::string kept;
  bool first = true;
  for (std::size_t i = s.first; i <= s.last; ++i) {
    if (ctx.lines[i].furniture) continue;
    if (!first) kept += '\n';
    kept.append(ctx.lines[i].raw);
    first = false;
  }
  append_dedented(out, kept);
  return out;
}

// A decision's text: its section's, without the attendance notes among its
// lines ("Afbud: ...", "X deltog ikke i mødet"), which are absences.
std::string decision_text(const body_context& ctx, const open_section& s) {
  if (s.notes.empty()) return section_text(ctx, s);
  std::string out(s.inline_text);
  // The blank lines around a note left out are one paragraph break.
  std::string kept;
  bool after_blank = false;
  for (std::size_t i = s.first; i <= s.last; ++i) {
    const line& l = ctx.lines[i];
    if (l.furniture || std::find(s.notes.begin(), s.notes.end(), i) != s.notes.end()) continue;
    if (l.blank) {
      after_blank = !out.empty() || !kept.empty();
      continue;
    }
    if (!kept.empty())
      kept += after_blank ? "\n\n" : "\n";
    else if (!out.empty())
      out += after_blank ? "\n\n" : "\n";
    kept.append(l.raw);
    after_blank = false;
  }
  append_dedented(out, kept);
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ' || out.back() == '\t'))
    out.pop_back();
  return out;
}

// "Tilstede var:", "Til stede:", "Deltagere:": a label of those present,
// alone with its colon.
bool is_present_label(std::string_view t) {
  t = trim(t);
  if (!t.ends_with(':')) return false;
  t = trim(t.substr(0, t.size() - 1));
  if (t.ends_with(" var")) t.remove_suffix(4);
  return std::any_of(header_labels().begin(), header_labels().end(), [&](const header_label& l) {
    return l.field == header_field::present && equals_ci(t, l.label);
  });
}

// "Overborgmester Frank Jensen", "Anne Hansen (V)": one entry of a list of
// those present, a short line of names that is no sentence and no label.
bool is_present_entry(std::string_view t) {
  constexpr std::size_t longest_entry = 80;
  t = trim(t);
  return t.size() <= longest_entry && starts_upper(t) && !t.ends_with('.') &&
         t.find(':') == std::string_view::npos && reads_as_names(t);
}

// The text after the last blank or tab ("Lukket" of "24/1002 Lukket").
std::string_view last_word(std::string_view text) {
  text = trim(text);
  const std::size_t blank = text.find_last_of(" \t");
  return blank == std::string_view::npos ? text : text.substr(blank + 1);
}

class body_reader {
 public:
  body_reader(const body_context& ctx, std::size_t first, std::size_t end, item& it,
              std::vector<std::string>& warnings)
      : ctx_(ctx), first_(first), end_(end), item_(it), warnings_(warnings) {}

  void run() {
    for (std::size_t i = first_; i < end_; ++i) {
      const line& l = ctx_.lines[i];
      if (l.blank || (l.furniture && !reopens_decision(l.text))) continue;
      read_line(i, l);
    }
    close();
    conclusion_decides();
  }

 private:
  // Line `i` goes on a sentence the line above left open (no full stop,
  // colon or other end) and runs on into a line in lowercase.
  bool inside_sentence(std::size_t i) const {
    if (i == 0 || i + 1 >= ctx_.lines.size()) return false;
    const line& above = ctx_.lines[i - 1];
    const line& below = ctx_.lines[i + 1];
    if (above.blank || below.blank || above.md_level > 0 || ctx_.lines[i].text.ends_with(':'))
      return false;
    const char last = above.text.empty() ? '.' : above.text.back();
    return std::string_view(".:;!?").find(last) == std::string_view::npos &&
           starts_lower(below.text);
  }

  // A heading's words that the lines around make text.
  bool is_text_here(std::size_t i, std::string_view t, const heading_match& h) {
    const open_section* s = current();
    if (h.type == heading_type::decision_record) {
      // "Sagen har været i høring efter" over "Børne- og Skoleudvalgets
      // beslutning den 12. marts 2019" over "og høringssvarene er vedlagt.":
      // a record's words inside a wrapped sentence.
      if (inside_sentence(i)) return true;
      // "Beslutning" over "Børne- og Ungdomsudvalgets beslutning i mødet den
      // 12. juni 2024" (Copenhagen, also with the item's title between
      // them): a record of this meeting says whose the decision under way
      // is; it opens no second one.
      // So under "Referat" (Region Nordjylland: "Følgende emner blev nævnt
      // under dette punkt på Regionsrådets møde den 24. november 2020:").
      if (s == nullptr || s->kind != kind::decision) return false;
      const std::string_view heading = trim_end(s->heading, ":");
      return (equals_ci(heading, "Beslutning") || equals_ci(heading, "Referat")) &&
             (s->first == npos || s->first == s->last) &&
             (h.date.empty() || ctx_.meeting_date.empty() || h.date == ctx_.meeting_date);
    }
    // "Indstilling" over "Direktionen indstiller," over "at ...": the
    // sentence of the recommendation already headed is its text.
    return h.kind == kind::recommendation && t.ends_with(',') && s != nullptr &&
           s->kind == kind::recommendation;
  }

  // "Taxinævnet, 30.11.2017" under "Beslutning" over another body's earlier
  // decision (Næstved's pages, an item that passed through other bodies): a
  // stamp dated another day than the meeting's opens that meeting's record,
  // as "Beslutning i Taxinævnet den 30.11.2017" would; after it, a stamp of
  // the meeting's day ("Teknisk Udvalg, 11.12.2017") opens this meeting's
  // decision again. A stamp of the meeting's day first under "Beslutning"
  // stays the decision's note.
  heading_match stamp_record(std::string_view t) {
    if (!may_be_stamp_record(t) || !is_decision_stamp(t)) return {};
    const open_section* s = current();
    const std::string date = danish::find_date(t).iso;
    // The meeting's day reopens the decision only after another meeting's
    // record (a stamp, "Beslutning fra Taxinævnet, 30. november 2017, pkt.
    // 12:"), never under "Historik" (another body's stamp of the same day,
    // a page's running header: review 33).
    const bool after_record = s->kind == kind::history &&
                              (is_decision_stamp(s->heading) ||
                               classify_heading(s->heading).type == heading_type::decision_record);
    if (date.empty() || (date == ctx_.meeting_date && !after_record)) return {};
    heading_match h;
    h.type = heading_type::decision_record;
    h.kind = kind::decision;
    h.heading = collapse_blanks(t);
    h.date = date;
    return h;
  }

  // The tests stamp_record starts with, cheap and asked of every line that
  // is no heading: only under a decision or a history, and a stamp is short
  // and ends in its date's last digit (a full stop may follow).
  bool may_be_stamp_record(std::string_view t) {
    const open_section* s = current();
    if (s == nullptr || (s->kind != kind::decision && s->kind != kind::history) ||
        ctx_.meeting_date.empty() || !ctx_.keep_history_decisions)
      return false;
    constexpr std::size_t longest_stamp = 100;
    const std::string_view end = trim_end(t, ".");
    return !end.empty() && t.size() <= longest_stamp && end.back() >= '0' && end.back() <= '9';
  }

  // The meeting's stamp under every item is furniture (a repeated dated
  // line), but after another meeting's record it opens this meeting's
  // decision again.
  bool reopens_decision(std::string_view t) {
    return is_history(current()) && stamp_record(t).type == heading_type::decision_record;
  }

  void read_line(std::size_t i, const line& l) {
    const std::string_view t = l.text;
    if (preamble_ && read_preamble(i, l)) return;
    heading_match h = classify_heading(t);
    if (h && is_text_here(i, t, h)) h = {};
    // Most lines are neither: no heading_match is made and moved for them.
    if (!h && may_be_stamp_record(t)) h = stamp_record(t);
    // "Referat:" with its colon under the item's first text heads the
    // decision too ("Jette Bruun orienterede." over "Referat:" over "Rådet
    // tog orienteringen til efterretning.": a council's minutes).
    if (!h && sections_.empty()) {
      h = minutes_heading_under_title(t);
    } else if (!h && t.ends_with(':') && !closed_ && current()->heading.empty() &&
               (h = minutes_heading_under_title(t))) {
      current()->kind = kind::body;  // the text above is the case, not its outcome
    }
    const bool bulleted = !h && starts_with_heading_bullet(t) && (h = bulleted_heading(i, t));
    if (bulleted && sections_.empty()) bulleted_sections_ = true;
    // "Historik" under "• Sagsfremstilling": where the sections are a list's
    // entries, a heading without the bullet is one inside the text; a record
    // of another body's decision ("Beslutning fra Økonomiudvalget, 17. marts
    // 2021, pkt. 32:", Jammerbugt) is still the history it always is.
    if (h && !bulleted && bulleted_sections_ && l.md_level == 0 &&
        h.type != heading_type::decision_record)
      h = {};
    if (h) {
      // "Beslutning: ..." inside a decision history belongs to that history;
      // "Høringssvar" under "Bilag" names an attachment.
      if ((h.inline_text.empty() || !is_history(current())) && ends_attachments(h, l)) {
        const std::string_view inline_text = h.inline_text;
        open_heading(i, l, std::move(h));
        // "**Beslutning:** Godkendt. X deltog ikke i punktet." on one line.
        if (!inline_text.empty() && records_attendance(current())) collect_own_absent(inline_text);
        return;
      }
    } else if (l.md_level > 0 &&
               !(current() && current()->md_level > 0 && l.md_level > current()->md_level)) {
      open(i, kind::other, collapse_blanks(t), {}, l.md_level);
      warnings_.push_back("segment: unknown heading \"" + collapse_blanks(t) + "\" in item " +
                          item_.number);
      return;
    }
    std::string_view label, names;
    // A line of a list under "Fraværende med afbud:" ("Jens Askov og Henrik
    // Bang-Pedersen, Jes König deltog": who sat in is no name here); the
    // list ends at the first line that names nobody.
    std::vector<std::string> listed;
    if (list_below_) collect_listed_absent(t, listed);
    const bool in_list = !listed.empty();
    list_below_ = in_list;
    if (split_attendance_line(t, label, names)) {
      if (!is_history(current())) collect_own_absent(t);
      // "Fraværende med afbud:" over a list, a line or more of names.
      // ("Fraværende med afbud" without its colon: the label's tail says it.)
      list_below_ =
          names.empty() && (t.find(':') != std::string_view::npos || trim(t).size() > label.size());
      if (!is_history(current()) && is_trailing(i)) {
        open(i, kind::attendance, std::string(label), names, 0);
        return;
      }
    } else if (in_list) {
      if (!is_history(current())) {
        for (auto& name : listed) {
          if (std::find(item_.absent.begin(), item_.absent.end(), name) == item_.absent.end())
            item_.absent.push_back(std::move(name));
        }
      }
    } else if (records_attendance(current())) {
      collect_own_absent(t);
    }
    // "Punktet er ikke offentligt." anywhere in the item but a record of
    // another meeting's treatment closes it.
    if (!is_history(current()) && is_closed_sentence(t)) item_.closed = true;
    // "Landdistriktsudvalget, 19.11.2018" right under "Beslutning": who
    // decided when, the heading's words, no text of the decision.
    const bool in_decision = current() != nullptr && current()->kind == kind::decision;
    const bool stamp = in_decision && current()->first == npos && is_decision_stamp(t);
    // "Tilstede var:" first under the decision, over one member a line
    // (Copenhagen's edoc pages): the meeting's attendance, no text of the
    // decision; the list ends at a sentence or another label.
    if (in_decision && current()->first == npos && is_present_label(t)) {
      present_list_ = true;
    } else if (present_list_ && !is_present_entry(t)) {
      present_list_ = false;
    }
    // "Beslutning fra Integrationsrådet" over "Dato: 10. december 2015" and
    // "Sted: Café Lulu, ..." (PolWeb's item pages): the meeting's date and
    // place, no text of the decision (segment.cpp reads them for the header).
    const bool meeting_fact = in_decision && only_notes_so_far(i) && is_meeting_fact_line(t);
    if (in_decision && (in_list || is_attendance_note(t) || stamp || present_list_ || meeting_fact))
      current()->notes.push_back(i);
    // A number label opening a line of the body ("j.nr. 01.02.03-P20-1-24"
    // too); never a sentence's wrapped tail ("... Fortroligt" right over
    // "sagsnummer 123."), of a closed item either, whose case numbers a
    // public run keeps.
    if (!is_history(current()) && !is_attachments(current()) && !is_wrapped_tail(i)) {
      if (is_number_label_line(t)) {
        collect_numbers(t, item_.case_numbers, item_.document_numbers);
      } else if (const std::string row = number_label_row(t); !row.empty()) {
        collect_numbers(row, item_.case_numbers, item_.document_numbers);
      }
    }
    const bool keeps_preamble = preamble_ && is_short_label_line(t);
    add_content(i);
    if (keeps_preamble) preamble_ = true;  // "Initialer: PIM" above "Lukket"
  }

  // Under "Bilag" a line that reads like a content heading is the name of an
  // attachment; only headings of what follows attachments end the list.
  bool ends_attachments(const heading_match& h, const line& l) {
    if (!is_attachments(current()) || l.md_level > 0 || h.type == heading_type::decision_record)
      return true;
    for (const std::string_view k : {kind::process, kind::participation, kind::recommendation,
                                     kind::decision, kind::history, kind::attachments}) {
      if (h.kind == k) return true;
    }
    return false;
  }

  // Whether the current section's lines before `i` are all notes (or none).
  bool only_notes_so_far(std::size_t i) {
    const open_section* s = current();
    if (s == nullptr || s->first == npos) return true;
    for (std::size_t j = s->first; j < i; ++j) {
      if (!ctx_.lines[j].blank && std::find(s->notes.begin(), s->notes.end(), j) == s->notes.end())
        return false;
    }
    return true;
  }

  // A lowercase line right under a line of text that ends no sentence: the
  // same sentence, wrapped (never under a heading: "Sagsnumre" over "jnr.
  // 24/1234").
  bool is_wrapped_tail(std::size_t i) {
    if (i == 0 || !starts_lower(ctx_.lines[i].text)) return false;
    const line& above = ctx_.lines[i - 1];
    const std::string_view end = trim(above.text);
    constexpr std::size_t shortest_text_line = 20;
    return !above.blank && end.size() >= shortest_text_line && end.find(' ') != npos &&
           std::string_view(".:!?").find(end.back()) == npos &&
           !(current() != nullptr && current()->heading_line == i - 1);
  }

  // Number lines and a closed marker right under the heading.
  bool read_preamble(std::size_t i, const line& l) {
    const std::string_view t = l.text;
    if (i == fact_value_line_) return true;  // the value under a fact's label
    // A table's head row of number labels, and the values under it.
    if (read_number_table(t)) return true;
    if (const std::string row = number_label_row(t); !row.empty()) {
      collect_numbers(row, item_.case_numbers, item_.document_numbers);
      item_.closed = item_.closed || closed_status_after_numbers(t);
      return true;
    }
    if (is_number_line(l)) {
      collect_numbers(t, item_.case_numbers, item_.document_numbers);
      bool closed = false;
      after_status(t, closed);  // "Lukket - 2007/34364"
      item_.closed = item_.closed || closed || closed_status_after_numbers(t);
      return true;
    }
    if (is_closed_line(t) || is_closed_door_note(t)) {
      item_.closed = true;
      return true;
    }
    // "Lukket punkt - personsag": a marker and its reason under the heading.
    if (t.size() <= max_marker_line && starts_with_closed_marker(t)) {
      item_.closed = true;
      return true;
    }
    if (bool closed = false; is_status_line(t, closed)) {  // "Status: Lukket"
      item_.closed = item_.closed || closed;
      return true;
    }
    // "Status" alone over "Lukket" (a table's cells stacked in PDF text):
    // the next line, a closed or open line, is read as the preamble's.
    const std::size_t next = next_content(ctx_.lines, i + 1, end_);
    const std::string_view below = next < end_ ? ctx_.lines[next].text : std::string_view();
    if (is_status_label(t) && (is_closed_line(below) || is_open_line(below))) return true;
    // "Sagsbehandler" alone over "Lotte Bendixen": a fact and its value,
    // never a sentence, a heading, a number or a marker under an empty cell.
    if (is_case_fact_label(t)) {
      if (!below.empty() && below.size() <= max_fact_value && !below.ends_with('.') &&
          !classify_heading(below) && !is_number_line(ctx_.lines[next]) &&
          !is_number_label_line(below) && !is_closed_line(below) && !is_open_line(below) &&
          !is_status_label(below) && !is_case_fact_label(below))
        fact_value_line_ = next;
      return true;
    }
    // The rule under "| Sagsnr.: | 24/1123 |" (a converter's table) is no
    // text, nor is the items' group said again under the title.
    if (is_table_rule_line(t) || is_empty_row(t) || is_lettered_group_line(t)) return true;
    // "Sagsnr." alone over "450-2018-4075" (PolWeb, Nyborg): the label's
    // number is the bare number line under it, also one too short to stand
    // bare ("Sagsnr:" over "09/141", Region Syddanmark).
    if (const std::string_view label = std::exchange(label_alone_, {}); !label.empty()) {
      // "Sagsnr. Status" over "24/1002 Lukket" (a PDF's table of facts, its
      // cells apart by one blank): the last cell under the status label.
      if (is_status_label(last_word(label)) && is_closed_line(last_word(t))) item_.closed = true;
      std::string labelled(label);
      labelled += ' ';
      labelled += t;
      const std::size_t before = item_.case_numbers.size() + item_.document_numbers.size();
      collect_numbers(labelled, item_.case_numbers, item_.document_numbers);
      if (item_.case_numbers.size() + item_.document_numbers.size() > before) return true;
    }
    // (A label with its number and a sentence after it, "Sagsnr. 2024-004512.
    // Kommunen har ...", is the item's text: its numbers are read with it.)
    if (is_number_label_line(t) && danish::find_numbers(t).empty()) {
      label_alone_ = t;
      return true;
    }
    return is_open_line(t);  // "Åben sag": open is the default
  }

  // "| Sagsnr. | Dokumentnr. | Sagsansvarlig |" over "| 22/4711 | 22/4711-3 |
  // Karen Ebbesen |" (a Word or web table with the labels as its column
  // heads): each number is read under its label, which says its kind.
  bool read_number_table(std::string_view t) {
    if (!number_heads_.empty() && is_table_rule_line(t)) return true;  // "| --- | --- |"
    const std::vector<std::string_view> cells = row_cells(t);
    if (const std::vector<std::string_view> heads = std::exchange(number_heads_, {});
        !heads.empty() && !cells.empty() && cells.size() <= heads.size()) {
      // A row a cell short (a PDF wrote its last cell, "Åbent punkt", on a
      // line of its own) is read cell by cell all the same; a number under
      // no number label keeps the kind its shape says.
      for (std::size_t c = 0; c < cells.size(); ++c) {
        // "| Sagsnr. | Status |" over "| 24/5555 | Lukket |".
        if (is_status_label(heads[c]) && is_closed_line(cells[c])) item_.closed = true;
        std::string labelled;
        if (is_number_label_line(heads[c])) {
          labelled = heads[c];
          labelled += ' ';
        }
        labelled += cells[c];
        collect_numbers(labelled, item_.case_numbers, item_.document_numbers);
      }
      return true;
    }
    const bool heads_numbers = is_number_head_row(t);
    if (heads_numbers) number_heads_ = cells;
    return heads_numbers;
  }

  // A plain "Beslutning" heading below line `i` in this item. The item's
  // last one is found once, searching from its end (records are many in
  // some items, the lines between them more).
  bool plain_decision_below(std::size_t i) {
    if (!last_plain_decision_) {
      last_plain_decision_ = first_;
      for (std::size_t j = end_; j > first_; --j) {
        const line& l = ctx_.lines[j - 1];
        if (l.blank || l.furniture) continue;
        if (classify_heading(l.text).is_plain_decision()) {
          last_plain_decision_ = j - 1;
          break;
        }
      }
    }
    return *last_plain_decision_ > i;
  }

  void open_heading(std::size_t i, const line& l, heading_match h) {
    std::string_view k = h.kind;
    if (h.type == heading_type::decision_record && ctx_.keep_history_decisions) {
      const bool other_meeting =
          !h.date.empty() && !ctx_.meeting_date.empty() && h.date != ctx_.meeting_date;
      const bool undated_in_history = h.date.empty() && in_history_block_;
      // "Beslutning fra Plan, Miljø og Teknik, 30. november 2021, pkt. 563:"
      // above the item's own plain "Beslutning" (Stevns's item pages, no
      // meeting date to compare): the dated record is an earlier meeting's.
      const bool before_own =
          !h.date.empty() && ctx_.meeting_date.empty() && plain_decision_below(i);
      if (other_meeting || undated_in_history || before_own) k = kind::history;
    }
    if (h.type == heading_type::fixed && k == kind::history) in_history_block_ = true;
    if (h.type == heading_type::fixed && k == kind::decision) in_history_block_ = false;
    // "Sagsfremstilling" over "Sagsfremstilling:" (Assens's pages repeat the
    // heading as its text's first line): one section, not an empty one.
    if (const open_section* s = current(); s != nullptr && !closed_ && s->first == npos &&
                                           s->inline_text.empty() && h.inline_text.empty() &&
                                           s->kind == k && equals_ci(s->heading, h.heading))
      return;
    open(i, k, std::move(h.heading), h.inline_text, l.md_level);
  }

  // "• Resume" over the section's text: a web page's fold-out sections, a
  // list when the page was saved as text. A whole heading of the table
  // after "•" or "▪" alone, not a line of a list ("• Økonomi" over
  // "• Trafik", topics in a text); "• Bilag" over "• Indstilling" is an
  // empty section (the page's links to the attachments left out).
  heading_match bulleted_heading(std::size_t i, std::string_view t) const {
    heading_match h = classify_bulleted_heading(t);
    if (!h) return h;
    // "-", "*", "–" bullet a list in the text too ("Sagen forelægges til" /
    // "- Orientering" / "- Beslutning"): as a fold-out section's only where
    // the page indents it ("    - Sagsfremstilling").
    const line& l = ctx_.lines[i];
    if (!starts_with_page_bullet(t) && !l.raw.starts_with(' ') && !l.raw.starts_with('\t'))
      return {};
    // A list's line: a bulleted line that is no heading right below or above.
    const auto list_line = [&](std::size_t j) {
      return j < end_ && starts_with_heading_bullet(ctx_.lines[j].text) &&
             !classify_bulleted_heading(ctx_.lines[j].text);
    };
    if (list_line(next_content(ctx_.lines, i + 1, end_))) return {};
    if (i > first_ && !ctx_.lines[i - 1].blank && list_line(i - 1)) return {};
    return h;
  }

  // An attendance note is a section of its own when nothing but headings
  // or the next item follow it ("Afbud ..." closing each Ballerup item).
  // The line's absences from this item; a note naming only other items ("X
  // deltog ikke under punkt 3" under item 1) is theirs
  // (add_item_absences_from_header).
  void collect_own_absent(std::string_view text) {
    const std::size_t before = item_.absent.size();
    collect_absent(text, item_.absent);
    // Most lines name nobody: the notes are read only where one did.
    if (item_.absent.size() > before && names_other_items_only(text, item_.number))
      item_.absent.resize(before);
  }

  bool is_trailing(std::size_t i) const {
    const std::size_t next = next_content(ctx_.lines, i + 1, end_);
    return next >= end_ || is_section_heading(ctx_.lines[next].text);
  }

  open_section* current() { return sections_.empty() ? nullptr : &sections_.back(); }

  void open(std::size_t i, std::string_view k, std::string heading, std::string_view inline_text,
            std::uint8_t md_level) {
    close();
    preamble_ = false;
    open_section s;
    s.heading_line = i;
    s.kind = k;
    s.heading = std::move(heading);
    s.inline_text = inline_text;
    s.md_level = md_level;
    sections_.push_back(std::move(s));
    closed_ = false;
  }

  void add_content(std::size_t i) {
    preamble_ = false;
    if (sections_.empty() || closed_) {
      // Text before any heading.
      close();
      open_section s;
      s.kind = ctx_.lone_text_decides ? kind::decision : kind::body;
      sections_.push_back(std::move(s));
      closed_ = false;
    }
    open_section& s = sections_.back();
    if (s.first == npos) s.first = i;
    s.last = i;
  }

  void close() {
    if (sections_.empty() || closed_) return;
    closed_ = true;
    const open_section& s = sections_.back();
    section out;
    out.heading = s.heading;
    out.kind = s.kind;
    out.text = section_text(ctx_, s);
    const std::size_t start_line = s.heading_line != npos ? s.heading_line : s.first;
    out.start = ctx_.lines[start_line].offset;
    out.end = s.last != npos ? ctx_.lines[s.last].end() : ctx_.lines[start_line].end();
    if (s.kind == kind::decision) {
      // Without notes left out the decision's text is the section's: built
      // once (decision_text would build it again).
      const std::string with_notes_left_out =
          s.notes.empty() ? std::string() : decision_text(ctx_, s);
      const std::string& decision = s.notes.empty() ? out.text : with_notes_left_out;
      if (!decision.empty()) {
        if (!item_.decision.empty()) item_.decision += "\n\n";
        item_.decision += decision;
      }
    }
    if (s.kind == kind::attachments) {
      if (!s.inline_text.empty()) collect_attachments(s.inline_text, item_.attachments);
      if (s.first != npos) {
        for (std::size_t i = s.first; i <= s.last; ++i) {
          const line& l = ctx_.lines[i];
          if (!l.blank && !l.furniture) collect_attachments(l.text, item_.attachments);
        }
      }
    }
    item_.sections.push_back(std::move(out));
  }

  // "Ad 1) Godkendelse af dagsorden" over "Konklusion: Dagsordenen blev
  // godkendt." (a council's minutes): an item with no decision, whose last
  // section is its conclusion, was decided so. (In committee minutes a
  // conclusion is the administration's, under the case, with a decision
  // after it.)
  void conclusion_decides() {
    if (ctx_.agenda || !item_.decision.empty() || sections_.empty() || item_.sections.empty())
      return;
    if (std::any_of(item_.sections.begin(), item_.sections.end(),
                    [](const section& s) { return s.kind == kind::decision; }))
      return;
    section& last = item_.sections.back();
    if (last.kind != kind::assessment || !equals_ci(trim_end(last.heading, ":"), "Konklusion"))
      return;
    const std::string decision = decision_text(ctx_, sections_.back());
    if (decision.empty()) return;
    last.kind = kind::decision;
    item_.decision = decision;
  }

  const body_context& ctx_;
  const std::size_t first_;
  const std::size_t end_;
  item& item_;
  std::vector<std::string>& warnings_;
  std::vector<open_section> sections_;
  bool closed_ = true;
  bool preamble_ = true;
  bool list_below_ = false;    ///< the line above was an absence label or a line of its list
  bool present_list_ = false;  ///< "Tilstede var:" opened the decision; its list goes on
  bool in_history_block_ = false;
  bool bulleted_sections_ = false;      ///< the item's first section heading was a list's entry
  std::string_view label_alone_;        ///< a number label alone, over its number ("Sagsnr:")
  std::size_t fact_value_line_ = npos;  ///< the value under a fact's label alone ("Sagsbehandler")
  std::vector<std::string_view> number_heads_;  ///< a table's head row of number labels
  /// The line of the item's last plain "Beslutning" (first_ when none); once asked.
  std::optional<std::size_t> last_plain_decision_;
};

// "Bilag 1: Budgetnotat", "1. Kapacitetsplan", "2) Kort": the list
// numbering is not part of the name ("4.1 ANBEFALES Notat" keeps its number).
std::string_view strip_enumeration(std::string_view t) {
  std::string_view rest = t;
  const bool labelled = starts_with_ci(rest, "Bilag ");
  if (labelled) rest = trim(rest.substr(6));
  std::size_t digits = 0;
  while (digits < rest.size() && digits < 4 && starts_digit(rest.substr(digits))) ++digits;
  if (digits == 0 || digits > 3 || digits >= rest.size()) return t;
  rest.remove_prefix(digits);
  const char sep = rest[0];
  if (sep != '.' && sep != ')' && sep != ':' && !(labelled && (sep == ' ' || sep == '-'))) {
    return t;
  }
  if (sep != ' ') rest.remove_prefix(1);
  if (rest.empty() || (rest[0] != ' ' && rest[0] != '\t')) return t;
  rest = trim(rest);
  while (!rest.empty() && (rest[0] == '-' || rest[0] == ':')) rest = trim(rest.substr(1));
  return rest.empty() ? t : rest;
}

}  // namespace

bool is_meeting_fact_line(std::string_view t) {
  constexpr std::size_t longest_place = 80;
  t = trim(t);
  if (starts_with_ci(t, "dato:")) {
    // The date alone (a weekday before it, a time after it), never "Dato:
    // 15. januar 2025 blev fastsat som frist."
    const std::string_view value = trim(t.substr(std::string_view("dato:").size()));
    const danish::date_match date = danish::find_date(value);
    if (date.iso.empty()) return false;
    std::string_view rest = trim(value.substr(date.end));
    while (!rest.empty() && (rest.front() == ',' || rest.front() == '-'))
      rest = trim(rest.substr(1));
    if (rest.starts_with("–")) rest = trim(rest.substr(std::string_view("–").size()));
    return rest.empty() || starts_with_ci(rest, "kl");  // ", kl. 17.00", "- kl. 17.00"
  }
  if (!starts_with_ci(t, "sted:")) return false;
  // A place, no sentence ("Sted: Rådhuset, hvor materialet ligger.").
  const std::string_view place = trim(t.substr(std::string_view("sted:").size()));
  return !place.empty() && place.size() <= longest_place && find_bytes(place, " hvor ") == npos &&
         find_bytes(place, " som ") == npos && find_bytes(place, " der ") == npos;
}

void collect_attachments(std::string_view line_text, std::vector<std::string>& out) {
  static const RE2 count(R"((?i)\d+\s+bilag\b.*)");
  std::string_view t = trim(line_text);
  // "1. Udkast til handicappolitik; 2. Handicaprådets høringssvar": a list
  // on one line (or a Word cell's paragraphs), one attachment an entry.
  for (std::size_t semi = t.find("; "); semi != std::string_view::npos;
       semi = t.find("; ", semi + 1)) {
    const std::string_view next = t.substr(semi + 2);
    const std::size_t digits = next.find_first_not_of("0123456789");
    if (digits == 0 || digits == std::string_view::npos || digits > 2 ||
        (next[digits] != '.' && next[digits] != ')'))
      continue;
    collect_attachments(t.substr(0, semi), out);
    collect_attachments(next, out);
    return;
  }
  for (const std::string_view bullet :
       {std::string_view("- "), std::string_view("• "), std::string_view("· "),
        std::string_view("* "), std::string_view("§ ")}) {
    if (t.starts_with(bullet)) t = trim(t.substr(bullet.size()));
  }
  if (t.empty() || is_number_line(t)) return;
  if (starts_digit(t) && RE2::FullMatch(re2::StringPiece(t.data(), t.size()), count)) return;
  // "Ingen bilag" (NemAgenda under every item without one): none.
  static constexpr std::string_view none[] = {"ingen bilag", "ingen", "intet bilag",
                                              "ingen bilag."};
  if (equals_ci_any(t, none)) return;
  std::string_view label, names;
  if (split_attendance_line(t, label, names)) return;
  t = strip_enumeration(t);
  // "Budgetnotat (Dok.nr. 13877/24)": the document number is not the name.
  if (t.ends_with(")")) {
    const std::size_t open = t.rfind('(');
    if (open != std::string_view::npos && open > 0 &&
        is_number_line(t.substr(open + 1, t.size() - open - 2))) {
      t = trim(t.substr(0, open));
    }
  }
  // "Ungestrategi februar 2019 727-2019-83641": the number is the document's, not its name.
  if (starts_digit(t.substr(t.size() - 1))) {
    const auto numbers = danish::find_numbers(t);
    if (!numbers.empty() && numbers.back().start > 0 &&
        trim(t.substr(numbers.back().end)).empty()) {
      t = trim(t.substr(0, numbers.back().start));
    }
  }
  std::string name = collapse_blanks(t);
  if (name.empty()) return;
  if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
}

void fill_item_body(const body_context& ctx, std::size_t first, std::size_t end, item& it,
                    std::vector<std::string>& warnings) {
  body_reader(ctx, first, end, it, warnings).run();
  drop_repeated(it.case_numbers);
  drop_repeated(it.document_numbers);
}

}  // namespace protokol::segmenter
