// Output compared byte for byte with tests/fixtures/exporters/ (set
// PROTOKOL_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change).
#include <gtest/gtest.h>

#include "output_files.hpp"
#include "sample_documents.hpp"
#include "xml_test_support.hpp"

namespace {

using namespace protokol::xml_export::testing;

TEST(XmlGolden, InternalOutputMatchesTheGoldenFiles) {
  protokol::export_testing::temp_folder out;
  run_xml(out.path(), protokol::export_testing::golden_documents());
  protokol::export_testing::expect_golden(out.path(), "internal", "xml");
}

TEST(XmlGolden, PublicOutputMatchesTheGoldenFiles) {
  protokol::export_testing::temp_folder out;
  run_xml(out.path(), protokol::export_testing::golden_documents(), {{"public", "true"}});
  protokol::export_testing::expect_golden(out.path(), "public", "xml");
}

}  // namespace
