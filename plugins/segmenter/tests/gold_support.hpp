// Comparing a segmented document with a hand-checked gold annotation
// (tests/fixtures/gold/segments/<stem>.json: the output JSON's shape with
// only the checked fields; sections carry their kind alone), field by field.
#pragma once

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace protokol::segmenter::testing {

inline std::vector<std::string> gold_strings(const nlohmann::json& array) {
  std::vector<std::string> out;
  for (const auto& v : array) out.push_back(v.get<std::string>());
  return out;
}

inline nlohmann::json read_gold(const std::string& stem) {
  return nlohmann::json::parse(read_file(fixture_path("gold/segments/" + stem + ".json")));
}

inline void expect_meeting_matches(const document& doc, const nlohmann::json& gold) {
  const nlohmann::json& m = gold.at("meeting");
  EXPECT_EQ(doc.meeting.title, m.at("title").get<std::string>());
  EXPECT_EQ(doc.meeting.committee, m.at("committee").get<std::string>());
  EXPECT_EQ(doc.meeting.municipality, m.at("municipality").get<std::string>());
  EXPECT_EQ(doc.meeting.date, m.at("date").get<std::string>());
  EXPECT_EQ(doc.meeting.start_time, m.at("start_time").get<std::string>());
  EXPECT_EQ(doc.meeting.location, m.at("location").get<std::string>());
}

inline void expect_items_match(const document& doc, const nlohmann::json& gold) {
  const nlohmann::json& items = gold.at("items");
  ASSERT_EQ(doc.items.size(), items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const item& it = doc.items[i];
    const nlohmann::json& g = items[i];
    SCOPED_TRACE("item " + g.at("number").get<std::string>());
    EXPECT_EQ(it.number, g.at("number").get<std::string>());
    EXPECT_EQ(it.title, g.at("title").get<std::string>());
    EXPECT_EQ(it.closed, g.at("closed").get<bool>());
    EXPECT_EQ(it.case_numbers, gold_strings(g.at("case_numbers")));
    EXPECT_EQ(it.document_numbers, gold_strings(g.at("document_numbers")));
    EXPECT_EQ(it.absent, gold_strings(g.at("absent")));
    std::vector<std::string> kinds;
    for (const auto& s : it.sections) kinds.push_back(s.kind);
    std::vector<std::string> gold_kinds;
    for (const auto& s : g.at("sections")) gold_kinds.push_back(s.at("kind").get<std::string>());
    EXPECT_EQ(kinds, gold_kinds);
  }
}

/// Items follow each other without gap or overlap, the last one running
/// to the end of the text; sections stay inside their item.
inline void expect_items_tile_the_text(const document& doc) {
  ASSERT_FALSE(doc.items.empty());
  for (std::size_t i = 0; i < doc.items.size(); ++i) {
    const item& it = doc.items[i];
    EXPECT_LT(it.start, it.end);
    if (i + 1 < doc.items.size()) {
      EXPECT_EQ(it.end, doc.items[i + 1].start);
    }
    for (const auto& s : it.sections) {
      EXPECT_GE(s.start, it.start);
      EXPECT_LE(s.end, it.end);
      EXPECT_LE(s.start, s.end);
    }
  }
  EXPECT_EQ(doc.items.back().end, doc.text.size());
}

}  // namespace protokol::segmenter::testing
