// docx.cpp: the "docx" stage: declaration, parameters and factory only;
// the logic is in docx_reader.cpp and the files it includes.
#include <protokol/plugin.hpp>

#include "docx_reader.hpp"

namespace protokol::docx {
namespace {

std::uint64_t positive(const stage_config& config, const char* name) {
  const long long value = config.get_int(name);
  if (value <= 0) {
    throw std::invalid_argument(std::string(name) + " must be at least 1, got " +
                                std::to_string(value));
  }
  return static_cast<std::uint64_t>(value);
}

docx_options options_from(const stage_config& config) {
  docx_options options;
  options.limits.max_bytes = positive(config, "max_bytes");
  options.limits.max_part_bytes = positive(config, "max_part_bytes");
  options.limits.max_ratio = positive(config, "max_ratio");
  options.limits.max_entries = positive(config, "max_entries");
  const std::string& breaks = config.get_string("page_breaks");
  if (breaks == "all") {
    options.breaks = page_breaks::all;
  } else if (breaks == "hard") {
    options.breaks = page_breaks::hard;
  } else if (breaks == "none") {
    options.breaks = page_breaks::none;
  } else {
    throw std::invalid_argument("page_breaks must be all, hard or none, got '" + breaks + "'");
  }
  return options;
}

class docx_stage final : public stage {
 public:
  explicit docx_stage(const stage_config& config) : reader_(options_from(config)) {}

  void process(document& doc) const override {
    // An earlier reader took the file.
    if (!doc.text.empty()) return;
    std::optional<std::string> text = reader_.read(doc.raw);
    if (!text) return;
    doc.text = std::move(*text);
    doc.source.format = "docx";
    doc.source.encoding = "DOCX";
    doc.source.confidence = 1.0;
  }

 private:
  const docx_reader reader_;
};

constexpr param_descriptor docx_params[] = {
    {"max_bytes", param_type::integer, "67108864", false,
     "Largest .docx file to read, in bytes; a larger one is refused (quarantined)", nullptr},
    {"max_part_bytes", param_type::integer, "268435456", false,
     "Largest size any part read (document, styles, numbering) may unpack to, in bytes", nullptr},
    {"max_ratio", param_type::integer, "200", false,
     "Highest unpacked:packed ratio of a part of 1 MiB or more; above it the file is refused as "
     "a zip bomb",
     nullptr},
    {"max_entries", param_type::integer, "10000", false, "Most entries the zip archive may hold",
     nullptr},
    {"page_breaks", param_type::choice, "all", false,
     "Page breaks written as form feeds: all (hard ones and those Word recorded at its last "
     "layout, w:lastRenderedPageBreak), hard (page breaks the author put in), none",
     "all|hard|none"},
};

}  // namespace
}  // namespace protokol::docx

PROTOKOL_PLUGIN("docx", "1.0.0", "MIT", "Reads Word documents (.docx) into text with light markup",
                protokol::make_stage<protokol::docx::docx_stage>(
                    protokol::stage_kind::other, "docx",
                    "Unpacks a .docx (libzip, within size and ratio limits) and writes its body as "
                    "text: headings as '#', bold paragraphs as '**', list numbers as shown, table "
                    "rows as '| a | b |', page breaks as form feeds",
                    "", "text", protokol::docx::docx_params))
