#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <protokol/testing.hpp>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "entity_testing.hpp"

namespace et = protokol::entity_testing;
namespace pt = protokol::testing;

namespace {

const pt::plugin_library& plugin() {
  static const pt::plugin_library file(PLUGIN_FILE);
  return file;
}

using number_key =
    std::tuple<std::string, std::string, std::string, std::string>;  // type, value, item, style

std::multiset<number_key> numbers_in(const std::vector<protokol::entity>& entities) {
  std::multiset<number_key> out;
  for (const auto& e : entities) {
    if (e.type == "case_number" || e.type == "document_number")
      out.insert({e.type, e.value, e.item, e.style});
  }
  return out;
}

std::multiset<number_key> gold_numbers(const std::string& stem) {
  const auto gold = nlohmann::json::parse(
      et::read_file(et::source_dir() / "tests/fixtures/gold/entities" / (stem + ".json")));
  std::multiset<number_key> out;
  for (const auto& e : gold.at("entities")) {
    const std::string type = e.at("type");
    if (type != "case_number" && type != "document_number") continue;
    out.insert({type, e.at("value"), e.at("item").is_null() ? "" : e.at("item").get<std::string>(),
                e.at("style")});
  }
  return out;
}

}  // namespace

TEST(NumbersStage, DescriptorDeclaresStage) {
  const auto* stage = plugin().find_stage("numbers");
  ASSERT_NE(stage, nullptr);
  EXPECT_EQ(stage->kind, protokol::stage_kind::extractor);
  EXPECT_STREQ(stage->requires_, "text");
  EXPECT_STREQ(stage->provides, "entities.case_number entities.document_number");
  ASSERT_EQ(stage->param_count, 2u);
  EXPECT_STREQ(stage->params[0].name, "styles");
  EXPECT_EQ(stage->params[0].type, protokol::param_type::list);
  EXPECT_STREQ(stage->params[1].name, "attachments_are_documents");
  EXPECT_EQ(stage->params[1].type, protokol::param_type::boolean);
  EXPECT_EQ(plugin().descriptor().abi_major, protokol::abi_major);
}

TEST(NumbersStage, RunTwiceGivesTheSameEntities) {
  auto doc = et::corpus_document("003_bfe7316b770d3aa7");
  const pt::stage_under_test stage(plugin().stage("numbers"));
  stage.process(doc);
  const auto first = doc.entities.size();
  stage.process(doc);
  EXPECT_EQ(doc.entities.size(), first);
}

TEST(NumbersStage, StylesParameterNarrows) {
  auto doc = et::corpus_document("004_f36d0290eb02bd68");
  const pt::stage_under_test stage(plugin().stage("numbers"), {.params = {{"styles", "kle"}}});
  stage.process(doc);
  EXPECT_TRUE(doc.entities.empty());
}

TEST(NumbersStage, CorpusMatchesGold) {
  for (const auto& stem : et::corpus_stems()) {
    auto doc = et::corpus_document(stem);
    const pt::stage_under_test stage(plugin().stage("numbers"));
    stage.process(doc);
    EXPECT_EQ(numbers_in(doc.entities), gold_numbers(stem)) << stem;
    for (const auto& e : doc.entities) {
      EXPECT_EQ(doc.text.substr(e.start, e.end - e.start), e.text) << stem;
    }
  }
}

// The numbers come sorted by start, so the stage sorts only when another
// stage's entities stand among them: then they are in text order, and an
// entity of another stage keeps its place before a number at its offset
// (what a stable sort of the old entities, then the numbers, gives).
TEST(NumbersStage, EntitiesOfOtherStagesAreMergedInTextOrder) {
  auto doc = et::corpus_document("003_bfe7316b770d3aa7");
  const pt::stage_under_test stage(plugin().stage("numbers"));
  auto alone = doc;
  stage.process(alone);
  ASSERT_GE(alone.entities.size(), 2u);
  const auto by_start = [](const protokol::entity& a, const protokol::entity& b) {
    return a.start < b.start;
  };
  EXPECT_TRUE(std::is_sorted(alone.entities.begin(), alone.entities.end(), by_start));

  const std::size_t tie = alone.entities[1].start;
  const auto person = [](std::string text, std::size_t start) {
    protokol::entity e;
    e.type = "person";
    e.text = std::move(text);
    e.start = start;
    return e;
  };
  doc.entities = {person("late", doc.text.size()), person("tie", tie)};
  stage.process(doc);
  ASSERT_EQ(doc.entities.size(), alone.entities.size() + 2);
  EXPECT_TRUE(std::is_sorted(doc.entities.begin(), doc.entities.end(), by_start));
  const auto tie_at = std::find_if(doc.entities.begin(), doc.entities.end(),
                                   [](const protokol::entity& e) { return e.text == "tie"; });
  ASSERT_NE(tie_at, doc.entities.end());
  ASSERT_NE(tie_at + 1, doc.entities.end());
  EXPECT_EQ((tie_at + 1)->start, tie);
  EXPECT_EQ((tie_at + 1)->value, alone.entities[1].value);
  EXPECT_EQ(doc.entities.back().text, "late");
}
