// Each corpus file against its hand-checked gold annotation
// (tests/fixtures/gold/segments/<stem>.json, the output JSON's shape with
// only the checked fields: sections carry their kind alone), field by field.
#include <gtest/gtest.h>

#include "gold_support.hpp"

namespace protokol::segmenter {
namespace {

class SegmenterCorpusGold : public ::testing::TestWithParam<std::string> {};

TEST_P(SegmenterCorpusGold, MatchesTheGoldFieldByField) {
  const std::string stem = GetParam();
  const document doc = testing::segment_fixture("corpus/" + stem + ".txt");
  const nlohmann::json gold = testing::read_gold(stem);
  testing::expect_meeting_matches(doc, gold);
  testing::expect_items_match(doc, gold);
}

TEST_P(SegmenterCorpusGold, ItemsTileTheTextInOrder) {
  testing::expect_items_tile_the_text(testing::segment_fixture("corpus/" + GetParam() + ".txt"));
}

INSTANTIATE_TEST_SUITE_P(Corpus, SegmenterCorpusGold,
                         ::testing::Values("000_a4b572501006c254", "002_272ed4b7c6745111",
                                           "003_bfe7316b770d3aa7", "004_f36d0290eb02bd68"));

TEST(SegmenterCorpus, BallerupParticipantsFromTheHeader) {
  const document doc = testing::segment_fixture("corpus/002_272ed4b7c6745111.txt");
  const auto& p = doc.meeting.participants;
  ASSERT_EQ(p.size(), 12u);
  EXPECT_EQ(p[2].name, "Allan Kristensen");
  EXPECT_EQ(p[2].party, "C");
  EXPECT_EQ(p[2].role, "2. viceborgmester");
  EXPECT_EQ(p[2].status, "absent");
  EXPECT_EQ(p[6].name, "Saime B. Inanc");
  EXPECT_EQ(p[6].party, "Ø");
  EXPECT_EQ(p[6].status, "absent");
  EXPECT_EQ(p[7].name, "Mette Vaaben Mortensen");
  EXPECT_EQ(p[7].party, "");
  EXPECT_EQ(p[8].role, "direktør");
  EXPECT_EQ(p[9].name, "Jannik Karoli Plum Nielsen");
  EXPECT_EQ(p[9].role, "centerchef");  // docs/entities.md: "for Arbejdsmarked" is no part of it
  EXPECT_EQ(p[9].status, "present");
}

TEST(SegmenterCorpus, RudersdalParticipantsIncludeALoesgaenger) {
  const document doc = testing::segment_fixture("corpus/004_f36d0290eb02bd68.txt");
  const auto& p = doc.meeting.participants;
  ASSERT_EQ(p.size(), 9u);
  EXPECT_EQ(p[3].name, "Julie Quass");
  EXPECT_EQ(p[3].party, "Løsgænger");
  EXPECT_EQ(p[8].name, "Alexander Friborg");
  EXPECT_EQ(p[8].party, "C");
}

TEST(SegmenterCorpus, TocDisagreementsAreWarnings) {
  // Odder's table of contents calls item 6 "Evalueringsprojekt ...", the item says "Evaluering af
  // projekt ...".
  const document odder = testing::segment_fixture("corpus/003_bfe7316b770d3aa7.txt");
  EXPECT_EQ(odder.warnings,
            (std::vector<std::string>{"segment: item 6 \"Evaluering af projekt \"Stå ikke i stampe "
                                      "- brug din rampe\"\" is not in the "
                                      "table of contents",
                                      "segment: table of contents entry \"Evalueringsprojekt \"Stå "
                                      "ikke i stampe - brug din rampe\"\" "
                                      "has no item"}));
  for (const char* stem :
       {"000_a4b572501006c254", "002_272ed4b7c6745111", "004_f36d0290eb02bd68"}) {
    EXPECT_TRUE(testing::segment_fixture(std::string("corpus/") + stem + ".txt").warnings.empty())
        << stem;
  }
}

TEST(SegmenterCorpus, AlbertslundHistoryDecisionsAreNotTheDecision) {
  const document doc = testing::segment_fixture("corpus/000_a4b572501006c254.txt");
  const item& it = doc.items[6];
  // "Tina Bodholdt-Nielsen (Løsgænger) deltog ikke på mødet." under it is an
  // absence, not decision text.
  EXPECT_EQ(it.decision, "Tiltrådte indstillingen.");
  EXPECT_EQ(it.absent, std::vector<std::string>{"Tina Bodholdt-Nielsen"});
  EXPECT_EQ(
      it.sections[4].heading,
      "Beslutning fra Erhverv, Beskæftigelse og Uddannelsesinstitutioner, 30. maj 2022, pkt. 6");
  EXPECT_EQ(it.attachments.size(), 4u);
}

TEST(SegmenterCorpus, OdderDecisionsHeadedBeslutningFra) {
  const document doc = testing::segment_fixture("corpus/003_bfe7316b770d3aa7.txt");
  EXPECT_EQ(doc.items[0].decision, "Godkendt");
  EXPECT_EQ(doc.items[5].attachments,
            (std::vector<std::string>{"Evaluering STAR", "Evaluering SIND Erhverv"}));
}

}  // namespace
}  // namespace protokol::segmenter
