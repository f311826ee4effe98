// The stage as the host drives it: files, threads, appending runs, removal.
#include <gtest/gtest.h>

#include <thread>

#include "output_files.hpp"
#include "sample_documents.hpp"
#include "xml_test_support.hpp"

namespace {

using namespace protokol::xml_export::testing;
using protokol::export_testing::list_files;
using protokol::export_testing::read_file;
using protokol::export_testing::temp_folder;
using protokol::testing::create_error;
using protokol::testing::error_of;
using protokol::testing::stage_under_test;

TEST(XmlStage, WritesOneFileNamedAfterTheKey) {
  temp_folder out;
  run_xml(out.path(), protokol::export_testing::golden_documents());
  EXPECT_EQ(list_files(out.path(), true),
            (std::vector<std::string>{"xml/.protokol-export", "xml/ballerup-ebu-2023-03-14.xml",
                                      "xml/tomt-referat.xml", "xml/ærø-møde-2024-01-05.xml"}));
}

TEST(XmlStage, OutputIsTheSameWhateverTheThreadCount) {
  std::vector<protokol::document> docs;
  for (int i = 0; i < 16; ++i) {
    docs.push_back(protokol::export_testing::sample_meeting());
    docs.back().key = "møde-" + std::to_string(i);
  }
  temp_folder sequential;
  run_xml(sequential.path(), docs);
  temp_folder parallel;
  {
    stage_under_test runner(xml_stage(), {.output_dir = parallel.path()});
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < 4; ++t) {
      threads.emplace_back([&, t] {
        for (std::size_t i = t; i < docs.size(); i += 4) EXPECT_NO_THROW(runner.process(docs[i]));
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

TEST(XmlStage, RemoveDeletesTheDocumentsFile) {
  temp_folder out;
  run_xml(out.path(), protokol::export_testing::golden_documents());
  stage_under_test runner(xml_stage(), {.output_dir = out.path()});
  EXPECT_NO_THROW(runner.remove("tomt-referat"));
  EXPECT_FALSE(std::filesystem::exists(out.path() / "xml" / "tomt-referat.xml"));
  EXPECT_TRUE(std::filesystem::exists(out.path() / "xml" / "ballerup-ebu-2023-03-14.xml"));
}

TEST(XmlStage, InternalRunIntoAPublicFolderIsRefused) {
  temp_folder out;
  run_xml(out.path(), {protokol::export_testing::sample_meeting()}, {{"public", "true"}});
  EXPECT_EQ(create_error(xml_stage(), {.output_dir = out.path()}),
            (out.path() / "xml").string() +
                " holds output written with public=true, this stage has public=false; "
                "use another output folder, or empty this one to re-export everything");
}

TEST(XmlStage, WithoutAnOutputFolderProcessingFails) {
  stage_under_test runner(xml_stage());
  protokol::document doc = protokol::export_testing::empty_meeting();
  EXPECT_EQ(error_of([&] { runner.process(doc); }), "xml: the run has no output folder");
}

}  // namespace
