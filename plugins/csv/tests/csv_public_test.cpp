// Public mode: no line of a closed item's body anywhere in the output
// folder, part files included.
#include <gtest/gtest.h>

#include <algorithm>

#include "csv_test_support.hpp"
#include "sample_documents.hpp"

namespace {

using namespace protokol::csv_export::testing;

TEST(CsvPublic, NoLineOfAClosedItemBodyLeavesInAnyFile) {
  const protokol::document doc = protokol::export_testing::sample_meeting();
  const std::vector<std::string> lines = protokol::export_testing::closed_body_lines(doc);
  ASSERT_GE(lines.size(), 5u);
  protokol::export_testing::temp_folder out;
  run_csv(out.path(), {doc}, {{"public", "true"}});
  EXPECT_TRUE(
      std::filesystem::exists(out.path() / "csv" / ".parts" / "ballerup-ebu-2023-03-14.part"));
  EXPECT_EQ(protokol::export_testing::find_leaks(out.path(), lines), std::vector<std::string>{});
}

TEST(CsvPublic, NamesOfClosedItemsAbsentAndVotesAreWithheld) {
  protokol::export_testing::temp_folder out;
  run_csv(out.path(), {protokol::export_testing::sample_meeting()}, {{"public", "true"}});
  for (const auto& row : read_table(out.path(), "attendance")) EXPECT_NE(row[1], "4");
  for (const auto& row : read_table(out.path(), "votes")) EXPECT_NE(row[1], "4");
  for (const auto& row : read_table(out.path(), "entities"))
    EXPECT_NE(row[2], "Karl Hemmelig Jensen");
}

TEST(CsvPublic, InternalOutputDoesHoldTheClosedBody) {
  // Proves the leak search above can see what it looks for.
  const protokol::document doc = protokol::export_testing::sample_meeting();
  const std::vector<std::string> lines = protokol::export_testing::closed_body_lines(doc);
  protokol::export_testing::temp_folder out;
  run_csv(out.path(), {doc});
  // Section texts are not in CSV; the decision and a person's name are.
  const auto leaks = protokol::export_testing::find_leaks(out.path(), lines);
  for (const char* expected :
       {"csv/items.csv: Aftalen godkendt, 3 mod 2.",
        "csv/.parts/ballerup-ebu-2023-03-14.part: Aftalen godkendt, 3 mod 2.",
        "csv/entities.csv: Karl Hemmelig Jensen"}) {
    EXPECT_NE(std::find(leaks.begin(), leaks.end(), expected), leaks.end()) << expected;
  }
}

}  // namespace
