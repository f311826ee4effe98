// The host's check of a document a C++ stage hands back (document_check).
#include "document_check.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace {

using protokol::contract_breach;
using protokol::document;

document sample() {
  document doc;
  doc.text = "Referat\n1. Sag\nGodkendt.\n";
  doc.source.confidence = 0.8;
  doc.meeting.date = "2024-03-14";
  doc.meeting.start_time = "09:30";
  doc.meeting.participants.push_back({"Bo Lund", "V", "", "present"});
  protokol::item it;
  it.number = "1";
  it.start = 8;
  it.end = doc.text.size();
  it.sections.push_back({"", "decision", "Godkendt.", 15, doc.text.size()});
  doc.items.push_back(it);
  protokol::entity e;
  e.type = "person";
  e.item = "1";
  e.start = 15;
  e.end = 23;
  doc.entities.push_back(e);
  return doc;
}

TEST(DocumentCheck, AWellFormedDocumentPasses) { EXPECT_EQ(contract_breach(sample()), ""); }

TEST(DocumentCheck, NamesTheFirstBreach) {
  document doc = sample();
  doc.entities[0].end = 99;
  EXPECT_EQ(contract_breach(doc), "entity 0 (person) ends at byte 99, past the text's 25 bytes");
  doc = sample();
  doc.entities[0].end = 10;
  EXPECT_EQ(contract_breach(doc), "entity 0 (person) ends at byte 10, before its start 15");
  doc = sample();
  doc.entities[0].item = "999";
  EXPECT_EQ(contract_breach(doc), "entity 0 (person) names item '999', which the document has not");
  doc = sample();
  doc.entities[0].type.clear();
  EXPECT_EQ(contract_breach(doc), "entity 0 has no type");
  doc = sample();
  doc.items[0].number.clear();
  EXPECT_EQ(contract_breach(doc), "item 0 has no number");
  doc = sample();
  doc.items[0].sections[0].end = 200;
  EXPECT_EQ(contract_breach(doc), "item 0's section 0 ends at byte 200, past the text's 25 bytes");
  doc = sample();
  doc.meeting.date = "14-03-2023";
  EXPECT_EQ(contract_breach(doc), "meeting.date '14-03-2023' is no date written YYYY-MM-DD");
  doc = sample();
  doc.meeting.start_time = "9.30";
  EXPECT_EQ(contract_breach(doc), "meeting.start_time '9.30' is no time written HH:MM");
  doc = sample();
  doc.meeting.participants[0].status = "";
  EXPECT_EQ(contract_breach(doc), "participant 0's status '' is neither 'present' nor 'absent'");
  doc = sample();
  doc.source.confidence = 7.5;
  EXPECT_EQ(contract_breach(doc), "source.confidence 7.5 is outside 0..1");
  doc.source.confidence = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(contract_breach(doc), "source.confidence nan is outside 0..1");
}

}  // namespace
