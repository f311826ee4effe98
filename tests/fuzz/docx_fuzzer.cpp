// Fuzz target "docx": a .docx file's bytes through the docx stage
// (plugins/docx, on libzip and pugixml). Any input that is no zip is taken
// as the document's XML parts and zipped first (docx_parts.hpp).
#include "docx_parts.hpp"
#include "fuzz_checks.hpp"
#include "linked_stage.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const protokol::fuzz::linked_stage docx("docx");
  protokol::document doc = protokol::fuzz::raw_document(data, size);
  if (!doc.raw.starts_with("PK")) {
    doc.raw = protokol::fuzz::docx_from_parts(doc.raw);
    doc.source.bytes = doc.raw.size();
  }
  if (docx.process(doc)) protokol::fuzz::expect_reader_text(doc.text);
  return 0;
}
