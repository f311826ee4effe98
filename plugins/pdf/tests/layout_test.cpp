// Words -> lines in reading order, on hand-made pages.
#include "layout.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace protokol::pdf {
namespace {

// Words of `text` set from x at baseline row `row` (13 pt leading), 5 pt a
// character, 10 pt type.
void set(std::vector<word>& words, double x, int row, const std::string& text) {
  const double top = 80 + 13.0 * row;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find(' ', pos);
    if (end == std::string::npos) end = text.size();
    word w;
    w.text = text.substr(pos, end - pos);
    w.x0 = x;
    w.x1 = x + 5.0 * static_cast<double>(w.text.size());
    w.y0 = top;
    w.y1 = top + 10;
    w.size = 10;
    w.space_after = end < text.size();
    words.push_back(w);
    x = w.x1 + 3;
    pos = end + 1;
  }
}

std::vector<std::string> texts(const std::vector<line>& lines) {
  std::vector<std::string> out;
  for (const line& l : lines) out.push_back(l.text);
  return out;
}

TEST(Layout, GroupsWordsOnOneBaselineIntoARowLeftToRight) {
  std::vector<word> words;
  set(words, 300, 0, "højre del");
  set(words, 60, 0, "venstre del");
  set(words, 60, 1, "næste linje");
  const auto rows = group_rows(words);
  EXPECT_EQ(texts(rows), (std::vector<std::string>{"venstre del\thøjre del", "næste linje"}));
  EXPECT_TRUE(rows[0].table);
  EXPECT_FALSE(rows[1].table);
}

TEST(Layout, ReadsTwoColumnsLeftColumnFirst) {
  std::vector<word> words;
  set(words, 60, 0, "Punkt 1: En overskrift der går hen over hele siden og videre");
  for (int r = 1; r <= 8; ++r) {
    set(words, 60, r, "venstre spalte linje nummer " + std::to_string(r));
    set(words, 320, r, "højre spalte linje nummer " + std::to_string(r));
  }
  const auto lines = reading_order(group_rows(words), 595);
  ASSERT_EQ(lines.size(), 17u);
  EXPECT_EQ(lines[0].text, "Punkt 1: En overskrift der går hen over hele siden og videre");
  EXPECT_EQ(lines[1].text, "venstre spalte linje nummer 1");
  EXPECT_EQ(lines[8].text, "venstre spalte linje nummer 8");
  EXPECT_EQ(lines[9].text, "højre spalte linje nummer 1");
  EXPECT_EQ(lines[16].text, "højre spalte linje nummer 8");
  EXPECT_NE(lines[8].region, lines[9].region);
}

TEST(Layout, KeepsATableRowByRow) {
  std::vector<word> words;
  for (int r = 0; r < 8; ++r) {
    set(words, 60, r, "Punkt " + std::to_string(r));
    set(words, 400, r, std::to_string(r + 3));
  }
  const auto lines = reading_order(group_rows(words), 595);
  ASSERT_EQ(lines.size(), 8u);
  EXPECT_EQ(lines[0].text, "Punkt 0\t3");
  EXPECT_EQ(lines[7].text, "Punkt 7\t10");
}

// A member list set in two columns on a page of one column: read as its
// left column, then its right, each entry a line of its own that is never
// joined to the next; label rows above it stay rows.
TEST(Layout, ReadsATwoColumnBlockColumnByColumn) {
  std::vector<word> words;
  set(words, 71, 0, "Mødedato:");
  set(words, 200, 0, "05.03.2024");
  set(words, 71, 1, "Gitte Ravnholt (V), formand");
  set(words, 312, 1, "Inger Marie Lunddahl (F)");
  set(words, 71, 2, "Bjarne Lindholm Due (A), næstformand");
  set(words, 312, 2, "Per Østlund (O)");
  set(words, 71, 3, "Godkendelse af dagsorden og meget mere tekst");
  const auto lines = reading_order(group_rows(words), 595);
  EXPECT_EQ(texts(lines), (std::vector<std::string>{
                              "Mødedato:\t05.03.2024", "Gitte Ravnholt (V), formand",
                              "Bjarne Lindholm Due (A), næstformand", "Inger Marie Lunddahl (F)",
                              "Per Østlund (O)", "Godkendelse af dagsorden og meget mere tekst"}));
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_TRUE(lines[1].table);
  EXPECT_EQ(lines[1].region, lines[2].region);
  EXPECT_NE(lines[2].region, lines[3].region);
  EXPECT_EQ(lines[5].region, lines[0].region);
}

// Two-cell rows that are a label column and its values, or whose second
// cell starts far from the middle, stay rows.
TEST(Layout, KeepsLabelRowsAndOffCentreTwoCellRowsAsRows) {
  std::vector<word> words;
  set(words, 71, 0, "Mødested og tid:");
  set(words, 312, 0, "Rådhuset, lokale 2");
  set(words, 71, 1, "Fraværende med afbud:");
  set(words, 312, 1, "Bo Lund (V)");
  set(words, 71, 2, "Anne Kirk (A)");
  set(words, 200, 2, "Kommunalbestyrelsen i Lolland");
  set(words, 71, 3, "Bo Lund (V)");
  set(words, 200, 3, "Kommunalbestyrelsen i Lolland");
  const auto lines = reading_order(group_rows(words), 595);
  EXPECT_EQ(texts(lines), (std::vector<std::string>{"Mødested og tid:\tRådhuset, lokale 2",
                                                    "Fraværende med afbud:\tBo Lund (V)",
                                                    "Anne Kirk (A)\tKommunalbestyrelsen i Lolland",
                                                    "Bo Lund (V)\tKommunalbestyrelsen i Lolland"}));
}

TEST(Layout, OneColumnPageKeepsItsOrder) {
  std::vector<word> words;
  for (int r = 0; r < 10; ++r)
    set(words, 60, r, "en almindelig linje med tekst hen over siden " + std::to_string(r));
  const auto lines = reading_order(group_rows(words), 595);
  ASSERT_EQ(lines.size(), 10u);
  EXPECT_EQ(lines[3].text, "en almindelig linje med tekst hen over siden 3");
  EXPECT_EQ(lines[3].region, lines[4].region);
}

// A page of minutes is mostly short lines: its one full line, not the
// short ones, is where its lines end, so a short heading over a case number
// does not look full (and joined to the number by compose).
TEST(Layout, TheFurthestLineEndIsTheRegionsMarginOnAPageOfShortLines) {
  std::vector<word> words;
  set(words, 60, 0, "2.1 Orientering om regnskab");
  set(words, 60, 1, "Sagsnr.: 25/2044");
  for (int r = 2; r < 11; ++r) set(words, 60, r, "Navn Navnesen (A)");
  set(words, 60, 11, "Forvaltningen orienterer om halvårsregnskabet og om hvad det viser om året");
  const auto lines = reading_order(group_rows(words), 595);
  ASSERT_EQ(lines.size(), 12u);
  EXPECT_DOUBLE_EQ(lines[0].right, lines[11].x1);
  EXPECT_LT(lines[0].x1 + 50, lines[0].right);
}

// A page on which nothing wraps (a paragraph ending short over a heading)
// takes the document's margin, seen on another page, not its own longest
// line; the lines of a column keep their column's edge.
TEST(Layout, APageOfShortLinesTakesTheDocumentsMargin) {
  std::vector<word> first, second;
  set(first, 60, 0, "Dansk Folkeparti kan ikke gå ind for beslutningen");
  set(first, 60, 1, "Sagsfremstilling");
  set(second, 60, 0,
      "Forvaltningen orienterer om halvårsregnskabet og om hvad det viser om året der gik "
      "og om det næste år");
  std::vector<std::vector<line>> pages = {reading_order(group_rows(first), 595),
                                          reading_order(group_rows(second), 595)};
  pages[0].push_back(pages[0][1]);
  pages[0].back().column = true;
  const double own_edge = pages[0][0].right;
  widen_to_document_margin(pages, {595, 595});
  ASSERT_GT(pages[1][0].x1, 595 - 60);
  EXPECT_DOUBLE_EQ(pages[0][0].right, pages[1][0].x1);
  EXPECT_DOUBLE_EQ(pages[0][1].right, pages[1][0].x1);
  EXPECT_DOUBLE_EQ(pages[0][2].right, own_edge);
}

// Nothing in the document wraps: the margin mirrors the left one.
TEST(Layout, WithoutAWrappedLineTheMarginMirrorsTheLeftOne) {
  std::vector<word> words;
  set(words, 60, 0, "Økonomiudvalget indstiller, at budgettet oversendes");
  set(words, 60, 1, "Beslutning Byrådet, 20.09.2016");
  std::vector<std::vector<line>> pages = {reading_order(group_rows(words), 595)};
  widen_to_document_margin(pages, {595});
  EXPECT_DOUBLE_EQ(pages[0][0].right, 595 - 60);
}

// A page narrower than the document keeps its own edge when it shows it:
// a word broken at a hyphen over a line end, or the left column of the page
// before running on alone.
TEST(Layout, APageThatShowsANarrowerMarginKeepsIt) {
  std::vector<word> wide, broken, alone;
  set(wide, 60, 0,
      "Forvaltningen orienterer om halvårsregnskabet og om hvad det viser om året der gik "
      "og om det næste år");
  set(broken, 60, 0, "- Det nye nummer af Erhvervsnyt i Ruders-");
  set(broken, 60, 1, "dal");
  set(alone, 60, 0, "Arbejdsmarkedsudvalget tilkendegav, at");
  set(alone, 60, 1, "udvalget ser frem til at følge de nye");
  std::vector<std::vector<line>> pages = {reading_order(group_rows(wide), 595),
                                          reading_order(group_rows(broken), 595),
                                          reading_order(group_rows(alone), 595)};
  const double broken_edge = pages[1][0].right;
  const double alone_edge = pages[2][0].right;
  widen_to_document_margin(pages, {595, 595, 595});
  EXPECT_DOUBLE_EQ(pages[1][0].right, broken_edge);
  EXPECT_GT(pages[2][0].right, alone_edge);  // no column above it: the document's margin

  pages[1] = reading_order(group_rows(alone), 595);  // now under a left column
  for (line& l : pages[1]) l.column = true, l.x1 = 260;
  pages[2] = reading_order(group_rows(alone), 595);
  widen_to_document_margin(pages, {595, 595, 595});
  EXPECT_DOUBLE_EQ(pages[2][0].right, alone_edge);
}

// Mirrored margins (printing on both sides): the even pages' text starts
// further left and ends further left; each kind of page has its own margin.
TEST(Layout, PagesWithAnotherLeftEdgeHaveTheirOwnMargin) {
  std::vector<word> odd, even, short_odd;
  const std::string long_text =
      "Forvaltningen orienterer om halvårsregnskabet og om hvad det viser om året der gik "
      "og om det næste år";
  set(odd, 90, 0, long_text);
  set(even, 60, 0, long_text);
  set(even, 60, 1, "Sagsfremstilling");
  set(short_odd, 90, 0, "Dansk Folkeparti kan ikke gå ind for beslutningen");
  std::vector<std::vector<line>> pages = {reading_order(group_rows(odd), 595),
                                          reading_order(group_rows(even), 595),
                                          reading_order(group_rows(short_odd), 595)};
  widen_to_document_margin(pages, {595, 595, 595});
  EXPECT_DOUBLE_EQ(pages[1][1].right, pages[1][0].x1);
  EXPECT_DOUBLE_EQ(pages[2][0].right, pages[0][0].x1);
  EXPECT_GT(pages[0][0].x1, pages[1][0].x1 + 20);
}

// A blank page, or one whose only line is furniture (found by fuzz_pdf:
// the percentile of no line ends read before the vector's start).
TEST(Layout, PageWithoutBodyLinesHasNoLines) { EXPECT_TRUE(reading_order({}, 595).empty()); }

TEST(Layout, LineSizeIsTheSizeOfMostCharactersAndBoldNeedsEveryWord) {
  line l;
  word a{"Mødedato", 60, 80, 100, 90, 10, true, true};
  word b{"Tirsdag", 105, 80, 140, 90, 10, false, false};
  l.words = {b, a};
  finish_line(l);
  EXPECT_EQ(l.text, "Mødedato Tirsdag");
  EXPECT_FALSE(l.bold);
  EXPECT_EQ(l.size, 10);
  l.words[1].bold = true;
  finish_line(l);
  EXPECT_TRUE(l.bold);
}

}  // namespace
}  // namespace protokol::pdf
