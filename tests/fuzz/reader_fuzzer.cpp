// Fuzz targets "read", "pdf" and "html": any bytes through a reader stage,
// named by PROTOKOL_FUZZ_STAGE, as the first stage of a pipeline sees them.
// A reader refuses the file, leaves it to the next reader, or makes text.
#include "fuzz_checks.hpp"
#include "linked_stage.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const protokol::fuzz::linked_stage reader(PROTOKOL_FUZZ_STAGE);
  protokol::document doc = protokol::fuzz::raw_document(data, size);
  if (reader.process(doc)) protokol::fuzz::expect_reader_text(doc.text);
  return 0;
}
