// Fuzz target "segment": the input read and detected, through the segment
// stage (plugins/segmenter): meeting header, items, sections.
#include "document_maker.hpp"
#include "fuzz_checks.hpp"
#include "linked_stage.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const protokol::fuzz::linked_stage segment("segment");
  std::optional<protokol::document> doc = protokol::fuzz::read_document(data, size);
  if (!doc) return 0;
  protokol::fuzz::detect_format(*doc);
  if (segment.process(*doc)) protokol::fuzz::expect_items_inside(*doc);
  return 0;
}
