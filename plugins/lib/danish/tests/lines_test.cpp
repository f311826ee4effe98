#include "danish/lines.hpp"

#include <gtest/gtest.h>

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
