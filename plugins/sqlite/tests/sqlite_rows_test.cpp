// What the sample documents become: every table's rows, exactly.
#include <gtest/gtest.h>

#include <export_common/page_map.hpp>

#include "sample_documents.hpp"
#include "sqlite_db.hpp"
#include "sqlite_test_support.hpp"

namespace {

using namespace protokol::sqlite_export::testing;
using protokol::export_testing::temp_folder;

class SqliteRows : public ::testing::Test {
 protected:
  void SetUp() override { run_sqlite(out_.path(), {doc_}); }
  std::vector<std::string> rows(const std::string& sql) const {
    return query(database(out_.path()), sql);
  }
  long long number(const std::string& sql) const { return count(database(out_.path()), sql); }

  temp_folder out_;
  const protokol::document doc_ = protokol::export_testing::sample_meeting();
};

TEST_F(SqliteRows, DocumentRowHoldsTheSource) {
  EXPECT_EQ(rows("SELECT key, path, sha256, bytes, format, dialect, encoding FROM documents"),
            (std::vector<std::string>{
                "ballerup-ebu-2023-03-14|arkiv/Ballerup/EBU 14.03.2023, referat.txt|" +
                doc_.source.sha256 + "|" + std::to_string(doc_.source.bytes) +
                "|plain|punkt-colon|windows-1252"}));
}

TEST_F(SqliteRows, MeetingRowHoldsTheHeader) {
  EXPECT_EQ(rows("SELECT document, committee, municipality, date, start_time, location "
                 "FROM meetings"),
            (std::vector<std::string>{
                "ballerup-ebu-2023-03-14|Erhvervs-, Beskæftigelses- og Uddannelsesudvalget|"
                "Ballerup|2023-03-14|16:30|Mødelokale 2, Rådhuset, Hold-An Vej 7, 2750 Ballerup"}));
}

TEST_F(SqliteRows, ItemsKeepOrderNumbersTitlesAndOffsets) {
  std::vector<std::string> expected;
  for (const protokol::item& it : doc_.items) {
    expected.push_back(it.number + "|" + it.title + "|" + (it.closed ? "1" : "0") + "|" +
                       std::to_string(it.start) + "|" + std::to_string(it.end) + "|NULL");
  }
  EXPECT_EQ(rows("SELECT number, title, closed, start_offset, end_offset, page FROM items "
                 "ORDER BY position"),
            expected);
}

TEST_F(SqliteRows, EveryListBecomesRowsInOrder) {
  EXPECT_EQ(rows("SELECT value FROM case_numbers JOIN items ON items.id = item_id "
                 "WHERE number = '2' ORDER BY case_numbers.position"),
            (std::vector<std::string>{"23/12345", "24.10.00-G20-1-20"}));
  EXPECT_EQ(rows("SELECT side, voter FROM votes JOIN items ON items.id = item_id "
                 "WHERE number = '2' ORDER BY side, votes.position"),
            (std::vector<std::string>{"abstained|O", "against|V", "for|A", "for|F", "for|Ø"}));
  EXPECT_EQ(number("SELECT count(*) FROM attachments"), 4);
  EXPECT_EQ(number("SELECT count(*) FROM document_numbers"), 2);
}

TEST_F(SqliteRows, SectionsKeepHeadingKindAndText) {
  std::size_t sections = 0;
  for (const protokol::item& it : doc_.items) sections += it.sections.size();
  EXPECT_EQ(number("SELECT count(*) FROM sections"), static_cast<long long>(sections));
  EXPECT_EQ(rows("SELECT heading, kind, text FROM sections JOIN items ON items.id = item_id "
                 "WHERE number = '2' AND kind = 'decision'"),
            (std::vector<std::string>{
                "Beslutning|decision|Anbefales.\nV stemte imod.\nO undlod at stemme."}));
}

TEST_F(SqliteRows, AttendanceHoldsParticipantsAndItemAbsences) {
  EXPECT_EQ(
      rows("SELECT coalesce(items.number, '-'), name, coalesce(party, '-'), status "
           "FROM attendance LEFT JOIN items ON items.id = item_id ORDER BY attendance.id"),
      (std::vector<std::string>{"-|Jesper Würtzen|A|present", "-|Søren Ørsted Åberg|V|present",
                                "-|Lone \"Lotte\" Ærø|Ø|absent", "-|Mikkel Dahl|Løsgænger|present",
                                "2|Lone \"Lotte\" Ærø|-|absent", "4|Mikkel Dahl|-|absent"}));
}

TEST_F(SqliteRows, EntitiesKeepEveryField) {
  EXPECT_EQ(number("SELECT count(*) FROM entities"), static_cast<long long>(doc_.entities.size()));
  const protokol::entity& first = doc_.entities.front();
  EXPECT_EQ(rows("SELECT type, text, value, coalesce(item, 'NULL'), start_offset, end_offset, "
                 "party, role, style FROM entities WHERE position = 0"),
            (std::vector<std::string>{"person|Jesper Würtzen|Jesper Würtzen|NULL|" +
                                      std::to_string(first.start) + "|" +
                                      std::to_string(first.end) + "|A|formand|NULL"}));
}

TEST_F(SqliteRows, WarningsAreKeptInOrder) {
  EXPECT_EQ(rows("SELECT message FROM warnings ORDER BY position"), doc_.warnings);
}

TEST_F(SqliteRows, MetaRecordsSchemaAndSettings) {
  EXPECT_EQ(rows("SELECT name, value FROM meta ORDER BY name"),
            (std::vector<std::string>{"document_schema|1.0", "public|false", "schema_version|2"}));
  EXPECT_EQ(number("PRAGMA user_version"), 2);
}

TEST_F(SqliteRows, VoteCountsHaveARowPerItemThatIsUnanimousOrCounted) {
  // Item 1 "enstemmigt"; item 4 counted 3 for, 2 against, abstentions not counted.
  EXPECT_EQ(rows("SELECT number, unanimous, for_count, against_count, abstained_count "
                 "FROM vote_counts JOIN items ON items.id = item_id ORDER BY items.position"),
            (std::vector<std::string>{"1|1|NULL|NULL|NULL", "4|0|3|2|NULL"}));
}

TEST(SqliteSchema, ADatabaseOfSchemaOneIsBroughtUpToTwo) {
  temp_folder out;
  const protokol::document doc = protokol::export_testing::sample_meeting();
  run_sqlite(out.path(), {doc});
  {
    // What a run before 2026-12-03 left: no vote_counts table, schema 1.
    protokol::sqlite_export::connection db(database(out.path()), false);
    db.exec("DROP TABLE vote_counts");
    db.exec("UPDATE meta SET value = '1' WHERE name = 'schema_version'");
    db.exec("PRAGMA user_version = 1");
  }
  run_sqlite(out.path(), {doc});
  const auto file = database(out.path());
  EXPECT_EQ(query(file, "SELECT value FROM meta WHERE name = 'schema_version'"),
            std::vector<std::string>{"2"});
  EXPECT_EQ(count(file, "PRAGMA user_version"), 2);
  EXPECT_EQ(count(file, "SELECT count(*) FROM vote_counts"), 2);
}

TEST(SqliteSchema, ADatabaseOfAnUnknownSchemaIsRefused) {
  temp_folder out;
  run_sqlite(out.path(), {protokol::export_testing::sample_meeting()});
  {
    protokol::sqlite_export::connection db(database(out.path()), false);
    db.exec("UPDATE meta SET value = '3' WHERE name = 'schema_version'");
  }
  EXPECT_EQ(protokol::testing::create_error(sqlite_stage(), {.output_dir = out.path()}),
            database(out.path()).string() +
                " holds output written with schema_version=3, this stage has schema_version=2; "
                "use another output folder, or delete this file to re-export everything");
}

TEST_F(SqliteRows, ForeignKeysHold) {
  EXPECT_EQ(rows("PRAGMA foreign_key_check"), std::vector<std::string>{});
  EXPECT_EQ(rows("PRAGMA integrity_check"), std::vector<std::string>{"ok"});
}

TEST(SqliteRowsPaged, ItemsOfPagedSourcesCarryTheirPage) {
  temp_folder out;
  const protokol::document doc = protokol::export_testing::paged_meeting();
  run_sqlite(out.path(), {doc});
  const protokol::export_common::page_map pages(doc);
  std::vector<std::string> expected;
  for (const protokol::item& it : doc.items)
    expected.push_back(it.number + "|" + std::to_string(*pages.page_of(it.start)));
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(query(database(out.path()), "SELECT number, page FROM items ORDER BY position"),
            expected);
}

TEST(SqliteRowsAwkward, TextComesBackByteForByte) {
  temp_folder out;
  const protokol::document doc = protokol::export_testing::awkward_meeting();
  run_sqlite(out.path(), {doc});
  std::vector<std::string> expected;
  for (const protokol::item& it : doc.items) expected.push_back(it.title + "|" + it.decision);
  EXPECT_EQ(query(database(out.path()), "SELECT title, decision FROM items ORDER BY position"),
            expected);
  EXPECT_EQ(query(database(out.path()), "SELECT title FROM meetings"),
            std::vector<std::string>{doc.meeting.title});
}

TEST(SqliteRowsEmpty, ADocumentWithNothingFoundHasNullFields) {
  temp_folder out;
  run_sqlite(out.path(), {protokol::export_testing::empty_meeting()});
  EXPECT_EQ(query(database(out.path()),
                  "SELECT committee IS NULL, date IS NULL, (SELECT count(*) FROM items) "
                  "FROM meetings"),
            std::vector<std::string>{"1|1|0"});
}

}  // namespace
