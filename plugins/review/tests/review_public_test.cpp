// Public mode: a closed item's body is absent from the page, not hidden.
#include <gtest/gtest.h>

#include <algorithm>

#include "output_files.hpp"
#include "page_writer.hpp"
#include "review_test_support.hpp"
#include "sample_documents.hpp"

namespace {

using namespace protokol::review_export::testing;
using protokol::export_testing::closed_body_lines;
using protokol::export_testing::find_leaks;
using protokol::export_testing::temp_folder;

// Lines of `lines` a reader would see in a file under `root`: highlights
// split a line into several elements, so the raw search of find_leaks alone
// could miss one.
std::vector<std::string> visible_leaks(const std::filesystem::path& root,
                                       const std::vector<std::string>& lines) {
  std::vector<std::string> leaks;
  for (const std::string& file : protokol::export_testing::list_files(root, true)) {
    const std::string seen = visible_text(protokol::export_testing::read_file(root / file));
    for (const std::string& line : lines)
      if (seen.find(line) != std::string::npos) leaks.push_back(file + ": " + line);
  }
  return leaks;
}

TEST(ReviewPublic, NoLineOfAClosedItemBodyLeavesInAnyFile) {
  const protokol::document doc = protokol::export_testing::sample_meeting();
  const std::vector<std::string> lines = closed_body_lines(doc);
  ASSERT_GE(lines.size(), 5u);
  temp_folder out;
  run_review(out.path(), {doc}, {{"public", "true"}});
  EXPECT_EQ(find_leaks(out.path(), lines), std::vector<std::string>{});
  EXPECT_EQ(visible_leaks(out.path(), lines), std::vector<std::string>{});
  EXPECT_TRUE(std::filesystem::exists(out.path() / "review" / "index.html"));
}

TEST(ReviewPublic, InternalPagesDoHoldTheClosedBody) {
  // Proves the leak search above can see what it looks for.
  const protokol::document doc = protokol::export_testing::sample_meeting();
  temp_folder out;
  run_review(out.path(), {doc});
  const std::vector<std::string> lines = closed_body_lines(doc);
  const std::vector<std::string> seen = visible_leaks(out.path(), lines);
  for (const std::string& line : lines) {
    EXPECT_NE(std::find(seen.begin(), seen.end(), "review/ballerup-ebu-2023-03-14.html: " + line),
              seen.end())
        << line;
  }
}

TEST(ReviewPublic, ClosedItemKeepsItsHeadingLineAndDropsEntitiesAndQuotingWarnings) {
  const protokol::document doc = protokol::export_testing::sample_meeting();
  const std::string page = protokol::review_export::to_page(doc, {true});
  EXPECT_NE(page.find("Punkt 4: Lukket: LUKKET Personalesag\n"), std::string::npos);
  EXPECT_NE(page.find("id=\"item-4\""), std::string::npos);
  EXPECT_EQ(count_of(page, "The body of this closed item is withheld"), 1u);
  EXPECT_EQ(count_of(page, "Karl"), 0u);
  EXPECT_EQ(count_of(page, "99887/23"), 0u);
  EXPECT_NE(page.find("Mikkel Dahl (Løsgænger) orienterede"), std::string::npos);
  EXPECT_EQ(count_of(page, "fratrædelse"), 0u);
  EXPECT_EQ(count_of(page, "Indholdsfortegnelsen nævner punkt 6"), 1u);
  EXPECT_EQ(count_of(page, "23/4711"), 1u);  // the side panel's case numbers
}

}  // namespace
