// How the page's structure becomes lines: blocks, headings, bold blocks,
// lists, tables, the agenda-page number and title join, the <title>.
#include <gtest/gtest.h>

#include "html_test_support.hpp"

namespace protokol::html {
namespace {

using test::page;
using test::text_of;

TEST(HtmlLayout, HeadingsBecomeMarkdownHeadings) {
  EXPECT_EQ(text_of(page("<h1>Referat</h1><h2>Punkt 1: Meddelelser</h2><h6>Lille</h6>")),
            "# Referat\n\n## Punkt 1: Meddelelser\n\n###### Lille");
}

TEST(HtmlLayout, ParagraphsAreSetApartByOneBlankLine) {
  EXPECT_EQ(text_of(page("<p>Et</p><div><div><p>To</p></div></div><section>Tre</section>")),
            "Et\n\nTo\n\nTre");
}

TEST(HtmlLayout, InlineElementsJoinWithinALine) {
  EXPECT_EQ(text_of(page("<p>Sagen <em>blev</em> <a href=\"#\">godkendt</a><span>.</span></p>")),
            "Sagen blev godkendt.");
}

TEST(HtmlLayout, WhitespaceCollapsesAsABrowserDoes) {
  EXPECT_EQ(text_of(page("<p>  Taget\n\t til   efterretning&nbsp;&nbsp;i dag </p>")),
            "Taget til efterretning i dag");
}

TEST(HtmlLayout, PreKeepsItsLinesAndTabs) {
  EXPECT_EQ(text_of(page("<p>Før</p><pre>Meddelelser.....\t3\n  Budget.....\t5</pre>")),
            "Før\n\nMeddelelser.....\t3\n  Budget.....\t5");
}

TEST(HtmlLayout, LineBreakStartsANewLine) {
  EXPECT_EQ(text_of(page("<p>Afbud:<br>Jens Hansen</p>")), "Afbud:\nJens Hansen");
}

TEST(HtmlLayout, LineBreakInsideAHeadingIsABlank) {
  EXPECT_EQ(text_of(page("<h2>Punkt 4:<br>Budget 2024</h2>")), "## Punkt 4: Budget 2024");
}

TEST(HtmlLayout, BoldWrappingAWholeBlockBecomesStars) {
  EXPECT_EQ(
      text_of(page("<p><b>Beslutning</b></p><p><strong><span>Indstilling</span></strong> </p>")),
      "**Beslutning**\n\n**Indstilling**");
}

TEST(HtmlLayout, PartlyBoldBlockHasNoStars) {
  EXPECT_EQ(text_of(page("<p><b>Mødedato</b> Onsdag d. 4. oktober 2023</p>")),
            "Mødedato Onsdag d. 4. oktober 2023");
}

TEST(HtmlLayout, BoldHeadingStaysAHeadingWithoutStars) {
  EXPECT_EQ(text_of(page("<h3><b>Resumé</b></h3>")), "### Resumé");
}

TEST(HtmlLayout, UnorderedListItemsGetDashes) {
  EXPECT_EQ(text_of(page(
                "<p>Om:</p><ul><li>Erhvervsnyt</li><li><p>Bylivsmøder</p></li></ul><p>Slut</p>")),
            "Om:\n\n- Erhvervsnyt\n- Bylivsmøder\n\nSlut");
}

// A member's party, role or attendance in an element of its own is written
// in parentheses, as a list of members writes them; other badges stay.
TEST(HtmlLayout, AMembersPartyRoleAndAttendanceInElementsGoInParentheses) {
  EXPECT_EQ(
      text_of(page("<ul><li>Bente Holm <span class=\"member__party\">Socialdemokratiet</span> "
                   "<span class=\"member__role\">Formand</span></li>"
                   "<li>Ditte Lund <span class=\"badge\">C</span> "
                   "<span class=\"badge badge-warning\">Afbud</span></li>"
                   "<li>Budget <span class=\"badge\">Ny</span></li></ul>")),
      "- Bente Holm (Socialdemokratiet) (Formand)\n- Ditte Lund (C) (Afbud)\n- Budget Ny");
  // One with its own parentheses keeps just those: a closed marker must end
  // the title as "(Lukket punkt)", not "((Lukket punkt))".
  EXPECT_EQ(text_of(page("<p><span>2</span> <span class=\"title\">Lejeaftale</span> <span "
                         "class=\"agenda-item__status\">(Lukket punkt)</span></p>")),
            "2 Lejeaftale (Lukket punkt)");
}

TEST(HtmlLayout, OrderedListItemsKeepTheNumberAsWritten) {
  EXPECT_EQ(text_of(page("<ol><li>at godkende</li><li>at notere</li></ol>"
                         "<ol start=\"4\"><li>fire</li><li value=\"9\">ni</li><li>ti</li></ol>")),
            "1. at godkende\n2. at notere\n\n4. fire\n9. ni\n10. ti");
}

// A number a browser cannot keep (outside a 32-bit int) or no number at all
// is ignored, as the HTML standard reads it; the fuzzer's start at LONG_MAX
// overflowed on the next item.
TEST(HtmlLayout, AListNumberOutOfRangeOrNoNumberIsIgnored) {
  EXPECT_EQ(text_of(page("<ol start=\"9223372036854775807\"><li>a</li><li>b</li></ol>"
                         "<ol start=\" -3x\"><li value=\"2147483648\">c</li><li>d</li>"
                         "<li value=\"abc\">e</li></ol>")),
            "1. a\n2. b\n\n-3. c\n-2. d\n-1. e");
}

// Word's numbered headings saved as HTML by LibreOffice: the number is the
// list's, and a browser shows it before the heading; so does the text.
TEST(HtmlLayout, AHeadingInAnOrderedListKeepsItsNumber) {
  EXPECT_EQ(text_of(page("<ol><li value=\"514\"><h1>Godkendelse af dagsorden</h1>"
                         "<p>Godkendt.</p></li></ol>"
                         "<ol start=\"515\"><li><h1>Miljøgodkendelse</h1></li></ol>"
                         "<ul><li><h2>Uden nummer</h2></li></ul>")),
            "# 514. Godkendelse af dagsorden\nGodkendt.\n\n# 515. Miljøgodkendelse\n\n"
            "## Uden nummer");
}

TEST(HtmlLayout, NestedListsAreIndented) {
  EXPECT_EQ(text_of(page("<ul><li>A<ul><li>B</li></ul></li><li>C</li></ul>")), "- A\n  - B\n- C");
}

TEST(HtmlLayout, LabelAndValueTableRowsReadAsHeaderLines) {
  EXPECT_EQ(text_of(page("<table><tr><td>Mødedato</td><td>Mandag d. 21. november 2022</td></tr>"
                         "<tr><th scope=\"row\"><b>Mødested</b></th><td>Condi</td></tr>"
                         "<tr><td>Afbud:</td><td>Jens Hansen</td></tr></table>")),
            "Mødedato: Mandag d. 21. november 2022\nMødested: Condi\nAfbud: Jens Hansen");
}

// Title and page rows are a table of contents, written as text's contents
// lines (trial BL); one number row, or numbers that fall, stay labels.
TEST(HtmlLayout, TitleAndPageRowsAreContentsLines) {
  EXPECT_EQ(text_of(page("<table><tr><td>Godkendelse af dagsorden</td><td>3</td></tr>"
                         "<tr><td>Closed: Salg af ejendom</td><td>10</td></tr></table>")),
            "Godkendelse af dagsorden  3\nClosed: Salg af ejendom  10");
  EXPECT_EQ(text_of(page("<table><tr><td>Møde nr.</td><td>14</td></tr>"
                         "<tr><td>Antal punkter</td><td>9</td></tr></table>")),
            "Møde nr. 14\nAntal punkter: 9");
  // Group rows between the entries, across the table or beside an empty
  // page cell (review 43).
  EXPECT_EQ(text_of(page("<table><tr><td>Godkendelse af dagsorden</td><td>3</td></tr>"
                         "<tr><td colspan=\"2\">Lukkede punkter</td></tr>"
                         "<tr><td>Salg af ejendom</td><td>10</td></tr>"
                         "<tr><td>Fortrolige sager</td><td></td></tr>"
                         "<tr><td>Personalesag</td><td>12</td></tr></table>")),
            "Godkendelse af dagsorden  3\nLukkede punkter\nSalg af ejendom  10\nFortrolige "
            "sager\nPersonalesag  12");
  // Numbers that count the rows are no pages (review 42).
  EXPECT_EQ(text_of(page("<table><tr><td>Anne Holm (A), formand</td><td>1</td></tr>"
                         "<tr><td>Bo Lund (V)</td><td>2</td></tr></table>")),
            "Anne Holm (A), formand: 1\nBo Lund (V): 2");
}

TEST(HtmlLayout, DataTableRowsBecomeMarkdownRows) {
  EXPECT_EQ(text_of(page("<table><tr><th>Navn</th><th>Parti</th></tr>"
                         "<tr><td>Kristine Thrane</td><td>A</td></tr>"
                         "<tr><td>Julie | Quass</td><td></td></tr></table>")),
            "| Navn | Parti |\n| --- | --- |\n| Kristine Thrane | A |\n| Julie \\| Quass |  |");
}

// Two labels over a row of values (a case's facts, a Word document saved
// as HTML) make a data table; a label beside its value does not.
TEST(HtmlLayout, TwoLabelsOverNumbersAreAHeadRow) {
  EXPECT_EQ(text_of(page("<table><tr><td>Sagsnr.</td><td>Status</td></tr>"
                         "<tr><td>24/1002</td><td>Lukket</td></tr></table>")),
            "| Sagsnr. | Status |\n| 24/1002 | Lukket |");
  EXPECT_EQ(text_of(page("<table><tr><td>Sagsbehandler</td><td>Anne Hansen</td></tr>"
                         "<tr><td>Sagsnr.</td><td>24/1002</td></tr></table>")),
            "Sagsbehandler: Anne Hansen\nSagsnr. 24/1002");
}

TEST(HtmlLayout, TableWithThreeColumnsIsData) {
  EXPECT_EQ(text_of(page("<table><tr><td>År</td><td>2020</td><td>2021</td></tr></table>")),
            "| År | 2020 | 2021 |");
}

TEST(HtmlLayout, CellsHoldingParagraphsFollowOneAnother) {
  EXPECT_EQ(text_of(page("<p>Før</p><table><tr><td>Mødedeltagere</td><td><p>Musa Kekec (A)</p>"
                         "<p>Anja Holtze (A)</p></td></tr></table><p>Efter</p>")),
            "Før\n\nMødedeltagere\nMusa Kekec (A)\nAnja Holtze (A)\n\nEfter");
}

TEST(HtmlLayout, NumberAndTitleCellsJoinIntoAnItemLine) {
  EXPECT_EQ(text_of(page("<table><tr><td>3</td><td>Budget 2024</td></tr>"
                         "<tr><td>4.</td><td>Eventuelt</td><td>7</td></tr></table>")),
            "3. Budget 2024\n4. Eventuelt  7");
}

TEST(HtmlLayout, LoneNumberElementJoinsTheTitleElementAfterIt) {
  EXPECT_EQ(text_of(page("<div class=\"item\"><div class=\"nr\">3</div><div class=\"title\">"
                         "Forslag til lokalplan</div><div>24.10.00-G20-1-20</div></div>")),
            "3. Forslag til lokalplan\n\n24.10.00-G20-1-20");
}

TEST(HtmlLayout, LoneNumberJoinsAHeadingTitleAsAHeading) {
  EXPECT_EQ(text_of(page("<span class=\"nr\"><div>12.</div></span><h2>Eventuelt</h2>")),
            "## 12. Eventuelt");
}

TEST(HtmlLayout, LoneNumberJoinsABoldTitleInsideTheStars) {
  EXPECT_EQ(text_of(page("<div>2</div><div><b>Budget</b></div>")), "**2. Budget**");
}

TEST(HtmlLayout, LoneNumberWithoutTitleStaysALine) {
  EXPECT_EQ(text_of(page("<div>3</div><div>2024-0198823</div><p>1000</p>")),
            "3\n\n2024-0198823\n\n1000");
}

// Some CMS pages head an item "<h3>Punkt 1</h3>" and put its title in the
// heading under it; the segmenter saw a numbered item without a title and
// the title as an unknown section (trial D, Rebild).
TEST(HtmlLayout, ItemLabelHeadingJoinsTheHeadingUnderIt) {
  EXPECT_EQ(text_of(page("<h3>Punkt 1</h3><h4>Godkendelse af dagsorden</h4>"
                         "<p>Sagsnr.: 24/1000</p><h5>Beslutning</h5>")),
            "### Punkt 1 Godkendelse af dagsorden\n\nSagsnr.: 24/1000\n\n##### Beslutning");
}

TEST(HtmlLayout, EveryItemLabelFormJoinsAHeadingAsDeepOrDeeper) {
  EXPECT_EQ(text_of(page("<h2>Pkt. 2</h2><h2>Budget</h2><h2>Sag nr. 3</h2><h3>Høring</h3>"
                         "<h2>4.</h2><h4>Eventuelt</h4><h2>5</h2><h3>Lukket punkt</h3>"
                         "<h2>Dagsordenspunkt 6:</h2><h3>Orientering</h3>")),
            "## Pkt. 2 Budget\n\n## Sag nr. 3 Høring\n\n## 4. Eventuelt\n\n"
            "## 5. Lukket punkt\n\n## Dagsordenspunkt 6: Orientering");
}

TEST(HtmlLayout, ItemLabelHeadingStaysAloneOverTextOrAShallowerHeading) {
  EXPECT_EQ(text_of(page("<h3>Punkt 1</h3><p>Godkendelse af dagsorden</p>"
                         "<h3>Punkt 2</h3><h2>Bilag</h2><h3>Punkt 3</h3><h4>2024</h4>"
                         "<h3>Punkten 4</h3><h4>Titel</h4>")),
            "### Punkt 1\n\nGodkendelse af dagsorden\n\n### Punkt 2\n\n## Bilag\n\n"
            "### Punkt 3\n\n#### 2024\n\n### Punkten 4\n\n#### Titel");
}

TEST(HtmlLayout, NumbersInListsAndPreDoNotJoin) {
  EXPECT_EQ(text_of(page("<ul><li>3</li><li>Titel</li></ul>")), "- 3\n- Titel");
}

TEST(HtmlLayout, TitleComesFirstWhenTheBodyHasNoH1) {
  EXPECT_EQ(text_of("<html><head><title>Referat - Økonomiudvalget - 3. maj 2021</title></head>"
                    "<body><p>Mødedato 3. maj 2021</p></body></html>"),
            "Referat - Økonomiudvalget - 3. maj 2021\n\nMødedato 3. maj 2021");
}

TEST(HtmlLayout, TitleIsLeftOutWhenTheBodyHasAnH1) {
  EXPECT_EQ(text_of("<html><head><title>Referat | Kommunen</title></head>"
                    "<body><h1>REFERAT Økonomiudvalget</h1></body></html>"),
            "# REFERAT Økonomiudvalget");
}

TEST(HtmlLayout, TitleIsLeftOutWhenTheBodyStartsWithIt) {
  EXPECT_EQ(text_of("<html><head><title>Referat</title></head>"
                    "<body><p><b>REFERAT Økonomiudvalget</b></p></body></html>"),
            "**REFERAT Økonomiudvalget**");
}

TEST(HtmlLayout, TitleIsLeftOutWhenKeepTitleIsOff) {
  html_options options;
  options.keep_title = false;
  EXPECT_EQ(
      text_of("<html><head><title>Referat X</title></head><body><p>Y</p></body></html>", options),
      "Y");
}

TEST(HtmlLayout, TextHasLfLineEndsAndNoBlankRuns) {
  const std::string text =
      text_of(page("<p>A</p>\r\n<p>&nbsp;</p><p> </p><div></div>\r\n<p>B</p>"
                   "<hr><hr><p>C\r\nD</p>"));
  EXPECT_EQ(text, "A\n\nB\n\nC D");
}

}  // namespace
}  // namespace protokol::html
