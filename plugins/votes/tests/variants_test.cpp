// Council minutes with abbreviations, counts and majorities (tests/fixtures/entities/).
#include <gtest/gtest.h>

#include "entity_testing.hpp"
#include "vote_parser.hpp"

namespace et = protokol::entity_testing;
using list = std::vector<std::string>;

TEST(VotesVariants, CouncilMinutes) {
  auto doc = et::document_with_items(
      et::read_file(et::source_dir() / "tests/fixtures/entities/council_abbreviations.txt"));
  ASSERT_EQ(doc.items.size(), 4u);
  std::vector<protokol::vote_record> votes;
  for (const auto& it : doc.items)
    votes.push_back(protokol::votes::parse_votes(protokol::votes::decision_text(doc, it)));
  EXPECT_EQ(votes[0].for_, (list{"Æ", "I", "V"}));
  EXPECT_EQ(votes[0].against, (list{"A", "F", "Ø"}));
  EXPECT_EQ(votes[0].abstained, list{"Carsten Brink"});
  EXPECT_EQ(votes[1].for_, (list{"A", "F", "Ø"}));
  EXPECT_EQ(votes[1].against, (list{"V", "Æ", "I"}));
  EXPECT_TRUE(votes[1].abstained.empty());
  // Item 3: "V stemte imod" is in the Økonomiudvalget history, not this meeting's.
  EXPECT_EQ(votes[2].for_, (list{"A", "F", "Ø"}));
  EXPECT_EQ(votes[2].against, (list{"V", "Æ"}));
  EXPECT_EQ(votes[2].abstained, list{"C"});
  EXPECT_TRUE(votes[3].empty());
}
