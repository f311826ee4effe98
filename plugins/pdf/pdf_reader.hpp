// pdf_reader.hpp: PDF bytes -> text, with Poppler's C++ API.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "binary_formats.hpp"

namespace protokol::pdf {

struct pdf_options {
  std::uint64_t max_bytes = 268435456;  ///< larger files are refused
  long long max_pages = 2000;           ///< documents with more pages are refused
  double max_seconds = 300;             ///< extraction stops (refused) after this
};

/// "%PDF-" within the first 1024 bytes (the read stage's own test).
using reader::looks_like_pdf;

/// Poppler's error printer, silenced once per process: its messages may
/// quote document text, which must never reach logs.
void silence_poppler();

/// Reads `raw` (which must outlive the call; it is not copied). Throws
/// std::runtime_error naming why a file cannot be read.
std::string read_pdf(std::string_view raw, const pdf_options& options);

}  // namespace protokol::pdf
