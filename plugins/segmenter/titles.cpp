#include "titles.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "danish/bytes.hpp"
#include "danish/dates.hpp"
#include "danish/numbers.hpp"
#include "numbers.hpp"
#include "outcomes.hpp"
#include "table_rows.hpp"
#include "text_util.hpp"

namespace protokol::segmenter {
namespace {

// A prefix match needs this many bytes, so "Orientering" does not match
// every "Orientering om ..." entry by accident.
constexpr std::size_t min_prefix_key = 12;

constexpr std::size_t npos_view = std::string_view::npos;

// The words that close an item: "Lukket", "Lukket punkt", "Lukket
// dagsordenspunkt", "Lukket pkt.", "Lukket tillægspunkt", "Fortroligt",
// "Ikke offentligt" (any case).
constexpr const char* closed_words =
    R"((?:(?i:lukket)(?:\s+(?i:punkt|sag|møde|dagsordenspunkt|tillægspunkt|behandling|pkt\.?))?|(?i:fortroligt?|ikke offentligt?)(?:\s+(?i:punkt|sag))?))";

// An English export's words for it, in brackets: "(Closed)", "(Closed
// item)", "(Confidential)", "[Not public]".
constexpr const char* english_closed_words =
    R"(Closed(?:\s+(?i:item|session))?|Confidential|Not public)";

// "(FOR LUKKEDE DØRE)" after a title (Glostrup's agendas), "(Behandles for
// lukkede døre)", "(Lukket for offentligheden)": in brackets only, the last
// capitalised ("Fuglereservatet (lukket for offentligheden)" is a place
// the public may not enter, review 32).
constexpr const char* closed_door_words =
    R"((?i:(?:behandles\s+)?for\s+lukkede\s+døre)|(?:Lukket|LUKKET)\s+(?i:for\s+offentligheden))";

// A lock glyph: 🔒 (U+1F512) or 🔐 (U+1F510), as agenda pages mark a closed
// item in its title.
constexpr const char* lock_glyph = "(?:\xF0\x9F\x94\x92|\xF0\x9F\x94\x90)";

struct closed_patterns {
  // "Lukket:", "Lukket punkt -", "LUKKET", "(Lukket)", "[Lukket]" at the start, repeated;
  // "Closed:", as an agenda system's English export prints its contents.
  RE2 prefix{
      std::string(R"(^((?:(?:Closed\s*:|)") + closed_words +
      R"(\s*[:–-]|(?i:lukket)\s+(?i:punkt|sag|dagsordenspunkt)\b|(?i:fortroligt?)\s+(?i:punkt|sag)\b|LUKKET(?:\s+PUNKT|\s+SAG)?\b|)" +
      lock_glyph + R"(|[(\[](?:)" + lock_glyph + R"(\s*)?(?:)" + closed_words + R"(|)" +
      english_closed_words + R"()[)\]]\s*(?:[:–-]\s*)?)\s*)+))"};
  // "... - Lukket", "... , lukket punkt", "... (lukket punkt)", "... (Fortroligt)", "... LUKKET",
  // "... Lukket sag", "... Lukket" (a table's status column joined to the
  // title) at the end.
  // In parentheses or brackets also with the law it rests on ("(Lukket punkt,
  // jf. styrelseslovens § 10)", "[Lukket punkt]") or a reason after a dash
  // or comma ("(fortroligt - ikke til offentliggørelse)"), or the case's
  // kind before it, capitalised or opening with a word ending in "sag(er)"
  // or "punkt(er)" ("(Personsag, lukket)", "(Personsager - lukket)", "(Sag
  // om personale, lukket)", "(ejendomssag; lukket)", "(udbudssag vedr.
  // kontrakt, lukket)"; never "(badet, lukket)", reviews 36 to 39); after a comma or semicolon (",
  // lukket punkt", "; lukket": a title "Ridestien i Nørreskoven, lukket" about a path is withheld
  // too, as a closed item published is the worse error); "- Behandles for lukkede døre" after a
  // dash (trial BD).
  RE2 suffix{
      std::string(R"(((?:\s*[-–]\s*)") + closed_words + R"(|\s*[,;]\s*)" + closed_words +
      R"(|\s*[(\[](?:[A-ZÆØÅ][^()\[\]]*?|jf\.[^()\[\]]*?|[^()\[\],;\s]*(?i:sager|sag|punkter|punkt)(?:\s[^()\[\]]*?)?)\s*[,;–-]\s*)" +
      closed_words +
      R"([)\]]|\s*[-–]\s*(?:Behandles|BEHANDLES|behandles)\s+(?i:for\s+lukkede\s+døre)|\s*[(\[](?:)" +
      lock_glyph + R"(\s*)?(?:)" + closed_words + R"(|)" + closed_door_words + R"(|)" +
      english_closed_words +
      R"()(?:(?:,?\s+jf\.|\s*[-–,:;]\s+)[^()\[\]]*)?[)\]]|\s*[-–]\s*(?:Lukket|LUKKET)\s+(?i:for\s+offentligheden)|\s+LUKKET|\s+Lukket(?:\s+(?i:punkt|sag))?|\s*)" +
      lock_glyph + R"())$)"};
  // "... Åben sag", "... (Åbent punkt)": an open status at the end.
  RE2 open_suffix{R"(((?:\s+|\s*[-–]\s*)\(?(?:Åben|Åbent|ÅBEN|ÅBENT)(?:\s+(?i:punkt|sag))?\)?)$)"};
  // "Lukket punkt", "Lukket dagsordenspunkt", "Lukket pkt.", "Lukket behandling", "Fortroligt",
  // "Ikke offentligt": a line that closes the item it stands under; in an
  // English export "Closed item", "Closed session", "Confidential", "Not
  // public" (never "Closed" alone).
  RE2 line{
      R"((?:(?i:lukket)(?:\s+(?i:punkt|sag|møde|dagsordenspunkt|pkt|behandling))?(?:\s+(?i:for\s+offentligheden))?|(?i:fortroligt?|ikke offentligt?)(?:\s+(?i:punkt|sag))?|)"
      R"(Closed\s+(?i:item|session)|(?i:confidential|not public))\s*:?)"};
  RE2 open{R"((?i:åben|åbent)(?:\s+(?i:punkt|sag|møde|dagsordenspunkt))?\s*:?)"};
  // "(Åben) Title": an open marker before the title (open is the default).
  RE2 open_prefix{R"(^(\((?i:åben|åbent)(?:\s+(?i:punkt|sag))?\)\s*(?:[:–-]\s*)?))"};
  RE2 spaced_label{R"(^(\d{1,3}(?:\s{2,}|\t)\s*))"};
  RE2 label{
      R"(^((?:(?i:punkt|pkt\.?|sag)(?:\s+nr\.?)?\s*\d{1,4}(?: ?[a-zA-Z]\s*[:.,)–-])?\s*[:.,)–-]?\s*|(?i:nr)\.?\s*\d{1,4}\s*[:–-]\s*|\d{1,3}(?: ?[a-zA-Z][.):]\s+|\\?\.\s+|\s*:\s+|\s{2,}))))"};
};

const closed_patterns& patterns() {
  static const closed_patterns p;
  return p;
}

// Where `pattern` matches in `text`, as RE2::PartialMatch with the first
// group for the match, for the patterns above whose first group is the
// whole match (prefix, suffix, open_prefix, open_suffix, spaced_label,
// label: a group around all but the "^" or "$"). Asked for the match alone,
// RE2 finds it with its DFAs; asked for a group, it runs a slower engine
// over the match as well (~6,000 instructions a title for suffix).
bool find_whole_match(std::string_view text, const RE2& pattern, re2::StringPiece& match) {
  return pattern.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED,
                       &match, 1);
}

}  // namespace

namespace {

// The words strip_closed_markers looks for, each with the offset of the
// pair of bytes it is found at: "kk" of "ukket" and "ukkede", "rt" of
// "rtrolig", "ff" of "ffentlig", "Cl" of "Closed", a lock glyph's first two
// bytes; in brackets also "nf" of "onfidential" and "ub" of "ot public".
struct marker_word {
  std::string_view word;
  std::size_t pair;
  bool bracketed_only;
};
constexpr marker_word closed_marker_words[] = {
    {"ukket", 1, false},        {"UKKET", 1, false},      {"ukkede", 1, false},
    {"UKKEDE", 1, false},       {"rtrolig", 0, false},    {"RTROLIG", 0, false},
    {"ffentlig", 0, false},     {"FFENTLIG", 0, false},   {"Closed", 0, false},
    {"\xF0\x9F\x94", 0, false}, {"onfidential", 1, true}, {"ot public", 4, true}};

// Whether a word's pair of bytes at `i` is the pair of the whole word.
bool marker_word_at_pair(std::string_view text, std::size_t i, bool bracketed) {
  return std::any_of(std::begin(closed_marker_words), std::end(closed_marker_words),
                     [&](const marker_word& w) {
                       return (bracketed || !w.bracketed_only) && i >= w.pair &&
                              text.substr(i - w.pair, w.word.size()) == w.word;
                     });
}

bool is_marker_pair(char a, char b, bool bracketed) {
  return (a == b && (a == 'k' || a == 'K' || a == 'f' || a == 'F')) || (a == 'r' && b == 't') ||
         (a == 'R' && b == 'T') || (a == 'C' && b == 'l') || (a == '\xF0' && b == '\x9F') ||
         (bracketed && ((a == 'n' && b == 'f') || (a == 'u' && b == 'b')));
}

}  // namespace

bool holds_closed_marker_word(std::string_view title, bool bracketed) {
  // Asked of every candidate title and its key (title_key): one pass for the
  // words' pairs of bytes instead of a search for each of ten or twelve
  // words (a memchr call each, and again after every false start).
  std::size_t i = 0;
#if defined(__SSE2__)
  const auto eq = [](__m128i a, char c) { return _mm_cmpeq_epi8(a, _mm_set1_epi8(c)); };
  const auto both = [&](__m128i a, __m128i b, char x, char y) {
    return _mm_and_si128(eq(a, x), eq(b, y));
  };
  // The pairs that start at the sixteen bytes from `at`, whose next byte
  // is at + 1.
  const auto pairs_at = [&](const char* at) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at + 1));
    const __m128i doubled = _mm_and_si128(
        _mm_cmpeq_epi8(a, b),
        _mm_or_si128(_mm_or_si128(eq(a, 'k'), eq(a, 'K')), _mm_or_si128(eq(a, 'f'), eq(a, 'F'))));
    __m128i pairs = _mm_or_si128(
        _mm_or_si128(doubled, _mm_or_si128(both(a, b, 'r', 't'), both(a, b, 'R', 'T'))),
        _mm_or_si128(both(a, b, 'C', 'l'), both(a, b, '\xF0', '\x9F')));
    if (bracketed)
      pairs = _mm_or_si128(pairs, _mm_or_si128(both(a, b, 'n', 'f'), both(a, b, 'u', 'b')));
    return static_cast<unsigned>(_mm_movemask_epi8(pairs));
  };
  for (; i + 17 <= title.size(); i += 16) {
    for (unsigned mask = pairs_at(title.data() + i); mask != 0; mask &= mask - 1) {
      if (marker_word_at_pair(title, i + static_cast<std::size_t>(std::countr_zero(mask)),
                              bracketed))
        return true;
    }
  }
  // The last pairs (all of a short title's): its last bytes are copied to a
  // zeroed buffer that one more probe may read past, instead of testing
  // pair by pair (~15 instructions a byte). Only pairs that end inside the
  // title count: a zero past it pairs with nothing, but the mask says so.
  if (i + 1 < title.size()) {
    std::array<char, 33> tail{};
    const std::size_t left = title.size() - i;  // at most 16
    std::memcpy(tail.data(), title.data() + i, left);
    for (unsigned mask = pairs_at(tail.data()) & ((1U << (left - 1)) - 1); mask != 0;
         mask &= mask - 1) {
      if (marker_word_at_pair(title, i + static_cast<std::size_t>(std::countr_zero(mask)),
                              bracketed))
        return true;
    }
    return false;
  }
#endif
  for (; i + 1 < title.size(); ++i) {
    if (is_marker_pair(title[i], title[i + 1], bracketed) &&
        marker_word_at_pair(title, i, bracketed))
      return true;
  }
  return false;
}

std::string_view strip_closed_markers(std::string_view title, bool& closed) {
  title = trim(title);
  if (title.starts_with('(')) {
    re2::StringPiece open;
    if (find_whole_match(title, patterns().open_prefix, open))
      title = trim(title.substr(open.size()));
  }
  if (title.find("\xC3\x85") != std::string_view::npos) {  // "Å": an open status may end it
    re2::StringPiece open;
    if (find_whole_match(title, patterns().open_suffix, open) && open.size() < title.size())
      title = trim(title.substr(0, title.size() - open.size()));
  }
  // Every marker spells "lukket", "fortrolig" or "offentlig" in some case, or
  // "Closed", or is a lock glyph (its first three bytes); "Confidential" and
  // "Not public" count only in brackets, so only a title that starts or ends
  // with one is searched for them. (Byte searches: this runs on every
  // candidate title.)
  const bool bracketed = !title.empty() && (title.front() == '(' || title.front() == '[' ||
                                            title.back() == ')' || title.back() == ']');
  if (!holds_closed_marker_word(title, bracketed)) return title;
  const closed_patterns& p = patterns();
  re2::StringPiece m;
  if (find_whole_match(title, p.prefix, m) && !m.empty()) {
    closed = true;
    title = trim(title.substr(m.size()));
  }
  if (find_whole_match(title, p.suffix, m) && !m.empty() && m.size() < title.size()) {
    closed = true;
    title = trim(title.substr(0, title.size() - m.size()));
  }
  // "16. Lukket punkt.": nothing but the marker's full stop is left.
  if (closed && title.find_first_not_of(".:-–") == std::string_view::npos) title = {};
  return title;
}

std::string_view strip_column_marker(std::string_view title, bool& closed, bool one_blank) {
  struct marker {
    std::string_view word;
    bool closes;
  };
  // "3 Åbent punkt", "5 Lukket sag", "5 Fortroligt" alone over the title.
  if (one_blank) {
    const std::string_view status = trim(title);
    if (is_open_line(status)) return {};
    if (is_closed_line(status)) {
      closed = true;
      return {};
    }
  }
  static constexpr marker markers[] = {
      {"Lukket", true}, {"LUKKET", true}, {"Åbent", false}, {"ÅBENT", false}, {"Åben", false}};
  for (const marker& m : markers) {
    if (!title.starts_with(m.word)) continue;
    const std::string_view rest = title.substr(m.word.size());
    // The marker alone ("5 Lukket" over the title) leaves no title.
    if (!trim(rest).empty() && !rest.starts_with("  ") && !rest.starts_with('\t') &&
        !(one_blank && rest.size() > 1 && rest[0] == ' ' && starts_upper(rest.substr(1))))
      continue;
    closed = closed || m.closes;
    return trim(rest);
  }
  return title;
}

namespace {

// Sentences that say the item they stand in is closed.
constexpr std::string_view closed_sentences[] = {
    "punktet er lukket", "dette punkt er lukket", "sagen er lukket", "punktet er fortroligt",
    "sagen er fortrolig", "lukket del", "punktet er ikke offentligt", "punktet er ikke offentlig",
    "sagen er ikke offentlig", "punktet er lukket for offentligheden",
    "punktet behandles på lukket møde", "sagen behandles på lukket møde",
    // Review 40.
    "punktet behandles i lukket møde", "sagen behandles i lukket møde", "behandles på lukket møde",
    "behandles i lukket møde", "punktet behandles lukket", "sagen behandles lukket",
    "punktet behandles som lukket punkt", "dette er et lukket punkt",
    "sagen er lukket for offentligheden", "punktet er lukket for pressen og offentligheden",
    "this item is not public"};

// A line that may be a closed marker or sentence, without what may wrap or
// follow one: the full stop, parentheses or emphasis around it, the law it
// rests on ("jf. styrelseslovens § 10"), a marker in parentheses after a
// sentence ("Punktet er ikke offentligt (Lukket punkt)"). Empty for a line
// no marker or sentence can be: a long one, or one starting with no letter
// they start with ("Lukket", "Fortroligt", "Ikke offentligt", "Punktet",
// "Sagen", "This item"). Called on most lines.
std::string_view closed_line_core(std::string_view text) {
  constexpr std::size_t max_line = 80;
  if (text.size() > max_line || text.empty()) return {};
  const char lead = static_cast<char>(text.front() | 0x20);
  if (lead != 'l' && lead != 'f' && lead != 'i' && lead != 'p' && lead != 's' && lead != 'c' &&
      lead != 'n' && lead != 'd' && lead != 'b' && lead != '*' && text.front() != '_' &&
      text.front() != '(' && !starts_with_ci(text, "this "))
    return {};
  text = trim_end(text, ".");  // "Lukket punkt."
  // "(Lukket punkt)", "**(Lukket punkt)**", "*(Lukket)*": in parentheses or emphasis.
  while (text.size() > 2 && ((text.front() == '*' && text.back() == '*') ||
                             (text.front() == '_' && text.back() == '_') ||
                             (text.front() == '(' && text.back() == ')')))
    text = trim(text.substr(1, text.size() - 2));
  // "Lukket punkt jf. styrelseslovens § 10", "Lukket, jf. offentlighedsloven",
  // "Lukket sag - jf. offentlighedslovens § 23": the law the closing rests on.
  if (const std::size_t jf = find_ci(text, " jf."); jf != std::string_view::npos && jf <= 24)
    text = trim_end(trim(text.substr(0, jf)), ",-–");
  // "Punktet er ikke offentligt (Lukket punkt)": a sentence, then the marker.
  if (text.ends_with(')')) {
    if (const std::size_t open = text.rfind('('); open != std::string_view::npos && open > 0) {
      const std::string_view marker = text.substr(open + 1, text.size() - open - 2);
      if (RE2::FullMatch(re2::StringPiece(marker.data(), marker.size()), patterns().line))
        text = trim(text.substr(0, open));
    }
  }
  return text;
}

// One of closed_sentences, as closed_line_core leaves it.
bool is_closed_sentence_core(std::string_view core) {
  return std::any_of(std::begin(closed_sentences), std::end(closed_sentences),
                     [&](std::string_view s) { return equals_ci(core, s); });
}

// "Denne sag er lukket." right under the heading (trial AV); at the end of
// a decision it says the case is finished (review 32), so it is no closed
// sentence wherever it stands: a closed line only.
bool says_this_case_is_closed(std::string_view core) {
  return equals_ci(core, "denne sag er lukket");
}

bool is_marker_words(std::string_view core) {
  return !core.empty() && core.size() <= 28 &&
         RE2::FullMatch(re2::StringPiece(core.data(), core.size()), patterns().line);
}

}  // namespace

bool is_case_fact_label(std::string_view label) {
  static constexpr std::string_view labels[] = {
      "Sagsforløb",    "Mødedato",  "Sagsansvarlig enhed", "Sagsansvarlig", "Ansvarlig enhed",
      "Sagsbehandler", "Initialer", "Forvaltning",         "Afdeling",      "Ansvarlig"};
  label = trim(trim_end(trim(label), ":"));
  return std::any_of(std::begin(labels), std::end(labels),
                     [&](std::string_view l) { return equals_ci(label, l); });
}

bool starts_with_closed_marker(std::string_view text) {
  if (text.find("ukket") == npos_view && text.find("UKKET") == npos_view &&
      text.find("rtrolig") == npos_view && text.find("RTROLIG") == npos_view)
    return false;
  re2::StringPiece m;
  return find_whole_match(text, patterns().prefix, m) && !m.empty();
}

bool is_closed_sentence(std::string_view text) {
  // Asked of every line of an item: every sentence starts with "P", "S",
  // "L", "T" or "D" (any case), or with emphasis or a parenthesis, and is short.
  constexpr std::size_t max_sentence = 72;
  if (text.empty() || text.size() > max_sentence) return false;
  const char lead = static_cast<char>(text.front() | 0x20);
  if (lead != 'p' && lead != 's' && lead != 'l' && lead != 't' && lead != 'd' &&
      text.front() != '*' && text.front() != '_' && text.front() != '(')
    return false;
  const std::string_view core = closed_line_core(text);
  return !core.empty() && is_closed_sentence_core(core);
}

namespace {

// The stems may_mark_closed looks for, each found at the pair of bytes that
// starts `pair` bytes into it: "kk" of "ukke", "rt" of "ortrolig", "ff" of
// "ffentlig".
struct closed_stem {
  std::string_view word;
  std::size_t pair;
};
constexpr closed_stem closed_stems[] = {{"ukke", 1},     {"UKKE", 1},     {"ortrolig", 1},
                                        {"ORTROLIG", 1}, {"ffentlig", 0}, {"FFENTLIG", 0}};

// Whether a stem's pair of bytes at `i` is the pair of the whole stem.
bool stem_at_pair(std::string_view text, std::size_t i) {
  return std::any_of(std::begin(closed_stems), std::end(closed_stems), [&](const closed_stem& s) {
    return i >= s.pair && text.substr(i - s.pair, s.word.size()) == s.word;
  });
}

}  // namespace

bool may_mark_closed(std::string_view text) {
  // Asked of every line of every open item (stray_closed.cpp): one pass for
  // the stems' pairs of bytes ("kk", "KK", "rt", "RT", "ff", "FF") instead of
  // a search for each stem; the rare pair found is then read as its stem.
  std::size_t i = 0;
#if defined(__SSE2__)
  const auto eq = [](__m128i a, char c) { return _mm_cmpeq_epi8(a, _mm_set1_epi8(c)); };
  // Bit k: a stem's pair of bytes starts at `at` + k.
  const auto pairs_at = [&](std::size_t at) {
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at + 1));
    const __m128i doubled = _mm_and_si128(
        _mm_cmpeq_epi8(a, b),
        _mm_or_si128(_mm_or_si128(eq(a, 'k'), eq(a, 'K')), _mm_or_si128(eq(a, 'f'), eq(a, 'F'))));
    const __m128i rt =
        _mm_or_si128(_mm_and_si128(eq(a, 'r'), eq(b, 't')), _mm_and_si128(eq(a, 'R'), eq(b, 'T')));
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(doubled, rt)));
  };
  const auto any_stem = [&](unsigned mask, std::size_t at) {
    for (; mask != 0; mask &= mask - 1) {
      if (stem_at_pair(text, at + static_cast<std::size_t>(std::countr_zero(mask)))) return true;
    }
    return false;
  };
  constexpr std::size_t lanes = 16;
  if (text.size() >= lanes + 1) {
    for (; i + lanes + 1 <= text.size(); i += lanes) {
      if (any_stem(pairs_at(i), i)) return true;
    }
    // The last starts in a sixteen that ends with the text, the starts
    // already read shifted off its mask: a byte a start cost ~10
    // instructions for up to fifteen starts a line.
    const std::size_t starts = text.size() - 1;
    if (i == starts) return false;
    const std::size_t last = starts - lanes;
    const std::size_t done = i - last;
    return any_stem(pairs_at(last) >> done << done, last);
  }
#endif
  for (; i + 1 < text.size(); ++i) {
    const char a = text[i];
    const char b = text[i + 1];
    const bool pair = (a == b && (a == 'k' || a == 'K' || a == 'f' || a == 'F')) ||
                      (a == 'r' && b == 't') || (a == 'R' && b == 'T');
    if (pair && stem_at_pair(text, i)) return true;
  }
  return false;
}

bool speaks_of_its_own_item(std::string_view text) {
  return is_closed_sentence(text) || says_this_case_is_closed(closed_line_core(text));
}

bool is_closed_line(std::string_view text) {
  const std::string_view core = closed_line_core(text);
  if (core.empty()) return false;
  if (is_closed_sentence_core(core) || is_marker_words(core) || says_this_case_is_closed(core))
    return true;
  // A marker and its reason: "Lukket punkt (personsag)". ("Lukket punkt -
  // Jordkøb" is a marker before a title: strip_closed_markers.)
  if (core.ends_with(')')) {
    if (const std::size_t open = core.rfind('('); open != std::string_view::npos && open > 0)
      return is_marker_words(trim(core.substr(0, open)));
  }
  return false;
}

bool names_closed_item(std::string_view text) {
  if (!is_closed_line(text)) return false;
  const std::string_view core = closed_line_core(text);
  if (is_closed_sentence_core(core))
    return starts_with_ci(core, "punktet") || starts_with_ci(core, "sagen") ||
           starts_with_ci(core, "dette punkt");
  // "Lukket punkt (personsag)": the words before the reason; "Lukket
  // (personsag)": the reason names the case.
  const std::size_t open = core.rfind('(');
  if (core.ends_with(')') && open != std::string_view::npos && open > 0) return true;
  const auto ends_with_word = [&](std::string_view word) {
    return core.size() > word.size() && core[core.size() - word.size() - 1] == ' ' &&
           equals_ci(core.substr(core.size() - word.size()), word);
  };
  return ends_with_word("punkt") || ends_with_word("pkt") || ends_with_word("sag") ||
         ends_with_word("dagsordenspunkt") || ends_with_word("behandling");
}

bool closed_status_after_numbers(std::string_view t) {
  const auto found = danish::find_numbers(t);
  if (found.empty()) return false;
  std::string_view rest = t.substr(std::min(found.back().end, t.size()));
  while (!rest.empty() && (rest.front() == '|' || rest.front() == ' ')) rest.remove_prefix(1);
  while (!rest.empty() && (rest.back() == '|' || rest.back() == ' ')) rest.remove_suffix(1);
  return !rest.empty() && is_closed_line(rest);
}

bool is_closed_door_note(std::string_view text) {
  // One short sentence that ends so; "behandl" (behandles, blev behandlet,
  // behandledes) says it is about this item, not the meeting's other parts.
  constexpr std::size_t max_note = 80;
  constexpr std::string_view tail = "for lukkede døre";
  text = trim_end(trim(text), ".");
  if (text.size() > max_note || text.size() < tail.size() ||
      !equals_ci(text.substr(text.size() - tail.size()), tail))
    return false;
  // "Til behandling - for lukkede døre" is a part divider (part_divider_of);
  // "Punkt 5 og 6 behandles for lukkede døre", "Punkterne ..." name other
  // items (a note under item 1), not this one.
  const std::string_view head = trim(text.substr(0, text.size() - tail.size()));
  const bool names_others = head.find_first_of("0123456789") != std::string_view::npos ||
                            starts_with_ci(head, "punkterne") || starts_with_ci(head, "sagerne") ||
                            starts_with_ci(head, "følgende");
  return !names_others && head.find('.') == std::string_view::npos && !head.ends_with("-") &&
         !head.ends_with("–") && find_ci(head, "behandl") != std::string_view::npos;
}

namespace {

// A line without markdown marks around it and a closing colon.
std::string_view without_marks(std::string_view text) {
  text = trim(text);
  while (!text.empty() && (text.front() == '#' || text.front() == '*' || text.front() == '_'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == '*' || text.back() == '_' || text.back() == ':'))
    text.remove_suffix(1);
  return trim(text);
}

}  // namespace

std::size_t outcome_after_colon(std::string_view title) {
  constexpr std::size_t longest_outcome = 120;
  const std::size_t colon = title.rfind(": ");
  if (colon == std::string_view::npos || colon == 0) return std::string_view::npos;
  const std::size_t start = colon + 2;
  const std::string_view tail = trim_end(trim(title.substr(start)), ".!");
  if (tail.empty() || tail.size() > longest_outcome) return std::string_view::npos;
  return is_outcome_tail(tail) ? start : std::string_view::npos;
}

bool is_signature_page_line(std::string_view text) {
  static constexpr std::string_view headings[] = {"underskriftsside", "underskriftsark",
                                                  "underskriftsblad", "underskrifter"};
  text = without_marks(text);
  return std::any_of(std::begin(headings), std::end(headings),
                     [&](std::string_view h) { return equals_ci(text, h); });
}

bool is_page_footer_line(std::string_view text) {
  static constexpr std::size_t max_length = 100;
  // Whole lines, any case, a trailing colon or question mark aside.
  static constexpr std::string_view lines[] = {"fandt du det, du søgte",
                                               "fandt du det du søgte",
                                               "fandt du, hvad du søgte",
                                               "var siden nyttig",
                                               "var denne side nyttig",
                                               "kunne du bruge siden",
                                               "del siden",
                                               "del denne side",
                                               "del på facebook",  // a page's share buttons
                                               "del på linkedin",
                                               "del på twitter",
                                               "references",
                                               "visible links",
                                               "hidden links"};
  // Openings of a line with a date after them.
  static constexpr std::string_view openings[] = {"sidst opdateret", "senest opdateret",
                                                  "siden er sidst opdateret"};
  text = without_marks(trim(text));
  if (text.size() > max_length) return false;
  const std::string_view bare = trim_end(text, ":?");
  if (std::any_of(std::begin(lines), std::end(lines),
                  [&](std::string_view l) { return equals_ci(bare, l); }))
    return true;
  // "Sidst opdateret: 13. februar 2024": capitalised, the date ending the line
  // ("... senest opdateret 1. marts 2023, hvor ..." is a sentence's).
  if (starts_upper(text) &&
      std::any_of(std::begin(openings), std::end(openings), [&](std::string_view o) {
        if (!starts_with_ci(text, o)) return false;
        const danish::date_match date = danish::find_date(text.substr(o.size()));
        return !date.iso.empty() && trim_end(trim(text.substr(o.size() + date.end)), ".").empty();
      }))
    return true;
  // "Horsens Kommune · Rådhustorvet 4 · 8700 Horsens · Tlf. 76 29 29 29": the
  // municipality's address with its phone or CVR number, set apart with dots
  // or bars as a footer sets it (not with a sentence's commas).
  static const RE2 address(
      R"(\bKommune\s*[·|].*\b\d{4}\s+\p{Lu}.*[·|]\s*(?:Tlf|Telefon|CVR|EAN)\b)");
  return text.find("Kommune") != std::string_view::npos &&
         RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), address);
}

bool is_meeting_end_line(std::string_view text) {
  static constexpr std::size_t max_length = 60;  // a clause, not a sentence about the meeting
  static constexpr std::string_view verbs[] = {"hævet",     "sluttede",    "sluttet", "slut",
                                               "afsluttet", "afsluttedes", "ophørte"};
  text = without_marks(trim(text));
  constexpr std::string_view meeting = "mødet ";
  if (text.size() > max_length || !starts_with_ci(text, meeting)) return false;
  std::string_view rest = trim(text.substr(meeting.size()));
  if (starts_with_ci(rest, "blev ")) rest = trim(rest.substr(5));
  const std::size_t end = rest.find_first_of(" .:");
  const std::string_view verb = rest.substr(0, end);
  if (std::none_of(std::begin(verbs), std::end(verbs),
                   [&](std::string_view v) { return equals_ci(verb, v); }))
    return false;
  // What follows the verb is a time or nothing: "kl. 17.40", ": 17:25".
  rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
  while (!rest.empty() && std::string_view(" :.*_").find(rest.front()) != std::string_view::npos)
    rest.remove_prefix(1);
  if (starts_with_ci(rest, "kl")) rest.remove_prefix(2);
  return std::all_of(rest.begin(), rest.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == ':' || c == ' ';
  });
}

std::size_t text_after_title(std::string_view title) {
  constexpr std::size_t min_title = 3;
  constexpr std::ptrdiff_t min_text_words = 4;
  for (std::size_t p = min_title; p + 2 < title.size(); ++p) {
    const char c = title[p];
    if ((c != ':' && c != '?' && c != '.') || title[p + 1] != ' ') continue;
    const std::string_view text = trim(title.substr(p + 2));
    if (!starts_upper(text)) continue;
    if (c == '.') {
      // "nr. 12", "kl. 19.00" go on with a digit; "26. september" in
      // lowercase: starts_upper above. A word of four letters or fewer
      // before the stop is an abbreviation ("jf. Bilag", "Skt. Jørgens",
      // "Sdr. Boulevard", "vedr. Budget"), not a sentence's end; a year is.
      constexpr std::size_t longest_abbreviation = 4;
      const std::size_t word = title.rfind(' ', p);
      const std::size_t word_start = word == std::string_view::npos ? 0 : word + 1;
      if (p - word_start <= longest_abbreviation && !(title[p - 1] >= '0' && title[p - 1] <= '9'))
        continue;
    }
    if (std::count(text.begin(), text.end(), ' ') + 1 < min_text_words)
      return std::string_view::npos;
    return static_cast<std::size_t>(text.data() - title.data());
  }
  return std::string_view::npos;
}

bool is_minute_taker_line(std::string_view text) {
  static constexpr std::size_t max_length = 60;
  static constexpr std::size_t max_words = 5;
  static constexpr std::string_view labels[] = {
      "referent", "ref.", "pbv.", "p.b.v.", "referatet skrevet af", "referat ved"};
  text = without_marks(trim(text));
  if (text.size() > max_length) return false;
  for (const std::string_view label : labels) {
    if (!starts_with_ci(text, label)) continue;
    std::string_view name = text.substr(label.size());
    if (name.starts_with(':')) name.remove_prefix(1);
    if (name.empty() || name.front() != ' ') return false;
    name = trim_end(trim(name), ".");
    std::size_t words = 0;
    for (std::size_t pos = 0; pos < name.size();)
      if (!starts_upper(danish::next_word(name, pos)) || ++words > max_words) return false;
    return words > 0;
  }
  return false;
}

std::size_t group_label_length(std::string_view text) {
  // "B. ", or a roman numeral up to "VIII. " ("II. LUKKEDE SAGER", older protocols).
  std::size_t n = 0;
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && text.substr(1, 2) == ". ") return 3;
  while (n < text.size() && n < 4 && (text[n] == 'I' || text[n] == 'V' || text[n] == 'X')) ++n;
  return n > 0 && text.substr(n, 2) == ". " ? n + 2 : 0;
}

bool is_lettered_group_line(std::string_view text) {
  const std::size_t label = group_label_length(text);
  return label > 0 && text.size() > label &&
         (find_ci(text, "sager") != std::string_view::npos ||
          find_ci(text, "punkter") != std::string_view::npos);
}

namespace {

// Lowercase, without markdown marks and a closing colon. Plural or "møde":
// "Lukket punkt" alone is one item's marker (is_closed_line).
constexpr std::string_view closed_parts[] = {"lukket møde",
                                             "lukkede møde",
                                             "lukket del",
                                             "lukket del af mødet",
                                             "lukkede punkter",
                                             "lukkede sager",
                                             "lukket dagsorden",
                                             "lukkede dagsordenspunkter",
                                             "lukkede døre",
                                             "ikke offentlig del",
                                             "ikke-offentlige punkter",
                                             "ikke offentlige punkter",
                                             "lukket tillægsdagsorden",
                                             "tillægsdagsorden - lukket",
                                             "dagsorden - lukket",
                                             "punkter for lukkede døre",
                                             "sager for lukkede døre",
                                             "punkter til behandling for lukkede døre",
                                             "sager behandlet for lukkede døre",
                                             "punkter på lukket møde",
                                             "dagsorden for lukket møde",
                                             "mødet fortsatte for lukkede døre",
                                             "lukket punkter",
                                             "lukket møde - punkter",
                                             "sager til behandling for lukkede døre",
                                             "dagsorden - lukket møde",
                                             "dagsorden - lukkede punkter",
                                             "fortrolige punkter",
                                             "fortrolige sager",
                                             "ikke offentlig dagsorden",
                                             "ikke offentlig del",
                                             "fortrolig del",
                                             "fortrolig del af mødet",
                                             "tillægsdagsorden - lukkede punkter",
                                             "følgende punkter behandles for lukkede døre",
                                             "følgende sager behandles for lukkede døre"};
constexpr std::string_view open_parts[] = {"åbent møde",
                                           "åben del",
                                           "åben del af mødet",
                                           "åbne punkter",
                                           "åbne sager",
                                           "åben dagsorden",
                                           "åbne dagsordenspunkter",
                                           "åbne døre",
                                           "offentlig del",
                                           "offentlige punkter",
                                           "åben tillægsdagsorden",
                                           "tillægsdagsorden - åben",
                                           "dagsorden - åbent møde",
                                           "dagsorden - åbne punkter",
                                           "punkter til behandling for åbne døre",
                                           "tillægsdagsorden - åbne punkter"};
// Parts that neither open nor close ("Sager til orientering", a group of
// items without a letter) are read as a supplement is.
constexpr std::string_view supplements[] = {
    "tillægsdagsorden",       "tillægspunkter",          "tillæg til dagsordenen",
    "supplerende dagsorden",  "eftersendte punkter",     "sager til beslutning",
    "sager til orientering",  "sager til drøftelse",     "sager til afgørelse",
    "punkter til beslutning", "punkter til orientering", "beslutningssager",
    "orienteringssager"};
// "For lukkede døre", "Til behandling - for åbne døre"; not a sentence
// ("Sagen blev behandlet for lukkede døre").
constexpr std::string_view closed_tail = "for lukkede døre";
constexpr std::string_view open_tail = "for åbne døre";

// A word of every part's name above (a test checks it), in lowercase: a
// line holding none of them in any case names no part, and skips the
// lowercase copy and the tables (most lines part_divider_of is asked of:
// contents entries, titles, markers).
constexpr std::string_view part_name_words[] = {"lukke",  "åb",          "offentlig", "fortrolig",
                                                "tillæg", "supplerende", "punkter",   "sager"};

bool may_name_a_part(std::string_view text) {
  return std::any_of(
      std::begin(part_name_words), std::end(part_name_words),
      [&](std::string_view w) { return find_ci(text, w) != std::string_view::npos; });
}

}  // namespace

bool every_part_name_holds_a_part_word() {
  const auto holds_a_word = [](std::string_view name) {
    return std::any_of(std::begin(part_name_words), std::end(part_name_words),
                       [&](std::string_view w) { return name.find(w) != std::string_view::npos; });
  };
  return std::all_of(std::begin(closed_parts), std::end(closed_parts), holds_a_word) &&
         std::all_of(std::begin(open_parts), std::end(open_parts), holds_a_word) &&
         std::all_of(std::begin(supplements), std::end(supplements), holds_a_word) &&
         holds_a_word(closed_tail) && holds_a_word(open_tail);
}

part_divider part_divider_of(std::string_view text) {
  const auto group_of = [](std::string_view lower, std::string_view tail) {
    if (!lower.ends_with(tail)) return false;
    const std::string_view head = trim(lower.substr(0, lower.size() - tail.size()));
    return head.empty() || head.ends_with("-") || head.ends_with("–");
  };
  constexpr std::size_t max_divider = 56;
  text = without_marks(text);
  // "| Lukkede punkter |", "| Lukkede punkter |  |  |", "| Lukkede punkter |
  // | 4 |": a contents table's group row, one cell of words filled, a page
  // number at most besides it (trial BL, reviews 41 and 43).
  if (text.size() > 2 && text.front() == '|' && text.back() == '|') {
    std::string_view words;
    std::size_t cells = 0;
    for (const std::string_view cell : cells_of(text)) {
      if (cell.find_first_not_of("0123456789") == std::string_view::npos) continue;  // "", a page
      words = cell;
      ++cells;
    }
    if (cells == 1) text = without_marks(words);
  }
  // "Lukkede punkter  4", "Lukkede punkter ........ 4": a contents table's
  // group row with its page number (reviews 42 and 43); after one blank
  // ("Lukkede punkter 4") only a closed part's, which only withholds: "Åbent
  // møde 2" inside a closed part opens nothing, and a count after a colon
  // ("Lukkede punkter: 1") is none (review 44).
  bool single_blank = false;
  if (const std::size_t digits = text.find_last_not_of("0123456789");
      digits != std::string_view::npos && digits + 1 < text.size() && digits >= 1 &&
      text[digits - 1] != ':' &&
      (text[digits] == ' ' || text[digits] == '\t' || text.substr(digits - 1, 2) == "..")) {
    single_blank = text[digits] == ' ' && text[digits - 1] != ' ' && text[digits - 1] != '.';
    text = without_marks(trim_end(text.substr(0, digits + 1), " \t."));
  }
  if (text.size() < 8 || text.size() > max_divider || !may_name_a_part(text))
    return part_divider::none;
  // " Åbent  Møde." (Lemvig, FICS): blanks as they come, a full stop after;
  // "Lukket møde kl. 18.00": the part's time after it.
  std::string lower = to_lower(collapse_blanks(trim_end(text, ".:")));
  // "Tillægsdagsorden – lukket", "Tillægsdagsorden (lukket)": one dash.
  if (const std::size_t dash = lower.find(" – "); dash != std::string::npos)
    lower.replace(dash, std::string_view(" – ").size(), " - ");
  if (lower.ends_with(')')) {
    if (const std::size_t open = lower.rfind(" ("); open != std::string::npos) {
      lower.pop_back();
      lower.replace(open, 2, " - ");
    }
  }
  if (const std::size_t at = lower.find(" kl."); at != std::string::npos) {
    const std::string_view time = trim(std::string_view(lower).substr(at + 4));
    if (!time.empty() && std::all_of(time.begin(), time.end(), [](char c) {
          return (c >= '0' && c <= '9') || c == '.' || c == ':';
        }))
      lower.resize(at);
  }
  const auto in = [&](const auto& table) {
    return std::find(std::begin(table), std::end(table), lower) != std::end(table);
  };
  if (in(closed_parts) || group_of(lower, closed_tail)) return part_divider::closed;
  if (single_blank) return part_divider::none;
  if (in(open_parts) || group_of(lower, open_tail)) return part_divider::open;
  if (in(supplements)) return part_divider::supplement;
  return part_divider::none;
}

void append_title_text(std::string& out, std::string_view s) {
  // Markdown escapes are rare: one memchr spares the copy.
  if (s.find('\\') == std::string_view::npos) {
    append_clean(out, s);
    return;
  }
  const auto punct = [](char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
           (c >= '{' && c <= '~');
  };
  std::string plain;
  plain.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && punct(s[i + 1])) ++i;
    plain += s[i];
  }
  append_clean(out, plain);
}

void join_title_line(std::string& title, std::string_view next) {
  next = trim(next);
  const bool broken = title.size() >= 2 && title.back() == '-' && title[title.size() - 2] != ' ' &&
                      starts_lower(next) && !next.starts_with("og ") && !next.starts_with("eller ");
  if (!broken) {
    if (!title.empty()) title += ' ';
    append_title_text(title, next);
    return;
  }
  if (ends_lower(std::string_view(title).substr(0, title.size() - 1))) title.pop_back();
  append_title_text(title, next);
}

bool starts_with_item_label(std::string_view text) {
  text = trim(text);
  if (!starts_digit(text) && !starts_with_ci(text, "p") && !starts_with_ci(text, "s") &&
      !starts_with_ci(text, "n"))
    return false;
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), patterns().label);
}

bool is_open_line(std::string_view text) {
  text = trim_end(text, ".");  // "Åbent punkt."
  // "Åben", "Åbent punkt": the line starts with "Å" (0xC3 0x85) or "å" (0xC3 0xA5).
  if (text.size() < 5 || text.size() > 24 || static_cast<unsigned char>(text[0]) != 0xC3) {
    return false;
  }
  return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), patterns().open);
}

bool is_status_label(std::string_view label) {
  static constexpr std::string_view labels[] = {"status",   "sagsstatus",  "punktstatus",
                                                "sagstype", "punkttype",   "type",
                                                "adgang",   "offentlighed"};
  label = trim(trim_end(trim(label), ":"));
  return std::any_of(std::begin(labels), std::end(labels),
                     [&](std::string_view l) { return equals_ci(label, l); });
}

bool is_status_line(std::string_view text, bool& closed) {
  constexpr std::size_t max_status_line = 60;
  text = trim(text);
  // "Status: Lukket", or a table's cells as PDF text gives them
  // ("Status<TAB>Lukket", "Status      Lukket").
  std::string_view label, value;
  if (text.size() > max_status_line || !split_label_value(text, label, value) ||
      !is_status_label(label))
    return false;
  if (is_closed_line(value)) {
    closed = true;
    return true;
  }
  return is_open_line(value);
}

namespace {

std::string compute_title_key(std::string_view title) {
  // "1  Title": the blanks that make the label go when the text is cleaned.
  title = trim(title);
  re2::StringPiece spaced;
  if (starts_digit(title) && find_whole_match(title, patterns().spaced_label, spaced)) {
    title.remove_prefix(spaced.size());
  }
  bool closed = false;
  title = strip_column_marker(title, closed);
  std::string clean;
  clean.reserve(title.size());
  append_title_text(clean, title);
  std::string_view view = clean;
  re2::StringPiece m;
  if ((starts_digit(view) || starts_with_ci(view, "p") || starts_with_ci(view, "s") ||
       starts_with_ci(view, "n")) &&
      find_whole_match(view, patterns().label, m)) {
    view.remove_prefix(m.size());
  }
  view = strip_closed_markers(view, closed);
  if (const std::size_t open = trailing_number(view); open != std::string_view::npos)
    view = strip_closed_markers(view.substr(0, open), closed);
  view = trim_end(without_empty_parentheses(view), ".…:-");
  return to_lower(view);
}

// The last titles keyed, in slots chosen by a hash of the title. One item's
// title is keyed again and again (scoring its heading, assembling its title,
// matching it to the table of contents: ~2,800 instructions each time); a
// slot holds the title itself and is used only when the title is the same,
// byte for byte, so the key is the one worked out before. Per thread, as
// documents are segmented in parallel; a slot's strings keep their capacity.
struct title_key_slot {
  std::string title;
  std::string key;
  bool used = false;
};
// A power of two; room for a document's titles and its table's entries,
// and for the titles that recur from one document to the next ("Godkendelse
// af dagsorden", "Eventuelt"): 64 slots missed 4,929 of 18,992 keys over the
// 400 bench documents, 256 miss 2,181 (18 KB a thread).
constexpr std::size_t title_key_slots = 256;

// Eight bytes a step, multiplied in (a title's last eight overlap the ones
// before; a title under eight bytes goes a byte a step); the slot is the
// product's top bits, which every byte moves. FNV-1a a byte a step cost ~3
// instructions a byte, 5.3 M over the 400 bench documents. Only the slot
// depends on it: a slot is used when its title is the same.
std::size_t title_key_slot_of(std::string_view title) {
  constexpr std::uint64_t odd = 0x9E3779B97F4A7C15u;  // 2^64 / golden ratio
  constexpr int slot_bits = std::countr_zero(title_key_slots);
  std::uint64_t h = title.size();
  const char* const p = title.data();
  const std::size_t n = title.size();
  if (n < 8) {
    for (std::size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(p[i])) * odd;
  } else {
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) h = (h ^ danish::load8(p + i)) * odd;
    if (i < n) h = (h ^ danish::load8(p + n - 8)) * odd;
  }
  h ^= h >> 29;
  return static_cast<std::size_t>((h * odd) >> (64 - slot_bits));
}

}  // namespace

std::string title_key(std::string_view title) {
  thread_local std::array<title_key_slot, title_key_slots> cache;
  title_key_slot& slot = cache[title_key_slot_of(title)];
  if (!slot.used || slot.title != title) {
    slot.key = compute_title_key(title);
    slot.title.assign(title);
    slot.used = true;
  }
  return slot.key;
}

std::string_view without_empty_parentheses(std::string_view title) {
  title = trim(title);
  if (!title.ends_with(')')) return title;
  const std::size_t open = title.rfind('(');
  if (open == std::string_view::npos ||
      !trim(title.substr(open + 1, title.size() - open - 2)).empty())
    return title;
  return trim(title.substr(0, open));
}

bool keys_match(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  const std::string_view shorter = a.size() < b.size() ? a : b;
  const std::string_view longer = a.size() < b.size() ? b : a;
  return shorter.size() >= min_prefix_key && longer.starts_with(shorter);
}

}  // namespace protokol::segmenter
