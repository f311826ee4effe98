// Output compared byte for byte with tests/fixtures/exporters/ (set
// PROTOKOL_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change).
#include <gtest/gtest.h>

#include "csv_test_support.hpp"
#include "sample_documents.hpp"

namespace {

using namespace protokol::csv_export::testing;

TEST(CsvGolden, InternalTablesMatchTheGoldenFiles) {
  protokol::export_testing::temp_folder out;
  run_csv(out.path(), protokol::export_testing::golden_documents());
  protokol::export_testing::expect_golden(out.path(), "internal", "csv");
}

TEST(CsvGolden, PublicTablesMatchTheGoldenFiles) {
  protokol::export_testing::temp_folder out;
  run_csv(out.path(), protokol::export_testing::golden_documents(), {{"public", "true"}});
  protokol::export_testing::expect_golden(out.path(), "public", "csv");
}

TEST(CsvGolden, DanishExcelTablesMatchTheGoldenFiles) {
  protokol::export_testing::temp_folder out;
  run_csv(out.path(), protokol::export_testing::golden_documents(),
          {{"separator", ";"}, {"bom", "true"}});
  protokol::export_testing::expect_golden(out.path(), "excel", "csv");
}

}  // namespace
