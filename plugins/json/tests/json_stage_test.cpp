// The stage as the host drives it: files, threads, appending runs, removal.
#include <gtest/gtest.h>

#include <protokol/params.hpp>
#include <thread>

#include "json_test_support.hpp"
#include "output_files.hpp"
#include "sample_documents.hpp"

namespace {

using namespace protokol::json_export::testing;
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
    doc.meeting.date = "2023-03-" + std::to_string(10 + i);
    docs.push_back(std::move(doc));
  }
  return docs;
}

TEST(JsonStage, WritesOneFileNamedAfterTheKey) {
  temp_folder out;
  run_json(out.path(), protokol::export_testing::golden_documents());
  EXPECT_EQ(list_files(out.path(), true),
            (std::vector<std::string>{"json/.protokol-export", "json/ballerup-ebu-2023-03-14.json",
                                      "json/tomt-referat.json", "json/ærø-møde-2024-01-05.json"}));
}

TEST(JsonStage, OutputIsTheSameWhateverTheThreadCount) {
  temp_folder sequential;
  run_json(sequential.path(), many_documents(), {{"ndjson", "true"}});
  temp_folder parallel;
  {
    stage_under_test runner(json_stage(),
                            {.params = {{"ndjson", "true"}}, .output_dir = parallel.path()});
    std::vector<protokol::document> docs = many_documents();
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
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

TEST(JsonStage, ALaterRunReplacesADocumentAndKeepsTheOthers) {
  temp_folder out;
  run_json(out.path(), protokol::export_testing::golden_documents(), {{"ndjson", "true"}});
  protokol::document changed = protokol::export_testing::empty_meeting();
  changed.meeting.title = "Rettet referat";
  run_json(out.path(), {changed}, {{"ndjson", "true"}});
  const std::string ndjson = read_file(out.path() / "documents.ndjson");
  EXPECT_EQ(std::count(ndjson.begin(), ndjson.end(), '\n'), 3);
  EXPECT_NE(ndjson.find("Rettet referat"), std::string::npos);
}

TEST(JsonStage, RemoveDeletesTheFileAndTheNextFinishDropsTheLine) {
  temp_folder out;
  run_json(out.path(), protokol::export_testing::golden_documents(), {{"ndjson", "true"}});
  stage_under_test runner(json_stage(), {.params = {{"ndjson", "true"}}, .output_dir = out.path()});
  EXPECT_NO_THROW(runner.remove("tomt-referat"));
  EXPECT_NO_THROW(runner.remove("tomt-referat"));
  EXPECT_NO_THROW(runner.finish());
  EXPECT_FALSE(std::filesystem::exists(out.path() / "json" / "tomt-referat.json"));
  const std::string ndjson = read_file(out.path() / "documents.ndjson");
  EXPECT_EQ(std::count(ndjson.begin(), ndjson.end(), '\n'), 2);
  EXPECT_EQ(ndjson.find("arkiv/tomt.txt"), std::string::npos);
}

TEST(JsonStage, PublicRunIntoAnInternalFolderIsRefused) {
  temp_folder out;
  run_json(out.path(), {protokol::export_testing::sample_meeting()});
  EXPECT_EQ(create_error(json_stage(), {.params = {{"public", "true"}}, .output_dir = out.path()}),
            (out.path() / "json").string() +
                " holds output written with public=false, this stage has public=true; "
                "use another output folder, or empty this one to re-export everything");
}

TEST(JsonStage, TheHostRefusesIndentOutOfRange) {
  std::vector<std::string> problems;
  protokol::bind_params(json_stage(), {{"indent", "40"}}, problems);
  EXPECT_EQ(problems,
            std::vector<std::string>{"parameter 'indent' expects int in -1..16, got '40'"});
}

TEST(JsonStage, UnsafeKeyFailsTheDocument) {
  temp_folder out;
  stage_under_test runner(json_stage(), {.output_dir = out.path()});
  protokol::document doc = protokol::export_testing::empty_meeting();
  doc.key = "../escape";
  EXPECT_EQ(error_of([&] { runner.process(doc); }), "output key starts with '.'");
  doc.key = "a/b";
  EXPECT_EQ(error_of([&] { runner.process(doc); }),
            "output key holds '/', '\\' or a control character");
}

TEST(JsonStage, WithoutAnOutputFolderProcessingFails) {
  stage_under_test runner(json_stage());
  protokol::document doc = protokol::export_testing::empty_meeting();
  EXPECT_EQ(error_of([&] { runner.process(doc); }), "json: the run has no output folder");
}

}  // namespace
