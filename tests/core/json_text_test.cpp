// json_text: reports stay valid JSON whatever bytes a file name holds, and
// the escaped form gives the bytes back.
#include "json_text.hpp"

#include <gtest/gtest.h>

using protokol::dump_json;

TEST(JsonText, ValidUtf8IsWrittenAsItIs) {
  EXPECT_EQ(dump_json({{"input", "møde/referat.txt"}}, -1), "{\"input\":\"møde/referat.txt\"}");
}

TEST(JsonText, InvalidBytesBecomeLoneSurrogateEscapes) {
  // Latin-1 "æ" (0xE6) and a stray continuation byte (0x80).
  EXPECT_EQ(dump_json({{"input", "referat_\xe6ldre\x80.txt"}}, -1),
            "{\"input\":\"referat_\\udce6ldre\\udc80.txt\"}");
  EXPECT_EQ(dump_json({{"k\xff", 1}}, -1), "{\"k\\udcff\":1}");
}

TEST(JsonText, ControlCharactersAndBackslashesAreNotMistakenForEscapes) {
  // A genuine U+0001 and a name that spells the escape out literally.
  EXPECT_EQ(dump_json({{"a", std::string("x\x01y")}}, -1), "{\"a\":\"x\\u0001y\"}");
  EXPECT_EQ(dump_json({{"a", "\\u0001e6"}}, -1), "{\"a\":\"\\\\u0001e6\"}");
}

TEST(JsonText, Utf8Validation) {
  EXPECT_TRUE(protokol::is_valid_utf8("æøå €"));
  EXPECT_FALSE(protokol::is_valid_utf8("\xe6"));
  EXPECT_FALSE(protokol::is_valid_utf8("\xed\xa0\x80"));  // an encoded surrogate
  EXPECT_FALSE(protokol::is_valid_utf8("\xc0\xaf"));      // overlong
}

TEST(JsonText, ParseGivesTheEscapedBytesBack) {
  const nlohmann::ordered_json value = {{"input", "referat_\xe6ldre\x80.txt"},
                                        {"k\xff", std::string("x\x01y")},
                                        {"spelled", "\\udce6 and \\u0001e6"},
                                        {"emoji", "møde 😀"}};
  EXPECT_EQ(protokol::parse_json(dump_json(value)), value);
  // A surrogate pair is a character, not two bytes.
  EXPECT_EQ(protokol::parse_json("{\"a\":\"\\ud83d\\udc80\"}")["a"], "\xf0\x9f\x92\x80");
  EXPECT_TRUE(protokol::parse_json("{\"a\":").is_discarded());
}
