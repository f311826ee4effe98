#include "inline_tags.hpp"

#include <gtest/gtest.h>

#include <string>

#include "text_reader.hpp"

namespace protokol::reader {
namespace {

std::string stripped(std::string text) {
  strip_inline_tags(text);
  return text;
}

TEST(InlineTags, ScrapedPageLinesLoseTheirMarkup) {
  // A web page's text as a document site shows it (Viborg, 2012): every line
  // ends in "<br />", the document type in <strong>.
  EXPECT_EQ(stripped("Økonomiudvalget<br />\n\n<strong>Referat</strong><br />\n\n"
                     "Mødelokale: M5/Rådhuset<br />\n"),
            "Økonomiudvalget\n\nReferat\n\nMødelokale: M5/Rådhuset\n");
  EXPECT_EQ(stripped("<p><span style=\"font-weight: bold\">Beslutning</span></p>\n"),
            "Beslutning\n");
  EXPECT_EQ(stripped("Godkendt.<o:p></o:p>\n"), "Godkendt.\n");
  EXPECT_EQ(stripped("<B>Fraværende:</B> Bo Lund (V)\n"), "Fraværende: Bo Lund (V)\n");
}

// A paragraph of inline spans is one line of the page: pandoc's wrapping
// at 72 columns inside it goes, so an item's number, title and closed
// marker stay one heading line (a Drupal page; its closed item had run into
// the one above). A paragraph of text around spans keeps its lines.
TEST(InlineTags, AParagraphOfSpansIsOneLine) {
  EXPECT_EQ(stripped("Godkendt.\n\n<span class=\"n\">7</span> <span\nclass=\"t\">Udpegning af "
                     "medlem til\nFolkeoplysningsudvalget</span> <span class=\"s\">(Lukket\n"
                     "punkt)</span>\n\nSagsnr. 24-1-501\n"),
            "Godkendt.\n\n7 Udpegning af medlem til Folkeoplysningsudvalget (Lukket punkt)\n\n"
            "Sagsnr. 24-1-501\n");
  EXPECT_EQ(stripped("Sagen er <span>vigtig</span> for\nbyen.\n"), "Sagen er vigtig for\nbyen.\n");
}

// pandoc's markdown wraps a line inside a raw tag's attributes: the tag
// goes whole, its line break with it.
TEST(InlineTags, ATagWrappedInsideItsAttributes) {
  EXPECT_EQ(stripped("<span class=\"agenda-item__number\">2</span> <span\n"
                     "class=\"agenda-item__title\">Lejeaftale</span> <span\n"
                     "class=\"agenda-item__status\">(Lukket punkt)</span>\n"),
            "2 Lejeaftale (Lukket punkt)\n");
  // Not across a paragraph's lines: "<b" and a '>' three lines on.
  EXPECT_EQ(stripped("a <b\nc\nd\ne>f\n"), "a <b\nc\nd\ne>f\n");
}

// A tag alone on its line between blank lines (pandoc's markdown of a page's
// <div>s) goes with one of the blank lines: one blank line stays, so a
// heading stays near its case number. After text it only ends the line.
TEST(InlineTags, ATagAloneBetweenBlankLinesGoesWithOne) {
  EXPECT_EQ(stripped("1 Godkendelse af dagsorden\n\n<div class=\"case\">\n\nSagsnr. "
                     "24-1-112\n\n</div>\n\n### Beslutning\n"),
            "1 Godkendelse af dagsorden\n\nSagsnr. 24-1-112\n\n### Beslutning\n");
  EXPECT_EQ(stripped("Tekst\n<br>\nMere\n"), "Tekst\n\nMere\n");
}

TEST(InlineTags, BreaksInsideALineBecomeLineBreaks) {
  EXPECT_EQ(stripped("Mødedato: 12. juni 2023<br>Mødested: Rådhuset\n"),
            "Mødedato: 12. juni 2023\nMødested: Rådhuset\n");
  EXPECT_EQ(stripped("<p>Første afsnit.</p><p>Andet afsnit.</p>\n"),
            "Første afsnit.\nAndet afsnit.\n");
  EXPECT_EQ(stripped("Linje et<br/>   Linje to"), "Linje et\nLinje to");
}

TEST(InlineTags, BreaksInATableRowKeepTheRowOneLine) {
  // pandoc and docling write a cell's lines with <br>.
  EXPECT_EQ(stripped("| Medlemmer: | Anne Kirk (A)<br>Bo Lund (V)<br />Carl Due (C) |\n"),
            "| Medlemmer: | Anne Kirk (A); Bo Lund (V); Carl Due (C) |\n");
  EXPECT_EQ(stripped("| Beslutning | Godkendt.<br>Bo Lund (V) var fraværende. |\n"),
            "| Beslutning | Godkendt. Bo Lund (V) var fraværende. |\n");
  EXPECT_EQ(stripped("| Afbud: | Anne Kirk,<br>Bo Lund |\n"), "| Afbud: | Anne Kirk, Bo Lund |\n");
  EXPECT_EQ(stripped("| For stemte: | A, F og Ø (3)<br>   |\n"),
            "| For stemte: | A, F og Ø (3)   |\n");
}

TEST(InlineTags, KeepsWhatIsNoKnownTag) {
  for (const std::string text :
       {"Udgiften er < 5 % af budgettet", "a <foo> b", "<https://www.viborg.dk/>",
        "<post@viborg.dk>", "<br", "<strong\n>tekst", "<b a< b>", "x <", "<>", "</>",
        "<table><tr><td>celle</td></tr></table>"}) {
    EXPECT_EQ(stripped(text), text) << text;
  }
}

TEST(InlineTags, ManyTagsOnOneLongLineStayLinear) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "ord<b>fed</b> <br>";
  EXPECT_TRUE(strip_inline_tags(text));
  EXPECT_EQ(text.find('<'), std::string::npos);
  std::string opens(300000, '<');
  EXPECT_FALSE(strip_inline_tags(opens));
}

TEST(InlineTags, ReaderStripsUnlessTurnedOff) {
  const std::string raw = "Mødested: Rådhuset<br />\n";
  EXPECT_EQ(text_reader({}).read(raw).text, "Mødested: Rådhuset\n");
  reader_options off;
  off.inline_tags = false;
  EXPECT_EQ(text_reader(off).read(raw).text, raw);
  // Escaped markup is decoded first, then stripped.
  EXPECT_EQ(text_reader({}).read("Referat&lt;br /&gt;\n").text, "Referat\n");
}

}  // namespace
}  // namespace protokol::reader
