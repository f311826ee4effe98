#include "danish/dates.hpp"

#include <re2/re2.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>

#include "danish/bytes.hpp"
#include "danish/text.hpp"

namespace protokol::danish {
namespace {

// Month names are ASCII: ASCII case folding decides.
bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (lower(s[i]) != lower(prefix[i])) return false;
  return true;
}

struct month_name {
  std::string_view prefix;  ///< shortest accepted spelling ("sep" covers "sept", "september")
  int month;
};

constexpr std::array<month_name, 12> months{{
    {"jan", 1},
    {"feb", 2},
    {"mar", 3},
    {"apr", 4},
    {"maj", 5},
    {"jun", 6},
    {"jul", 7},
    {"aug", 8},
    {"sep", 9},
    {"okt", 10},
    {"nov", 11},
    {"dec", 12},
}};

// English month names, as web agenda systems print them ("March 7, 2019").
constexpr std::array<month_name, 12> english_months{{
    {"january", 1},
    {"february", 2},
    {"march", 3},
    {"april", 4},
    {"may", 5},
    {"june", 6},
    {"july", 7},
    {"august", 8},
    {"september", 9},
    {"october", 10},
    {"november", 11},
    {"december", 12},
}};

int month_of(std::string_view word) {
  for (const auto& m : months) {
    if (starts_with_ci(word, m.prefix)) return m.month;
  }
  return 0;
}

// "March", "Oct": the full name or its first three letters or more.
int english_month_of(std::string_view word) {
  constexpr std::size_t min_abbreviation = 3;
  if (word.size() < min_abbreviation) return 0;
  for (const auto& m : english_months) {
    if (starts_with_ci(m.prefix, word)) return m.month;
  }
  return 0;
}

int to_int(std::string_view digits) {
  int v = 0;
  for (const char c : digits) v = v * 10 + (c - '0');
  return v;
}

// A two-digit year ("12.10.98", "6/3-19") is read as POSIX strptime's %y
// reads it: 69-99 are 1969-1999, 00-68 are 2000-2068. Archives reach back to
// the 1990s, so "98" is 1998, never 2098.
constexpr int posix_century_pivot = 69;

// The year of a date written "6/3-19" or "12.10.98": two digits as POSIX
// reads them; four as written ("0093" is no year: iso() refuses it).
int full_year(std::string_view digits) {
  const int year = to_int(digits);
  if (digits.size() != 2) return year;
  return year + (year >= posix_century_pivot ? 1900 : 2000);
}

// "2022-11-21". Written digit by digit, not by snprintf, which cost more
// than the rest of reading a date: the range check leaves four digits of
// year and two of month and day.
std::string iso(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2199) return {};
  const auto digit = [](int n) { return static_cast<char>('0' + n % 10); };
  return {digit(year / 1000),
          digit(year / 100),
          digit(year / 10),
          digit(year),
          '-',
          digit(month / 10),
          digit(month),
          '-',
          digit(day / 10),
          digit(day)};
}

// One pattern, one alternative per spelling: a single unanchored search
// finds the leftmost date whatever its spelling; iso_of_span() reads it.
constexpr const char* date_pattern =
    // "21. november 2022", "4. okt. 2023", "7 March 2019", "15-maj-2002".
    R"((?i)\b\d{1,2}(?:\.?\s*|-)(?:january|february|march|may|june|july|october|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)(?:\.?,?\s+|-)\d{4}\b|)"
    // "2022-11-21".
    R"(\b\d{4}-\d{1,2}-\d{1,2}\b|)"
    // "21-11-2022", "04.10.2023", "21/11/2022", "6/3-19"; "3/5 2002" (day/month, blank, year).
    R"(\b\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})\b|\b\d{1,2}/\d{1,2} \d{4}\b|)"
    // "March 7, 2019" (English, from web agenda systems).
    R"(\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}\b)";

const RE2& date_re() {
  static const RE2 re(date_pattern);
  return re;
}

// "10/16/2019 3:00:00 PM": a .NET page's US date, month first, known by
// the AM/PM clock after it (Danish never writes one).
bool month_first(std::string_view date, std::string_view rest) {
  static const RE2 us_clock(R"(\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M\b)");
  if (date.find('/') == std::string_view::npos) return false;
  re2::StringPiece input(rest.data(), rest.size());
  return RE2::Consume(&input, us_clock);
}

}  // namespace

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
// " \t\n\v\f\r".
bool is_blank(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
// A month's name runs to the next blank, stop, comma, dash or digit: under
// (?i) RE2 takes "auguſt" (a long s) for "august", so not only ASCII.
bool in_word(char c) { return !is_digit(c) && !is_blank(c) && c != '.' && c != ',' && c != '-'; }

// The run of characters `keep` accepts at `pos`; `pos` moves past it.
template <class Keep>
std::string_view take(std::string_view s, std::size_t& pos, Keep keep) {
  const std::size_t start = pos;
  while (pos < s.size() && keep(s[pos])) ++pos;
  return s.substr(start, pos - start);
}

// The ISO date of `span`, a whole match of date_pattern, read by hand: the
// pattern's four spellings differ in their first characters, so which one
// matched and its parts are plain to see. RE2 found the span (a search
// without captures runs its DFA alone); asking it for the thirteen groups
// as well ran its slower capture engine over every date, at twice the cost.
std::string iso_of_span(std::string_view span, std::string_view after) {
  const auto skip = [&](std::size_t& pos, auto skippable) {
    while (pos < span.size() && skippable(span[pos])) ++pos;
  };
  std::size_t pos = 0;
  if (!is_digit(span[0])) {
    // "March 7, 2019".
    const std::string_view month = take(span, pos, in_word);
    skip(pos, [](char c) { return c == ' ' || c == '\t'; });
    const std::string_view day = take(span, pos, is_digit);
    skip(pos, [](char c) { return c == ',' || c == ' ' || c == '\t'; });
    return iso(to_int(take(span, pos, is_digit)), english_month_of(month), to_int(day));
  }
  const std::string_view first = take(span, pos, is_digit);
  if (first.size() == 4) {
    // "2022-11-21".
    ++pos;
    const std::string_view month = take(span, pos, is_digit);
    ++pos;
    return iso(to_int(first), to_int(month), to_int(take(span, pos, is_digit)));
  }
  if (pos + 1 < span.size() && std::string_view("-./").find(span[pos]) != std::string_view::npos &&
      is_digit(span[pos + 1])) {
    // "21-11-2022", "04.10.2023", "21/11/2022", "6/3-19", "3/5 2002"; "10/16/2019 3:00:00 PM".
    ++pos;
    const std::string_view second = take(span, pos, is_digit);
    ++pos;  // the separator: one of "-./" or a blank
    const int year = full_year(take(span, pos, is_digit));
    return month_first(span, after) ? iso(year, to_int(first), to_int(second))
                                    : iso(year, to_int(second), to_int(first));
  }
  // "21. november 2022", "4. okt. 2023", "7 March 2019", "15-maj-2002".
  skip(pos, [](char c) { return c == '.' || c == '-' || is_blank(c); });
  const std::string_view month = take(span, pos, in_word);
  int number = month_of(month);
  if (number == 0) number = english_month_of(month);
  skip(pos, [](char c) { return c == '.' || c == ',' || c == '-' || is_blank(c); });
  return iso(to_int(take(span, pos, is_digit)), number, to_int(first));
}

// The tests below are looser than date_pattern (a blank is any of " \t\n\v\f\r",
// a month's letter any ASCII letter or any byte of a multibyte character): they
// only rule places out, RE2 decides.
bool is_word_byte(char c) {
  return is_digit(c) || c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
bool may_be_in_month(char c) {
  return static_cast<unsigned char>(c) >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Whether a date written with digits first can begin at `p`, where a run of
// `run` digits begins: "2022-11-21" (four digits and a dash); "21-11-2022",
// "6/3-19" (one or two digits, a separator, a digit); "21. november 2022",
// "15-maj-2002" (one or two digits, then a stop and blanks or a dash, then a
// letter). All of them begin at a word boundary.
bool may_open_date(std::string_view text, std::size_t p, std::size_t run) {
  if (p > 0 && is_word_byte(text[p - 1])) return false;
  std::size_t q = p + run;
  if (run == 4) return q < text.size() && text[q] == '-';
  if (run > 2 || q >= text.size()) return false;
  if ((text[q] == '-' || text[q] == '.' || text[q] == '/') && q + 1 < text.size() &&
      is_digit(text[q + 1]))
    return true;
  if (text[q] == '-') {
    ++q;
  } else {
    if (text[q] == '.') ++q;
    while (q < text.size() && is_blank(text[q])) ++q;
  }
  return q < text.size() && may_be_in_month(text[q]);
}

// Whether `word`, a run of ASCII letters, ends in an English month's name
// ("...March"), in any case: the name of "March 7, 2019" ends the word before
// its day. "den 12. marts" has "den" there.
bool ends_in_english_month(std::string_view word) {
  static constexpr std::array<std::string_view, 12> names{
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  return std::any_of(names.begin(), names.end(), [&](std::string_view name) {
    return word.size() >= name.size() &&
           std::equal(name.begin(), name.end(), word.end() - static_cast<long>(name.size()),
                      [](char a, char b) { return a == (b | 0x20); });
  });
}

// Where "March 7, 2019" can begin when `p` starts the day, a run of `run`
// digits: one or two digits after blanks after a word that ends in a
// month's name (or has a byte of a multibyte character, which RE2's case
// folding may read as a letter of one: the long s of "ſeptember"); the date
// begins in that word at the earliest. npos when it cannot be the day of one.
std::size_t english_month_start(std::string_view text, std::size_t p, std::size_t run) {
  if (run > 2 || p == 0 || !is_blank(text[p - 1])) return std::string_view::npos;
  std::size_t k = p - 1;
  while (k > 0 && is_blank(text[k - 1])) --k;
  const std::size_t word_end = k;
  bool multibyte = false;
  while (k > 0 && may_be_in_month(text[k - 1])) {
    multibyte |= static_cast<unsigned char>(text[k - 1]) >= 0x80;
    --k;
  }
  if (k == word_end) return std::string_view::npos;
  if (!multibyte && !ends_in_english_month(text.substr(k, word_end - k)))
    return std::string_view::npos;
  return k;
}

// The first place at or after `p` where a run of digits begins, or the
// text's size. Sixteen bytes at a time: most of a line is letters.
std::size_t next_digit_run(std::string_view text, std::size_t p) {
#if defined(__SSE2__)
  for (; p + 16 <= text.size(); p += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + p));
    const auto digits = static_cast<unsigned>(_mm_movemask_epi8(bytes_in_range16(bytes, '0', 10)));
    // A digit begins a run when the byte before it is none.
    const unsigned digit_before = (digits << 1) | (p > 0 && is_digit(text[p - 1]) ? 1u : 0u);
    if (const unsigned starts = digits & ~digit_before; starts != 0)
      return p + static_cast<std::size_t>(std::countr_zero(starts));
  }
#endif
  for (; p < text.size(); ++p) {
    if (is_digit(text[p]) && (p == 0 || !is_digit(text[p - 1]))) return p;
  }
  return text.size();
}

// Where date_pattern can match first, at or after a place: `at` (npos when
// nowhere), and the run of digits there when a spelling with digits first
// can begin at it (0 when only "March 7, 2019" can).
struct possible_start {
  std::size_t at = std::string_view::npos;
  std::size_t run = 0;
};

// The first place at or after `from` where date_pattern can match: every
// spelling has a run of digits, and the bytes next to it rule most runs out
// ("1. Godkendelse", "pkt. 8", "kl. 16.30" are none). RE2 searching from
// there finds what it finds from `from` (it sees the bytes before, for \b),
// and most texts are never given to it.
possible_start first_possible_start(std::string_view text, std::size_t from) {
  constexpr std::size_t longest_run_of_interest = 5;
  std::size_t run = 0;
  for (std::size_t p = next_digit_run(text, from); p < text.size();
       p = next_digit_run(text, p + run)) {
    run = 1;
    while (run < longest_run_of_interest && p + run < text.size() && is_digit(text[p + run])) ++run;
    // The day of "March 7, 2019" begins later than its month: asked first.
    if (const std::size_t start = english_month_start(text, p, run);
        start != std::string_view::npos)
      return {std::max(start, from), 0};
    if (may_open_date(text, p, run)) return {p, run};
  }
  return {};
}

// What date_pattern matches at a place where a spelling with digits first
// can begin, read by hand for the spellings nearly every date has: a
// match's end, no match there, or unsure (a month's name with a byte of a
// multibyte character, which RE2's case folding may take for a letter: the
// long s of "auguſt", the Kelvin sign). Exactly RE2's answer otherwise: its
// \s is [\t\n\f\r ], its \b and \d are ASCII, and of the month names at most
// one is followed by what the pattern wants after one.
struct hand_reading {
  enum { date, none, unsure } kind;
  std::size_t end = 0;
};

std::size_t digits_at(std::string_view text, std::size_t q) {
  constexpr std::size_t longest_run_of_interest = 5;
  std::size_t run = 0;
  while (run < longest_run_of_interest && q + run < text.size() && is_digit(text[q + run])) ++run;
  return run;
}

// The end of a run of `digits` digits at `q` that ends a word (\d{n}\b).
hand_reading digits_ending_word(std::string_view text, std::size_t q, std::size_t digits) {
  const std::size_t end = q + digits;
  if (digits_at(text, q) != digits || (end < text.size() && is_word_byte(text[end])))
    return {hand_reading::none};
  return {hand_reading::date, end};
}

// "2022-11-21": \d{4}-\d{1,2}-\d{1,2}\b, the dash after the year seen.
hand_reading read_year_first(std::string_view text, std::size_t p) {
  std::size_t q = p + 5;
  const std::size_t month = digits_at(text, q);
  q += month;
  if (month == 0 || month > 2 || q >= text.size() || text[q] != '-') return {hand_reading::none};
  ++q;
  const std::size_t day = digits_at(text, q);
  if (day == 0 || day > 2) return {hand_reading::none};
  return digits_ending_word(text, q, day);
}

bool is_date_separator(char c) { return c == '-' || c == '.' || c == '/'; }

// "21-11-2022", "04.10.23", "6/3-19", "3/5 2002": the first separator and a
// digit after it seen.
hand_reading read_all_digits(std::string_view text, std::size_t p, std::size_t run) {
  const char first_separator = text[p + run];
  std::size_t q = p + run + 1;
  const std::size_t month = digits_at(text, q);
  q += month;
  if (month > 2 || q + 1 >= text.size()) return {hand_reading::none};
  const char second_separator = text[q];
  ++q;
  if (is_date_separator(second_separator)) {
    const std::size_t year = digits_at(text, q);
    if (year != 4 && year != 2) return {hand_reading::none};
    return digits_ending_word(text, q, year);
  }
  if (first_separator == '/' && second_separator == ' ') return digits_ending_word(text, q, 4);
  return {hand_reading::none};
}

bool is_ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Whether `word` (ASCII letters) is one of date_pattern's month names, in any case.
bool is_month_name(std::string_view word) {
  static constexpr std::array<std::string_view, 34> names{
      "january", "february", "march",    "may", "june", "july", "october", "januar",
      "februar", "marts",    "april",    "maj", "juni", "juli", "august",  "september",
      "oktober", "november", "december", "jan", "feb",  "mar",  "apr",     "jun",
      "jul",     "aug",      "sept",     "sep", "okt",  "oct",  "nov",     "dec"};
  constexpr std::size_t longest = 9;
  if (word.size() > longest) return false;
  char lower[longest];
  for (std::size_t i = 0; i < word.size(); ++i) lower[i] = static_cast<char>(word[i] | 0x20);
  const std::string_view folded(lower, word.size());
  return std::find(names.begin(), names.end(), folded) != names.end();
}

// "21. november 2022", "4. okt. 2023", "7 March 2019", "15-maj-2002":
// \d{1,2}(?:\.?\s*|-)MONTH(?:\.?,?\s+|-)\d{4}\b.
hand_reading read_month_name(std::string_view text, std::size_t p, std::size_t run) {
  std::size_t q = p + run;
  if (text[q] == '-') {
    ++q;
  } else {
    if (text[q] == '.') ++q;
    while (q < text.size() && is_re2_blank(text[q])) ++q;
  }
  const std::size_t word_start = q;
  while (q < text.size() && is_ascii_letter(text[q])) ++q;
  if (q < text.size() && static_cast<unsigned char>(text[q]) >= 0x80) return {hand_reading::unsure};
  if (!is_month_name(text.substr(word_start, q - word_start))) return {hand_reading::none};
  if (q < text.size() && text[q] == '-') return digits_ending_word(text, q + 1, 4);
  if (q < text.size() && text[q] == '.') ++q;
  if (q < text.size() && text[q] == ',') ++q;
  const std::size_t blanks_start = q;
  while (q < text.size() && is_re2_blank(text[q])) ++q;
  if (q == blanks_start) return {hand_reading::none};
  return digits_ending_word(text, q, 4);
}

// date_pattern at `p`, where may_open_date() holds for its run of `run` digits.
hand_reading read_digits_first(std::string_view text, std::size_t p, std::size_t run) {
  if (run == 4) return read_year_first(text, p);
  const std::size_t q = p + run;
  if (is_date_separator(text[q]) && q + 1 < text.size() && is_digit(text[q + 1]))
    return read_all_digits(text, p, run);
  return read_month_name(text, p, run);
}

}  // namespace

date_match find_date(std::string_view text) {
  for (std::size_t from = 0;;) {
    const possible_start possible = first_possible_start(text, from);
    if (possible.at == std::string_view::npos) return {};
    const hand_reading reading = possible.run == 0
                                     ? hand_reading{hand_reading::unsure}
                                     : read_digits_first(text, possible.at, possible.run);
    std::size_t start = possible.at;
    std::size_t end = reading.end;
    if (reading.kind == hand_reading::none) {
      from = possible.at + 1;
      continue;
    }
    if (reading.kind == hand_reading::unsure) {
      const re2::StringPiece input(text.data(), text.size());
      re2::StringPiece m;
      if (!date_re().Match(input, possible.at, text.size(), RE2::UNANCHORED, &m, 1)) return {};
      start = static_cast<std::size_t>(m.data() - text.data());
      end = start + m.size();
    }
    std::string value = iso_of_span(text.substr(start, end - start), text.substr(end));
    if (!value.empty()) return {value, start, end};
    // Not a real date ("13-13-2023"): look further on.
    from = start + 1;
  }
}

namespace {

// `pm` is "AM", "PM" or empty (a 24-hour clock).
std::string clock(re2::StringPiece h, re2::StringPiece m, re2::StringPiece pm = {}) {
  int hour = to_int(std::string_view(h.data(), h.size()));
  if (pm.size() == 2 && hour >= 1 && hour <= 12) {  // "3:00:00 PM" is 15:00, "12:30 AM" 00:30
    hour %= 12;
    if (pm[0] == 'P') hour += 12;
  }
  const int minute = m.data() == nullptr ? 0 : to_int(std::string_view(m.data(), m.size()));
  if (hour > 23 || minute > 59) return {};
  // By hand, not snprintf: GCC at -O1 (the sanitizer build) cannot see the
  // range check above and stops on -Wformat-truncation.
  const auto two_digits = [](int n) {
    return std::string{static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)};
  };
  return two_digits(hour) + ":" + two_digits(minute);
}

}  // namespace

std::string find_time(std::string_view text, bool bare_allowed) {
  // "kl. 16.30", and "kl. 16" for the full hour; "Kl. 12,30" (older
  // minutes: the comma was read as the full hour, 12:00).
  static const RE2 with_kl(R"((?i)\bkl\.?\s*(\d{1,2})(?:[:.,](\d{2}))?\b)");
  // "16:30", "16:00:00", and the start of a range: "8:30-10:15".
  static const RE2 bare(
      R"((?:^|[^\d.:/-])(\d{1,2})[:.](\d{2})(?::\d{2})?(?:$|[^\d.:/-]|\s*[-–]\s*\d))");
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece h, m;
  if (!RE2::PartialMatch(input, with_kl, &h, &m) &&
      !(bare_allowed && RE2::PartialMatch(input, bare, &h, &m))) {
    return {};
  }
  return clock(h, m);
}

std::string time_after_date(std::string_view rest) {
  // "08-02-2022 16:00:00", "March 7, 2019 - 17:00", "05-10-2021 kl. 19:00",
  // "12. juni 2024, kl. 15.30": a clock time right after the date.
  // "10/16/2019 3:00:00 PM": a US clock after a US date.
  static const RE2 after(
      R"(\s*(?:[,–-]\s*)?(?:(?i:kl)\.?\s*)?(\d{1,2})[:.](\d{2})(?::\d{2})?(?:\s*([AP]M)\b)?(?:$|[^\d.:/]))");
  re2::StringPiece h, m, pm;
  re2::StringPiece input(rest.data(), rest.size());
  if (!RE2::Consume(&input, after, &h, &m, &pm)) return {};
  return clock(h, m, pm);
}

}  // namespace protokol::danish
