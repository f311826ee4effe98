// The terms stage's tests, with the SDK's test kit: the plugin file this
// project built, loaded and run as the host runs it, without the CLI.
#include <gtest/gtest.h>

#include <protokol/testing.hpp>
#include <string>

namespace pt = protokol::testing;

namespace {

const pt::plugin_library& terms_plugin() {
  static const pt::plugin_library plugin(TERMS_PLUGIN_FILE);
  return plugin;
}

const protokol::stage_descriptor& terms_stage() { return terms_plugin().stage("terms"); }

}  // namespace

TEST(Terms, MarksWholeWordsOnly) {
  const pt::stage_under_test terms(terms_stage(), {.params = {{"terms", "budget, skole"}}});
  protokol::document doc;
  doc.text = "Budget 2024: skolebudget og Skole.";
  terms.process(doc);
  ASSERT_EQ(doc.entities.size(), 2u);
  EXPECT_EQ(doc.entities[0].type, "term");
  EXPECT_EQ(doc.entities[0].text, "Budget");
  EXPECT_EQ(doc.entities[0].value, "budget");
  EXPECT_EQ(doc.entities[1].text, "Skole");
  EXPECT_EQ(doc.text.substr(doc.entities[1].start, doc.entities[1].end - doc.entities[1].start),
            "Skole");
}

TEST(Terms, TermsIsRequiredAndMustListOne) {
  EXPECT_EQ(pt::create_error(terms_stage()),
            "stage 'terms' needs parameter 'terms': Comma-separated terms to mark (matched "
            "whole-word, ASCII case-insensitive)");
  EXPECT_EQ(pt::create_error(terms_stage(), {.params = {{"terms", " , "}}}),
            "parameter 'terms' lists no term");
}

// After the installed reader and segmenter, as in `protokol run`: the
// entity names the item it occurs in.
TEST(Terms, RunsInAPipelineAfterTheInstalledStages) {
  const pt::plugin_set plugins({std::string(PROTOKOL_PLUGIN_DIR) + "/protokol_reader.so",
                                std::string(PROTOKOL_PLUGIN_DIR) + "/protokol_detector.so",
                                std::string(PROTOKOL_PLUGIN_DIR) + "/protokol_segmenter.so",
                                TERMS_PLUGIN_FILE});
  const pt::chain run(plugins,
                      {"read", "detect", "segment", {"terms", {{"terms", "beskæftigelse"}}}});
  const protokol::document doc = run.run(pt::document_from_text(
      "Referat\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
      "Punkt 2: Beskæftigelse\n\nBeslutning\n\nTaget til efterretning.\n",
      "udvalg-2024-01-05.txt"));
  ASSERT_EQ(doc.items.size(), 2u);
  ASSERT_EQ(doc.entities.size(), 1u);
  EXPECT_EQ(doc.entities[0].item, "2");
  EXPECT_EQ(doc.key, "udvalg-2024-01-05");
}
