// Case and document numbers. Each numbering style is one row of the table
// below (docs/entities.md lists them); a label ("Sagsnr.:", "Dok.nr.:")
// decides the kind and lets an unlisted shape through as style "other".
#include "danish/numbers.hpp"

#include <re2/re2.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>

#include "danish/bytes.hpp"
#include "danish/text.hpp"

namespace protokol::danish {
namespace {

struct number_style {
  const char* name;
  const char* pattern;  ///< RE2, without anchors; "–" (en dash) stands beside "-"
};

// Order matters: where two styles match at one position the first wins, so
// the longer, more specific shapes come first.
constexpr std::array<number_style, 8> styles{{
    // KLE journal number: subject 24.00.00, facet P00, serial, year.
    {"kle", R"(\d{2}\.\d{2}\.\d{2}[-–][A-ZÆØÅ]\d{2}[-–]\d{1,5}[-–]\d{2}(?:\d{2})?)"},
    // Municipality code, year, serial: 727-2018-2162, 306-2009-600.
    {"municipality-year-serial", R"(\d{3}[-–](?:19|20)\d{2}[-–]\d{1,8})"},
    // System prefix, year, serial: EMN-2025-010561.
    {"prefixed", R"([A-ZÆØÅ]{2,6}[-–](?:19|20)\d{2}[-–]\d{1,8})"},
    // Year and serial: 2012-28504 (an optional document suffix -3).
    {"year-serial", R"((?:19|20)\d{2}[-–]\d{4,8}(?:[-–]\d{1,4})?)"},
    // Two-digit year and serial, sometimes a letter: 18-012345, 19-1234A.
    {"yy-serial", R"(\d{2}[-–](?:\d{5,6}[A-Z]?|\d{4}[A-Z]))"},
    // Year, slash, serial of 5-6 digits: 2007/34364, 2012/057275 (Odense);
    // never "2023/2024", a season.
    {"year-slash-serial", R"((?:19|20)\d{2}/\d{5,6})"},
    // Two-digit year, slash, serial: 23/11876, 18/9413 (optional suffix -7).
    {"yy-slash-serial", R"(\d{2}/\d{4,6}(?:[-–]\d{1,4})?)"},
    // Serial of five or six digits, then the year: 038211-2014 (Gentofte).
    // Six digits that are a real date are a CPR number's shape, never taken.
    {"serial-year", R"(\d{2}\d{3,4}[-–](?:19|20)\d{2})"},
}};

struct number_label {
  const char* pattern;  ///< RE2, case-insensitive
  const char* kind;
};

// "Sagsnr.:", "Sags nr.", "Sags.nr.", "Sags-nr.", "Sag nr.", "Sagsnummer", "J.nr.", "J.-nr.",
// "Jour.nr.", "Journalnr.", "Journal-nr.",
// "Sagsid.:", "Sags-id:", "KLE-nr.:", "Emnenr.:" (the case's class, as
// "Journalnr." holds it in Haderslev's minutes), "Doknr.:", "Dok.nr.:",
// "Dokumentnr.", "Dokumentnummer".
constexpr std::array<number_label, 2> labels{{
    {R"(sags?[.-]?\s?nr|sags?nummer|j\.?-?\s?nr|jour\.?\s?nr|journal[-\s]?nr|journalnummer|)"
     R"(sags?[-\s]?id|kle[-\s]?nr|emnenr)",
     "case_number"},
    {R"(dok\.?\s?nr|dokument\s?nr|dokumentnummer)", "document_number"},
}};

std::string label_pattern() {
  std::string p = "(?i)(";
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (i > 0) p += '|';
    p += '(';
    p += labels[i].pattern;
    p += ')';
  }
  // Then ".", ":" and blanks (at most one line break), then the number token,
  // perhaps led by a unit's letters and a blank ("J.nr. IU 14/2005").
  p += R"()\.?[ \t]*:?[ \t]*\n?[ \t]*([A-ZÆØÅ]{1,4} [0-9][0-9./–-]*[0-9]|)"
       R"([0-9A-ZÆØÅ][0-9A-ZÆØÅ./–-]*[0-9A-Z]|[0-9]))";
  return p;
}

struct compiled {
  std::array<std::unique_ptr<RE2>, styles.size()> full;
  RE2 date{R"(\d{1,2}[-./]\d{1,2}[-./](?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2})"};
  // The next number of a list after a labelled one: ", 300420-24", " og 24/1123".
  RE2 more{R"([ \t]*(?:,|og|&)[ \t]*([0-9A-ZÆØÅ][0-9A-ZÆØÅ./–-]*[0-9A-Z]))"};
  compiled() {
    for (std::size_t i = 0; i < styles.size(); ++i) {
      full[i] = std::make_unique<RE2>(styles[i].pattern);
    }
  }
};

const compiled& patterns() {
  static const compiled c;
  return c;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_ascii_capital(char c) { return c >= 'A' && c <= 'Z'; }

bool is_ascii_alnum(char c) { return is_digit(c) || is_ascii_capital(c) || (c >= 'a' && c <= 'z'); }

bool digit_at(std::string_view text, std::size_t pos) {
  return pos < text.size() && is_digit(text[pos]);
}

bool is_dash_at(std::string_view text, std::size_t pos, std::size_t& length) {
  if (pos < text.size() && text[pos] == '-') {
    length = 1;
    return true;
  }
  // "–" (U+2013) byte by byte: compare() would call memcmp for three bytes.
  if (pos + 2 < text.size() && text[pos] == '\xE2' && text[pos + 1] == '\x80' &&
      text[pos + 2] == '\x93') {
    length = 3;
    return true;
  }
  return false;
}

// A number must stand alone: not glued to a word, not one piece of a longer
// run of digits and separators (a date, a CPR number, an amount).
bool stands_alone(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t len = 0;
  if (start > 0) {
    const char32_t before = decode_before(text, start, len);
    if (is_word_char(before)) return false;
    if (before == '-' || before == '/' || before == '+' || before == 0x2013) return false;
    if ((before == '.' || before == ',') && start - len > 0 &&
        is_word_char(decode_before(text, start - len, len))) {
      return false;
    }
  }
  if (end < text.size()) {
    const char32_t after = decode_at(text, end, len);
    if (is_word_char(after)) return false;
    std::size_t dash = 0;
    if ((is_dash_at(text, end, dash) || after == '/') && digit_at(text, end + (dash ? dash : 1))) {
      return false;
    }
    if ((after == '.' || after == ',') && digit_at(text, end + 1)) return false;
  }
  return true;
}

int to_int(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

// Shapes of a style that are really something else: a year range written
// as year-serial ("2022-2025"), a month/year written as slash ("12/2023").
bool is_lookalike(std::string_view style, std::string_view value) {
  if (style == "serial-year") {
    // DDMMYY-SSSS: what the cpr stage redacts; never read as a case number.
    const std::size_t dash = value.find('-');
    if (dash != 6) return false;
    const int day = to_int(value.substr(0, 2));
    const int month = to_int(value.substr(2, 2));
    return day >= 1 && day <= 31 && month >= 1 && month <= 12;
  }
  if (style == "year-serial") {
    const std::size_t dash = value.find('-');
    const std::string_view serial = value.substr(dash + 1);
    return serial.size() == 4 && (serial.starts_with("19") || serial.starts_with("20"));
  }
  if (style == "yy-slash-serial") {
    const std::size_t slash = value.find('/');
    const std::string_view serial = value.substr(slash + 1);
    return serial.size() == 4 && (serial.starts_with("19") || serial.starts_with("20")) &&
           to_int(value.substr(0, slash)) <= 12;
  }
  return false;
}

// Dashes as "-". (A token holds no blank but the one after a unit's letters,
// "IU 14/2005", which stays.)
std::string normalise(std::string_view written) {
  // Most numbers hold no en dash (its lead byte 0xE2): they stay as written.
  if (written.find('\xE2') == std::string_view::npos) return std::string(written);
  std::string out;
  out.reserve(written.size());
  for (std::size_t pos = 0; pos < written.size();) {
    std::size_t dash = 0;
    if (is_dash_at(written, pos, dash)) {
      out += '-';
      pos += dash;
    } else {
      out += written[pos++];
    }
  }
  return out;
}

bool is_dash_lead(char c) { return c == '-' || c == '\xE2'; }

static_assert(std::string_view(styles[0].name) == "kle" &&
                  std::string_view(styles[1].name) == "municipality-year-serial" &&
                  std::string_view(styles[2].name) == "prefixed" &&
                  std::string_view(styles[3].name) == "year-serial" &&
                  std::string_view(styles[4].name) == "yy-serial" &&
                  std::string_view(styles[5].name) == "year-slash-serial" &&
                  std::string_view(styles[6].name) == "yy-slash-serial" &&
                  std::string_view(styles[7].name) == "serial-year",
              "may_be_style() and digit_style_at() know the styles by their place");

// False when `token` lacks what style `i`'s pattern opens with at a fixed
// place (kle: "." third; a dash fourth after three digits, fifth after a
// year, third after two digits, sixth or seventh after a serial; "/" fifth
// or third; a capital first), so that RE2 is asked only where it may match.
bool may_be_style(std::size_t i, std::string_view token) {
  auto at = [&](std::size_t k) { return k < token.size() ? token[k] : '\0'; };
  switch (i) {
    case 0:
      return at(2) == '.';  // \d{2}\.
    case 1:
      return is_dash_lead(at(3));  // \d{3}[-–]
    case 2:
      return (at(0) >= 'A' && at(0) <= 'Z') || at(0) == '\xC3';  // [A-ZÆØÅ]
    case 3:
      return is_dash_lead(at(4));  // (?:19|20)\d{2}[-–]
    case 4:
      return is_dash_lead(at(2));  // \d{2}[-–]
    case 5:
      return at(4) == '/';  // (?:19|20)\d{2}/
    case 6:
      return at(2) == '/';  // \d{2}/
    case 7:
      return is_dash_lead(at(5)) || is_dash_lead(at(6));  // \d{2}\d{3,4}[-–]
    default:
      return true;
  }
}

std::string style_of(std::string_view token) {
  const compiled& c = patterns();
  for (std::size_t i = 0; i < styles.size(); ++i) {
    if (may_be_style(i, token) &&
        RE2::FullMatch(re2::StringPiece(token.data(), token.size()), *c.full[i])) {
      return styles[i].name;
    }
  }
  return "other";
}

// --- Labels -------------------------------------------------------------
//
// Every label ends in "nr" or "nummer" (any case; no other character folds
// to these letters), or in "id" after "sags" ("Sagsid.:", "Sags-id:"), at most
// max_label_lead bytes after the label's start ("dokument " with a Kelvin
// sign for "k" is eleven). The label regex runs anchored at the few starts
// before each such word, instead of over the whole text.
constexpr std::size_t max_label_lead = 16;

// True where a label may start at `pos`: "sa" ("Sagsnr.", "Sagsid"), "j"
// before ".", "-", a blank (\s), "n" or "o" ("J.nr.", "Jnr.", "Journalnr."),
// "kl" (KLE-nr.), "em" (Emnenr.) or "do" ("Dok.nr.", "Dokumentnr."), in
// either case; or 0xC5, the lead byte of "ſ" (which (?i) folds to "s"),
// left to the regex. The second letters fold to no other character, so
// this rules out only starts the label regex rejects; most of the starts
// before a label's word are ruled out before RE2 is asked.
bool may_start_label(std::string_view text, std::size_t pos) {
  const char c = text[pos];
  if (c == '\xC5') return true;
  if (pos + 1 >= text.size()) return false;
  const char next = text[pos + 1];
  const int folded_next = next | 0x20;
  switch (c | 0x20) {
    case 's':
      return folded_next == 'a';
    case 'j':
      return folded_next == 'n' || folded_next == 'o' || next == '.' || next == '-' ||
             next == ' ' || next == '\t' || next == '\n' || next == '\f' || next == '\r';
    case 'k':
      return folded_next == 'l';
    case 'e':
      return folded_next == 'm';
    case 'd':
      return folded_next == 'o';
    default:
      return false;
  }
}

// "sags" (any case) right before `pos`, or "sags" and a blank or hyphen.
bool sags_before(std::string_view text, std::size_t pos) {
  if (pos >= 1 && (text[pos - 1] == '-' || text[pos - 1] == ' ')) --pos;
  if (pos < 4) return false;
  for (std::size_t i = 0; i < 4; ++i) {
    if ((text[pos - 4 + i] | 0x20) != "sags"[i]) return false;
  }
  return true;
}

#if defined(__SSE2__)
// The offsets among the sixteen at `p` where "n" (any case) stands before
// "r" or "u", or "i" before "d", 0xFF each; reads seventeen bytes.
// Inlined: a call for each sixteen bytes costs more than their test.
[[gnu::always_inline]] inline __m128i label_word_starts(const char* p) {
  const __m128i bit = _mm_set1_epi8(0x20);
  const __m128i here = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), bit);
  const __m128i next = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1)), bit);
  const __m128i nr = _mm_and_si128(_mm_cmpeq_epi8(here, _mm_set1_epi8('n')),
                                   _mm_or_si128(_mm_cmpeq_epi8(next, _mm_set1_epi8('r')),
                                                _mm_cmpeq_epi8(next, _mm_set1_epi8('u'))));
  // "id" ("Sagsid", "Sags-id"): what stands before it is checked below.
  const __m128i id = _mm_and_si128(_mm_cmpeq_epi8(here, _mm_set1_epi8('i')),
                                   _mm_cmpeq_epi8(next, _mm_set1_epi8('d')));
  return _mm_or_si128(nr, id);
}
#endif

// The next "nr", "nummer" or "sagsid" (any case; "id" returned) at or after
// `pos`, or npos.
std::size_t next_label_word(std::string_view text, std::size_t pos) {
  for (;;) {
#if defined(__SSE2__)
    // 32 bytes at a time, then sixteen, to the next "n" (any case) followed
    // by "r" or "u", or "i" followed by "d". Two blocks a turn: one test,
    // branch and step for both, where most of a document is passed over.
    // (Four a turn cost more: a word found early wastes the later blocks.)
    while (pos + 33 <= text.size()) {
      const char* p = text.data() + pos;
      const auto found =
          static_cast<std::uint32_t>(_mm_movemask_epi8(label_word_starts(p)) |
                                     _mm_movemask_epi8(label_word_starts(p + 16)) << 16);
      if (found != 0) {
        pos += static_cast<std::size_t>(std::countr_zero(found));
        break;
      }
      pos += 32;
    }
    while (pos + 17 <= text.size()) {
      const auto found =
          static_cast<unsigned>(_mm_movemask_epi8(label_word_starts(text.data() + pos)));
      if (found != 0) {
        pos += static_cast<std::size_t>(std::countr_zero(found));
        break;
      }
      pos += 16;
    }
#endif
    for (; pos + 1 < text.size(); ++pos) {
      const int here = text[pos] | 0x20;
      const int next = text[pos + 1] | 0x20;
      if (here == 'n' && (next == 'r' || next == 'u')) break;
      if (here == 'i' && next == 'd') break;
    }
    if (pos + 1 >= text.size()) return std::string_view::npos;
    if ((text[pos] | 0x20) == 'i') {
      if (sags_before(text, pos)) return pos;
      ++pos;
      continue;
    }
    if ((text[pos + 1] | 0x20) == 'r') return pos;
    if (pos + 6 <= text.size()) {
      bool same = true;
      for (std::size_t i = 2; i < 6 && same; ++i) same = (text[pos + i] | 0x20) == "nummer"[i];
      if (same) return pos;
    }
    ++pos;
  }
}

// --- The label regex read by hand ---------------------------------------
//
// RE2 needs about 5,000 instructions for one anchored match with its capture
// groups. Labels and numbers are nearly always ASCII, which the reader below
// takes as the regex does; a byte of 0x80 or above where it looks (an "Æ" in
// the number, an en dash, "ſ" or the Kelvin sign that (?i) folds to "s" and
// "k") leaves the answer to RE2.

enum class read { match, no_match, ask_re2 };

// One piece of a label: a byte of `set` (letters in lower case, matched in
// either case), or none where `optional`.
struct label_step {
  std::string_view set;
  bool optional = false;
};

constexpr std::string_view blank_set = " \t\n\f\r";           // RE2's \s (is_re2_blank)
constexpr std::string_view dash_or_blank_set = "- \t\n\f\r";  // [-\s]

struct label_form {
  std::array<label_step, 8> steps;
  std::size_t count;
  std::size_t kind;  // index into labels
};

constexpr label_step lit(std::string_view letter) { return {letter, false}; }
constexpr label_step opt(std::string_view set) { return {set, true}; }

// The alternatives of `labels` in their order. At one start at most one of
// them fits, and each optional piece's bytes differ from those of the pieces
// after it, so taking an optional byte where it stands is RE2's parse too.
constexpr std::array<label_form, 12> label_forms{{
    {{lit("s"), lit("a"), lit("g"), opt("s"), opt(".-"), opt(blank_set), lit("n"), lit("r")}, 8, 0},
    {{lit("s"), lit("a"), lit("g"), opt("s"), lit("n"), lit("u"), lit("m"), lit("m")}, 8, 0},
    {{lit("j"), opt("."), opt("-"), opt(blank_set), lit("n"), lit("r")}, 6, 0},
    {{lit("j"), lit("o"), lit("u"), lit("r"), opt("."), opt(blank_set), lit("n"), lit("r")}, 8, 0},
    {{lit("j"), lit("o"), lit("u"), lit("r"), lit("n"), lit("a"), lit("l"), opt(dash_or_blank_set)},
     8,
     0},
    {{lit("j"), lit("o"), lit("u"), lit("r"), lit("n"), lit("a"), lit("l"), lit("n")}, 8, 0},
    {{lit("s"), lit("a"), lit("g"), opt("s"), opt(dash_or_blank_set), lit("i"), lit("d")}, 7, 0},
    {{lit("k"), lit("l"), lit("e"), opt(dash_or_blank_set), lit("n"), lit("r")}, 6, 0},
    {{lit("e"), lit("m"), lit("n"), lit("e"), lit("n"), lit("r")}, 6, 0},
    {{lit("d"), lit("o"), lit("k"), opt("."), opt(blank_set), lit("n"), lit("r")}, 7, 1},
    {{lit("d"), lit("o"), lit("k"), lit("u"), lit("m"), lit("e"), lit("n"), lit("t")}, 8, 1},
    {{lit("d"), lit("o"), lit("k"), lit("u"), lit("m"), lit("e"), lit("n"), lit("t")}, 8, 1},
}};

// What follows the steps of the forms that have more than eight:
// "sagsnummer" ("mer"), "journalnr" ("nr" after the optional "-"),
// "journalnummer" ("ummer"), "dokumentnr" (\s? then "nr"),
// "dokumentnummer" ("nummer").
struct label_tail {
  std::array<label_step, 6> steps;
  std::size_t count;
};
constexpr std::array<label_tail, 12> label_tails{{
    {{}, 0},
    {{lit("e"), lit("r")}, 2},
    {{}, 0},
    {{}, 0},
    {{lit("n"), lit("r")}, 2},
    {{lit("u"), lit("m"), lit("m"), lit("e"), lit("r")}, 5},
    {{}, 0},
    {{}, 0},
    {{}, 0},
    {{}, 0},
    {{opt(blank_set), lit("n"), lit("r")}, 3},
    {{lit("n"), lit("u"), lit("m"), lit("m"), lit("e"), lit("r")}, 6},
}};

// Takes `step` at `pos` (advancing it) if it fits; no_match if a required
// byte is not there, ask_re2 on a byte of 0x80 or above.
read take_step(std::string_view text, std::size_t& pos, const label_step& step) {
  if (pos < text.size()) {
    const char c = text[pos];
    if (static_cast<unsigned char>(c) >= 0x80) return read::ask_re2;
    const char folded = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
    if (step.set.find(folded) != std::string_view::npos) {
      ++pos;
      return read::match;
    }
  }
  return step.optional ? read::match : read::no_match;
}

template <std::size_t n>
read take_steps(std::string_view text, std::size_t& pos, const std::array<label_step, n>& steps,
                std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    const read r = take_step(text, pos, steps[i]);
    if (r != read::match) return r;
  }
  return read::match;
}

bool is_high(char c) { return static_cast<unsigned char>(c) >= 0x80; }

// The number token at `pos` as the regex's last group reads it (under (?i)):
// "IU 14/2005" (one to four letters, a blank, digits and separators ending
// in a digit), else a run of letters, digits and separators ending in a
// letter or digit, else one digit. Sets `end`.
read read_label_token(std::string_view text, std::size_t pos, std::size_t& end) {
  const std::size_t size = text.size();
  if (pos >= size) return read::no_match;
  if (is_high(text[pos])) return read::ask_re2;
  // [A-ZÆØÅ]{1,4} [0-9][0-9./–-]*[0-9]
  std::size_t letters = pos;
  while (letters < size && ((text[letters] | 0x20) >= 'a' && (text[letters] | 0x20) <= 'z')) {
    ++letters;
  }
  if (letters < size && is_high(text[letters])) return read::ask_re2;
  const std::size_t count = letters - pos;
  if (count >= 1 && count <= 4 && letters + 1 < size && text[letters] == ' ' &&
      is_digit(text[letters + 1])) {
    std::size_t run = letters + 1;
    while (run < size &&
           (is_digit(text[run]) || text[run] == '.' || text[run] == '/' || text[run] == '-')) {
      ++run;
    }
    if (run < size && is_high(text[run])) return read::ask_re2;
    std::size_t last = run;  // one past the last digit
    while (last > letters + 1 && !is_digit(text[last - 1])) --last;
    if (last > letters + 2) {
      end = last;
      return read::match;
    }
  }
  // [0-9A-ZÆØÅ][0-9A-ZÆØÅ./–-]*[0-9A-Z]
  if (!is_ascii_alnum(text[pos])) return read::no_match;
  std::size_t run = pos + 1;
  while (run < size &&
         (is_ascii_alnum(text[run]) || text[run] == '.' || text[run] == '/' || text[run] == '-')) {
    ++run;
  }
  if (run < size && is_high(text[run])) return read::ask_re2;
  std::size_t last = run;
  while (last > pos + 1 && !is_ascii_alnum(text[last - 1])) --last;
  if (last > pos + 1) {
    end = last;
    return read::match;
  }
  // [0-9]
  if (is_digit(text[pos])) {
    end = pos + 1;
    return read::match;
  }
  return read::no_match;
}

// The label regex anchored at `start`, read by hand: fills m[0] (the whole
// match), m[1] (the label), m[2 + kind] (the label again) and the token's
// group, as RE2 would.
read read_label_at(std::string_view text, std::size_t start, re2::StringPiece* m, int groups) {
  for (std::size_t f = 0; f < label_forms.size(); ++f) {
    const label_form& form = label_forms[f];
    std::size_t pos = start;
    read r = take_steps(text, pos, form.steps, form.count);
    if (r == read::match) r = take_steps(text, pos, label_tails[f].steps, label_tails[f].count);
    if (r == read::ask_re2) return r;
    if (r == read::no_match) continue;
    const std::size_t label_end = pos;
    // \.?[ \t]*:?[ \t]*\n?[ \t]*: the token cannot begin with these bytes,
    // so the greedy reading is the only one that can reach it.
    const auto blanks = [&] {
      while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    };
    if (pos < text.size() && text[pos] == '.') ++pos;
    blanks();
    if (pos < text.size() && text[pos] == ':') ++pos;
    blanks();
    if (pos < text.size() && text[pos] == '\n') ++pos;
    blanks();
    std::size_t token_end = 0;
    r = read_label_token(text, pos, token_end);
    if (r != read::match) return r;  // no other form fits at `start`
    const char* at = text.data();
    for (int g = 0; g < groups; ++g) m[g] = re2::StringPiece();
    m[0] = re2::StringPiece(at + start, token_end - start);
    m[1] = re2::StringPiece(at + start, label_end - start);
    m[2 + form.kind] = m[1];
    m[groups - 1] = re2::StringPiece(at + pos, token_end - pos);
    return read::match;
  }
  return read::no_match;
}

// The label regex, compiled where it is first asked (about a million
// instructions), not with the other patterns: the hand reader answers at
// nearly every label, and most runs never ask RE2.
const RE2& label_regex() {
  static const RE2 label{label_pattern()};
  return label;
}

// The label regex anchored at `start`, matched by RE2.
bool re2_label_at(std::string_view text, std::size_t start, re2::StringPiece* m, int groups) {
  const re2::StringPiece input(text.data(), text.size());
  return label_regex().Match(input, start, text.size(), RE2::ANCHOR_START, m, groups);
}

bool match_label_at(std::string_view text, std::size_t start, re2::StringPiece* m, int groups) {
  const read r = read_label_at(text, start, m, groups);
  if (r != read::ask_re2) return r == read::match;
  return re2_label_at(text, start, m, groups);
}

}  // namespace

namespace detail {

label_spans label_at(std::string_view text, std::size_t start) {
  constexpr int groups = 2 + static_cast<int>(labels.size()) + 1;
  std::array<re2::StringPiece, groups> m;
  label_spans spans;
  const read r = read_label_at(text, start, m.data(), groups);
  spans.by_hand = r != read::ask_re2;
  spans.found = spans.by_hand ? r == read::match : re2_label_at(text, start, m.data(), groups);
  if (!spans.found) return spans;
  const auto offset = [&](const char* p) { return static_cast<std::size_t>(p - text.data()); };
  spans.match_end = offset(m[0].data()) + m[0].size();
  spans.label_end = offset(m[1].data()) + m[1].size();
  spans.token_start = offset(m[groups - 1].data());
  spans.token_end = spans.token_start + m[groups - 1].size();
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (m[2 + i].data() != nullptr) spans.kind = static_cast<int>(i);
  }
  return spans;
}

}  // namespace detail

namespace {

// The first match of the label regex starting at or after `pos`, as an
// unanchored search from `pos` finds it.
bool next_label(std::string_view text, std::size_t pos, re2::StringPiece* m, int groups) {
  std::size_t tried = pos;  // starts below this are ruled out
  for (std::size_t word = next_label_word(text, pos); word != std::string_view::npos;
       word = next_label_word(text, word + 1)) {
    const std::size_t first = std::max(tried, word > max_label_lead ? word - max_label_lead : 0);
    for (std::size_t start = first; start <= word; ++start) {
      if (may_start_label(text, start) && match_label_at(text, start, m, groups)) return true;
    }
    tried = word + 1;
  }
  return false;
}

// "300419-24" -> "999999-99": digits as 9, letters as A, the rest as written.
std::string shape_of(std::string_view value) {
  std::string shape(value);
  for (char& ch : shape) {
    if (is_digit(ch)) {
      ch = '9';
    } else if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) {
      ch = 'A';
    }
  }
  return shape;
}

// "Journalnr.: A00" (Acadre at Hørsholm): a KLE handling facet alone, a
// letter and two digits, is the class of many cases, not a case's number.
bool is_kle_facet(std::string_view token) {
  return token.size() == 3 && token[0] >= 'A' && token[0] <= 'Z' && is_digit(token[1]) &&
         is_digit(token[2]);
}

// False when `token` cannot be what the date pattern (`compiled::date`)
// reads: six to ten bytes, a digit first, and "-", "." or "/" second or
// third ("4.10.23", "21/11/2022") or "-" fifth ("2022-11-21").
bool may_be_date(std::string_view token) {
  if (token.size() < 6 || token.size() > 10 || !is_digit(token[0])) return false;
  auto separator = [](char c) { return c == '-' || c == '.' || c == '/'; };
  return separator(token[1]) || separator(token[2]) || token[4] == '-';
}

void find_labelled(std::string_view text, std::vector<number_match>& out) {
  constexpr int groups = 2 + static_cast<int>(labels.size()) + 1;
  std::array<re2::StringPiece, groups> m;
  std::size_t pos = 0;
  while (pos < text.size() && next_label(text, pos, m.data(), groups)) {
    const std::size_t label_start = static_cast<std::size_t>(m[0].data() - text.data());
    const std::size_t match_end = label_start + m[0].size();
    pos = match_end > label_start ? match_end : label_start + 1;
    std::size_t len = 0;
    if (label_start > 0 && is_letter(decode_before(text, label_start, len))) continue;
    std::string_view token(m[groups - 1].data(), m[groups - 1].size());
    while (!token.empty() && (token.back() == '.' || token.back() == '-' || token.back() == '/')) {
      token.remove_suffix(1);
    }
    const std::size_t start = static_cast<std::size_t>(token.data() - text.data());
    const std::size_t end = start + token.size();
    if (std::count_if(token.begin(), token.end(), is_digit) < 2) continue;
    // "Sag nr. 98   Regnskab 1995": three digits alone number an item, no case.
    if (token.size() <= 3 && std::all_of(token.begin(), token.end(), is_digit)) continue;
    // Asked for here, where a label was found: most texts have none.
    const compiled& c = patterns();
    if (may_be_date(token) && RE2::FullMatch(re2::StringPiece(token.data(), token.size()), c.date))
      continue;
    if (is_kle_facet(token)) continue;
    const char* kind = "case_number";
    for (std::size_t i = 0; i < labels.size(); ++i) {
      if (!m[2 + i].empty()) kind = labels[i].kind;
    }
    std::string value = normalise(token);
    std::string style = style_of(value);
    const std::size_t first = out.size();
    out.push_back({start, end, std::move(value), std::move(style), kind, true});
    // "Dok.nr.: 300419-24, 300420-24": more numbers of the same shape after
    // the first (digits and letters where it has them), apart by a comma or
    // "og", are the label's too.
    re2::StringPiece rest(text.data() + end, text.size() - end);
    re2::StringPiece more;
    // Most numbers stand alone: RE2 only where ", " or " og " follows.
    const auto list_goes_on = [](re2::StringPiece r) {
      std::size_t i = 0;
      while (i < r.size() && (r[i] == ' ' || r[i] == '\t')) ++i;
      return i < r.size() &&
             (r[i] == ',' || r[i] == '&' || (r[i] == 'o' && i + 1 < r.size() && r[i + 1] == 'g'));
    };
    while (list_goes_on(rest) && RE2::Consume(&rest, c.more, &more)) {
      std::string next = normalise(std::string_view(more.data(), more.size()));
      if (shape_of(next) != shape_of(out[first].value)) break;
      const auto more_start = static_cast<std::size_t>(more.data() - text.data());
      out.push_back(
          {more_start, more_start + more.size(), std::move(next), out[first].style, kind, true});
      pos = std::max(pos, more_start + more.size());
    }
  }
}

// --- Bare numbers -------------------------------------------------------
//
// The styles' patterns read by hand, each as RE2 reads it (greedy repeats;
// where a shorter repeat could not let the rest match, none is tried), so
// that the text is not run through a regex of all six. The table above
// stays the reference: style_of() checks labelled numbers against it.

constexpr std::size_t no_match = std::string_view::npos;

std::size_t digit_run(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && is_digit(text[end])) ++end;
  return end - pos;
}

// Length of [-–] at `pos` (1 or 3), or 0.
std::size_t dash_at(std::string_view text, std::size_t pos) {
  std::size_t length = 0;
  return is_dash_at(text, pos, length) ? length : 0;
}

// Length of [A-ZÆØÅ] at `pos` (1 or 2), or 0.
std::size_t capital_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  if (text[pos] >= 'A' && text[pos] <= 'Z') return 1;
  // Æ, Ø, Å: C3 86, C3 98, C3 85.
  if (pos + 1 < text.size() && text[pos] == '\xC3' &&
      (text[pos + 1] == '\x86' || text[pos + 1] == '\x98' || text[pos + 1] == '\x85')) {
    return 2;
  }
  return 0;
}

bool digits_at(std::string_view text, std::size_t pos, std::size_t count) {
  return digit_run(text, pos) >= count;
}

// (?:19|20)
bool century_at(std::string_view text, std::size_t pos) {
  return pos + 1 < text.size() &&
         ((text[pos] == '1' && text[pos + 1] == '9') || (text[pos] == '2' && text[pos + 1] == '0'));
}

// [-–] then at least `least` digits, greedy up to `most`: the end, or no_match.
std::size_t dash_then_digits(std::string_view text, std::size_t pos, std::size_t least,
                             std::size_t most) {
  const std::size_t dash = dash_at(text, pos);
  if (dash == 0) return no_match;
  const std::size_t run = digit_run(text, pos + dash);
  if (run < least) return no_match;
  return pos + dash + std::min(run, most);
}

// (?:[-–]\d{1,4})? after `pos`.
std::size_t optional_suffix(std::string_view text, std::size_t pos) {
  const std::size_t end = dash_then_digits(text, pos, 1, 4);
  return end == no_match ? pos : end;
}

// kle: \d{2}\.\d{2}\.\d{2}[-–][A-ZÆØÅ]\d{2}[-–]\d{1,5}[-–]\d{2}(?:\d{2})?, and the
// compact form with no dash before the facet and no year after the serial
// (FICS, Lemvig: "00.22.00G01-0002"): \d{2}\.\d{2}\.\d{2}[A-ZÆØÅ]\d{2}[-–]\d{1,6}
std::size_t kle_at(std::string_view text, std::size_t p) {
  for (int i = 0; i < 2; ++i) {
    if (!digits_at(text, p, 2) || p + 2 >= text.size() || text[p + 2] != '.') return no_match;
    p += 3;
  }
  if (!digits_at(text, p, 2)) return no_match;
  p += 2;
  std::size_t n = dash_at(text, p);
  const bool compact = n == 0;
  p += n;
  n = capital_at(text, p);
  if (n == 0 || !digits_at(text, p + n, 2)) return no_match;
  p += n + 2;
  // \d{1,5} then [-–]: a run longer than five leaves a digit where the dash must be.
  n = dash_at(text, p);
  if (n == 0) return no_match;
  p += n;
  const std::size_t run = digit_run(text, p);
  if (run == 0 || run > (compact ? 6 : 5)) return no_match;
  p += run;
  if (compact) return p;
  n = dash_at(text, p);
  if (n == 0 || !digits_at(text, p + n, 2)) return no_match;
  p += n + 2;
  return digits_at(text, p, 2) ? p + 2 : p;
}

// municipality-year-serial: \d{3}[-–](?:19|20)\d{2}[-–]\d{1,8}
std::size_t municipality_year_serial_at(std::string_view text, std::size_t p) {
  if (!digits_at(text, p, 3)) return no_match;
  const std::size_t dash = dash_at(text, p + 3);
  if (dash == 0) return no_match;
  p += 3 + dash;
  if (!century_at(text, p) || !digits_at(text, p + 2, 2)) return no_match;
  return dash_then_digits(text, p + 4, 1, 8);
}

// prefixed: [A-ZÆØÅ]{2,6}[-–](?:19|20)\d{2}[-–]\d{1,8}
std::size_t prefixed_at(std::string_view text, std::size_t p) {
  // {2,6} then [-–]: a run of more than six capitals leaves a capital where
  // the dash must be.
  int capitals = 0;
  for (std::size_t n = capital_at(text, p); n > 0; n = capital_at(text, p)) {
    p += n;
    ++capitals;
  }
  if (capitals < 2 || capitals > 6) return no_match;
  const std::size_t dash = dash_at(text, p);
  if (dash == 0) return no_match;
  p += dash;
  if (!century_at(text, p) || !digits_at(text, p + 2, 2)) return no_match;
  return dash_then_digits(text, p + 4, 1, 8);
}

// year-serial: (?:19|20)\d{2}[-–]\d{4,8}(?:[-–]\d{1,4})?
std::size_t year_serial_at(std::string_view text, std::size_t p) {
  if (!century_at(text, p) || !digits_at(text, p + 2, 2)) return no_match;
  const std::size_t end = dash_then_digits(text, p + 4, 4, 8);
  return end == no_match ? no_match : optional_suffix(text, end);
}

// yy-serial: \d{2}[-–](?:\d{5,6}[A-Z]?|\d{4}[A-Z])
std::size_t yy_serial_at(std::string_view text, std::size_t p) {
  if (!digits_at(text, p, 2)) return no_match;
  const std::size_t dash = dash_at(text, p + 2);
  if (dash == 0) return no_match;
  p += 2 + dash;
  const std::size_t run = digit_run(text, p);
  auto capital = [&](std::size_t at) {
    return at < text.size() && text[at] >= 'A' && text[at] <= 'Z';
  };
  if (run >= 5) {
    p += std::min<std::size_t>(run, 6);
    return capital(p) ? p + 1 : p;
  }
  return run == 4 && capital(p + 4) ? p + 5 : no_match;
}

// year-slash-serial: (?:19|20)\d{2}/\d{5,6}, no digit after it
std::size_t year_slash_serial_at(std::string_view text, std::size_t p) {
  if (!century_at(text, p) || !digits_at(text, p + 2, 2) || p + 4 >= text.size() ||
      text[p + 4] != '/')
    return no_match;
  const std::size_t run = digit_run(text, p + 5);
  return run >= 5 && run <= 6 ? p + 5 + run : no_match;
}

// yy-slash-serial: \d{2}/\d{4,6}(?:[-–]\d{1,4})?
std::size_t yy_slash_serial_at(std::string_view text, std::size_t p) {
  if (!digits_at(text, p, 2) || p + 2 >= text.size() || text[p + 2] != '/') return no_match;
  p += 3;
  const std::size_t run = digit_run(text, p);
  if (run < 4) return no_match;
  return optional_suffix(text, p + std::min<std::size_t>(run, 6));
}

// serial-year: \d{2}\d{3,4}[-–](?:19|20)\d{2}
std::size_t serial_year_at(std::string_view text, std::size_t p) {
  const std::size_t run = digit_run(text, p);
  if (run < 5 || run > 6) return no_match;
  const std::size_t dash = dash_at(text, p + run);
  if (dash == 0) return no_match;
  p += run + dash;
  if (!century_at(text, p) || !digits_at(text, p + 2, 2)) return no_match;
  return p + 4;
}

using style_reader = std::size_t (*)(std::string_view, std::size_t);

constexpr std::size_t prefixed_style = 2;

// In the order of `styles`: the first that matches at a position wins.
constexpr std::array<style_reader, styles.size()> style_readers{
    kle_at,       municipality_year_serial_at, prefixed_at,        year_serial_at,
    yy_serial_at, year_slash_serial_at,        yy_slash_serial_at, serial_year_at};
static_assert(std::string_view(styles[prefixed_style].name) == "prefixed");

constexpr std::size_t no_style = styles.size();

// Every style that starts with a digit starts with two to six digits and
// then ".", "-", "/" or the lead byte of "–" (kle: 2 and "."; yy-serial: 2
// and a dash; yy-slash-serial: 2 and "/"; municipality-year-serial: 3 and a
// dash; year-serial: 4 and a dash; year-slash-serial: 4 and "/";
// serial-year: 5 or 6 and a dash), as each reader above tests first, so a
// start's run of digits and the byte after it leave one reader that may
// match there: its place in `styles`. no_style where none can, as at most
// starts (amounts, years in prose).
std::size_t digit_style_at(std::string_view text, std::size_t pos) {
  constexpr std::size_t longest_run = 6;
  std::size_t end = pos;
  while (end < text.size() && end - pos <= longest_run && is_digit(text[end])) ++end;
  const std::size_t run = end - pos;
  if (run < 2 || run > longest_run || end >= text.size()) return no_style;
  const char after = text[end];
  const bool dash = after == '-' || after == '\xE2';
  switch (run) {
    case 2:
      return after == '.' ? 0 : dash ? 4 : after == '/' ? 6 : no_style;
    case 3:
      return dash ? 1 : no_style;
    case 4:
      return dash ? 3 : after == '/' ? 5 : no_style;
    default:  // 5 or 6
      return dash ? 7 : no_style;
  }
}

#if defined(__SSE2__)
// The bytes of the sixteen at `p` that lie in [lo, lo + count), a bit each.
unsigned bytes_in_range(const char* p, int lo, int count) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  return static_cast<unsigned>(_mm_movemask_epi8(bytes_in_range16(v, lo, count)));
}

// The bytes of the sixteen at `p` that are `byte`, a bit each.
unsigned bytes_equal(const char* p, int byte) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  return static_cast<unsigned>(
      _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(byte)))));
}

// What next_number_start() looks for in the 32 bytes at `p`, a bit each.
struct number_start_masks {
  std::uint32_t digit = 0;
  std::uint32_t capital = 0;   ///< A to Z
  std::uint32_t lead_c3 = 0;   ///< 0xC3, the lead byte of Æ, Ø, Å (and of À to ÿ)
  std::uint32_t low_tail = 0;  ///< 0x80 to 0x9F: after 0xC3, a capital from À to ß
};

// A test of sixteen bytes (a bit each) made on the 32 at `p`.
template <class Test>
std::uint32_t over_32_bytes(const char* p, Test test) {
  return static_cast<std::uint32_t>(test(p)) | (static_cast<std::uint32_t>(test(p + 16)) << 16);
}

number_start_masks number_start_masks_at(const char* p) {
  number_start_masks m;
  m.digit = over_32_bytes(p, [](const char* q) { return bytes_in_range(q, '0', 10); });
  m.capital = over_32_bytes(p, [](const char* q) { return bytes_in_range(q, 'A', 26); });
  m.lead_c3 = over_32_bytes(p, [](const char* q) { return bytes_equal(q, 0xC3); });
  m.low_tail = over_32_bytes(p, [](const char* q) { return bytes_in_range(q, 0x80, 0x20); });
  return m;
}

// The offsets among the first 31 of the 32 bytes at `p` (a bit each) where
// next_number_start()'s test below may hold: a digit before a digit, a
// capital before a capital or 0xC3, or 0xC3 before 0x80 to 0x9F (Å, Æ and
// Ø are C3 85, C3 86, C3 98; the other capitals there are told apart by the
// test). The 32nd byte is only looked at as the one after the 31st.
std::uint32_t number_start_candidates(const char* p) {
  const number_start_masks m = number_start_masks_at(p);
  return (m.digit & (m.digit >> 1)) | (m.capital & ((m.capital | m.lead_c3) >> 1)) |
         (m.lead_c3 & (m.low_tail >> 1));
}
#endif

// The first offset at or after `pos` where some style may start: two
// digits, or two capitals (ASCII, or Æ, Ø, Å) in a row.
std::size_t next_number_start(std::string_view text, std::size_t pos) {
  for (;; ++pos) {
#if defined(__SSE2__)
    // 31 offsets at a time, from one mask per kind of byte over 32 bytes
    // (each byte's test made once, its next byte's by a shift of the mask),
    // to the first that may hold; the test below tells.
    while (pos + 32 <= text.size()) {
      if (const std::uint32_t found = number_start_candidates(text.data() + pos); found != 0) {
        pos += static_cast<std::size_t>(std::countr_zero(found));
        break;
      }
      pos += 31;
    }
#endif
    if (pos >= text.size()) return pos;
    const char c = text[pos];
    if (is_digit(c)) {
      if (pos + 1 < text.size() && is_digit(text[pos + 1])) return pos;
      continue;
    }
    // The prefixed style needs two capitals before its dash.
    if ((is_ascii_capital(c) || c == '\xC3') && capital_at(text, pos) > 0 &&
        capital_at(text, pos + capital_at(text, pos)) > 0) {
      return pos;
    }
  }
}

static_assert(
    [] {
      for (const auto& style : styles) {
        // Each style but the prefixed one starts with two digits (\d{2}, \d{3} or (?:19|20)).
        const std::string_view pattern = style.pattern;
        if (!pattern.starts_with("\\d{2}") && !pattern.starts_with("\\d{3}") &&
            !pattern.starts_with("(?:19|20)") && !pattern.starts_with("[A-ZÆØÅ]{2,6}")) {
          return false;
        }
      }
      return true;
    }(),
    "next_number_start() looks for two digits or two capitals");

// An ASCII byte after which no number stands alone (stands_alone): a
// letter or digit the number would be glued to, or "-", "/", "+".
bool glues_to_next(char c) { return is_ascii_alnum(c) || c == '-' || c == '/' || c == '+'; }

// Past a start at `pos` tried by next_bare(): past the ASCII letters and
// digits after it when it is one, as each of them is glued to the byte
// before ("2024" tried at "2" need not be at "024", "24").
std::size_t after_glued_run(std::string_view text, std::size_t pos) {
  std::size_t end = pos + 1;
  if (!is_ascii_alnum(text[pos])) return end;
  while (end < text.size() && is_ascii_alnum(text[end])) ++end;
  return end;
}

// The leftmost match of the styles at or after `pos` that may stand alone:
// its start, end and style, as RE2 finds it for the alternation of the
// styles' patterns. A start glued to the byte before it ("2023" in
// "12023", "024" in "2024") is skipped: find_bare() would reject its match
// and search on from the next byte, as this loop does. Most starts are such.
bool next_bare(std::string_view text, std::size_t pos, std::size_t& start, std::size_t& end,
               std::size_t& which) {
  for (pos = next_number_start(text, pos); pos < text.size();
       pos = next_number_start(text, after_glued_run(text, pos))) {
    if (pos > 0 && glues_to_next(text[pos - 1])) continue;
    // Only the prefixed style starts with a capital, and only it does not
    // start with a digit; of the others, one at most may match at a start.
    const std::size_t style = is_digit(text[pos]) ? digit_style_at(text, pos) : prefixed_style;
    if (style == no_style) continue;
    const std::size_t found = style_readers[style](text, pos);
    if (found != no_match) {
      start = pos;
      end = found;
      which = style;
      return true;
    }
  }
  return false;
}

// Appends the bare numbers to `out`, whose first `labelled` matches are
// find_labelled()'s.
void find_bare(std::string_view text, std::vector<number_match>& out, std::size_t labelled) {
  std::size_t pos = 0;
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t which = 0;
  while (pos < text.size() && next_bare(text, pos, start, end, which)) {
    if (!stands_alone(text, start, end)) {
      pos = start + 1;
      continue;
    }
    pos = end;
    std::string value = normalise(text.substr(start, end - start));
    if (is_lookalike(styles[which].name, value)) continue;
    // Labelled matches are in text order and do not overlap, so the first
    // one ending after `start` is the only one that can overlap. (Taken
    // afresh each time: a push_back may have moved them.)
    const auto labelled_end = out.begin() + static_cast<std::ptrdiff_t>(labelled);
    const auto after = std::partition_point(out.begin(), labelled_end,
                                            [&](const number_match& l) { return l.end <= start; });
    const bool taken = after != labelled_end && after->start < end;
    if (taken) continue;
    out.push_back({start, end, std::move(value), styles[which].name, "case_number", false});
  }
}

}  // namespace

std::vector<number_match> find_numbers(std::string_view text) {
  // The labelled numbers first, the bare ones after them in the same vector
  // (not a copy of the labelled: find_bare reads them where they stand).
  std::vector<number_match> out;
  find_labelled(text, out);
  find_bare(text, out, out.size());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
  return out;
}

}  // namespace protokol::danish
