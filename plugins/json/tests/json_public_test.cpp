// Public mode: no line of a closed item's body anywhere in the output folder.
#include <gtest/gtest.h>

#include "json_test_support.hpp"
#include "output_files.hpp"
#include "sample_documents.hpp"

namespace {

using namespace protokol::json_export::testing;

TEST(JsonPublic, NoLineOfAClosedItemBodyLeavesInAnyFile) {
  const protokol::document doc = protokol::export_testing::sample_meeting();
  const std::vector<std::string> lines = protokol::export_testing::closed_body_lines(doc);
  ASSERT_GE(lines.size(), 5u);
  protokol::export_testing::temp_folder out;
  run_json(out.path(), {doc}, {{"public", "true"}, {"ndjson", "true"}});
  EXPECT_EQ(protokol::export_testing::find_leaks(out.path(), lines), std::vector<std::string>{});
  EXPECT_TRUE(std::filesystem::exists(out.path() / "documents.ndjson"));
}

TEST(JsonPublic, InternalOutputDoesHoldTheClosedBody) {
  // Proves the leak search above can see what it looks for.
  const protokol::document doc = protokol::export_testing::sample_meeting();
  protokol::export_testing::temp_folder out;
  run_json(out.path(), {doc}, {{"ndjson", "true"}});
  EXPECT_EQ(protokol::export_testing::find_leaks(out.path(),
                                                 protokol::export_testing::closed_body_lines(doc))
                .size(),
            2 * protokol::export_testing::closed_body_lines(doc).size());
}

TEST(JsonPublic, ClosedItemsKeepNumberTitleCaseNumbersAndOffsets) {
  const protokol::document doc = protokol::export_testing::sample_meeting();
  protokol::export_testing::temp_folder out;
  run_json(out.path(), {doc}, {{"public", "true"}});
  const auto j = nlohmann::json::parse(
      protokol::export_testing::read_file(out.path() / "json" / "ballerup-ebu-2023-03-14.json"));
  nlohmann::json expected = {{"number", "4"},
                             {"title", "Personalesag"},
                             {"closed", true},
                             {"case_numbers", {"23/4711"}},
                             {"start", doc.items[3].start},
                             {"end", doc.items[3].end},
                             {"page", nullptr}};
  EXPECT_EQ(j["items"][3], expected);
}

}  // namespace
