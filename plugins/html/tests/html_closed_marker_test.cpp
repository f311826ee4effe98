// Closed markers that only markup carries (a lock icon's alt text, text for
// screen readers, a badge in the heading) reach the text in a form the
// segmenter reads as a marker: "(Lukket punkt)", or bare on a line of its own.
#include <gtest/gtest.h>

#include "html_test_support.hpp"

namespace protokol::html {
namespace {

using test::page;
using test::text_of;

TEST(HtmlClosedMarker, LockImageAltTextBecomesAMarkerInTheHeading) {
  EXPECT_EQ(text_of(page("<h2>2. <img src=\"lock.svg\" alt=\"Lukket punkt\"> Klagesag</h2>")),
            "## 2. Klagesag (Lukket punkt)");
  // Before the number too: the marker goes after the title, where the
  // segmenter reads it.
  EXPECT_EQ(text_of(page("<h2><img alt=\"Lukket\"> 3. Køb af grund</h2>")),
            "## 3. Køb af grund (Lukket)");
  // Confidential, not public, a lock icon by its name.
  EXPECT_EQ(text_of(page("<h2>4. Personalesag <img alt=\"Fortroligt\"></h2>"
                         "<h2>5. Klage <img alt=\"Lukket dagsordenspunkt\"></h2>"
                         "<h2>6. Salg <img alt=\"Lås\"></h2>")),
            "## 4. Personalesag (Fortroligt)\n\n## 5. Klage (Lukket dagsordenspunkt)\n\n"
            "## 6. Salg (Lukket)");
}

// A lock icon with no words, known by its class or its image's file name,
// in a heading; an open lock, a clock and a block are none.
TEST(HtmlClosedMarker, ALockIconByItsNameInAHeadingBecomesAMarker) {
  EXPECT_EQ(
      text_of(page("<h2>2. Salg af grund <i class=\"fa-solid fa-lock\"></i></h2>"
                   "<h2>3. Personaleforhold <img src=\"/assets/icons/laas.png\" alt=\"\"></h2>"
                   "<h2>4. <span class=\"bi-lock-fill\"></span> Lejemål</h2>")),
      "## 2. Salg af grund (Lukket)\n\n## 3. Personaleforhold (Lukket)\n\n"
      "## 4. Lejemål (Lukket)");
  EXPECT_EQ(
      text_of(page("<h2>5. Budget <i class=\"fa fa-unlock\"></i></h2>"
                   "<h2>6. Vej <i class=\"bi-lock-open\"></i><i class=\"fa-clock\"></i>"
                   "<i class=\"block\"></i></h2><p>Tekst <i class=\"fa-lock\"></i> mere</p>")),
      "## 5. Budget\n\n## 6. Vej\n\nTekst mere");
  // Outside a heading, an icon that opens the line (a card's header) and a
  // lock glyph in the text mark it too.
  EXPECT_EQ(text_of(page("<div class=\"card-header\"><i class=\"fa-lock\"></i> <span>110</span> "
                         "<span class=\"title\">Salg af grund</span></div>"
                         "<div><span>112</span> <span>\xF0\x9F\x94\x92 Lejemål</span></div>")),
            "110 Salg af grund (Lukket)\n\n112 Lejemål (Lukket)");
  // Not a line of a list or of prose: only a line led by an item's number.
  EXPECT_EQ(text_of(page("<ul><li><i class=\"fa fa-lock\"></i> Lukket bilag</li></ul>"
                         "<p>\xF0\x9F\x94\x92 Fortroligt</p>")),
            "- Lukket bilag\n\n\xF0\x9F\x94\x92 Fortroligt");
}

// An SVG icon by its <title>, its label or the sprite it uses; a Material
// Icons ligature; Font Awesome's aria-hidden icon.
TEST(HtmlClosedMarker, SvgAndFontIconsOfALockInAHeading) {
  EXPECT_EQ(text_of(page(
                "<h2><svg class=\"icon\"><title>Lukket punkt</title></svg> 2. Køb</h2>"
                "<h2>3. Salg <svg aria-hidden=\"true\"><use href=\"#icon-lock\"></use></svg></h2>"
                "<h2><span class=\"material-icons\">lock</span> 4. Leje</h2>"
                "<h2>5. Klage <i class=\"fa fa-lock\" aria-hidden=\"true\"></i></h2>"
                "<h2>6. Vej <svg><use href=\"#icon-lock-open\"></use></svg></h2>")),
            "## 2. Køb (Lukket punkt)\n\n## 3. Salg (Lukket)\n\n## 4. Leje (Lukket)\n\n"
            "## 5. Klage (Lukket)\n\n## 6. Vej");
}

// A heading's own title attribute; a ligature icon hidden from screen
// readers only.
TEST(HtmlClosedMarker, AHeadingsTitleAndAnAriaHiddenLigature) {
  EXPECT_EQ(text_of(page("<h2 title=\"Lukket punkt\">2. Køb af ejendom</h2>"
                         "<h2>3. Salg <span class=\"material-symbols-outlined\" "
                         "aria-hidden=\"true\">lock</span></h2>"
                         "<h2>4. Vej <span style=\"display:none\">lock</span></h2>")),
            "## 2. Køb af ejendom (Lukket punkt)\n\n## 3. Salg (Lukket)\n\n## 4. Vej");
}

TEST(HtmlClosedMarker, ScreenReaderMarkerIsKeptOtherScreenReaderTextDropped) {
  EXPECT_EQ(text_of(page("<h2>2. <i class=\"fa fa-lock\" aria-hidden=\"true\"></i>"
                         "<span class=\"visually-hidden\">Lukket punkt</span> Klagesag</h2>"
                         "<p><span class=\"sr-only\">Lukket:</span> Salg af grund</p>"
                         "<a href=\"/\"><span class=\"sr-only\">Gå til forsiden</span></a>")),
            "## 2. Klagesag (Lukket punkt)\n\n(Lukket) Salg af grund");
}

TEST(HtmlClosedMarker, BadgeAtTheEndOfAHeadingBecomesAMarker) {
  EXPECT_EQ(text_of(page("<h2>2. Klagesag <span class=\"badge badge-closed\">Lukket</span></h2>")),
            "## 2. Klagesag (Lukket)");
  // An English CMS's badge.
  EXPECT_EQ(text_of(page("<h2>4. Klagesag <span class=\"tag\">Restricted</span></h2>")),
            "## 4. Klagesag (Lukket)");
  EXPECT_EQ(text_of(page("<h2>4. Klagesag <img src=\"padlock.svg\" alt=\"Closed item\"></h2>")),
            "## 4. Klagesag (Lukket)");
  EXPECT_EQ(text_of(page("<h2>4. Klagesag <span class=\"badge\">Private</span></h2>")),
            "## 4. Klagesag (Lukket)");
  // Not "Closed" alone: accordions label their state so.
  EXPECT_EQ(text_of(page("<h2>4. Klagesag <span class=\"tag\">Closed</span></h2>")),
            "## 4. Klagesag Closed");
}

// The segmenter reads a "Lukket punkt" line under the heading, not "(Lukket punkt)".
TEST(HtmlClosedMarker, AMarkerAloneOnItsLineStaysBare) {
  EXPECT_EQ(text_of(page("<h2>2. Klagesag</h2><p><img alt=\"Lukket punkt\"></p>"
                         "<div><i class=\"icon-lock\" title=\"Lukket\"></i></div>")),
            "## 2. Klagesag\n\nLukket punkt\n\nLukket");
}

TEST(HtmlClosedMarker, ItemLabelHeadingJoinsATitleWithAMarker) {
  EXPECT_EQ(text_of(page("<h3>Punkt 4</h3><h4><img alt=\"Lukket punkt\"> Klagesag</h4>")),
            "### Punkt 4 Klagesag (Lukket punkt)");
}

// Only a closed marker is text: other images, words in prose and text
// hidden from everyone stay as they were.
TEST(HtmlClosedMarker, OtherImagesProseAndHiddenTextAreUnchanged) {
  EXPECT_EQ(text_of(page("<p><img alt=\"Rebild Kommune logo\">Tekst</p>"
                         "<p>Vejen er <em>lukket</em> i dag</p>"
                         "<h2>3. Budget<span style=\"display:none\">Lukket</span></h2>"
                         "<h2>4. <span class=\"d-none\">Lukket</span>Bro</h2>")),
            "Tekst\n\nVejen er lukket i dag\n\n## 3. Budget\n\n## 4. Bro");
}

}  // namespace
// Outside a heading: a lock icon before the title a lone number waits for,
// or at the end of a line its item's number leads (agenda systems' cards).
TEST(HtmlClosedMarker, ALockIconInACardsNumberedLine) {
  EXPECT_EQ(text_of(page("<div class=\"num\">2</div><div class=\"t\"><i class=\"bi "
                         "bi-lock-fill\"></i> Køb af ejendom</div>")),
            "2. Køb af ejendom (Lukket)");
  EXPECT_EQ(text_of(page("<div class=\"card-header\"><span class=\"nr\">2</span> <span>Køb af "
                         "ejendom</span> <i class=\"fa fa-lock\" aria-hidden=\"true\"></i></div>")),
            "2 Køb af ejendom (Lukket)");
  // Not in prose.
  EXPECT_EQ(text_of(page("<p>Mødet <i class=\"fa fa-lock\"></i> slut.</p>")), "Mødet slut.");
}

}  // namespace protokol::html
