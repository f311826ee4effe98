#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <protokol/testing.hpp>
#include <string>

#include "entity_testing.hpp"

namespace et = protokol::entity_testing;
namespace pt = protokol::testing;
using nlohmann::json;

namespace {

const pt::plugin_library& plugin() {
  static const pt::plugin_library file(PLUGIN_FILE);
  return file;
}

}  // namespace

TEST(VotesStage, DescriptorDeclaresStage) {
  const auto* stage = plugin().find_stage("votes");
  ASSERT_NE(stage, nullptr);
  EXPECT_EQ(stage->kind, protokol::stage_kind::extractor);
  EXPECT_STREQ(stage->requires_, "items");
  EXPECT_STREQ(stage->provides, "votes");
  ASSERT_EQ(stage->param_count, 1u);
  EXPECT_STREQ(stage->params[0].name, "keep_existing");
  EXPECT_EQ(stage->params[0].type, protokol::param_type::boolean);
}

TEST(VotesStage, KeepExistingLeavesVotesAlone) {
  auto doc = et::document_with_items("Punkt 1: Sag\n\nBeslutning\n\n(A) undlod.\n");
  doc.items[0].votes.against = {"V"};
  const pt::stage_under_test keep(plugin().stage("votes"), {.params = {{"keep_existing", "true"}}});
  keep.process(doc);
  EXPECT_EQ(doc.items[0].votes.against, std::vector<std::string>{"V"});
  const pt::stage_under_test replace(plugin().stage("votes"));
  replace.process(doc);
  EXPECT_TRUE(doc.items[0].votes.against.empty());
  EXPECT_EQ(doc.items[0].votes.abstained, std::vector<std::string>{"A"});
}

TEST(VotesStage, CorpusMatchesGold) {
  for (const auto& stem : et::corpus_stems()) {
    auto doc = et::corpus_document(stem);
    const pt::stage_under_test stage(plugin().stage("votes"));
    stage.process(doc);
    const json gold = json::parse(
        et::read_file(et::source_dir() / "tests/fixtures/gold/entities" / (stem + ".json")));
    for (const auto& gi : gold.at("items")) {
      const auto it = std::find_if(doc.items.begin(), doc.items.end(), [&](const auto& i) {
        return i.number == gi.at("number").get<std::string>();
      });
      ASSERT_NE(it, doc.items.end()) << stem;
      const auto& v = gi.at("votes");
      EXPECT_EQ(it->votes.for_, v.at("for").get<std::vector<std::string>>())
          << stem << " item " << it->number;
      EXPECT_EQ(it->votes.against, v.at("against").get<std::vector<std::string>>())
          << stem << " item " << it->number;
      EXPECT_EQ(it->votes.abstained, v.at("abstained").get<std::vector<std::string>>())
          << stem << " item " << it->number;
    }
  }
}

TEST(VotesStage, AVoteItCannotReadIsAWarningNamingTheItem) {
  auto doc = et::document_with_items(
      "Punkt 1: Vejplan\n\nBeslutning\n\nEt flertal i udvalget anbefaler indstillingen.\n\n"
      "Punkt 2: Budget\n\nBeslutning\n\nGodkendt.\n\n"
      "Punkt 3: Takster\n\nBeslutning\n\nForkastet med stemmerne 3 for og 6 imod.\n\n"
      "Punkt 4: Eventuelt\n\nBeslutning\n\nEnstemmigt godkendt.\n");
  const pt::stage_under_test stage(plugin().stage("votes"));
  stage.process(doc);
  ASSERT_EQ(doc.items.size(), 4u);
  EXPECT_TRUE(doc.items[0].votes.empty());
  EXPECT_TRUE(doc.items[1].votes.empty());
  // Counts alone and "enstemmigt" are read, so they give no warning.
  EXPECT_EQ(doc.items[2].votes.for_count, 3);
  EXPECT_EQ(doc.items[2].votes.against_count, 6);
  EXPECT_TRUE(doc.items[3].votes.unanimous);
  EXPECT_EQ(doc.warnings, std::vector<std::string>{
                              "votes: item 1: \"flertal\" reads like a vote, but no voters could "
                              "be read"});
}

TEST(VotesStage, AClosedItemsDecisionIsNeverQuotedNorWarnedAbout) {
  auto doc = et::document_with_items(
      "Punkt 1: Personalesag\n\nBeslutning\n\nEt flertal i udvalget godkendte.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  doc.items[0].closed = true;
  const pt::stage_under_test stage(plugin().stage("votes"));
  stage.process(doc);
  EXPECT_TRUE(doc.warnings.empty());
}

TEST(VotesStage, SeveralVotesInOneDecisionAreAWarning) {
  auto doc = et::document_with_items(
      "Punkt 1: Café\n\nBeslutning\n\nAd 1\n\nFor stemte: A, V\n\nImod stemte: C\n\n"
      "Ad 2\n\nFor stemte: A\n\nImod stemte: C, V\n");
  const pt::stage_under_test stage(plugin().stage("votes"));
  stage.process(doc);
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].votes.for_, (std::vector<std::string>{"A", "V"}));
  EXPECT_EQ(doc.warnings, std::vector<std::string>{
                              "votes: item 1: 2 votes in the decision; the first is recorded"});
}
