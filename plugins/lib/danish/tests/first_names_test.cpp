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
