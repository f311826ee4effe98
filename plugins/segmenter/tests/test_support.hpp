// Helpers shared by the segmenter tests: fixture files and one-call
// segmentation of a text.
#pragma once

#include <fstream>
#include <protokol/document.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "segment.hpp"

namespace protokol::segmenter::testing {

inline std::string fixture_path(std::string_view relative) {
  return std::string(PROTOKOL_FIXTURES_DIR) + "/" + std::string(relative);
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline document segment_text(std::string text, const segment_options& options = {}) {
  document doc;
  doc.text = std::move(text);
  segment_document(doc, options);
  return doc;
}

inline document segment_fixture(std::string_view relative, const segment_options& options = {}) {
  return segment_text(read_file(fixture_path(relative)), options);
}

}  // namespace protokol::segmenter::testing
