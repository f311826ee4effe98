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
      row({at(71, 755, "1Jf.", 8), at(95, 755, "bekendtgørelse", 8)}),
      row({at(83, 767, "stk.", 8), at(105, 767, "2.", 8)}),
  };
  drop_footnotes(rows, 842);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].text, "til 15. juli.");
  EXPECT_EQ(rows[1].text, "18.000 m2 havbund");
  EXPECT_EQ(rows[2].text, "Havmiljøloven.");
}

// "4.500 m²" and, lower on the page, a line of the text that starts "2 ":
// a unit's power is no mark, and a line at the text's size is no note;
// nothing goes (the review found the rest of a page dropped).
TEST(Notes, AUnitsPowerAndALineOfTheTextAreNoNote) {
  std::vector<line> rows = {
      row({at(71, 500, "4.500"), at(105, 500, "m", 10, false), at(110.1, 500, "2", 5.8),
           at(120, 500, "etageareal")}),
      row({at(71, 700, "2"), at(80, 700, "boligblokke"), at(140, 700, "i"), at(150, 700, "fire")}),
      row({at(71, 720, "Beslutning")}),
      row({at(71, 740, "til"), at(90, 740, "15."), at(110, 740, "juli.", 10, false),
           at(135, 740, "3", 5.8, false)}),
      row({at(71, 760, "3"), at(80, 760, "etager")}),
  };
  drop_footnotes(rows, 842);
  EXPECT_EQ(rows.size(), 5u);
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
