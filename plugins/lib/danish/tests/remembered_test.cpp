#include "danish/remembered.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace pd = protokol::danish;

// A text met before in its slot gets its answer without the work; another
// text in the slot, an empty text and a text longer than the table keeps
// are worked out each time, and every answer is the function's own.
TEST(DanishRemembered, AnswersFromTheTableOnlyForTheSameText) {
  int calls = 0;
  const auto upper = [&](std::string_view text) {
    ++calls;
    std::string out(text);
    for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    return out;
  };
  pd::remembered_answers<std::string, 8, 1> one_slot;
  EXPECT_EQ(one_slot("formand", upper), "FORMAND");
  EXPECT_EQ(one_slot("formand", upper), "FORMAND");
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(one_slot("formanden", upper), "FORMANDEN");  // longer than 8 bytes
  EXPECT_EQ(one_slot("formanden", upper), "FORMANDEN");
  EXPECT_EQ(calls, 3);
  EXPECT_EQ(one_slot("formænd", upper), "FORMæND");  // the slot's new text
  EXPECT_EQ(one_slot("formand", upper), "FORMAND");
  EXPECT_EQ(one_slot("forman", upper), "FORMAN");  // a prefix is another text
  EXPECT_EQ(calls, 6);
  EXPECT_EQ(one_slot(std::string_view(), upper), "");
  EXPECT_EQ(one_slot(std::string_view(), upper), "");
  EXPECT_EQ(calls, 8);
}

// The slot is worked out from a text's first and last bytes and its size:
// texts of every size that differ in one byte anywhere (inside a long
// middle too, where they share a slot) each get their own answer, and a
// text asked again is answered from the table.
TEST(DanishRemembered, EveryTextGetsItsOwnAnswerWhateverItsSlot) {
  int calls = 0;
  const auto reversed = [&](std::string_view text) {
    ++calls;
    return std::string(text.rbegin(), text.rend());
  };
  pd::remembered_answers<std::string, 30, 64> table;
  for (std::size_t size = 1; size <= 30; ++size) {
    for (std::size_t at = 0; at < size; ++at) {
      std::string text(size, 'a');
      for (std::size_t i = 0; i < size; ++i) text[i] = static_cast<char>('a' + i % 26);
      const std::string same = text;
      text[at] = '#';
      EXPECT_EQ(table(same, reversed), std::string(same.rbegin(), same.rend()));
      EXPECT_EQ(table(text, reversed), std::string(text.rbegin(), text.rend()));
    }
  }
  calls = 0;
  const std::string asked = "kommunaldirekt\xC3\xB8r";
  table(asked, reversed);
  EXPECT_EQ(table(asked, reversed), std::string(asked.rbegin(), asked.rend()));
  EXPECT_EQ(calls, 1);
}
