#include "symbol_bullets.hpp"

#include <gtest/gtest.h>

#include <string>

#include "text_reader.hpp"

namespace protokol::reader {
namespace {

std::string replaced(std::string text) {
  replace_symbol_bullets(text);
  return text;
}

TEST(SymbolBullets, WordsBulletsAtALinesStartAreTheBulletsTheyShow) {
  EXPECT_EQ(replaced("Orienterede om:\n\uF0B7 Erhvervsnyt\n\t\uF0A7 Bylivsm\u00F8derne\n"),
            "Orienterede om:\n\u2022 Erhvervsnyt\n\t\u25AA Bylivsm\u00F8derne\n");
  EXPECT_EQ(replaced("\uF0D8 Pil\f\uF0FC Godkendt\n\uF02D Streg"),
            "\u27A2 Pil\f\u2713 Godkendt\n- Streg");
}

TEST(SymbolBullets, ElsewhereAndOtherCharactersStay) {
  // Inside a line a private-use character is some font's own; U+F0B8 is
  // no bullet of Word's; U+FB01 and U+FEFF share the lead byte EF.
  for (const std::string text : {"Se \uF0B7 her", "\uF0B8 Punkt", "\uFB01", "\uFEFFa", "\xEF"})
    EXPECT_EQ(replaced(text), text);
}

TEST(SymbolBullets, TheReaderReplacesThem) {
  EXPECT_EQ(text_reader({}).read("Deltagere:\n\uF0B7 Anne Kirk (A)\n").text,
            "Deltagere:\n\u2022 Anne Kirk (A)\n");
}

}  // namespace
}  // namespace protokol::reader

namespace protokol::reader {
namespace {

// PyMuPDF and pdfminer give Word's bullet a line of its own over its entry.
TEST(SymbolBullets, ABulletAloneOverItsEntryJoinsIt) {
  std::string text =
      "Deltagere:\n\uF0B7\nFormand: Jens Ravn (A)\n\uF0B7 \nIb Holm (A)\n\uF0B7\n\nX\n";
  replace_symbol_bullets(text);
  EXPECT_EQ(text, "Deltagere:\n\u2022 Formand: Jens Ravn (A)\n\u2022 Ib Holm (A)\n\u2022\n\nX\n");
}

}  // namespace
}  // namespace protokol::reader
