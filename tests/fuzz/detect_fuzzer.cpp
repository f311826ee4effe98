// Fuzz target "detect": the input as the read stage decodes it, through the
// detect stage (plugins/detector).
#include <cmath>

#include "document_maker.hpp"
#include "fuzz_checks.hpp"
#include "linked_stage.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const protokol::fuzz::linked_stage detect("detect");
  std::optional<protokol::document> doc = protokol::fuzz::read_document(data, size);
  if (!doc || !detect.process(*doc)) return 0;
  const double confidence = doc->source.confidence;
  protokol::fuzz::expect(!std::isnan(confidence) && confidence >= 0 && confidence <= 1);
  protokol::fuzz::expect(doc->source.format == "plain" || doc->source.format == "markdown");
  protokol::fuzz::expect(!doc->source.dialect.empty());
  return 0;
}
