#include "document_compare.hpp"

#include <gtest/gtest.h>

#include <export_common/public_view.hpp>

namespace protokol::export_testing {
namespace {

void expect_same_item(const item& e, const item& a) {
  SCOPED_TRACE("item " + e.number);
  EXPECT_EQ(e.number, a.number);
  EXPECT_EQ(e.title, a.title);
  EXPECT_EQ(e.closed, a.closed);
  EXPECT_EQ(e.case_numbers, a.case_numbers);
  EXPECT_EQ(e.document_numbers, a.document_numbers);
  ASSERT_EQ(e.sections.size(), a.sections.size());
  for (std::size_t i = 0; i < e.sections.size(); ++i) {
    EXPECT_EQ(e.sections[i].heading, a.sections[i].heading);
    EXPECT_EQ(e.sections[i].kind, a.sections[i].kind);
    EXPECT_EQ(e.sections[i].text, a.sections[i].text);
    EXPECT_EQ(e.sections[i].start, a.sections[i].start);
    EXPECT_EQ(e.sections[i].end, a.sections[i].end);
  }
  EXPECT_EQ(e.decision, a.decision);
  EXPECT_EQ(e.votes.for_, a.votes.for_);
  EXPECT_EQ(e.votes.against, a.votes.against);
  EXPECT_EQ(e.votes.abstained, a.votes.abstained);
  EXPECT_EQ(e.votes.unanimous, a.votes.unanimous);
  EXPECT_EQ(e.votes.for_count, a.votes.for_count);
  EXPECT_EQ(e.votes.against_count, a.votes.against_count);
  EXPECT_EQ(e.votes.abstained_count, a.votes.abstained_count);
  EXPECT_EQ(e.attachments, a.attachments);
  EXPECT_EQ(e.absent, a.absent);
  EXPECT_EQ(e.start, a.start);
  EXPECT_EQ(e.end, a.end);
}

void expect_same_entity(const entity& e, const entity& a) {
  SCOPED_TRACE("entity " + e.type + " " + e.text);
  EXPECT_EQ(e.type, a.type);
  EXPECT_EQ(e.text, a.text);
  EXPECT_EQ(e.value, a.value);
  EXPECT_EQ(e.item, a.item);
  EXPECT_EQ(e.start, a.start);
  EXPECT_EQ(e.end, a.end);
  // Only the fields the entity's type carries are exported.
  const bool person = e.type == "person";
  const bool number = e.type == "case_number" || e.type == "document_number";
  EXPECT_EQ(person ? e.party : "", a.party);
  EXPECT_EQ(person ? e.role : "", a.role);
  EXPECT_EQ(number ? e.style : "", a.style);
}

}  // namespace

void expect_same_content(const document& expected, const document& actual) {
  EXPECT_EQ(expected.source.path, actual.source.path);
  EXPECT_EQ(expected.source.sha256, actual.source.sha256);
  EXPECT_EQ(expected.source.bytes, actual.source.bytes);
  EXPECT_EQ(expected.source.format, actual.source.format);
  EXPECT_EQ(expected.source.dialect, actual.source.dialect);
  EXPECT_EQ(expected.source.encoding, actual.source.encoding);
  EXPECT_EQ(expected.source.confidence, actual.source.confidence);
  const meeting_info& m = expected.meeting;
  EXPECT_EQ(m.title, actual.meeting.title);
  EXPECT_EQ(m.committee, actual.meeting.committee);
  EXPECT_EQ(m.municipality, actual.meeting.municipality);
  EXPECT_EQ(m.date, actual.meeting.date);
  EXPECT_EQ(m.start_time, actual.meeting.start_time);
  EXPECT_EQ(m.location, actual.meeting.location);
  EXPECT_EQ(m.front_matter, actual.meeting.front_matter);
  ASSERT_EQ(m.participants.size(), actual.meeting.participants.size());
  for (std::size_t i = 0; i < m.participants.size(); ++i) {
    EXPECT_EQ(m.participants[i].name, actual.meeting.participants[i].name);
    EXPECT_EQ(m.participants[i].party, actual.meeting.participants[i].party);
    EXPECT_EQ(m.participants[i].role, actual.meeting.participants[i].role);
    EXPECT_EQ(m.participants[i].status, actual.meeting.participants[i].status);
  }
  ASSERT_EQ(expected.items.size(), actual.items.size());
  for (std::size_t i = 0; i < expected.items.size(); ++i)
    expect_same_item(expected.items[i], actual.items[i]);
  ASSERT_EQ(expected.entities.size(), actual.entities.size());
  for (std::size_t i = 0; i < expected.entities.size(); ++i) {
    expect_same_entity(expected.entities[i], actual.entities[i]);
  }
  EXPECT_EQ(expected.warnings, actual.warnings);
}

document public_copy(const document& doc) {
  document copy = doc;
  export_common::withhold_closed_items(copy);
  return copy;
}

}  // namespace protokol::export_testing
