#include "fuzz_stages.hpp"

#include <memory>

#include "fuzz_checks.hpp"

namespace protokol::fuzz {
namespace {

// Reads a parameter with the getter of its type, as a real stage's
// constructor does.
void read_typed(const stage_config& config, const param_descriptor& p) {
  if (!config.has(p.name)) return;  // optional, without a default
  switch (p.type) {
    case param_type::integer:
      (void)config.get_int(p.name);
      return;
    case param_type::real:
      (void)config.get_float(p.name);
      return;
    case param_type::boolean:
      (void)config.get_bool(p.name);
      return;
    case param_type::list:
      (void)config.get_list(p.name);
      return;
    case param_type::string:
    case param_type::path:
    case param_type::choice:
      (void)config.get_string(p.name);
      return;
  }
}

// Once check_pipeline() passed, no typed getter may throw (stage_config's
// contract), so a constructor that throws here is a finding.
template <const auto& Params>
class typed_stage final : public stage {
 public:
  explicit typed_stage(const stage_config& config) {
    for (const param_descriptor& p : Params) read_typed(config, p);
  }
  void process(document&) const override {}
};

constexpr param_descriptor reader_params[] = {
    {"max_bytes", param_type::integer, "67108864", false, "Largest file", nullptr},
    {"fallback_encoding", param_type::string, "windows-1252", false, "Encoding", nullptr},
    {"normalize", param_type::boolean, "true", false, "NFC", nullptr},
};
constexpr param_descriptor pdf_params[] = {
    {"max_pages", param_type::integer, "2000", false, "Most pages", nullptr},
    {"max_seconds", param_type::real, "300", false, "Longest time", nullptr},
};
constexpr param_descriptor docx_params[] = {
    {"page_breaks", param_type::choice, "all", false, "Page breaks", "all|hard|none"},
};
constexpr param_descriptor switch_params[] = {
    {"keep", param_type::boolean, "false", false, "Keep the numbers", nullptr},
};
constexpr param_descriptor detect_params[] = {
    {"sample_bytes", param_type::integer, "65536", false, "Bytes read", nullptr},
};
constexpr param_descriptor segment_params[] = {
    {"max_title_lines", param_type::integer, "3", false, "Title lines", nullptr},
    {"require_items", param_type::boolean, "true", false, "Refuse without items", nullptr},
};
constexpr param_descriptor numbers_params[] = {
    {"styles", param_type::list, "kle,prefixed,other", false, "Styles", nullptr},
};
constexpr param_descriptor python_params[] = {
    {"script", param_type::path, nullptr, true, "The script", nullptr},
    {"function", param_type::string, "process", false, "Function called", nullptr},
};
constexpr param_descriptor exporter_params[] = {
    {"public", param_type::boolean, "false", false, "Public mode", nullptr},
    {"indent", param_type::integer, "2", false, "Indent", nullptr},
    {"folder", param_type::path, nullptr, false, "Where to write", nullptr},
};

template <const auto& Params>
constexpr stage_descriptor typed(stage_kind kind, const char* name, const char* requires_,
                                 const char* provides) {
  return make_stage<typed_stage<Params>>(kind, name, "fuzz stand-in", requires_, provides, Params);
}

constexpr stage_kind reader_kind = stage_kind::other;
constexpr stage_kind exporter = stage_kind::exporter;

const stage_descriptor fuzz_stages[] = {
    typed<pdf_params>(reader_kind, "pdf", "", "text"),
    typed<docx_params>(reader_kind, "docx", "", "text"),
    typed<reader_params>(reader_kind, "html", "", "text"),
    typed<reader_params>(reader_kind, "read", "", "text"),
    typed<switch_params>(stage_kind::other, "cpr", "text", "text.redacted"),
    typed<detect_params>(stage_kind::detector, "detect", "text", "format dialect"),
    typed<segment_params>(stage_kind::segmenter, "segment", "text format",
                          "meeting items sections"),
    typed<numbers_params>(stage_kind::extractor, "numbers", "text", "entities.case_number"),
    typed<switch_params>(stage_kind::extractor, "people", "meeting items", "entities.person"),
    typed<switch_params>(stage_kind::extractor, "votes", "items", "votes"),
    typed<python_params>(stage_kind::extractor, "python", "text", "python"),
    typed<exporter_params>(exporter, "json", "meeting items", "export.json"),
    typed<exporter_params>(exporter, "xml", "meeting items", "export.xml"),
    typed<exporter_params>(exporter, "csv", "meeting items", "export.csv"),
    typed<exporter_params>(exporter, "sqlite", "meeting items", "export.sqlite"),
    typed<exporter_params>(exporter, "review", "meeting items", "export.review"),
    typed<exporter_params>(exporter, "text", "text", "export.text"),
};

const plugin_descriptor fuzz_plugin = {abi_major,
                                       abi_minor,
                                       toolchain_fingerprint,
                                       "fuzz-stages",
                                       "1.0.0",
                                       "MIT",
                                       "Stand-ins for the shipped stages",
                                       fuzz_stages,
                                       sizeof(fuzz_stages) / sizeof(fuzz_stages[0])};

}  // namespace

const plugin_registry& fuzz_registry() {
  static const plugin_registry registry = [] {
    plugin_registry made;
    auto plugin = std::make_unique<loaded_plugin>();
    plugin->file = "fuzz_stages.cpp";
    plugin->descriptor = &fuzz_plugin;
    expect(made.add(std::move(plugin)).empty());
    return made;
  }();
  return registry;
}

}  // namespace protokol::fuzz
