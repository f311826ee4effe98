// reader.cpp: the "read" stage: declaration, parameters and factory only;
// the logic is in text_reader.cpp.
#include <protokol/plugin.hpp>

#include "text_reader.hpp"

namespace protokol::reader {
namespace {

// The host has checked max_bytes against read_params' range; text_reader
// checks the encoding name.
reader_options options_from(const stage_config& config) {
  reader_options options;
  options.max_bytes = static_cast<std::uint64_t>(config.get_int("max_bytes"));
  options.fallback_encoding = config.get_string("fallback_encoding");
  options.normalize = config.get_bool("normalize");
  options.char_refs = config.get_bool("char_refs");
  options.inline_tags = config.get_bool("inline_tags");
  return options;
}

class read_stage final : public stage {
 public:
  explicit read_stage(const stage_config& config) : reader_(options_from(config)) {}

  void process(document& doc) const override {
    // A format reader earlier in the pipeline (pdf, html, docx) made the
    // text already; this stage reads what none of them claimed.
    if (!doc.text.empty()) return;
    read_result result = reader_.read(doc.raw);
    doc.text = std::move(result.text);
    doc.source.encoding = std::move(result.encoding);
  }

 private:
  const text_reader reader_;
};

constexpr param_descriptor read_params[] = {
    {.name = "max_bytes",
     .type = param_type::integer,
     .default_value = "67108864",
     .doc = "Largest file to read, in bytes; a larger one is refused (quarantined)",
     .min_value = "1"},
    {"fallback_encoding", param_type::string, "windows-1252", false,
     "Encoding for files that are not UTF-8 when detection finds nothing usable (any name ICU "
     "knows, e.g. ISO-8859-1, IBM865)",
     nullptr},
    {"normalize", param_type::boolean, "true", false,
     "Put the text into Unicode NFC, so equal words are equal bytes", nullptr},
    {"char_refs", param_type::boolean, "true", false,
     "Decode HTML character references a web page or a PDF-to-markdown converter left in the "
     "text (&amp; &oslash; &#248;)",
     nullptr},
    {"inline_tags", param_type::boolean, "true", false,
     "Remove the HTML tags a scraper or converter left in the text (<br /> as a line break, "
     "<strong>, <span>, <o:p>; the table in inline_tags.cpp)",
     nullptr},
};

}  // namespace
}  // namespace protokol::reader

PROTOKOL_PLUGIN("reader", "1.0.0", "MIT",
                "Reads a file's bytes into UTF-8 NFC text with LF line ends",
                protokol::make_stage<protokol::reader::read_stage>(
                    protokol::stage_kind::other, "read",
                    "Decodes the file (UTF-8, UTF-16/32 with BOM, or detected), normalises "
                    "line ends and refuses empty, binary and oversized files",
                    "", "text", protokol::reader::read_params))
