#include "utf8_scan.hpp"

#include <gtest/gtest.h>

#include <string>

namespace protokol::reader {
namespace {

using namespace std::string_literals;

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

}  // namespace
}  // namespace protokol::reader
