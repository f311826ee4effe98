// Every table read back with the test's own RFC 4180 reader equals what the
// documents hold, row for row, in key order then document order.
#include <gtest/gtest.h>

#include <algorithm>

#include "csv_test_support.hpp"
#include "document_compare.hpp"
#include "sample_documents.hpp"

namespace {

using namespace protokol::csv_export::testing;

std::string neutralised(const std::string& value) {
  if (!value.empty() &&
      std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) {
    return "'" + value;
  }
  return value;
}

std::string cell_of(const std::vector<std::string>& values) {
  std::string joined;
  for (std::size_t i = 0; i < values.size(); ++i) joined += (i == 0 ? "" : "\n") + values[i];
  return neutralised(joined);
}

struct expected_tables {
  std::vector<record> meetings, items, entities, attendance, votes;
};

void add_document(expected_tables& t, const protokol::document& doc) {
  const std::string key = neutralised(doc.key);
  const auto& s = doc.source;
  const auto& m = doc.meeting;
  t.meetings.push_back({key, neutralised(s.path), neutralised(s.sha256), std::to_string(s.bytes),
                        neutralised(s.format), neutralised(s.dialect), neutralised(s.encoding),
                        "(confidence)", neutralised(m.title), neutralised(m.committee),
                        neutralised(m.municipality), neutralised(m.date), neutralised(m.start_time),
                        neutralised(m.location), neutralised(m.front_matter)});
  for (const auto& p : m.participants) {
    t.attendance.push_back(
        {key, "", neutralised(p.name), neutralised(p.party), neutralised(p.role), p.status});
  }
  for (const auto& it : doc.items) {
    t.items.push_back({key, neutralised(it.number), neutralised(it.title),
                       it.closed ? "true" : "false", cell_of(it.case_numbers),
                       cell_of(it.document_numbers), neutralised(it.decision),
                       cell_of(it.attachments), cell_of(it.absent), std::to_string(it.start),
                       std::to_string(it.end), ""});
    for (const auto& name : it.absent)
      t.attendance.push_back({key, neutralised(it.number), neutralised(name), "", "", "absent"});
    for (const auto& [side, voters] :
         {std::pair{"for", &it.votes.for_}, std::pair{"against", &it.votes.against},
          std::pair{"abstained", &it.votes.abstained}}) {
      for (const auto& voter : *voters)
        t.votes.push_back({key, neutralised(it.number), side, neutralised(voter)});
    }
  }
  for (const auto& e : doc.entities) {
    const bool person = e.type == "person";
    const bool number = e.type == "case_number" || e.type == "document_number";
    t.entities.push_back({key, neutralised(e.type), neutralised(e.text), neutralised(e.value),
                          neutralised(e.item), std::to_string(e.start), std::to_string(e.end),
                          person ? neutralised(e.party) : "", person ? neutralised(e.role) : "",
                          number ? neutralised(e.style) : ""});
  }
}

std::vector<record> body(std::vector<record> table) {
  EXPECT_FALSE(table.empty()) << "no header";
  if (!table.empty()) table.erase(table.begin());
  return table;
}

void expect_round_trip(bool public_mode) {
  std::vector<protokol::document> docs = protokol::export_testing::golden_documents();
  protokol::export_testing::temp_folder out;
  run_csv(out.path(), docs, {{"public", public_mode ? "true" : "false"}});
  std::sort(docs.begin(), docs.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
  expected_tables expected;
  for (const auto& doc : docs)
    add_document(expected, public_mode ? protokol::export_testing::public_copy(doc) : doc);

  std::vector<record> meetings = body(read_table(out.path(), "meetings"));
  ASSERT_EQ(meetings.size(), docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    EXPECT_EQ(std::stod(meetings[i][7]), docs[i].source.confidence);
    meetings[i][7] = "(confidence)";
  }
  EXPECT_EQ(meetings, expected.meetings);
  EXPECT_EQ(body(read_table(out.path(), "items")), expected.items);
  EXPECT_EQ(body(read_table(out.path(), "entities")), expected.entities);
  EXPECT_EQ(body(read_table(out.path(), "attendance")), expected.attendance);
  EXPECT_EQ(body(read_table(out.path(), "votes")), expected.votes);
}

TEST(CsvRoundTrip, EveryTableReadsBackAsTheDocuments) { expect_round_trip(false); }

TEST(CsvRoundTrip, PublicTablesReadBackAsThePublicDocuments) { expect_round_trip(true); }

TEST(CsvRoundTrip, SemicolonTablesWithBomReadBackTheSame) {
  protokol::export_testing::temp_folder comma;
  run_csv(comma.path(), protokol::export_testing::golden_documents());
  protokol::export_testing::temp_folder excel;
  run_csv(excel.path(), protokol::export_testing::golden_documents(),
          {{"separator", ";"}, {"bom", "true"}});
  for (const std::string name : {"meetings", "items", "entities", "attendance", "votes"}) {
    std::string text = protokol::export_testing::read_file(excel.path() / "csv" / (name + ".csv"));
    ASSERT_EQ(text.substr(0, 3), "\xEF\xBB\xBF") << name;
    EXPECT_EQ(read_csv(std::string_view(text).substr(3), ';'), read_table(comma.path(), name))
        << name;
  }
}

TEST(CsvRoundTrip, HeadersNameTheColumns) {
  protokol::export_testing::temp_folder out;
  run_csv(out.path(), {protokol::export_testing::sample_meeting()});
  EXPECT_EQ(read_table(out.path(), "items")[0],
            (record{"document", "number", "title", "closed", "case_numbers", "document_numbers",
                    "decision", "attachments", "absent", "start", "end", "page"}));
  EXPECT_EQ(read_table(out.path(), "attendance")[0],
            (record{"document", "item", "name", "party", "role", "status"}));
}

}  // namespace
