#include "danish/first_names.hpp"

#include <gtest/gtest.h>

using protokol::danish::is_first_name;

TEST(DanishFirstNames, KnowsCommonNames) {
  EXPECT_TRUE(is_first_name("Søren"));
  EXPECT_TRUE(is_first_name("Anne"));
  EXPECT_TRUE(is_first_name("Mohammad"));
  EXPECT_TRUE(is_first_name("Aage"));
  EXPECT_TRUE(is_first_name("Zainab"));
  // Added after trials AY and BB ("Molly Thomsen", "Ninni Lodahl Gjessing").
  EXPECT_TRUE(is_first_name("Molly"));
  EXPECT_TRUE(is_first_name("Ninni"));
  EXPECT_TRUE(is_first_name("Freja"));
}

TEST(DanishFirstNames, OtherWordsAreNotFirstNames) {
  EXPECT_FALSE(is_first_name("søren"));
  EXPECT_FALSE(is_first_name("Kommune"));
  EXPECT_FALSE(is_first_name(""));
}

// The table is looked up by open addressing: every name must be found from
// its first slot, past the names that took slots before it, and a word that
// differs from each name in one byte, or is one byte shorter or longer,
// must not be, as a search of the whole table answers.
TEST(DanishFirstNames, EveryNameIsFoundAndItsNeighboursAsTheTableSays) {
  const auto table = protokol::danish::first_name_table();
  ASSERT_GT(table.size(), 400u);
  auto in_table = [&](std::string_view word) {
    for (const std::string_view name : table) {
      if (name == word) return true;
    }
    return false;
  };
  for (const std::string_view name : table) {
    EXPECT_TRUE(is_first_name(name)) << name;
    const std::string word(name);
    for (std::size_t i = 0; i < word.size(); ++i) {
      for (const char b : {'a', 'e', 'X', '\xC3'}) {
        std::string other = word;
        other[i] = b;
        EXPECT_EQ(is_first_name(other), in_table(other)) << other;
      }
    }
    const std::string shorter = word.substr(0, word.size() - 1);
    const std::string longer = word + "e";
    EXPECT_EQ(is_first_name(shorter), in_table(shorter)) << shorter;
    EXPECT_EQ(is_first_name(longer), in_table(longer)) << longer;
    EXPECT_EQ(is_first_name(longer.substr(1)), in_table(longer.substr(1))) << longer;
  }
  for (const std::string_view word : {"A", "Bo", "Ann", "Zz", "Kommunalbestyrelsen"})
    EXPECT_EQ(is_first_name(word), in_table(word)) << word;
}
