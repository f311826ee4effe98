#include "danish/lines.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace pd = protokol::danish;

TEST(DanishLines, LineAtAnOffsetEndsAtItsLineFeed) {
  const pd::line_index lines("Bilag\n1. Plan\fside\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines.line_of(0), 0u);
  EXPECT_EQ(lines.line_of(5), 0u);  // the LF belongs to the line it ends
  EXPECT_EQ(lines.line_of(6), 1u);
  const pd::line_span second = lines.line_at(12);
  EXPECT_EQ(second.start, 6u);
  EXPECT_EQ(second.end, 18u);  // a form feed does not end a line
  EXPECT_EQ(lines.line(2).start, 19u);
  EXPECT_EQ(lines.line(2).end, 19u);
}

TEST(DanishLines, TextWithoutLineFeedIsOneLine) {
  const pd::line_index lines("Punkt 1");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines.line_at(3).start, 0u);
  EXPECT_EQ(lines.line_at(3).end, 7u);
}

// The constructor reads 64 bytes at a time, then the rest byte by byte: LFs
// at every offset of a block, at its edges, side by side and in the tail
// give the starts a plain walk gives.
TEST(DanishLines, LineFeedsAtEveryOffsetOfTheBlocks) {
  for (std::size_t size : {0u, 1u, 63u, 64u, 65u, 127u, 128u, 200u}) {
    for (std::size_t step : {1u, 2u, 3u, 7u, 63u, 64u, 65u}) {
      for (std::size_t first = 0; first < std::min<std::size_t>(size, 70); ++first) {
        std::string text(size, 'x');
        for (std::size_t i = first; i < size; i += step) text[i] = '\n';
        text.push_back('\xC3');  // bytes from 0x80 are no LF
        std::vector<std::size_t> expected{0};
        for (std::size_t i = 0; i < text.size(); ++i)
          if (text[i] == '\n') expected.push_back(i + 1);
        const pd::line_index lines(text);
        ASSERT_EQ(lines.size(), expected.size()) << size << " " << step << " " << first;
        for (std::size_t n = 0; n < expected.size(); ++n) {
          ASSERT_EQ(lines.line(n).start, expected[n]) << size << " " << step << " " << first;
        }
        ASSERT_EQ(lines.line(expected.size() - 1).end, text.size());
      }
    }
  }
}
