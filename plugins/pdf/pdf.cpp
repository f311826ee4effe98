// pdf.cpp: the "pdf" reader stage: declaration, parameters and factory only;
// the logic is in pdf_reader.cpp (Poppler), layout.cpp, furniture.cpp and
// compose.cpp.
#include <climits>
#include <protokol/plugin.hpp>

#include "pdf_reader.hpp"

namespace protokol::pdf {
namespace {

// The host has checked every value against pdf_params' ranges.
pdf_options options_from(const stage_config& config) {
  pdf_options options;
  options.max_bytes = static_cast<std::uint64_t>(config.get_int("max_bytes"));
  options.max_pages = config.get_int("max_pages");
  options.max_seconds = config.get_float("max_seconds");
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

// Poppler takes a PDF's length as an int: max_bytes' maximum spells out INT_MAX.
static_assert(INT_MAX == 2147483647);

constexpr param_descriptor pdf_params[] = {
    {.name = "max_bytes",
     .type = param_type::integer,
     .default_value = "268435456",
     .doc = "Largest PDF to read, in bytes; a larger one is refused (quarantined)",
     .min_value = "1",
     .max_value = "2147483647"},
    {.name = "max_pages",
     .type = param_type::integer,
     .default_value = "2000",
     .doc = "Most pages a PDF may have; one with more is refused (quarantined)",
     .min_value = "1"},
    {.name = "max_seconds",
     .type = param_type::real,
     .default_value = "300",
     .doc = "Longest time to spend on one PDF, checked after each page; a slower one is refused",
     .min_value = "0.001"},  // a millisecond: 0 would refuse every PDF after its first page
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
