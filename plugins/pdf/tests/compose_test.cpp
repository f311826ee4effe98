// Lines -> text: paragraphs, hyphens, headings, bold lines and pages.
#include "compose.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace protokol::pdf {
namespace {

// A line of `text` at `top`, `width` points wide from x=60, in a column
// whose text ends at x=460.
line at(double top, const std::string& text, double width, double size = 10, bool bold = false) {
  line l;
  std::size_t pos = 0;
  double x = 60;
  const double per_char = width / static_cast<double>(text.size());
  while (pos <= text.size()) {
    std::size_t end = text.find(' ', pos);
    if (end == std::string::npos) end = text.size();
    word w;
    w.text = text.substr(pos, end - pos);
    w.x0 = x;
    w.x1 = x + per_char * static_cast<double>(w.text.size());
    w.y0 = top;
    w.y1 = top + size;
    w.size = size;
    w.bold = bold;
    w.space_after = end < text.size();
    x = w.x1 + per_char;
    l.words.push_back(w);
    pos = end + 1;
  }
  finish_line(l);
  l.right = 460;
  return l;
}

// A line at `top` whose cells start at the given x, 5 points a character.
line cells(double top, const std::vector<std::pair<double, std::string>>& at_x, bool bold = false) {
  line l;
  for (const auto& [x0, text] : at_x) {
    double x = x0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
      std::size_t end = text.find(' ', pos);
      if (end == std::string::npos) end = text.size();
      word w;
      w.text = text.substr(pos, end - pos);
      w.x0 = x;
      w.x1 = x + 5 * static_cast<double>(w.text.size());
      w.y0 = top;
      w.y1 = top + 10;
      w.size = 10;
      w.bold = bold;
      w.space_after = end < text.size();
      x = w.x1 + 5;
      l.words.push_back(w);
      pos = end + 1;
    }
  }
  finish_line(l);
  l.right = 460;
  return l;
}

TEST(Compose, JoinsAWordBrokenOverTheLineEnd) {
  EXPECT_TRUE(hyphen_joins("godkendt af kommu-", "nalbestyrelsen"));
  std::string s = "godkendt af kommu-";
  join_line(s, "nalbestyrelsen i dag");
  EXPECT_EQ(s, "godkendt af kommunalbestyrelsen i dag");
}

TEST(Compose, KeepsCompoundsWithASharedEnding) {
  for (const char* next : {"og sundhedsudvalget", "eller miljø", "samt teknik", "til kultur"})
    EXPECT_FALSE(hyphen_joins("Social-", next)) << next;
  EXPECT_FALSE(hyphen_joins("Erhvervs-", "Beskæftigelsesudvalget"));
  EXPECT_FALSE(hyphen_joins("2023-", "udgaven"));
  std::string s = "Social-";
  join_line(s, "og Sundhedsudvalget");
  EXPECT_EQ(s, "Social- og Sundhedsudvalget");
}

TEST(Compose, JoinsFullLinesIntoOneParagraphAndKeepsShortOnes) {
  const std::vector<std::vector<line>> pages = {{
      at(80, "Udvalget godkendte planen for den nye skole og bad", 400),
      at(93, "forvaltningen om at gå videre.", 150),
      at(106, "Doknr.: 727-2018-127631", 120),
      at(119, "Sagsnr.: 727-2018-2162", 110),
  }};
  EXPECT_EQ(compose(pages, 10),
            "Udvalget godkendte planen for den nye skole og bad forvaltningen om at gå videre.\n"
            "Doknr.: 727-2018-127631\nSagsnr.: 727-2018-2162\n");
}

// A sentence that ends near the margin, and a heading in the body's style
// under it: the heading is no tail of the paragraph. A paragraph's short
// last line after a full one still joins when it ends in a stop or starts
// in lowercase.
// A bold run-in label after a sentence's end opens a paragraph, though the
// line above was full; a bold word in a sentence's middle does not.
TEST(Compose, ABoldRunInLabelAfterAFullSentenceOpensAParagraph) {
  line label = at(93, "Beslutning: Drøftet. Sagen genoptages i juni.", 300);
  label.words[0].bold = true;
  line middle = at(132, "Udvalget godkendte den nye skole og den.", 395);
  line after = at(145, "Vigtigt: noget mere", 130);
  after.words[0].bold = true;
  const std::vector<std::vector<line>> pages = {
      {at(80, "Forvaltningen indstiller, at udvalget drøfter de indkomne høringssvar.", 395), label,
       middle, after}};
  const std::string text = compose(pages, 10);
  EXPECT_NE(text.find("høringssvar.\nBeslutning: Drøftet."), std::string::npos) << text;
  EXPECT_NE(text.find("og den.\nVigtigt: noget mere"), std::string::npos) << text;
}

TEST(Compose, KeepsAHeadingAfterASentenceThatEndsNearTheMargin) {
  const std::vector<std::vector<line>> pages = {{
      at(80, "Forslaget omfatter separatkloakering af Farsø og Løgstør.", 395),
      at(93, "Indstilling", 60),
      at(106, "Forvaltningen indstiller, at forslaget sendes i høring i 8 uger.", 395),
      at(119, "Beslutning i Økonomiudvalget den 3. maj 2022", 230),
      at(132, "Udvalget godkendte planen for den nye skole og bad om det.", 395),
      at(145, "Forvaltningen går videre.", 130),
      at(158, "Udvalget godkendte planen for den nye skole og bad, kl.", 395),
      at(171, "nu om at gå videre", 100),
      at(184, "Rammen hæves fra 1,5 til 2 mio. kr.", 395),
      at(197, "Ole Bak (V) tog forbehold", 130),
  }};
  EXPECT_EQ(compose(pages, 10),
            "Forslaget omfatter separatkloakering af Farsø og Løgstør.\nIndstilling\n"
            "Forvaltningen indstiller, at forslaget sendes i høring i 8 uger.\n"
            "Beslutning i Økonomiudvalget den 3. maj 2022\n"
            "Udvalget godkendte planen for den nye skole og bad om det. Forvaltningen går videre.\n"
            "Udvalget godkendte planen for den nye skole og bad, kl. nu om at gå videre\n"
            "Rammen hæves fra 1,5 til 2 mio. kr. Ole Bak (V) tog forbehold\n");
}

TEST(Compose, JoinsTheLinesOfAnIndentedJustifiedBlock) {
  // Both edges of the first two lines at the same place: a justified block
  // narrower than the page, whose lines are full at its own margin.
  std::vector<std::vector<line>> pages = {{
      at(67, "Udvalget citerede høringssvaret:", 160),
      at(80, "Et citat sat med lige margener på begge sider af", 300),
      at(93, "blokken, som er smallere end resten af siden, og", 300),
      at(106, "som slutter her.", 80),
  }};
  for (std::size_t i = 1; i < pages[0].size(); ++i) {  // set in by 40 points
    line& l = pages[0][i];
    for (word& w : l.words) w.x0 += 40, w.x1 += 40;
    l.x0 += 40;
    l.x1 += 40;
  }
  for (auto& l : pages[0]) l.right = 520;
  EXPECT_EQ(compose(pages, 10),
            "Udvalget citerede høringssvaret:\n"
            "Et citat sat med lige margener på begge sider af blokken, som er smallere end resten "
            "af siden, og som slutter her.\n");
}

// Two ragged lines of the page's width that happen to end at one place are
// no justified block: the short lines under them stay lines of their own.
TEST(Compose, TwoRaggedLinesEndingAtOnePlaceAreNoBlock) {
  std::vector<std::vector<line>> pages = {{
      at(80, "Deltagere: Anne Kirk (A) - formand, Bo Lund (V)", 240),
      at(93, "1. Trivsel først – alle børn skal have en voksen, og", 270),
      at(106, "2. Tidlig opsporing – tegn på mistrivsel ses før, og", 270),
      at(119, "Økonomiske konsekvenser", 110),
      at(132, "Handleplanen finansieres inden for udvalgets ramme, jf. budgetaftalen.", 320),
      at(145, "Indstilling", 50),
  }};
  for (auto& l : pages[0]) l.right = 520;
  EXPECT_EQ(
      compose(pages, 10),
      "Deltagere: Anne Kirk (A) - formand, Bo Lund (V)\n1. Trivsel først – alle børn skal have en "
      "voksen, og\n"
      "2. Tidlig opsporing – tegn på mistrivsel ses før, og\nØkonomiske konsekvenser\n"
      "Handleplanen finansieres inden for udvalgets ramme, jf. budgetaftalen.\nIndstilling\n");
}

// A numbered list's item that reaches the margin: the next number at its
// left edge starts a line of its own; a wrapped line starting with a date's
// day ("2. april") under another paragraph goes on joining.
TEST(Compose, StartsTheNextItemOfANumberedListOnALineOfItsOwn) {
  const std::vector<std::vector<line>> pages = {{
      at(80, "1. Det er vigtigt, at borgerne oplever færre medarbejdere i hjemmet.", 398),
      at(93, "2. Pårørende skal inddrages tidligt.", 200),
      at(120, "Udvalget godkendte planen for den nye skole og bad om svar til den", 398),
      at(133, "2. april 2024.", 80),
  }};
  EXPECT_EQ(compose(pages, 10),
            "1. Det er vigtigt, at borgerne oplever færre medarbejdere i hjemmet.\n"
            "2. Pårørende skal inddrages tidligt.\n\n"
            "Udvalget godkendte planen for den nye skole og bad om svar til den 2. april 2024.\n");
}

TEST(Compose, KeepsTableOfContentsRowsWithSpacedLeaderDotsApart) {
  const std::vector<std::vector<line>> pages = {{
      at(80, "1 Introduktion . . . . . . . . . . . . . . . . . . . . . . . . . . . 1", 400),
      at(93, "2 Meddelelser . . . . . . . . . . . . . . . . . . . . . . . . . . . . 3", 400),
  }};
  EXPECT_EQ(compose(pages, 10),
            "1 Introduktion . . . . . . . . . . . . . . . . . . . . . . . . . . . 1\n"
            "2 Meddelelser . . . . . . . . . . . . . . . . . . . . . . . . . . . . 3\n");
}

// An agenda table's row with the item's status as its last cell: the
// status goes on a line of its own under the heading (after the title's
// wrapped tail), where the segmenter reads it; a last cell that is no
// status, and a two-cell row, stay as they are.
TEST(Compose, WritesARowsStatusCellOnALineUnderIt) {
  const std::vector<std::vector<line>> pages = {{
      cells(80, {{60, "1."}, {100, "Godkendelse af dagsorden"}, {400, "Åben sag"}}, true),
      at(93, "Sagsnr.: 24/1", 65),
      cells(120, {{60, "2."}, {100, "Klage over afgørelse om"}, {400, "LUKKET SAG"}}, true),
      cells(133, {{100, "plejebolig"}}, true),
      at(146, "Sagsnr.: 24/2", 65),
      cells(180, {{60, "3"}, {100, "Lukket vej ved skolen"}, {400, "12"}}),
      cells(193, {{60, "Status:"}, {150, "Lukket"}}),
  }};
  EXPECT_EQ(compose(pages, 10),
            "**1.\tGodkendelse af dagsorden**\nÅben sag\n\nSagsnr.: 24/1\n\n"
            "**2.\tKlage over afgørelse om plejebolig**\nLUKKET SAG\n\nSagsnr.: 24/2\n\n"
            "3\tLukket vej ved skolen\t12\nStatus:\tLukket\n");
}

TEST(Compose, MarksLargerLinesAsHeadingsBySizeAndBoldLines) {
  const std::vector<std::vector<line>> pages = {{
      at(60, "REFERAT Økonomiudvalget", 300, 16, true),
      at(100, "Punkt 1: Meddelelser", 200, 13, true),
      at(130, "Sagsfremstilling", 90, 10, true),
      at(150, "Tekst.", 40),
  }};
  EXPECT_EQ(compose(pages, 10),
            "# REFERAT Økonomiudvalget\n\n## Punkt 1: Meddelelser\n\n**Sagsfremstilling**\n\n"
            "Tekst.\n");
}

// Word's heading 3 and heading 4 (14 and 13 pt) keep two levels: a
// sub-heading inside "Sagsfremstilling" is deeper than the section's
// heading, so the segmenter keeps it in the section's text.
TEST(Compose, EachLargerSizeIsALevelOfItsOwnUpToSix) {
  const std::vector<std::vector<line>> pages = {{
      at(60, "REFERAT", 100, 16, true),
      at(100, "Punkt 1: Meddelelser", 200, 15, true),
      at(130, "Sagsfremstilling", 90, 14, true),
      at(160, "Resultat af analysen", 110, 13, true),
      at(190, "Tekst.", 40),
  }};
  EXPECT_EQ(compose(pages, 10),
            "# REFERAT\n\n## Punkt 1: Meddelelser\n\n### Sagsfremstilling\n\n"
            "#### Resultat af analysen\n\nTekst.\n");
}

TEST(Compose, PutsAFormFeedBetweenPagesAndDropsFurniture) {
  std::vector<std::vector<line>> pages = {{at(80, "første", 40), at(800, "Side 1 af 2", 60)},
                                          {at(80, "anden", 40)}};
  pages[0][1].furniture = true;
  EXPECT_EQ(compose(pages, 10), "første\n\fanden\n");
}

TEST(Compose, BodySizeIsTheSizeOfMostCharacters) {
  const std::vector<std::vector<line>> pages = {
      {at(60, "Overskrift", 100, 16), at(100, "en lang brødtekst med mange tegn", 300, 9.5)}};
  EXPECT_EQ(body_size(pages), 9.5);
}

}  // namespace
}  // namespace protokol::pdf
