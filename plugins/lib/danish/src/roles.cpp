// Titles table. Whole words first, then the endings that make a compound a
// title ("erhvervsudviklingschef", "beskæftigelsesvejleder").
#include "danish/roles.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

#include "danish/bytes.hpp"
#include "danish/remembered.hpp"
#include "danish/text.hpp"

namespace protokol::danish {
namespace {

constexpr std::string_view titles[] = {
    "formand",
    "næstformand",
    "forperson",
    "borgmester",
    "viceborgmester",
    "rådmand",
    "udvalgsmedlem",
    "medlem",
    "byrådsmedlem",
    "kommunalbestyrelsesmedlem",
    "direktør",
    "kommunaldirektør",
    "stadsdirektør",
    "chef",
    "centerchef",
    "konsulent",
    "sekretær",
    "referent",
    "fuldmægtig",
    "sagsbehandler",
    "ordfører",
    "minister",
    "leder",
    "souschef",
    "afdelingschef",
    "områdechef",
    "direktionssekretær",
    "sekretariatschef",
    "koordinator",
    "rådgiver",
    "vejleder",
    "formidler",
    "jobformidler",
    "medarbejder",
    "projektleder",
    "teamleder",
    "afdelingsleder",
    "specialist",
    "økonom",
    "jurist",
    "planlægger",
    "arkitekt",
    "ingeniør",
    // Who sits in for an absent member ("Suppleant Morten Lund (M) mødte for ...").
    "suppleant",
    "stedfortræder",
    "viceformand",
    // Who attends without a vote ("Observatør Claus Friis").
    "observatør",
    // The auditor at the accounts' item ("Revisor Ole Nielsen", Jammerbugt).
    "revisor",
};

// A compound ending in one of these is a title: "jobcenterchef".
constexpr std::string_view endings[] = {
    "chef",
    "direktør",
    "leder",
    "konsulent",
    "sekretær",
    "vejleder",
    "rådgiver",
    "ordfører",
    "minister",
    "formand",
    "borgmester",
    "koordinator",
    "inspektør",  // "Politiinspektør", "Brandinspektør"
    "revisor",    // "Kommunerevisor", "Statsrevisor"
    // "Byplanlægger", "Landskabsarkitekt", "Vejingeniør", "Fagspecialist",
    // "Kommunikationsmedarbejder": the administration's staff at a meeting.
    "planlægger",
    "arkitekt",
    "ingeniør",
    "specialist",
    "medarbejder",
    // "Regionsrådsmedlem Marlene Harpsøe", "Bestyrelsesmedlem", "Folketingsmedlem".
    "medlem",
};

constexpr std::string_view qualifiers[] = {
    "kst.",      "konst.",    "konstitueret", "fungerende", "fg.",
    "daværende", "tidligere", "ny",           "nyansat",
};

// Adjectives that belong to the title they stand before: kept in the role.
constexpr std::string_view adjectives[] = {
    "teknisk",  "faglig",    "administrerende", "adm.",          "ledende",
    "juridisk", "økonomisk", "pædagogisk",      "administrativ", "sundhedsfaglig",
};

// The first two bytes (lowercase) of every qualifier and adjective. A word
// whose first two bytes are ASCII folds to those two lowercased (one byte
// for one), so a word that opens like none of them is none of them, told
// without folding: most words asked are a name's ("Anne Holm").
constexpr auto qualifier_openings = [] {
  bit_table<65536> t;
  auto mark = [&](std::string_view s) {
    t.set(static_cast<unsigned char>(s[0]) * 256u + static_cast<unsigned char>(s[1]));
  };
  for (const auto x : qualifiers) mark(x);
  for (const auto x : adjectives) mark(x);
  return t;
}();
static_assert(std::all_of(std::begin(qualifiers), std::end(qualifiers),
                          [](std::string_view q) { return q.size() >= 2; }) &&
                  std::all_of(std::begin(adjectives), std::end(adjectives),
                              [](std::string_view a) { return a.size() >= 2; }),
              "qualifier_openings reads two bytes of each");

constexpr std::size_t shortest_title = [] {
  std::size_t n = 64;
  for (const auto x : titles) n = std::min(n, x.size());
  for (const auto x : endings) n = std::min(n, x.size());
  return n;
}();
static_assert(shortest_title >= 4, "the tables below read the last four bytes");

// Last two bytes (lowercase) of every title and ending: most words fail
// this test, so role_of() rarely needs to fold and compare. The test
// lowercases ASCII bytes only, so a small letter's second UTF-8 byte
// ("ø" C3 B8) is marked with its capital's too ("Ø" C3 98): "DIREKTØR" is a
// title as "direktør" is.
constexpr auto last_two_bytes = [] {
  bit_table<65536> t;
  // 0xA0-0xBE after C3 are à-þ; 0x80-0x9E their capitals (0xB7 is ÷).
  auto capital_of = [](unsigned char b) -> unsigned char {
    return b >= 0xA0 && b <= 0xBE && b != 0xB7 ? static_cast<unsigned char>(b - 0x20) : b;
  };
  auto mark = [&](std::string_view s) {
    const auto before = static_cast<unsigned char>(s[s.size() - 2]);
    const auto last = static_cast<unsigned char>(s.back());
    for (const unsigned first : {before, capital_of(before)}) {
      for (const unsigned second : {last, capital_of(last)}) t.set(first * 256u + second);
    }
  };
  for (const auto x : titles) mark(x);
  for (const auto x : endings) mark(x);
  return t;
}();

// Folding maps ASCII bytes to ASCII bytes one for one, so a word whose last
// four bytes are ASCII ends, once folded, in those bytes lowercased: it can
// only be a title when a title or ending ends so.
constexpr auto last_four_bytes = [] {
  byte_set<4096> t;
  auto mark = [&](std::string_view s) {
    const std::uint32_t four = load4(s.data() + s.size() - 4);
    if (!has_non_ascii(four)) t.set(caseless_hash4(four));
  };
  for (const auto x : titles) mark(x);
  for (const auto x : endings) mark(x);
  return t;
}();

// Titles sorted for binary search, with a hash set in front; the last four
// bytes of each ending.
constexpr unsigned word_hash(std::string_view word) {
  std::uint32_t h = 2166136261u;
  for (const char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h >> 20;
}

constexpr auto sorted_titles = [] {
  std::array<std::string_view, std::size(titles)> out{};
  std::copy(std::begin(titles), std::end(titles), out.begin());
  std::sort(out.begin(), out.end());
  return out;
}();

constexpr auto title_hashes = [] {
  bit_table<4096> t;
  for (const auto title : titles) t.set(word_hash(title));
  return t;
}();

constexpr auto ending_tails = [] {
  std::array<std::uint32_t, std::size(endings)> out{};
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i] = load4(endings[i].data() + endings[i].size() - 4);
  }
  return out;
}();

// The endings' last four bytes (folded, as written in the table) as a set:
// most words that reach the endings end like none of them.
constexpr unsigned tail_hash(std::uint32_t four) { return (four * 2654435761u) >> 20; }

constexpr auto ending_tail_hashes = [] {
  bit_table<4096> t;
  for (const auto tail : ending_tails) t.set(tail_hash(tail));
  return t;
}();

inline std::string_view without_punctuation(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == ':' || word.back() == ')')) {
    word.remove_suffix(1);
  }
  while (!word.empty() && word.front() == '(') word.remove_prefix(1);
  return word;
}

// Folding never lengthens a word, so one shorter than every title is none.
inline bool may_be_bare_role(std::string_view word) {
  if (word.size() < shortest_title) return false;
  const std::uint32_t four = load4(word.data() + word.size() - 4);
  if (!has_non_ascii(four) && !last_four_bytes.test(caseless_hash4(four))) return false;
  return last_two_bytes.test(lower_ascii(word[word.size() - 2]) * 256u + lower_ascii(word.back()));
}

}  // namespace

bool may_be_role(std::string_view word) { return may_be_bare_role(without_punctuation(word)); }

const byte_set<4096>& title_tails() { return last_four_bytes; }

const bit_table<65536>& title_last_two_bytes() { return last_two_bytes; }

namespace {

// The title a word that may be one names (folded), or "".
std::string bare_role_of(std::string_view word) {
  char buffer[64];
  const std::string_view folded = fold_case_into(word, buffer, sizeof buffer);
  if (folded.empty()) return {};
  if (title_hashes.test(word_hash(folded)) &&
      std::binary_search(sorted_titles.begin(), sorted_titles.end(), folded)) {
    return std::string(folded);
  }
  // Endings are at least four bytes: compare their last four first.
  if (folded.size() < 4) return {};
  const std::uint32_t last = load4(folded.data() + folded.size() - 4);
  if (!ending_tail_hashes.test(tail_hash(last))) return {};
  for (std::size_t i = 0; i < std::size(endings); ++i) {
    const auto e = endings[i];
    if (ending_tails[i] == last && folded.size() > e.size() + 2 && folded.ends_with(e)) {
      return std::string(folded);
    }
  }
  return {};
}

}  // namespace

std::string role_of(std::string_view word) {
  word = without_punctuation(word);
  if (!may_be_bare_role(word)) return {};
  // bare_role_of() folds the word and looks it up among the titles and their
  // endings (some two hundred instructions); minutes repeat the few titles
  // they use ("formand", "borgmester", "sekretær") on every page.
  thread_local remembered_answers<std::string, 29, 256> remembered;
  return remembered(word, bare_role_of);
}

bool is_ranked_role(std::string_view role) {
  static constexpr std::string_view ranked[] = {"næstformand", "viceformand", "viceborgmester",
                                                "suppleant", "stedfortræder"};
  return std::find(std::begin(ranked), std::end(ranked), role) != std::end(ranked);
}

namespace {

bool is_folded_adjective(std::string_view folded) {
  return std::find(std::begin(adjectives), std::end(adjectives), folded) != std::end(adjectives);
}

}  // namespace

bool may_be_role_qualifier(std::string_view word) {
  // One byte folds to one code point: no qualifier is one ASCII letter, and
  // a byte from 0x80 is left to the full test.
  if (word.size() < 2) return !word.empty() && static_cast<unsigned char>(word[0]) >= 0x80;
  const auto first = static_cast<unsigned char>(word[0]);
  const auto second = static_cast<unsigned char>(word[1]);
  if (first >= 0x80 || second >= 0x80) return true;  // "Økonomisk": folded only by the full test
  return qualifier_openings.test(lower_ascii(word[0]) * 256u + lower_ascii(word[1]));
}

bool is_role_qualifier(std::string_view word) {
  if (!may_be_role_qualifier(word)) return false;
  // Folded once for both lists.
  char buffer[32];
  const std::string_view folded = fold_case_into(word, buffer, sizeof buffer);
  for (const auto q : qualifiers) {
    if (folded == q) return true;
  }
  return is_folded_adjective(folded);
}

bool is_role_adjective(std::string_view word) {
  if (!may_be_role_qualifier(word)) return false;  // every adjective is a qualifier too
  char buffer[32];
  return is_folded_adjective(fold_case_into(word, buffer, sizeof buffer));
}

}  // namespace protokol::danish
