// The heading table is data: add a row when an archive shows a new heading.
// Only whole lines match, so a heading word inside a sentence stays text.
#include "heading_map.hpp"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <bit>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "danish/dates.hpp"
#include "text_util.hpp"

namespace protokol::segmenter {

using danish::date_match;
using danish::find_date;
namespace {

constexpr heading_rule rules[] = {
    // What the case is about, in brief.
    {"Resumé", kind::summary},
    {"Resume", kind::summary},
    {"Kort resumé", kind::summary},
    {"Sagsresumé", kind::summary},
    {"Sagsresume", kind::summary},  // Herning
    {"Resumé af sagen", kind::summary},
    {"Sammendrag", kind::summary},
    {"Sammenfatning", kind::summary},
    {"Anledning", kind::summary},
    {"Præsentation", kind::summary},  // Middelfart: the case in brief
    {"Formål", kind::summary},
    {"Kort om sagen", kind::summary},
    {"Sagens kerne", kind::summary},     // Halsnæs
    {"Beslutningstema", kind::summary},  // EG Prepare: what is to be decided
    {"Problemstilling", kind::summary},  // Copenhagen: the problem in brief
    // Why the case is on the agenda.
    {"Baggrund", kind::background},
    {"Baggrund for sagen", kind::background},
    {"Sagens baggrund", kind::background},
    {"Sagsbaggrund", kind::background},
    {"Indledning", kind::background},
    {"Forhistorie", kind::background},
    // Legal basis.
    {"Lovgrundlag", kind::legal},
    {"Lovgrundlag, politikker", kind::legal},  // Lemvig (FICS)
    {"Retsgrundlag", kind::legal},
    {"Regelgrundlag", kind::legal},
    {"Hjemmel", kind::legal},
    {"Lovgivning", kind::legal},
    {"Juridiske forhold", kind::legal},
    {"Juridiske og planmæssige forhold", kind::legal},  // Viborg (Acadre)
    {"Juridiske konsekvenser", kind::legal},
    {"Love/regler", kind::legal},  // Dragør, as the next three
    // The case itself.
    {"Sagsfremstilling", kind::case_},
    {"Supplerende sagsfremstilling", kind::case_},
    {"Uddybende sagsfremstilling", kind::case_},
    {"Sagsfremstilling og vurdering", kind::case_},
    {"Sagsbeskrivelse", kind::case_},
    {"Beskrivelse", kind::case_},
    {"Beskrivelse af sagen", kind::case_},
    {"Sagens indhold", kind::case_},
    {"Sagen", kind::case_},
    {"Redegørelse", kind::case_},
    {"Sagsredegørelse", kind::case_},
    {"Uddybning", kind::case_},
    {"Løsning", kind::case_},  // Copenhagen: the proposed solution, after "Problemstilling"
    // A wrapper heading over the summary, background and case (Ballerup).
    {"Indhold", kind::content},
    // The administration's assessment.
    {"Forvaltningens bemærkninger", kind::assessment},
    {"Administrationens bemærkninger", kind::assessment},
    {"Vurdering", kind::assessment},
    {"Forvaltningens vurdering", kind::assessment},
    {"Administrationens vurdering", kind::assessment},
    {"Faglig vurdering", kind::assessment},
    {"Konklusion", kind::assessment},
    {"Relation til politikker", kind::assessment},
    // Money.
    {"Økonomi", kind::economy},
    {"Økonomiske konsekvenser", kind::economy},
    {"Økonomiske konsekvenser og finansiering", kind::economy},
    {"Økonomi og finansiering", kind::economy},
    {"Økonomi/finansiering", kind::economy},
    {"Økonomi/personaleforhold", kind::economy},
    {"Økonomiske forhold", kind::economy},
    {"Økonomiske forhold og konsekvenser", kind::economy},  // Viborg (Acadre)
    {"Økonomisk vurdering", kind::economy},
    {"Økonomiske og personalemæssige konsekvenser", kind::economy},
    {"Økonomiske og administrative konsekvenser", kind::economy},
    {"Økonomi og bevilling", kind::economy},
    {"Økonomi/bevilling", kind::economy},
    {"Økonomi og organisatoriske konsekvenser", kind::economy},  // Syddjurs
    {"Finansiering", kind::economy},
    {"Bevilling", kind::economy},
    {"Bevillingsmæssige konsekvenser", kind::economy},
    {"Budgetmæssige konsekvenser", kind::economy},
    // Other consequences.
    {"Konsekvenser", kind::impact},
    {"Forventet konsekvens", kind::impact},  // Vesthimmerland
    {"Forventede konsekvenser", kind::impact},
    {"Personalemæssige konsekvenser", kind::impact},
    {"Klimakonsekvenser", kind::impact},
    {"Klima- og miljøkonsekvenser", kind::impact},
    {"Miljø- og klimakonsekvenser", kind::impact},
    {"Klima- og miljøvurdering", kind::impact},
    {"Bæredygtighed", kind::impact},
    // Hearings and involvement.
    {"Høring", kind::consultation},
    {"Høringer", kind::consultation},
    {"Høringssvar", kind::consultation},
    {"Høring og inddragelse", kind::consultation},
    {"Inddragelse og høring", kind::consultation},  // Viborg (Acadre)
    {"Borgerinddragelse", kind::consultation},
    {"Inddragelse", kind::consultation},
    {"Kommunikation og inddragelse", kind::consultation},
    {"Kommunikation/høring", kind::consultation},
    // Who decides, when, and what happens next.
    {"Sagens gang", kind::process},
    {"Beslutningen træffes af", kind::process},
    {"Sagen afgøres af", kind::process},
    {"Sagen afgøres i", kind::process},    // Rebild: "Sagen afgøres i: Byrådet"
    {"Sagen behandles i", kind::process},  // Kolding, over the bodies that treat the case
    {"Beslutningskompetence", kind::process},
    {"Kompetence", kind::process},
    {"Kompetenceforhold", kind::process},
    {"Tidsplan", kind::process},
    {"Tidsplan og proces", kind::process},
    {"Proces", kind::process},
    {"Videre proces", kind::process},
    {"Den videre proces", kind::process},
    {"Det videre forløb", kind::process},
    {"Videre forløb", kind::process},
    {"Sagens videre forløb", kind::process},
    {"Sagsforløb", kind::process},
    {"Sagsgang", kind::process},
    {"Beslutningsproces", kind::process},
    {"Forventet sagsgang", kind::process},  // "FORVENTET SAGSGANG": the bodies the case goes to
    // Officials and guests taking part in the item.
    {"Yderligere deltagelse på mødet", kind::participation},
    {"Deltagelse på mødet", kind::participation},
    {"Mødedeltagelse", kind::participation},  // Halsnæs: officials at the item
    {"Deltagere under punktet", kind::participation},
    {"Gæster", kind::participation},
    // The members' attendance at the item, as sentences under a heading
    // ("X havde meldt afbud, og Y deltog i stedet"): Copenhagen's local
    // committees. Not "Fremmøde: A, B", which lists who came (a label).
    {"Fremmøde", kind::attendance},
    {"Fremmøde og inhabilitet", kind::attendance},
    {"Fremmøde og habilitet", kind::attendance},
    {"Tilstedeværelse", kind::attendance},
    // What the administration recommends.
    {"Indstilling", kind::recommendation},
    {"Indstillinger", kind::recommendation},
    {"Indstilling og beslutning", kind::recommendation},  // Copenhagen: the decision follows apart
    {"Indstilling til beslutning", kind::recommendation},
    {"Indstilling fra forvaltningen", kind::recommendation},
    {"Indstilling fra direktionen", kind::recommendation},
    {"Forvaltningen indstiller", kind::recommendation},
    {"Forvaltningen foreslår", kind::recommendation},  // Middelfart
    {"Forvaltningens indstilling", kind::recommendation},
    {"Forvaltningen anbefaler", kind::recommendation},
    {"Administrationen indstiller", kind::recommendation},
    {"Administrationens indstilling", kind::recommendation},
    {"Administrationen anbefaler", kind::recommendation},
    {"Direktionen foreslår", kind::recommendation},
    {"Direktionen indstiller", kind::recommendation},
    {"Direktionens indstilling", kind::recommendation},
    {"Direktøren indstiller", kind::recommendation},
    {"Direktørens indstilling", kind::recommendation},
    {"Kommunaldirektørens indstilling", kind::recommendation},
    {"Borgmesterens indstilling", kind::recommendation},
    {"Kommunaldirektøren indstiller", kind::recommendation},
    {"Borgmesteren indstiller", kind::recommendation},
    {"Forslag til beslutning", kind::recommendation},
    {"Forslag", kind::recommendation},  // Kolding: "Forslag" / "Kommunaldirektøren foreslår,"
    {"Anbefaling", kind::recommendation},
    // This meeting's decision (dated variants are decision records below).
    {"Beslutning", kind::decision},
    {"Beslutninger", kind::decision},
    {"Afgørelse", kind::decision},
    {"Vedtagelse", kind::decision},
    {"Udvalgets beslutning", kind::decision},
    {"Udvalgets afgørelse", kind::decision},
    {"Beslutning i udvalget", kind::decision},
    {"Protokol", kind::decision},  // "Protokol: Godkendt." in some older systems
    {"Protokollat", kind::decision},
    {"Besluttet", kind::decision},  // a board's "Besluttet: Udkastet sendes ..."
    // A council heard on the case (handicap, seniors, integration): its
    // answer is its decision.
    {"Rådets høringssvar", kind::decision},
    {"Handicaprådets høringssvar", kind::decision},
    {"Ældrerådets høringssvar", kind::decision},
    {"Seniorrådets høringssvar", kind::decision},
    {"Integrationsrådets høringssvar", kind::decision},
    {"Rådets bemærkninger", kind::decision},
    {"Handicaprådets bemærkninger", kind::decision},
    {"Ældrerådets bemærkninger", kind::decision},
    {"Seniorrådets bemærkninger", kind::decision},
    {"Rådets udtalelse", kind::decision},
    {"Handicaprådets udtalelse", kind::decision},
    {"Ældrerådets udtalelse", kind::decision},
    {"Drøftelse", kind::decision},  // an item for discussion: what was said is its outcome
    // Earlier treatment of the case.
    {"Historik", kind::history},
    {"Sagshistorik", kind::history},
    {"Beslutningshistorik", kind::history},
    {"Tidligere behandling", kind::history},
    {"Tidligere behandlinger", kind::history},
    {"Sagens tidligere behandling", kind::history},
    {"Tidligere politisk behandling", kind::history},
    {"Tidligere beslutning", kind::history},
    {"Tidligere beslutninger", kind::history},
    {"Sagens forløb", kind::history},  // Aarhus: dated entries of each committee's treatment
    // Attachments.
    {"Bilag", kind::attachments},
    {"Bilagsfortegnelse", kind::attachments},
    {"Bilagsoversigt", kind::attachments},
    {"Bilagsliste", kind::attachments},
    {"Vedlagte bilag", kind::attachments},
    {"Vedhæftede bilag", kind::attachments},
    {"Vedhæftede filer", kind::attachments},
    {"Bilag til sagen", kind::attachments},
    {"Bilag Funktioner", kind::attachments},  // NemAgenda: the attachments table's column heads
};

constexpr std::string_view kinds[] = {
    kind::summary,       kind::background, kind::legal,          kind::case_,        kind::content,
    kind::assessment,    kind::economy,    kind::impact,         kind::consultation, kind::process,
    kind::participation, kind::attendance, kind::recommendation, kind::decision,     kind::history,
    kind::attachments,   kind::body,       kind::other,
};

// Longest heading of the table, in bytes, plus room for a colon.
constexpr std::size_t max_fixed_length = 64;
// Decision records name a committee and a date; longer lines are sentences.
constexpr std::size_t max_record_length = 220;
// "Heading: text" is recognised when the colon comes this early.
constexpr std::size_t max_inline_label = 48;

// Decision records: the heading of a decision taken at a named meeting.
// Group 1 of each pattern is the part naming the meeting.
constexpr const char* record_patterns[] = {
    // "Beslutning fra Arbejdsmarkedsudvalget den 15. august 2019:",
    // "Beslutning i Ældreudvalget, 25. august 2022", "Vedtagelse i ...".
    R"((?i:beslutning(?:er)?|vedtagelse|behandling|afgørelse)\s+(?i:i|fra|på|af|truffet i)\s+(\S.*))",
    // "Beslutning den 21. november 2022".
    R"((?i:beslutning|vedtagelse)\s+(?i:den|d\.)\s+(\S.*))",
    // "Udvalg: Økonomiudvalget, Dato: 12.03.2023".
    R"((?i:udvalg)\s*:\s*(\S.*?),?\s+(?i:dato)\s*:?\s*\S.*)",
    // "Økonomiudvalgets beslutning den 3. maj 2023", "BYRÅDETS BESLUTNING".
    R"((\S.*?[sS])\s+(?i:beslutning)(?:\s+(?:(?i:i|på)\s+(?i:mødet)\s+)?(?i:den|d\.)\s+\S.*)?:?)",
    // "Beslutning Økonomiudvalget den 04-03-2024", "Beslutning Byrådet,
    // 20.09.2016", "Beslutning Økonomiudvalget 03-03-2025": the body without
    // a preposition.
    R"((?i:beslutning|vedtagelse)\s+(\S.*?)(?:(?:,?\s+(?i:den|d\.)|,)\s+\d.*|\s+\d{1,2}[-./]\d{1,2}[-./]\d{2,4}:?))",
    // "Økonomiudvalget 2018-21, 28. oktober 2019, pkt. 452:": the body, the
    // date and its item number there, over that body's decision (Sbsys).
    R"((\S.*?),\s+\d.*?,\s+(?i:pkt\.?|punkt)\s*\d+:?)",
    // "Integrationsudvalgets møde den 12. december 2011:" (PolWeb): the
    // body's meeting and a colon over its decision; without the colon the
    // same words title a document.
    R"((\S.*?[sS])\s+(?i:møde)\s+(?i:den|d\.)\s+\d.*:)",
};
constexpr int owner_pattern = 3;
constexpr int bare_body_pattern = 4;
constexpr int body_item_pattern = 5;
constexpr int meeting_pattern = 6;
// "Økonomiudvalgets" and its kin are short; longer is a sentence.
constexpr std::size_t max_owner_length = 80;

// All patterns in one RE2::Set: its DFA says which matched, without the
// cost of submatches; the part naming the meeting is then cut out by hand.
const RE2::Set& records() {
  static const RE2::Set set = [] {
    RE2::Set s(RE2::Options(), RE2::ANCHOR_BOTH);
    for (const char* p : record_patterns) s.Add(p, nullptr);
    s.Compile();
    return s;
  }();
  return set;
}

std::string_view skip_word(std::string_view s) {
  const std::size_t space = s.find_first_of(" \t");
  return space == std::string_view::npos ? std::string_view() : trim(s.substr(space));
}

// Group 1 of record pattern `which` in `line`, which that pattern matched.
std::string_view record_qualifier(std::string_view line, int which) {
  switch (which) {
    case 0: {
      std::string_view rest = skip_word(skip_word(line));  // the verb, then "i", "fra", "truffet"
      return starts_with_ci(line.substr(line.find_first_of(" \t") + 1), "truffet") ? skip_word(rest)
                                                                                   : rest;
    }
    case 1:
      return skip_word(skip_word(line));  // the verb, then "den" or "d."
    case 2:
      return trim(line.substr(line.find(':') + 1));
    case bare_body_pattern:
      return skip_word(line);  // the verb
    case body_item_pattern:
      return trim(line.substr(0, line.find(',')));
    case meeting_pattern:
      return trim(line.substr(0, find_ci(line, " møde")));
    default: {
      const std::size_t at = find_ci(line, " beslutning");
      return trim(line.substr(0, at == std::string_view::npos ? line.size() : at));
    }
  }
}

// The table's rows by the byte length of their heading: a lookup compares
// only headings of the line's length.
struct fixed_index {
  struct entry {
    char first;                ///< first byte, ASCII-lowercased: most lines differ already there
    std::string_view heading;  ///< the rule's, measured once, not by strlen a comparison
    const heading_rule* rule;
  };
  std::array<std::vector<entry>, max_fixed_length + 1> by_length;
  fixed_index() {
    for (const auto& r : rules) {
      const std::string_view h = r.heading;
      if (h.size() <= max_fixed_length) by_length[h.size()].push_back({ascii_lower(h[0]), h, &r});
    }
  }
  static char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
};

const heading_rule* find_fixed(std::string_view text) {
  if (text.empty() || text.size() > max_fixed_length) return nullptr;
  static const fixed_index index;
  const char first = fixed_index::ascii_lower(text[0]);
  // Every heading of the row has the text's length.
  for (const auto& e : index.by_length[text.size()]) {
    if (e.first == first && equals_ci_same_size(text, e.heading)) return e.rule;
  }
  return nullptr;
}

// A decision record names a meeting: its qualifier starts with a capital or
// digit ("fra Økonomiudvalget", "i Byrådet"), never "i sagen", and the line
// is not a sentence unless it ends in a colon or a date.
bool names_body(std::string_view owner);

// "byrådsmødet den 22. juni 2022", "mødet den ...", "udvalgets møde":
// a meeting named in lowercase.
bool names_meeting(std::string_view qualifier) {
  const std::string_view first = qualifier.substr(0, qualifier.find(' '));
  return first.ends_with("mødet") || first.ends_with("møde") || names_body(first);
}

bool plausible_record(std::string_view line, std::string_view qualifier, const date_match& date) {
  // "Beslutning på byrådsmødet den 22. juni 2022": lowercase only with a date.
  if (!starts_upper(qualifier) && !starts_digit(qualifier) &&
      !(!date.iso.empty() && names_meeting(qualifier)))
    return false;
  if (!date.iso.empty() || line.ends_with(":")) return true;
  return !line.ends_with(".");
}

// "Økonomiudvalgets", "Byrådets", "Bestyrelsens", "Taxinævnet",
// "Beredskabskommissionen": the owner of a decision is a body, not any
// genitive ("Borgernes beslutning"; "nævnet", never "ovennævnte").
bool names_body(std::string_view owner) {
  return find_ci(owner, "udvalg") != std::string_view::npos ||
         find_ci(owner, "råd") != std::string_view::npos ||
         find_ci(owner, "bestyrelse") != std::string_view::npos ||
         find_ci(owner, "nævnet") != std::string_view::npos ||
         find_ci(owner, "kommission") != std::string_view::npos;
}

// "Økonomiudvalgets beslutning", "ØKONOMIUDVALGETS BESLUTNING" (a word
// ending in s before the word, all in one case) or ", pkt" ("Plan og
// Teknik, 7. januar 2020, pkt. 207:"): whether `line` holds either. One
// pass, sixteen starts at a time, probes the three bytes both begin with
// ("s b" folded, ", p"; the blank in the middle is shared) and compares the
// few starts with them in full: a find_ci for the word and a find for ", pkt"
// read each line twice, ~240 instructions on a line of 70 bytes that holds
// neither, as nearly all lines asked do.
bool holds_owners_decision_or_item_mark(std::string_view line) {
  constexpr std::string_view owners = "s beslutning";
  constexpr std::string_view owners_caps = "S BESLUTNING";
  constexpr std::string_view item_mark = ", pkt";
  const auto holds_at = [&](std::size_t start) {
    const std::string_view rest = line.substr(start);
    return rest.starts_with(owners) || rest.starts_with(owners_caps) || rest.starts_with(item_mark);
  };
  constexpr std::size_t probed = 3;  // bytes probed from each start
  std::size_t start = 0;
#if defined(__SSE2__)
  constexpr std::size_t lanes = 16;
  if (line.size() >= lanes + probed - 1) {
    const __m128i case_bit = _mm_set1_epi8(0x20);
    // Bit k: start `at` + k has the probed bytes of either.
    const auto probe = [&](std::size_t at) {
      const char* const d = line.data() + at;
      const __m128i first = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d));
      const __m128i second = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + 1));
      const __m128i third = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + 2));
      const __m128i owners_start =
          _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(first, case_bit), _mm_set1_epi8('s')),
                        _mm_cmpeq_epi8(_mm_or_si128(third, case_bit), _mm_set1_epi8('b')));
      const __m128i item_start = _mm_and_si128(_mm_cmpeq_epi8(first, _mm_set1_epi8(',')),
                                               _mm_cmpeq_epi8(third, _mm_set1_epi8('p')));
      return static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(
          _mm_or_si128(owners_start, item_start), _mm_cmpeq_epi8(second, _mm_set1_epi8(' ')))));
    };
    const auto any_holds = [&](unsigned mask, std::size_t at) {
      for (; mask != 0; mask &= mask - 1) {
        if (holds_at(at + static_cast<std::size_t>(std::countr_zero(mask)))) return true;
      }
      return false;
    };
    // Starts whose probed bytes all lie in the line.
    const std::size_t starts = line.size() - (probed - 1);
    for (; start + lanes <= starts; start += lanes) {
      if (any_holds(probe(start), start)) return true;
    }
    if (start == starts) return false;
    // The last starts in a sixteen that ends with the line, the starts
    // already ruled out shifted off its mask.
    const std::size_t last = starts - lanes;
    const std::size_t done = start - last;
    return any_holds(probe(last) >> done << done, last);
  }
#endif
  // A short line start by start, the probed bytes first as above.
  for (; start + probed <= line.size(); ++start) {
    const char c = line[start];
    if (line[start + 1] == ' ' && ((c | 0x20) == 's' || c == ',') && holds_at(start)) return true;
  }
  return false;
}

// Words a decision record starts with; other lines skip the patterns.
constexpr std::string_view record_starts[] = {"beslutning", "vedtagelse", "behandling",
                                              "afgørelse"};

bool may_be_record(std::string_view line) {
  static constexpr first_byte_set record_start_bytes(record_starts);
  if (record_start_bytes.may_start(line)) {
    for (const auto w : record_starts) {
      if (starts_with_ci(line, w)) return true;
    }
  }
  // "Udvalg: ..., Dato: ...", not "Udvalget ønsker ...".
  if (starts_with_ci(line, "udvalg")) {
    const std::string_view rest = trim(line.substr(6));
    if (rest.starts_with(":")) return true;
  }
  // The colon first, here: a call a line (nearly all end otherwise) cost ~27
  // instructions.
  if (line.ends_with(':') && may_name_bodys_meeting(line)) return true;
  return holds_owners_decision_or_item_mark(line);
}

heading_match match_record(std::string_view line) {
  heading_match out;
  if (line.size() > max_record_length || !may_be_record(line)) return out;
  std::vector<int> matched;
  if (!records().Match(re2::StringPiece(line.data(), line.size()), &matched) || matched.empty())
    return out;
  const int which = *std::min_element(matched.begin(), matched.end());
  const std::string_view qualifier = record_qualifier(line, which);
  const date_match date = find_date(line);
  // "Plan, Miljø og Teknik, 7. januar 2020, pkt. 207:" (Stevns): a body, a
  // date and its item number there say a record whatever the body is called.
  const bool dated_item =
      which == body_item_pattern && !date.iso.empty() && starts_upper(qualifier);
  if ((which == owner_pattern || which == bare_body_pattern || which == body_item_pattern ||
       which == meeting_pattern) &&
      (qualifier.size() > max_owner_length || (!names_body(qualifier) && !dated_item)))
    return out;
  if (!plausible_record(line, qualifier, date)) return out;
  out.type = heading_type::decision_record;
  out.kind = kind::decision;
  out.heading = collapse_blanks(trim_end(line, ":"));
  out.date = date.iso;
  return out;
}

// Headings start with a letter or digit; a lowercase start is only
// accepted for the exact headings of the table ("beslutning:").
bool may_be_heading(std::string_view text) {
  return !text.empty() && text.size() <= max_record_length &&
         (starts_upper(text) || starts_digit(text) || starts_lower(text));
}

// "2.1 Sagsfremstilling", "2.3. Beslutning": Word's multilevel list numbers
// an item's sections under the item's number; the heading is the words.
std::string_view without_section_number(std::string_view text) {
  std::size_t pos = 0;
  const auto digits = [&] {
    const std::size_t start = pos;
    while (pos < text.size() && pos - start < 3 && text[pos] >= '0' && text[pos] <= '9') ++pos;
    return pos > start;
  };
  if (!digits() || pos >= text.size() || text[pos] != '.') return text;
  ++pos;
  if (!digits()) return text;
  if (pos < text.size() && text[pos] == '.') ++pos;
  if (pos >= text.size() || (text[pos] != ' ' && text[pos] != '\t')) return text;
  return trim(text.substr(pos));
}

// "Beslutning: Udvalget drøftede ... Godkendt enstemmigt." (a paragraph of
// 300 bytes): a label saying "beslutning" ("Beslutning", "Udvalgets
// beslutning"), never another body's ruling under "Afgørelse:"; and not a
// body's name first and a date in the opening, as a quoted record of
// another meeting has ("Beslutning: Byrådet besluttede den 12. juni 2023
// ...", "Beslutning: Børne- og Skoleudvalget den 9. april 2024:", review 32;
// "Godkendt, idet udvalget lægger vægt på, at byggeriet påbegyndes 1. marts
// 2025" is this decision's, review 33).
bool opens_decision_paragraph(std::string_view label, std::string_view rest) {
  constexpr std::size_t opening = 120;  // bytes, not a sentence: a date's full stop ends none
  if (find_ci(label, "beslutning") == std::string_view::npos) return false;
  rest = trim(rest);
  const std::string_view first = trim_end(rest.substr(0, rest.find(' ')), ",");
  // "Social-, Sundheds- og Ældreudvalget den 5. marts 2024:" (review 34).
  const bool body_first = names_body(first) || first.ends_with('-');
  return !body_first || find_date(rest.substr(0, opening)).iso.empty();
}

bool has_emphasis(std::string_view text) {
  return text.find("**") != std::string_view::npos || text.find("__") != std::string_view::npos;
}

}  // namespace

std::span<const heading_rule> heading_rules() { return rules; }

bool may_name_bodys_meeting(std::string_view line) {
  return line.ends_with(':') && (find_bytes(line, "s møde den ") != std::string_view::npos ||
                                 find_bytes(line, "s møde d. ") != std::string_view::npos);
}

bool is_decision_stamp(std::string_view line) {
  constexpr std::size_t longest_stamp = 100;
  line = trim(line);
  const std::size_t comma = line.rfind(", ");
  if (line.size() > longest_stamp || comma == std::string_view::npos || comma == 0 ||
      !starts_upper(line))
    return false;
  const std::string_view when = line.substr(comma + 2);
  const date_match date = find_date(when);
  if (date.iso.empty() || date.start != 0 || !trim_end(trim(when.substr(date.end)), ".").empty())
    return false;
  // The body's name alone: its first word names it ("Landdistriktsudvalget",
  // "Udvalget for Plan og Teknik"), or opens a compound the last word ends
  // ("Kultur- og Demokratiudvalget"); never "Udsat til Økonomiudvalget".
  const std::string_view body = line.substr(0, comma);
  if (body.find(',') != std::string_view::npos) return false;
  const std::string_view first = body.substr(0, body.find(' '));
  const std::string_view last = body.substr(body.rfind(' ') + 1);  // npos + 1 == 0
  // No verb: every word capitalised or a short joining one ("for", "og"),
  // never "Økonomiudvalget oversender sagen til Byrådet".
  constexpr std::size_t longest_joining_word = 3;
  bool all_capitalised = true;
  for (std::size_t pos = 0; pos < body.size();) {
    const std::string_view word = danish::next_word(body, pos);
    if (word.empty() || starts_upper(word)) continue;
    if (word.size() > longest_joining_word) return false;
    all_capitalised = false;
  }
  // "Teknisk Udvalg" (Næstved): a body named by an adjective and its last
  // word, every word capitalised (not "Sendt til Økonomiudvalget").
  return names_body(first) || (first.ends_with('-') && names_body(last)) ||
         (all_capitalised && names_body(last));
}

std::span<const std::string_view> section_kinds() { return kinds; }

heading_match classify_heading(std::string_view text) {
  heading_match out;
  text = trim(text);
  if (text.empty()) return out;
  // A line longer than any heading or record is a paragraph, which may
  // still open with the decision's label ("Beslutning: Udvalget drøftede
  // ... Godkendt enstemmigt.", a Word or web page's paragraph of 300 bytes,
  // trial AU): only its first bytes are read, for the label. Never another
  // section's label: "Formål: At give ..." paragraphs are points of a
  // case's text (Albertslund); see opens_decision_paragraph.
  const bool paragraph = text.size() > max_record_length;
  constexpr std::size_t label_room = max_inline_label + 16;  // the label, its colon and markup
  const std::string_view top = paragraph ? text.substr(0, label_room) : text;
  if (paragraph && top.find(':') == std::string_view::npos) return out;
  // Bold inside the line ("**Beslutning:** Godkendt") is markup, not text.
  std::array<char, max_record_length + 1> buffer;  // only [0, n) is read
  std::string_view clean = top;
  if (has_emphasis(top)) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < top.size(); ++i) {
      if ((top[i] == '*' || top[i] == '_') && i + 1 < top.size() && top[i + 1] == top[i]) {
        ++i;
        continue;
      }
      buffer[n++] = top[i];
    }
    clean = trim(std::string_view(buffer.data(), n));
  }
  clean = without_section_number(clean);
  if (!may_be_heading(clean)) return out;
  const std::string_view head = trim_end(clean, ":");
  if (const heading_rule* rule = paragraph ? nullptr : find_fixed(head)) {
    out.type = heading_type::fixed;
    out.kind = rule->kind;
    out.heading = std::string(head);
    return out;
  }
  // "Direktionen indstiller," over "at regionen ...": the sentence's comma
  // before its points (Region Midtjylland).
  if (!paragraph && clean.ends_with(',')) {
    const std::string_view before = trim_end(clean, ",");
    if (const heading_rule* rule = find_fixed(before); rule && rule->kind == kind::recommendation) {
      out.type = heading_type::fixed;
      out.kind = rule->kind;
      out.heading = std::string(before);
      return out;
    }
    // "Teknik og Miljø indstiller,", "Centerchefen indstiller,", "Det
    // indstilles,": any department's short line over the points (trial BD).
    constexpr std::size_t max_words = 6;
    // Never a sentence's wrapped line ("Udvalget besluttede, som
    // Forvaltningen indstiller,", review 36): no comma inside.
    if (starts_upper(before) && (before.ends_with(" indstiller") || before == "Det indstilles") &&
        before.find(',') == std::string_view::npos &&
        static_cast<std::size_t>(std::count(before.begin(), before.end(), ' ')) < max_words) {
      out.type = heading_type::fixed;
      out.kind = kind::recommendation;
      out.heading = std::string(before);
      return out;
    }
  }
  const std::size_t colon = clean.find(':');
  if (colon != std::string_view::npos && colon <= max_inline_label) {
    const std::string_view label = trim(clean.substr(0, colon));
    const heading_rule* rule = find_fixed(label);
    // Point into the caller's text, past the label and its markup.
    const std::size_t raw_colon = rule != nullptr ? text.find(':') : std::string_view::npos;
    if (rule != nullptr &&
        (!paragraph || opens_decision_paragraph(label, text.substr(raw_colon + 1)))) {
      std::string_view rest = trim(text.substr(raw_colon + 1));
      // "**Beslutning:**|  Godkendt.": a table's cell after the label's.
      while (!rest.empty() && (rest.front() == '*' || rest.front() == '_' || rest.front() == '|'))
        rest.remove_prefix(1);
      rest = trim(rest);
      // "BESLUTNING: Økonomiudvalget den 22-10-2020" (Dragør): the body and
      // date after the colon make the line a decision record, not a text.
      if (!paragraph && rule->kind == kind::decision && !rest.empty() && !rest.ends_with('.') &&
          names_body(rest.substr(0, rest.find(' ')))) {
        std::string record(label);
        record += ' ';
        record += rest;
        if (heading_match m = match_record(record); m && !m.date.empty()) {
          m.heading = collapse_blanks(clean);
          return m;
        }
      }
      if (!rest.empty()) {
        out.type = heading_type::fixed;
        out.kind = rule->kind;
        out.heading = std::string(label);
        out.inline_text = rest;
        return out;
      }
    }
  }
  return starts_lower(clean) || paragraph ? out : match_record(clean);
}

bool is_section_heading(std::string_view text) { return static_cast<bool>(classify_heading(text)); }

bool heading_match::is_plain_decision() const {
  return type == heading_type::fixed && kind == kind::decision && inline_text.empty();
}

bool starts_with_heading_bullet(std::string_view text) {
  // "•" and "▪" as browsers save a page; "-", "*", "◦" as html2text,
  // pandoc and markdown exports write the same list. Asked of every line:
  // the first byte rules most out.
  if (text.size() < 2) return false;
  switch (text[0]) {
    case '-':
    case '*':
      return text[1] == ' ';
    case '\xE2':
      return starts_with_page_bullet(text) || text.starts_with("\u25E6 ") ||
             text.starts_with("\u2013 ");
    default:
      return false;
  }
}

bool starts_with_page_bullet(std::string_view text) {
  return text.starts_with("\u2022 ") || text.starts_with("\u25AA ");
}

heading_match classify_bulleted_heading(std::string_view text) {
  if (!starts_with_heading_bullet(text)) return {};
  heading_match h = classify_heading(text.substr(text.find(' ') + 1));
  // "• Beslutning i Byrådet den 20-06-2018" (Syddjurs): a record too.
  if (h.type == heading_type::decision_record) return h;
  if (h.type != heading_type::fixed || !h.inline_text.empty()) return {};
  return h;
}

heading_match minutes_heading_under_title(std::string_view text) {
  heading_match h;
  text = trim(text);
  if (text != "Referat" && text != "Referat:") return h;
  h.type = heading_type::fixed;
  h.kind = kind::decision;
  h.heading = "Referat";
  return h;
}

}  // namespace protokol::segmenter
