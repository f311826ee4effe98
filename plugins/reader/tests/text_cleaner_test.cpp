#include "text_cleaner.hpp"

#include <gtest/gtest.h>

#include <string>

#include "charset.hpp"

namespace protokol::reader {
namespace {

using namespace std::string_literals;

std::string cleaned(std::string_view in) {
  std::string out;
  clean_text(in, out);
  return out;
}

TEST(TextCleaner, CrLfBecomesLf) { EXPECT_EQ(cleaned("a\r\nb\r\n"), "a\nb\n"); }

TEST(TextCleaner, LoneCrBecomesLf) { EXPECT_EQ(cleaned("a\rb\r\rc"), "a\nb\n\nc"); }

TEST(TextCleaner, FormFeedAfterLineBreakAddsNoBlankLine) {
  EXPECT_EQ(cleaned("lokalplan for\n\fStationen"), "lokalplan for\nStationen");
}

TEST(TextCleaner, FormFeedBeforeLineBreakAddsNoBlankLine) {
  EXPECT_EQ(cleaned("side 1\f\nside 2"), "side 1\nside 2");
  EXPECT_EQ(cleaned("side 1\f\r\nside 2"), "side 1\nside 2");
}

TEST(TextCleaner, FormFeedInsideLineBreaksIt) {
  EXPECT_EQ(cleaned("Side 2\fReferat"), "Side 2\nReferat");
}

TEST(TextCleaner, RunOfFormFeedsIsOneBreak) { EXPECT_EQ(cleaned("a\f\f\fb"), "a\nb"); }

TEST(TextCleaner, LeadingFormFeedIsDropped) { EXPECT_EQ(cleaned("\fReferat"), "Referat"); }

TEST(TextCleaner, OtherControlsAreRemovedTabKept) {
  EXPECT_EQ(cleaned("a\x01\x08\tb\x0B\x1B\x7F"
                    "c\n"s),
            "a\tbc\n");
}

TEST(TextCleaner, C1ControlsBecomeWindows1252Characters) {
  EXPECT_EQ(cleaned("5 \xC2\x80 \xC2\x96 \xC2\x93"
                    "citat\xC2\x94"s),
            "5 € – “citat”");
}

TEST(TextCleaner, UndefinedC1ControlsAreRemoved) {
  EXPECT_EQ(cleaned("a\xC2\x81"
                    "b"s),
            "ab");
}

TEST(TextCleaner, LineAndParagraphSeparatorsBreakLines) {
  EXPECT_EQ(cleaned("a\u2028b\u2029c"), "a\nb\n\nc");
}

TEST(TextCleaner, StrayByteOrderMarkIsRemoved) { EXPECT_EQ(cleaned("a\uFEFFb"), "ab"); }

TEST(TextCleaner, OtherMultibyteCharactersAreKept) {
  EXPECT_EQ(cleaned("§ ½ — € æøå"), "§ ½ — € æøå");
}

TEST(TextCleaner, NoFinalNewlineIsAdded) { EXPECT_EQ(cleaned("slut"), "slut"); }

TEST(TextCleaner, C1TableMatchesIcuWindows1252) {
  for (unsigned i = 0; i < 32; ++i) {
    const char byte = static_cast<char>(0x80 + i);
    const conversion icu = convert_to_utf8(std::string_view(&byte, 1), "windows-1252");
    ASSERT_TRUE(icu.ok);
    const std::string c1 = "\xC2"s + byte;
    if (windows_1252_c1(i) == 0) {
      EXPECT_EQ(icu.text, c1) << "ICU leaves byte " << 0x80 + i << " a C1 control";
    } else {
      EXPECT_EQ(cleaned(c1), icu.text) << "byte " << 0x80 + i;
    }
  }
}

}  // namespace
}  // namespace protokol::reader
