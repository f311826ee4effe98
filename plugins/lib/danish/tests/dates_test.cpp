// find_date against the reader it replaced: one RE2 search over the whole
// text, from its first byte. find_date gives RE2 only the places a date can
// begin at; its answers (date, start, end) must be the same for every text.
#include "danish/dates.hpp"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace pd = protokol::danish;

namespace reference {

using protokol::danish::date_match;

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

}  // namespace reference

namespace {

void expect_same(std::string_view text) {
  const pd::date_match got = pd::find_date(text);
  const pd::date_match want = reference::find_date(text);
  EXPECT_EQ(got.iso, want.iso) << '"' << text << '"';
  EXPECT_EQ(got.start, want.start) << '"' << text << '"';
  EXPECT_EQ(got.end, want.end) << '"' << text << '"';
}

// Pieces of dates and of what stands near them in minutes, with the bytes
// the pattern treats specially: blanks of every kind, separators, word
// bytes, month names in both languages and cases, and the look-alikes RE2
// folds into month names (the long s, the Kelvin sign).
const std::vector<std::string>& pieces() {
  static const std::vector<std::string> all{"0",         "1",
                                            "2",         "3",
                                            "7",         "9",
                                            "12",        "31",
                                            "13",        "2022",
                                            "1998",      "19",
                                            "98",        "20234",
                                            "123",       ".",
                                            "-",         "/",
                                            ",",         ":",
                                            " ",         "  ",
                                            "\t",        "\n",
                                            "\v",        "\f",
                                            "\r",        "_",
                                            "a",         "x",
                                            "Z",         "(",
                                            "æ",         "ø",
                                            "\u017F",    "\u212A",
                                            "den ",      "kl. ",
                                            "pkt. ",     " PM",
                                            " AM",       "jan",
                                            "Jan",       "feb",
                                            "marts",     "MARTS",
                                            "apr",       "maj",
                                            "juni",      "juli",
                                            "aug",       "auguſt",
                                            "sep",       "sept",
                                            "september", "okt",
                                            "oktober",   "nov",
                                            "december",  "dec",
                                            "January",   "february",
                                            "March",     "may",
                                            "May",       "June",
                                            "july",      "October",
                                            "oct",       "November",
                                            "DECEMBER",  "Marchx",
                                            "ſeptember", "o\u212Atober",
                                            "mandag",    "Beslutning ",
                                            "Punkt ",    "Møde "};
  return all;
}

}  // namespace

TEST(DanishDates, EverySpelling) {
  const pd::date_match m = pd::find_date("Beslutning i Udvalget den 21. november 2022, pkt. 8");
  EXPECT_EQ(m.iso, "2022-11-21");
  EXPECT_EQ(m.start, 26u);
  EXPECT_EQ(m.end, 43u);
  EXPECT_EQ(pd::find_date("4. okt. 2023").iso, "2023-10-04");
  EXPECT_EQ(pd::find_date("7 March 2019").iso, "2019-03-07");
  EXPECT_EQ(pd::find_date("Møde 15-maj-2002").iso, "2002-05-15");
  EXPECT_EQ(pd::find_date("2022-11-21").iso, "2022-11-21");
  EXPECT_EQ(pd::find_date("21/11/2022").iso, "2022-11-21");
  EXPECT_EQ(pd::find_date("den 6/3-19").iso, "2019-03-06");
  EXPECT_EQ(pd::find_date("3/5 2002").iso, "2002-05-03");
  EXPECT_EQ(pd::find_date("12.10.98").iso, "1998-10-12");
  EXPECT_EQ(pd::find_date("Thursday, March 7, 2019 - 17:00").iso, "2019-03-07");
  EXPECT_EQ(pd::find_date("xMarch 7, 2019").iso, "");
  EXPECT_EQ(pd::find_date("10/16/2019 3:00:00 PM").iso, "2019-10-16");
  EXPECT_EQ(pd::find_date("13-13-2023 og 12-12-2023").iso, "2023-12-12");
  EXPECT_EQ(pd::find_date("1. Godkendelse af dagsorden").iso, "");
  EXPECT_EQ(pd::find_date("").iso, "");
}

// Lines of minutes: the answers of the reader it replaced.
TEST(DanishDates, SameAsOneSearchOnLines) {
  for (const char* line : {"1. Godkendelse af dagsorden",
                           "Punkt 12: Budget 2024-2027",
                           "kl. 16.30 - 18.00",
                           "Mødedato: 21-11-2022 kl. 16:00",
                           "Dato: 4. okt. 2023",
                           "Sag nr. 24/1234",
                           "Beslutning i Økonomiudvalget den 12. marts 2024",
                           "Referat fra mødet 2022-11-21",
                           "Thursday, March 7, 2019 - 17:00",
                           "den 15. augu\u017Ft 2019:",
                           "den 4. o\u212Atober 2023",
                           "ſeptember 7, 2019",
                           "xſeptember 7, 2019",
                           "Side 3 af 12",
                           "1.2.3 Bilag 4/5",
                           "§ 17, stk. 4",
                           "13-13-2023 og 12-12-2023",
                           "10/16/2019 3:00:00 PM",
                           "6/3-19",
                           "3/5 2002",
                           "Marts\t\v 7 2019"}) {
    expect_same(line);
  }
}

// One of `choices`, at random.
std::string pick(std::mt19937& random, const std::vector<std::string>& choices) {
  return choices[std::uniform_int_distribution<std::size_t>(0, choices.size() - 1)(random)];
}

// Something like a date, often one, as near misses too: a day, a separator, a
// month (a name or a number), a separator, a year; or an English month first.
std::string date_like(std::mt19937& random) {
  static const std::vector<std::string> days{"1", "7", "12", "31", "0", "32", "123", "2022", "x1"};
  static const std::vector<std::string> seps{". ",  ".",    "-",  "/",  " ",   "",
                                             ".\n", ".\t ", ", ", ".-", ".\v", "\f\r"};
  static const std::vector<std::string> months{"3",      "11",  "13",       "marts", "okt",
                                               "okt.",   "Maj", "december", "March", "may",
                                               "auguſt", "feb", "sept",     "Xyz"};
  static const std::vector<std::string> ends{" ", ", ", ". ", "-",  "/",
                                             ".", "",   "  ", "\v", ".,\n"};
  static const std::vector<std::string> years{"2022", "98",   "19", "20234",
                                              "0093", "1899", "2",  "123"};
  static const std::vector<std::string> english{"March", "may", "December", "ſeptember", "Marts"};
  if (random() % 4 == 0)
    return pick(random, english) + pick(random, {" ", "\t", "\n ", "", "\v"}) + pick(random, days) +
           pick(random, {",", ""}) + pick(random, {" ", "  ", ""}) + pick(random, years);
  return pick(random, days) + pick(random, seps) + pick(random, months) + pick(random, ends) +
         pick(random, years) + pick(random, {"", "", " 3:00 PM", "5", ":", "a"});
}

// Random texts of the pieces above and of dates and near misses: every answer
// as the reader it replaced gives it.
TEST(DanishDates, SameAsOneSearchOnRandomTexts) {
  std::mt19937 random(20261207);
  std::uniform_int_distribution<int> length(0, 8);
  std::size_t dates = 0;
  for (int i = 0; i < 200000; ++i) {
    std::string text;
    for (int n = length(random); n > 0; --n) {
      text += random() % 3 == 0 ? date_like(random) : pick(random, pieces());
      if (random() % 2 == 0) text += ' ';  // a word boundary, as prose has
    }
    expect_same(text);
    if (!reference::find_date(text).iso.empty()) ++dates;
    if (HasFailure()) return;
  }
  EXPECT_GT(dates, 2000u);  // the random texts hold dates, not only misses
}
