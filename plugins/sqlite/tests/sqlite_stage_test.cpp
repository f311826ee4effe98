// The stage as the host drives it: threads, upsert, removal, claims.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "sample_documents.hpp"
#include "sqlite_db.hpp"
#include "sqlite_test_support.hpp"

namespace {

using namespace protokol::sqlite_export::testing;
using protokol::export_testing::list_files;
using protokol::export_testing::temp_folder;
using protokol::testing::create_error;
using protokol::testing::error_of;
using protokol::testing::stage_under_test;

const char* const sample_key = "ballerup-ebu-2023-03-14";

// Rows of `key` in every table that holds a document's rows.
std::vector<std::string> rows_of(const std::filesystem::path& out, const std::string& key) {
  const std::string k = "'" + key + "'";
  const std::string items = "(SELECT id FROM items WHERE document = " + k + ")";
  return query(database(out), "SELECT (SELECT count(*) FROM documents WHERE key = " + k +
                                  "), (SELECT count(*) FROM meetings WHERE document = " + k +
                                  "), (SELECT count(*) FROM items WHERE document = " + k +
                                  "), (SELECT count(*) FROM sections WHERE item_id IN " + items +
                                  "), (SELECT count(*) FROM case_numbers WHERE item_id IN " +
                                  items + "), (SELECT count(*) FROM votes WHERE item_id IN " +
                                  items + "), (SELECT count(*) FROM entities WHERE document = " +
                                  k + "), (SELECT count(*) FROM attendance WHERE document = " + k +
                                  "), (SELECT count(*) FROM warnings WHERE document = " + k + ")");
}

std::vector<protokol::document> many_documents() {
  std::vector<protokol::document> docs;
  for (int i = 0; i < 24; ++i) {
    protokol::document doc = protokol::export_testing::sample_meeting();
    doc.key = "møde-" + std::to_string(i);
    docs.push_back(std::move(doc));
  }
  return docs;
}

TEST(SqliteStage, FirstDocumentCreatesTheDatabaseAndNothingElse) {
  temp_folder out;
  stage_under_test runner(sqlite_stage(), {.output_dir = out.path()});
  EXPECT_EQ(list_files(out.path(), true), std::vector<std::string>{});
  protokol::document doc = protokol::export_testing::sample_meeting();
  ASSERT_NO_THROW(runner.process(doc));
  ASSERT_NO_THROW(runner.finish());
  EXPECT_TRUE(std::filesystem::exists(database(out.path())));
}

TEST(SqliteStage, ARunWithoutDocumentsLeavesNoFile) {
  temp_folder out;
  run_sqlite(out.path(), {});
  EXPECT_EQ(list_files(out.path(), true), std::vector<std::string>{});
}

TEST(SqliteStage, ReprocessingReplacesTheRowsInsteadOfAddingThem) {
  temp_folder out;
  run_sqlite(out.path(), protokol::export_testing::golden_documents());
  const std::vector<std::string> before = rows_of(out.path(), sample_key);
  protokol::document changed = protokol::export_testing::sample_meeting();
  changed.items.pop_back();
  run_sqlite(out.path(), {changed, changed});
  EXPECT_EQ(rows_of(out.path(), sample_key), (std::vector<std::string>{"1|1|4|9|3|8|12|6|5"}));
  EXPECT_EQ(before, (std::vector<std::string>{"1|1|5|10|3|8|12|6|5"}));
  EXPECT_EQ(count(database(out.path()), "SELECT count(*) FROM documents"), 3);
  EXPECT_EQ(count(database(out.path()), "SELECT count(*) FROM items_fts"),
            count(database(out.path()), "SELECT count(*) FROM items"));
}

TEST(SqliteStage, RemoveDeletesEveryRowOfTheDocument) {
  temp_folder out;
  run_sqlite(out.path(), protokol::export_testing::golden_documents());
  {
    stage_under_test runner(sqlite_stage(), {.output_dir = out.path()});
    EXPECT_NO_THROW(runner.remove(sample_key));
    EXPECT_NO_THROW(runner.finish());
  }
  EXPECT_EQ(rows_of(out.path(), sample_key), (std::vector<std::string>{"0|0|0|0|0|0|0|0|0"}));
  EXPECT_EQ(count(database(out.path()), "SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(count(database(out.path()),
                  "SELECT count(*) FROM items_fts WHERE items_fts MATCH "
                  "'Anbefales'"),
            0);
  EXPECT_EQ(query(database(out.path()), "PRAGMA foreign_key_check"), std::vector<std::string>{});
}

TEST(SqliteStage, RemoveWithoutADatabaseCreatesNone) {
  temp_folder out;
  stage_under_test runner(sqlite_stage(), {.output_dir = out.path()});
  EXPECT_NO_THROW(runner.remove(sample_key));
  EXPECT_NO_THROW(runner.finish());
  EXPECT_FALSE(std::filesystem::exists(database(out.path())));
}

TEST(SqliteStage, ThreadsWritingAtOnceLoseNothing) {
  temp_folder out;
  {
    stage_under_test runner(sqlite_stage(), {.output_dir = out.path()});
    std::vector<protokol::document> docs = many_documents();
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < 4; ++t) {
      threads.emplace_back([&, t] {
        for (std::size_t i = t; i < docs.size(); i += 4) EXPECT_NO_THROW(runner.process(docs[i]));
      });
    }
    for (auto& thread : threads) thread.join();
    ASSERT_NO_THROW(runner.finish());
  }
  EXPECT_EQ(count(database(out.path()), "SELECT count(*) FROM documents"), 24);
  EXPECT_EQ(count(database(out.path()), "SELECT count(DISTINCT document) FROM items"), 24);
  EXPECT_EQ(count(database(out.path()), "SELECT count(*) FROM items"), 24 * 5);
}

TEST(SqliteStage, FinishLeavesNoWriteAheadLogBehind) {
  temp_folder out;
  run_sqlite(out.path(), {protokol::export_testing::sample_meeting()});
  EXPECT_EQ(list_files(out.path(), true), std::vector<std::string>{"protokol.sqlite"});
}

// As under `run --isolate`: worker processes write the documents, and
// finish() runs in an instance that wrote none.
TEST(SqliteStage, FinishFoldsInTheLogOfDocumentsOthersWrote) {
  temp_folder out;
  stage_under_test writer(sqlite_stage(), {.output_dir = out.path()});
  protokol::document doc = protokol::export_testing::sample_meeting();
  ASSERT_NO_THROW(writer.process(doc));
  const std::filesystem::path log = database(out.path()).string() + "-wal";
  ASSERT_GT(std::filesystem::file_size(log), 0u);
  stage_under_test finisher(sqlite_stage(), {.output_dir = out.path()});
  ASSERT_NO_THROW(finisher.finish());
  EXPECT_EQ(std::filesystem::file_size(log), 0u);
  EXPECT_EQ(count(database(out.path()), "SELECT count(*) FROM documents"), 1);
}

TEST(SqliteStage, PublicRunIntoAnInternalDatabaseIsRefused) {
  temp_folder out;
  run_sqlite(out.path(), {protokol::export_testing::sample_meeting()});
  EXPECT_EQ(
      create_error(sqlite_stage(), {.params = {{"public", "true"}}, .output_dir = out.path()}),
      database(out.path()).string() +
          " holds output written with public=false, this stage has public=true; use "
          "another output folder, or delete this file to re-export everything");
}

TEST(SqliteStage, AFileThatIsNoProtokolDatabaseIsRefused) {
  temp_folder out;
  {
    protokol::sqlite_export::connection db(database(out.path()), true);
    db.exec("CREATE TABLE mine (x)");
  }
  EXPECT_EQ(create_error(sqlite_stage(), {.output_dir = out.path()}),
            database(out.path()).string() +
                " holds output written with no protokol settings (no meta table); use another "
                "output folder, or delete this file to re-export everything");
}

TEST(SqliteStage, ADatabaseLockedForGoodFailsAfterTheBusyWaitNamingTheFile) {
  temp_folder out;
  protokol::sqlite_export::connection holder(database(out.path()), true);
  holder.exec("CREATE TABLE t (x)");
  holder.exec("BEGIN IMMEDIATE");  // the write lock, kept for the whole test
  using clock = std::chrono::steady_clock;
  const auto busy_wait = std::chrono::milliseconds(1000);
  protokol::sqlite_export::connection writer(database(out.path()), false, busy_wait);
  const auto started = clock::now();
  const std::string error = error_of([&] { protokol::sqlite_export::transaction begin(writer); });
  const auto waited = clock::now() - started;
  EXPECT_EQ(error, "sqlite: " + database(out.path()).string() + ": database is locked");
  // It waited for the lock, but once: before, a last try after the retries
  // waited the busy timeout over again (twice busy_wait in all).
  EXPECT_GE(waited, busy_wait);
  EXPECT_LT(waited, busy_wait * 18 / 10);
  holder.exec("ROLLBACK");
}

TEST(SqliteStage, WithoutAnOutputFolderProcessingFails) {
  stage_under_test runner(sqlite_stage());
  protokol::document doc = protokol::export_testing::empty_meeting();
  EXPECT_EQ(error_of([&] { runner.process(doc); }), "sqlite: the run has no output folder");
}

TEST(SqliteStage, BadKeyIsRefused) {
  temp_folder out;
  stage_under_test runner(sqlite_stage(), {.output_dir = out.path()});
  protokol::document doc = protokol::export_testing::empty_meeting();
  doc.key = "../x";
  EXPECT_NE(error_of([&] { runner.process(doc); }), "");
}

}  // namespace
