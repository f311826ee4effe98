#include "danish/dates.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdio>

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
  const char* prefix;  ///< shortest accepted spelling ("sep" covers "sept", "september")
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

std::string iso(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2199) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
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
// A month's name runs to the next blank, stop, comma, dash or digit: under
// (?i) RE2 takes "auguſt" (a long s) for "august", so not only ASCII.
bool in_word(char c) {
  return !is_digit(c) && std::string_view(" \t\n\r\f\v.,-").find(c) == std::string_view::npos;
}

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
  const auto skip = [&](std::size_t& pos, std::string_view chars) {
    while (pos < span.size() && chars.find(span[pos]) != std::string_view::npos) ++pos;
  };
  std::size_t pos = 0;
  if (!is_digit(span[0])) {
    // "March 7, 2019".
    const std::string_view month = take(span, pos, in_word);
    skip(pos, " \t");
    const std::string_view day = take(span, pos, is_digit);
    skip(pos, ", \t");
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
  skip(pos, ". \t\n\r\f\v-");
  const std::string_view month = take(span, pos, in_word);
  int number = month_of(month);
  if (number == 0) number = english_month_of(month);
  skip(pos, ".,- \t\n\r\f\v");
  return iso(to_int(take(span, pos, is_digit)), number, to_int(first));
}

}  // namespace

date_match find_date(std::string_view text) {
  // Every spelling has a digit; most lines have none.
  if (std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return {};
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  for (std::size_t from = 0; from < text.size();) {
    if (!date_re().Match(input, from, text.size(), RE2::UNANCHORED, &m, 1)) return {};
    const auto start = static_cast<std::size_t>(m.data() - text.data());
    const std::string_view span(m.data(), m.size());
    std::string value = iso_of_span(span, text.substr(start + span.size()));
    if (!value.empty()) return {value, start, start + span.size()};
    // Not a real date ("13-13-2023"): look further on.
    from = start + 1;
  }
  return {};
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
