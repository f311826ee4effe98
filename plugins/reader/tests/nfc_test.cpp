#include "nfc.hpp"

#include <gtest/gtest.h>

#include <string>

namespace protokol::reader {
namespace {

TEST(Nfc, ComposesDecomposedDanishLetters) {
  std::string text = "A\u030Arhus og Mo\u0308de";  // Å and ö as base + combining mark
  to_nfc(text);
  EXPECT_EQ(text, "\u00C5rhus og M\u00F6de");
}

TEST(Nfc, LeavesComposedTextUnchanged) {
  std::string text = "Århus, Ølstykke, Æbelø";
  const char* const before = text.data();
  to_nfc(text);
  EXPECT_EQ(text, "Århus, Ølstykke, Æbelø");
  EXPECT_EQ(text.data(), before) << "no copy when already NFC";
}

// Lines of code points below U+0300 skip ICU's check; a line with a dash
// or a combining mark is checked, wherever it stands among them, and a
// combining mark at a line's start, or right after a 16-byte block, still
// composes with the letter before it.
TEST(Nfc, OnlyLinesThatMayChangeAreChecked) {
  std::string text = "Referat – Byrådet\nPunkt 1\nA\u030Arhus\n";
  to_nfc(text);
  EXPECT_EQ(text, "Referat – Byrådet\nPunkt 1\n\u00C5rhus\n");
  for (std::size_t before = 0; before < 40; ++before) {
    std::string at(before, 'x');
    at += "A\u030A";
    to_nfc(at);
    EXPECT_EQ(at, std::string(before, 'x') + "\u00C5") << before;
  }
  std::string clean = "Bo \u2013 Anne\nÆbler\n";  // a dash alone is NFC
  const char* const before = clean.data();
  to_nfc(clean);
  EXPECT_EQ(clean.data(), before);
}

// The scan for a byte from 0xCC takes 32 bytes a step, from the text's
// start or from after a line ICU checked: a mark in either half of a step,
// or in the bytes after the last whole step, is found wherever the scan
// starts.
TEST(Nfc, AMarkIsFoundAtEveryOffsetFromEveryStart) {
  for (std::size_t first_line = 0; first_line < 40; ++first_line) {
    // A minus sign makes ICU check the first line (a dash is passed over
    // without ICU); the scan goes on after it.
    const std::string head = std::string(first_line, 'x') + "\u2212\n";
    for (std::size_t before = 0; before < 80; ++before) {
      std::string text = head + std::string(before, 'x') + "A\u030A" + std::string(7, 'y');
      to_nfc(text);
      EXPECT_EQ(text, head + std::string(before, 'x') + "\u00C5" + std::string(7, 'y'))
          << first_line << " " << before;
    }
  }
}

// U+2002 to U+203F (dashes, quotes, bullets, spaces) are passed over
// without ICU's check, as they are normalization-inert; U+2000 and U+2001,
// which NFC maps to U+2002 and U+2003, are not. Right after any of them,
// or later on the line, and after several in a row, a mark is still found.
TEST(Nfc, InertPunctuationIsPassedOverAndTheRestOfTheLineChecked) {
  for (unsigned cp = 0x2000; cp < 0x2040; ++cp) {
    const std::string punct = {'\xE2', static_cast<char>(0x80 | (cp >> 6 & 0x3F)),
                               static_cast<char>(0x80 | (cp & 0x3F))};
    const std::string nfc_punct = cp == 0x2000 ? "\u2002" : cp == 0x2001 ? "\u2003" : punct;
    std::string alone = "x" + punct + "y\n";
    to_nfc(alone);
    EXPECT_EQ(alone, "x" + nfc_punct + "y\n") << std::hex << cp;
    // A mark right after it: U+0344, which NFC decomposes (to U+0308 U+0301).
    std::string then_mark = "x" + punct + "\u0344y\n";
    to_nfc(then_mark);
    EXPECT_EQ(then_mark, "x" + nfc_punct + "\u0308\u0301y\n") << std::hex << cp;
    for (std::size_t count = 1; count <= 3; ++count) {
      std::string puncts;
      for (std::size_t i = 0; i < count; ++i) puncts += punct;
      std::string nfc_puncts;
      for (std::size_t i = 0; i < count; ++i) nfc_puncts += nfc_punct;
      for (std::size_t before = 0; before < 40; before += 7) {
        std::string text = puncts + std::string(before, 'x') + "A\u030A\n";
        to_nfc(text);
        EXPECT_EQ(text, nfc_puncts + std::string(before, 'x') + "\u00C5\n")
            << std::hex << cp << std::dec << " " << count << " " << before;
      }
    }
  }
}

TEST(Nfc, ComposesAcrossLongText) {
  std::string text(20u << 20, 'x');
  text[text.size() / 2] = '\n';
  text += "\nA\u030A";
  to_nfc(text);
  EXPECT_EQ(text.substr(text.size() - 3), "\n\u00C5");
  EXPECT_EQ(text.size(), (20u << 20) + 3);
}

}  // namespace
}  // namespace protokol::reader

namespace {

// Zero-width characters go; every other byte stays (trial BL: a web page's
// "\u200bThorkild Gruelund (C) deltog ikke" hid the absence).
TEST(ReaderNfc, ZeroWidthCharactersAreDropped) {
  std::string text =
      "\xE2\x80\x8BThorkild Gruelund (C) deltog ikke\n"
      "Medlemmer\xE2\x80\x8C\xE2\x80\x8D\xE2\x81\xA0\xEF\xBB\xBF: \xE2\x80\x93 Bo\n";
  protokol::reader::drop_zero_width(text);
  EXPECT_EQ(text, "Thorkild Gruelund (C) deltog ikke\nMedlemmer: – Bo\n");
  std::string plain = "Ingen – ændring";
  protokol::reader::drop_zero_width(plain);
  EXPECT_EQ(plain, "Ingen – ændring");
}

// The zero-width character goes first, so the letter and mark around it
// compose; dropped after NFC, they would stay two (the read fuzz target).
TEST(ReaderNfc, ZeroWidthBetweenALetterAndItsMarkLeavesTheLetterComposed) {
  std::string text = "Cafe\u200B\u0301 og \u2060o\u0308\nA\uFEFF\u030Arhus";
  protokol::reader::to_nfc_without_zero_width(text);
  EXPECT_EQ(text, "Caf\u00E9 og \u00F6\n\u00C5rhus");
}

}  // namespace
