#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <protokol/params.hpp>
#include <protokol/testing.hpp>
#include <set>
#include <string>
#include <tuple>

#include "entity_testing.hpp"

namespace et = protokol::entity_testing;
namespace pt = protokol::testing;
using nlohmann::json;

namespace {

const pt::plugin_library& plugin() {
  static const pt::plugin_library file(PLUGIN_FILE);
  return file;
}

json gold_of(const std::string& stem) {
  return json::parse(
      et::read_file(et::source_dir() / "tests/fixtures/gold/entities" / (stem + ".json")));
}

// type, text, value, item, party, role, start, end
using entity_key = std::tuple<std::string, std::string, std::string, std::string, std::string,
                              std::string, std::size_t, std::size_t>;

std::multiset<entity_key> found_people(const protokol::document& doc) {
  std::multiset<entity_key> out;
  for (const auto& e : doc.entities) {
    if (e.type == "person" || e.type == "party") {
      out.insert({e.type, e.text, e.value, e.item, e.party, e.role, e.start, e.end});
    }
  }
  return out;
}

std::multiset<entity_key> gold_people(const json& gold) {
  std::multiset<entity_key> out;
  for (const auto& e : gold.at("entities")) {
    const std::string type = e.at("type");
    if (type != "person" && type != "party") continue;
    out.insert({type, e.at("text"), e.at("value"),
                e.at("item").is_null() ? "" : e.at("item").get<std::string>(), e.value("party", ""),
                e.value("role", ""), e.at("start"), e.at("end")});
  }
  return out;
}

}  // namespace

TEST(PeopleStage, DescriptorDeclaresStage) {
  const auto* stage = plugin().find_stage("people");
  ASSERT_NE(stage, nullptr);
  EXPECT_EQ(stage->kind, protokol::stage_kind::extractor);
  EXPECT_STREQ(stage->requires_, "meeting items");
  EXPECT_STREQ(stage->provides, "entities.person entities.party");
  ASSERT_EQ(stage->param_count, 4u);
  EXPECT_STREQ(stage->params[0].name, "min_name_parts");
  EXPECT_EQ(stage->params[0].type, protokol::param_type::integer);
  EXPECT_STREQ(stage->params[0].default_value, "2");
}

TEST(PeopleStage, TheHostRefusesMinNamePartsOutOfRange) {
  std::vector<std::string> problems;
  protokol::bind_params(plugin().stage("people"), {{"min_name_parts", "7"}}, problems);
  EXPECT_EQ(problems,
            std::vector<std::string>{"parameter 'min_name_parts' expects int in 1..6, got '7'"});
}

TEST(PeopleStage, CorpusMatchesGold) {
  for (const auto& stem : et::corpus_stems()) {
    auto doc = et::corpus_document(stem);
    const pt::stage_under_test stage(plugin().stage("people"));
    stage.process(doc);
    const json gold = gold_of(stem);
    EXPECT_EQ(found_people(doc), gold_people(gold)) << stem;
    std::vector<std::tuple<std::string, std::string, std::string, std::string>> participants,
        expected;
    for (const auto& p : doc.meeting.participants)
      participants.emplace_back(p.name, p.party, p.role, p.status);
    for (const auto& p : gold.at("meeting").at("participants")) {
      expected.emplace_back(p.at("name"), p.at("party"), p.at("role"), p.at("status"));
    }
    EXPECT_EQ(participants, expected) << stem;
    for (const auto& gi : gold.at("items")) {
      const auto it = std::find_if(doc.items.begin(), doc.items.end(), [&](const auto& i) {
        return i.number == gi.at("number").get<std::string>();
      });
      ASSERT_NE(it, doc.items.end()) << stem;
      EXPECT_EQ(it->absent, gi.at("absent").get<std::vector<std::string>>())
          << stem << " item " << it->number;
    }
  }
}

TEST(PeopleStage, RunTwiceGivesTheSameResult) {
  auto doc = et::corpus_document("002_272ed4b7c6745111");
  const pt::stage_under_test stage(plugin().stage("people"));
  stage.process(doc);
  const auto entities = doc.entities.size();
  const auto participants = doc.meeting.participants.size();
  stage.process(doc);
  EXPECT_EQ(doc.entities.size(), entities);
  EXPECT_EQ(doc.meeting.participants.size(), participants);
}
