// The full-text index over item titles and bodies, and what public mode keeps out of it.
#include <gtest/gtest.h>

#include "sample_documents.hpp"
#include "sqlite_test_support.hpp"

namespace {

using namespace protokol::sqlite_export::testing;
using protokol::export_testing::temp_folder;

std::vector<std::string> matching_items(const std::filesystem::path& out,
                                        const std::string& words) {
  return query(database(out),
               "SELECT items.number FROM items_fts JOIN items ON items.id = items_fts.rowid "
               "WHERE items_fts MATCH '" +
                   words + "' ORDER BY items.position");
}

TEST(SqliteFts, FindsAWordOfADecision) {
  temp_folder out;
  run_sqlite(out.path(), {protokol::export_testing::sample_meeting()});
  EXPECT_EQ(matching_items(out.path(), "anbefales"), std::vector<std::string>{"2"});
}

TEST(SqliteFts, FindsAWordOfATitleAndOfASection) {
  temp_folder out;
  run_sqlite(out.path(), {protokol::export_testing::sample_meeting()});
  EXPECT_EQ(matching_items(out.path(), "title:eventuelt"), std::vector<std::string>{"5"});
  EXPECT_EQ(matching_items(out.path(), "enhedslisten"), std::vector<std::string>{"2"});
}

TEST(SqliteFts, DanishLettersAreNotFolded) {
  temp_folder out;
  run_sqlite(out.path(), {protokol::export_testing::sample_meeting()});
  EXPECT_EQ(matching_items(out.path(), "grøn"), std::vector<std::string>{"2"});
  EXPECT_EQ(matching_items(out.path(), "gron"), std::vector<std::string>{});
}

TEST(SqliteFts, InternalModeFindsAClosedItemsDecision) {
  temp_folder out;
  run_sqlite(out.path(), {protokol::export_testing::sample_meeting()});
  EXPECT_EQ(matching_items(out.path(), "aftalen"), std::vector<std::string>{"4"});
}

TEST(SqliteFts, PublicModeKeepsClosedItemsOutOfTheIndex) {
  temp_folder out;
  run_sqlite(out.path(), {protokol::export_testing::sample_meeting()}, {{"public", "true"}});
  EXPECT_EQ(matching_items(out.path(), "aftalen"), std::vector<std::string>{});
  EXPECT_EQ(matching_items(out.path(), "personalesag"), std::vector<std::string>{});
  EXPECT_EQ(matching_items(out.path(), "anbefales"), std::vector<std::string>{"2"});
  EXPECT_EQ(count(database(out.path()), "SELECT count(*) FROM items_fts"), 4);
}

TEST(SqliteFts, IndexHasOneRowPerItem) {
  temp_folder out;
  run_sqlite(out.path(), {protokol::export_testing::sample_meeting()});
  EXPECT_EQ(query(database(out.path()),
                  "SELECT count(*) FROM items LEFT JOIN items_fts ON items_fts.rowid = items.id "
                  "WHERE items_fts.rowid IS NULL"),
            std::vector<std::string>{"0"});
  EXPECT_EQ(count(database(out.path()), "SELECT count(*) FROM items_fts"), 5);
}

}  // namespace
