// Throughput of the xml exporter on one large document, against the bytes
// of text the document holds. Reports only; asserts the output is whole.
#include <gtest/gtest.h>

#include "output_files.hpp"
#include "sample_documents.hpp"
#include "throughput.hpp"
#include "xml_test_support.hpp"
#include "xml_writer.hpp"

namespace {

using namespace protokol::xml_export::testing;
using protokol::export_testing::report_rate;
using protokol::export_testing::seconds_of;

TEST(XmlThroughput, LargeDocument) {
  protokol::document doc = protokol::export_testing::large_meeting(32u << 20);
  const std::size_t bytes = protokol::export_testing::content_bytes(doc);
  protokol::export_testing::counting_output xml;
  report_rate("xml_serialise_MB_per_s", bytes,
              seconds_of([&] { protokol::xml_export::write_xml(doc, {}, xml); }));
  protokol::export_testing::temp_folder out;
  protokol::testing::stage_under_test runner(xml_stage(), {.output_dir = out.path()});
  report_rate("xml_stage_process_MB_per_s", bytes,
              seconds_of([&] { EXPECT_NO_THROW(runner.process(doc)); }));
  EXPECT_EQ(std::filesystem::file_size(out.path() / "xml" / "stort-referat.xml"), xml.count());
}

}  // namespace
