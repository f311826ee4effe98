#include "words.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace {

using word_list = std::vector<std::pair<std::size_t, std::size_t>>;

word_list words_of(std::string_view text) {
  word_list out;
  protokol::people::for_each_word(
      text, [&](std::size_t start, std::size_t end) { out.emplace_back(start, end); });
  return out;
}

// The byte loop alone, which defines what a word is; the 64-byte windows
// must find the same words.
word_list words_by_bytes(std::string_view text) {
  word_list out;
  auto visit = [&](std::size_t start, std::size_t end) { out.emplace_back(start, end); };
  for (std::size_t pos = 0; pos < text.size();)
    pos = protokol::people::words_detail::step(text, pos, visit);
  return out;
}

}  // namespace

// Plain text goes through the windows' masks; a window with a byte the
// masks cannot judge goes to the byte loop. Every piece below, at every
// offset inside a window, gives the byte loop's words.
TEST(Words, WindowsFindTheByteLoopsWords) {
  const std::string pieces[] = {
      "Søren Ågård-Hansen",
      "Kultur- og fritidsudvalget",
      "COVID-19 og 2-3 sager",
      "×÷ 3×4",                       // C3 97, C3 B7: no letters after a letter's lead byte
      "x\xC1\x81y \xC0\xAF\xC1\xBF",  // over-long forms ("A", "/", "?")
      "x\xE0\x81\x81y \xF0\x80\x81\x81 \xE0\x80\xAF",
      "Москва Дмитрий",                      // D0, D1 leads
      "\xE1\xBA\xA0nh \xE1\xBB\x87",         // E1 leads: Vietnamese letters
      "\xF1\x80\x80\x80x \xF0\x9F\x98\x80",  // four-byte forms
      "Ærø–Østjylland “citat” ½",
      "Anne-\nHolm --- a-b- -c",
      // A hyphen before a two-byte letter joins it; at a window's end the
      // letter's second byte is in the next window, so such a word must be
      // read again from its start there.
      "BÃ¸gh-Ãrsted og Lund-Ãberg",
  };
  for (const std::string& piece : pieces) {
    for (std::size_t offset = 0; offset < 70; ++offset) {
      const std::string text = std::string(offset, 'a') + " " + piece + " Holm " +
                               std::string(70, 'b') + " " + piece + " end";
      EXPECT_EQ(words_of(text), words_by_bytes(text)) << piece << " at " << offset;
    }
  }
}

// `wanted` may say which of its tests a word passed, as a small number:
// `visit` gets that number for each word it is given, and no word for
// which it was zero. Every piece at every offset of a window, through the
// windows and the byte loop alike.
TEST(Words, TheVisitGetsWhatTheTestSaidOfEachWord) {
  const std::string pieces[] = {"Søren Ågård-Hansen og Anne Holm", "a bb ccc dddd eeeee ffffff",
                                "Москва × Kultur- og fritidsudvalget"};
  // A number from a word's length, zero for every fourth length.
  auto said_of = [](std::size_t start, std::size_t end) {
    return static_cast<unsigned char>((end - start) % 4);
  };
  for (const std::string& piece : pieces) {
    for (std::size_t offset = 0; offset < 70; ++offset) {
      const std::string text = std::string(offset, 'a') + " " + piece + " " + std::string(70, 'b') +
                               " " + piece + " end";
      std::vector<std::pair<std::pair<std::size_t, std::size_t>, unsigned char>> expected;
      for (const auto& word : words_by_bytes(text)) {
        const unsigned char said = said_of(word.first, word.second);
        if (said != 0) expected.push_back({word, said});
      }
      std::vector<std::pair<std::pair<std::size_t, std::size_t>, unsigned char>> visited;
      protokol::people::for_each_word(text, said_of,
                                      [&](std::size_t start, std::size_t end, unsigned char said) {
                                        visited.push_back({{start, end}, said});
                                      });
      EXPECT_EQ(visited, expected) << piece << " at " << offset;
    }
  }
}
