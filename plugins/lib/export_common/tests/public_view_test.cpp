#include <gtest/gtest.h>

#include <export_common/public_view.hpp>
#include <string>
#include <vector>

#include "sample_documents.hpp"

namespace {

using protokol::export_common::find_quoting_warnings;
using protokol::export_common::public_view;

std::vector<std::string> kept_warnings(const protokol::document& doc, const public_view& view) {
  std::vector<std::string> kept;
  for (std::size_t i = 0; i < doc.warnings.size(); ++i) {
    if (view.keeps_warning(i)) kept.push_back(doc.warnings[i]);
  }
  return kept;
}

TEST(PublicView, DisabledWithholdsNothing) {
  const protokol::document doc = protokol::export_testing::sample_meeting();
  const public_view view(doc, false);
  EXPECT_FALSE(view.withholds_body(doc.items[3]));
  for (std::size_t i = 0; i < doc.entities.size(); ++i) EXPECT_TRUE(view.keeps_entity(i));
  for (std::size_t i = 0; i < doc.warnings.size(); ++i) EXPECT_TRUE(view.keeps_warning(i));
}

TEST(PublicView, WithholdsTheBodyOfClosedItemsOnly) {
  const protokol::document doc = protokol::export_testing::sample_meeting();
  const public_view view(doc, true);
  for (const protokol::item& it : doc.items)
    EXPECT_EQ(view.withholds_body(it), it.closed) << it.number;
}

TEST(PublicView, DropsEntitiesOfClosedItemsByNumberAndByOffsets) {
  const protokol::document doc = protokol::export_testing::sample_meeting();
  const public_view view(doc, true);
  std::vector<std::string> dropped;
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    if (!view.keeps_entity(i)) dropped.push_back(doc.entities[i].text + "@" + doc.entities[i].item);
  }
  EXPECT_EQ(dropped, (std::vector<std::string>{"Karl Hemmelig Jensen@4", "Karl Hemmelig Jensen@",
                                               "23/4711@4", "99887/23@4"}));
}

// A closed last item ended by a line the segmenter took for the minutes'
// end ("Underskriftsside", "Referent: X"): the text after it belongs to no
// item but may be the closed item's own, so its entities go too (they had
// been public: trial review).
TEST(PublicView, TheTextAfterAClosedLastItemIsWithheldWithIt) {
  protokol::document doc;
  doc.text =
      "1. Sag\nGodkendt.\n2. Personalesag (Lukket)\nUnderskriftsside\nPeter Jensen 24/12345\n";
  protokol::item open;
  open.number = "1";
  open.start = 0;
  open.end = doc.text.find("2.");
  protokol::item closed;
  closed.number = "2";
  closed.closed = true;
  closed.start = open.end;
  closed.end = doc.text.find("Underskriftsside");
  doc.items = {open, closed};
  protokol::entity person;
  person.type = "person";
  person.text = person.value = "Peter Jensen";
  person.start = doc.text.find("Peter");
  person.end = person.start + person.text.size();
  doc.entities = {person};
  const public_view view(doc, true);
  EXPECT_FALSE(view.keeps_entity(0));
  protokol::export_common::withhold_closed_items(doc);
  EXPECT_TRUE(doc.entities.empty());
  EXPECT_EQ(doc.text.find("Peter"), std::string::npos);
  EXPECT_EQ(doc.text.substr(0, 17), "1. Sag\nGodkendt.\n");
}

TEST(PublicView, DropsWarningsThatQuoteClosedText) {
  const protokol::document doc = protokol::export_testing::sample_meeting();
  EXPECT_EQ(kept_warnings(doc, public_view(doc, true)),
            (std::vector<std::string>{"Indholdsfortegnelsen nævner punkt 6, som ikke findes",
                                      "ukendt overskrift \"Tidsplan\" i punkt 2"}));
}

TEST(PublicView, WarningQuotingAShortClosedLineIsDropped) {
  const std::vector<std::string> warnings{"fravær uden grund: Mikkel Dahl", "alt i orden"};
  const std::vector<std::string_view> withheld{"Mikkel Dahl"};
  EXPECT_EQ(find_quoting_warnings(warnings, withheld), (std::vector<bool>{true, false}));
}

TEST(PublicView, WarningSharingSixteenBytesWithClosedTextIsDropped) {
  const std::vector<std::string> warnings{"'...ønsker at fratræde sin still...' kan ikke læses",
                                          "ønsker at fratræd"};
  const std::vector<std::string_view> withheld{"Hun ønsker at fratræde sin stilling pr. 1. maj."};
  EXPECT_EQ(find_quoting_warnings(warnings, withheld), (std::vector<bool>{true, true}));
}

TEST(PublicView, DocumentWithoutClosedItemsKeepsEverything) {
  const protokol::document doc = protokol::export_testing::awkward_meeting();
  const public_view view(doc, true);
  for (std::size_t i = 0; i < doc.entities.size(); ++i) EXPECT_TRUE(view.keeps_entity(i));
  for (std::size_t i = 0; i < doc.warnings.size(); ++i) EXPECT_TRUE(view.keeps_warning(i));
}

}  // namespace
