// docx.cpp: the "docx" stage: declaration, parameters and factory only;
// the logic is in docx_reader.cpp and the files it includes.
#include <protokol/plugin.hpp>

#include "docx_reader.hpp"

namespace protokol::docx {
namespace {

// Limits are at least 1 (docx_params' ranges, checked by the host).
std::uint64_t limit(const stage_config& config, const char* name) {
  return static_cast<std::uint64_t>(config.get_int(name));
}

// The host has checked page_breaks against all|hard|none.
page_breaks breaks_from(const std::string& name) {
  if (name == "hard") return page_breaks::hard;
  if (name == "none") return page_breaks::none;
  return page_breaks::all;
}

docx_options options_from(const stage_config& config) {
  docx_options options;
  options.limits.max_bytes = limit(config, "max_bytes");
  options.limits.max_part_bytes = limit(config, "max_part_bytes");
  options.limits.max_ratio = limit(config, "max_ratio");
  options.limits.max_entries = limit(config, "max_entries");
  options.breaks = breaks_from(config.get_string("page_breaks"));
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
    {.name = "max_bytes",
     .type = param_type::integer,
     .default_value = "67108864",
     .doc = "Largest .docx file to read, in bytes; a larger one is refused (quarantined)",
     .min_value = "1"},
    {.name = "max_part_bytes",
     .type = param_type::integer,
     .default_value = "268435456",
     .doc = "Largest size any part read (document, styles, numbering) may unpack to, in bytes",
     .min_value = "1"},
    {.name = "max_ratio",
     .type = param_type::integer,
     .default_value = "200",
     .doc = "Highest unpacked:packed ratio of a part of 1 MiB or more; above it the file is "
            "refused as a zip bomb",
     .min_value = "1"},
    {.name = "max_entries",
     .type = param_type::integer,
     .default_value = "10000",
     .doc = "Most entries the zip archive may hold",
     .min_value = "1"},
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
