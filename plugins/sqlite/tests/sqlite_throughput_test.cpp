// Throughput of the sqlite exporter on one large document and on many
// sample documents, against the bytes of text they hold. Reports only;
// asserts the rows are all there.
#include <gtest/gtest.h>

#include "sample_documents.hpp"
#include "sqlite_test_support.hpp"
#include "throughput.hpp"

namespace {

using namespace protokol::sqlite_export::testing;
using protokol::export_testing::report_rate;
using protokol::export_testing::seconds_of;

TEST(SqliteThroughput, LargeDocument) {
  protokol::document doc = protokol::export_testing::large_meeting(32u << 20);
  const std::size_t bytes = protokol::export_testing::content_bytes(doc);
  protokol::export_testing::temp_folder out;
  protokol::testing::stage_under_test runner(
      sqlite_stage(), {.params = {{"public", "false"}}, .output_dir = out.path()});
  report_rate("sqlite_stage_process_MB_per_s", bytes,
              seconds_of([&] { EXPECT_NO_THROW(runner.process(doc)); }));
  EXPECT_NO_THROW(runner.finish());
  EXPECT_EQ(count(database(out.path()), "SELECT count(*) FROM items"),
            static_cast<long long>(doc.items.size()));
}

std::vector<protokol::document> sample_copies(int n, std::size_t& bytes) {
  std::vector<protokol::document> docs;
  bytes = 0;
  for (int i = 0; i < n; ++i) {
    protokol::document doc = protokol::export_testing::sample_meeting();
    doc.key = "møde-" + std::to_string(i);
    bytes += protokol::export_testing::content_bytes(doc);
    docs.push_back(std::move(doc));
  }
  return docs;
}

// The test kit leaves sync_each_file on, as ingest runs the stage: one
// fsync per document, so this measures the disk more than the stage.
TEST(SqliteThroughput, ManySmallDocumentsDurableEach) {
  std::size_t bytes = 0;
  std::vector<protokol::document> docs = sample_copies(300, bytes);
  protokol::export_testing::temp_folder out;
  protokol::testing::stage_under_test runner(sqlite_stage(), {.output_dir = out.path()});
  report_rate("sqlite_stage_durable_documents_MB_per_s", bytes, seconds_of([&] {
                for (protokol::document& doc : docs) EXPECT_NO_THROW(runner.process(doc));
              }));
  EXPECT_NO_THROW(runner.finish());
  EXPECT_EQ(count(database(out.path()), "SELECT count(*) FROM documents"), 300);
}

// As `protokol run` configures it: durability once, after finish().
TEST(SqliteThroughput, ManySmallDocumentsAsRunWritesThem) {
  std::size_t bytes = 0;
  std::vector<protokol::document> docs = sample_copies(1000, bytes);
  protokol::export_testing::temp_folder out;
  protokol::testing::stage_under_test runner(sqlite_stage(),
                                             {.output_dir = out.path(), .sync_each_file = false});
  report_rate("sqlite_stage_documents_MB_per_s", bytes, seconds_of([&] {
                for (protokol::document& doc : docs) EXPECT_NO_THROW(runner.process(doc));
                EXPECT_NO_THROW(runner.finish());
              }));
  EXPECT_EQ(count(database(out.path()), "SELECT count(*) FROM documents"), 1000);
}

}  // namespace
