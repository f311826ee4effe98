#include "cpr_numbers.hpp"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

namespace protokol::cpr {
namespace {

std::string redacted(std::string text) {
  redact_cpr_numbers(text);
  return text;
}

TEST(CprNumbers, TheWrittenFormsAreFound) {
  EXPECT_EQ(redacted("CPR-nr. 010203-1234 er oplyst."), "CPR-nr. XXXXXX-XXXX er oplyst.");
  EXPECT_EQ(redacted("cpr 0102031234"), "cpr XXXXXXXXXX");
  EXPECT_EQ(redacted("(010203 1234)"), "(XXXXXX XXXX)");
  EXPECT_EQ(redacted("nr.010203-1234"), "nr.XXXXXX-XXXX");
  EXPECT_EQ(redacted("Borger 290200-1234."), "Borger XXXXXX-XXXX.");
}

TEST(CprNumbers, TheTextKeepsItsLengthAndEveryOtherByte) {
  const std::string text = "Sag 24/28115: borger 311299-4321 (Ø) søger om tilskud.\n";
  const std::string out = redacted(text);
  ASSERT_EQ(out.size(), text.size());
  EXPECT_EQ(out, "Sag 24/28115: borger XXXXXX-XXXX (Ø) søger om tilskud.\n");
}

TEST(CprNumbers, OnlyRealDaysAndMonths) {
  EXPECT_TRUE(find_cpr_numbers("321299-1234").empty());   // day 32
  EXPECT_TRUE(find_cpr_numbers("311199-1234").empty());   // 31 November
  EXPECT_TRUE(find_cpr_numbers("011399-1234").empty());   // month 13
  EXPECT_TRUE(find_cpr_numbers("000199-1234").empty());   // day 0
  EXPECT_EQ(find_cpr_numbers("290296-1234").size(), 1u);  // 29 February: the century is unknown
}

TEST(CprNumbers, CaseDocumentAndPhoneNumbersAreNot) {
  for (const char* other :
       {"24/0102031234", "EMN-010203-1234", "2012-010203-1234", "5.0102031234", "010203-12345",
        "10102031234", "010203-1234/23", "010203-1234-5", "K010203-1234", "+45 12345678",
        "24.10.00-G20-1-20", "123456/23", "010203-123", "Doknr.: 123456-2023"}) {
    EXPECT_TRUE(find_cpr_numbers(other).empty()) << other;
  }
}

TEST(CprNumbers, OffsetsPointAtTheDigits) {
  const std::string text = "a 010203-1234 og 0504061234";
  const auto found = find_cpr_numbers(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(text.substr(found[0].start, found[0].end - found[0].start), "010203-1234");
  EXPECT_EQ(text.substr(found[1].start, found[1].end - found[1].start), "0504061234");
}

TEST(CprNumbers, RedactingCountsWhatItFound) {
  std::string text = "010203-1234, 040506-7890 og 999999-9999";
  EXPECT_EQ(redact_cpr_numbers(text), 2u);
  EXPECT_EQ(text, "XXXXXX-XXXX, XXXXXX-XXXX og 999999-9999");
}

// The pattern's matches in one RE2 pass over the whole text, as
// find_cpr_numbers() searched before it looked only near long digit runs.
std::vector<std::pair<std::size_t, std::size_t>> whole_text_matches(std::string_view text) {
  static const RE2 pattern(R"((\d{6})[- ]?\d{4})");
  std::vector<std::pair<std::size_t, std::size_t>> out;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece date;
  while (RE2::FindAndConsume(&input, pattern, &date)) {
    out.emplace_back(static_cast<std::size_t>(date.data() - text.data()),
                     static_cast<std::size_t>(input.data() - text.data()));
  }
  return out;
}

constexpr std::size_t disagreed = static_cast<std::size_t>(-1);

// How many matches find_cpr_patterns() gives for `text`, the same as one RE2
// pass over the whole text gives; `disagreed` (and a failure) when they differ.
std::size_t matches_agreeing_with_the_whole_text(const std::string& text) {
  std::vector<std::pair<std::size_t, std::size_t>> found;
  for (const span& s : find_cpr_patterns(text)) found.emplace_back(s.start, s.end);
  const auto expected = whole_text_matches(text);
  EXPECT_EQ(found, expected) << text;
  return found == expected ? expected.size() : disagreed;
}

TEST(CprNumbers, TheWindowedSearchFindsWhatOneWholeTextPassFinds) {
  // Digit-heavy text: runs of every length, separators, runs that touch.
  std::mt19937 random(20261203);
  const std::string alphabet = "0123456789 -./a\n";
  std::size_t matches = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const std::size_t length = random() % 60;
    for (std::size_t i = 0; i < length; ++i) {
      text.push_back(random() % 4 == 0 ? alphabet[random() % alphabet.size()]
                                       : static_cast<char>('0' + random() % 10));
    }
    const std::size_t agreed = matches_agreeing_with_the_whole_text(text);
    if (agreed == disagreed) return;
    matches += agreed;
  }
  EXPECT_GT(matches, 10000u);
}

// Prose with a few digit runs of every length, at every offset from the
// 64-byte blocks the digit scan reads.
TEST(CprNumbers, RunsInProseAreFoundAtAnyOffset) {
  std::mt19937 random(20261207);
  std::size_t matches = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const std::size_t length = random() % 200;
    while (text.size() < length) {
      if (random() % 8 == 0) {
        const std::size_t run = 1 + random() % 12;
        for (std::size_t i = 0; i < run; ++i)
          text.push_back(static_cast<char>('0' + random() % 10));
        if (random() % 2 == 0) text.push_back(random() % 2 == 0 ? '-' : ' ');
      } else {
        text.push_back("abc de\n"[random() % 7]);
      }
    }
    const std::size_t agreed = matches_agreeing_with_the_whole_text(text);
    if (agreed == disagreed) return;
    matches += agreed;
  }
  EXPECT_GT(matches, 1000u);
}

// Long prose with a few digit runs far apart: the digit scan passes over
// whole blocks of 64 bytes without a digit, and a run may start in one block
// and end in the next, at any offset from them.
TEST(CprNumbers, RareRunsInLongProseAreFoundAtAnyOffset) {
  std::mt19937 random(20261208);
  std::size_t matches = 0;
  for (int round = 0; round < 20000; ++round) {
    const std::size_t length = 128 + random() % 400;
    std::string text;
    for (std::size_t i = 0; i < length; ++i) text.push_back("abc de\n,."[random() % 9]);
    for (std::size_t runs = 1 + random() % 3; runs > 0; --runs) {
      std::string run;
      for (std::size_t i = 6 + random() % 6; i > 0; --i)
        run.push_back(static_cast<char>('0' + random() % 10));
      if (random() % 2 == 0) run.insert(6, random() % 2 == 0 ? "-" : " ");
      text.replace(random() % (length - run.size()), run.size(), run);
    }
    const std::size_t agreed = matches_agreeing_with_the_whole_text(text);
    if (agreed == disagreed) return;
    matches += agreed;
  }
  EXPECT_GT(matches, 10000u);
}

}  // namespace
}  // namespace protokol::cpr
