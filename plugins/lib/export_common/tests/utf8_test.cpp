#include <gtest/gtest.h>

#include <export_common/utf8.hpp>
#include <string>

namespace {

using protokol::export_common::append_scrubbed_utf8;
using protokol::export_common::is_valid_utf8;

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
