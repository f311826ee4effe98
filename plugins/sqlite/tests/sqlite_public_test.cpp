// Public mode withholds what the JSON exporter's public mode withholds
// (plugins/json/tests/json_public_test.cpp), decided by export_common::public_view.
#include <gtest/gtest.h>

#include <export_common/public_view.hpp>

#include "sample_documents.hpp"
#include "sqlite_test_support.hpp"

namespace {

using namespace protokol::sqlite_export::testing;
using protokol::export_testing::closed_body_lines;
using protokol::export_testing::find_leaks;
using protokol::export_testing::temp_folder;

TEST(SqlitePublic, NoLineOfAClosedItemBodyIsInTheFile) {
  const protokol::document doc = protokol::export_testing::sample_meeting();
  const std::vector<std::string> lines = closed_body_lines(doc);
  ASSERT_GE(lines.size(), 5u);
  temp_folder out;
  run_sqlite(out.path(), {doc}, {{"public", "true"}});
  EXPECT_EQ(find_leaks(out.path(), lines), std::vector<std::string>{});
}

TEST(SqlitePublic, InternalDatabaseDoesHoldTheClosedBody) {
  // Proves the leak search above can see what it looks for in a database file.
  const protokol::document doc = protokol::export_testing::sample_meeting();
  temp_folder out;
  run_sqlite(out.path(), {doc});
  EXPECT_GE(find_leaks(out.path(), closed_body_lines(doc)).size(), closed_body_lines(doc).size());
}

TEST(SqlitePublic, ClosedItemsKeepNumberTitleCaseNumbersAndOffsets) {
  const protokol::document doc = protokol::export_testing::sample_meeting();
  temp_folder out;
  run_sqlite(out.path(), {doc}, {{"public", "true"}});
  EXPECT_EQ(
      query(database(out.path()),
            "SELECT number, title, closed, withheld, decision, start_offset, end_offset, "
            "page, (SELECT group_concat(value) FROM case_numbers WHERE item_id = items.id) "
            "FROM items WHERE closed"),
      (std::vector<std::string>{"4|Personalesag|1|1|NULL|" + std::to_string(doc.items[3].start) +
                                "|" + std::to_string(doc.items[3].end) + "|NULL|23/4711"}));
}

TEST(SqlitePublic, ClosedItemsHaveNoBodyRows) {
  temp_folder out;
  run_sqlite(out.path(), {protokol::export_testing::sample_meeting()}, {{"public", "true"}});
  const std::string closed = "(SELECT id FROM items WHERE closed)";
  for (const std::string table :
       {"sections", "document_numbers", "attachments", "votes", "vote_counts", "attendance"}) {
    EXPECT_EQ(count(database(out.path()),
                    "SELECT count(*) FROM " + table + " WHERE item_id IN " + closed),
              0)
        << table;
  }
}

TEST(SqlitePublic, EntitiesAndWarningsAreThosePublicViewKeeps) {
  const protokol::document doc = protokol::export_testing::sample_meeting();
  const protokol::export_common::public_view view(doc, true);
  std::vector<std::string> entities, warnings;
  for (std::size_t i = 0; i < doc.entities.size(); ++i)
    if (view.keeps_entity(i)) entities.push_back(std::to_string(i));
  for (std::size_t i = 0; i < doc.warnings.size(); ++i)
    if (view.keeps_warning(i)) warnings.push_back(doc.warnings[i]);
  ASSERT_LT(entities.size(), doc.entities.size());
  ASSERT_LT(warnings.size(), doc.warnings.size());
  temp_folder out;
  run_sqlite(out.path(), {doc}, {{"public", "true"}});
  EXPECT_EQ(query(database(out.path()), "SELECT position FROM entities ORDER BY position"),
            entities);
  EXPECT_EQ(query(database(out.path()), "SELECT message FROM warnings ORDER BY position"),
            warnings);
  EXPECT_EQ(count(database(out.path()),
                  "SELECT count(*) FROM meta WHERE name = 'public' AND "
                  "value = 'true'"),
            1);
}

}  // namespace
