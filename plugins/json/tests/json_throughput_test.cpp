// Throughput of the json exporter on one large document, against the bytes
// of text the document holds. Reports only; asserts the output is whole.
#include <gtest/gtest.h>

#include "json_test_support.hpp"
#include "json_writer.hpp"
#include "output_files.hpp"
#include "sample_documents.hpp"
#include "throughput.hpp"

namespace {

using namespace protokol::json_export::testing;
using protokol::export_testing::report_rate;
using protokol::export_testing::seconds_of;

TEST(JsonThroughput, LargeDocument) {
  protokol::document doc = protokol::export_testing::large_meeting(32u << 20);
  const std::size_t bytes = protokol::export_testing::content_bytes(doc);
  protokol::export_testing::counting_output json;
  report_rate("json_serialise_MB_per_s", bytes,
              seconds_of([&] { protokol::json_export::write_json(doc, {}, json); }));
  protokol::export_testing::temp_folder out;
  protokol::testing::stage_under_test runner(
      json_stage(), {.params = {{"ndjson", "true"}}, .output_dir = out.path()});
  report_rate("json_stage_process_MB_per_s", bytes,
              seconds_of([&] { EXPECT_NO_THROW(runner.process(doc)); }));
  report_rate("json_stage_finish_ndjson_MB_per_s", bytes,
              seconds_of([&] { EXPECT_NO_THROW(runner.finish()); }));
  EXPECT_EQ(std::filesystem::file_size(out.path() / "json" / "stort-referat.json"), json.count());
}

}  // namespace
