// What is no content and never reaches the text: code, <head>, hidden
// parts, form controls, navigation, embedded media, agenda-system buttons
// and attachment counters.
#include <gtest/gtest.h>

#include "html_test_support.hpp"

namespace protokol::html {
namespace {

using test::page;
using test::text_of;

TEST(HtmlDrop, ScriptStyleNoscriptAndTemplateAreDropped) {
  EXPECT_EQ(
      text_of(page("<script>var x = 'Punkt 1';</script><style>p{color:red}</style>"
                   "<noscript>Slå JavaScript til</noscript><template><p>Punkt 2</p></template>"
                   "<p>Tekst</p>")),
      "Tekst");
}

TEST(HtmlDrop, HeadIsDroppedExceptItsTitle) {
  EXPECT_EQ(
      text_of("<html><head><meta name=\"description\" content=\"x\"><title>Referat</title>"
              "<style>h1{}</style><script>y()</script></head><body><p>Tekst</p></body></html>"),
      "Referat\n\nTekst");
}

// Found by fuzzing: a title over 400 bytes was cut inside "ø" and the text
// was no UTF-8 (tests/fixtures/fuzz/html/title_cut_inside_a_character.html).
TEST(HtmlDrop, ALongTitleIsCutBetweenCharacters) {
  const std::string title = std::string(400, 'a') + "øøø";
  const std::string text = text_of("<html><head><title>" + title + "</title></head></html>");
  EXPECT_EQ(text, std::string(400, 'a') + "ø");
}

TEST(HtmlDrop, HiddenElementsAreDropped) {
  EXPECT_EQ(text_of(page("<p hidden>A</p><p aria-hidden=\"true\">B</p>"
                         "<div style=\"color: red; display: none\">C</div>"
                         "<span style=\"visibility:hidden\">D</span><p style=\"mso-hide:all\">E</p>"
                         "<p aria-hidden=\"false\">Synlig</p>")),
            "Synlig");
}

// The site's footer is no part of the minutes (found when a page's footer
// became the body of its last item); a footer of the minutes' own article is.
TEST(HtmlDrop, TheSitesFooterIsDroppedAnArticlesFooterKept) {
  EXPECT_EQ(text_of(page("<main><p>Tekst</p></main><footer>Kommunen · Rådhuset</footer>"
                         "<div role=\"contentinfo\">Kontakt os</div>")),
            "Tekst");
  EXPECT_EQ(text_of(page("<article><p>Tekst</p><footer>Mødet hævet kl. 19.30</footer></article>")),
            "Tekst\n\nMødet hævet kl. 19.30");
}

TEST(HtmlDrop, ScreenReaderOnlyClassesAreDropped) {
  EXPECT_EQ(text_of(page("<span class=\"visually-hidden\">Antal bilag:</span>"
                         "<p class=\"sr-only\">Skærmlæser</p><div class=\"a hidden b\">C</div>"
                         "<p class=\"d-none\">D</p><p class=\"hidden-title\">Synlig</p>")),
            "Synlig");
}

TEST(HtmlDrop, SkipLinksAreDropped) {
  EXPECT_EQ(text_of(page("<a href=\"#main\">Gå til hovedindhold</a><a href=\"#c\">Skip to main "
                         "content</a><h1>Referat</h1>")),
            "# Referat");
}

TEST(HtmlDrop, FormControlsAndTheirLabelsAreDropped) {
  EXPECT_EQ(text_of(page("<form><label for=\"q\">Søg</label><input id=\"q\" value=\"Punkt 3\">"
                         "<input type=\"hidden\" value=\"7\"><select><option>2023</option></select>"
                         "<textarea>kommentar</textarea><button>Send</button></form><p>Tekst</p>")),
            "Tekst");
}

// An accordion's button holds the item's title (Bootstrap): in a heading,
// or toggling a panel (aria-expanded, aria-controls, data-bs-toggle). A
// button that opens a panel with an action's words is still dropped.
TEST(HtmlDrop, AnAccordionsButtonKeepsItsTitle) {
  EXPECT_EQ(text_of(page("<h2 class=\"accordion-header\"><button class=\"accordion-button "
                         "collapsed\" type=\"button\">Punkt 9 – Erstatningssag (lukket)</button>"
                         "</h2><p>Tekst</p>")),
            "## Punkt 9 – Erstatningssag (lukket)\n\nTekst");
  EXPECT_EQ(text_of(page("<div class=\"item-head\"><button aria-expanded=\"false\" "
                         "aria-controls=\"p2\">2. Budget 2025</button></div><p>Tekst</p>")),
            "2. Budget 2025\n\nTekst");
  EXPECT_EQ(text_of(page("<p>Tekst</p><button aria-expanded=\"false\">Vis mere</button>"
                         "<button>Budget 2025</button>")),
            "Tekst");
  // Controls beside a heading's text are no part of it (its closed marker
  // must end the title), nor is a tab's button.
  EXPECT_EQ(text_of(page("<h2>2. Køb af ejendom - Lukket <button class=\"toggle\">+</button></h2>"
                         "<h2>3. Personalesag (Lukket) <button aria-expanded=\"false\" "
                         "aria-controls=\"p3\">Vis/skjul</button></h2><button role=\"tab\" "
                         "aria-controls=\"t1\">Sagsfremstilling</button><p>Tekst</p>")),
            "## 2. Køb af ejendom - Lukket\n\n## 3. Personalesag (Lukket)\n\nTekst");
  // An accordion's button beside the number in its heading keeps its text.
  EXPECT_EQ(text_of(page("<h2><span>2.</span> <button class=\"accordion-button\">Køb af ejendom "
                         "(Lukket punkt)</button></h2><p>Tekst</p>")),
            "## 2. Køb af ejendom (Lukket punkt)\n\nTekst");
}

// pdftohtml's list of the PDF's bookmarks after the last page.
TEST(HtmlDrop, PdftohtmlsDocumentOutlineIsDropped) {
  EXPECT_EQ(text_of(page("<b>8. Køb af areal</b><br/>Godkendt.<br/><hr/><a name=\"outline\"></a>"
                         "<h1>Document Outline</h1><ul><li><a href=\"x.html#1\">8. Køb af "
                         "areal</a><ul><li><a href=\"x.html#1\">Beslutning</a></li></ul></li>"
                         "</ul>")),
            "**8. Køb af areal**\nGodkendt.");
  // A heading of that name elsewhere, and a list after another heading, stay.
  EXPECT_EQ(text_of(page("<h1>Outline</h1><ul><li>Punkt</li></ul>")), "# Outline\n\n- Punkt");
}

TEST(HtmlDrop, NavigationIsDropped) {
  EXPECT_EQ(text_of(page("<nav><ol><li>Meddelelser</li></ol></nav>"
                         "<div role=\"navigation\"><a href=\"/\">Forside</a></div><p>Tekst</p>")),
            "Tekst");
}

// A sidebar of other meetings' dates gave the meeting its date and title
// (trial D, Rebild); an article's own aside is part of it.
TEST(HtmlDrop, AsideIsDroppedOutsideAnArticle) {
  EXPECT_EQ(text_of(page("<aside><h2>Møder i 2024</h2><ul><li>15. januar 2024</li></ul></aside>"
                         "<div role=\"complementary\">Se også</div><h1>Socialudvalget</h1>"
                         "<article><p>Tekst</p><aside>Fakta: tre sager</aside></article>")),
            "# Socialudvalget\n\nTekst\n\nFakta: tre sager");
}

// A site menu in the page's <header> gave the title "- Borger" (trial D,
// Skive); the header itself, with the page's <h1>, stays.
TEST(HtmlDrop, ElementsNamedAsSiteFurnitureAreDropped) {
  EXPECT_EQ(text_of(page("<header><div class=\"brand\">Skive Kommune</div><ul class=\"menu\">"
                         "<li>Borger</li></ul><h1>Teknisk Udvalg</h1></header>"
                         "<div class=\"breadcrumbs\">Forside / Politik</div>"
                         "<p class=\"crumbs\">Du er her: Forside</p><div "
                         "id=\"sidebar\">Møder</div><div class=\"cookie-banner\">Cookies</div>"
                         "<div class=\"site-navigation\">Forside</div><p>Tekst</p>"
                         "<div class=\"footer\"><p>Skive Kommune, Torveporten 2</p></div>"
                         "<div id=\"page-footer\">Tlf. 99 15 55 00</div>")),
            "Skive Kommune\n\n# Teknisk Udvalg\n\nTekst");
}

// Cookiebot's consent dialog and a pager's links to the next item.
TEST(HtmlDrop, ACookiebotDialogAndAPagerAreDropped) {
  EXPECT_EQ(text_of(page("<div id=\"CybotCookiebotDialog\" role=\"dialog\"><h2>Denne hjemmeside "
                         "bruger cookies</h2></div><h1>Udvalget</h1><p>Tekst</p><div "
                         "class=\"pager\"><a href=\"p6\">« Forrige punkt</a> <a href=\"p8\">Næste "
                         "punkt »</a></div><ul class=\"pagination-list\"><li>1</li></ul>")),
            "# Udvalget\n\nTekst");
}

// A WordPress post's own footer (its categories) inside the article.
TEST(HtmlDrop, APostsEntryFooterIsDropped) {
  EXPECT_EQ(text_of(page("<article><h1>Referat</h1><p>Tekst.</p><footer class=\"entry-footer\">"
                         "Kategori: Referater</footer></article>"
                         "<article><p>Mere.</p><footer>Mødet hævet kl. 19.30</footer></article>")),
            "# Referat\n\nTekst.\n\nMere.\n\nMødet hævet kl. 19.30");
}

TEST(HtmlDrop, FurnitureWordsCountOnlyAsWholeWords) {
  EXPECT_EQ(text_of(page("<div class=\"menukort\">Kaffe</div><p class=\"footnote\">Note</p>")),
            "Kaffe\n\nNote");
}

// A layout wrapper named after what it sits beside ("has-sidebar") holds
// the minutes; a footer class inside the content is the minutes' own.
TEST(HtmlDrop, FurnitureNamedElementsHoldingTheContentAreKept) {
  EXPECT_EQ(text_of("<html><body class=\"has-sidebar\"><div class=\"layout-with-sidebar\">"
                    "<h1>Udvalg</h1><p>Tekst</p></div><main><p>Punkt</p>"
                    "<div class=\"footer\">Mødet hævet kl. 19.30</div></main></body></html>"),
            "# Udvalg\n\nTekst\n\nPunkt\n\nMødet hævet kl. 19.30");
}

// A furniture word later in a class names a part of something else: an
// item card's footer holds its decision, a wrapper beside a sidebar holds
// the page (without an h1).
TEST(HtmlDrop, AFurnitureWordAfterOtherWordsInAClassIsNoFurniture) {
  EXPECT_EQ(
      text_of(page("<div class=\"card\"><div class=\"card-header\"><h2>2. Budget</h2></div>"
                   "<div class=\"card-footer agenda-item-footer\"><p>Godkendt.</p></div></div>"
                   "<div class=\"page layout-with-sidebar\"><p>Tekst</p></div>"
                   "<div class=\"site-footer\">Kommunen</div><ul class=\"main-menu\"><li>Borger"
                   "</li></ul>")),
      "## 2. Budget\n\nGodkendt.\n\nTekst");
}

// A footnote's mark links into the page; a unit's power links nowhere.
TEST(HtmlDrop, FootnoteMarksAreDroppedAUnitsPowerIsKept) {
  EXPECT_EQ(
      text_of(page("<h2>1. Budget 2024<sup><a href=\"#fn2\">2</a></sup></h2>"
                   "<p>Helle Lund, formand<sup><a href=\"#fn1\">[1]</a></sup>, 400 m<sup>2</sup>"
                   "</p>")),
      "## 1. Budget 2024\n\nHelle Lund, formand, 400 m2");
}

// A block the page marks as the decision by its class alone gets the
// section heading; one that says it keeps its own.
TEST(HtmlDrop, ADecisionMarkedByItsClassGetsItsHeading) {
  EXPECT_EQ(text_of(page("<h2>1. Budget</h2><p>Sagen drøftes.</p><div class=\"beslutning\"><p>"
                         "Godkendt.</p></div><h2>2. Plan</h2><div class=\"decision\"><h3>"
                         "Beslutning</h3><p>Taget til efterretning.</p></div>")),
            "## 1. Budget\n\nSagen drøftes.\n\nBeslutning\n\nGodkendt.\n\n## 2. Plan\n\n### "
            "Beslutning\n\nTaget til efterretning.");
}

// A card's badge holding a bare number right before its heading is the
// item's number, not a counter.
TEST(HtmlDrop, ABadgesNumberBeforeAHeadingIsTheItemsNumber) {
  EXPECT_EQ(text_of(page("<div class=\"card-header\"><span class=\"badge\">7</span><h2>Budget</h2>"
                         "</div><p>Bilag <span class=\"badge\">3</span></p>")),
            "## 7. Budget\n\nBilag");
}

// So is a badge's bare number right before an element its class calls the
// title, in one block.
TEST(HtmlDrop, ABadgesNumberBeforeATitleIsTheItemsNumber) {
  EXPECT_EQ(text_of(page("<div class=\"card-header\"><span class=\"badge\">110</span> "
                         "<span class=\"title\">Salg af grund</span></div>"
                         "<p><a href=\"b.pdf\">Bilag</a> <span class=\"badge\">3</span></p>")),
            "110 Salg af grund\n\nBilag");
}

TEST(HtmlDrop, SvgIframeAndMediaAreDropped) {
  EXPECT_EQ(
      text_of(page("<svg><title>Papirclips</title><text>3</text></svg>"
                   "<iframe src=\"x\">Ingen iframes</iframe><video>Film</video><p>Tekst</p>")),
      "Tekst");
}

TEST(HtmlDrop, ActionButtonsAndLinksAreDropped) {
  EXPECT_EQ(
      text_of(page("<p>Punkt 1</p><div class=\"toolbar\"><a class=\"btn\" href=\"x.pdf\">Download "
                   "som PDF</a> <a href=\"#\">Hent som PDF</a> <span role=\"button\">Kopiér "
                   "link</span> <a href=\"#\">Del</a> <a href=\"#\">Print</a></div>")),
      "Punkt 1");
}

TEST(HtmlDrop, LinksWithContentAreKept) {
  EXPECT_EQ(text_of(page("<p><a href=\"b.pdf\">Bilag 1: Notat om budget</a></p>"
                         "<p><a href=\"#\">Delaftale om budget</a></p>")),
            "Bilag 1: Notat om budget\n\nDelaftale om budget");
}

TEST(HtmlDrop, AttachmentCountersAreDropped) {
  EXPECT_EQ(
      text_of(page("<div>Titel</div>"
                   "<span class=\"attachment-count\"><i class=\"icon-paperclip\"></i>3</span>"
                   "<div><i class=\"fa fa-paperclip\"></i><span>2</span></div>"
                   "<div><span><svg class=\"icon\"><use href=\"#icon-paperclip\"/></svg></span>"
                   "<span>4</span></div>"
                   "<a href=\"#bilag\">2 bilag</a><button>Bilag (3)</button>"
                   "<a href=\"#\" class=\"toggle\">Bilag (5)</a><span class=\"badge\">7</span>"
                   "<div aria-label=\"Antal bilag\">1</div>")),
      "Titel");
}

TEST(HtmlDrop, CountersLeaveNoNumberToJoinATitle) {
  EXPECT_EQ(text_of(page("<div><span class=\"badge\">3</span></div><div>Budget 2024</div>")),
            "Budget 2024");
}

TEST(HtmlDrop, ItemNumberAsALinkIsKept) {
  EXPECT_EQ(text_of(page("<div><a href=\"#p3\">3</a></div><div>Budget 2024</div>")),
            "3. Budget 2024");
}

TEST(HtmlDrop, CountLinesInTheTextAreKept) {
  EXPECT_EQ(text_of(page("<p>2 bilag, heraf 2 anbefales</p><p>Bilag (3)</p>")),
            "2 bilag, heraf 2 anbefales\n\nBilag (3)");
}

}  // namespace
}  // namespace protokol::html
