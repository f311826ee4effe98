#include "header.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <functional>

#include "danish/attendance.hpp"
#include "danish/dates.hpp"
#include "danish/first_names.hpp"
#include "danish/names.hpp"
#include "danish/parties.hpp"
#include "danish/roles.hpp"
#include "heading_map.hpp"
#include "member_table.hpp"
#include "municipality.hpp"
#include "people.hpp"
#include "text_util.hpp"
#include "titles.hpp"
#include "toc.hpp"

namespace protokol::segmenter {

using danish::date_match;
using danish::find_date;
using danish::find_time;
using danish::time_after_date;
namespace {

// Longer labels first: "Afbud/Fraværende" before "Afbud".
constexpr header_label labels[] = {
    {"Afbud/Fraværende", header_field::absent, ""},
    {"Fraværende/Afbud", header_field::absent, ""},
    {"Afbud / Fraværende", header_field::absent, ""},
    {"Fraværende / Afbud", header_field::absent, ""},
    {"Mødedeltagere", header_field::present, ""},
    {"Tilstedeværende", header_field::present, ""},
    {"Deltog ikke", header_field::absent, ""},
    {"Deltog", header_field::present, ""},
    {"Deltagende", header_field::present, ""},
    // With the colon only: "Følgende deltog ikke i behandlingen af punkt 2:"
    // names an item's absence, not the meeting's (review 33).
    {"Følgende deltog ikke i mødet", header_field::absent, "", false, true},
    {"Følgende deltog ikke", header_field::absent, "", false, true},
    {"Følgende deltog", header_field::present, ""},
    {"I mødet deltog ikke", header_field::absent, "", false, true},
    {"I mødet deltog", header_field::present, ""},  // Copenhagen's committees
    // Who else took part, after the members (trial BJ).
    {"Desuden deltog", header_field::present, "", false, true},
    {"Derudover deltog", header_field::present, "", false, true},
    {"Endvidere deltog", header_field::present, "", false, true},
    {"Herudover deltog", header_field::present, "", false, true},
    // Staff who took part, after the members, as the people extractor reads
    // them too: "Fra forvaltningen Bjarne Pedersen, ...," over "Iben Koch, ..."
    // (Rudersdal's "Dagsorden med vedtagelser"), a list wrapped at its commas.
    {"Fra administrationen deltog", header_field::present, ""},
    {"Fra forvaltningen deltog", header_field::present, ""},
    {"Fra administrationen", header_field::present, ""},
    {"Fra forvaltningen", header_field::present, ""},
    {"Følgende havde meldt afbud", header_field::absent, "", false, true},  // Copenhagen
    {"Følgende har meldt afbud", header_field::absent, "", false, true},
    {"Følgende meldte afbud", header_field::absent, "", false, true},
    {"Meldt afbud", header_field::absent, ""},
    {"Ikke til stede", header_field::absent, ""},
    {"Ikke tilstede", header_field::absent, ""},
    {"Ej til stede", header_field::absent, ""},  // Ringsted
    {"Ikke fremmødt", header_field::absent, ""},
    {"Ikke mødt", header_field::absent, ""},  // councils' minutes
    {"Deltagere", header_field::present, ""},
    {"Tilstede", header_field::present, ""},
    // Retyped minutes say it in a sentence ("Til stede var: ...").
    {"Til stede var", header_field::present, ""},
    {"Mødet blev afholdt med deltagelse af", header_field::present, ""},
    {"Til stede", header_field::present, ""},
    {"Fremmødte", header_field::present, ""},
    {"Fremmødt", header_field::present, ""},  // Dragør's seniors' council
    {"Fremmøde", header_field::present, ""},
    {"Udvalgsmedlemmer", header_field::present, ""},  // before "Udvalg"
    {"Udvalgets medlemmer", header_field::present, ""},
    {"Medlemmer", header_field::present, ""},
    // A board's minutes list its members under the board ("Bestyrelsen: X, Y og Z").
    {"Bestyrelsesmedlemmer", header_field::present, ""},
    {"Bestyrelsen", header_field::present, "", false, true},
    // Sbsys pages list the members called to the meeting under it.
    {"Indkaldelse", header_field::present, "", true},
    {"Afbud", header_field::absent, ""},
    {"Fraværende", header_field::absent, ""},
    {"Fravær", header_field::absent, ""},
    {"Forfald", header_field::absent, ""},
    {"Forhindret", header_field::absent, ""},
    {"Udeblevet", header_field::absent, ""},
    {"Udeblevne", header_field::absent, ""},
    {"Udvalgssekretær", header_field::secretary, "udvalgssekretær"},
    {"Sekretær", header_field::secretary, "sekretær"},
    {"Referent", header_field::secretary, "referent"},
    {"Protokolfører", header_field::secretary, "protokolfører"},
    {"Mødeleder", header_field::secretary, "mødeleder"},
    {"Ordstyrer", header_field::secretary, "ordstyrer"},
    // Substitutes sit in for absent members: present, with that role.
    {"Stedfortrædere", header_field::secretary, "stedfortræder"},
    {"Stedfortræder", header_field::secretary, "stedfortræder"},
    // With a colon only: "Suppleant til LAG Haderslev-Tønder" is an item's title.
    {"Suppleanter", header_field::secretary, "stedfortræder", false, true},
    {"Suppleant", header_field::secretary, "stedfortræder", false, true},
    // "Afbud: X (V)" over "I stedet mødte: Y (V)".
    {"I stedet mødte", header_field::secretary, "stedfortræder"},
    {"I stedet deltog", header_field::secretary, "stedfortræder"},
    {"Dato, tid og sted", header_field::when_where, ""},
    {"Tid og sted", header_field::when_where, ""},
    {"Sted og tid", header_field::when_where, ""},  // the place first (trial BF)
    {"Sted og dato", header_field::when_where, ""},
    {"Tidspunkt og sted", header_field::when_where, ""},
    {"Dato og sted", header_field::when_where, ""},
    {"Mødedato og tidspunkt", header_field::date, ""},
    {"Dato og tidspunkt", header_field::date, ""},
    {"Mødedato", header_field::date, ""},
    {"Dato og tid", header_field::date, ""},
    {"Dato", header_field::date, ""},
    {"Mødetidspunkt", header_field::time, ""},
    {"Mødet påbegyndt", header_field::time, ""},  // a 2005 committee's PDF
    {"Mødet startet", header_field::time, ""},
    {"Mødet begynder", header_field::time, "", false, true},  // not "Mødet begynder kl. 16 og ..."
    {"Mødet afsluttet", header_field::ignored, ""},
    {"Mødet sluttet", header_field::ignored, ""},
    {"Mødet hævet", header_field::ignored, ""},
    {"Møde slut", header_field::ignored, ""},
    {"Sluttidspunkt", header_field::ignored, ""},
    {"Slut kl.", header_field::ignored, "", false, true},
    {"Starttidspunkt for møde", header_field::time, ""},  // Tønder
    {"Starttidspunkt", header_field::time, ""},
    {"Tidspunkt", header_field::time, ""},
    {"Mødetid", header_field::time, ""},
    {"Mødestart", header_field::time, ""},
    {"Starttid", header_field::time, ""},
    {"Start kl.", header_field::time, ""},  // "Start kl.: 17:00 Slut kl.: 19:25" (Norddjurs)
    {"Start", header_field::time, ""},
    {"Tid", header_field::time, ""},
    {"Klokken", header_field::time, ""},
    {"Kl.", header_field::time, ""},
    {"Mødested", header_field::location, ""},
    {"Mødelokation", header_field::location, ""},
    {"Møde lokation", header_field::location, ""},  // NemAgenda pages
    {"Lokation", header_field::location, ""},
    {"Mødelokale", header_field::location, ""},
    {"Lokale", header_field::location, ""},
    {"Sted", header_field::location, ""},
    {"Udvalg", header_field::committee, ""},
    {"Mødeforum", header_field::committee, ""},
    // Albertslund: "Forum:" / "Tid:" / "Sted:" (colon only).
    {"Forum", header_field::committee, "", false, true},
    // Web agenda systems file the minutes under the committee.
    {"Kategori", header_field::committee, ""},
    {"Kommune", header_field::municipality, ""},
};

// First words of a heading line that starts with its document type.
constexpr std::string_view doc_type_starts[] = {"referat",   "dagsorden",   "beslutningsprotokol",
                                                "protokol",  "mødereferat", "beslutningsreferat",
                                                "udskrift",  "åben",        "lukket",
                                                "offentlig", "opdateret",   "revideret"};
// Document types that may follow the committee ("Økonomiudvalget - Referat").
constexpr std::string_view doc_type_words[] = {"referat", "dagsorden", "protokol"};

// Words that name a political body in a committee line ("råd" and
// "magistrat" only as a word's end: is_council_at). "Magistraten" is Aarhus's executive committee;
// "Borgerrepræsentationen" is Copenhagen's council; "Beredskabskommissionen",
// "Beboerklagenævnet" are bodies a municipality's minutes come from too.
constexpr std::string_view body_words[] = {
    "udvalg", "byråd",      "kommunalbestyrelse",
    "råd",    "bestyrelse", "forum",
    "komité", "kommission", "repræsentation",
    "nævnet", "klagenævn",  "magistrat"};  // never "ovennævnte"
constexpr std::string_view weekdays[] = {"mandag", "tirsdag", "onsdag", "torsdag",
                                         "fredag", "lørdag",  "søndag"};
constexpr std::size_t max_committee_line = 120;
// An unlabelled date line ("Onsdag den 12. juni 2024 kl. 15.30") is short.
constexpr std::size_t max_date_line = 120;
// Words that name a meeting place, for an unlabelled line under the date
// line ("Byrådssalen, Vordingborg Rådhus", "Rådhuset, Udvalgsværelse 1").
// "huset": a named house ("Regionshuset Viborg", "Sundhedshuset",
// "Medborgerhuset"), the end of a compound in its definite form.
constexpr std::string_view place_words[] = {"rådhus",     "salen",   "lokale", "værelse",
                                            "mødecenter", "mødesal", "kontor", "bibliotek",
                                            "kulturhus",  "huset"};

// "Rådhus", "Rådhuset": a line of one word that names a meeting place.
bool names_place_word_alone(std::string_view text) {
  text = trim(text);
  return !text.empty() && text.find(' ') == std::string_view::npos && starts_upper(text) &&
         std::any_of(std::begin(place_words), std::end(place_words), [&](std::string_view w) {
           return find_ci(text, w) != std::string_view::npos;
         });
}
// "2, 3500 Værløse" under "Udvalgsværelse B, Furesø Rådhus, Stiager": an
// address wrapped after the street, its number and postcode on the next
// line (pdftotext keeps the print's lines).
bool goes_on_with_postcode(std::string_view text) {
  // The street's number first: a postcode line alone ("7400 Herning") stays
  // apart, as the value's own lines end.
  static const RE2 postcode(R"(\s*\d{1,4}[A-Za-z]?,?\s+\d{4}\s+\p{Lu}[^\d]{1,40})");
  text = trim(text);
  return text.size() <= 60 && starts_digit(text) &&
         RE2::FullMatch(re2::StringPiece(text.data(), text.size()), postcode);
}

// "5300 Kerteminde", "Adelgade 44, 8660 Skanderborg", "Rådhuset, Valdemarsgade
// 43, 4760 Vordingborg.": a line of an address that ends in a postcode and
// its town, as the second line of a place wrapped after a comma.
bool ends_with_postcode_town(std::string_view text) {
  static const RE2 postcode_town(R"(\d{4}\s+\p{Lu}[^\d,]{1,40}\.?)");
  constexpr std::size_t max_address = 80;
  text = trim(text);
  if (text.size() > max_address) return false;
  const std::size_t comma = text.rfind(", ");
  const std::string_view tail = comma == std::string_view::npos ? text : text.substr(comma + 2);
  return RE2::FullMatch(re2::StringPiece(tail.data(), tail.size()), postcode_town);
}
constexpr std::size_t max_place_line = 100;
// Words of an unlabelled header line whose date is not the meeting's:
// "Næste møde: 12. april 2022", "Dagsordenen udsendt 1. marts 2022",
// "Senest opdateret 3. maj 2021".
constexpr std::string_view other_date_words[] = {
    "næste møde", "udsend", "offentliggj", "offentliggør", "publiceret", "opdateret",
    "oprettet",   "ændret", "udskrevet",   "godkendt",     "tidligere",  "forrige møde"};

// "ØKONOMIUDVALGETS SAGER", "Udvalgets punkter": a group of items, named
// by the body whose items they are, not the body meeting.
bool names_item_group(std::string_view text) {
  for (const std::string_view group : {std::string_view(" sager"), std::string_view(" punkter")}) {
    if (text.size() > group.size() && equals_ci(text.substr(text.size() - group.size()), group))
      return true;
  }
  return false;
}

// "Dagsordenspunkter" over the list of items (Lemvig, FICS; Hedensted writes
// "Dagsordenpunkter"), "Åbne dagsordenspunkter": a heading of the items, not
// the title, where the page shows no title above it.
bool heads_item_list(std::string_view text) {
  static constexpr std::string_view headings[] = {"dagsordenspunkter", "dagsordenpunkter",
                                                  "punkter på dagsordenen", "dagsordenens punkter"};
  text = trim_end(text, ":");
  return names_item_group(text) || equals_ci_any(text, headings);
}

// "åbent 1 Stefan Agger - udtræden af kommunalbestyrelsen", "lukket 14
// Lukket punkt" (Lemvig, FICS): an entry of the list of items, its status
// first; `numbered_only` also takes "1 Title" (under a list's heading).
bool is_item_list_entry(std::string_view text, bool numbered_only) {
  static constexpr std::string_view statuses[] = {"åbent ", "åben ", "lukket "};
  // "-   1. Godkendelse af dagsorden": the list's entry with its bullet.
  if (numbered_only && (text.starts_with("- ") || text.starts_with("* ")))
    text = trim(text.substr(2));
  bool status = false;
  for (const std::string_view word : statuses) {
    if (starts_with_ci(text, word)) {
      text = trim(text.substr(word.size()));
      status = true;
      break;
    }
  }
  if (!status && !numbered_only) return false;
  std::size_t digits = 0;
  while (digits < text.size() && digits < 4 && starts_digit(text.substr(digits))) ++digits;
  if (digits == 0 || digits > 3) return false;
  std::size_t pos = digits;
  if (pos < text.size() && text[pos] == '.') ++pos;
  if (pos >= text.size() || (text[pos] != ' ' && text[pos] != '\t')) return false;
  return starts_upper(trim(text.substr(pos)));
}

// "29. august 2017" alone over "Referat (29. august 2017)" (Høje-Taastrup):
// the page's date line, read as the date, never the title.
bool is_date_alone(std::string_view text) {
  const date_match date = find_date(text);
  return !date.iso.empty() && date.start == 0 && trim(text.substr(date.end)).empty();
}

// An archive's own headings: "Dagsordener og referater 2008", "Oversigt over
// dagsordener og referater for odense byråd 2008": the documents in the
// plural name a list of meetings, so never this meeting's committee.
bool names_listing(std::string_view text) {
  return starts_with_ci(text, "dagsordener") || starts_with_ci(text, "referater") ||
         starts_with_ci(text, "oversigt over") || starts_with_ci(text, "byråd og udvalg");
}

// "Åben dagsorden", "Referat": words that name the document, and no body.
bool only_document_type(std::string_view text) {
  bool any = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::string_view word = danish::next_word(text, pos);
    if (!std::any_of(std::begin(doc_type_starts), std::end(doc_type_starts),
                     [&](std::string_view w) { return equals_ci(word, w); }))
      return false;
    any = true;
  }
  return any;
}

bool names_document_type(std::string_view text) {
  return std::any_of(std::begin(doc_type_words), std::end(doc_type_words), [&](std::string_view w) {
    return find_ci(text, w) != std::string_view::npos;
  });
}

bool is_list_field(header_field f) {
  return f == header_field::present || f == header_field::absent || f == header_field::secretary;
}

// The label at the start of `text`, followed by its end, a colon or a blank.
// A label glued to its value is a word this long at least ("Sted").
constexpr std::size_t min_glued_label = 4;

const header_label* find_label(std::string_view text, std::string_view& value) {
  // Most lines start with none of the labels' first letters.
  static constexpr first_byte_set label_starts([] {
    std::array<std::string_view, std::size(labels)> names{};
    for (std::size_t i = 0; i < names.size(); ++i) names[i] = labels[i].label;
    return names;
  }());
  if (!label_starts.may_start(text)) return nullptr;
  for (const auto& l : labels) {
    const std::string_view name = l.label;
    if (!starts_with_ci(text, name)) continue;
    std::string_view rest = text.substr(name.size());
    // "Fraværende- Hans Hansen ()": a dash ends a list label too.
    const bool dash = !rest.empty() && rest[0] == '-' && is_list_field(l.field);
    // "MødedeltagereKristine Thrane (A), ...", "MødestedMariehøj": pypdf
    // joins a label column to its value column with nothing between; no
    // Danish word goes on in a capital.
    const bool glued = !rest.empty() && starts_upper(rest) && name.size() >= min_glued_label &&
                       !starts_upper(name.substr(name.size() - 1));
    if (!rest.empty() && rest[0] != ':' && rest[0] != ' ' && rest[0] != '\t' && !dash && !glued)
      continue;
    rest = trim(rest);
    // "Følgende deltog ikke i mødet:" is no list of who came (review 34).
    if (l.field == header_field::present && starts_with_ci(rest, "ikke")) continue;
    // "Suppleanter (deltog under punkt 1-5): X": a list label's remark in
    // lowercase between it and its colon (a seniors' council, trial AU);
    // "Mødested (fysisk): X" too.
    if ((is_list_field(l.field) || l.field == header_field::location) && rest.size() > 2 &&
        rest[0] == '(' && starts_lower(rest.substr(1))) {
      constexpr std::size_t max_remark = 60;
      if (const std::size_t close = rest.find("):");
          close != std::string_view::npos && close <= max_remark)
        rest = trim(rest.substr(close + 1));
    }
    // "Mødested og lokale: X", "Sted og lokale: X": the place label's
    // lowercase tail before its colon (trial BF).
    if (l.field == header_field::location && starts_with_ci(rest, "og ")) {
      constexpr std::size_t max_tail = 16;
      if (const std::size_t c = rest.find(':');
          c != std::string_view::npos && c <= max_tail &&
          rest.substr(3, c - 3).find(' ') == std::string_view::npos)
        rest = rest.substr(c);
    }
    const bool colon = !rest.empty() && rest[0] == ':';
    if (colon || (dash && !rest.empty() && rest[0] == '-')) rest = trim(rest.substr(1));
    // "Udvalg Ikon" over "Regionsrådet": an icon's alt text a page saved as
    // text put after the label is no value.
    if (equals_ci(rest, "ikon") || equals_ci(rest, "icon")) rest = {};
    if ((l.alone && !rest.empty()) || (l.needs_colon && !colon)) continue;
    // "Mødelokale 2, Assens Rådhus", "Mødelokale C", "Lokale B1": the label
    // word names the room itself before a number or a letter ("Mødelokale
    // Udvalgsværelse D" is the label and the room's name).
    const std::string_view first_word =
        rest.substr(0, std::min(rest.find_first_of(" ,"), rest.size()));
    // "Udvalg for Kultur og Fritid": the label's word begins the body's
    // name, which is the whole line.
    if (l.field == header_field::committee && !colon && starts_with_ci(rest, "for ")) rest = text;
    if (l.field == header_field::location && !colon && !rest.empty() &&
        (starts_digit(rest) || (starts_upper(first_word) &&
                                (first_word.size() == 1 ||
                                 (first_word.size() == 2 && starts_digit(first_word.substr(1)))))))
      rest = text;
    value = rest;
    return &l;
  }
  return nullptr;
}

// "råd" or "magistrat" as a body ("Ældrerådet", "Integrationsråd",
// "Magistraten", "Ældrerådsmøde"), not the first syllable of "Rådhuset",
// "Rådmand", "rådgiver" or the genitive of "Magistratens mødelokale".
bool is_council_at(std::string_view lower, std::size_t after) {
  std::string_view rest = lower.substr(after);
  // "Ældrerådene", "Ældrerådenes", "Ældrerådsmøde": plurals and compounds.
  for (const std::string_view ending : {"enes", "ets", "ene", "et", "en", "s"}) {
    if (rest.starts_with(ending)) {
      rest.remove_prefix(ending.size());
      if (ending == "s") return true;  // the first half of a compound
      break;
    }
  }
  // Lowercased, a letter is a-z or a byte of a multi-byte one ("æ").
  return rest.empty() || !((rest.front() >= 'a' && rest.front() <= 'z') ||
                           static_cast<unsigned char>(rest.front()) >= 0x80);
}

bool names_body(std::string_view text) {
  const std::string lower = to_lower(text);
  for (const std::string_view w : body_words) {
    for (std::size_t at = lower.find(w); at != std::string::npos; at = lower.find(w, at + 1)) {
      if ((w != "råd" && w != "magistrat") || is_council_at(lower, at + w.size())) return true;
    }
  }
  return false;
}

void add_people(std::vector<participant>& out, std::vector<participant> people) {
  for (auto& p : people) {
    auto same = std::find_if(out.begin(), out.end(),
                             [&](const participant& q) { return q.name == p.name; });
    if (same == out.end()) {
      out.push_back(std::move(p));
      continue;
    }
    // Listed twice (members, then "Afbud"): absent wins, details merge.
    if (p.status == "absent") same->status = "absent";
    if (same->party.empty()) same->party = p.party;
    if (same->role.empty()) same->role = p.role;
  }
}

// Web agenda systems lay the header out as a table, which the page's text
// gives as "Udvalg: |" over "Byrådet |" and "---|---|" rules: the cell bars
// are no part of a value (rows starting with a bar are tables of their own).
std::string_view strip_cell_bars(std::string_view text) {
  text = trim(text);
  if (text.find_first_not_of("-|: \t") == std::string_view::npos) return {};
  if (text.starts_with('|')) {
    // "| Nordfyns Kommune | |" (a Word table's first row): one filled cell
    // is that cell's text; a row of several is a table of its own.
    const std::vector<std::string_view> cells = cells_of(text);
    const auto filled =
        std::count_if(cells.begin(), cells.end(), [](std::string_view c) { return !c.empty(); });
    if (filled != 1) return text;
    return *std::find_if(cells.begin(), cells.end(), [](std::string_view c) { return !c.empty(); });
  }
  while (text.ends_with('|')) text = trim(text.substr(0, text.size() - 1));
  return text;
}

std::string clean_copy(std::string_view text) {
  std::string out;
  // append_title_text: markdown escapes go too ("14\. marts 2024", pandoc).
  append_title_text(out, strip_cell_bars(text));
  return out;
}

// "Silkeborg Kommune" alone above the title: the letterhead of the
// document, not its title (municipality_in still reads it).
bool is_letterhead(std::string_view text) {
  constexpr std::size_t max_letterhead = 40;
  return text.size() <= max_letterhead &&
         (text.ends_with(" Kommune") || text.ends_with(" KOMMUNE")) &&
         std::count(text.begin(), text.end(), ' ') <= 2;
}

// "Viborg, den 15. november 2007": a letter's dateline, the place and day it
// was written (often the day after the meeting); neither the title nor the
// meeting's date.
bool is_dateline(std::string_view text) {
  constexpr std::size_t max_dateline = 48;
  const std::size_t comma = text.find(", ");
  if (text.size() > max_dateline || comma == std::string_view::npos || !starts_upper(text))
    return false;
  std::string_view rest = text.substr(comma + 2);
  if (starts_with_ci(rest, "den ")) rest.remove_prefix(4);
  const date_match date = find_date(rest);
  return !date.iso.empty() && date.start == 0 && trim(rest.substr(date.end)).empty();
}

// "Fra administrationen deltog: ...", "Øvrige deltagere: ...": a label this
// table lacks, ending in a lowercase word before its colon (a person's
// status after a colon, "Bo Lund: Afbud", follows a capitalised name).
bool opens_with_a_label(std::string_view text) {
  constexpr std::size_t max_label = 40;
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > max_label) return false;
  const std::string_view head = trim(text.substr(0, colon));
  if (head.find_first_of("(),") != std::string_view::npos) return false;
  const std::size_t space = head.rfind(' ');
  return space != std::string_view::npos && starts_lower(head.substr(space + 1));
}

// "Politik og dagsordener › Referater › Økonomiudvalget 03-06-2024" (a
// SharePoint page's heading): the page's own name is the breadcrumb's last.
std::string last_breadcrumb(std::string title) {
  for (const std::string_view mark : {std::string_view(" › "), std::string_view(" » ")}) {
    const std::size_t at = title.rfind(mark);
    if (at != std::string::npos && at + mark.size() < title.size())
      title.erase(0, at + mark.size());
  }
  return title;
}

// "ReferatUdvalget for Teknik & Miljøtirsdag den 3. november 2015" (Lejre,
// a PDF whose text runs carry no blanks between them): the document type
// glued to the capital after it, and the weekday glued to the word before
// "den", get their blanks back. Nothing else in the title is touched.
std::string unglued_title(std::string_view title) {
  std::string out(title);
  for (const std::string_view type : doc_type_words) {
    if (out.size() > type.size() && starts_with_ci(out, type) &&
        starts_upper(std::string_view(out).substr(type.size()))) {
      out.insert(type.size(), 1, ' ');
      break;
    }
  }
  // The word before each " den " / " d. ", when it ends in a weekday and is longer.
  for (const std::string_view joint : {std::string_view(" den "), std::string_view(" d. ")}) {
    for (std::size_t at = find_bytes(out, joint, 1); at != std::string_view::npos;
         at = find_bytes(out, joint, at + joint.size())) {
      const std::size_t space = out.rfind(' ', at - 1);
      const std::size_t word = space == std::string::npos ? 0 : space + 1;
      const std::string_view before = std::string_view(out).substr(word, at - word);
      for (const std::string_view day : weekdays) {
        if (before.size() > day.size() &&
            equals_ci(before.substr(before.size() - day.size()), day)) {
          out.insert(at - day.size(), 1, ' ');
          return out;
        }
      }
    }
  }
  return out;
}

// "Ny Lillebæltsbro med Middelfart i baggrunden" over "Referat for
// Økonomiudvalget møde den ...": the caption of a web page's picture stands
// before the title. A line that names no document type, no body and no date
// is no title when the next line that is no label starts with a document
// type ("Referat", "Dagsorden", "Åben dagsorden", "Beslutningsprotokol"),
// also past a date alone (the page's "18 december 2014" between them).
bool is_caption_before_title(std::string_view text, const std::vector<line>& lines, std::size_t i,
                             std::size_t end) {
  if (names_document_type(text) || names_body(text) || !find_date(text).iso.empty()) return false;
  for (std::size_t j = i + 1; j < end; ++j) {
    if (lines[j].blank || lines[j].furniture) continue;
    const std::string next = clean_copy(lines[j].text);
    if (is_date_alone(next)) continue;
    std::string_view ignored;
    if (next.empty() || find_label(next, ignored) != nullptr) return false;
    return std::any_of(std::begin(doc_type_starts), std::end(doc_type_starts),
                       [&](std::string_view w) { return starts_with_ci(next, w); });
  }
  return false;
}

// Prepositions a title line may break after ("Referat fra" / "møde i").
constexpr std::string_view title_prepositions[] = {"fra", "i", "af", "til", "for", "om", "med"};

bool ends_with_preposition(std::string_view text) {
  const std::size_t blank = text.rfind(' ');
  if (blank == std::string_view::npos) return false;
  return equals_ci_any(text.substr(blank + 1), title_prepositions);
}

bool is_preposition(std::string_view word) { return equals_ci_any(word, title_prepositions); }

// "/ELSGRE": the writer's initials under a letter's dateline.
bool is_initials_mark(std::string_view text) {
  constexpr std::size_t max_initials = 10;
  if (text.size() < 3 || text.size() > max_initials + 1 || text[0] != '/') return false;
  return std::all_of(text.begin() + 1, text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Skip links of web pages ("Gå til indhold"), left in the text when a page
// is saved or read as text: page navigation, never the title. So is the
// window title an agenda system's preview page prints first.
constexpr std::string_view web_navigation_lines[] = {
    "Gå til indhold",
    "Gå til hovedindhold",
    "Gå til hovedindholdet",
    "Gå direkte til indhold",
    "Spring til indhold",
    "Byråd og udvalg",  // a site's section over its meeting pages (Høje-Taastrup)
    "Spring til hovedindhold",
    "Spring navigation over",
    "Spring til navigation",
    "Hop til indhold",
    "Til indhold",
    "Skip to content",
    "Skip to main content",
    "Skip til indhold",  // half translated (Aalborg)
    "Skip til hovedindhold",
    "Skip til hoved indholdet",
    "Skip navigation",
    "Sbsys dagsorden preview",
    "Genveje",    // a site's shortcuts over the page (Guldborgsund)
    "Værktøjer",  // and its tools' menu
    "Menu",       // a menu's button (Aula)
    "Luk menu",
    // A document site's frame around a PDF's transcript (docplayer).
    "Størrelse: px",
    "Starte visningen fra side",
    "Transkript",
    "Hovedmenu",  // a menu's heading over its entries (Frederiksberg)
    "Åbn menu",
    "Navigation",
    "Søg",
    "Abonnér",  // a page's button to subscribe to its meetings (Region Midtjylland)
    "Abonner",
    "Logo",
    "background image",  // a PDF-to-HTML converter's page background (Gentofte)
    // A cookie banner's buttons (its notice names cookies, they do not).
    "Accepter alle",
    "Accepter",
    "Afvis alle",
    "Afvis",
    "Tillad alle",
    "Tillad valgte",
    "Godkend alle",
    "Kun nødvendige",
    "Kun nødvendige cookies",
    "Nej tak",
    "Ja tak",
    "OK",
};

// Links a page's toolbar sets as cells: "| Rss | Tip en ven | Print |".
constexpr std::string_view toolbar_links[] = {"rss", "tip en ven", "print", "udskriv", "del"};

bool is_toolbar(std::string_view text) {
  if (!text.starts_with('|')) return false;
  std::size_t cells = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t bar = text.find('|', pos);
    if (bar == std::string_view::npos) bar = text.size();
    const std::string_view cell = trim(text.substr(pos, bar - pos));
    pos = bar + 1;
    if (cell.empty()) continue;
    if (!equals_ci_any(cell, toolbar_links)) return false;
    ++cells;
  }
  return cells >= 2;
}

bool is_web_navigation(std::string_view text) {
  if (is_toolbar(text) || is_view_counter_line(text)) return true;
  // A site's menu ("• Borger") and breadcrumbs ("> Politik > Byråd",
  // "Du er her: Forside / Politik", "Hjem Politiske udvalg Seneste fra
  // byrådet" with the separators lost): a title is never a list line, nor
  // starts with the link home. Nor is the cookie notice, or the logo's text
  // ("Middelfart Kommune Logo").
  // "-   Søg", "* Forside": a menu's entry of a word or two, as a dump of the
  // page lists it.
  if ((text.starts_with("- ") || text.starts_with("* ")) &&
      std::count(text.begin(), text.end(), ' ') <= 4 &&
      trim(text.substr(2)).find(' ') == std::string_view::npos &&
      text.find_first_of("0123456789") == std::string_view::npos)
    return true;
  // "Lokalrådet > Referater": a breadcrumb whose first link is no "Forside".
  constexpr std::size_t max_breadcrumb = 120;
  if (text.size() <= max_breadcrumb && text.find(" > ") != std::string_view::npos &&
      !text.ends_with('.'))
    return true;
  if (text.starts_with("\u2022 ") || text.starts_with("> ") || starts_with_ci(text, "du er her:") ||
      equals_ci(trim(text), "du er her") || equals_ci(trim(text), "you are here") ||
      trim(text).starts_with("Hjem ") || trim(text).starts_with("Forside "))
    return true;
  if (find_ci(text, "cookie") != std::string_view::npos || text.ends_with(" Logo") ||
      find_ci(text, "link til forsiden") != std::string_view::npos)  // "X logo, link til forsiden"
    return true;
  // NemAgenda's table of the committee: its head row, and the row's links
  // ("Byrådet Byrådet Vis medlemmer Rss-feed til udvalget Udskriv").
  if (equals_ci(trim(text), "Titel Udvalg Funktioner") ||
      find_ci(text, "rss-feed til udvalget") != std::string_view::npos)
    return true;
  // "Region SyddanmarkTil forsiden": the logo's text glued to its link home;
  // "ForsidepilPolitikpil...": a breadcrumb whose arrows' alt text is "pil".
  constexpr std::size_t max_logo_line = 60;
  if ((text.size() <= max_logo_line && trim(text).ends_with("Til forsiden")) ||
      trim(text).starts_with("Forsidepil"))
    return true;

  // A notice to the reader ("You can use Google to translate this website.",
  // "Du kan følge byrådsmødet direkte på denne side: ...") and a link to a
  // page's topics ("Vis emner under Forside", Horsens) are never the title.
  if (starts_with_ci(text, "du kan ") || starts_with_ci(text, "her kan du ") ||
      starts_with_ci(text, "you can ") || trim(text).ends_with(" Forside"))
    return true;
  // "Frederiksberg Kommune på Facebook", "Velkommen til Frederiksberg
  // Kommune" (a site's links and greeting over the minutes, trial AX).
  const std::string_view whole = trim(text);
  for (const std::string_view site :
       {std::string_view(" på Facebook"), std::string_view(" på LinkedIn"),
        std::string_view(" på Instagram")})
    if (whole.ends_with(site)) return true;
  if (starts_with_ci(text, "velkommen til ")) return true;
  // "Ældre referater end der fremgår af denne side se 2007" (Region
  // Midtjylland): a sentence about the site's page.
  if (find_ci(text, "denne side") != std::string_view::npos) return true;
  // "icon-Politik": an icon's class name, left by a page's text extractor;
  // "Aula_close Layer 1": an icon's name and its drawing's layer (Aula's
  // pages); a path or name joined by underscores alone on its line (a
  // converter's file name as the page's title). "ØU_2024_03_12 Referat" is
  // a title.
  if (text.starts_with("icon-")) return true;
  // 'Download "Referat ..."': a document site's link to the PDF, the
  // document's title quoted.
  if (text.starts_with("Download \"")) return true;
  // "Download referat (PDF)", "Abonner på dagsordener", "Publiceret 6. juni
  // 2024", "Sidst opdateret: 3. maj 2021": a page's links and its dates of
  // publishing, over a title the page did not mark (trial BF).
  constexpr std::size_t max_page_line = 60;
  if (text.size() <= max_page_line) {
    for (const std::string_view link :
         {std::string_view("download "), std::string_view("abonner på "),
          std::string_view("abonnér på ")})
      if (starts_with_ci(text, link)) return true;
    // The date right after the word, or a colon ("Opdateret dagsorden 12.
    // marts 2024" is a title, review 37).
    for (const std::string_view stamp :
         {std::string_view("publiceret"), std::string_view("udgivet"),
          std::string_view("opdateret"), std::string_view("sidst opdateret"),
          std::string_view("senest opdateret"), std::string_view("offentliggjort")}) {
      if (!starts_with_ci(text, stamp)) continue;
      std::string_view rest = trim(text.substr(stamp.size()));
      if (rest.starts_with(':')) rest = trim(rest.substr(1));
      // "Publiceret: onsdag den 6. marts 2024", "Opdateret d. 6. marts 2024".
      for (const std::string_view day : weekdays)
        if (starts_with_ci(rest, day)) rest = trim(rest.substr(day.size()));
      for (const std::string_view den : {std::string_view("den "), std::string_view("d. ")})
        if (starts_with_ci(rest, den)) rest = trim(rest.substr(den.size()));
      if (starts_digit(rest) && !find_date(rest).iso.empty()) return true;
    }
  }
  if (const std::size_t space = text.find(' ');
      text.substr(0, space).find('_') != std::string_view::npos &&
      (space == std::string_view::npos || text.substr(space).starts_with(" Layer ")))
    return true;
  // "Forsiden | Kontakt | Ledige job | For ansatte | ...": a site's menu
  // whose links a text extractor set apart with bars (a table's row starts
  // with one).
  if (!text.starts_with('|') && std::count(text.begin(), text.end(), '|') >= 3) return true;
  text = trim_end(trim(text), ".:>");
  return std::any_of(std::begin(web_navigation_lines), std::end(web_navigation_lines),
                     [&](std::string_view w) { return equals_ci(text, w); });
}

// "På samme side kan du også høre optagelserne af de tidligere sager.": a
// sentence of six words or more ending in a word and a full stop is a
// page's notice, never the title (a title may end in a date's digits).
bool is_notice_sentence(std::string_view text) {
  constexpr std::size_t min_words = 6;
  text = trim(text);
  if (!text.ends_with('.')) return false;
  const std::string_view last = text.substr(text.rfind(' ') + 1);  // npos + 1 == 0
  if (last.size() < 3 || !starts_lower(last)) return false;
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1 >= min_words;
}

// "BEMÆRKNINGER": one word in capitals heads the next block of a
// pdftotext header, so it ends a list above it.
bool is_caps_heading(std::string_view text) {
  constexpr std::size_t min_letters = 4;
  if (text.size() < min_letters || text.find(' ') != std::string_view::npos) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 'A' && c <= 'Z') continue;
    // Latin-1 capitals in UTF-8: C3 80..C3 9E.
    if (c == 0xC3 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

// A line under a list that no name is, when the blank line that ended the
// list is lost (a converter that drops blank lines: pypdf, pdfplumber): a
// label this table does not know ("Øvrige deltagere:"), a part divider
// ("ÅBNE SAGER"), the table of contents' heading or column heads.
bool ends_a_list(std::string_view text) {
  static constexpr std::string_view headings[] = {"Indholdsfortegnelse", "Indhold",
                                                  "Dagsorden",           "Pkt. Tekst",
                                                  "Punkt Tekst",         "Pkt. Tekst Side"};
  return text.ends_with(':') || equals_ci_any(text, headings) || is_item_column_row(text) ||
         part_divider_of(text) != part_divider::none;
}

// "Socialdemokratiet", "Venstre:" or "Socialdemokratiet (A)" alone on a line
// of a member list: the party of the members under it, canonical, else "".
// A letter alone ("A") is no heading, nor a party in parentheses ("(A)"
// under "Kristine Thrane": the cell of the name above).
std::string party_heading(std::string_view text) {
  text = trim_end(trim(text), ":");
  if (text.size() < 2 || text.starts_with('(')) return {};
  std::string party = danish::canonical_party(text);
  if (!party.empty()) return party;
  // "Socialdemokratiet (A)": the name and its letter.
  const std::size_t open = text.find(" (");
  if (open == std::string_view::npos || !text.ends_with(')')) return {};
  party = danish::canonical_party(text.substr(0, open));
  return party == danish::canonical_party(text.substr(open + 1)) ? party : std::string();
}

// "Medlemmer:", a blank line, then "Anne Hansen (A)": a list after a blank
// line when its first line is no label and reads as a person.
bool names_a_person(std::string_view text) {
  std::string_view ignored;
  if (find_label(text, ignored) != nullptr || !party_heading(text).empty()) return false;
  const std::vector<participant> people = parse_people(text, "present");
  return !people.empty() && looks_like_name(people.front().name);
}

// "Fraværende:      Lars Rytter ved afbud" over "                 Niels F.
// Dahlmann ved afbud" (pdftotext -layout): a line indented to the column of
// the label line's value goes on with its list.
bool indented_to_value(std::string_view label_raw, std::string_view value,
                       std::string_view next_raw) {
  constexpr std::size_t min_column = 8;  // a value column, not a paragraph's indent
  constexpr std::size_t probe = 12;      // enough of the value to find it on its line
  if (value.empty()) return false;
  const std::size_t column = label_raw.find(value.substr(0, std::min(value.size(), probe)));
  if (column == std::string_view::npos) return false;
  // Columns count letters, not bytes: "Fraværende:" is 11 letters in 12 bytes.
  const auto letters = std::count_if(label_raw.begin(), label_raw.begin() + column, [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  });
  const auto width = static_cast<std::size_t>(letters);
  return width >= min_column && next_raw.find_first_not_of(' ') == width;
}

// The name of the first person a list line names, "" when none.
std::string first_entry_name(std::string_view text) {
  std::vector<participant> people = parse_people(text, "present");
  return people.empty() ? std::string() : std::move(people.front().name);
}

// A party or role in parentheses alone on a line ("(Løsgænger)") is short.
constexpr std::size_t max_party_cell = 40;

// How many members stand under the party's name at line `j` before the
// next party's name or the list's end, counting to 2: "Venstre" over "Bo
// Berg" over "Carl Dahl" heads a group; "Socialdemokratiet" over "Bo
// Jensen" over "Venstre" (a member table's cells, one a line) is the party
// of the name above it.
// (names_a_person is false for a party's name.)
std::size_t members_under(const std::vector<line>& lines, std::size_t j, std::size_t end) {
  std::size_t members = 0;
  for (std::size_t k = j + 1; k < end && members < 2; ++k) {
    if (lines[k].blank) continue;
    if (!names_a_person(clean_copy(lines[k].text))) break;
    ++members;
  }
  return members;
}

// "Venstre" over "Carl Madsen": a party heading the members under it.
// The members may stand a blank line below it, as paragraphs do.
bool heads_party_group(const std::vector<line>& lines, std::size_t k, std::size_t end) {
  return k < end && !party_heading(clean_copy(lines[k].text)).empty() &&
         members_under(lines, k, end) > 0;
}

std::size_t words_in(std::string_view entry) {
  entry = trim(entry);
  return entry.empty() ? 0
                       : 1 + static_cast<std::size_t>(std::count(entry.begin(), entry.end(), ' '));
}

// "Heino Knudsen", blank, "Formand", blank, "(A)" (Region Sjælland's pages:
// a member table's cells, each a paragraph): a role alone, one word or an
// ordinal and one ("2. næstformand"), is the role of the list's entry above.
bool is_role_cell(std::string_view text) {
  const std::size_t words = words_in(text);
  return (words == 1 || (words == 2 && starts_digit(text))) &&
         !danish::role_of(text.substr(text.rfind(' ') + 1)).empty();
}

// "Ole Hansen (A)", a blank line, "Pia Jensen (V)": a list whose entries are
// paragraphs of their own, as PDF and Word minutes print them. At the blank
// line `j` of a list once it has begun: the next line when it names a
// person and is no label, else 0.
std::size_t list_goes_on(const std::vector<line>& lines, std::size_t j, std::size_t end,
                         const toc& contents, const header_label& label, bool begun) {
  if (!is_list_field(label.field) || !begun) return 0;
  std::size_t k = j;
  while (k < end && lines[k].blank) ++k;
  if (k >= end || (contents.found && k == contents.begin)) return 0;
  const std::string next = clean_copy(lines[k].text);
  // "Kristine Thrane", blank, "(A)": a table's cells, each a paragraph
  // (pdftotext); the party belongs to the entry above.
  // "Bente Jensen, Thyge Nielsen og Ib Madsen deltog ikke i pkt. 14-19." over
  // a blank line under "Afbud:" (Region Syddanmark): a sentence of its own.
  const bool note = notes_attendance(next);
  // A party's name goes on too: a heading over members, or the party of
  // the entry above ("Carl Madsen", blank, "Dansk Folkeparti").
  const bool person = names_a_person(next) || !party_heading(next).empty();
  const bool sentence = person && next.ends_with('.') && holds_absence_phrase(next);
  if ((person && !sentence) || (next.starts_with('(') && next.size() <= max_party_cell)) return k;
  if (std::string_view ignored; is_role_cell(next) && find_label(next, ignored) == nullptr)
    return k;
  // "• Deltog ikke under punkt 2" between two members: a note on the entry
  // above, read with the list as it is when no blank lines part them.
  if (!note || sentence) return 0;
  std::size_t after = k + 1;
  while (after < end && lines[after].blank) ++after;
  return after < end && names_a_person(clean_copy(lines[after].text)) ? k : 0;
}

// "Carl Madsen (V)", "Carl Madsen (formand, V)": a party in the entry's
// parentheses; "Carl Madsen (formand)" has none.
bool names_own_party(std::string_view entry) {
  for (std::size_t open = entry.find('('); open != std::string_view::npos;
       open = entry.find('(', open + 1)) {
    const std::size_t close = std::min(entry.find(')', open), entry.size());
    std::string_view inside = entry.substr(open + 1, close - open - 1);
    for (std::size_t start = 0; start <= inside.size();) {
      const std::size_t comma = std::min(inside.find(',', start), inside.size());
      const std::string_view word = trim(inside.substr(start, comma - start));
      if (!danish::canonical_party(word).empty() || danish::looks_like_party_code(word) ||
          danish::names_local_list(word))
        return true;
      start = comma + 1;
    }
  }
  return false;
}

// "Anne Hansen, borgmester" under "Socialdemokratiet": each member of the
// line gets the heading's party, "Anne Hansen (A), borgmester"; a member
// with a party of its own or a role keeps what it has.
std::string with_group_party(std::string_view entry, std::string_view party) {
  std::string out;
  for (std::size_t start = 0; start <= entry.size();) {
    const std::size_t comma = std::min(entry.find(',', start), entry.size());
    // "- Jens Ole Nørby" under "### Socialdemokratiet": the bullet is no
    // part of the name.
    const std::string_view piece = strip_list_marker(trim(entry.substr(start, comma - start)));
    if (!out.empty()) out += ", ";
    out += piece;
    const bool role = words_in(piece) == 1 && !danish::role_of(piece).empty();
    if (!piece.empty() && !role && !names_own_party(piece) &&
        has_name_shape(piece.substr(0, piece.find(" (")))) {
      out += " (";
      out += party;
      out += ')';
    }
    start = comma + 1;
  }
  return out;
}

// One capitalised word of letters ("Mette", "Østergaard", "Holm-Hansen"),
// or initials of at most three first names ("H.C.").
bool is_one_name_word(std::string_view entry) {
  entry = trim(entry);
  constexpr std::size_t max_initials = 3;
  if (words_in(entry) != 1) return false;
  if (danish::is_initials(entry))
    return static_cast<std::size_t>(std::count(entry.begin(), entry.end(), '.')) <= max_initials;
  return starts_upper(entry) && std::all_of(entry.begin(), entry.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' ||
                  static_cast<unsigned char>(c) >= 0x80;
         });
}

// How many capitalised words of letters `entry` is ("Leif Wilson": 2);
// 0 when any word is something else.
std::size_t name_words(std::string_view entry) {
  entry = trim(entry);
  std::size_t n = 0;
  for (std::size_t pos = 0; pos < entry.size();) {
    const std::size_t end = std::min(entry.find(' ', pos), entry.size());
    if (!is_one_name_word(entry.substr(pos, end - pos))) return 0;
    ++n;
    pos = entry.find_first_not_of(' ', end);
    if (pos == std::string_view::npos) break;
  }
  return n;
}

// "Medlemmer: Søren Poulsen, Per Jensen, Mette" over "Nielsen, Inger Jakobsen,"
// or "..., Leif Wilson" over "Laustsen, Rie Nielsen, ..." (a list wrapped
// between the words of a name, as a converter wraps at the page's width):
// the list's last entry is a name's first words after an entry of a full
// name, and the next line starts with the rest of a name. A list wrapped
// between its entries keeps its comma at the line's end. Entries may stand
// apart by semicolons ("Finn Brask (V), næstformand; Camilla" over "Ørsted
// (M); Poul Jessing (F)", Silkeborg).
bool splits_a_name(std::string_view joined, std::string_view next) {
  constexpr std::size_t max_name_words = 4;
  const std::size_t comma = joined.find_last_of(",;");
  if (comma == std::string_view::npos) return false;
  const std::string_view last = trim(joined.substr(comma + 1));
  const std::size_t head = name_words(last);
  // "Kirsten M. Holm (F), Formand" over the next member: a role, no name;
  // "Jens Ellehammer, V" over "Lene Warming, A": a party.
  if (head == 0 || !danish::role_of(last).empty() || !danish::canonical_party(last).empty())
    return false;
  // The entry before, past its role ("Berit Juul (V), næstformand, Carsten"
  // over "Hjort (Å), ..."): a full name.
  std::size_t end = comma;
  std::string_view previous;
  for (;;) {
    const std::size_t before = joined.find_last_of(",;", end - 1);
    previous = trim(joined.substr(before == std::string_view::npos ? 0 : before + 1,
                                  end - (before == std::string_view::npos ? 0 : before + 1)));
    if (before == std::string_view::npos || !starts_lower(previous) || before == 0) break;
    end = before;
  }
  if (words_in(previous) < 2) return false;
  const std::size_t entry_end = std::min(next.find_first_of(",;("), next.size());
  const std::size_t tail = name_words(next.substr(0, entry_end));
  if (tail == 0 || head + tail > max_name_words) return false;
  // Longer pieces only where the list goes on after them: "Bo Jensen" over
  // "Indholdsfortegnelse" ends the list.
  return (head == 1 && tail == 1) || entry_end < next.size();
}

// "Bjarne Nielsen, Knud Gether, Lisa Pihl Jensen, Ebbe": a line of a comma
// list of full names that ends in a first name alone, the rest of it on the
// next line. Lines of a name and what the person comes from ("Ruth Jensen,
// LyngbyGuiderne", "Jens Ellehammer, V") hold two entries.
bool ends_in_a_first_name(std::string_view line) {
  constexpr std::size_t min_full_names = 2;
  std::size_t full_names = 0;
  std::size_t start = 0;
  for (std::size_t comma = line.find(','); comma != std::string_view::npos;
       comma = line.find(',', start)) {
    if (words_in(line.substr(start, comma - start)) >= 2) ++full_names;
    start = comma + 1;
  }
  return full_names >= min_full_names && name_words(line.substr(start)) == 1;
}

// A header line no label took: `raw` goes to the front matter, `text`
// (markup removed) is what the fallbacks read.
struct front_line {
  std::string_view raw;
  std::string_view text;
};

// "lokale M1 på Wiedergården", "mødelokale 2": a room's word first in
// lowercase, then a name or number.
bool names_place_in_lowercase(std::string_view text) {
  static constexpr std::string_view rooms[] = {"lokale ", "mødelokale ", "mødesal ", "byrådssalen",
                                               "rådssalen"};
  return std::any_of(std::begin(rooms), std::end(rooms),
                     [&](std::string_view r) { return text.starts_with(r); });
}

bool names_place(std::string_view text) {
  if (text.size() > max_place_line || text.ends_with(".") || !starts_upper(text)) return false;
  const std::string lower = to_lower(text);
  return std::any_of(std::begin(place_words), std::end(place_words), [&](std::string_view w) {
    const std::size_t at = lower.find(w);
    if (at == std::string::npos) return false;
    // "huset" ends a compound ("Regionshuset Viborg"; never "Husets regler",
    // "i huset hos formanden").
    if (w != "huset") return true;
    const std::size_t end = at + w.size();
    const auto letter = [&](std::size_t k) {
      return std::isalpha(static_cast<unsigned char>(lower[k])) != 0;
    };
    return at > 0 && letter(at - 1) && (end == lower.size() || !letter(end));
  });
}

// "Sted: Kig Ind, Nørager." (Rebild 2007): the sentence's stop is no part of
// the place; a one-letter abbreviation keeps its ("Nykøbing F.").
std::string_view without_final_stop(std::string_view place) {
  constexpr std::size_t min_word = 3;
  place = trim(place);
  if (!place.ends_with('.')) return place;
  const std::string_view word = place.substr(place.rfind(' ') + 1);  // npos + 1 == 0
  if (word.size() - 1 < min_word || word.find('.') != word.size() - 1) return place;
  return place.substr(0, place.size() - 1);
}

// "Mødesalen, Ringe - Ekstraordinært" (Sbsys): the kind of meeting after
// the place is no part of it.
std::string without_meeting_kind(std::string location) {
  static constexpr std::string_view kinds[] = {"ekstraordinært", "ekstraordinært møde", "ordinært",
                                               "ordinært møde"};
  for (const std::string_view dash : {" - ", " – "}) {
    const std::size_t at = location.rfind(dash);
    if (at == std::string::npos) continue;
    const std::string_view kind = trim(std::string_view(location).substr(at + dash.size()));
    if (equals_ci_any(trim_end(kind, "."), kinds)) location.resize(at);
  }
  // "Konstituerende møde Kommunalbestyrelsessalen" (Albertslund): the kind
  // before the place.
  static constexpr std::string_view leading[] = {"konstituerende møde ", "ekstraordinært møde ",
                                                 "ordinært møde "};
  for (const std::string_view kind : leading) {
    if (starts_with_ci(location, kind) &&
        starts_upper(std::string_view(location).substr(kind.size())))
      location.erase(0, kind.size());
  }
  return location;
}

bool names_other_date(std::string_view text) {
  return std::any_of(
      std::begin(other_date_words), std::end(other_date_words),
      [&](std::string_view w) { return find_ci(text, w) != std::string_view::npos; });
}

// "Den 14.02.2023 kl. 15:30 i Mødelokale 2, Rådhuset", "Referat til mødet
// i X den 3. maj 2021 kl. 16:00 i Udvalgsværelse 1": the place after the
// time, up to the line's end (a full stop dropped); "" when none.
// What stands between a time and the place after it on one line: a comma,
// or a web page's meta line's middle dot, bar or bullet.
constexpr std::string_view place_separators[] = {",", "·", "|", "•"};

std::string place_after_time(std::string_view text) {
  // "kl. 16:00 i <sted>", "kl. 16.00-18.00 på <sted>" (also "kl. 15.00 til
  // 17.00", "– ca. 17.00"), and "kl. 16.00, <sted>" (or "· <sted>", "|
  // <sted>": a web page's meta line; "– <sted>", trial BF) when the place
  // names a room or building (names_place).
  static const RE2 place(
      R"((?i:kl)\.?\s*\d{1,2}(?:[:.]\d{2})?(?:(?:\s*[-–]\s*|\s+til\s+)(?:ca\.?\s*)?\d{1,2}(?:[:.]\d{2})?)?(,?\s+(?:i|på)\s+|\s*(?:,|·|\||•)\s*|\s+[-–]\s+)(\p{L}[^.]*(?:\.\d[^.]*)*)\.?\s*$)");
  if (find_ci(text, "kl") == std::string_view::npos) return {};
  re2::StringPiece joiner, where;
  if (!RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), place, &joiner, &where))
    return {};
  std::string found = collapse_blanks(std::string_view(where.data(), where.size()));
  // "kl. 10.00 i lokale M1 på Wiedergården": a place in lowercase names its
  // room ("lokale", "mødelokale"), never a sentence's "i morgen".
  if (starts_lower(found) && !names_place_in_lowercase(found)) return {};
  const std::string_view join(joiner.data(), joiner.size());
  const std::string_view mark = trim(join);
  // After a dash only a room's or building's name ("– Mødelokale 2",
  // "– Aalborg Rådhus, mødelokale 3"), never a sentence ("– Mødet holdes på
  // Rådhuset", "– Anne Holm (V) deltog fra punkt 2", reviews 37 and 38).
  const bool dash = mark == "-" || mark == "–";
  if (dash) {
    // A sentence holds a lowercase word before the place's first comma.
    const std::string_view head = std::string_view(found).substr(0, found.find(','));
    for (std::size_t space = head.find(' '); space != std::string_view::npos;
         space = head.find(' ', space + 1))
      if (starts_lower(head.substr(space + 1))) return {};
  }
  if (!names_place(found) &&
      (dash || std::find(std::begin(place_separators), std::end(place_separators), mark) !=
                   std::end(place_separators)))
    return {};
  return found;
}

// "Referat fra Ældrerådets møde den 22. februar 2016 i St. Magleby Stuen,
// Rådhuset kl. 10.00 – 12.00" (Dragør): the place between the date and the
// time, when it names a room or building ("... den 3. maj 2021 i
// Økonomiudvalget kl. 16" names a body).
std::string place_before_time(std::string_view text) {
  const date_match date = find_date(text);
  if (date.iso.empty()) return {};
  std::string_view rest = trim(text.substr(date.end));
  if (!starts_with_ci(rest, "i ") && !starts_with_ci(rest, "på ")) return {};
  rest = trim(rest.substr(rest.find(' ')));
  const std::size_t time = find_ci(rest, " kl");
  if (time == std::string_view::npos) return {};
  std::string_view place = trim_end(trim(rest.substr(0, time)), ",");
  // "... på Rådhuset i Borgerportalen. Mødet begyndte kl. 18:30" (trial BJ):
  // the place ends with its sentence, where the next words start one (a
  // lowercase word, or a capital over a lowercase word); "St. Magleby
  // Stuen", "Mødelokale 3, 1. sal" go on (review 44).
  for (std::size_t stop = find_bytes(place, ". "); stop != std::string_view::npos;
       stop = find_bytes(place, ". ", stop + 2)) {
    if (stop > 0 && starts_digit(place.substr(stop - 1))) continue;
    std::size_t pos = stop + 2;
    const std::string_view first = danish::next_word(place, pos);
    const std::string_view second = danish::next_word(place, pos);
    if (starts_lower(first) || (starts_upper(first) && starts_lower(second))) {
      place = place.substr(0, stop);
      break;
    }
  }
  return names_place(place) ? collapse_blanks(place) : std::string();
}

// "Sted og tid: Rådhuset, mødelokale 2, tirsdag den 5. marts 2024 kl.
// 17.00": the place before the date, without the weekday and "den" that
// lead into it.
std::string place_before_date(std::string_view value) {
  const date_match date = find_date(value);
  if (date.iso.empty()) return {};
  std::string_view place = value.substr(0, date.start);
  if (const std::size_t at = find_ci(place, " kl."); at != std::string_view::npos)
    place = place.substr(0, at);
  if (starts_with_ci(place, "kl.") || starts_with_ci(place, "kl ")) return {};
  for (;;) {
    place = trim_end(place, " ,-|:");
    const std::size_t space = place.rfind(' ');
    const std::string_view last = place.substr(space == std::string_view::npos ? 0 : space + 1);
    const bool lead =
        equals_ci(last, "den") || equals_ci(last, "d.") || equals_ci_any(last, weekdays);
    if (!lead || last.empty()) break;
    place = place.substr(0, space == std::string_view::npos ? 0 : space);
  }
  if (place.empty() || !starts_upper(place)) return {};
  return collapse_blanks(place);
}

// "4. marts 2024 kl. 15.00, Byrådssalen", "4. marts 2024 i Byrådssalen":
// what follows the time, else the date, after a comma, "i" or "på".
std::string place_after_when(std::string_view value) {
  static const RE2 after_time(
      R"((?i:kl)?\.?\s*\d{1,2}[:.]\d{2}(?:(?:\s*[-–]\s*|\s+til\s+)(?:ca\.?\s*)?\d{1,2}[:.]\d{2})?)");
  std::size_t from = 0;
  re2::StringPiece input(value.data(), value.size());
  re2::StringPiece found;
  if (after_time.Match(input, 0, value.size(), RE2::UNANCHORED, &found, 1)) {
    from = static_cast<std::size_t>(found.data() - value.data()) + found.size();
  } else if (const date_match date = find_date(value); !date.iso.empty()) {
    from = date.end;
  } else {
    return {};
  }
  std::string_view rest = trim(value.substr(from));
  // "kl. 17.00, Byrådssalen"; "19.06.2024 · kl. 17.00 · Byrådssalen" and
  // "... | kl. 17.00 | Byrådssalen" (a web page's meta line).
  const auto separator = [&] {
    for (const std::string_view mark : place_separators) {
      if (rest.starts_with(mark)) return mark.size();
    }
    return std::size_t{0};
  }();
  if (separator > 0) {
    rest = trim(rest.substr(separator));
  } else if (starts_with_ci(rest, "i ") || starts_with_ci(rest, "på ")) {
    rest = trim(rest.substr(rest.find(' ')));
  } else {
    return {};
  }
  if (!starts_upper(rest)) return {};
  return collapse_blanks(trim_end(rest, "."));
}

// An unlabelled line whose "kl. 16.00" may be the meeting's: it names the
// meeting ("Mødet startede kl. 15.30") or holds little else ("Kl. 16.00").
// Opening hours in page boilerplate ("Borgerservice har åbent kl.
// 10.00-16.00") are not.
bool may_hold_meeting_time(std::string_view text) {
  constexpr std::size_t max_bare_time_line = 40;
  if (text.size() <= max_bare_time_line) return true;
  return find_ci(text, "møde") != std::string_view::npos ||
         find_ci(text, "start") != std::string_view::npos ||
         find_ci(text, "begynd") != std::string_view::npos;
}

// The place on the date line ("kl. 16:00 i Byrådssalen"), else on the line
// under it ("i Byrådssalen, Rådhuset": the sentence of the title goes on).
// "Mandag 18.12.2017 kl. 17:30 Borgerservice", "Torsdag 17.08.2017 kl. 8:00
// D2" (Acadre at Hørsholm): a line that starts with the weekday, then the
// date and the time, then a room of at most three words and nothing else.
std::string place_after_dated_time(std::string_view text) {
  text = trim(text);
  if (std::none_of(std::begin(weekdays), std::end(weekdays),
                   [&](std::string_view day) { return starts_with_ci(text, day); }))
    return {};
  static const RE2 room(
      R"((?i:kl)\.?\s*\d{1,2}[:.]\d{2}\s+(\p{Lu}[^\s.,:;]*(?:\s+[^\s.,:;]+){0,2})\s*$)");
  re2::StringPiece where;
  if (!RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), room, &where)) return {};
  // "kl. 17:30 Referat", "... Side 1", "... Mødet aflyst", "... Afbud Carsten
  // Møller", "... Lukket møde": a document's word, a page, a notice, no room.
  const std::string_view found(where.data(), where.size());
  if (names_document_type(found) || is_closed_line(found) || starts_with_ci(found, "side ") ||
      starts_with_ci(found, "mødet") || starts_with_ci(found, "afbud") ||
      starts_with_ci(found, "aflyst") || found.ends_with("møde") ||
      found.find('(') != std::string_view::npos)
    return {};
  return std::string(found);
}

// "... kl. 16.00 i Mødelokale 3," over "Rådhuset, Valdemarsgade 43, 4760
// Vordingborg.": a place that its line ends after a comma goes on with the
// address under it.
std::string with_wrapped_address(const std::vector<front_line>& front, std::string location) {
  if (!location.ends_with(',')) return location;
  for (std::size_t k = 0; k + 1 < front.size(); ++k) {
    if (!collapse_blanks(trim(front[k].text)).ends_with(location)) continue;
    if (!ends_with_postcode_town(front[k + 1].text)) return location;
    return location + " " + std::string(without_final_stop(clean_copy(front[k + 1].text)));
  }
  return location;
}

void place_near_date_line(const std::vector<front_line>& front, std::size_t date_line,
                          meeting_info& meeting) {
  if (date_line >= front.size() || !meeting.location.empty()) return;
  meeting.location = place_after_time(front[date_line].text);
  if (meeting.location.empty()) meeting.location = place_after_dated_time(front[date_line].text);
  if (meeting.location.empty()) meeting.location = place_before_time(front[date_line].text);
  if (!meeting.location.empty() || date_line + 1 >= front.size()) return;
  std::string_view place = front[date_line + 1].text;
  // "Referat fra ordinært møde 17. august 2017" over "Torsdag 17.08.2017 kl.
  // 10:00 Mødelokale D2": the line under the date says it again, with time
  // and room (Acadre at Hørsholm).
  if (std::string room = place_after_dated_time(place); !room.empty()) {
    meeting.location = std::move(room);
    if (meeting.start_time.empty()) meeting.start_time = find_time(place, false);
    return;
  }
  // "Mødet afholdes i lokale 2607 (Søborgværelset)" (Gladsaxe): the
  // sentence's opening, no part of the place.
  for (const std::string_view opening :
       {std::string_view("Mødet afholdes "), std::string_view("Mødet holdes "),
        std::string_view("Mødet afholdt "), std::string_view("Mødet blev afholdt "),
        std::string_view("Mødet blev holdt "), std::string_view("Mødet finder sted "),
        std::string_view("Mødet foregår ")}) {
    if (starts_with_ci(place, opening)) place.remove_prefix(opening.size());
  }
  const bool opened = place.data() != front[date_line + 1].text.data();
  // "i Kommunalbestyrelsens mødesal", "på Rådhuset, mødesal 1".
  bool after_preposition = false;
  for (const std::string_view preposition : {std::string_view("i "), std::string_view("på ")}) {
    if (!place.starts_with(preposition)) continue;
    place.remove_prefix(preposition.size());
    after_preposition = true;
  }
  // "lokale 2607 (Søborgværelset)": a room in lowercase after the opening;
  // "Mødet blev afholdt på Plejecenter Solgården": the sentence says what
  // follows is the place, a name (review 32).
  constexpr std::size_t max_named_place = 80;
  if (opened && names_place_in_lowercase(place)) {
    meeting.location = clean_copy(trim_end(place, "."));
    return;
  }
  if (opened && after_preposition && starts_upper(place) && place.size() <= max_named_place) {
    // The name ends at its first lowercase word ("Teams grundet det store
    // antal smittede ...", review 34), but for a joining one ("Plejecenter
    // Lindehøj i Ry").
    std::size_t end = place.size();
    for (std::size_t pos = 0; pos < place.size();) {
      const std::size_t start = pos;
      const std::string_view word = danish::next_word(place, pos);
      if (!word.empty() && !starts_upper(word) && !starts_digit(word) && word != "i" &&
          word != "på" && word != "ved" && word != "og") {
        end = start;
        break;
      }
    }
    meeting.location = clean_copy(trim_end(trim(place.substr(0, end)), ".,"));
    return;
  }
  if (names_place(place)) meeting.location = clean_copy(place);
}

// "Frivillighuset, Lundevej 7, 3600 Frederikssund kl. 16.00" (Frederikssund's
// pages, under a title that holds the date): an address that ends in its
// postcode and town, then the time, on a line of its own.
void place_with_time(const std::vector<front_line>& front, meeting_info& meeting) {
  for (std::size_t k = 0; k < front.size() && meeting.location.empty(); ++k) {
    const std::string_view text = trim(front[k].text);
    const std::size_t at = find_ci(text, " kl.");
    if (at == std::string_view::npos || text.size() > max_date_line) continue;
    const std::string_view address = trim_end(text.substr(0, at), ",");
    // "Sekretariat: Ældreafdelingen, Lundevej 7, 8000 Aarhus kl. 9-15", "Næste
    // møde: Rådhuset, ...": a label's value, another place's hours.
    if (address.find(':') != std::string_view::npos ||
        address.find(", ") == std::string_view::npos || !ends_with_postcode_town(address) ||
        names_other_date(text))
      continue;
    const std::string time = find_time(text.substr(at), true);
    if (time.empty()) continue;
    meeting.location = clean_copy(address);
    if (meeting.start_time.empty()) meeting.start_time = time;
  }
}

// Byråd minutes often write date, time and place on lines of their own,
// without labels: "Mandag den 18. november 2024 kl. 16:00" and under it
// "Byrådssalen, Vordingborg Rådhus", or in one sentence: "Den 14.02.2023
// kl. 15:30 i Mødelokale 2". Used only for fields no label filled.
void fill_from_unlabelled(const std::vector<front_line>& front, meeting_info& meeting) {
  std::size_t date_line = front.size();
  std::size_t date_end = 0;
  if (meeting.date.empty()) {
    for (std::size_t k = 0; k < front.size(); ++k) {
      if (front[k].text.size() > max_date_line || names_other_date(front[k].text) ||
          is_dateline(front[k].text))
        continue;
      if (date_match date = find_date(front[k].text); !date.iso.empty()) {
        meeting.date = std::move(date.iso);
        date_line = k;
        date_end = date.end;
        break;
      }
    }
    place_near_date_line(front, date_line, meeting);
  }
  if (!meeting.start_time.empty()) return;
  // A date from the title ("Referat af møde i X d. 26-11-07") said again on a
  // line of its own with the time ("mandag den 26. november 2007 kl. 19.00").
  for (std::size_t k = 0; k < front.size() && date_line == front.size(); ++k) {
    if (front[k].text.size() > max_date_line) continue;
    if (const date_match date = find_date(front[k].text); date.iso == meeting.date) {
      date_line = k;
      date_end = date.end;
      place_near_date_line(front, date_line, meeting);
    }
  }
  // The time on the date line ("kl. 15.30", or right after the date:
  // "Torsdag, March 7, 2019 - 17:00"), else the first "kl. 15.30" of a
  // header line that may hold it ("Mødet startede kl. 15.30 og sluttede kl. 18.05.").
  if (date_line < front.size()) {
    meeting.start_time = find_time(front[date_line].text, false);
    if (meeting.start_time.empty())
      meeting.start_time = time_after_date(front[date_line].text.substr(date_end));
  }
  for (std::size_t k = 0; k < front.size() && meeting.start_time.empty(); ++k) {
    if (front[k].text.size() <= max_date_line && may_hold_meeting_time(front[k].text))
      meeting.start_time = find_time(front[k].text, false);
  }
}

// A member list set as a table (Word, HTML): the row "| Anne Hansen | A |
// formand |" reads as "Anne Hansen (A) (formand)", the form parse_people
// knows: the first cell is the name, every other cell a group after it. A
// header row ("| Navn | Parti |") is no one.
std::string table_row_as_person(std::string_view row) {
  static constexpr std::string_view column_labels[] = {"navn",      "name",     "medlem",
                                                       "medlemmer", "deltager", "deltagere"};
  std::string out;
  while (!row.empty()) {
    const std::size_t bar = row.find('|');
    const std::string_view cell = trim(row.substr(0, bar));
    row = bar == std::string_view::npos ? std::string_view() : row.substr(bar + 1);
    if (cell.empty()) continue;
    if (out.empty()) {
      if (equals_ci_any(cell, column_labels)) return {};
      out = cell;
    } else if (cell.front() == '(') {
      out.append(" ").append(cell);
    } else {
      out.append(" (").append(cell).append(")");
    }
  }
  return out;
}

// Lowercase words that end a list label without a colon.
constexpr std::string_view label_tails[] = {"med afbud", "fra", "uden afbud", "med forfald"};

// "Afbud fra: Hans Hansen (V)", "Fraværende med afbud: ...": lowercase
// words that end the label before its colon are not part of the list.
std::string_view skip_label_tail(std::string_view value) {
  // "Fraværende i Kommunalbestyrelsen, 12. marts 2024: X" too.
  constexpr std::size_t max_tail = 64;
  const std::size_t colon = value.find(':');
  if (!starts_lower(value)) return value;
  // "Fraværende med afbud" alone on its line, the names under it (Hvidovre).
  if (colon == std::string_view::npos && equals_ci_any(value, label_tails)) return {};
  if (colon == std::string_view::npos || colon > max_tail) return value;
  return trim(value.substr(colon + 1));
}

// "Økonomiudvalget (2022-2025)": the election period in parentheses is no
// part of the committee's name. A bare one stays ("Arbejdsmarkedsudvalget
// 2018 - 2021", as the corpus README names Odder's committee).
std::string_view strip_election_period(std::string_view s) {
  static const RE2 period(R"((.*\S)\s*\(\s*\d{4}\s*[-–]\s*\d{2,4}\s*\))");
  if (!s.ends_with(")")) return s;
  re2::StringPiece name;
  if (!RE2::FullMatch(re2::StringPiece(s.data(), s.size()), period, &name)) return s;
  return std::string_view(name.data(), name.size());
}

// "Fraværende: Hanne Lykke (V), stedfortræder Svend Aage Møller (V) deltog":
// the clause after the absent members names who sat in. Cuts it off
// `names` and returns its names ("Svend Aage Møller (V)"), or "".
std::string_view cut_substitute_clause(std::string_view& names) {
  for (const std::string_view opener :
       {std::string_view(", stedfortræder "), std::string_view(", suppleant "),
        std::string_view("; stedfortræder "), std::string_view("; suppleant ")}) {
    const std::size_t at = find_bytes(names, opener);
    if (at == std::string_view::npos) continue;
    std::string_view rest = trim(names.substr(at + opener.size()));
    // "..., suppleant Anders Lyngholm. Afbud fra ...": up to its sentence's end.
    rest = trim_end(trim(rest.substr(0, danish::list_sentence_end(rest))), ".");
    // "... deltog i stedet", "... indkaldt": the verb that says they sat in.
    constexpr std::string_view instead = " i stedet";
    if (rest.ends_with(instead)) rest = trim(rest.substr(0, rest.size() - instead.size()));
    for (const std::string_view verb : danish::sat_in_verbs) {
      if (rest.ends_with(verb)) {
        rest = trim(rest.substr(0, rest.size() - verb.size()));
        break;
      }
    }
    names = names.substr(0, at);
    return rest;
  }
  return {};
}

// "X mødte for Y", "X deltog for Y": a substitute came for a member.
constexpr std::string_view came_for[] = {" mødte for ", " deltog for "};

// "Stedfortræder: Bo Hald (A) for Jens Krogh (A)", "Bo Hald (A) (for Jens
// Krogh)": the substitute sat in, and the member named after "for" was away.
// A member's name ends at a comma, semicolon, " og " or closing parenthesis.
void add_substitute_entries(std::string_view written, meeting_info& meeting) {
  constexpr std::string_view word = "for ";
  // "Karina Bech (O) deltog for Lars Brix.": the verb before "for" too.
  std::string unverbed(written);
  for (const std::string_view verb : came_for) {
    for (std::size_t at = unverbed.find(verb); at != std::string::npos;
         at = unverbed.find(verb, at))
      unverbed.replace(at, verb.size(), " for ");
  }
  const std::string_view value = unverbed;
  // "Bo Hald (A) i stedet for Jens Krogh (A)", "... som stedfortræder for
  // ...": phrases parse_people reads itself.
  for (const std::string_view phrase :
       {std::string_view("stedet for "), std::string_view("stedfortræder for "),
        std::string_view("suppleant for ")}) {
    if (find_bytes(value, phrase) != std::string_view::npos) {
      add_people(meeting.participants, parse_people(value, "present", "stedfortræder"));
      return;
    }
  }
  std::string sat_in;  // the value without "for" and the members sat in for
  std::string away;
  std::size_t at = 0;
  int depth = 0;  // parentheses open before `counted`
  std::size_t counted = 0;
  for (std::size_t cut = find_bytes(value, word); cut != std::string_view::npos;
       cut = find_bytes(value, word, cut + 1)) {
    if (cut == 0 || (value[cut - 1] != ' ' && value[cut - 1] != '(') || cut < at) continue;
    for (; counted < cut; ++counted)
      depth += value[counted] == '(' ? 1 : value[counted] == ')' ? -1 : 0;
    // "(Foreningen for Bedre Byggeskik)": a "for" inside a parenthesis that
    // does not open with it is part of a name.
    if (depth > 0 && value[cut - 1] != '(') continue;
    const std::size_t member = cut + word.size();
    std::size_t end = value.size();
    // "for Jens Krogh (A) under punkt 3-5": the name ends before what
    // qualifies it.
    for (const std::string_view stop :
         {std::string_view(","), std::string_view(";"), std::string_view(" og "),
          std::string_view(")"), std::string_view(" under "), std::string_view(" ved ")}) {
      end = std::min(end, std::min(value.find(stop, member), value.size()));
    }
    const bool in_parentheses = value[cut - 1] == '(';
    // "(for Jens Krogh (A))": the member's party closes first.
    if (end < value.size() && value[end] == ')' &&
        value.substr(member, end - member).find('(') != std::string_view::npos)
      end = std::min(value.size(), end + 1);
    sat_in += value.substr(at, cut - at - (in_parentheses ? 1 : 0));
    if (!away.empty()) away += ", ";
    away += trim(value.substr(member, end - member));
    // What qualifies the member and a closing parenthesis are no one's name:
    // the next entry starts after a comma, semicolon or " og ".
    at = value.size();
    for (const std::string_view next :
         {std::string_view(","), std::string_view(";"), std::string_view(" og ")})
      at = std::min(at, std::min(value.find(next, end), value.size()));
  }
  sat_in += value.substr(std::min(at, value.size()));
  add_people(meeting.participants, parse_people(sat_in, "present", "stedfortræder"));
  add_people(meeting.participants, parse_people(away, "absent"));
}

void apply(const header_label& label, std::string_view value, meeting_info& meeting) {
  switch (label.field) {
    case header_field::date: {
      const date_match date = find_date(value);
      if (meeting.date.empty()) meeting.date = date.iso;
      // "Dato: 08-02-2022 16:00:00": the time right after the date (also
      // when the title gave the date: "Byrådet - 21-02-2022" over "Dato:
      // Mandag, 21 februar, 2022 - 17:00").
      if (!date.iso.empty() && date.iso == meeting.date && meeting.start_time.empty())
        meeting.start_time = time_after_date(value.substr(date.end));
      if (meeting.start_time.empty()) meeting.start_time = find_time(value, false);
      break;
    }
    case header_field::when_where: {
      // "Tid og sted: 4. marts 2024 kl. 15.00, Byrådssalen": the place after the time.
      if (meeting.location.empty()) meeting.location = place_after_when(value);
      // "Tidspunkt og sted: Mødelokale 3. s. 54 (15.45-18.15)" (Odense): the
      // place first, the hours in parentheses after it.
      const std::size_t open = value.rfind(" (");
      if (meeting.location.empty() && open != std::string_view::npos && value.ends_with(')')) {
        const std::string_view hours = value.substr(open + 2, value.size() - open - 3);
        if (const std::string time = find_time(hours, true); !time.empty()) {
          meeting.location = collapse_blanks(trim(value.substr(0, open)));
          if (meeting.start_time.empty()) meeting.start_time = time;
        }
      }
      // Only where the label names the place first (review 41: "Tid og
      // sted: Ekstraordinært møde 5. marts 2024" names no place).
      if (meeting.location.empty() && starts_with_ci(label.label, "sted"))
        meeting.location = place_before_date(value);
      apply({.label = "", .field = header_field::date, .role = ""}, value, meeting);
      break;
    }
    case header_field::time:
      // "Mødetidspunkt:" over "17:00." (Rebild 2007): the sentence's stop.
      if (meeting.start_time.empty()) meeting.start_time = find_time(trim_end(value, "."), true);
      if (meeting.date.empty()) meeting.date = find_date(value).iso;
      // "Kl. 16:30 i Mødelokale 2, Lejrevej 15, 4320, Allerslev" (Lejre): the
      // place after the time.
      if (meeting.location.empty()) meeting.location = place_after_when(value);
      break;
    case header_field::location: {
      // "BEMÆRK! Lukket møde kl. 16:30" (Vallensbæk's Sted:): a remark, no place.
      // "OBS! Lukket møde kl. 16:30 - Mødelokale Havet", "OBS! Nyt lokale:
      // Mødelokale 4", "OBS! Mødet er flyttet til Byrådssalen": the room
      // after the notice's dash, colon or "til".
      if (starts_with_ci(value, "bemærk") || starts_with_ci(value, "obs")) {
        std::size_t cut = find_bytes(value, " - ");
        std::size_t skip = 3;
        if (cut == std::string_view::npos && (cut = value.find(": ")) != std::string_view::npos)
          skip = 2;
        if (cut == std::string_view::npos &&
            (cut = find_bytes(value, " til ")) != std::string_view::npos)
          skip = 5;
        if (cut == std::string_view::npos) break;
        value = trim(value.substr(cut + skip));
      }
      // "Mødelokale SL 1, Slangerup kl. 16.00" (Frederikssund): the time after the place.
      if (const std::size_t at = find_ci(value, " kl."); at != std::string_view::npos) {
        if (meeting.start_time.empty()) meeting.start_time = find_time(value.substr(at), true);
        value = trim_end(trim(value.substr(0, at)), ",");
      }
      if (meeting.location.empty()) meeting.location = collapse_blanks(without_final_stop(value));
      break;
    }
    case header_field::present:
      add_people(meeting.participants, parse_people(skip_label_tail(value), "present"));
      break;
    case header_field::absent: {
      // "Forfald: X (V). I stedet mødte Y (V).": the list ends before the
      // sentence of who sat in (add_substitutes reads it).
      std::string_view names = skip_label_tail(value);
      // "Fraværende: Afbud fra Jens Bruhn og Helge Tang Holbek" (trial BK):
      // the note's lead is no part of the first name.
      for (const std::string_view lead :
           {std::string_view("afbud fra "), std::string_view("meldt afbud fra "),
            std::string_view("afbud: ")}) {
        if (starts_with_ci(names, lead)) names = trim(names.substr(lead.size()));
      }
      for (const std::string_view next :
           {std::string_view(". I stedet "), std::string_view(". Som stedfortræder"),
            std::string_view(". Som suppleant")}) {
        if (const std::size_t at = find_bytes(names, next); at != std::string_view::npos)
          names = names.substr(0, at);
      }
      const std::string_view substitute = cut_substitute_clause(names);
      add_people(meeting.participants, parse_people(names, "absent"));
      if (!substitute.empty())
        add_people(meeting.participants, parse_people(substitute, "present", "stedfortræder"));
      break;
    }
    case header_field::secretary:
      if (std::string_view(label.role) == "stedfortræder") {
        add_substitute_entries(value, meeting);
        break;
      }
      add_people(meeting.participants, parse_people(value, "present", label.role));
      break;
    case header_field::committee:
      if (meeting.committee.empty()) {
        // "Udvalg: Økonomiudvalget (2022-2025)", "Kategori: Referat -
        // Økonomiudvalget" are the body alone; "Kategori: Referater" names none.
        std::string body = committee_from_title(value);
        if (body.empty() && !names_document_type(value))
          body = collapse_blanks(strip_election_period(trim(value)));
        meeting.committee = std::move(body);
      }
      break;
    case header_field::municipality:
      if (meeting.municipality.empty()) {
        // "Kommune: Københavns Kommune" is København. "Kommune" alone over
        // "Dagsorden til møde i Kommunalbestyrelsen" (a logo whose name was
        // an image) labels no value: a municipality's name is a few words
        // that name no document.
        constexpr std::ptrdiff_t most_words = 3;
        const std::string named = municipality_in(value);
        const std::string written = collapse_blanks(value);
        if (!named.empty()) {
          meeting.municipality = named;
        } else if (!names_document_type(written) &&
                   std::count(written.begin(), written.end(), ' ') < most_words) {
          meeting.municipality = written;
        }
      }
      break;
    case header_field::ignored:
      break;
  }
}

std::string_view strip_trailing_words(std::string_view s) {
  // "Plan- og Miljøudvalget - ekstraordinært møde", "... (konstituerende
  // møde)": the meeting's kind after the committee (trial BF).
  static constexpr std::string_view kinds[] = {"ekstraordinært møde", "ordinært møde",
                                               "konstituerende møde", "temamøde",
                                               "ekstraordinært",      "konstituerende"};
  // Every kind spells one of these (any case but the first letter's).
  const bool kind_named = find_bytes(s, "rdinært") != std::string_view::npos ||
                          find_bytes(s, "onstituerende") != std::string_view::npos ||
                          find_bytes(s, "emamøde") != std::string_view::npos ||
                          find_bytes(s, "RDINÆRT") != std::string_view::npos ||
                          find_bytes(s, "ONSTITUERENDE") != std::string_view::npos ||
                          find_bytes(s, "EMAMØDE") != std::string_view::npos;
  for (bool changed = true; changed;) {
    changed = false;
    s = trim_end(s, ",-–:");
    for (const std::string_view kind : kinds) {
      if (!kind_named) break;
      const bool bracketed = s.ends_with(')') && s.size() > kind.size() + 2 &&
                             s[s.size() - kind.size() - 2] == '(' &&
                             equals_ci(s.substr(s.size() - kind.size() - 1, kind.size()), kind);
      const std::size_t cut = bracketed ? kind.size() + 2 : kind.size();
      if ((bracketed ||
           (s.size() > kind.size() && equals_ci(s.substr(s.size() - kind.size()), kind))) &&
          s.size() > cut && s[s.size() - cut - 1] == ' ') {
        s = trim(s.substr(0, s.size() - cut));
        // "Byrådets temamøde", "Kommunalbestyrelsens temamøde": the body's
        // genitive before the kind (reviews 37 and 38).
        if ((s.ends_with("ets") || s.ends_with("ens") || s.ends_with("ETS") ||
             s.ends_with("ENS")) &&
            names_body(s))
          s.remove_suffix(1);
        changed = true;
      }
    }
    for (const std::string_view w :
         {std::string_view("d."), std::string_view("den"), std::string_view("dato"),
          std::string_view("kl."), std::string_view("fra")}) {
      if (s.size() > w.size() && equals_ci(s.substr(s.size() - w.size()), w) &&
          s[s.size() - w.size() - 1] == ' ') {
        s = s.substr(0, s.size() - w.size());
        changed = true;
      }
    }
    for (const auto w : weekdays) {
      if (s.size() > w.size() && equals_ci(s.substr(s.size() - w.size()), w) &&
          s[s.size() - w.size() - 1] == ' ') {
        s = s.substr(0, s.size() - w.size());
        changed = true;
      }
    }
  }
  return trim(s);
}

// "Teknik- og Miljøudvalget, Lyngby-Taarbæk Kommune": the municipality is
// a field of its own, not part of the committee's name.
// "Viborg Kommune", "Lyngby-Taarbæk kommune": one capitalised word and "Kommune".
bool names_only_a_municipality(std::string_view s) {
  for (const std::string_view tail : {std::string_view(" Kommune"), std::string_view(" kommune")}) {
    if (!s.ends_with(tail)) continue;
    const std::string_view name = s.substr(0, s.size() - tail.size());
    return starts_upper(name) && name.find(' ') == std::string_view::npos;
  }
  return false;
}

std::string_view strip_municipality(std::string_view s) {
  for (const std::string_view tail : {std::string_view(" Kommune"), std::string_view(" kommune")}) {
    if (!s.ends_with(tail)) continue;
    // The last ", " / " - " / " – " (a name may hold a hyphen: "Lyngby-Taarbæk").
    std::size_t sep = std::string_view::npos;
    std::size_t sep_size = 0;
    for (const std::string_view mark :
         {std::string_view(", "), std::string_view(" - "), std::string_view(" – ")}) {
      const std::size_t at = s.rfind(mark);
      if (at != std::string_view::npos && (sep == std::string_view::npos || at > sep)) {
        sep = at;
        sep_size = mark.size();
      }
    }
    if (sep == std::string_view::npos || sep == 0) {
      // "Plan- og Boligudvalget Stevns Kommune": a title line a converter
      // joined to the letterhead; the body stands before the name.
      sep = s.rfind(' ', s.size() - tail.size() - 1);
      sep_size = 1;
      if (sep == std::string_view::npos || sep == 0 || !names_body(s.substr(0, sep))) return s;
    }
    // Only a name stands between the separator and "Kommune".
    const std::string_view name =
        trim(s.substr(sep + sep_size, s.size() - sep - sep_size - tail.size()));
    if (name.empty() || name.find(' ') != std::string_view::npos || !starts_upper(name)) return s;
    // "Ældrerådet i Odder Kommune", "Handicaprådet for Assens Kommune": the
    // word joining the body to its municipality goes with the municipality.
    std::string_view body = trim(s.substr(0, sep));
    for (const std::string_view joiner : {std::string_view(" i"), std::string_view(" for")}) {
      if (sep_size == 1 && body.size() > joiner.size() && body.ends_with(joiner))
        return trim(body.substr(0, body.size() - joiner.size()));
    }
    return body;
  }
  return s;
}

// "Kolding Kommune Økonomiudvalget", "Syddjurs Kommune Referat Byrådet": a
// letterhead a converter joined to the title line, before the body;
// "Tønder Kommune – Kommunalbestyrelsen": a page's running header.
// "§ 17 stk. 4, Landdistriktsudvalget 19. november 2018" (Næstved): the law
// a committee is set up under, before its name; the rest of `s` after it.
std::string_view without_paragraph_17(std::string_view s) {
  static const RE2 paragraph(R"(§\s*17,?\s*(?i:stk)\.?\s*4\s*[,:–-]?\s*)");
  if (!s.starts_with("§")) return s;
  re2::StringPiece input(s.data(), s.size());
  return RE2::Consume(&input, paragraph) ? std::string_view(input.data(), input.size()) : s;
}

std::string_view strip_letterhead(std::string_view s) {
  constexpr std::string_view word = "Kommune";
  const std::size_t first = s.find(' ');
  if (first == std::string_view::npos || !starts_upper(s) || !s.substr(first + 1).starts_with(word))
    return s;
  std::string_view rest = s.substr(first + 1 + word.size());
  // "Stevns Kommune, Plan- og Miljøudvalget": a comma joins them too.
  if (!rest.starts_with(' ') && !rest.starts_with(", ")) return s;
  rest = trim(rest.starts_with(',') ? rest.substr(1) : rest);
  for (const std::string_view dash : {std::string_view("– "), std::string_view("- ")}) {
    if (rest.starts_with(dash)) rest = trim(rest.substr(dash.size()));
  }
  return starts_upper(rest) && names_body(rest) ? rest : s;
}

// A PDF-to-text layer may tear a label column from its value column:
// "Mødedato:", "Mødetidspunkt:", "Mødested:" on three lines, then
// "05-10-2021", "19:00", "Rådhuset". From line `first` (a label without
// value): at least two such labels in a row, each paired with the value
// line in the same place after them. Returns the last value line, or 0
// when the lines are no such block.
std::size_t apply_torn_labels(const std::vector<line>& lines, std::size_t first, std::size_t end,
                              meeting_info& meeting) {
  constexpr std::size_t max_block = 8;
  std::vector<const header_label*> block;
  std::size_t k = first;
  // A PDF's paragraphs (Word's space after each) put blank lines between
  // the labels too.
  for (; k < end && block.size() < max_block; ++k) {
    if (lines[k].blank) continue;
    std::string_view value;
    const std::string clean = clean_copy(lines[k].text);
    const header_label* l = find_label(clean, value);
    if (l == nullptr || !value.empty()) break;
    // A list's label ends the block ("Fraværende:" last, over one line of
    // names in the values' column, a 2005 committee's PDF); first, its
    // list stands under it.
    if (is_list_field(l->field)) {
      if (!block.empty() && clean.ends_with(':')) {
        block.push_back(l);
        ++k;
      }
      break;
    }
    block.push_back(l);
  }
  if (block.size() < 2) return 0;
  std::vector<std::string> values;
  for (; k < end && values.size() < block.size(); ++k) {
    if (lines[k].blank) continue;
    std::string clean = clean_copy(lines[k].text);
    std::string_view ignored;
    // A label with its colon, or alone, is no value ("Hent som fil:", a label
    // this table does not know, neither); a value may open with a label's
    // word ("Mødelokale 3, Rådhuset", "kl. 15:00"), and "kl." alone is an
    // empty time ("Mødet afsluttet:" over "kl.").
    const header_label* l = find_label(clean, ignored);
    const std::size_t label_size = l ? std::string_view(l->label).size() : 0;
    const bool label_alone =
        l != nullptr && label_size >= clean.size() && l->field != header_field::time;
    if ((l != nullptr && label_size < clean.size() && clean[label_size] == ':') || label_alone ||
        clean.ends_with(':')) {
      // "Fraværende:" last with no one under it: the next label comes.
      if (is_list_field(block.back()->field) && values.size() + 1 == block.size()) break;
      return 0;
    }
    values.push_back(std::move(clean));
  }
  // The list's one line must read as names ("Anne Sejr Holm", "Bo Lund,
  // Ida Berg"): "Referat", "Åben dagsorden" under an empty "Fraværende:" are
  // the next part's heading, no one absent.
  if (is_list_field(block.back()->field) && values.size() == block.size() &&
      !reads_as_names(values.back())) {
    values.pop_back();
    --k;  // that line is read again, as the text after the block
  }
  if (values.size() + 1 == block.size() && is_list_field(block.back()->field)) block.pop_back();
  if (values.size() < block.size()) return 0;
  for (std::size_t n = 0; n < block.size(); ++n) {
    // A bare "19:00" under "Mødetidspunkt:" is the value, as after a colon.
    apply(*block[n], values[n], meeting);
  }
  return k - 1;
}

// Where in `value` the next label starts: after ". " ("Til stede: A (A),
// B (V). Afbud: C (Ø).": a sentence of the value that starts with a label),
// or after a blank when a capitalised label and its colon follow
// ("Mødedato: 12. juni 2023 Mødetidspunkt: 15:00 Mødested: Rådhuset": a
// header whose lines a converter joined into one paragraph, as docling and
// HTML-to-text steps do). npos when none does.
// Whether `value` holds at `at` a label no value opens with ("Mødested
// Byrådssalen") after a part with a digit (the value before it); sets `next`
// and `next_value` when it does.
bool bare_label_at(std::string_view value, std::size_t at, const header_label*& next,
                   std::string_view& next_value) {
  static constexpr std::string_view bare_labels[] = {"Mødested ", "Mødetidspunkt ", "Mødedato ",
                                                     "Mødelokale "};
  const std::string_view rest = value.substr(at);
  const auto label = std::find_if(std::begin(bare_labels), std::end(bare_labels),
                                  [&](std::string_view b) { return rest.starts_with(b); });
  if (label == std::end(bare_labels) ||
      value.substr(0, at).find_first_of("0123456789") == std::string_view::npos)
    return false;
  // "Mødelokale" names the room itself after an address ("Teatergade 8,
  // Mødelokale 8", "Arden Rådhus - Mødelokale Skoven"): a label only right
  // after a value's last digit ("Mødetidspunkt 18.00 Mødelokale Rådssalen").
  if (label->starts_with("Mødelokale") && (at < 2 || !starts_digit(value.substr(at - 2))))
    return false;
  // Its value opens with a capital or a digit ("Mødested Byrådssalen",
  // "Mødetidspunkt 18:30"), never "Mødetidspunkt rykket fra 17:00".
  const std::string_view after = rest.substr(label->size());
  if (!starts_upper(after) && !starts_digit(after)) return false;
  next = find_label(rest, next_value);
  return next != nullptr;
}

std::size_t next_label_start(std::string_view value, const header_label*& next,
                             std::string_view& next_value) {
  // Every label that starts a field has a colon after it, a few words on:
  // the label table is tried only where one follows.
  constexpr std::size_t max_label_to_colon = 32;
  // "Afbud: Referent: Lars Holm" (a board's header on one line): a value
  // that starts with a label leaves the field before it empty.
  std::size_t colon = value.find(':');
  if (colon < max_label_to_colon && starts_upper(value) &&
      (next = find_label(value, next_value)) != nullptr &&
      trim(value.substr(std::string_view(next->label).size())).starts_with(':'))
    return 0;
  for (std::size_t pos = value.find_first_of(" ."); pos != std::string_view::npos;
       pos = value.find_first_of(" .", pos + 1)) {
    // "Mødedato Tirsdag d. 31. januar 2023 kl. 18:30 Mødested Byrådssalen" (a
    // PDF's header row flattened, the colons never written): a label no value
    // opens with, capitalised, after a value that holds a digit.
    if (value[pos] == ' ' && bare_label_at(value, pos + 1, next, next_value)) return pos;
    if (colon != std::string_view::npos && colon < pos) colon = value.find(':', pos);
    if (colon == std::string_view::npos) {
      // Only a bare label may follow, and each of them starts "Møde".
      pos = find_bytes(value, " Møde", pos + 1);
      if (pos == std::string_view::npos) break;
      if (bare_label_at(value, pos + 1, next, next_value)) return pos;
      continue;
    }
    // "Poul Sandholt(PS).Udeblevet: Jens Mathiesen": a label glued to the
    // full stop before it, its colon right after it.
    if (value[pos] == '.') {
      if (pos + 1 >= value.size() || !starts_upper(value.substr(pos + 1))) continue;
      const std::string_view rest = value.substr(pos + 1);
      next = find_label(rest, next_value);
      if (next != nullptr && rest.substr(std::string_view(next->label).size()).starts_with(':'))
        return pos;
      continue;
    }
    const bool sentence = pos > 0 && value[pos - 1] == '.';
    if (!sentence && colon - pos > max_label_to_colon) continue;
    const std::string_view rest = value.substr(pos + 1);
    if (!sentence && !starts_upper(rest)) continue;
    next = find_label(rest, next_value);
    if (next == nullptr) continue;
    std::string_view after = trim(rest.substr(std::string_view(next->label).size()));
    // "Afbud fra: X", "Fraværende med afbud: X": a list label's lowercase tail.
    if (is_list_field(next->field) && starts_lower(after)) {
      const std::string_view tail = after.substr(0, after.find(':'));
      if (tail.size() < after.size() && std::count(tail.begin(), tail.end(), ' ') <= 1 &&
          std::all_of(tail.begin(), tail.end(), [](char c) { return c != ',' && c != '.'; }))
        after = after.substr(tail.size());
    }
    if (sentence ? rest.find(':') != std::string_view::npos : after.starts_with(':'))
      return sentence ? pos - 1 : pos;
  }
  return std::string_view::npos;
}

void apply_with_following_labels(const header_label& label, std::string_view value,
                                 meeting_info& meeting) {
  const header_label* next = nullptr;
  std::string_view next_value;
  const std::size_t pos = next_label_start(value, next, next_value);
  if (pos == std::string_view::npos) {
    apply(label, value, meeting);
    return;
  }
  apply(label, trim(value.substr(0, pos)), meeting);
  apply_with_following_labels(*next, next_value, meeting);
}

// "Mødedato: 06-11-2023, Mødested:": the last of the labels on a line has
// no value there; a list's label, which takes the lines under it, aside.
bool ends_with_empty_label(const header_label& label, std::string_view value) {
  const header_label* last = &label;
  std::string_view last_value = value;
  for (;;) {
    const header_label* next = nullptr;
    std::string_view next_value;
    if (next_label_start(last_value, next, next_value) == std::string_view::npos) break;
    last = next;
    last_value = next_value;
  }
  return last != &label && trim(last_value).empty() && !is_list_field(last->field);
}

// "| Mødedato: | 14. marts 2024 |": a table of label and value cells (Word
// minutes made markdown by pandoc or marker, web pages). When the row's
// first cell is a label alone and a value follows, the label gets the other
// cells; a row with an empty first cell under a list label's row goes on
// that list ("|  | Peter Bach (V) |" under "| Medlemmer: | Lone Frost (A) |").
// Returns the label applied, or nullptr when the row is no such row.
const header_label* apply_label_row(std::string_view text, const header_label* above,
                                    meeting_info& meeting) {
  std::vector<std::string_view> cells = cells_of(text);
  while (!cells.empty() && cells.back().empty()) cells.pop_back();
  if (cells.size() < 2) return nullptr;
  const header_label* label = nullptr;
  if (cells[0].empty()) {
    if (above == nullptr || !is_list_field(above->field)) return nullptr;
    label = above;
  } else {
    const std::string first = clean_copy(cells[0]);
    std::string_view rest;
    label = find_label(first, rest);
    if (label == nullptr || !rest.empty()) return nullptr;
  }
  std::string value;
  for (std::size_t k = 1; k < cells.size(); ++k) {
    if (cells[k].empty()) continue;
    if (!value.empty()) value += ' ';
    append_title_text(value, cells[k]);
  }
  if (value.empty()) return nullptr;
  apply_with_following_labels(*label, value, meeting);
  return label;
}

// "| Dato | Tid | Sted |" over "| 22. maj 2025 | kl. 14.00 | Mødelokale Møn |":
// a head row of header labels alone over a row of their values (a Word
// table laid out across). Applied and true when every head is a label and
// the row under it has as many cells; `value_line` is that row.
bool apply_head_row(const std::vector<line>& lines, std::size_t i, std::size_t end,
                    meeting_info& meeting, std::size_t& value_line) {
  // (Also a PDF's row, its cells apart by tabs: row_cells.)
  std::vector<std::string_view> heads = row_cells(lines[i].text);
  while (!heads.empty() && heads.back().empty()) heads.pop_back();
  if (heads.size() < 2) return false;
  std::vector<const header_label*> labels;
  for (const std::string_view head : heads) {
    std::string_view rest;
    const header_label* label = find_label(clean_copy(head), rest);
    if (label == nullptr || !rest.empty()) return false;
    labels.push_back(label);
  }
  std::size_t next = next_content(lines, i + 1, end);
  if (next < end && is_table_rule_line(lines[next].text)) next = next_content(lines, next + 1, end);
  if (next >= end) return false;
  std::vector<std::string_view> values = row_cells(lines[next].text);
  while (!values.empty() && values.back().empty()) values.pop_back();
  if (values.size() != labels.size()) return false;
  for (std::size_t k = 0; k < labels.size(); ++k) {
    if (!values[k].empty()) apply_with_following_labels(*labels[k], clean_copy(values[k]), meeting);
  }
  value_line = next;
  return true;
}

// "Mødedato:  07-03-2023      Mødested:  Rådhuset": labelled cells side by
// side, as pdftotext sets a two-column header, split at runs of three or
// more blanks or a tab. Applied and true when every cell is labelled and
// there are at least two.
bool apply_label_columns(std::string_view text, meeting_info& meeting) {
  if (text.find("   ") == std::string_view::npos && text.find('\t') == std::string_view::npos)
    return false;
  std::vector<std::string> cells;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const bool gap = i < text.size() && (text[i] == '\t' || text.substr(i, 3) == "   ");
    if (i < text.size() && !gap) continue;
    if (const std::string_view cell = trim(text.substr(start, i - start)); !cell.empty())
      cells.push_back(clean_copy(cell));
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    start = i;
  }
  if (cells.size() < 2) return false;
  // A value may stand in a cell of its own after its label: "Mødedato:", "07-03-2023".
  std::vector<std::pair<const header_label*, std::string>> fields;
  for (const std::string& cell : cells) {
    std::string_view value;
    const header_label* l = find_label(cell, value);
    // "Mødested:", "Mødelokale A, Rådhuset": a label waiting for its value
    // takes a cell that starts with a label word but no colon after it.
    const bool waiting = !fields.empty() && fields.back().second.empty();
    if (l != nullptr && waiting &&
        !trim(std::string_view(cell).substr(std::string_view(l->label).size())).starts_with(':'))
      l = nullptr;
    if (l != nullptr) {
      fields.emplace_back(l, std::string(value));
    } else if (waiting) {
      fields.back().second = cell;
    } else {
      return false;
    }
  }
  if (fields.size() < 2) return false;
  for (const auto& [l, value] : fields) apply(*l, value, meeting);
  return true;
}

// "Udvalg Dato Type Hent" over "Byrådet 20-06-2018 16:00 Referat Samlet
// dokument" (Syddjurs: a table's head row and its row, cells apart by one
// blank): the committee is what stands before the date, which with its
// time is the meeting's. True when line `i` is such a head row over such a
// row; `value_line` is then the row's line.
bool apply_column_row(const std::vector<line>& lines, std::size_t i, std::size_t end,
                      meeting_info& meeting, std::size_t& value_line) {
  static constexpr std::string_view heads[] = {"udvalg",    "dato", "type",     "hent",  "tid",
                                               "tidspunkt", "sted", "mødested", "status"};
  const std::string_view t = trim(lines[i].text);
  if (!starts_with_ci(t, "udvalg ")) return false;
  bool date = false;
  for (std::size_t pos = 0; pos < t.size();) {
    const std::string_view word = danish::next_word(t, pos);
    if (!word.empty() && !equals_ci_any(word, heads)) return false;
    date = date || equals_ci(word, "dato");
  }
  const std::size_t next = next_content(lines, i + 1, end);
  if (!date || next >= end) return false;
  const std::string_view row = trim(lines[next].text);
  const date_match found = find_date(row);
  if (found.iso.empty() || found.start == 0) return false;
  const std::string_view body = trim(row.substr(0, found.start));
  if (body.empty() || !starts_upper(body)) return false;
  if (meeting.committee.empty()) meeting.committee = clean_copy(body);
  if (meeting.date.empty()) meeting.date = found.iso;
  if (meeting.start_time.empty()) meeting.start_time = time_after_date(row.substr(found.end));
  value_line = next;
  return true;
}

// "Som stedfortræder deltog Y (A)", "Som suppleanter er indkaldt Y (A), Z
// (V).": who sat in for an absent member came. The phrases without their
// first letter, so a sentence's capital matches too.
void add_substitutes(std::string_view text, meeting_info& meeting, bool absence_value = false) {
  static constexpr std::string_view sat_in[] = {
      "tedfortræder deltog ",
      "tedfortrædere deltog ",
      "uppleant deltog ",
      "uppleanter deltog ",
      "tedfortræder deltager ",
      "tedfortrædere deltager ",
      "uppleant deltager ",
      "uppleanter deltager ",  // "Som suppleanter deltager X (A) og Y (B)." (Svendborg)
      "tedfortræder er indkaldt ",
      "tedfortrædere er indkaldt ",
      "uppleant er indkaldt ",
      "uppleanter er indkaldt ",
      // "Stedfortræder: X (B)" under item 1's decision (Hillerød)
      "tedfortræder: ",
      "tedfortrædere: ",
      // "X og Y havde meldt forfald. I stedet mødte A og B." (Frederiksberg)
      "stedet mødte ",
      "stedet deltog ",
  };
  // "John Larsen deltager i stedet" (Sbsys, after "Afbud fra X (A)."): the
  // names before the phrase, from their sentence's start.
  static constexpr std::string_view sat_in_after[] = {
      " deltager i stedet",
      " deltog i stedet",
      " mødte i stedet",
      " deltager som stedfortræder",
      " deltog som stedfortræder",
      " mødte som stedfortræder",
      " deltager som suppleant",
      " deltog som suppleant",
      " mødte som suppleant",
      " var indkaldt som stedfortræder",
      " er indkaldt som stedfortræder",
      " var indkaldt som suppleant",
      " er indkaldt som suppleant",
  };
  if (find_bytes(text, "tedfortræder") == std::string_view::npos &&
      find_bytes(text, "uppleant") == std::string_view::npos &&
      find_bytes(text, " stedet") == std::string_view::npos &&
      find_bytes(text, " for ") == std::string_view::npos)
    return;
  const auto add_present = [&](std::string_view names) {
    // "I stedet mødte stedfortræder Michael Skov (V)", "1. stedfortræder
    // Helle Vind (F)": the word (and its rank) is the role.
    std::string role = "stedfortræder";
    std::string_view rank;
    if (const std::size_t dot = names.find(". ");
        dot != std::string_view::npos && dot <= 2 && dot > 0 && names[0] >= '0' && names[0] <= '9')
      rank = names.substr(0, dot + 1);
    const std::string_view after_rank = rank.empty() ? names : trim(names.substr(rank.size()));
    for (const std::string_view word :
         {std::string_view("stedfortræderne "), std::string_view("stedfortræder "),
          std::string_view("suppleanterne "), std::string_view("suppleant ")}) {
      if (!starts_with_ci(after_rank, word)) continue;
      names = trim(after_rank.substr(word.size()));
      role = word.starts_with("suppleant") ? "suppleant" : "stedfortræder";
      if (!rank.empty()) role = std::string(rank) + " " + role;
      break;
    }
    // A member the header lists as absent sat in for no one ("Afbud: Eva
    // Matzen (Æ)" over "Mads Hinrichsen (Æ) deltog som stedfortræder for
    // Eva Matzen", the lines joined: the names before the phrase are both).
    for (participant& p : parse_people(names, "present", role)) {
      const bool away = std::any_of(
          meeting.participants.begin(), meeting.participants.end(),
          [&](const participant& q) { return q.name == p.name && q.status == "absent"; });
      if (looks_like_name(p.name) && !away) add_people(meeting.participants, {std::move(p)});
    }
  };
  // The sentence up to `at` on its line, and the line from `from` on.
  const auto sentence_before = [&](std::size_t at) {
    std::string_view before = text.substr(0, at);
    before = before.substr(before.rfind('\n') + 1);  // npos + 1 == 0
    if (const std::size_t stop = before.rfind(". "); stop != std::string_view::npos)
      before = before.substr(stop + 2);
    return before;
  };
  const auto line_from = [&](std::size_t from) {
    const std::string_view rest = text.substr(from);
    return rest.substr(0, std::min(rest.find('\n'), rest.size()));
  };
  // "Suppleant Morten Lund (M) mødte for Rikke Fjord (M)": who came for whom.
  for (const std::string_view verb : came_for) {
    for (std::size_t at = find_bytes(text, verb); at != std::string_view::npos;
         at = find_bytes(text, verb, at + 1)) {
      const std::string_view rest = line_from(at + verb.size());
      add_present(trim(sentence_before(at)));
      for (participant& p :
           parse_people(trim_end(rest.substr(0, danish::list_sentence_end(rest)), "."), "absent")) {
        if (looks_like_name(p.name)) add_people(meeting.participants, {std::move(p)});
      }
    }
  }
  for (const std::string_view phrase : sat_in) {
    for (std::size_t at = find_bytes(text, phrase); at != std::string_view::npos;
         at = find_bytes(text, phrase, at + 1)) {
      const std::string_view rest = line_from(at + phrase.size());
      add_present(trim_end(rest.substr(0, danish::list_sentence_end(rest)), "."));
    }
  }
  // "I stedet for Hanne Storgaard deltog Bent Vinther." (Odense), "I stedet
  // for X mødte Y", "Som stedfortræder for X deltog Y": the names after the
  // verb came, up to the sentence's end or a full stop glued to the next
  // sentence ("Vinther.Rådmand ...", a page's lost line break); the member
  // between the lead and the verb was away.
  static constexpr std::string_view instead_leads[] = {"stedet for ", "om stedfortræder for ",
                                                       "om suppleant for "};
  for (const std::string_view lead : instead_leads) {
    for (std::size_t at = find_bytes(text, lead); at != std::string_view::npos;
         at = find_bytes(text, lead, at + 1)) {
      // "Som stedfortræder for X deltog Y" opens its sentence; "Y deltog som
      // stedfortræder for X" is read below (sat_in_after).
      if (lead.starts_with("om ") &&
          (at == 0 || text[at - 1] != 'S' ||
           (at >= 2 && text[at - 2] != '\n' && !trim(text.substr(0, at - 1)).ends_with('.'))))
        continue;
      std::string_view rest = text.substr(at + lead.size());
      rest = rest.substr(0, std::min(rest.find('\n'), rest.size()));
      std::size_t verb = std::string_view::npos;
      std::size_t verb_size = 0;
      for (const std::string_view v : {std::string_view(" deltog "), std::string_view(" mødte "),
                                       std::string_view(" deltager ")}) {
        if (const std::size_t v_at = find_bytes(rest, v); v_at < verb) {
          verb = v_at;
          verb_size = v.size();
        }
      }
      if (verb == std::string_view::npos || verb > danish::list_sentence_end(rest)) continue;
      // "I stedet for X mødte Y under punkt 1-2": some items only (review 35).
      if (find_bytes(rest.substr(0, danish::list_sentence_end(rest)), " under ") !=
          std::string_view::npos)
        continue;
      const std::string_view member = rest.substr(0, verb);
      rest = rest.substr(verb + verb_size);
      rest = rest.substr(0, danish::list_sentence_end(rest));
      for (std::size_t dot = rest.find('.'); dot != std::string_view::npos;
           dot = rest.find('.', dot + 1)) {
        if (ends_lower(rest.substr(0, dot)) && starts_upper(rest.substr(dot + 1))) {
          rest = rest.substr(0, dot);
          break;
        }
      }
      const std::string_view came = trim_end(trim(rest), ".");
      if (lead.starts_with("om suppleant"))
        add_present("suppleant " + std::string(came));
      else
        add_present(came);
      for (participant& p : parse_people(trim(member), "absent"))
        if (looks_like_name(p.name)) add_people(meeting.participants, {std::move(p)});
    }
  }
  // "Afbud fra Bente Holst stedfortræder Anders Lyngholm" (Hvidovre): the
  // names after the bare word, in a sentence of regrets.
  for (const std::string_view word :
       {std::string_view(" stedfortræder "), std::string_view(" suppleant ")}) {
    for (std::size_t at = find_bytes(text, word); at != std::string_view::npos;
         at = find_bytes(text, word, at + 1)) {
      const std::string_view before = sentence_before(at);
      const std::string_view rest = line_from(at + word.size());
      // The first sentence of an absence label's value ("Afbud fra: Jens
      // Ravnsholt stedfortræder Lone Havmark (C). Afbud fra ...") has its
      // "Afbud fra" in the label.
      const bool after_label = absence_value && before.data() == text.data();
      if ((!after_label && find_ci(before, "afbud fra ") == std::string_view::npos) ||
          !starts_upper(rest))
        continue;
      add_present(trim_end(trim(rest.substr(0, danish::list_sentence_end(rest))), "."));
    }
  }
  for (const std::string_view phrase : sat_in_after) {
    for (std::size_t at = find_bytes(text, phrase); at != std::string_view::npos;
         at = find_bytes(text, phrase, at + 1)) {
      std::string_view before = text.substr(0, at);
      before = before.substr(before.rfind('\n') + 1);  // npos + 1 == 0
      // "X havde meldt afbud, og Y deltog i stedet": from the sentence or
      // clause; "X - Y deltager som stedfortræder": after the absent member.
      for (const std::string_view stop : {std::string_view(". "), std::string_view(", og "),
                                          std::string_view(" - "), std::string_view(" – ")}) {
        if (const std::size_t cut = before.rfind(stop); cut != std::string_view::npos)
          before = before.substr(cut + stop.size());
      }
      // "A deltog som stedfortræder for B og C deltog som stedfortræder for
      // D" (Langeland): the second clause starts after the first's member.
      for (const std::string_view earlier :
           {std::string_view("stedfortræder for "), std::string_view("suppleant for ")}) {
        const std::size_t clause = find_bytes(before, earlier);
        if (clause == std::string_view::npos) continue;
        constexpr std::string_view og = " og ";
        const std::size_t joiner = before.rfind(og);
        if (joiner != std::string_view::npos && joiner > clause)
          before = before.substr(joiner + og.size());
      }
      add_present(trim(before));
      // "... deltog som stedfortræder for B": B was away.
      std::string_view member = text.substr(at + phrase.size());
      member = member.substr(0, std::min(member.find('\n'), member.size()));
      if (!member.starts_with(" for ")) continue;
      member.remove_prefix(std::string_view(" for ").size());
      member = member.substr(0, std::min(member.find(" og "), danish::list_sentence_end(member)));
      for (participant& p : parse_people(trim_end(trim(member), "."), "absent")) {
        if (looks_like_name(p.name)) add_people(meeting.participants, {std::move(p)});
      }
    }
  }
}

// "Stig Leerbeck", "Anne Holm (V)": a line that is a list's entry without a
// bullet, short and no sentence or label.
bool is_entry_alone(std::string_view line) {
  constexpr std::size_t longest_entry = 60;
  return !line.empty() && line.size() <= longest_entry && !line.ends_with('.') &&
         !line.ends_with(':') && line.find(": ") == std::string_view::npos;
}

// "Afbud fra X (A).", "X havde meldt afbud", "X var fraværende", "X
// udeblev": a line of the item naming `name` says X was not at the meeting.
bool regrets_of(const item& it, std::string_view name) {
  static constexpr std::string_view regret_words[] = {"afbud", "fravær", "udeblev"};
  const auto says_regrets = [](std::string_view line) {
    return std::any_of(std::begin(regret_words), std::end(regret_words), [&](std::string_view w) {
      return find_ci(line, w) != std::string_view::npos;
    });
  };
  for (const section& sec : it.sections) {
    const std::string_view text = sec.text;
    // "Afbud fra" as the label of the item's closing absence note, the names
    // its text: the label says it.
    if (sec.kind == kind::attendance && says_regrets(sec.heading) &&
        find_bytes(text, name) != std::string_view::npos)
      return true;
    for (std::size_t at = find_bytes(text, name); at != std::string_view::npos;
         at = find_bytes(text, name, at + 1)) {
      const std::size_t start = text.rfind('\n', at) + 1;  // npos + 1 == 0
      const std::string_view line = trim(text.substr(start, text.find('\n', at) - start));
      if (says_regrets(line)) return true;
      // An entry under "Fravær med afbud:" (a local committee of København:
      // bulleted; First Agenda's "Fraværende:" over "Stig Leerbeck", under
      // the agenda's approval): the label above the list, past blank lines
      // and the other entries, says it.
      const bool bulleted = strip_bullet(line).size() < line.size();
      if (!bulleted && !is_entry_alone(line)) continue;
      for (std::string_view before = text.substr(0, start); !before.empty();) {
        if (before.back() == '\n') before.remove_suffix(1);
        const std::size_t from = before.rfind('\n') + 1;  // npos + 1 == 0
        const std::string_view above = trim(before.substr(from));
        before = before.substr(0, from);
        if (above.empty() || strip_bullet(above).size() < above.size()) continue;
        if (!bulleted && is_entry_alone(above)) continue;
        if (above.ends_with(':') && says_regrets(above)) return true;
        break;
      }
    }
  }
  return false;
}

}  // namespace

std::span<const header_label> header_labels() { return labels; }

// "byrådet" -> "Byrådet": the first letter a capital (ASCII or æ, ø, å).
std::string capitalized(std::string_view word) {
  std::string out(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') {
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  } else if (out.size() > 1 && out[0] == '\xC3' &&
             (out[1] == '\xA6' || out[1] == '\xB8' || out[1] == '\xA5')) {
    out[1] = static_cast<char>(static_cast<unsigned char>(out[1]) - 0x20);  // æ ø å -> Æ Ø Å
  }
  return out;
}

// "Ældrerådsmøde", "skolebestyrelsesmøde den 12. september", "Ekstraordinært
// Menighedsrådsmødet": a meeting of a body named in one compound word, first
// in `text`, gives the body in its definite form ("Ældrerådet",
// "Skolebestyrelsen", "Menighedsrådet"); "" when `text` starts with no such word.
std::string body_of_meeting_word(std::string_view text) {
  for (const std::string_view lead : {"ekstraordinært ", "ordinært ", "konstituerende "})
    if (starts_with_ci(text, lead)) text.remove_prefix(lead.size());
  text = text.substr(0, text.find(' '));
  for (const std::string_view meeting : {"mødet", "møde"}) {
    if (!text.ends_with(meeting)) continue;
    std::string_view stem = text.substr(0, text.size() - meeting.size());
    if (stem.ends_with('s')) stem.remove_suffix(1);  // the joining s: "Ældreråd-s-møde"
    // Each body's ending and what makes it definite.
    static constexpr std::pair<std::string_view, std::string_view> bodies[] = {
        {"råd", "et"}, {"udvalg", "et"}, {"nævn", "et"}, {"bestyrelse", "n"}, {"skab", "et"}};
    for (const auto& [ending, definite] : bodies) {
      if (!stem.ends_with(ending)) continue;
      // "udvalgsmøde i Teknik- og Miljøudvalget", "nævnsmøde": the kind
      // alone names no body (a board's "bestyrelsesmøde" does: Bestyrelsen).
      if (stem.size() == ending.size() && ending != "bestyrelse") return {};
      return capitalized(stem) + std::string(definite);
    }
    return {};
  }
  return {};
}

// "Beredskabskommissionen torsdag den 7. april Kl. 13:30 i ..." (a PDF's
// transcript that lost the year, trial AZ): where a weekday before "den" or
// "d.", or "den" before a day's number, starts the date; the text's size when
// nothing does.
std::size_t day_without_year(std::string_view text) {
  std::size_t cut = text.size();
  // Every weekday ends in "dag" (any case): most titles hold none.
  const bool weekday = find_bytes(text, "dag ") != std::string_view::npos ||
                       find_bytes(text, "DAG ") != std::string_view::npos;
  for (const std::string_view day : weekdays) {
    if (!weekday) break;
    for (std::size_t at = find_ci(text, day); at != std::string_view::npos;
         at = find_ci(text, day, at + 1)) {
      const std::string_view after = text.substr(at + day.size());
      if (at > 0 && text[at - 1] == ' ' &&
          (starts_with_ci(after, " den ") || starts_with_ci(after, " d. ")) && at - 1 < cut)
        cut = at - 1;
    }
  }
  for (std::size_t at = find_bytes(text, " den "); at != std::string_view::npos;
       at = find_bytes(text, " den ", at + 1)) {
    if (at < cut && starts_digit(text.substr(at + 5))) cut = at;
  }
  return cut;
}

namespace {

// "Erhvervsudvalget. Referat. Dato 08. september 2014", "Referat. Kultur- og
// Fritidsudvalget. Møde nr.: 6/2020" (a document site joins a PDF's first
// lines with ". ", trial BJ): the sentence that names a body, after none
// or only document types; "" when the title is not so joined.
std::string_view body_sentence(std::string_view title) {
  if (find_bytes(title, ". ") == std::string_view::npos) return {};
  for (std::size_t pos = 0; pos < title.size();) {
    std::size_t end = find_bytes(title, ". ", pos);
    if (end == std::string_view::npos) end = title.size();
    const std::string_view piece = trim(trim_end(title.substr(pos, end - pos), "."));
    pos = end + 2;
    if (only_document_type(piece)) continue;
    // Never a sentence cut at an abbreviation ("Referat af Byrådets møde
    // d. 20.09.2016"): a piece of the body's name alone, its last word no
    // abbreviation.
    const std::string_view last = piece.substr(piece.rfind(' ') + 1);
    const bool plain = piece.find_first_of(".0123456789:") == std::string_view::npos &&
                       !names_document_type(piece) && last.size() > 3;
    return plain && starts_upper(piece) && names_body(piece) ? piece : std::string_view();
  }
  return {};
}

// "ØKONOMIUDVALGET Dagsorden med vedtagelser - Rudersdal ..." (a yumpu page's
// title, cut short by the site): what follows the last " - " of a title
// ending in "..." is the site's name, cut.
std::string_view without_cut_site_name(std::string_view title) {
  constexpr std::size_t max_name_bytes = 30;
  for (const std::string_view cut : {std::string_view("..."), std::string_view("…")}) {
    if (!title.ends_with(cut)) continue;
    const std::size_t dash = title.rfind(" - ");
    if (dash != std::string_view::npos && title.size() - dash <= max_name_bytes)
      return trim(title.substr(0, dash));
  }
  return title;
}

}  // namespace

std::string committee_from_title(std::string_view title) {
  // The document type, and the meeting it is of, before the committee:
  // "Åben referat", "Dagsorden med beslutninger", "Referat af ordinært møde
  // i". Prefixes without submatches: RE2 finds their end with its DFA.
  static const RE2 doc_type(
      R"((?i:(?:åben|åbent|lukket|offentlig|offentligt|opdateret|revideret)\s+)?(?i:referat|dagsorden|beslutningsprotokol|protokol|mødereferat|beslutningsreferat|udskrift af beslutningsprotokol)(?:\s+(?i:med|og)\s+(?i:beslutninger|beslutning|referat|vedtagelser))?(?:\s+(?i:fra|af|for|til))?(?:\s+(?i:det\s+)?(?i:ordinære\s+|ekstraordinære\s+|ordinært\s+|ekstraordinært\s+|konstituerende\s+)?(?i:mødet|møde))?(?:\s+(?i:i|for))?(?:\s*[-–:]\s*|\s+))");
  // "Ekstraordinært møde i Økonomiudvalget".
  static const RE2 meeting_of(
      R"((?i:ekstraordinært|ordinært|konstituerende)?\s*(?i:møde)\s+(?i:i)\s+)");
  // "Økonomiudvalget - Referat", "Byrådet, beslutningsprotokol": the type after the body;
  // "Det fælles landdistriktsråd - Dagsordener og referater" (Hedensted): the archive's page;
  // "Byrådet - Referat fra mødet den 24-04-2019" (Viborg's pages), the date cut off before.
  static const RE2 trailing_type(
      R"((?:\s*[-–,:|]\s*|\s+)(?i:dagsordener og referater|dagsorden og referat|dagsorden med vedtagelser|referat|dagsorden|beslutningsprotokol|protokol|mødereferat|beslutningsreferat)(?:\s+(?i:fra|af)\s+(?i:mødet|møde))?$)");
  const std::string whole = clean_copy(title);
  const std::string_view clean = strip_letterhead(without_paragraph_17(whole));
  if (const std::string_view body = body_sentence(clean); !body.empty())
    return std::string(strip_municipality(body));
  // "Mødet blev holdt torsdag den 24. februar 2011 på Rådhuset" (trial BJ):
  // a sentence about the meeting names no body ("Mødet i Byrådet" may).
  if (std::size_t pos = 0; equals_ci(danish::next_word(clean, pos), "mødet")) {
    const std::string_view verb = danish::next_word(clean, pos);
    if (starts_lower(verb) && verb != "i" && verb != "for" && verb != "med" && verb != "den" &&
        verb != "d")
      return {};
  }
  std::string_view rest = without_cut_site_name(clean);
  // The patterns cost much more than these first-word and word tests.
  const bool typed = std::any_of(std::begin(doc_type_starts), std::end(doc_type_starts),
                                 [&](std::string_view w) { return starts_with_ci(clean, w); });
  re2::StringPiece input(clean);
  if ((typed && RE2::Consume(&input, doc_type)) ||
      (find_ci(clean, "møde i ") != std::string_view::npos && RE2::Consume(&input, meeting_of))) {
    rest = std::string_view(input.data(), input.size());
  }
  const date_match date = find_date(rest);
  if (!date.iso.empty())
    rest = rest.substr(0, date.start);
  else
    rest = rest.substr(0, day_without_year(rest));
  rest = strip_trailing_words(rest);
  re2::StringPiece tail;
  if (names_document_type(rest) && trailing_type.Match(re2::StringPiece(rest.data(), rest.size()),
                                                       0, rest.size(), RE2::UNANCHORED, &tail, 1)) {
    const std::string_view before =
        strip_trailing_words(rest.substr(0, static_cast<std::size_t>(tail.data() - rest.data())));
    // "Byrådet Referat" (a converter joined the lines): with only a blank
    // before the type, what stands before must name a body ("Sidenr. 1043 Protokol").
    const std::string_view mark = trim(std::string_view(tail.data(), tail.size()));
    const bool marked = mark.find_first_of("-,:|") == 0 || mark.starts_with("–");
    if (marked || names_body(before)) rest = before;
  }
  rest = strip_municipality(strip_election_period(rest));
  // "Referat - Viborg Kommune" (a document site's page title): a
  // municipality is no committee.
  if (names_only_a_municipality(rest)) return {};
  // "Referat af Byrådets møde", "Referat for Økonomiudvalget møde": the
  // body, in the genitive or not, before "møde".
  // "Byrådet's møde Tirsdag den Kl. 17:00 Byrådssalen": what follows a
  // genitive written with an apostrophe and "møde" is the meeting's time
  // and place.
  for (const std::string_view genitive :
       {std::string_view("'s møde "), std::string_view("’s møde ")}) {
    if (const std::size_t at = find_bytes(rest, genitive);
        at != std::string_view::npos && names_body(rest.substr(0, at)))
      rest = rest.substr(0, at + genitive.size() - 1);
  }
  // "Udvalget for Kultur og Planlægning's møde": the genitive written with
  // an apostrophe too.
  for (const std::string_view meeting_word :
       {std::string_view("'s møde"), std::string_view("’s møde"), std::string_view("s møde"),
        std::string_view(" møde")}) {
    if (rest.size() > meeting_word.size() && rest.ends_with(meeting_word) &&
        names_body(rest.substr(0, rest.size() - meeting_word.size()))) {
      rest.remove_suffix(meeting_word.size());
      break;
    }
  }
  // "udvalgsmøde i Teknik- og Miljøudvalget", "nævnsmøde i Beboerklagenævnet":
  // the body after "i" is named.
  if (const std::size_t at = find_bytes(rest, "møde i ");
      at != std::string_view::npos && rest.find(' ') == at + 5 && at > 0)
    rest = trim(rest.substr(at + 7));
  else if (std::string body = body_of_meeting_word(rest); !body.empty())
    return body;
  // "Referat byrådet 31. oktober 2018" (Hillerød): one body word in
  // lowercase after the document type is the body, written as a name.
  if (starts_lower(rest) && rest.size() < clean.size() &&
      rest.find(' ') == std::string_view::npos && names_body(rest))
    return capitalized(rest);
  if (rest.empty() || !starts_upper(rest) || only_document_type(rest)) return {};
  // "Torsdag den 6. oktober 2022 kl. 09.00 på Selmersbo" (a seniors'
  // council): the weekday before the date is no body.
  if (equals_ci_any(rest, weekdays)) return {};
  if (rest.size() == clean.size() && !names_body(rest))
    return {};  // no document type, no body named
  // "Referat Bestyrelse. Fredag 27. januar 2017" (a document site joined the
  // lines with ". ", trial BK): the sentence's stop after a body's word is no
  // part of the name; an abbreviation's is ("Udvalget for Teknik m.v.",
  // "Kultur- og Fritidsudv.", review 42).
  if (const std::string_view last = rest.substr(rest.rfind(' ') + 1);
      last.ends_with('.') && last.find('.') == last.size() - 1 &&
      names_body(last.substr(0, last.size() - 1)))
    rest.remove_suffix(1);
  return std::string(rest);
}

namespace {

// Keys of a markdown file's YAML front matter (a scraper's or a static
// site's: "title:", "date:", "udvalg:") and the fields they fill; "title"
// and "titel" fill the title.
struct front_matter_key {
  std::string_view key;
  header_field field;
};
constexpr front_matter_key front_matter_keys[] = {
    {"date", header_field::date},
    {"dato", header_field::date},
    {"meeting_date", header_field::date},
    {"mødedato", header_field::date},
    {"time", header_field::time},
    {"tid", header_field::time},
    {"start", header_field::time},
    {"mødetidspunkt", header_field::time},
    {"committee", header_field::committee},
    {"udvalg", header_field::committee},
    {"body", header_field::committee},
    {"municipality", header_field::municipality},
    {"kommune", header_field::municipality},
    {"location", header_field::location},
    {"place", header_field::location},
    {"sted", header_field::location},
    {"mødested", header_field::location},
};
constexpr std::size_t max_front_matter_lines = 60;

// "---" / "key: value" lines / "---" (or "...") at the very start of the
// text. Fills the meeting's fields the keys name (a value in quotes loses
// them) and adds every line to `front`, as the table of contents is: kept,
// but read by no fallback. Returns the line after the closing mark, or 0
// when the text starts with no front matter.
std::size_t read_yaml_front_matter(const std::vector<line>& lines, std::size_t end,
                                   meeting_info& meeting, std::vector<front_line>& front,
                                   std::vector<bool>& in_toc) {
  if (end == 0 || trim(lines[0].raw) != "---") return 0;
  std::size_t close = 1;
  while (close < end && close <= max_front_matter_lines && trim(lines[close].raw) != "---" &&
         trim(lines[close].raw) != "...")
    ++close;
  if (close >= end || close > max_front_matter_lines) return 0;
  // Only YAML: every line a lowercase key and its colon ("title:",
  // "source_url:"), or a nested line ("  - tag"). Two rules around
  // "Mødedato: ..." lines (a markdown export) are no front matter.
  for (std::size_t i = 1; i < close; ++i) {
    const std::string_view raw = lines[i].raw;
    if (trim(raw).empty() || raw.starts_with(' ') || raw.starts_with("- ")) continue;
    const std::size_t colon = raw.find(':');
    if (colon == std::string_view::npos || colon == 0 || !(raw[0] >= 'a' && raw[0] <= 'z') ||
        !std::all_of(raw.begin(), raw.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
                 static_cast<unsigned char>(c) >= 0x80;
        }))
      return 0;
  }
  for (std::size_t i = 1; i < close; ++i) {
    const std::string_view raw = trim(lines[i].raw);
    if (raw.empty()) continue;
    front.push_back({raw, raw});
    in_toc.push_back(true);
    const std::size_t colon = raw.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string key = to_lower(trim(raw.substr(0, colon)));
    std::string_view value = trim(raw.substr(colon + 1));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
        value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    if (value.empty()) continue;
    if (key == "title" || key == "titel") {
      meeting.title.clear();
      append_clean(meeting.title, value);
      continue;
    }
    const auto k = std::find_if(std::begin(front_matter_keys), std::end(front_matter_keys),
                                [&](const front_matter_key& f) { return f.key == key; });
    if (k == std::end(front_matter_keys)) continue;
    // "2024-03-12T16:00:00+01:00": an ISO date and time, as a date and a time.
    std::string spaced(value);
    if (spaced.size() > 13 && spaced[10] == 'T' && starts_digit(spaced.substr(11)))
      spaced[10] = ' ';
    apply(header_label{k->key.data(), k->field, ""}, spaced, meeting);
  }
  return close + 1;
}

}  // namespace

namespace {

// Page 1's copy of the running header, first in pdftotext's text of a PDF,
// over the title that holds it: "Erhvervs-, Beskæftigelses- og
// Uddannelsesudvalget d. 14-03-2023" over "REFERAT Erhvervs-, ... d.
// 14-03-2023". The title is the line under it. So it is under a running
// header that holds it with the municipality and date around it ("Lolland
// Kommune · Kultur- og Fritidsudvalget · 14-05-2024" over "Kultur- og
// Fritidsudvalget"). (A running header over a title that does not hold it,
// "Referat - Åben dagsorden" over "Hjørring Byråd", may be the title itself.)
bool running_header_over_fuller_title(const std::vector<line>& lines, std::size_t i,
                                      std::size_t end) {
  const std::string_view header = lines[i].text;
  if (std::any_of(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(i),
                  [](const line& l) { return !l.blank; }))
    return false;
  const std::size_t next = next_content(lines, i + 1, end);
  if (next >= end) return false;
  const std::string_view title = lines[next].text;
  const bool holds_header =
      title.size() > header.size() && title.find(header) != std::string_view::npos;
  const bool held_by_header = !title.empty() && title.size() < header.size() &&
                              header.find(title) != std::string_view::npos;
  if (!holds_header && !held_by_header) return false;
  return std::any_of(lines.begin() + static_cast<std::ptrdiff_t>(next), lines.end(),
                     [&](const line& l) { return l.furniture && l.text == header; });
}

}  // namespace

namespace {

// NemAgenda's pages (Randers) head the minutes with a table of the
// committee: "Titel Udvalg Funktioner" over "Byrådet Byrådet Vis medlemmer
// Rss-feed til udvalget Udskriv", the title's and the committee's cells
// alike, then the links. The committee, or "".
std::string committee_of_nemagenda_row(const std::vector<line>& lines, std::size_t from,
                                       std::size_t end) {
  constexpr std::string_view links = " Vis medlemmer Rss-feed til udvalget Udskriv";
  for (std::size_t i = from; i + 1 < end; ++i) {
    if (!equals_ci(trim(lines[i].text), "Titel Udvalg Funktioner")) continue;
    std::string_view row = trim(lines[i + 1].text);
    if (!row.ends_with(links)) return {};
    row.remove_suffix(links.size());
    // "Byrådet Byrådet": the same words twice, title cell and committee cell.
    if (row.size() % 2 == 0 || row[row.size() / 2] != ' ') return {};
    const std::string_view half = row.substr(0, row.size() / 2);
    return half == row.substr(row.size() / 2 + 1) ? std::string(half) : std::string();
  }
  return {};
}

// "under punkt 2", "ved behandlingen af pkt. 3": words after an absence
// label that name items, so the names are away from those items only.
bool names_items(std::string_view tail) {
  static constexpr std::string_view leads[] = {"under ", "ved ", "i "};
  for (const std::string_view lead : leads) {
    if (!starts_with_ci(tail, lead)) continue;
    std::string_view rest = trim(tail.substr(lead.size()));
    if (starts_with_ci(rest, "behandlingen af ")) rest = trim(rest.substr(16));
    return starts_with_ci(rest, "punkt") || starts_with_ci(rest, "pkt");
  }
  return false;
}

}  // namespace

void parse_header(const std::vector<line>& lines, std::size_t end, const toc& contents,
                  meeting_info& meeting) {
  meeting = meeting_info{};
  // Lines no label took, in order; the table of contents is front matter
  // too, but no fallback reads it (its titles hold dates and body names).
  std::vector<front_line> front;
  std::vector<bool> in_toc;
  const header_label* row_label = nullptr;  // the label of the table row above
  const std::size_t first = read_yaml_front_matter(lines, end, meeting, front, in_toc);
  bool titled = !meeting.title.empty();
  bool in_item_list = false;  ///< the lines above were a list of items' heading and entries
  // A page's first-level heading ("# Referat fra Ældrerådets møde", an HTML
  // page's <h1>) is its title; lines above it are the site's chrome (its
  // name, service links, a post's date) unless a label reads them.
  std::size_t page_heading = end;
  for (std::size_t i = first; i < end && page_heading == end; ++i)
    if (lines[i].md_level == 1 && !contents.holds(i)) page_heading = i;
  for (std::size_t i = first; i < end; ++i) {
    const line& l = lines[i];
    if (l.blank || is_page_number_line(l.text)) continue;
    if (contents.holds(i)) {
      // "|---|---|---|" under a markdown contents table's head: no text (as
      // the line is dropped outside a table of contents).
      if (is_table_rule_line(l.text)) continue;
      front.push_back({trim(l.raw), l.text});
      in_toc.push_back(true);
      continue;
    }
    if (std::size_t row = 0; apply_head_row(lines, i, end, meeting, row)) {
      titled = true;
      i = row;
      continue;
    }
    if (apply_label_columns(l.text, meeting)) {
      titled = true;
      continue;
    }
    if (std::size_t row = 0; apply_column_row(lines, i, end, meeting, row)) {
      titled = true;
      i = row;
      continue;
    }
    // A member table without a label over it: its header row names a name column.
    if (member_table table = read_member_table(lines, i, end, "present"); table.last != 0) {
      add_people(meeting.participants, std::move(table.people));
      titled = true;
      i = table.last;
      continue;
    }
    if (const header_label* row = apply_label_row(l.text, row_label, meeting); row != nullptr) {
      row_label = row;
      titled = true;
      continue;
    }
    if (!strip_cell_bars(l.text).empty()) row_label = nullptr;  // a table's rule keeps it
    const std::string clean = clean_copy(l.text);
    if (clean.empty()) continue;  // "---|---|", "|": table rules and empty cells
    std::string_view value;
    const header_label* label = find_label(clean, value);
    // "- **Mødested:** Mødelokale B" (a web page's header fields as a list).
    // (With its colon: "-   Udvalg" is a site menu's entry.)
    if (label == nullptr && clean.size() > 2 &&
        (clean.starts_with("- ") || clean.starts_with("* ")) &&
        clean.find(':') != std::string::npos)
      label = find_label(std::string_view(clean).substr(2), value);
    // "• Afbud" over "• Mette Valentin, U" (Region Syddanmark's pages: the
    // absentees as entries of the members' bulleted list, their label one too).
    if (const std::size_t bullet = danish::bullet_length(clean); label == nullptr && bullet > 0) {
      std::string_view entry_value;
      const header_label* entry =
          find_label(trim(std::string_view(clean).substr(bullet)), entry_value);
      if (entry != nullptr && entry->field == header_field::absent && trim(entry_value).empty()) {
        label = entry;
        value = {};
      }
    }
    // "Afbud fra:" over the names: the label's lowercase tail is no value.
    // "Fraværende under punkt 2: X" is away from item 2 only
    // (add_item_absences_from_header), not from the meeting.
    if (label != nullptr && label->field == header_field::absent && names_items(value)) {
      titled = true;
      continue;
    }
    if (label != nullptr && is_list_field(label->field)) value = skip_label_tail(value);
    if (label == nullptr && !titled) {
      const bool item_list =
          heads_item_list(clean) || is_item_list_entry(clean, /*numbered_only=*/in_item_list);
      in_item_list = item_list;
      if (i < page_heading && page_heading < end) {
        front.push_back({trim(l.raw), l.text});
        in_toc.push_back(false);
      } else if (is_letterhead(clean) || is_web_navigation(clean) || is_notice_sentence(clean) ||
                 is_dateline(clean) || running_header_over_fuller_title(lines, i, end) ||
                 is_date_alone(clean) || is_initials_mark(clean) || item_list ||
                 part_divider_of(clean) != part_divider::none ||
                 is_caption_before_title(clean, lines, i, end)) {
        front.push_back({trim(l.raw), l.text});
        in_toc.push_back(false);
      } else {
        titled = true;
        // "Referat Plan- og Miljøudvalget Mødedato: 4. juni 2024 Mødested:
        // ...": a converter joined the header's lines; the labels end the title.
        const header_label* next = nullptr;
        std::string_view next_value;
        if (const std::size_t cut = next_label_start(clean, next, next_value);
            cut != std::string_view::npos) {
          meeting.title = trim(std::string_view(clean).substr(0, cut));
          apply_with_following_labels(*next, next_value, meeting);
          continue;
        }
        meeting.title = clean;
        // "Referat fra" / "møde i" / "Økonomiudvalget": a title broken after a
        // preposition goes on on the next lines (over blank lines too, as a
        // PDF's lines may be paragraphs: no title ends in a preposition).
        // So does one whose next line is a preposition alone ("Referat" /
        // "til" / "mødet i Kommunalbestyrelsen", as an Sbsys page sets it).
        for (;;) {
          std::size_t j = i + 1;
          while (j < end && lines[j].blank) ++j;
          if (j >= end) break;
          const std::string next = clean_copy(lines[j].text);
          if (!ends_with_preposition(meeting.title) && !is_preposition(next)) break;
          std::string_view ignored;
          if (next.empty() || next.size() > max_committee_line ||
              find_label(next, ignored) != nullptr)
            break;
          meeting.title += ' ';
          meeting.title += next;
          i = j;
        }
      }
      continue;
    }
    titled = true;
    if (label == nullptr) {
      if (!l.furniture) {
        front.push_back({trim(l.raw), l.text});
        in_toc.push_back(false);
      }
      continue;
    }
    if (value.empty() && !is_list_field(label->field)) {
      if (const std::size_t last = apply_torn_labels(lines, i, end, meeting); last != 0) {
        i = last;
        continue;
      }
    }
    std::string joined(value);
    if (value.empty()) {
      // The value stands on the following lines: a list up to a blank line
      // or the next label, otherwise the next line.
      std::size_t j = i + 1;
      std::size_t first = j;
      while (first < end && lines[first].blank) ++first;
      // A list's value follows at once; a member table may stand after a blank line.
      if (!is_list_field(label->field) ||
          (first < end &&
           (lines[first].text.starts_with('|') || names_a_person(clean_copy(lines[first].text)) ||
            heads_party_group(lines, first, end)))) {
        j = first;
      }
      // "Deltagere:" over a table whose header row names its columns.
      if (is_list_field(label->field)) {
        const std::string_view status = label->field == header_field::absent ? "absent" : "present";
        if (member_table table = read_member_table(lines, first, end, status); table.last != 0) {
          add_people(meeting.participants, std::move(table.people));
          i = table.last;
          continue;
        }
      }
      bool line_lists_names = false;  // the last line taken: ends_in_a_first_name
      std::string group_party;        // "Venstre" over its members
      for (; j < end && !(contents.found && j == contents.begin); ++j) {
        if (lines[j].blank) {
          // A party heading begins the list before its first member.
          const bool begun = !joined.empty() || !group_party.empty();
          const std::size_t k = list_goes_on(lines, j, end, contents, *label, begun);
          if (k == 0) break;
          j = k - 1;
          continue;
        }
        std::string next = clean_copy(lines[j].text);
        if (is_list_field(label->field)) {
          // "Kristine Thrane" over "Socialdemokratiet" (a member table's
          // cells, one a line): under an entry of its own, a party's name
          // is that entry's party; at the list's start, or among headings,
          // it heads the members under it.
          if (const std::string party = party_heading(next); !party.empty()) {
            const std::size_t under = members_under(lines, j, end);
            if (!joined.empty() && group_party.empty() &&
                !names_own_party(joined.substr(joined.rfind(", ") + 1)) && under < 2) {
              joined += " (" + party + ")";
              i = j;
              continue;
            }
            if (under > 0) {  // heads_party_group
              group_party = party;
              i = j;
              continue;
            }
          }
        }
        std::string_view ignored;
        if (is_list_field(label->field) && !joined.empty() && is_role_cell(next) &&
            find_label(next, ignored) == nullptr) {
          joined += ", " + next;
          i = j;
          continue;
        }
        // "Lokation:" over "Dagsorden publiceret:" (a web page's fields, some
        // empty): a line ending in a colon is a label, known or not.
        if (find_label(next, ignored) != nullptr || next.ends_with(':')) break;
        // "Bemærkninger: X medvirkede ikke ..." under an empty "Fraværende:"
        // (Acadre prints the labels without values); the line stays front matter.
        if (is_list_field(label->field) &&
            (is_caps_heading(next) || danish::starts_with_remark_label(next) ||
             danish::starts_with_remark_label(next + ":") ||  // "Bemærkninger" alone (Hvidovre)
             ends_a_list(next)))
          break;
        // Without a blank line after it (a converter that drops them), the
        // list ends at a line that names nobody: "I stedet for Hanne Storgaard
        // deltog Bent Vinther." under "Afbud fra:" over "Hanne Storgaard".
        const std::string_view raw = trim(lines[j].text);
        if (is_list_field(label->field) && !joined.empty() && !joined.ends_with(',') &&
            !raw.starts_with('|') && !raw.starts_with('+') && !next.starts_with('(') &&
            !has_name_shape(first_entry_name(next)) && !notes_attendance(next) &&
            !splits_a_name(joined, next))
          break;
        if (is_list_field(label->field) && next.starts_with('|')) {
          next = table_row_as_person(next);
          if (next.empty()) continue;
        }
        // "..., Lisa Pihl Jensen, Ebbe" over "Christensen, Helle Hansen, ...":
        // a line of a comma list ended inside a name, after a first name
        // alone. (One person a line, "Maria Fuglsang-Frederiksen" over
        // "Alexander Friborg (C)", is no such list.)
        const bool inside_name =
            is_list_field(label->field) && line_lists_names && splits_a_name(joined, next);
        line_lists_names = ends_in_a_first_name(next);
        if (!group_party.empty()) next = with_group_party(next, group_party);
        if (!joined.empty()) joined += is_list_field(label->field) && !inside_name ? ", " : " ";
        joined += next;
        i = j;
        // "Mødelokale:" over "Byrådssalen, Tønder" over "Rådhus": a place
        // word alone under the place goes on with it.
        if (label->field == header_field::location && j + 1 < end && !lines[j + 1].blank &&
            (names_place_word_alone(lines[j + 1].text) ||
             goes_on_with_postcode(lines[j + 1].text))) {
          joined += ' ';
          joined += clean_copy(lines[j + 1].text);
          i = j + 1;
        }
        if (!is_list_field(label->field)) break;
      }
    } else if (is_list_field(label->field)) {
      // "Deltagere: A, B, C," wrapped at a comma (pdftotext keeps the print's
      // lines, the pdf reader makes them paragraphs): the list goes on while
      // a line ends in a comma, or while lines stand in the value's column.
      // A line wrapped inside an entry goes on too ("..., Carl Due" over
      // "(C), Erik Vang (F)", "A (V) og" over "B (C)": pandoc wraps markdown
      // at 72 columns, anywhere between words).
      // In a PDF's label column ("Deltagere<tab>Anne Kirk (A), formand" over
      // "Bo Lund (V), næstformand", each line a paragraph) the list goes on
      // while the lines name a person with a party, as its first did.
      const bool party_list = value.find('(') != std::string_view::npos;
      for (std::size_t j = i + 1; j < end; ++j) {
        const bool comma = joined.ends_with(',');
        if (lines[j].blank) {
          // A PDF's lines are paragraphs; a scraped page puts a blank line
          // after every line.
          std::size_t k = j;
          while (k < end && lines[k].blank) ++k;
          if (comma || party_list || (k < end && splits_a_name(joined, clean_copy(lines[k].text))))
            continue;
          break;
        }
        const std::string next = clean_copy(lines[j].text);
        // "..., Maria Fugls-" over "ang-Frederiksen, ...": a name hyphenated
        // at the line's end (pypdf keeps the print's lines).
        if (joined.ends_with('-') && starts_lower(next)) {
          joined.pop_back();
          joined += next;
          i = j;
          continue;
        }
        const bool wrapped = next.starts_with('(') || joined.ends_with(" og") ||
                             joined.ends_with(" samt") || splits_a_name(joined, next);
        const bool party_row = party_list && next.find('(') != std::string::npos;
        // The pdf reader writes a line under a row's second cell after a tab.
        const bool value_cell = lines[j].raw.starts_with('\t');
        if (!comma && !wrapped && !party_row && !value_cell &&
            !indented_to_value(l.raw, value, lines[j].raw))
          break;
        std::string_view ignored;
        if (find_label(next, ignored) != nullptr || (!wrapped && !names_a_person(next)) ||
            opens_with_a_label(next))
          break;
        joined += comma || wrapped ? " " : ", ";
        joined += next;
        i = j;
      }
    } else if (label->field == header_field::location && i + 1 < end && !lines[i + 1].blank &&
               ((joined.ends_with(',') && (lines[i + 1].raw.starts_with('\t') ||
                                           ends_with_postcode_town(lines[i + 1].text))) ||
                goes_on_with_postcode(lines[i + 1].text))) {
      // "Mødested<TAB>Udvalgsværelse 2, Odense Rådhus," over "<TAB>Flakhaven 2":
      // the value's cell wrapped onto the next line of its column; "...,
      // Stiager" over "2, 3500 Værløse": the address's number and postcode.
      joined += ' ';
      joined += clean_copy(lines[i + 1].text);
      ++i;
    }
    // "Mødedato: 06-11-2023, Mødetidspunkt: kl. 15:00, Mødested:" over
    // "Udvalgsværelse 1, Skelbækvej 2" (a text browser wraps the header's
    // row at 80 columns): the last label's value is the next line.
    if (!value.empty() && !is_list_field(label->field) && i + 1 < end && !lines[i + 1].blank &&
        ends_with_empty_label(*label, joined)) {
      const std::string next = clean_copy(lines[i + 1].text);
      std::string_view ignored;
      if (find_label(next, ignored) == nullptr && !next.ends_with(':')) {
        joined += ' ';
        joined += next;
        ++i;
      }
    }
    apply_with_following_labels(*label, joined, meeting);
    if (label->field == header_field::absent) {
      // "Afbud fra X. I stedet mødte Y." (Odense): who sat in came.
      add_substitutes(joined, meeting, true);
      // "Afbud fra Peter Holm (F).": a sentence, its names up to its end;
      // people by their first names, never a firm ("Afbud fra Herning
      // Erhvervsråd A/S."), nor a note on some items ("Afbud fra X under
      // punkt 2.", review 35).
      if (const std::string_view names = names_after_lead(clean);
          starts_with_ci(joined, "fra ") &&
          find_bytes(names, " under ") == std::string_view::npos) {
        for (participant& p : parse_people(names, "absent"))
          if (looks_like_name(p.name) && danish::is_first_name(p.name.substr(0, p.name.find(' '))))
            add_people(meeting.participants, {std::move(p)});
      }
    }
  }
  meeting.title = last_breadcrumb(unglued_title(meeting.title));
  // "Forslag til budget for Bydelsrådene 2007" over "Borgerrepræsentationen"
  // (a page of one item, Copenhagen 2006): the first item's title, which
  // its heading below says again, names a body it is about, no committee.
  // A title of three words or more: "Ældrerådet" over "1. Konstituering af
  // Ældrerådet" is the committee.
  const auto first_items_title = [&](std::string_view t) {
    const std::string_view heading = end < lines.size() ? trim(lines[end].text) : "";
    return std::count(t.begin(), t.end(), ' ') >= 2 && heading.size() > t.size() &&
           heading.ends_with(t);
  };
  if (meeting.committee.empty() && !first_items_title(meeting.title))
    meeting.committee = committee_from_title(meeting.title);
  if (meeting.committee.empty()) meeting.committee = committee_of_nemagenda_row(lines, first, end);
  if (meeting.date.empty()) {
    const date_match date = find_date(meeting.title);
    meeting.date = date.iso;
    if (!date.iso.empty() && meeting.start_time.empty())
      meeting.start_time = time_after_date(std::string_view(meeting.title).substr(date.end));
  }
  if (meeting.start_time.empty()) meeting.start_time = find_time(meeting.title, false);
  if (meeting.location.empty()) meeting.location = place_after_time(meeting.title);
  if (meeting.location.empty()) meeting.location = place_before_time(meeting.title);
  std::vector<front_line> header;  // the front lines outside the table of contents
  for (std::size_t k = 0; k < front.size(); ++k) {
    if (!in_toc[k]) header.push_back(front[k]);
  }
  fill_from_unlabelled(header, meeting);
  place_with_time(header, meeting);
  meeting.location =
      with_wrapped_address(header, without_meeting_kind(std::move(meeting.location)));
  // "UDVALG" / "Byrådet" / "MØDE" / "Referat" (Prepare pages: labels over
  // their values): with no title above the labels, the minutes' document
  // type is it ("Dagsorden" alone heads a page's list of items: no title).
  if (meeting.title.empty()) {
    for (const front_line& f : header) {
      if (only_document_type(f.text) && find_ci(f.text, "dagsorden") == std::string_view::npos) {
        meeting.title = clean_copy(f.text);
        break;
      }
    }
  }
  // "Medlemmerne var mødt, bortset fra A, B og C": no label, a sentence;
  // "X (T) var indkaldt som stedfortræder for Y (T).": who sat in came.
  for (const front_line& f : header) {
    if (const std::string_view names = names_after_lead(f.text); !names.empty())
      add_people(meeting.participants, parse_people(names, "absent"));
    // "Bemærkninger: Afbud: Thomas Juhl" (Aabenraa): an absence label inside a remark.
    if (danish::starts_with_remark_label(f.text)) {
      std::string_view label, names;
      const std::size_t colon = f.text.find(':');
      if (colon != std::string_view::npos &&
          split_attendance_line(f.text.substr(colon + 1), label, names))
        add_people(meeting.participants, parse_people(names, "absent"));
    }
    // "X og Y havde meldt forfald." (Frederiksberg): a sentence of regrets.
    std::vector<std::string> regrets;
    collect_regrets(f.text, regrets);
    for (std::string& name : regrets)
      add_people(meeting.participants, {participant{std::move(name), "", "", "absent"}});
    add_substitutes(f.text, meeting);
  }
  if (meeting.committee.empty()) {
    // "Referat" alone on the first line: the committee stands on its own line.
    for (std::size_t k = 0; k < front.size(); ++k) {
      std::string_view t = front[k].text;
      // "Referat" over "af mødet i Byrådet": the title's sentence goes on.
      for (const std::string_view lead : {"af mødet i ", "fra mødet i ", "af møde i "}) {
        if (t.starts_with(lead)) t.remove_prefix(lead.size());
      }
      t = without_paragraph_17(t);
      // "Byrådet Mødedato:" over the date (a PDF's label column beside the
      // body's name): the label is no part of the name.
      const header_label* glued = nullptr;
      std::string_view glued_value;
      if (const std::size_t cut = next_label_start(t, glued, glued_value);
          cut != std::string_view::npos && trim(glued_value).empty())
        t = trim(t.substr(0, cut));
      // "Møde med Rådet for Etniske Minoriteter" (Copenhagen 2005, the item's
      // title said in the header): a meeting with another body names a guest.
      const bool meeting_with =
          starts_with_ci(t, "møde med ") || starts_with_ci(t, "fællesmøde med ");
      if (!in_toc[k] && t.size() <= max_committee_line && names_body(t) && starts_upper(t) &&
          !t.ends_with(".") && !names_item_group(t) && !names_listing(t) && !is_web_navigation(t) &&
          !meeting_with && !first_items_title(t)) {
        // "Teknik- og Bygningsudvalget tirsdag den 13. august 2024 kl. 16.30":
        // the date and time (read above) are not part of the name.
        std::string name = committee_from_title(t);
        meeting.committee = name.empty() ? clean_copy(t) : std::move(name);
        // "Referat for møde i Aarhus Byråd, 15.08.2012": the date on the
        // committee's line, which no later fallback reads.
        if (const date_match date = find_date(t);
            meeting.date.empty() && !date.iso.empty() && !names_other_date(t)) {
          meeting.date = date.iso;
          if (meeting.start_time.empty()) meeting.start_time = time_after_date(t.substr(date.end));
        }
        front.erase(front.begin() + static_cast<std::ptrdiff_t>(k));
        break;
      }
    }
  }
  std::string out;
  for (const auto& f : front) {
    if (!out.empty()) out += '\n';
    out += f.raw;
  }
  meeting.front_matter = std::move(out);
}

namespace {

constexpr std::size_t npos_count = static_cast<std::size_t>(-1);  // genitive bodies disagree

// "BYRÅDETS" -> "Byrådet", "Økonomiudvalgets" -> "Økonomiudvalget": the
// body a genitive names, in capitals written as a name ("TEKNIK- OG
// MILJØUDVALGETS" -> "Teknik- og Miljøudvalget").
std::string body_in_genitive(std::string_view genitive) {
  const bool capitals = !ends_lower(genitive);
  std::string name(genitive);
  if (!capitals) return name;
  name = to_lower(name);
  bool word_start = true;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name[i] == ' ') {
      word_start = true;
      continue;
    }
    if (word_start && name.compare(i, 3, "og ") != 0) {
      const auto c = static_cast<unsigned char>(name[i]);
      if (c >= 'a' && c <= 'z') {
        name[i] = static_cast<char>(c - 32);
      } else if (c == 0xC3 && i + 1 < name.size()) {  // "æ", "ø", "å": C3 A0..BE
        name[i + 1] = static_cast<char>(static_cast<unsigned char>(name[i + 1]) - 0x20);
      }
    }
    word_start = false;
  }
  return name;
}

}  // namespace

bool same_body(std::string_view a, std::string_view b) {
  // The name before a page's " - mødesager" or ", 2022-2025", without the
  // definite article's ending ("udvalget", "rådet", "bestyrelsen").
  const auto stem = [](std::string_view s) {
    s = trim(s.substr(0, std::min(s.find(" - "), s.find(','))));
    for (const std::string_view ending : {"et", "en"}) {
      if (s.size() > ending.size() + 3 && s.ends_with(ending)) {
        s.remove_suffix(ending.size());
        break;
      }
    }
    return s;
  };
  return !a.empty() && !b.empty() && equals_ci(stem(a), stem(b));
}

namespace {

// committee_from_decisions' genitive patterns, each compiled when a line
// first passes the checks before it (the lines are rare: most runs never
// need them, and each \p{Lu} costs RE2 ~3 M instructions to compile).
// "BYRÅDETS BESLUTNING:" over every decision (Kolding's protocol of 2010):
// the body in the genitive, undated.
const RE2& genitive_decision_pattern() {
  static const RE2 genitive(R"((\p{Lu}\S*(?: \S+)*?)[sS]\s+(?i:beslutning):?)");
  return genitive;
}

// "Forretningsudvalgets beslutning den 8. november 2022:" (Region
// Hovedstaden): the genitive, dated.
const RE2& dated_genitive_decision_pattern() {
  static const RE2 dated_genitive(
      R"((\p{Lu}\S*(?: \S+)*?)[sS]\s+(?i:beslutning)\s+(?:(?i:den|d\.)\s+)?(\d.*?):?)");
  return dated_genitive;
}

// Only ASCII (no line feed) and Latin-1's letters and signs (0xC3 and a
// continuation byte): the text read_decided_line reads as RE2 would. Any
// other character may fold with a pattern's letter under (?i) (the long s
// with "s", the Angstrom sign with "å") or be no UTF-8 at all.
bool ascii_and_latin1_only(std::string_view t) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c == '\n') return false;
    if (c < 0x80) continue;
    if (c != 0xC3 || i + 1 >= t.size() || (static_cast<unsigned char>(t[i + 1]) & 0xC0) != 0x80)
      return false;
    ++i;
  }
  return true;
}

// Where the date's group starts when `t` from `pos` on is
// \s+(?:(?i:den|d\.)\s+)?(\d.*); npos otherwise.
std::size_t decided_date_at(std::string_view t, std::size_t pos) {
  const std::size_t word = danish::skip_re2_blanks(t, pos);
  if (word == pos) return std::string_view::npos;
  const auto digit_at = [&](std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; };
  for (const std::string_view den : {std::string_view("den"), std::string_view("d.")}) {
    std::size_t after = word;
    if (!skip_word_ci(t, after, den)) continue;
    const std::size_t date = danish::skip_re2_blanks(t, after);
    if (date > after && digit_at(date)) return date;
  }
  return digit_at(word) ? word : std::string_view::npos;
}

// ([A-ZÀ-ÖØ-Þ].*?) from `pos` and the date after it, the body as short as
// the pattern's lazy star leaves it.
bool read_decided_body(std::string_view t, std::size_t pos, std::string_view& body,
                       std::string_view& when) {
  if (pos >= t.size()) return false;
  const auto c = static_cast<unsigned char>(t[pos]);
  std::size_t start_length = 0;
  if (c >= 'A' && c <= 'Z') {
    start_length = 1;
  } else if (c == 0xC3) {  // À-Ö, Ø-Þ: C3 80..96, C3 98..9E
    const auto tail = static_cast<unsigned char>(t[pos + 1]);
    if (tail >= 0x80 && tail <= 0x9E && tail != 0x97) start_length = 2;
  }
  if (start_length == 0) return false;
  for (std::size_t end = pos + start_length; end < t.size(); ++end) {
    if (!danish::is_re2_blank(t[end])) continue;
    if (const std::size_t date = decided_date_at(t, end); date != std::string_view::npos) {
      body = t.substr(pos, end - pos);
      when = t.substr(date);
      return true;
    }
  }
  return false;
}

// The full match of decided_pattern() by hand, in the order RE2 prefers:
// the optional "i"/"fra" taken before left out, the body then as short as
// may be.
bool read_decided_line(std::string_view t, std::string_view& body, std::string_view& when) {
  std::size_t word = 0;
  for (const std::string_view w : {std::string_view("beslutninger"), std::string_view("beslutning"),
                                   std::string_view("afgørelse")}) {
    if (std::size_t end = 0; skip_word_ci(t, end, w)) {
      const std::size_t after = danish::skip_re2_blanks(t, end);
      if (after > end) {
        word = after;
        break;
      }
    }
  }
  if (word == 0) return false;
  for (const std::string_view preposition : {std::string_view("i"), std::string_view("fra")}) {
    std::size_t end = word;
    if (!skip_word_ci(t, end, preposition)) continue;
    const std::size_t body_start = danish::skip_re2_blanks(t, end);
    if (body_start > end && read_decided_body(t, body_start, body, when)) return true;
  }
  return read_decided_body(t, word, body, when);
}

}  // namespace

bool match_decided_line(std::string_view t, std::string_view& body, std::string_view& when) {
  // "Beslutning i Plan- og Miljøudvalget den 12-06-2018", "Beslutning i
  // Byrådet 9. oktober 2018:" (Nyborg): the body that decided, on a decision
  // heading line of its own. The body starts with a capital of Latin-1
  // (Danish and its neighbours' letters): with \p{Lu} RE2's capture engine
  // took ~52,000 instructions a line, with the class ~14,000; read by hand
  // ~14,500 went to a few hundred (every line asked matches). RE2 reads the
  // lines with other characters.
  if (ascii_and_latin1_only(t)) return read_decided_line(t, body, when);
  static const RE2 decided(
      R"((?i:beslutning|beslutninger|afgørelse)\s+(?:(?i:i|fra)\s+)?([A-ZÀ-ÖØ-Þ].*?)\s+(?:(?i:den|d\.)\s+)?(\d.*))");
  re2::StringPiece body_piece, when_piece;
  if (!RE2::FullMatch(re2::StringPiece(t.data(), t.size()), decided, &body_piece, &when_piece))
    return false;
  body = std::string_view(body_piece.data(), body_piece.size());
  when = std::string_view(when_piece.data(), when_piece.size());
  return true;
}

decided_by committee_from_decisions(const std::vector<line>& lines, std::size_t from,
                                    std::string_view meeting_date, std::string_view committee) {
  std::string found;
  std::string found_date;
  std::string owner;  // the genitive headings' body, while they agree
  std::size_t owned = 0;
  // Only this meeting's decisions; without the meeting's date, every
  // decision heading must name the same body on the same date. False for
  // two bodies or two dates: a history.
  const auto note = [&](std::string_view name, const std::string& iso) {
    if (!names_body(name) || iso.empty()) return true;
    if (!meeting_date.empty() && iso != meeting_date) return true;
    if (!committee.empty() && !same_body(name, committee)) return true;
    if (found.empty()) {
      found = std::string(name);
      found_date = iso;
      return true;
    }
    return found == name && found_date == iso;
  };
  for (std::size_t i = from; i < lines.size(); ++i) {
    const std::string_view t = lines[i].text;
    if (lines[i].blank || t.size() > max_committee_line) continue;
    // "Integrationsudvalgets møde den 12. december 2011:" (PolWeb).
    if (may_name_bodys_meeting(t)) {
      const std::size_t at = find_bytes(t, " møde d");  // after the genitive's "s"
      if (!note(body_in_genitive(t.substr(0, at - 1)), find_date(t.substr(at)).iso)) return {};
      continue;
    }
    re2::StringPiece body, when;
    constexpr std::string_view tail = "s beslutning";
    const std::string_view bare = trim_end(t, ":");
    if (owned != npos_count && bare.size() > tail.size() &&
        equals_ci(bare.substr(bare.size() - tail.size()), tail) &&
        RE2::FullMatch(re2::StringPiece(t.data(), t.size()), genitive_decision_pattern(), &body)) {
      const std::string name = body_in_genitive(std::string_view(body.data(), body.size()));
      if (!names_body(name)) continue;
      if (owner.empty()) owner = name;
      owned = owner == name ? owned + 1 : npos_count;
      continue;
    }
    // A heading ends in a colon, or in its date as a paragraph of its own (not
    // "... efter" over "Børne- og Skoleudvalgets beslutning den 12. marts 2019"
    // over "og høringssvarene ...", a wrapped sentence); bytes, not case-folded
    // (find_ci on every capitalised line cost ~1 % of a run).
    const bool own_paragraph = i == from || lines[i - 1].blank;
    if (starts_upper(t) &&
        (t.back() == ':' || (own_paragraph && t.back() >= '0' && t.back() <= '9')) &&
        (find_bytes(t, "s beslutning ") != std::string_view::npos ||
         find_bytes(t, "S BESLUTNING ") != std::string_view::npos) &&
        RE2::FullMatch(re2::StringPiece(t.data(), t.size()), dated_genitive_decision_pattern(),
                       &body, &when)) {
      const std::string name = body_in_genitive(std::string_view(body.data(), body.size()));
      if (!note(name, find_date(std::string_view(when.data(), when.size())).iso)) return {};
      continue;
    }
    // The pattern's first word and a date's digit, before RE2 (most lines
    // start otherwise, and a plain "Beslutning:" has no digit).
    if (!starts_with_ci(t, "beslutning") && !starts_with_ci(t, "afgørelse")) continue;
    if (t.find_first_of("0123456789") == std::string_view::npos) continue;
    std::string_view decided_body, decided_when;
    if (!match_decided_line(t, decided_body, decided_when)) continue;
    if (!note(decided_body, find_date(decided_when).iso)) return {};
  }
  // Undated: every genitive heading must name the one body, at least twice.
  if (found.empty() && owned != npos_count && owned >= 2) return {.committee = owner, .date = {}};
  return {.committee = found, .date = found_date};
}

namespace {

// The names before an attendance phrase, after a label or an earlier
// sentence on the line: "Bemærkninger: X", "... inhabil. X og Y".
std::string_view names_before(re2::StringPiece who) {
  std::string_view names(who.data(), who.size());
  for (const std::string_view mark : {std::string_view(": "), std::string_view(". ")}) {
    if (const std::size_t at = names.rfind(mark); at != std::string_view::npos)
      names = names.substr(at + mark.size());
  }
  // "... deltog Bent Vinther.Rådmand Susanne Kjeldsen": a full stop glued to
  // the next sentence (a web page's lost line break) ends a sentence too.
  for (std::size_t dot = names.rfind('.'); dot != std::string_view::npos && dot > 0;
       dot = names.rfind('.', dot - 1)) {
    if (ends_lower(names.substr(0, dot)) && starts_upper(names.substr(dot + 1))) {
      names = names.substr(dot + 1);
      break;
    }
  }
  return names;
}

void add_absent(std::string_view names, std::vector<item>& items,
                const std::function<bool(const item&)>& absent_from) {
  for (const participant& p : parse_people(names, "absent")) {
    if (!looks_like_name(p.name)) continue;
    for (auto& it : items) {
      if (!absent_from(it) ||
          std::find(it.absent.begin(), it.absent.end(), p.name) != it.absent.end()) {
        continue;
      }
      it.absent.push_back(p.name);
    }
  }
}

// "Godkendelse af dagsorden", "Godkendelse af dagsorden for mødet den 9.
// november 2015" (Ringsted), "Bemærkninger til dagsordenen" (Allerød).
bool approves_this_agenda(std::string_view title) {
  static constexpr std::string_view agenda_approval_titles[] = {
      "godkendelse af dagsorden", "godkendelse af dagsordenen",
      "godkendelse af dagsorden og referat",
      "bemærkninger til dagsordenen",  // Allerød: "Der er afbud fra X." under it
      "bemærkninger til dagsorden"};
  constexpr std::string_view lead = "godkendelse af dagsorden";
  return equals_ci_any(title, agenda_approval_titles) ||
         (starts_with_ci(title, lead) &&
          (starts_with_ci(title.substr(lead.size()), " for mødet") ||
           starts_with_ci(title.substr(lead.size()), "en for mødet")));
}

}  // namespace

void add_participants_listed_in_decision(const std::vector<line>& lines,
                                         const std::vector<item>& items, meeting_info& meeting) {
  if (items.empty() || items.front().closed ||
      std::any_of(meeting.participants.begin(), meeting.participants.end(),
                  [](const participant& p) { return p.status == "present"; }))
    return;
  const item& first = items.front();
  if (!approves_this_agenda(trim_end(trim(first.title), ".:"))) return;
  const auto decision = std::find_if(first.sections.begin(), first.sections.end(),
                                     [](const section& s) { return s.kind == kind::decision; });
  if (decision == first.sections.end()) return;
  // The lines under the heading, from the first that says who was there.
  std::size_t i = line_at(lines, decision->start + 1);
  const std::size_t end = line_at(lines, decision->end);
  while (i < end && lines[i].blank) ++i;
  if (i >= end) return;
  std::string_view value;
  const header_label* label = find_label(clean_copy(lines[i].text), value);
  if (label == nullptr || label->field != header_field::present) return;
  const std::vector<line> listed_lines(lines.begin() + static_cast<std::ptrdiff_t>(i),
                                       lines.begin() + static_cast<std::ptrdiff_t>(end));
  meeting_info listed;
  parse_header(listed_lines, listed_lines.size(), toc{}, listed);
  add_people(meeting.participants, std::move(listed.participants));
}

void add_absences_of_attendance_items(const std::vector<item>& items, meeting_info& meeting) {
  static constexpr std::string_view attendance_titles[] = {"fraværende",
                                                           "fravær",
                                                           "afbud",
                                                           "afbud og fravær",
                                                           "afbud/fravær",
                                                           "afbud og fraværende",
                                                           "deltagere og fraværende",
                                                           "fremmøde",
                                                           "mødedeltagere",
                                                           "tilstedeværelse",
                                                           "fraværende og stedfortrædere",
                                                           "fraværende medlemmer"};
  // A page that lost its items' titles still says what the item is for in
  // its first section: "Mødets deltagere og fraværende noteres her."
  // (Hedensted).
  static constexpr std::string_view attendance_purposes[] = {
      "deltagere og fraværende", "fraværende noteres", "fravær noteres", "afbud noteres"};
  const auto says_it_records_attendance = [&](const item& it) {
    if (!it.title.empty() || it.sections.empty()) return false;
    const std::string_view first = it.sections.front().text;
    return std::any_of(std::begin(attendance_purposes), std::end(attendance_purposes),
                       [&](std::string_view p) { return find_ci(first, p) != first.npos; });
  };
  // "Godkendelse af stedfortræder" (Hillerød), "Indkaldelse af stedfortræder
  // for X" (Nyborg, Rudersdal), "Beslutningssag: Godkendelse af indkaldt
  // stedfortræder" (Helsingør): the item approves who sits in for whom.
  static constexpr std::string_view substitute_item_leads[] = {
      "godkendelse af stedfortræder", "godkendelse af indkaldt", "indkaldelse af stedfortræder",
      "indkaldelse af suppleant"};
  const auto approves_substitutes = [&](std::string_view title) {
    constexpr std::string_view case_type = "beslutningssag: ";
    title = trim(title);
    if (starts_with_ci(title, case_type)) title.remove_prefix(case_type.size());
    return std::any_of(std::begin(substitute_item_leads), std::end(substitute_item_leads),
                       [&](std::string_view lead) { return starts_with_ci(title, lead); });
  };
  const auto records_attendance = [&](const item& it) {
    return !it.absent.empty() &&
           (equals_ci_any(trim_end(trim(it.title), ".:"), attendance_titles) ||
            says_it_records_attendance(it) || approves_substitutes(it.title));
  };
  // "Godkendelse af dagsorden" is where Sbsys and many other minutes note
  // who sent regrets ("Afbud fra X (A). Y deltager i stedet."): who it says
  // sent regrets or stayed away is absent from the meeting (not who merely
  // "deltog ikke" in approving the agenda: they may have come later). Only
  // the item's own words count: run before the header's "X deltog ikke
  // under punkt 1-3" reaches the items (segment.cpp).
  // A first item without a title whose decision approves the agenda
  // ("Dagsorden godkendt.", a page that lost its items' titles) is it too.
  const auto approval = std::find_if(items.begin(), items.end(), [&](const item& it) {
    return approves_this_agenda(trim_end(trim(it.title), ".:")) ||
           (&it == &items.front() && it.title.empty() &&
            find_ci(it.decision, "dagsorden") != std::string_view::npos);
  });
  const auto approves_agenda = [&](const item& it) {
    return approval != items.end() && &it == &*approval && !it.closed && !it.absent.empty();
  };
  const auto notes_meeting_attendance = [&](const item& it) {
    return records_attendance(it) || approves_agenda(it);
  };
  // A later item's own list of the absent without the name: the member came
  // later ("Fraværende: X, Y" under the agenda's approval, "Fraværende: X"
  // under item 2: Y "deltog fra kl. 16.10").
  const auto present_later = [&](const item& from, const std::string& name) {
    for (const item* it = &from + 1; it != items.data() + items.size(); ++it) {
      // "Fraværende: Ingen" is a list too, of no one, also inside the
      // decision (PolWeb's "Dato:", "Sted:", "Fraværende:" block under each
      // item's decision, Odsherred: trial AW).
      const bool lists_absent =
          !it->absent.empty() ||
          std::any_of(it->sections.begin(), it->sections.end(), [](const section& s) {
            return s.kind == kind::attendance ||
                   (s.kind == kind::decision && danish::notes_nobody_absent(s.text));
          });
      if (lists_absent && std::find(it->absent.begin(), it->absent.end(), name) == it->absent.end())
        return true;
    }
    return false;
  };
  for (const item& it : items) {
    if (!notes_meeting_attendance(it)) continue;
    std::vector<participant> absent;
    for (const std::string& name : it.absent) {
      if (records_attendance(it) || (regrets_of(it, name) && !present_later(it, name)))
        absent.push_back({name, "", "", "absent"});
    }
    add_people(meeting.participants, std::move(absent));
    // "X (A) var fraværende. Som stedfortræder deltog Y (A)".
    for (const section& sec : it.sections) add_substitutes(sec.text, meeting);
  }
  // The same note in another open item's decision or attendance note
  // (Svendborg: "Afbud fra X (A). Som suppleanter deltog Y (A)." under every
  // decision).
  for (const item& it : items) {
    if (it.closed || notes_meeting_attendance(it)) continue;
    for (const section& sec : it.sections) {
      if (sec.kind == kind::decision || sec.kind == kind::attendance)
        add_substitutes(sec.text, meeting);
    }
  }
}

namespace {

// How a note under a list's entry says the member was away for some items
// ("Deltog ikke under punkt 2", "Ikke til stede under punkt 2",
// "Fraværende under punkt 2"): the opening's length, else 0.
std::size_t away_note_opening(std::string_view note) {
  static constexpr std::string_view openings[] = {"Deltog ikke ", "Ikke til stede ",
                                                  "Ikke tilstede ", "Fraværende "};
  for (const std::string_view o : openings)
    if (note.starts_with(o)) return o.size();
  return 0;
}

// "  • Birgitte Dahl (O) - Deltog" over "  • Deltog ikke under punkterne
// 20-21" (Ballerup's pages): the note's subject is the entry above it. Its
// name, when line `i` is such a note.
std::string_view name_of_entry_above(const std::vector<line>& lines, std::size_t i) {
  const std::string_view note = strip_bullet(trim(lines[i].text));
  // "Fraværende under punkt 3-5: Frank Schmidt (O)" names its own person.
  if (away_note_opening(note) == 0 || i == 0 || note.find(':') != std::string_view::npos) return {};
  std::size_t above = i - 1;
  if (lines[above].blank && !note.starts_with("Deltog ikke ")) return {};
  while (above > 0 && lines[above].blank) --above;
  const std::string_view entry = strip_bullet(trim(lines[above].text));
  const std::size_t end = std::min({entry.find(" ("), entry.find(" - "), entry.find(',')});
  return entry.substr(0, std::min(end, entry.size()));
}

}  // namespace

// "X og Y deltog ikke i den lukkede del af mødet", "X var ikke til stede
// under den lukkede del af mødet": X and Y are absent from the closed items.
void add_closed_part_absences(std::string_view text, std::vector<item>& items) {
  // The pattern needs "lukke(de|t)", in any case.
  if (find_bytes(text, "ukke") == std::string_view::npos &&
      find_bytes(text, "UKKE") == std::string_view::npos)
    return;
  static const RE2 closed_part_note(
      R"((.+?)\s+(?:(?:deltog|medvirkede) ikke|var (?:ikke til stede|fraværende))\s+(?:under|i|ved)\s+(?:behandlingen\s+af\s+)?(?:den\s+|de\s+|det\s+)?(?i:lukkede\s+(?:del|punkter|sager|møde)|lukket\s+(?:del|møde)))");
  re2::StringPiece who;
  for (re2::StringPiece input(text.data(), text.size());
       RE2::FindAndConsume(&input, closed_part_note, &who);) {
    add_absent(names_before(who), items, [](const item& it) { return it.closed; });
  }
}

namespace {

/// A note that names the items a member was away from, and the items it
/// covers by their number.
struct item_note {
  std::string_view who;
  std::string_view kind;
  std::vector<int> numbers;

  bool covers(int n) const {
    const int low = *std::min_element(numbers.begin(), numbers.end());
    const int high = *std::max_element(numbers.begin(), numbers.end());
    if (kind.starts_with("forlod") || kind.starts_with("måtte") || kind.starts_with("deltog til"))
      return n > high;
    if (kind.find("ikke") != std::string_view::npos || kind.starts_with("erklærede") ||
        kind.starts_with("var"))
      return std::find(numbers.begin(), numbers.end(), n) != numbers.end();
    return n < low;  // came later: "deltog fra", "mødte under"
  }
};

// Every note of `t` (a remark may hold several sentences).
std::vector<item_note> item_notes(std::string_view t) {
  // "Marianne Due deltog ikke under punkterne 2-3" (those items), "... i
  // behandlingen af punkt 4", "... under pkt. 2, 5 og 7", "... pkt. 2 og pkt. 3", "X medvirkede
  // ikke ved behandlingen af pkt. 357" (inhabil), "X erklærede sig inhabil og forlod mødet under
  // punkt 3" (that item), "X var inhabil under behandlingen af pkt. 2 og pkt. 3" (also
  // "var fraværende", "var ikke til stede"); "X forlod mødet (kl. 17.30) efter punkt 4" (the items
  // after it; also "under behandlingen af punkt 4", "måtte forlade mødet efter", "deltog til og
  // med punkt 4"); "X deltog fra punkt 3", "X mødte under punkt 3", "X ankom til mødet kl. 17.10
  // under behandlingen af punkt 3" (the items before it).
  static const RE2 note(
      R"((.+?)\s+((?:deltog|medvirkede) ikke\s+(?:under|i|ved)|var\s+(?:inhabile?|fraværende|ikke\s+til\s+stede)\s+(?:under|i|ved)|erklærede sig inhabile?\s+og\s+forlod\s+\S+\s+under|(?:forlod|måtte\s+forlade)\s+mødet\s+(?:kl\.?\s*[\d.:]+\s+)?(?:efter|under)|deltog\s+til\s+og\s+med|deltog\s+(?:først\s+)?fra(?:\s+og\s+med)?|mødte\s+(?:først\s+)?(?:under|til|fra)|ankom(?:\s+til\s+mødet)?\s+(?:kl\.?\s*[\d.:]+\s+)?(?:under|til|fra))\s+(?:behandling(?:en)?\s+af\s+)?(?i:punkterne|punkt|pkt\.?|sagerne|sag)\s*(\d+(?:\s*(?:-|–|til|,|og)\s*(?:(?i:punkt|pkt\.?)\s*)?\d+)*))");
  // "pkt. 2 og pkt. 3": the word may stand again before each number.
  static const RE2 number(R"(\s*(-|–|til|,|og)?\s*(?:(?i:punkt|pkt\.?)\s*)?(\d+))");
  std::vector<item_note> out;
  // The note ends in the items' numbers: a text without a digit (most lines
  // it is asked of) holds no note, which one test a byte tells before the
  // seven searches for the verbs.
  if (!holds_digit(t)) return out;
  // The numbers follow "punkt", "pkt" or "sag" in any case: a text with
  // neither "kt" nor "sag" holds no note, which two searches tell before the
  // seven.
  if (find_ci(t, "kt") == std::string_view::npos && find_ci(t, "sag") == std::string_view::npos)
    return out;
  if (find_bytes(t, "deltog") == std::string_view::npos &&
      find_bytes(t, "medvirkede") == std::string_view::npos &&
      find_bytes(t, "forlod") == std::string_view::npos &&
      find_bytes(t, "forlade") == std::string_view::npos &&
      find_bytes(t, "ankom") == std::string_view::npos &&
      find_bytes(t, "mødte") == std::string_view::npos &&
      find_bytes(t, "var ") == std::string_view::npos)
    return out;
  re2::StringPiece who, phrase, which;
  for (re2::StringPiece input(t.data(), t.size());
       RE2::FindAndConsume(&input, note, &who, &phrase, &which);) {
    item_note found{std::string_view(who.data(), who.size()),
                    std::string_view(phrase.data(), phrase.size()),
                    {}};
    re2::StringPiece sep, digits;
    for (re2::StringPiece rest = which; RE2::Consume(&rest, number, &sep, &digits);) {
      const int n = std::atoi(std::string(digits.data(), digits.size()).c_str());
      const std::string_view range(sep.data(), sep.size());
      if (!found.numbers.empty() && (range == "-" || range == "–" || range == "til")) {
        for (int k = found.numbers.back() + 1; k < n; ++k) found.numbers.push_back(k);
      }
      found.numbers.push_back(n);
    }
    out.push_back(std::move(found));
  }
  return out;
}

void add_note_absences(const item_note& note, std::vector<item>& items) {
  add_absent(names_before(note.who), items,
             [&](const item& it) { return note.covers(std::atoi(it.number.c_str())); });
}

}  // namespace

bool names_other_items_only(std::string_view line, std::string_view item_number) {
  const std::vector<item_note> notes = item_notes(line);
  const int n = std::atoi(std::string(item_number).c_str());
  return !notes.empty() && std::none_of(notes.begin(), notes.end(),
                                        [&](const item_note& note) { return note.covers(n); });
}

void add_item_absences_from_header(const std::vector<line>& lines, std::size_t header_end,
                                   std::vector<item>& items) {
  std::string named;  // a note under a list's entry, with the entry's name
  for (std::size_t i = 0; i < header_end; ++i) {
    std::string_view t = lines[i].text;
    // "Fraværende under punkt 2: Søren Nielsen (C)": the label names the
    // items, the names follow its colon (trial BA).
    if (const std::string_view note = strip_bullet(trim(t)); away_note_opening(note) > 0) {
      const std::size_t colon = note.find(':');
      const std::string_view which = note.substr(0, colon).substr(away_note_opening(note));
      if (colon != std::string_view::npos && names_items(which)) {
        named = std::string(trim(note.substr(colon + 1))) + " deltog ikke " + std::string(which);
        t = named;
      }
    }
    if (const std::string_view who = name_of_entry_above(lines, i); !who.empty()) {
      // As "X deltog ikke under punkt 2", whichever words the note uses.
      const std::string_view note = strip_bullet(trim(t));
      named =
          std::string(who) + " deltog ikke " + std::string(note.substr(away_note_opening(note)));
      t = named;
    }
    for (const item_note& note : item_notes(t)) add_note_absences(note, items);
    add_closed_part_absences(t, items);
  }
  // "Søren Nielsen (C) deltog ikke under punkt 3." in item 1's decision
  // (Copenhagen's pages keep the attendance there): the items it names
  // (item_body leaves such a note out of its own item's absences).
  for (const item& it : items) {
    for (const section& sec : it.sections) {
      if (sec.kind != kind::decision && sec.kind != kind::attendance) continue;
      // Only the lines that name an item ("punkt", "pkt."), each once, with
      // the line above: a note wrapped before its item's number ("X deltog
      // ikke i behandlingen af" over "punkt 3.", review 38).
      const std::string_view text = sec.text;
      std::vector<std::pair<std::size_t, std::size_t>> windows;
      for (const std::string_view word :
           {std::string_view("unkt"), std::string_view("pkt"), std::string_view("Pkt"),
            std::string_view("UNKT"), std::string_view("PKT")}) {
        for (std::size_t at = find_bytes(text, word); at != std::string_view::npos;
             at = find_bytes(text, word, at + 1)) {
          const std::size_t line = text.rfind('\n', at) + 1;  // npos + 1 == 0
          const std::size_t above = line < 2 ? 0 : text.rfind('\n', line - 2) + 1;
          windows.emplace_back(above, std::min(text.find('\n', at), text.size()));
        }
      }
      std::sort(windows.begin(), windows.end());
      windows.erase(std::unique(windows.begin(), windows.end()), windows.end());
      for (const auto& [from, to] : windows) {
        for (const item_note& note : item_notes(text.substr(from, to - from)))
          add_note_absences(note, items);
      }
    }
  }
  // "Ricky van Overeem var ikke til stede under den lukkede del af mødet."
  // under an open item's decision (Vallensbæk): the closed items too. Only
  // decisions and attendance notes are read: the other sections are most of
  // the text, and say nothing of this meeting's attendance.
  if (std::none_of(items.begin(), items.end(), [](const item& it) { return it.closed; })) return;
  for (const item& it : items) {
    if (it.closed) continue;
    for (const section& sec : it.sections) {
      if ((sec.kind == kind::decision || sec.kind == kind::attendance) &&
          find_bytes(sec.text, "lukke") != std::string_view::npos)
        add_closed_part_absences(sec.text, items);
    }
  }
}

void add_absences_after_leaving(std::string_view text, std::vector<item>& items) {
  // Most minutes tell of nobody leaving: one scan of the text (glibc's
  // memmem measured 10 M instructions more over the bench's 400 documents).
  if (find_bytes(text, "forlod m") == std::string_view::npos) return;
  // "Karen Lauridsen (V) forlod mødet kl. 15.40 under behandlingen af dette
  // punkt.", "X forlod mødet under punkt 47", "X forlod mødet efter punkt 4":
  // X is absent from the items after that one.
  static const RE2 left(
      R"((.+?)\s+forlod\s+mødet\s+(?:kl\.?\s*[\d.:]+\s+)?(?:under|efter|i)\s+(?:behandlingen\s+af\s+)?(?:(?i:punkt|pkt\.?)\s*(\d+)|dette\s+punkt|punktet|sagen))");
  for (std::size_t k = 0; k < items.size(); ++k) {
    for (std::size_t s = 0; s < items[k].sections.size(); ++s) {
      const std::string_view section_text = items[k].sections[s].text;
      if (danish::quotes_other_meeting(items[k].sections[s].kind)) continue;
      // The pattern runs on the lines that hold the verb only.
      for (std::size_t at = find_bytes(section_text, "forlod m"); at != std::string_view::npos;
           at = find_bytes(section_text, "forlod m", at + 1)) {
        const std::size_t line_start = section_text.rfind('\n', at) + 1;  // npos + 1 == 0
        const std::size_t line_end = std::min(section_text.find('\n', at), section_text.size());
        re2::StringPiece who, which;
        const re2::StringPiece line(section_text.data() + line_start, line_end - line_start);
        if (!RE2::PartialMatch(line, left, &who, &which)) continue;
        const int after = which.empty()
                              ? std::atoi(items[k].number.c_str())
                              : std::atoi(std::string(which.data(), which.size()).c_str());
        add_absent(names_before(who), items,
                   [after](const item& it) { return std::atoi(it.number.c_str()) > after; });
      }
    }
  }
}

// "Region Nordjylland", "Region Hovedstaden", "Regionsrådet", "regionsrådets
// møde": one of the five regions or a region's council.
bool names_region(std::string_view text) {
  if (find_bytes(text, "egion") == std::string_view::npos) return false;  // most lines
  static constexpr std::string_view regions[] = {"Region Hovedstaden", "Region Sjælland",
                                                 "Region Syddanmark", "Region Midtjylland",
                                                 "Region Nordjylland"};
  return std::any_of(
             std::begin(regions), std::end(regions),
             [&](std::string_view r) { return find_bytes(text, r) != std::string_view::npos; }) ||
         find_ci(text, "regionsråd") != std::string_view::npos;
}

std::string find_municipality(const std::vector<line>& lines, std::size_t header_end,
                              const toc& contents, const meeting_info& meeting,
                              std::string_view text) {
  if (!meeting.municipality.empty()) return meeting.municipality;
  for (const std::string_view field :
       {std::string_view(meeting.title), std::string_view(meeting.committee),
        std::string_view(meeting.location)}) {
    if (std::string m = municipality_in(field); !m.empty()) return m;
  }
  // A region's minutes ("Regionsrådet", "Region Nordjylland" in the title or
  // committee, else in the header) are no municipality's, though the place
  // has a postcode and the items name municipalities ("Rebild Kommune").
  if (names_region(meeting.title) || names_region(meeting.committee)) return {};
  for (std::size_t i = 0; i < header_end; ++i) {
    if (lines[i].blank || contents.holds(i)) continue;
    if (std::string m = municipality_in(lines[i].text); !m.empty()) return m;
  }
  for (std::size_t i = 0; i < header_end; ++i) {
    if (!lines[i].blank && !contents.holds(i) && names_region(lines[i].text)) return {};
  }
  // A letterhead: "Egebjerg Kommune" over minutes of 2002 names a
  // municipality that is no longer one of the 98.
  for (std::size_t i = 0; i < header_end; ++i) {
    if (lines[i].blank) continue;
    if (std::string m = municipality_of_letterhead(lines[i].text); !m.empty()) return m;
    break;
  }
  // An address in the header: "5000 Odense C", also at the end of the
  // place's value from a table cell ("Rådhuset; Torvet 1, 8600 Silkeborg").
  if (std::string m = municipality_of_postcode_line(meeting.location); !m.empty()) return m;
  for (std::size_t i = 0; i < header_end; ++i) {
    if (lines[i].blank || contents.holds(i)) continue;
    if (std::string m = municipality_of_postcode_line(lines[i].text); !m.empty()) return m;
  }
  // A signature: "På vegne af X Kommune", or "X Kommune" alone on a line.
  std::size_t seen = 0;
  for (std::size_t i = lines.size(); i > header_end && seen < 20;) {
    --i;
    if (lines[i].blank) continue;
    ++seen;
    const std::string_view t = lines[i].text;
    if (starts_with_ci(t, "På vegne af") || (t.size() < 40 && t.ends_with("Kommune"))) {
      if (std::string m = municipality_in(t); !m.empty()) return m;
    }
  }
  // The municipality that dominates the text.
  if (std::string m = dominant_municipality(text); !m.empty()) return m;
  // The municipality's web address in the header or the page footer
  // ("www.odense.dk"), where a web page puts its own site.
  seen = 0;
  for (std::size_t i = lines.size(); i > header_end && seen < 20;) {
    --i;
    if (lines[i].blank) continue;
    ++seen;
    if (std::string m = municipality_of_web_address(lines[i].text); !m.empty()) return m;
  }
  for (std::size_t i = 0; i < header_end; ++i) {
    if (std::string m = municipality_of_web_address(lines[i].text); !m.empty()) return m;
  }
  // Lowest: the one whose own council or policy the text names
  // ("Hedensteds Kommunalbestyrelse", "Syddjurs Kommunes klimaplan") when
  // it names no other.
  return municipality_of_own_bodies(text);
}

}  // namespace protokol::segmenter
