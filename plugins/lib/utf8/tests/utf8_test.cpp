#include <gtest/gtest.h>

#include <string>
#include <utf8/utf8.hpp>

namespace {

using protokol::utf8::append_scrubbed_utf8;
using protokol::utf8::is_valid_utf8;

std::string scrubbed(std::string_view s) {
  std::string out;
  append_scrubbed_utf8(out, s);
  return out;
}

TEST(Utf8, AcceptsDanishLettersAndEmoji) {
  EXPECT_TRUE(is_valid_utf8("Ærø, Søren Åberg 🙂 and a long ascii tail of text"));
}

TEST(Utf8, RefusesLatin1OverlongSurrogatesAndTruncation) {
  EXPECT_FALSE(is_valid_utf8("S\xF8ren"));          // Latin-1 ø
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(is_valid_utf8("abcdefgh\xE2\x82"));  // cut short
}

// is_valid_utf8 passes ASCII sixteen or eight bytes at a time: it agrees
// with a check of one character after another on random text.
TEST(Utf8, AgreesWithACharacterByCharacterCheck) {
  const std::string_view pieces[] = {"a",       "b c",          "\xC3\xB8",         "\xC3",
                                     "\xB8",    "\xE2\x80\x93", "\xF0\x9F\x99\x82", "\xED\xA0\x80",
                                     "\x7F",    "\xFF",         "\xC1\xBF",         "\xC2\x80",
                                     "\xDF\xBF"};
  unsigned state = 5;
  auto next = [&] { return (state = state * 1103515245U + 12345U) >> 16; };
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const unsigned length = next() % 60;
    for (unsigned k = 0; k < length; ++k)
      s += next() % 3 == 0 ? pieces[next() % std::size(pieces)] : "x";
    bool expected = true;
    for (std::size_t pos = 0; pos < s.size() && expected;) {
      const std::size_t n = protokol::utf8::utf8_char_length(s, pos);
      expected = n != 0;
      pos += n;
    }
    EXPECT_EQ(is_valid_utf8(s), expected) << s;
  }
}

TEST(Utf8, ScrubReplacesEachIllFormedPartByOneReplacementCharacter) {
  EXPECT_EQ(scrubbed("S\xF8ren"), "S\xEF\xBF\xBDren");
  EXPECT_EQ(scrubbed("\xE2\x82"
                     "A"),
            "\xEF\xBF\xBD"
            "A");
  EXPECT_EQ(scrubbed("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(scrubbed("Ærø"), "Ærø");
}

}  // namespace
