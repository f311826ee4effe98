#include "json_stream.hpp"

#include <gtest/gtest.h>

#include <iterator>
#include <random>
#include <string>

#include "json_value.hpp"
#include "json_writer.hpp"
#include "sample_documents.hpp"

namespace {

using protokol::json_export::json_options;

// The streamed text must be what nlohmann's dump() makes of the tree, for
// every layout: downstream tools and the NDJSON compactor rely on it.
TEST(JsonStream, StreamedTextEqualsNlohmannsDumpOfTheTree) {
  for (const protokol::document& doc : protokol::export_testing::golden_documents()) {
    for (const int indent : {-1, 0, 2, 4}) {
      for (const bool public_mode : {false, true}) {
        const json_options options{indent, public_mode};
        const std::string expected =
            protokol::json_export::to_json_value(doc, options)
                .dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
            "\n";
        EXPECT_EQ(protokol::json_export::to_json(doc, options), expected)
            << doc.key << " indent " << indent << " public " << public_mode;
      }
    }
  }
}

TEST(JsonStream, NestedEmptyContainersAndScalars) {
  std::string text;
  protokol::string_output out(text);
  protokol::json_export::json_stream json(out, 2);
  json.begin_object();
  json.key("a");
  json.begin_array();
  json.end_array();
  json.key("b");
  json.begin_array();
  json.real(1.0);
  json.boolean(false);
  json.null();
  json.begin_object();
  json.end_object();
  json.end_array();
  json.end_object();
  json.finish();
  EXPECT_EQ(text, "{\n  \"a\": [],\n  \"b\": [\n    1.0,\n    false,\n    null,\n    {}\n  ]\n}\n");
}

TEST(JsonStream, LargeStringsCrossChunkBoundariesIntact) {
  protokol::document doc = protokol::export_testing::empty_meeting();
  doc.meeting.front_matter = std::string(200000, 'x') + "\"Ærø\"" + std::string(70000, 'y');
  const std::string expected =
      protokol::json_export::to_json_value(doc, {}).dump(
          2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
      "\n";
  EXPECT_EQ(protokol::json_export::to_json(doc, {}), expected);
}

TEST(JsonStream, AnyBytesComeOutAsNlohmannWritesThem) {
  // Random strings over the bytes that matter: controls, quote, backslash,
  // DEL, Danish letters, a 4-byte character and pieces of ill-formed UTF-8.
  const std::string pieces[] = {"a",
                                " ",
                                "\"",
                                "\\",
                                "\n",
                                "\t",
                                "\r",
                                "\f",
                                "\b",
                                std::string(1, '\0'),
                                "\x01",
                                "\x1F",
                                "\x7F",
                                "æ",
                                "Ø",
                                "🙂",
                                "\xC3",
                                "\xA6",
                                "\xE2\x82",
                                "\xF8",
                                "\xED\xA0\x80",
                                "\xF4\x90\x80\x80",
                                "\xEF\xBF\xBF",
                                "abcdefgh"};
  std::mt19937 random(11);
  for (int round = 0; round < 5000; ++round) {
    std::string value;
    const std::size_t count = random() % 12;
    for (std::size_t i = 0; i < count; ++i) value += pieces[random() % std::size(pieces)];
    std::string text;
    protokol::string_output out(text);
    protokol::json_export::json_stream json(out, -1);
    json.string(value);
    json.finish();
    ASSERT_EQ(
        text,
        nlohmann::json(value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n")
        << ::testing::PrintToString(value);
  }
}

}  // namespace
