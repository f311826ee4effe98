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
