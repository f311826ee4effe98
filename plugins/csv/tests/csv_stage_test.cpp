// The stage as the host drives it: parts, threads, appending runs, removal.
#include <gtest/gtest.h>

#include <protokol/params.hpp>
#include <thread>

#include "csv_test_support.hpp"
#include "sample_documents.hpp"

namespace {

using namespace protokol::csv_export::testing;
using protokol::export_testing::list_files;
using protokol::export_testing::read_file;
using protokol::export_testing::temp_folder;
using protokol::testing::create_error;
using protokol::testing::error_of;
using protokol::testing::stage_under_test;

std::vector<protokol::document> many_documents() {
  std::vector<protokol::document> docs;
  for (int i = 0; i < 24; ++i) {
    protokol::document doc = protokol::export_testing::sample_meeting();
    doc.key = "møde-" + std::to_string(i);
    docs.push_back(std::move(doc));
  }
  return docs;
}

std::size_t rows_of(const std::filesystem::path& out, const std::string& table,
                    const std::string& key) {
  std::size_t n = 0;
  for (const auto& row : read_table(out, table)) n += row[0] == key ? 1 : 0;
  return n;
}

TEST(CsvStage, ProcessWritesOnePartAndFinishWritesTheTables) {
  temp_folder out;
  stage_under_test runner(csv_stage(), {.output_dir = out.path()});
  protokol::document doc = protokol::export_testing::sample_meeting();
  ASSERT_NO_THROW(runner.process(doc));
  EXPECT_EQ(list_files(out.path(), true),
            (std::vector<std::string>{"csv/.parts/ballerup-ebu-2023-03-14.part",
                                      "csv/.protokol-export"}));
  ASSERT_NO_THROW(runner.finish());
  EXPECT_EQ(list_files(out.path(), false),
            (std::vector<std::string>{"csv/attendance.csv", "csv/entities.csv", "csv/items.csv",
                                      "csv/meetings.csv", "csv/vote_counts.csv", "csv/votes.csv"}));
}

TEST(CsvStage, TablesAreTheSameWhateverTheThreadCountAndOrder) {
  temp_folder sequential;
  run_csv(sequential.path(), many_documents());
  temp_folder parallel;
  {
    stage_under_test runner(csv_stage(), {.output_dir = parallel.path()});
    std::vector<protokol::document> docs = many_documents();
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < 4; ++t) {
      threads.emplace_back([&, t] {
        for (std::size_t i = docs.size() - 1 - t; i < docs.size(); i -= 4)
          EXPECT_NO_THROW(runner.process(docs[i]));
      });
    }
    for (auto& thread : threads) thread.join();
    ASSERT_NO_THROW(runner.finish());
  }
  const auto files = list_files(sequential.path(), true);
  ASSERT_EQ(files, list_files(parallel.path(), true));
  for (const auto& file : files) {
    EXPECT_EQ(read_file(sequential.path() / file), read_file(parallel.path() / file)) << file;
  }
}

TEST(CsvStage, ALaterRunReplacesADocumentsRowsInsteadOfAddingThem) {
  temp_folder out;
  run_csv(out.path(), protokol::export_testing::golden_documents());
  protokol::document changed = protokol::export_testing::sample_meeting();
  changed.items.pop_back();
  run_csv(out.path(), {changed});
  EXPECT_EQ(rows_of(out.path(), "meetings", "ballerup-ebu-2023-03-14"), 1u);
  EXPECT_EQ(rows_of(out.path(), "items", "ballerup-ebu-2023-03-14"), 4u);
  EXPECT_EQ(rows_of(out.path(), "meetings", "tomt-referat"), 1u);
  EXPECT_EQ(read_table(out.path(), "meetings").size(), 4u);
}

TEST(CsvStage, RemoveDeletesThePartAndTheNextFinishDropsTheRows) {
  temp_folder out;
  run_csv(out.path(), protokol::export_testing::golden_documents());
  stage_under_test runner(csv_stage(), {.output_dir = out.path()});
  EXPECT_NO_THROW(runner.remove("ballerup-ebu-2023-03-14"));
  EXPECT_NO_THROW(runner.finish());
  EXPECT_EQ(rows_of(out.path(), "meetings", "ballerup-ebu-2023-03-14"), 0u);
  EXPECT_EQ(rows_of(out.path(), "items", "ballerup-ebu-2023-03-14"), 0u);
  EXPECT_EQ(read_table(out.path(), "meetings").size(), 3u);
}

TEST(CsvStage, RunWithAnotherSeparatorIntoTheFolderIsRefused) {
  temp_folder out;
  run_csv(out.path(), {protokol::export_testing::sample_meeting()});
  EXPECT_EQ(create_error(csv_stage(), {.params = {{"separator", ";"}}, .output_dir = out.path()}),
            (out.path() / "csv").string() +
                " holds output written with separator=,, this stage has separator=;; "
                "use another output folder, or empty this one to re-export everything");
}

TEST(CsvStage, BomMayChangeBetweenRuns) {
  temp_folder out;
  run_csv(out.path(), {protokol::export_testing::sample_meeting()});
  run_csv(out.path(), {}, {{"bom", "true"}});
  EXPECT_EQ(read_file(out.path() / "csv" / "items.csv").substr(0, 3), "\xEF\xBB\xBF");
}

// What Danish Excel opens correctly with a double-click: BOM, ';', CRLF.
TEST(CsvStage, ExcelDialectWritesBomSemicolonsAndCrlf) {
  temp_folder out;
  run_csv(out.path(), {protokol::export_testing::sample_meeting()}, {{"dialect", "excel"}});
  const std::string table = read_file(out.path() / "csv" / "meetings.csv");
  ASSERT_GT(table.size(), 3u);
  EXPECT_EQ(table.substr(0, 3), "\xEF\xBB\xBF");
  const std::string header = table.substr(3, table.find('\n') + 1 - 3);
  EXPECT_NE(header.find(';'), std::string::npos) << header;
  EXPECT_EQ(header.find(','), std::string::npos) << header;
  EXPECT_EQ(header.substr(header.size() - 2), "\r\n");
}

TEST(CsvStage, TheHostRefusesAnUnknownDialect) {
  std::vector<std::string> problems;
  protokol::bind_params(csv_stage(), {{"dialect", "lotus"}}, problems);
  EXPECT_EQ(problems, std::vector<std::string>{
                          "parameter 'dialect' expects enum (one of rfc4180|excel), got 'lotus'"});
}

TEST(CsvStage, BadSeparatorIsRefused) {
  temp_folder out;
  EXPECT_EQ(
      create_error(csv_stage(), {.params = {{"separator", "\""}}, .output_dir = out.path()}),
      "separator must be one punctuation character such as \",\" or \";\", or \"tab\"; got \"\"\"");
}

TEST(CsvStage, WithoutAnOutputFolderProcessingFails) {
  stage_under_test runner(csv_stage());
  protokol::document doc = protokol::export_testing::empty_meeting();
  EXPECT_EQ(error_of([&] { runner.process(doc); }), "csv: the run has no output folder");
}

}  // namespace
