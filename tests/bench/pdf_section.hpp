// pdf_section.hpp: the PDF part of `make bench`: the pdf reader's pages/s and
// MB/s on the PDF fixtures, beside pdftotext's on the same files.
#pragma once

#include <filesystem>

namespace protokol::bench {

/// Reads every PDF in `dir` `repeats` times with the pdf reader, then with
/// `pdftotext` (plain and -layout, when installed), and prints both rates.
/// Returns 0, or 1 when a PDF could not be read.
int pdf_section(const std::filesystem::path& dir, unsigned repeats);

}  // namespace protokol::bench
