// Output compared byte for byte with tests/fixtures/exporters/ (set
// PROTOKOL_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change).
#include <gtest/gtest.h>

#include "json_test_support.hpp"
#include "output_files.hpp"
#include "sample_documents.hpp"

namespace {

using namespace protokol::json_export::testing;

TEST(JsonGolden, InternalOutputMatchesTheGoldenFiles) {
  protokol::export_testing::temp_folder out;
  run_json(out.path(), protokol::export_testing::golden_documents(), {{"ndjson", "true"}});
  protokol::export_testing::expect_golden(out.path(), "internal", "json");
  protokol::export_testing::expect_golden(out.path(), "internal", "documents.ndjson");
}

TEST(JsonGolden, PublicOutputMatchesTheGoldenFiles) {
  protokol::export_testing::temp_folder out;
  run_json(out.path(), protokol::export_testing::golden_documents(),
           {{"ndjson", "true"}, {"public", "true"}});
  protokol::export_testing::expect_golden(out.path(), "public", "json");
  protokol::export_testing::expect_golden(out.path(), "public", "documents.ndjson");
}

}  // namespace
