#include "danish/text.hpp"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

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

TEST(DanishText, WalksWordsByTheirSeparators) {
  std::vector<std::string_view> words;
  const std::string_view text = "Bo  Lund, formand";
  for (std::size_t pos = 0; pos < text.size();) words.push_back(pd::next_word(text, pos, " ,"));
  EXPECT_EQ(words, (std::vector<std::string_view>{"Bo", "", "Lund", "", "formand"}));
  std::size_t pos = 0;
  EXPECT_EQ(pd::next_word("Referat", pos), "Referat");
  EXPECT_EQ(pos, 8u);  // past the end: the walk stops
}

TEST(DanishText, StrayByteDecodesAsReplacement) {
  std::size_t len = 0;
  EXPECT_EQ(pd::decode_at("\xC3", 0, len), 0xFFFDu);
  EXPECT_EQ(len, 1u);
}

TEST(DanishText, FirstByteSetLetsThroughEveryTextAWordStarts) {
  constexpr std::string_view words[] = {"afbud", "Inhabil", "ønsker", "§ 17"};
  constexpr pd::first_byte_set set(words);
  for (const std::string_view text :
       {"afbud: X", "AFBUD: X", "Afbud", "inhabil: Y", "INHABIL", "Ønsker", "ønsker", "§ 17"}) {
    EXPECT_TRUE(set.may_start(text)) << text;
  }
  // What starts with none of the words, and the empty text, is ruled out;
  // the test may let more through than starts a word, never less.
  for (const std::string_view text : {"", "Beslutning", "bilag", " afbud", "1. Afbud"})
    EXPECT_FALSE(set.may_start(text)) << text;
  constexpr std::string_view with_empty[] = {"x", ""};
  EXPECT_TRUE(pd::first_byte_set(with_empty).may_start("anything"));
}
