// Footnotes: their marks in the text and the notes at the page's foot.
#include "notes.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace protokol::pdf {
namespace {

word at(double x, double top, const std::string& text, double size = 10, bool space = true) {
  const double width = 0.5 * size * static_cast<double>(text.size());
  return word{text, x, top, x + width, top + 1.3 * size, size, false, space};
}

line row(std::vector<word> words) {
  line l;
  l.words = std::move(words);
  finish_line(l);
  return l;
}

// "juli." with a small raised "1" glued to it, the note "1Jf. ..." (and its
// wrapped line) at the page's foot: both go. "m" with a raised "2" and no
// note stays "m2".
TEST(Notes, DropsAFootnoteAndItsMark) {
  std::vector<line> rows = {
      row({at(71, 569, "til"), at(90, 569, "15."), at(110, 569, "juli.", 10, false),
           at(135, 569, "1", 5.8, false)}),
      row({at(71, 600, "18.000"), at(105, 600, "m", 10, false), at(110.1, 600, "2", 5.8),
           at(120, 600, "havbund")}),
      row({at(71, 700, "Havmiljøloven.")}),
      row({at(71, 755, "1Jf."), at(95, 755, "bekendtgørelse")}),
      row({at(83, 767, "stk."), at(105, 767, "2.")}),
  };
  drop_footnotes(rows, 842);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].text, "til 15. juli.");
  EXPECT_EQ(rows[1].text, "18.000 m2 havbund");
  EXPECT_EQ(rows[2].text, "Havmiljøloven.");
}

// A raised number whose note is not on the page, and a list's item at the
// foot ("1. Godkendelse"), are no footnote.
TEST(Notes, KeepsAMarkWithoutANoteAndAListAtTheFoot) {
  std::vector<line> rows = {
      row({at(71, 569, "juli.", 10, false), at(96, 569, "1", 5.8, false)}),
      row({at(71, 755, "1."), at(85, 755, "Godkendelse")}),
  };
  drop_footnotes(rows, 842);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].text, "juli.1");
  EXPECT_EQ(rows[1].text, "1. Godkendelse");
}

}  // namespace
}  // namespace protokol::pdf
