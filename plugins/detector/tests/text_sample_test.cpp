#include "text_sample.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>

namespace protokol::detector {
namespace {

TEST(TextSample, ShortTextIsTakenWhole) {
  const std::string text = "a\nb\nc";
  const auto pieces = sample_text(text, 1024);
  ASSERT_EQ(pieces.size(), 1u);
  EXPECT_EQ(pieces[0], text);
}

TEST(TextSample, LongTextIsHeadPlusWindowsOfWholeLines) {
  std::string text;
  for (int i = 0; text.size() < 1'000'000; ++i) text += "linje " + std::to_string(i) + "\n";
  const auto pieces = sample_text(text, 4096);
  ASSERT_EQ(pieces.size(), 17u);
  std::size_t total = 0;
  for (const std::string_view piece : pieces) {
    total += piece.size();
    EXPECT_EQ(piece.back(), '\n');
    const std::size_t offset = static_cast<std::size_t>(piece.data() - text.data());
    EXPECT_TRUE(offset == 0 || text[offset - 1] == '\n') << offset;
  }
  EXPECT_LE(total, 2u * 4096);
  const std::string_view last = pieces.back();
  EXPECT_GT(static_cast<std::size_t>(last.data() - text.data()), text.size() * 9 / 10);
}

TEST(TextSample, WindowWithoutWholeLineIsSkippedButHeadIsCut) {
  const std::string text = std::string(10000, 'x') + "\n";
  const auto pieces = sample_text(text, 1024);
  ASSERT_EQ(pieces.size(), 1u);
  EXPECT_EQ(pieces[0].size(), 1024u);
}

TEST(TextSample, ForEachLineSplitsOnLfOnly) {
  std::vector<std::string> lines;
  for_each_line("a\n\nb c\nd", [&](std::string_view line) { lines.emplace_back(line); });
  EXPECT_EQ(lines, (std::vector<std::string>{"a", "", "b c", "d"}));
}

// The lines of texts of every length around the 64-byte blocks the split
// reads at once (lines short and long, LFs at the blocks' edges, a last
// line with or without its LF) are the lines a split at each LF gives.
TEST(TextSample, ForEachLineGivesEveryLineAcrossTheBlocks) {
  std::mt19937 random(20261208);
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const std::size_t length = random() % 300;
    const std::size_t line_feeds_in = 1 + random() % 80;  // one byte in so many is an LF
    while (text.size() < length) text.push_back(random() % line_feeds_in == 0 ? '\n' : 'x');
    std::vector<std::string> expected;
    for (std::size_t start = 0; start < text.size();) {
      const std::size_t lf = std::min(text.find('\n', start), text.size());
      expected.push_back(text.substr(start, lf - start));
      start = lf + 1;
    }
    std::vector<std::string> lines;
    for_each_line(text, [&](std::string_view line) { lines.emplace_back(line); });
    ASSERT_EQ(lines, expected) << text;
  }
}

}  // namespace
}  // namespace protokol::detector
