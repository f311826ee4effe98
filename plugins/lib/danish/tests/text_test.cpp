#include "danish/text.hpp"

#include <gtest/gtest.h>

namespace pd = protokol::danish;

TEST(DanishText, FoldsDanishCapitals) {
  EXPECT_EQ(pd::fold_case("ØSTERGAARD Åse Æble"), "østergaard åse æble");
}

TEST(DanishText, FoldsBlankRuns) {
  EXPECT_EQ(pd::fold_blanks("  Det \t Konservative\n Folkeparti "), "Det Konservative Folkeparti");
}

TEST(DanishText, DecodesBackwards) {
  std::size_t len = 0;
  EXPECT_EQ(pd::decode_before("aø", 3, len), U'ø');
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(pd::decode_before("aø", 0, len), 0u);
}

TEST(DanishText, TellsUpperFromLower) {
  EXPECT_TRUE(pd::starts_upper("Øster"));
  EXPECT_FALSE(pd::starts_upper("øster"));
  EXPECT_TRUE(pd::is_upper(U'Ş'));
  EXPECT_FALSE(pd::is_upper(U'ş'));
}

TEST(DanishText, StrayByteDecodesAsReplacement) {
  std::size_t len = 0;
  EXPECT_EQ(pd::decode_at("\xC3", 0, len), 0xFFFDu);
  EXPECT_EQ(len, 1u);
}
