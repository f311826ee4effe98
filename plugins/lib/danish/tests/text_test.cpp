#include "danish/text.hpp"

#include <gtest/gtest.h>

#include <string>
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

// fold_blanks() copies up to eight plain bytes at a time (ASCII from "!" on,
// up to the first other byte): blanks, controls and letters from 0x80 at
// every offset of the eight give what a byte by byte fold gives.
TEST(DanishText, FoldBlanksWithBlanksAtEveryOffset) {
  auto by_bytes = [](std::string_view text) {
    std::string out;
    bool pending = false;
    for (std::size_t pos = 0; pos < text.size();) {
      if (text.compare(pos, 2, "\xC2\xA0") == 0 || text[pos] == ' ' || text[pos] == '\t' ||
          text[pos] == '\n' || text[pos] == '\r' || text[pos] == '\f') {
        pending = !out.empty();
        pos += text[pos] == '\xC2' ? 2 : 1;
        continue;
      }
      if (pending) out += ' ';
      pending = false;
      out += text[pos++];
    }
    return out;
  };
  const std::string pieces[] = {" ", "\t\n", "\xC2\xA0", "\xC3\xB8", "\x01", "!", "~", "  \r\f"};
  for (const std::string& piece : pieces) {
    for (std::size_t at = 0; at < 20; ++at) {
      for (std::size_t after : {0u, 1u, 9u}) {
        const std::string text =
            std::string(at, 'a') + piece + "Holm" + piece + std::string(after, 'Z');
        EXPECT_EQ(pd::fold_blanks(text), by_bytes(text)) << at << " " << after;
      }
    }
  }
}

// fold_case() and fold_case_into() lowercase the ASCII bytes before a
// letter from 0x80 eight at a time: capitals at every offset before and
// after "Ø" and "É" fold as one by one.
TEST(DanishText, FoldCaseAsciiBeforeDanishLettersAtEveryOffset) {
  for (std::size_t at = 0; at < 20; ++at) {
    for (std::size_t after : {0u, 3u, 12u}) {
      const std::string text =
          std::string(at, 'Q') + "A\xC3\x98Z@[" + std::string(after, 'M') + "\xC3\x89" + "Kl";
      const std::string folded =
          std::string(at, 'q') + "a\xC3\xB8z@[" + std::string(after, 'm') + "\xC3\xA9" + "kl";
      EXPECT_EQ(pd::fold_case(text), folded) << at << " " << after;
      char buffer[64];
      EXPECT_EQ(pd::fold_case_into(text, buffer, sizeof buffer), folded) << at << " " << after;
    }
  }
}

// bullet_length() switches on the first byte: it answers as the plain
// comparison with each bullet does, for every first byte, for every bullet
// with a blank, a tab or something else after it, and for its prefixes.
TEST(DanishText, BulletLengthAsEachBulletCompared) {
  const std::string_view bullets[] = {"•", "·", "▪", "●", "-", "–", "*"};
  const auto by_comparison = [&](std::string_view text) -> std::size_t {
    for (const std::string_view b : bullets) {
      if (text.starts_with(b) && text.size() > b.size() &&
          (text[b.size()] == ' ' || text[b.size()] == '\t'))
        return b.size();
    }
    return 0;
  };
  std::vector<std::string> texts;
  for (const std::string_view b : bullets) {
    for (const std::string_view after : {"", " ", "\t", "x", " Udskriv", "\tA", "-"}) {
      texts.push_back(std::string(b) + std::string(after));
      texts.push_back(std::string(b.substr(0, b.size() - 1)) + std::string(after));
    }
  }
  for (int first = 0; first < 256; ++first) {
    for (const std::string_view rest : {"", " ", "\x80\xA2 ", "\x80\x93\t", "\x96\xAA", "\xB7 "})
      texts.push_back(std::string(1, static_cast<char>(first)) + std::string(rest));
  }
  // Near misses of the three-byte bullets: the right lead, a wrong tail.
  texts.push_back("\xE2\x80\xA3 x");
  texts.push_back("\xE2\x97\x8E x");
  texts.push_back("\xE2\x96\xAB x");
  for (const std::string& text : texts)
    EXPECT_EQ(pd::bullet_length(text), by_comparison(text)) << text;
  EXPECT_EQ(pd::bullet_length("• Udskriv"), 3u);
  EXPECT_EQ(pd::bullet_length("·\tA"), 2u);
  EXPECT_EQ(pd::bullet_length("- a"), 1u);
  EXPECT_EQ(pd::bullet_length("–2"), 0u);
}
