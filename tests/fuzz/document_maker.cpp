#include "document_maker.hpp"

#include <string_view>

#include "detection.hpp"
#include "linked_stage.hpp"
#include "segment.hpp"
#include "text_reader.hpp"

namespace protokol::fuzz {

std::optional<document> read_document(const std::uint8_t* data, std::size_t size) {
  static const reader::text_reader reader{reader::reader_options{}};
  document doc = raw_document(data, size);
  try {
    reader::read_result result = reader.read(doc.raw);
    doc.text = std::move(result.text);
    doc.source.encoding = std::move(result.encoding);
  } catch (const std::exception&) {
    return std::nullopt;  // refused: no later stage would see this file
  }
  return doc;
}

void detect_format(document& doc) {
  static const detector::detector detector{65536};  // the detect stage's default sample_bytes
  detector::apply_detection(doc.source, detector.detect(doc.text));
}

std::optional<document> segmented_document(const std::uint8_t* data, std::size_t size) {
  std::optional<document> doc = read_document(data, size);
  if (!doc) return std::nullopt;
  detect_format(*doc);
  segmenter::segment_document(*doc, segmenter::segment_options{});
  return doc;
}

}  // namespace protokol::fuzz
