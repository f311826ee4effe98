// Running headers, footers and page numbers.
#include "furniture.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace protokol::pdf {
namespace {

line at(double y, const std::string& text) {
  line l;
  word w{text, 60, y, 60 + 5.0 * static_cast<double>(text.size()), y + 8, 8, false, false};
  l.words = {w};
  finish_line(l);
  return l;
}

TEST(Furniture, KnowsPageNumberLines) {
  for (const char* s :
       {"Side 3 af 12", "Side 3", "side 3/12", "3/12", "- 3 -", "7", "Page 2 of 9", "3 af 12"})
    EXPECT_TRUE(is_page_number(s)) << s;
  for (const char* s : {"Sagsnr. 3", "Side om side", "2023 budget", "Beslutning", "C", "civil"})
    EXPECT_FALSE(is_page_number(s)) << s;
}

TEST(Furniture, RemovesRepeatedBandLinesAndPageNumbersOnly) {
  std::vector<std::vector<line>> pages;
  for (int p = 1; p <= 4; ++p) {
    pages.push_back({at(30, "Økonomiudvalget 12-03-2024"), at(100, "Punkt " + std::to_string(p)),
                     at(400, "Beslutning"), at(800, "Side " + std::to_string(p) + " af 4")});
  }
  pages[2].push_back(at(810, "Kun her i bunden"));
  mark_furniture(pages, std::vector<double>(4, 842), std::vector<double>(4, 595));
  for (const auto& page : pages) {
    EXPECT_TRUE(page[0].furniture);
    EXPECT_FALSE(page[1].furniture);
    EXPECT_FALSE(page[2].furniture);
    EXPECT_TRUE(page[3].furniture);
  }
  EXPECT_FALSE(pages[2][4].furniture);
}

TEST(Furniture, HeaderOnFewerThanHalfThePagesStays) {
  std::vector<std::vector<line>> pages(7);
  for (int p = 0; p < 3; ++p) pages[static_cast<std::size_t>(p)].push_back(at(30, "Bilag 1"));
  for (auto& page : pages) page.push_back(at(300, "tekst"));
  mark_furniture(pages, std::vector<double>(7, 842), std::vector<double>(7, 595));
  EXPECT_FALSE(pages[0][0].furniture);
}

TEST(Furniture, TwoPagesNeedTheSameTextAtTheSamePlace) {
  std::vector<std::vector<line>> pages = {{at(30, "Referat 2024"), at(40, "Dagsorden")},
                                          {at(30, "Referat 2024"), at(45, "Dagsorden")}};
  mark_furniture(pages, {842, 842}, {595, 595});
  EXPECT_TRUE(pages[0][0].furniture);
  EXPECT_TRUE(pages[1][0].furniture);
  EXPECT_FALSE(pages[0][1].furniture);
  EXPECT_FALSE(pages[1][1].furniture);
}

// In a two-page document a band line carrying the page number is furniture
// though its number differs; one whose digits differ otherwise stays.
TEST(Furniture, TwoPagesDropAFooterCarryingThePageNumber) {
  std::vector<std::vector<line>> pages = {
      {at(30, "Budget 2024"), at(810, "Ældrerådet 07.03.2024\tSide 1")},
      {at(30, "Budget 2025"), at(810, "Ældrerådet 07.03.2024\tSide 2")}};
  mark_furniture(pages, {842, 842}, {595, 595});
  EXPECT_FALSE(pages[0][0].furniture);
  EXPECT_FALSE(pages[1][0].furniture);
  EXPECT_TRUE(pages[0][1].furniture);
  EXPECT_TRUE(pages[1][1].furniture);
}

// A landscape page among portrait ones: its header and footer sit as far
// from its edges as theirs, which is outside 8 % of its short height.
TEST(Furniture, ALandscapePageLosesItsRunningHeaderAndFooter) {
  std::vector<std::vector<line>> pages;
  std::vector<double> heights, widths;
  for (int p = 1; p <= 6; ++p) {
    const bool landscape = p == 4;
    const double height = landscape ? 595 : 842;
    pages.push_back({at(42, "Teknik- og Miljøudvalget, 12-03-2024"), at(200, "tekst"),
                     at(height - 52, "Referat\tSide " + std::to_string(p) + " af 6")});
    heights.push_back(height);
    widths.push_back(landscape ? 842 : 595);
  }
  mark_furniture(pages, heights, widths);
  for (const auto& page : pages) {
    EXPECT_TRUE(page[0].furniture) << page[2].text;
    EXPECT_FALSE(page[1].furniture) << page[2].text;
    EXPECT_TRUE(page[2].furniture) << page[2].text;
  }
}

}  // namespace
}  // namespace protokol::pdf
