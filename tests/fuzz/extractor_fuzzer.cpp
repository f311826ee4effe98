// Fuzz targets "numbers", "people" and "votes": the input read, detected and
// segmented as the shipped pipelines do, through the extractor stage named by
// PROTOKOL_FUZZ_STAGE.
#include "document_maker.hpp"
#include "fuzz_checks.hpp"
#include "linked_stage.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const protokol::fuzz::linked_stage extractor(PROTOKOL_FUZZ_STAGE);
  std::optional<protokol::document> doc = protokol::fuzz::segmented_document(data, size);
  if (!doc || !extractor.process(*doc)) return 0;
  protokol::fuzz::expect_items_inside(*doc);
  protokol::fuzz::expect_entities_inside(*doc);
  return 0;
}
