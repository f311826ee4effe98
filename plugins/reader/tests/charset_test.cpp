#include "charset.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace protokol::reader {
namespace {

using namespace std::string_literals;

TEST(CharsetTable, NamesAreUniqueAndExplained) {
  std::set<std::string> names;
  for (const charset_rule& rule : charset_rules()) {
    EXPECT_TRUE(names.insert(rule.uchardet_name).second) << rule.uchardet_name;
    EXPECT_GT(std::string_view(rule.why).size(), 3u) << rule.uchardet_name;
  }
}

TEST(CharsetTable, AcceptedNamesAreConvertibleByIcu) {
  for (const charset_rule& rule : charset_rules()) {
    if (rule.policy == detection_policy::refuse) continue;
    EXPECT_TRUE(standard_encoding_name(rule.uchardet_name).has_value()) << rule.uchardet_name;
  }
}

TEST(CharsetTable, UnknownNameIsRefused) {
  EXPECT_EQ(policy_for("X-NO-SUCH"), detection_policy::refuse);
  EXPECT_EQ(policy_for(""), detection_policy::refuse);
  EXPECT_EQ(policy_for("windows-1252"), detection_policy::western);
}

TEST(ChooseEncoding, WesternWithC1BytesIsWindows1252) {
  EXPECT_EQ(choose_encoding("ISO-8859-1", "\x93tekst\x94 p\xE5"s, "windows-1252"), "windows-1252");
  EXPECT_EQ(choose_encoding("ISO-8859-15", "\x80 5"s, "windows-1252"), "windows-1252");
}

TEST(ChooseEncoding, WesternWithoutC1BytesIsLatin1) {
  EXPECT_EQ(choose_encoding("WINDOWS-1252",
                            "m\xF8"
                            "de"s,
                            "windows-1252"),
            "ISO-8859-1");
  EXPECT_EQ(choose_encoding("ISO-8859-15", "1\xBD time"s, "windows-1252"), "ISO-8859-1");
}

TEST(ChooseEncoding, RefusedDetectionUsesFallback) {
  EXPECT_EQ(choose_encoding("MAC-CENTRALEUROPE",
                            "K\xF8"
                            "benhavn \x96"s,
                            "windows-1252"),
            "windows-1252");
  EXPECT_EQ(choose_encoding("",
                            "K\xF8"
                            "benhavn"s,
                            "windows-1252"),
            "ISO-8859-1");
  EXPECT_EQ(choose_encoding("IBM852",
                            "K\x9B"
                            "benhavn"s,
                            "IBM865"),
            "IBM865");
}

TEST(ChooseEncoding, AcceptedDetectionGetsIanaName) {
  EXPECT_EQ(choose_encoding("WINDOWS-1251", "\xCF\xF0\xE8"s, "windows-1252"), "windows-1251");
  EXPECT_EQ(choose_encoding("SHIFT_JIS", "\x82\xA0"s, "windows-1252"), "Shift_JIS");
}

TEST(StandardEncodingName, MapsAliasesToIanaNames) {
  EXPECT_EQ(standard_encoding_name("cp1252"), "windows-1252");
  EXPECT_EQ(standard_encoding_name("latin1"), "ISO-8859-1");
  EXPECT_EQ(standard_encoding_name("no-such-encoding"), std::nullopt);
}

TEST(ConvertToUtf8, DecodesWindows1252) {
  const conversion result = convert_to_utf8(
      "\x93"
      "M\xF8"
      "de\x94 \x80"s,
      "windows-1252");
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(result.text, "“Møde” €");
}

TEST(ConvertToUtf8, StopsAtUndefinedByteWithItsOffset) {
  const conversion result = convert_to_utf8(
      "abc\xE6"
      "d"s,
      "US-ASCII");
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.error_offset, 3u);
}

TEST(ConvertToUtf8, GrowsPastItsFirstGuess) {
  const std::string euros(10000, '\x80');  // 1 byte in, 3 bytes out each
  const conversion result = convert_to_utf8(euros, "windows-1252");
  ASSERT_TRUE(result.ok);
  EXPECT_EQ(result.text.size(), 30000u);
}

TEST(HighByteTable, SingleByteEncodingHasOneEntryPerByte) {
  const auto table = make_high_byte_table("windows-1252");
  ASSERT_TRUE(table.has_value());
  EXPECT_EQ((*table)[0xF8 - 0x80], "ø");
  EXPECT_EQ((*table)[0x80 - 0x80], "€");
}

TEST(HighByteTable, MultibyteEncodingHasNone) {
  EXPECT_FALSE(make_high_byte_table("Shift_JIS").has_value());
}

TEST(DetectCharset, FindsWindows1252InDanishText) {
  std::string text;
  for (int i = 0; i < 40; ++i) {
    text +=
        "Udvalget godkendte \x93"
        "forslaget\x94 om m\xF8"
        "der p\xE5 r\xE5"
        "dhuset \x96 "
        "\xE6ndringer til budgettet for b\xF8rn og \xE6ldre.\n";
  }
  const std::string detected = detect_charset(text);
  EXPECT_EQ(policy_for(detected), detection_policy::western) << detected;
  EXPECT_EQ(choose_encoding(detected, text, "windows-1252"), "windows-1252");
}

}  // namespace
}  // namespace protokol::reader
