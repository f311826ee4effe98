#include <gtest/gtest.h>

#include <export_common/plain_scan.hpp>
#include <random>
#include <string>

namespace {

using protokol::export_common::plain_scan;

std::size_t slow_skip(const plain_scan& scan, std::string_view s, std::size_t pos) {
  while (pos < s.size() && scan.is_plain(s[pos])) ++pos;
  return pos;
}

TEST(PlainScan, StopsAtChosenCharactersControlsAndNonAscii) {
  constexpr plain_scan scan('&', '<', '>');
  EXPECT_EQ(scan.skip("abcdefghijkl&mn", 0), 12u);
  EXPECT_EQ(scan.skip("abcdefghijklmnop\nq", 0), 16u);
  EXPECT_EQ(scan.skip("abcdefghijkl\xC3\xA6", 0), 12u);
  EXPECT_EQ(scan.skip("abc", 0), 3u);
  EXPECT_EQ(scan.skip("a\x7F"
                      "bcdefghij",
                      0),
            11u);
}

void expect_agreement_on_random_text(const plain_scan& scan) {
  std::mt19937 random(7);
  const std::string alphabet = std::string("abc \"\\\n\t\x01\x7F\xC3\xA6\xFF", 13);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const std::size_t length = random() % 100;
    for (std::size_t i = 0; i < length; ++i) {
      s.push_back(random() % 4 == 0 ? alphabet[random() % alphabet.size()] : 'x');
    }
    for (std::size_t pos = 0; pos <= s.size(); ++pos)
      ASSERT_EQ(scan.skip(s, pos), slow_skip(scan, s, pos)) << s;
  }
}

TEST(PlainScan, AgreesWithAByteByByteScanOnRandomText) {
  expect_agreement_on_random_text(plain_scan('"', '\\', '"'));
  expect_agreement_on_random_text(plain_scan('"', '\\', '"', true));
  expect_agreement_on_random_text(plain_scan('&', '<', '>', true));
}

TEST(PlainScan, CheckedUtf8PassesNonAsciiButStillStopsAtControls) {
  constexpr plain_scan scan('"', '\\', '"', true);
  EXPECT_EQ(scan.skip("abcdefghijkl\xC3\xA6mnop\"q", 0), 18u);
  EXPECT_EQ(scan.skip("\xC3\xA6\xC3\xB8\xC3\xA5\xC3\x85\n", 0), 8u);
  EXPECT_EQ(scan.skip("\xE2\x80\x93\x01", 0), 3u);
}

}  // namespace
