#include <gtest/gtest.h>

#include <charconv>
#include <cstdint>
#include <export_common/decimal.hpp>
#include <limits>
#include <random>
#include <string>

namespace {

std::string expected(std::uint64_t value) {
  char digits[24];
  return {digits, std::to_chars(digits, digits + sizeof digits, value).ptr};
}

std::string written(std::uint64_t value) {
  char room[24];
  return {room, protokol::export_common::put_decimal(room, value)};
}

// put_decimal writes std::to_chars's digits: every number below two
// million, each side of every power of ten, random numbers of every length
// and the largest.
TEST(Decimal, WritesTheDigitsOfToChars) {
  for (std::uint64_t value = 0; value < 2'000'000; ++value)
    ASSERT_EQ(written(value), expected(value));
  for (std::uint64_t power = 10; power <= 10'000'000'000'000'000'000ull; power *= 10) {
    for (const std::uint64_t value : {power - 1, power, power + 1})
      ASSERT_EQ(written(value), expected(value));
  }
  std::mt19937_64 random(3);
  for (int round = 0; round < 1'000'000; ++round) {
    const std::uint64_t value = random() >> (random() % 64);
    ASSERT_EQ(written(value), expected(value));
  }
  EXPECT_EQ(written(std::numeric_limits<std::uint64_t>::max()), "18446744073709551615");
  EXPECT_EQ(written(99'999'999), "99999999");
}

}  // namespace
