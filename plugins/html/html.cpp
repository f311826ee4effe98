// html.cpp: the "html" stage: declaration, parameters and factory only; the
// logic is in html_text.cpp, layout.cpp and element_rules.cpp.
#include <protokol/plugin.hpp>

#include "html_text.hpp"

namespace protokol::html {
namespace {

// The host has checked max_bytes against html_params' range; html_reader
// checks the encoding name.
html_options options_from(const stage_config& config) {
  html_options options;
  options.max_bytes = static_cast<std::uint64_t>(config.get_int("max_bytes"));
  options.fallback_encoding = config.get_string("fallback_encoding");
  options.keep_title = config.get_bool("keep_title");
  return options;
}

class html_stage final : public stage {
 public:
  explicit html_stage(const stage_config& config) : reader_(options_from(config)) {}

  void process(document& doc) const override {
    // An earlier reader took the file; and a file that is no HTML page is
    // left untouched for the next reader.
    if (!doc.text.empty() || !html_reader::claims(doc.raw)) return;
    html_result result = reader_.read(doc.raw);
    doc.text = std::move(result.text);
    doc.source.format = "html";
    doc.source.encoding = std::move(result.encoding);
    doc.source.confidence = 1.0;
  }

 private:
  const html_reader reader_;
};

constexpr param_descriptor html_params[] = {
    {.name = "max_bytes",
     .type = param_type::integer,
     .default_value = "33554432",
     .doc = "Largest HTML page to parse, in bytes; a larger one is refused (quarantined)",
     .min_value = "1",
     .max_value = "1073741824"},  // 1 GiB, html_reader's own limit
    {"fallback_encoding", param_type::string, "windows-1252", false,
     "Encoding of a page that declares none and is not valid UTF-8 (any name libxml2 or iconv "
     "knows)",
     nullptr},
    {"keep_title", param_type::boolean, "true", false,
     "Put the page's <title> first when the body has no <h1> and does not start with it", nullptr},
};

}  // namespace
}  // namespace protokol::html

PROTOKOL_PLUGIN("html", "1.0.0", "MIT",
                "Reads HTML pages (agenda-system publications, CMS pages, Word exports) into text",
                protokol::make_stage<protokol::html::html_stage>(
                    protokol::stage_kind::other, "html",
                    "Parses HTML with libxml2 and lays the page out as text with light markup "
                    "(headings, bullets, bold blocks, table rows); leaves other files to the next "
                    "reader",
                    "", "text", protokol::html::html_params))
