// Tables of capitalised non-name words. The lists are data: extend them when
// a new archive shows a word mistaken for a name (docs/entities.md).
#include "danish/names.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <string>

#include "danish/bytes.hpp"
#include "danish/text.hpp"

namespace protokol::danish {
namespace {

// Whole words (compared lowercase).
constexpr std::string_view non_name_words[] = {
    // Months and weekdays. Not "maj" and "august": Danish writes months in
    // lowercase, and capitalised they are first names ("August Kragh",
    // "Maj Britt Olsen").
    "januar",
    "februar",
    "marts",
    "april",
    "juni",
    "juli",
    "september",
    "oktober",
    "november",
    "december",
    "mandag",
    "tirsdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lørdag",
    "søndag",
    // Institutions, offices and bodies.
    // Buildings and firms named after a person ("Karen Blixen Skolen",
    // "Niels Bohr Instituttet", "Jens Hansens Bageri", "Bo Lind Arkitekter",
    // trial BI): the word after the name makes the run no person.
    "skolen",
    "museet",
    "museum",
    "instituttet",
    "institut",
    "salen",
    "gården",
    "huset",
    "kirken",
    "biblioteket",
    "teatret",
    "teater",
    "stadion",
    "stadionet",
    "bageri",
    "arkitekter",
    "advokater",
    "tegnestue",
    "tegnestuen",
    "kommune",
    "kommunen",
    "region",
    "regionen",
    "center",
    "centret",
    "centeret",
    "afdeling",
    "afdelingen",
    "forvaltning",
    "forvaltningen",
    "direktion",
    "direktionen",
    "udvalg",
    "udvalget",
    "udvalgets",
    "byråd",
    "byrådet",
    "byrådets",
    "kommunalbestyrelse",
    "kommunalbestyrelsen",
    "jobcenter",
    "jobcentret",
    "jobcenteret",
    "sekretariat",
    "sekretariatet",
    "rådhus",
    "rådhuset",
    "styrelsen",
    "ministeriet",
    "folketinget",
    "regeringen",
    "staten",
    "borgmesteren",
    "formanden",
    "direktøren",
    "administrationen",
    "ankestyrelsen",
    "bilag",
    // A member table's column heads ("Navn Parti Bemærkning").
    "navn",
    "parti",
    "partibogstav",
    "funktion",
    "bemærkning",
    "bemærkninger",
    "punkt",
    "sag",
    "sagen",
    "referat",
    "dagsorden",
    "mødet",
    "møde",
    "mødelokale",
    "lokale",
    "beslutning",
    "indstilling",
    "sagsfremstilling",
    "resumé",
    "baggrund",
    "økonomi",
    "tema",
    "afbud",
    "fraværende",
    "tilstede",
    "deltagere",
    "mødedeltagere",
    "medlemmer",  // "Medlemmer Frank Lund (V)": a label without its colon
    "udvalgsmedlemmer",
    "fremmødte",
    "forfald",
    "godkendt",
    "godkendelse",
    "orientering",
    "eventuelt",
    "lukket",
    "åbent",
    // Places and countries that stand next to names.
    "danmark",
    "europa",
    "eu",
    "københavn",
    "aarhus",
    "odense",
    "aalborg",
    "midtjylland",
    "nordjylland",
    "sjælland",
    "hovedstaden",
    "syddanmark",
    // Function words that are capitalised at a sentence start.
    "og",
    "eller",
    "i",
    "på",
    "for",
    "fra",
    "til",
    "med",
    "af",
    "om",
    "den",
    "det",
    "de",
    "der",
    "som",
    "at",
    "en",
    "et",
    "hvor",
    "når",
    "efter",
    "under",
    "ved",
    "hos",
    "desuden",
    "endvidere",
    "herudover",
    "derudover",
    "dog",
    "også",
    "samt",
    "endelig",
    "hertil",
    "kun",
    "alle",
    "begge",
    "både",
    "her",
    "nu",
    "men",
    "da",
    "så",
    "jf",
    "vedr",
    "ifølge",
    // Single words of places and buildings that close a proper noun ("Rude Skov Skole").
    "skole",
    "gade",
    "vej",
    "allé",
    "plads",
    "torv",
    "boulevard",
    "park",
    "hallen",
    "hal",
    "kirke",
    "slot",
    "station",
    "havn",
    "hotel",
    "gård",
    "kaserne",
    "bibliotek",
    "politi",
    "politiet",
    // Areas of a municipality's administration, capitalised in a title before
    // a name ("Direktør for Børn og Unge Helle Bruun Abildgaard").
    "børn",
    "unge",
    "familie",
    "familier",
    "fritid",
    "kultur",
    "miljø",
    "teknik",
    "sundhed",
    "ældre",
    "social",
    "beskæftigelse",
    "borgerservice",
    "omsorg",
    "uddannelse",
    "erhverv",
    "klima",
    "natur",
    "trafik",
    "idræt",
    "integration",
    "velfærd",
    "digitalisering",
    "handicap",
    "psykiatri",
    "dagtilbud",
    "sociale",
    "forhold",
    "økonomi",
    "arbejdsmarked",
    "udvikling",
    "planlægning",
    "forsyning",
    "skoler",
    "by",
    "land",
    "plan",
    "bolig",
    "boliger",
    "ejendomme",
    "turisme",
    "bæredygtighed",
    "anlæg",
    "drift",
    "administration",
    "kommunikation",
    // Words of associations' names ("Ældre Sagen", "Dansk Blindesamfund").
    "sagen",
    "dansk",
    "danske",
    "danmarks",
    "job",
    "jobcenter",
    "indkøb",
    "byg",
    "byggeri",
    "miljøet",
    // A party's name ("Dansk Folkepartis plads er vakant"): no person.
    "folkeparti",
    "folkepartis",
    // Places and organisations named after a person ("Martha Parken",
    // "Margrethe Hjemmet", "Gustav Wieds Fond", "Lauritz Auktioner").
    "parken",
    "haven",
    "hjemmet",
    "fond",
    "fonden",
    "nord",
    "syd",
    "auktioner",
    // Archives (Lokalhistorisk Arkiv), trial BI.
    "arkiv",
    "arkivet",
};

// Endings of streets, places, bodies and documents (compared lowercase).
constexpr std::string_view non_name_endings[] = {
    "vej",
    "vejen",
    "gade",
    "gaden",
    "allé",
    "stræde",
    "plads",
    "pladsen",
    "torv",
    "torvet",
    "vænge",
    "vænget",
    "boulevard",
    "kommune",
    "kommunes",
    "udvalget",
    "udvalgets",
    "udvalg",
    "rådet",
    "rådets",
    "centret",
    "centeret",
    "afdelingen",
    "forvaltningen",
    "sekretariatet",
    "styrelsen",
    "ministeriet",
    "skole",
    "skolen",
    "huset",
    "parken",
    "strategien",
    "planen",
    "politikken",
    "politik",
    "området",
    "byen",
    "kvarteret",
    "listen",
    "ordningen",
    "indsatsen",
    "projektet",
    "gruppen",
    "foreningen",
    "selskabet",
    // Associations and bodies a member of a council sits for ("Holstebro
    // Idrætssamvirke", "Danske Handicaporganisationer", "Somalisk Kulturforening").
    "forening",
    "foreninger",
    "samvirke",
    "samvirket",
    "organisation",
    "organisationer",
    "forbund",
    "forbundet",
    "råd",
    "klub",
    "klubben",
    "selskab",
    "samfund",  // "Dansk Blindesamfund"
    "samfundet",
    // Utilities ("Næstved Varmeværk", "Nejede Vandværk", "Kyndby Kraftværk").
    "værk",
    "værket",
    // Archives and boards (Stadsarkivet, Skolebestyrelsen), trial BI.
    "arkiv",
    "arkivet",
    "bestyrelse",
    "bestyrelsen",
};

// "der", "den", "ter", "ten" are mostly the second of two ("van der Weide",
// "van den Berg"). A name never ends in a particle: the scanners stop
// before one that no capitalised word follows ("Anne Holm den 12. marts").
constexpr std::string_view particles[] = {"von", "van", "de",  "la",  "le",
                                          "du",  "der", "den", "ter", "ten"};

constexpr std::size_t longest_particle = [] {
  std::size_t n = 0;
  for (const auto p : particles) n = std::max(n, p.size());
  return n;
}();

// First names written short with a full stop, as older minutes do
// ("Peder Chr. Kirkegaard", "Jens Kr. Yde"): parts of a name, like initials.
constexpr std::string_view name_abbreviations[] = {"Chr.", "Kr.",  "Fr.",   "Th.",
                                                   "Joh.", "Jac.", "Vilh.", "Aa."};
static_assert(std::all_of(std::begin(name_abbreviations), std::end(name_abbreviations),
                          [](std::string_view a) { return a.ends_with('.'); }),
              "name_part() compares only words ending in a full stop with the abbreviations");

bool has_lower_letter(std::string_view word) {
  for (std::size_t pos = 0; pos < word.size();) {
    std::size_t len = 0;
    const char32_t c = decode_at(word, pos, len);
    if (is_letter(c) && !is_upper(c)) return true;
    pos += len;
  }
  return false;
}

// One hyphen-free piece of a name: a capital, then letters (an apostrophe
// may join, as in O'Brien).
bool is_capitalised_piece(std::string_view piece) {
  if (piece.empty()) return false;
  std::size_t len = 0;
  if (!is_upper(decode_at(piece, 0, len))) return false;
  for (std::size_t pos = len; pos < piece.size();) {
    const char32_t c = decode_at(piece, pos, len);
    if (!is_letter(c) && c != '\'' && c != 0x2019) return false;
    pos += len;
  }
  return has_lower_letter(piece);
}

// Lookups behind is_non_name_word(): the word list sorted for binary
// search, with a hash set in front (most words are in no list), and the
// endings keyed by their last three bytes.
constexpr unsigned word_hash(std::string_view word) {
  std::uint32_t h = 2166136261u;
  for (const char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h >> 20;
}

constexpr std::uint32_t last_three(std::string_view word) {
  const auto byte = [&](std::size_t from_end) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(word[word.size() - from_end]));
  };
  return byte(3) | byte(2) << 8 | byte(1) << 16;
}

constexpr unsigned three_hash(std::uint32_t three) { return (three * 2654435761u) >> 20; }

constexpr auto sorted_non_name_words = [] {
  std::array<std::string_view, std::size(non_name_words)> out{};
  std::copy(std::begin(non_name_words), std::end(non_name_words), out.begin());
  std::sort(out.begin(), out.end());
  return out;
}();

constexpr auto non_name_word_hashes = [] {
  bit_table<4096> t;
  for (const auto w : non_name_words) t.set(word_hash(w));
  return t;
}();

static_assert(std::all_of(std::begin(non_name_endings), std::end(non_name_endings),
                          [](std::string_view e) { return e.size() >= 3; }),
              "endings are keyed by their last three bytes");

constexpr auto ending_keys = [] {
  std::array<std::uint32_t, std::size(non_name_endings)> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = last_three(non_name_endings[i]);
  return out;
}();

// The endings sorted by their last three bytes, for a search among the few
// that share a word's.
struct keyed_ending {
  std::uint32_t key;
  std::size_t index;
};
constexpr auto endings_by_key = [] {
  std::array<keyed_ending, std::size(non_name_endings)> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = {ending_keys[i], i};
  std::sort(out.begin(), out.end(),
            [](const keyed_ending& a, const keyed_ending& b) { return a.key < b.key; });
  return out;
}();

constexpr auto ending_hashes = [] {
  bit_table<4096> t;
  for (const auto key : ending_keys) t.set(three_hash(key));
  return t;
}();

}  // namespace

bool is_initials(std::string_view word) {
  if (word.empty()) return false;
  for (std::size_t pos = 0; pos < word.size();) {
    std::size_t len = 0;
    if (!is_upper(decode_at(word, pos, len))) return false;
    pos += len;
    if (pos >= word.size() || word[pos] != '.') return false;
    ++pos;
  }
  return true;
}

namespace {
bool has_folded_non_name_ending(std::string_view folded);
}  // namespace

bool is_non_name_word(std::string_view word) {
  char buffer[96];
  const std::string_view folded = fold_case_into(word, buffer, sizeof buffer);
  if (folded.empty()) return !word.empty();  // far too long for a name
  if (non_name_word_hashes.test(word_hash(folded)) &&
      std::binary_search(sorted_non_name_words.begin(), sorted_non_name_words.end(), folded)) {
    return true;
  }
  return has_folded_non_name_ending(folded);
}

bool joins_areas(std::string_view before, std::string_view after) {
  // "Klima og Bæredygtighed": after a known area one capitalised word is the
  // area's too, as after_area reads it.
  return starts_upper(before) && is_non_name_word(before) && starts_upper(after);
}

bool joins_areas_at(std::string_view text, std::size_t pos) {
  constexpr std::string_view joiner = " og ";
  if (pos == 0 || text.substr(pos, joiner.size()) != joiner) return false;
  const auto is_word_end = [](char c) {
    return c == ' ' || c == ',' || c == ';' || c == '(' || c == ')' || c == '\n';
  };
  std::size_t start = pos;
  while (start > 0 && !is_word_end(text[start - 1])) --start;
  const std::size_t after = pos + joiner.size();
  std::size_t end = after;
  while (end < text.size() && !is_word_end(text[end])) ++end;
  return joins_areas(text.substr(start, pos - start), text.substr(after, end - after));
}

std::string_view after_area(std::string_view text) {
  std::string_view rest = text;
  bool area = false;
  bool after_og = false;  // "Klima og Bæredygtighed": one capitalised word after "og" is the area's
  for (std::size_t space = rest.find(' '); space != std::string_view::npos;
       space = rest.find(' ')) {
    const std::string_view word = rest.substr(0, space);
    const bool area_word = starts_upper(word) && (after_og || is_non_name_word(word));
    if (!area_word && !(area && !after_og && word == "og")) break;
    after_og = word == "og";
    area = area || area_word;
    rest.remove_prefix(space + 1);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  }
  return area && !after_og ? rest : text;
}

bool has_non_name_ending(std::string_view word) {
  char buffer[96];
  const std::string_view folded = fold_case_into(word, buffer, sizeof buffer);
  return !folded.empty() && has_folded_non_name_ending(folded);
}

namespace {

bool has_folded_non_name_ending(std::string_view folded) {
  // An ending makes a non-name only of a longer word.
  if (folded.size() < 4) return false;
  const std::uint32_t key = last_three(folded);
  if (!ending_hashes.test(three_hash(key))) return false;
  // Only the endings of the same last three bytes ("-ing": "forening", ...).
  const auto [from, to] =
      std::equal_range(endings_by_key.begin(), endings_by_key.end(), keyed_ending{key, 0},
                       [](const keyed_ending& a, const keyed_ending& b) { return a.key < b.key; });
  return std::any_of(from, to, [&](const keyed_ending& k) {
    const std::string_view e = non_name_endings[k.index];
    return folded.size() > e.size() && folded.ends_with(e);
  });
}

}  // namespace

bool stop_ends_name_part(std::string_view text, std::size_t stop) {
  std::size_t word = stop;
  while (word > 0 && text[word - 1] != ' ' && text[word - 1] != '\n') --word;
  return name_part(text.substr(word, stop - word)) == name_part_kind::initial;
}

bool is_second_particle(std::string_view word) {
  return word == "der" || word == "den" || word == "ter" || word == "ten";
}

name_part_kind name_part(std::string_view word) {
  if (word.empty()) return name_part_kind::none;
  // Particles are short, abbreviations end in a full stop: most words are compared with neither.
  if (word.size() <= longest_particle) {
    for (const auto p : particles) {
      if (word == p) return name_part_kind::particle;
    }
  }
  if (is_initials(word)) return name_part_kind::initial;
  if (word.back() == '.') {
    for (const auto a : name_abbreviations) {
      if (word == a) return name_part_kind::initial;
    }
  }
  std::size_t start = 0;
  while (start <= word.size()) {
    std::size_t hyphen = word.find('-', start);
    if (hyphen == std::string_view::npos) hyphen = word.size();
    if (!is_capitalised_piece(word.substr(start, hyphen - start))) return name_part_kind::none;
    start = hyphen + 1;
  }
  if (is_non_name_word(word)) return name_part_kind::none;
  return name_part_kind::word;
}

}  // namespace protokol::danish
