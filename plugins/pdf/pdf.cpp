// pdf.cpp: the "pdf" reader stage: declaration, parameters and factory only;
// the logic is in pdf_reader.cpp (Poppler), layout.cpp, furniture.cpp and
// compose.cpp.
#include <climits>
#include <protokol/plugin.hpp>
#include <stdexcept>
#include <string>

#include "pdf_reader.hpp"

namespace protokol::pdf {
namespace {

pdf_options options_from(const stage_config& config) {
  pdf_options options;
  const long long max_bytes = config.get_int("max_bytes");
  if (max_bytes <= 0 || max_bytes > INT_MAX) {
    throw std::invalid_argument("max_bytes must be between 1 and " + std::to_string(INT_MAX) +
                                " (poppler's limit), got " + std::to_string(max_bytes));
  }
  options.max_bytes = static_cast<std::uint64_t>(max_bytes);
  options.max_pages = config.get_int("max_pages");
  if (options.max_pages <= 0) {
    throw std::invalid_argument("max_pages must be at least 1, got " +
                                std::to_string(options.max_pages));
  }
  options.max_seconds = config.get_float("max_seconds");
  if (!(options.max_seconds > 0)) {
    throw std::invalid_argument("max_seconds must be more than 0, got " +
                                config.get_string("max_seconds"));
  }
  return options;
}

class pdf_stage final : public stage {
 public:
  explicit pdf_stage(const stage_config& config) : options_(options_from(config)) {
    silence_poppler();
  }

  void process(document& doc) const override {
    // An earlier reader claimed the file; and only PDFs are this stage's.
    if (!doc.text.empty() || !looks_like_pdf(doc.raw)) return;
    doc.text = read_pdf(doc.raw, options_);
    doc.source.format = "pdf";
    doc.source.encoding = "PDF";
    doc.source.confidence = 1.0;
  }

 private:
  const pdf_options options_;
};

constexpr param_descriptor pdf_params[] = {
    {"max_bytes", param_type::integer, "268435456", false,
     "Largest PDF to read, in bytes (at most 2147483647); a larger one is refused (quarantined)",
     nullptr},
    {"max_pages", param_type::integer, "2000", false,
     "Most pages a PDF may have; one with more is refused (quarantined)", nullptr},
    {"max_seconds", param_type::real, "300", false,
     "Longest time to spend on one PDF, checked after each page; a slower one is refused", nullptr},
};

}  // namespace
}  // namespace protokol::pdf

PROTOKOL_PLUGIN("pdf", "1.0.0", "MIT",
                "Reads PDF files (text layer) into UTF-8 NFC text with light markup",
                protokol::make_stage<protokol::pdf::pdf_stage>(
                    protokol::stage_kind::other, "pdf",
                    "Extracts a PDF's text in reading order with Poppler: columns, table rows, "
                    "headings and bold lines as markdown, form feeds between pages, running "
                    "headers, footers and page numbers removed; refuses scanned, encrypted and "
                    "damaged PDFs",
                    "", "text", protokol::pdf::pdf_params))
