// The stage as the host drives it: files, the index across runs, removal,
// and pages that work offline.
#include <gtest/gtest.h>

#include <cctype>
#include <thread>

#include "output_files.hpp"
#include "review_test_support.hpp"
#include "sample_documents.hpp"

namespace {

using namespace protokol::review_export::testing;

// Whether `html` has href/src/action="scheme:..." (a link to another origin
// or scheme), url( or @import: what an offline page must not contain.
bool references_outside(const std::string& html) {
  if (html.find("url(") != std::string::npos || html.find("@import") != std::string::npos)
    return true;
  for (const std::string attribute : {"href", "src", "action"}) {
    for (std::size_t at = html.find(attribute); at != std::string::npos;
         at = html.find(attribute, at + 1)) {
      std::size_t i = at + attribute.size();
      const auto skip_spaces = [&] {
        while (i < html.size() && std::isspace(static_cast<unsigned char>(html[i]))) ++i;
      };
      skip_spaces();
      if (i >= html.size() || html[i] != '=') continue;
      ++i;
      skip_spaces();
      if (i >= html.size() || html[i] != '"') continue;
      ++i;
      if (i >= html.size() || !std::isalpha(static_cast<unsigned char>(html[i]))) continue;
      while (i < html.size() && (std::isalnum(static_cast<unsigned char>(html[i])) ||
                                 html[i] == '+' || html[i] == '.' || html[i] == '-'))
        ++i;
      if (i < html.size() && html[i] == ':') return true;
    }
  }
  return false;
}
using protokol::export_testing::list_files;
using protokol::export_testing::read_file;
using protokol::export_testing::temp_folder;
using protokol::testing::create_error;
using protokol::testing::error_of;
using protokol::testing::stage_under_test;

std::vector<protokol::document> sample_documents() {
  std::vector<protokol::document> docs = protokol::export_testing::golden_documents();
  docs.push_back(protokol::export_testing::paged_meeting());
  return docs;
}

TEST(ReviewStage, WritesAPageAndASummaryPerDocumentAndAnIndex) {
  temp_folder out;
  run_review(out.path(), sample_documents());
  EXPECT_EQ(list_files(out.path(), true),
            (std::vector<std::string>{
                "review/.protokol-export", "review/.summaries/ballerup-ebu-2023-03-14.json",
                "review/.summaries/odder-byraad-2019-08-15.pdf.json",
                "review/.summaries/tomt-referat.json", "review/.summaries/ærø-møde-2024-01-05.json",
                "review/ballerup-ebu-2023-03-14.html", "review/index.html",
                "review/odder-byraad-2019-08-15.pdf.html", "review/tomt-referat.html",
                "review/ærø-møde-2024-01-05.html"}));
}

TEST(ReviewStage, IndexListsEveryDocumentWithItsCountsAndLink) {
  temp_folder out;
  run_review(out.path(), sample_documents());
  const std::string index = read_file(out.path() / "review" / "index.html");
  EXPECT_EQ(count_of(index, "<tr><td><a href="), 4u);
  EXPECT_NE(index.find("<a href=\"%C3%A6r%C3%B8-m%C3%B8de-2024-01-05.html\">"), std::string::npos);
  // sample_meeting: 5 items, 1 closed, 4 participants, 12 entities, 5 warnings.
  EXPECT_NE(index.find("<td class=\"n\">5</td><td class=\"n\">1</td><td class=\"n\">4</td>"
                       "<td class=\"n\">12</td><td class=\"n\">5</td>"),
            std::string::npos);
}

TEST(ReviewStage, ALaterRunAddsToTheIndexAndRemoveDropsFromIt) {
  temp_folder out;
  run_review(out.path(), {protokol::export_testing::sample_meeting()});
  run_review(out.path(), {protokol::export_testing::paged_meeting()});
  EXPECT_EQ(count_of(read_file(out.path() / "review" / "index.html"), "<tr><td><a href="), 2u);
  {
    stage_under_test runner(review_stage(), {.output_dir = out.path()});
    EXPECT_NO_THROW(runner.remove("ballerup-ebu-2023-03-14"));
    EXPECT_NO_THROW(runner.remove("ballerup-ebu-2023-03-14"));
    EXPECT_NO_THROW(runner.finish());
  }
  const std::string index = read_file(out.path() / "review" / "index.html");
  EXPECT_EQ(count_of(index, "<tr><td><a href="), 1u);
  EXPECT_EQ(index.find("ballerup"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(out.path() / "review" / "ballerup-ebu-2023-03-14.html"));
}

TEST(ReviewStage, PagesAndIndexReferenceNothingOutside) {
  temp_folder out;
  run_review(out.path(), sample_documents());
  // Only the awkward warning's text names a URL, and as text, never as a link.
  for (const std::string& file : list_files(out.path() / "review", false)) {
    const std::string html = read_file(out.path() / "review" / file);
    EXPECT_FALSE(references_outside(html)) << file;
    EXPECT_EQ(count_of(html, "<script"), 0u) << file;
    EXPECT_EQ(count_of(html, "<img"), 0u) << file;
    EXPECT_EQ(count_of(html, "<link"), 0u) << file;
    EXPECT_NE(html.find("content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;"),
              std::string::npos)
        << file;
    if (file != "ærø-møde-2024-01-05.html") {
      EXPECT_EQ(count_of(html, "http://") + count_of(html, "https://"), 0u) << file;
    }
  }
}

TEST(ReviewStage, OutputIsTheSameWhateverTheThreadCount) {
  std::vector<protokol::document> docs;
  for (int i = 0; i < 16; ++i) {
    protokol::document doc = protokol::export_testing::sample_meeting();
    doc.key = "møde-" + std::to_string(i);
    docs.push_back(std::move(doc));
  }
  temp_folder sequential;
  run_review(sequential.path(), docs);
  temp_folder parallel;
  {
    stage_under_test runner(review_stage(), {.output_dir = parallel.path()});
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
  for (const auto& file : files)
    EXPECT_EQ(read_file(sequential.path() / file), read_file(parallel.path() / file)) << file;
}

TEST(ReviewStage, PublicRunIntoAnInternalFolderIsRefused) {
  temp_folder out;
  run_review(out.path(), {protokol::export_testing::sample_meeting()});
  EXPECT_EQ(
      create_error(review_stage(), {.params = {{"public", "true"}}, .output_dir = out.path()}),
      (out.path() / "review").string() +
          " holds output written with public=false, this stage has public=true; "
          "use another output folder, or empty this one to re-export everything");
}

TEST(ReviewStage, UnsafeKeyFailsTheDocument) {
  temp_folder out;
  stage_under_test runner(review_stage(), {.output_dir = out.path()});
  protokol::document doc = protokol::export_testing::empty_meeting();
  doc.key = "../escape";
  EXPECT_EQ(error_of([&] { runner.process(doc); }), "output key starts with '.'");
}

TEST(ReviewStage, WithoutAnOutputFolderProcessingFailsAndFinishWritesNothing) {
  stage_under_test runner(review_stage());
  protokol::document doc = protokol::export_testing::empty_meeting();
  EXPECT_EQ(error_of([&] { runner.process(doc); }), "review: the run has no output folder");
  EXPECT_NO_THROW(runner.finish());
}

}  // namespace
