// Public mode: no line of a closed item's body anywhere in the output folder.
#include <gtest/gtest.h>

#include "output_files.hpp"
#include "sample_documents.hpp"
#include "xml_test_support.hpp"

namespace {

using namespace protokol::xml_export::testing;

TEST(XmlPublic, NoLineOfAClosedItemBodyLeavesInAnyFile) {
  const protokol::document doc = protokol::export_testing::sample_meeting();
  const std::vector<std::string> lines = protokol::export_testing::closed_body_lines(doc);
  ASSERT_GE(lines.size(), 5u);
  protokol::export_testing::temp_folder out;
  run_xml(out.path(), {doc}, {{"public", "true"}});
  EXPECT_EQ(protokol::export_testing::find_leaks(out.path(), lines), std::vector<std::string>{});
}

TEST(XmlPublic, InternalOutputDoesHoldTheClosedBody) {
  // Proves the leak search above can see what it looks for.
  const protokol::document doc = protokol::export_testing::sample_meeting();
  const std::vector<std::string> lines = protokol::export_testing::closed_body_lines(doc);
  protokol::export_testing::temp_folder out;
  run_xml(out.path(), {doc});
  EXPECT_EQ(protokol::export_testing::find_leaks(out.path(), lines).size(), lines.size());
}

}  // namespace
