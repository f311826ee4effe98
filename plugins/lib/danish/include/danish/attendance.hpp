// danish/attendance.hpp: the words of attendance notes, one copy for every
// stage (the segmenter's member lists and item absences, the people
// extractor's participants). docs/segmentation.md and docs/entities.md list them.
#pragma once

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "danish/bytes.hpp"
#include "danish/text.hpp"

namespace protokol::danish {

/// Labels of notes that name absent members ("Afbud: X", "Fraværende: X"),
/// lowercase, longest first so "afbud/fraværende" wins over "afbud".
inline constexpr std::string_view absence_labels[] = {
    "følgende deltog ikke",
    "i mødet deltog ikke",
    "afbud/fraværende",
    "fraværende/afbud",
    "afbud / fraværende",
    "ikke til stede",
    "ikke tilstede",
    "ej til stede",  // Ringsted
    "ikke fremmødt",
    "ikke mødt",                   // councils' minutes
    "følgende havde meldt afbud",  // Copenhagen
    "følgende har meldt afbud",
    "følgende meldte afbud",
    "meldt afbud",  // "Meldt afbud: X (O)"
    "fraværende",
    "forhindret",
    "forfald",
    "fravær",
    "afbud",
};

/// Labels of notes that name members who took no part in one item, under
/// that item ("Inhabil: X", "Inhabilitet: X"), lowercase, longest first. In a
/// meeting header they say nothing of the meeting's attendance.
inline constexpr std::string_view item_absence_labels[] = {
    "inhabilitet",
    "inhabile",
    "inhabil",
};

/// Phrases after one or more names that say they were not there ("X deltog
/// ikke", "X havde meldt afbud"), lowercase. A blank stands before each in
/// the text, and no phrase holds a blank followed by the start of another,
/// so occurrences never overlap.
inline constexpr std::string_view absence_phrases[] = {
    "deltog ikke",
    "deltager ikke",
    "var fraværende",
    "er fraværende",
    "havde meldt afbud",
    "har meldt afbud",
    "meldte afbud",
    "havde meldt forfald",  // Frederiksberg: "X og Y havde meldt forfald."
    "har meldt forfald",
    "meldte forfald",
    "havde meldt fravær",
    "havde forfald",  // "Anne Holm havde forfald."
    "har forfald",
    "havde afbud",
    "har afbud",
    "var ikke mødt",
    "var ikke til stede",
    "var ikke tilstede",
    "var forhindret",
    "mødte ikke",  // "X var indkaldt, men mødte ikke frem"
    "udeblev",     // "X udeblev uden afbud"
    // Inhabil: no part in the item ("X erklærede sig inhabil og forlod mødet").
    "erklærede sig inhabil",
    "var inhabil",
};

/// What an attendance list holds when it names nobody ("Fraværende:
/// Ingen."), lowercase, without a full stop.
inline constexpr std::string_view empty_list_values[] = {
    "ingen",       "intet",       "ingen afbud", "-", "–", "ingen fravær", "ikke registreret",
    "ikke oplyst", "ikke angivet"};

/// True when absence notes in a section of `kind` (docs/sections.md) are
/// another meeting's: a recommendation quotes the committee that sent the
/// item on ("Økonomiudvalget anbefaler indstillingen." over "X var
/// fraværende.", Aalborg), a history earlier meetings.
inline bool quotes_other_meeting(std::string_view kind) {
  return kind == "recommendation" || kind == "history";
}

/// Labels of notes that name who sat in for an absent member
/// ("Stedfortrædere: X (V)"), lowercase.
inline constexpr std::string_view substitute_labels[] = {
    "stedfortrædere",
    "stedfortræder",
    "suppleanter",
    "suppleant",
};

/// Verbs after a name that say the one named was summoned or sat in
/// ("Merete Øverup indkaldt", "Svend Aage Møller (V) deltog").
inline constexpr std::string_view sat_in_verbs[] = {" indkaldt", " deltog", " deltager", " mødte"};

/// The length of a verb ending an entry of an absentees' list that says the
/// one named was summoned or sat in for them, a full stop after it allowed
/// ("Maria Bagger Grell, Merete Øverup indkaldt", "Jens Askov og Henrik
/// Bang-Pedersen, Jes König deltog" under "Fraværende med afbud:",
/// Copenhagen's local committees); 0 when there is none.
inline std::size_t sat_in_verb_length(std::string_view entry) {
  // "Dorte Lund (F) - ingen suppleant mødte", "Carl Dam (C). Suppleant ikke
  // indkaldt.": a note on the absent one, no one who sat in. The notes'
  // words whole ("Rikke Juhl indkaldt" sat in), a sentence's end only after
  // a lowercase letter ("Gitte K. Juhl" has an initial).
  static constexpr std::string_view notes[] = {" - ", " – ", " ikke ", " ingen ", " Ingen "};
  while (!entry.empty() && (entry.back() == '.' || entry.back() == ' ')) entry.remove_suffix(1);
  for (const std::string_view verb : sat_in_verbs) {
    if (!entry.ends_with(verb)) continue;
    for (const std::string_view note : notes)
      if (entry.find(note) != std::string_view::npos) return 0;
    for (std::size_t dot = entry.find(". "); dot != std::string_view::npos;
         dot = entry.find(". ", dot + 1))
      if (dot > 0 && entry[dot - 1] >= 'a' && entry[dot - 1] <= 'z') return 0;
    return verb.size();
  }
  return 0;
}

/// Labels of remarks in a meeting header ("Bemærkninger: X medvirkede ikke
/// ved ..."), lowercase with their colon: no list of people, so a list
/// label above one ("Fraværende:" with nothing after it) ends there.
inline constexpr std::string_view remark_labels[] = {
    "bemærkninger:", "bemærkning:", "bemærk:", "kommentarer:", "kommentar:", "noter:", "note:",
};

/// Where a label's list of names ends: with its sentence. "Afbud fra A (A),
/// B (V). Som suppleanter er indkaldt C (A)." lists A and B only; the length
/// returned keeps the full stop. A full stop after an initial ("Anne V.
/// Kristensen") ends nothing, nor one before a lowercase word ("pkt. 3").
inline std::size_t list_sentence_end(std::string_view list) {
  for (std::size_t dot = list.find(". "); dot != std::string_view::npos;
       dot = list.find(". ", dot + 1)) {
    const bool initial = dot >= 1 && starts_upper(list.substr(dot - 1)) &&
                         (dot == 1 || list[dot - 2] == ' ' || list[dot - 2] == '.');
    std::size_t next = dot + 2;
    while (next < list.size() && list[next] == ' ') ++next;
    if (!initial && starts_upper(list.substr(next))) return dot + 1;
  }
  return list.size();
}

/// Why a member was away, as lists give it after the name ("Henrik Skov (A)
/// (ferie)", "Maria Østergaard (Æ) - Kursus", "Bo Lind (V) pga. sygdom"),
/// lowercase. No role.
inline constexpr std::string_view absence_reasons[] = {
    "ferie",
    "sygdom",
    "syg",
    "sygemeldt",
    "barsel",
    "barselsorlov",
    "orlov",
    "kursus",
    "tjenesterejse",
    "rejse",
    "bortrejst",
    "udlandsrejse",
    "andet møde",
    "andre møder",
    "andre forpligtelser",
    "anden aftale",
    "arbejde",
    "arbejdsmæssige årsager",
    "private årsager",
    "personlige årsager",
    "familiemæssige årsager",
    "privat",
    "forhindret",
};

/// Words before a reason ("pga. sygdom", "grundet ferie"), lowercase.
inline constexpr std::string_view absence_reason_leads[] = {"pga. ", "p.g.a. ", "grundet ",
                                                            "på grund af ", "pga "};

/// True when `text` (a parenthesis's or a dash tail's words) is a reason
/// for being away, in any case, a full stop after it or not.
inline bool is_absence_reason(std::string_view text) {
  constexpr std::size_t max_reason = 40;
  text = trim(text);
  while (!text.empty() && text.back() == '.') text.remove_suffix(1);
  if (text.empty() || text.size() > max_reason) return false;
  char buffer[max_reason + 8];
  std::string_view folded = fold_case_into(text, buffer, sizeof buffer);
  for (const std::string_view lead : absence_reason_leads) {
    if (folded.starts_with(lead)) {
      folded.remove_prefix(lead.size());
      break;
    }
  }
  for (const std::string_view reason : absence_reasons)
    if (folded == reason) return true;
  return false;
}

/// The four-byte openings of absence_labels, by caseless_hash4().
inline constexpr bit_table<4096> absence_label_openings = [] {
  bit_table<4096> t;
  for (const std::string_view label : absence_labels) t.set(caseless_hash4(load4(label.data())));
  return t;
}();

static_assert(std::all_of(std::begin(absence_labels), std::end(absence_labels),
                          [](std::string_view label) { return label.size() >= 4; }),
              "absence_label_openings holds four bytes of each label");

/// Whether a line of `text` is an absence label with no one after it
/// ("Fraværende:", "Fraværende: Ingen").
inline bool notes_nobody_absent(std::string_view text) {
  constexpr std::size_t max_label_line = 40;
  char buffer[max_label_line + 8];
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t lf = std::min(text.find('\n', pos), text.size());
    const std::string_view line = trim(text.substr(pos, lf - pos));
    pos = lf + 1;
    // Only short lines whose first letter starts a label (absence_labels)
    // are folded and compared: a search of the whole item text for the labels'
    // words stopped at every "r" and "f".
    static constexpr first_byte_set label_starts(absence_labels);
    if (line.empty() || line.size() > max_label_line || !label_starts.may_start(line)) continue;
    // Four ASCII bytes fold to their lowercase, which caseless_hash4() hashes
    // alike: a line whose opening is no label's ("Indstilling", "Ad 1") is
    // not folded.
    if (line.size() >= 4) {
      const std::uint32_t four = load4(line.data());
      if (!has_non_ascii(four) && !absence_label_openings.test(caseless_hash4(four))) continue;
    }
    const std::string_view folded = fold_case_into(line, buffer, sizeof buffer);
    for (const std::string_view label : absence_labels) {
      if (!folded.starts_with(label)) continue;
      std::string_view rest = trim(folded.substr(label.size()));
      if (rest.starts_with(':')) rest = trim(rest.substr(1));
      if (rest.empty() || rest == "ingen" || rest == "ingen.") return true;
      break;
    }
  }
  return false;
}

/// True when `line` starts with one of remark_labels, in any case.
inline bool starts_with_remark_label(std::string_view line) {
  char buffer[16];
  const std::string_view head = fold_case_into(line.substr(0, 15), buffer, sizeof buffer);
  for (const std::string_view label : remark_labels)
    if (head.starts_with(label)) return true;
  return false;
}

}  // namespace protokol::danish
