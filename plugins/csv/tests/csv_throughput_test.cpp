// Throughput of the csv exporter on one large document, against the bytes
// of text the document holds. Reports only; asserts the output is whole.
#include <gtest/gtest.h>

#include "csv_parts.hpp"
#include "csv_test_support.hpp"
#include "csv_writer.hpp"
#include "sample_documents.hpp"
#include "throughput.hpp"

namespace {

using namespace protokol::csv_export::testing;
using protokol::export_testing::report_rate;
using protokol::export_testing::seconds_of;

TEST(CsvThroughput, LargeDocument) {
  protokol::document doc = protokol::export_testing::large_meeting(32u << 20);
  const std::size_t bytes = protokol::export_testing::content_bytes(doc);
  protokol::export_testing::counting_output part;
  report_rate("csv_serialise_MB_per_s", bytes, seconds_of([&] {
                protokol::csv_export::write_part(protokol::csv_export::to_rows(doc, {}), part);
              }));
  protokol::export_testing::temp_folder out;
  protokol::testing::stage_under_test runner(csv_stage(), {.output_dir = out.path()});
  report_rate("csv_stage_process_MB_per_s", bytes,
              seconds_of([&] { EXPECT_NO_THROW(runner.process(doc)); }));
  report_rate("csv_stage_finish_MB_per_s", bytes,
              seconds_of([&] { EXPECT_NO_THROW(runner.finish()); }));
  EXPECT_EQ(std::filesystem::file_size(out.path() / "csv" / ".parts" / "stort-referat.part"),
            part.count());
  EXPECT_EQ(read_table(out.path(), "items").size(), doc.items.size() + 1);
}

}  // namespace
