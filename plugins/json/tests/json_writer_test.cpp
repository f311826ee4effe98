#include "json_writer.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "json_value.hpp"
#include "sample_documents.hpp"

namespace {

using nlohmann::json;
using protokol::json_export::json_options;
using protokol::json_export::to_json;
using protokol::json_export::to_json_value;

std::vector<std::string> keys_of(const nlohmann::ordered_json& object) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : object.items()) keys.push_back(key);
  return keys;
}

TEST(JsonWriter, TopLevelKeysComeInTheDocumentedOrder) {
  const auto value = to_json_value(protokol::export_testing::sample_meeting(), {});
  EXPECT_EQ(keys_of(value), (std::vector<std::string>{"schema", "source", "meeting", "items",
                                                      "entities", "warnings"}));
  EXPECT_EQ(value["schema"], protokol::document_schema_version);
}

TEST(JsonWriter, ItemFieldsFollowTheDataModel) {
  const auto value = to_json_value(protokol::export_testing::sample_meeting(), {});
  EXPECT_EQ(keys_of(value["items"][1]),
            (std::vector<std::string>{"number", "title", "closed", "case_numbers",
                                      "document_numbers", "sections", "decision", "votes",
                                      "attachments", "absent", "start", "end", "page"}));
  EXPECT_EQ(keys_of(value["items"][1]["votes"]),
            (std::vector<std::string>{"for", "against", "abstained", "unanimous", "counts"}));
  EXPECT_EQ(keys_of(value["items"][1]["votes"]["counts"]),
            (std::vector<std::string>{"for", "against", "abstained"}));
  EXPECT_EQ(keys_of(value["items"][1]["sections"][0]),
            (std::vector<std::string>{"heading", "kind", "text", "start", "end"}));
}

TEST(JsonWriter, DocumentTextRawAndKeyAreNotExported) {
  const std::string text = to_json(protokol::export_testing::sample_meeting(), {});
  const json value = json::parse(text);
  EXPECT_FALSE(value.contains("text"));
  EXPECT_FALSE(value.contains("raw"));
  EXPECT_FALSE(value.contains("key"));
  EXPECT_EQ(text.find("ballerup-ebu-2023-03-14"), std::string::npos);
}

TEST(JsonWriter, EntityFieldsDependOnTheType) {
  const auto value = to_json_value(protokol::export_testing::sample_meeting(), {});
  const auto& entities = value["entities"];
  EXPECT_EQ(keys_of(entities[0]), (std::vector<std::string>{"type", "text", "value", "item",
                                                            "start", "end", "party", "role"}));
  EXPECT_TRUE(entities[0]["item"].is_null());
  EXPECT_EQ(keys_of(entities[2]),
            (std::vector<std::string>{"type", "text", "value", "item", "start", "end", "style"}));
  EXPECT_EQ(entities[2]["item"], "2");
  EXPECT_EQ(keys_of(entities[5]),
            (std::vector<std::string>{"type", "text", "value", "item", "start", "end"}));
}

TEST(JsonWriter, IndentTwoByDefaultAndOneLineWithMinusOne) {
  protokol::document doc = protokol::export_testing::empty_meeting();
  EXPECT_EQ(to_json(doc, {}).substr(0, 22), "{\n  \"schema\": \"1.0\",\n ");
  const std::string line = to_json(doc, json_options{-1, false});
  EXPECT_EQ(line.find('\n'), line.size() - 1);
  EXPECT_EQ(line.substr(0, 30), "{\"schema\":\"1.0\",\"source\":{\"pat");
}

TEST(JsonWriter, ControlCharactersAreEscapedAndTextIsNotAsciiEscaped) {
  protokol::document doc = protokol::export_testing::empty_meeting();
  doc.meeting.title = "Side 2\fØkonomi\t\"x\"";
  const std::string text = to_json(doc, {});
  EXPECT_NE(text.find(R"("title": "Side 2\fØkonomi\t\"x\"")"), std::string::npos);
}

TEST(JsonWriter, BytesThatAreNotUtf8BecomeReplacementCharacters) {
  protokol::document doc = protokol::export_testing::empty_meeting();
  doc.source.path =
      "arkiv/m\xF8"
      "de.txt";
  const json value = json::parse(to_json(doc, {}));
  EXPECT_EQ(value["source"]["path"],
            "arkiv/m\xEF\xBF\xBD"
            "de.txt");
}

TEST(JsonWriter, PublicModeKeepsOnlyTheHeadOfAClosedItem) {
  const auto value =
      to_json_value(protokol::export_testing::sample_meeting(), json_options{2, true});
  const auto& closed = value["items"][3];
  EXPECT_EQ(keys_of(closed), (std::vector<std::string>{"number", "title", "closed", "case_numbers",
                                                       "start", "end", "page"}));
  EXPECT_EQ(closed["title"], "Personalesag");
  EXPECT_EQ(closed["case_numbers"], json::array({"23/4711"}));
  EXPECT_EQ(keys_of(value["items"][1]).size(), 13u);
}

}  // namespace

namespace {

TEST(JsonWriter, ItemsOfAPagedSourceCarryThePageTheyStartOn) {
  const auto streamed = json::parse(to_json(protokol::export_testing::paged_meeting(), {}));
  EXPECT_EQ(streamed["items"][0]["page"], 1);
  EXPECT_EQ(streamed["items"][1]["page"], 3);
  const auto value = to_json_value(protokol::export_testing::paged_meeting(), {});
  EXPECT_EQ(value["items"][1]["page"], 3);
}

TEST(JsonWriter, ItemsOfTextSourcesHaveANullPage) {
  const auto value = json::parse(to_json(protokol::export_testing::sample_meeting(), {}));
  EXPECT_TRUE(value["items"][0]["page"].is_null());
}

}  // namespace
