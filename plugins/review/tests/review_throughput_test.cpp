// Throughput of the review exporter on one large document, against the
// bytes of text the document holds. Reports only; asserts the page is whole.
#include <gtest/gtest.h>

#include "output_files.hpp"
#include "page_writer.hpp"
#include "review_test_support.hpp"
#include "sample_documents.hpp"
#include "throughput.hpp"

namespace {

using namespace protokol::review_export::testing;
using protokol::export_testing::report_rate;
using protokol::export_testing::seconds_of;

// large_meeting() repeats items in the fields only; give them text too, so
// the walk over the text is measured as well.
protokol::document large_document() {
  protokol::document doc = protokol::export_testing::large_meeting(32u << 20);
  const protokol::document sample = protokol::export_testing::sample_meeting();
  const protokol::item& model = sample.items[1];
  const std::string body = sample.text.substr(model.start, model.end - model.start);
  for (std::size_t i = sample.items.size(); i < doc.items.size(); ++i) {
    protokol::item& it = doc.items[i];
    const std::size_t shift = doc.text.size() - model.start;
    doc.text += body;
    it.start = model.start + shift;
    it.end = model.end + shift;
    for (std::size_t k = 0; k < it.sections.size(); ++k) {
      it.sections[k].start = model.sections[k].start + shift;
      it.sections[k].end = model.sections[k].end + shift;
    }
  }
  for (std::size_t i = sample.entities.size(); i < doc.entities.size(); ++i) {
    const std::size_t n = (i - sample.entities.size()) / 5 + sample.items.size();
    const protokol::entity& like = sample.entities[2 + (i - sample.entities.size()) % 5];
    const std::size_t shift = doc.items[n].start - model.start;
    doc.entities[i].start = like.start + shift;
    doc.entities[i].end = like.end + shift;
  }
  return doc;
}

TEST(ReviewThroughput, LargeDocument) {
  const protokol::document doc = large_document();
  const std::size_t bytes = protokol::export_testing::content_bytes(doc) + doc.text.size();
  protokol::export_testing::counting_output html;
  report_rate("review_render_MB_per_s", bytes,
              seconds_of([&] { protokol::review_export::write_page(doc, {}, html); }));
  protokol::export_testing::temp_folder out;
  protokol::testing::stage_under_test runner(review_stage(), {.output_dir = out.path()});
  protokol::document copy = doc;
  report_rate("review_stage_process_MB_per_s", bytes,
              seconds_of([&] { EXPECT_NO_THROW(runner.process(copy)); }));
  EXPECT_NO_THROW(runner.finish());
  EXPECT_EQ(std::filesystem::file_size(out.path() / "review" / "stort-referat.html"), html.count());
}

}  // namespace
