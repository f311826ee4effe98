#include "utf8_scan.hpp"

#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <iterator>
#include <span>
#include <string>

#include "text_cleaner.hpp"

namespace protokol::reader {
namespace {

using namespace std::string_literals;
using namespace std::string_view_literals;

TEST(Utf8Scan, AsciiWithLfNeedsNothing) {
  const utf8_scan scan = scan_utf8("Referat fra mødet\n"s.substr(0, 12) + "\tside 1\n");
  EXPECT_TRUE(scan.valid);
  EXPECT_TRUE(scan.ascii);
  EXPECT_FALSE(scan.needs_cleaning);
}

TEST(Utf8Scan, DanishLettersAreValidMultibyte) {
  const utf8_scan scan = scan_utf8("æøå ÆØÅ");
  EXPECT_TRUE(scan.valid);
  EXPECT_FALSE(scan.ascii);
  EXPECT_EQ(scan.multibyte_chars, 6u);
  EXPECT_FALSE(scan.needs_cleaning);
}

TEST(Utf8Scan, CarriageReturnInLongAsciiRunNeedsCleaning) {
  EXPECT_TRUE(scan_utf8("abcdefghijklmnop\r\nqrstuvwxyz0123456789"s).needs_cleaning);
}

TEST(Utf8Scan, DelNeedsCleaning) { EXPECT_TRUE(scan_utf8("abcdefgh\x7Fijklmnop"s).needs_cleaning); }

TEST(Utf8Scan, C1ControlNeedsCleaning) {
  EXPECT_TRUE(scan_utf8("pris \xC2\x96 100"s).needs_cleaning);
}

TEST(Utf8Scan, InnerByteOrderMarkNeedsCleaning) {
  EXPECT_TRUE(scan_utf8("a\xEF\xBB\xBF"
                        "b"s)
                  .needs_cleaning);
}

TEST(Utf8Scan, Windows1252ByteIsInvalidAtItsOffset) {
  const utf8_scan scan = scan_utf8(
      "abcdefghij M\xF8"
      "de"s);
  EXPECT_FALSE(scan.valid);
  EXPECT_EQ(scan.first_invalid, 12u);
  EXPECT_EQ(scan.invalid_bytes, 1u);
}

TEST(Utf8Scan, SurrogatesAndOverlongFormsAreInvalid) {
  EXPECT_FALSE(scan_utf8("\xED\xA0\x80"s).valid);      // U+D800
  EXPECT_FALSE(scan_utf8("\xC0\xAF"s).valid);          // overlong '/'
  EXPECT_FALSE(scan_utf8("\xF4\x90\x80\x80"s).valid);  // past U+10FFFF
}

TEST(Utf8Scan, TruncatedSequenceAtEndIsInvalid) {
  const utf8_scan scan = scan_utf8("M\xC3"s);
  EXPECT_FALSE(scan.valid);
  EXPECT_EQ(scan.first_invalid, 1u);
}

// The scan passes ASCII sixteen or eight bytes at a time: on random text it
// learns what a scan of one character after another learns.
// Sixteen bytes whose non-ASCII bytes are whole two-byte characters are
// taken as a block; a C1 control among them still needs cleaning.
TEST(Utf8Scan, BlocksOfDanishLetters) {
  const utf8_scan danish = scan_utf8("Økonomiudvalget på mødet i Rådhuset, værelse 1"s);
  EXPECT_TRUE(danish.valid);
  EXPECT_FALSE(danish.ascii);
  EXPECT_EQ(danish.multibyte_chars, 5u);
  EXPECT_FALSE(danish.needs_cleaning);
  EXPECT_TRUE(scan_utf8("Økonomiudvalget \xC2\x96 på mødet i Rådhuset"s).needs_cleaning);
  EXPECT_TRUE(scan_utf8("Økonomiudvalget\r på mødet i Rådhuset"s).needs_cleaning);
}

// What a scan of one character after another learns of `s`.
utf8_scan scan_one_by_one(const std::string& s, std::size_t control_sample) {
  utf8_scan expected;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto size = static_cast<std::int32_t>(s.size());
  for (std::int32_t i = 0; i < size;) {
    if (bytes[i] < 0x80) {
      if (is_ascii_to_clean(bytes[i])) expected.needs_cleaning = true;
      if (bytes[i] == 0 && expected.first_nul == std::string_view::npos)
        expected.first_nul = static_cast<std::size_t>(i);
      if (is_binary_control(bytes[i]) && static_cast<std::size_t>(i) < control_sample)
        ++expected.binary_controls;
      ++i;
      continue;
    }
    expected.ascii = false;
    const std::int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, size, c);
    if (c < 0) {
      if (expected.valid) expected.first_invalid = static_cast<std::size_t>(start);
      expected.valid = false;
      expected.invalid_bytes += static_cast<std::size_t>(i - start);
    } else {
      ++expected.multibyte_chars;
      if (is_code_point_to_clean(static_cast<char32_t>(c))) expected.needs_cleaning = true;
    }
  }
  return expected;
}

// Random texts of `pieces` (one in `one_in` of them, "x" the others), up to
// `max_pieces` long, scanned as scan_one_by_one() scans them.
void expect_scans_agree(std::span<const std::string_view> pieces, unsigned one_in,
                        unsigned max_pieces) {
  unsigned state = 3;
  auto next = [&] { return (state = state * 1103515245U + 12345U) >> 16; };
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const unsigned length = next() % max_pieces;
    for (unsigned k = 0; k < length; ++k)
      s += next() % one_in == 0 ? pieces[next() % pieces.size()] : "x";
    // A sample limit anywhere in the text or past it, so the count stops at
    // every offset of the sixteen-byte blocks.
    const std::size_t control_sample = next() % 100;
    const utf8_scan expected = scan_one_by_one(s, control_sample);
    const utf8_scan got = scan_utf8(s, control_sample);
    // The same scan with a copy, which holds the text when it needs nothing.
    std::string copy = "before ";
    const utf8_scan copied = scan_utf8(s, control_sample, &copy);
    EXPECT_EQ(copied.multibyte_chars, expected.multibyte_chars) << s;
    EXPECT_EQ(copied.binary_controls, expected.binary_controls) << s;
    if (expected.valid && !expected.needs_cleaning) {
      EXPECT_EQ(copy, "before " + s);
    }
    EXPECT_EQ(got.first_nul, expected.first_nul) << s;
    EXPECT_EQ(got.binary_controls, expected.binary_controls) << s;
    EXPECT_EQ(got.valid, expected.valid) << s;
    EXPECT_EQ(got.first_invalid, expected.first_invalid) << s;
    EXPECT_EQ(got.invalid_bytes, expected.invalid_bytes) << s;
    EXPECT_EQ(got.multibyte_chars, expected.multibyte_chars) << s;
    EXPECT_EQ(got.ascii, expected.ascii) << s;
    EXPECT_EQ(got.needs_cleaning, expected.needs_cleaning) << s;
  }
}

TEST(Utf8Scan, AgreesWithACharacterByCharacterScan) {
  const std::string_view pieces[] = {
      "a", "bc d", "\n", "\r", "\t", "\x7F", "\x01", "\xC3\xB8", "\xC3", "\xE2\x80\x93",
      "\xEF\xBB\xBF", "\xC2\x85", "\xFF", "\xC2\x9F", "\xC2\xA0", "\xDF\xBF", "\xC1\xBF", "\xB8",
      // The controls the binary test counts or passes over, NUL among them.
      "\0"sv, "\x08", "\x0B", "\x0C", "\x0E", "\x1F"};
  expect_scans_agree(pieces, 4, 70);
}

// Blocks of 32 bytes whose bytes from 0x80 are all two-byte characters are
// taken whole (31 when a letter's lead byte is the last): long texts of
// Danish letters, C1 controls, blanks and controls, seldom anything else.
TEST(Utf8Scan, AgreesOnTextsOfTwoByteCharacters) {
  const std::string_view pieces[] = {"\xC3\xB8", "\xC3\xA6", "\xC3\x85", "\xC2\xA7", "\xC2\xA0",
                                     "\xDF\xBF", "\xC2\x85", "\xC2\x9F", "\n",       "\t",
                                     "\r",       "\x7F",     "\0"sv,     "\x1F",     "\xE2\x80\x93",
                                     "\xC3",     "\xB8"};
  expect_scans_agree(std::span(pieces).first(14), 3, 150);
  expect_scans_agree(pieces, 3, 150);
}

TEST(Utf8Scan, ALetterOverTheEndOfABlockIsCountedOnce) {
  for (std::size_t before = 0; before < 70; ++before) {
    const std::string text = std::string(before, 'x') + "\xC3\xB8" + std::string(70, 'y');
    const utf8_scan scan = scan_utf8(text);
    EXPECT_TRUE(scan.valid) << before;
    EXPECT_EQ(scan.multibyte_chars, 1u) << before;
    EXPECT_FALSE(scan.needs_cleaning) << before;
    EXPECT_TRUE(
        scan_utf8(std::string(before, 'x') + "\xC2\x85" + std::string(70, 'y')).needs_cleaning)
        << before;
  }
}

// The copy is made a piece at a time as the scan goes: whatever the piece
// and block ends cut (letters, an en dash), it is the whole text.
TEST(Utf8Scan, ALongTextIsCopiedWhole) {
  std::string words;
  while (words.size() < 5000) words += "Økonomiudvalget på mødet – værelse 1\tsag ÆØÅ\n";
  for (std::size_t shift = 0; shift < 40; ++shift) {
    const std::string text = std::string(shift, 'x') + words;
    std::string copy;
    const utf8_scan scan = scan_utf8(text, 0, &copy);
    EXPECT_TRUE(scan.valid && !scan.needs_cleaning) << shift;
    EXPECT_EQ(copy, text) << shift;
    // A byte to clean deep in the text: the scan says so (the copy stops).
    std::string with_cr = text;
    with_cr[3000] = '\r';
    EXPECT_TRUE(scan_utf8(with_cr, 0, &copy).needs_cleaning) << shift;
  }
}

}  // namespace
}  // namespace protokol::reader
