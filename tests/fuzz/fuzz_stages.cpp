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

// The shipped stages' parameters as they declare them (types, defaults,
// choices and ranges), so the checks meet what a real pipeline meets.
constexpr param_descriptor reader_params[] = {
    {.name = "max_bytes",
     .type = param_type::integer,
     .default_value = "67108864",
     .min_value = "1"},
    {.name = "fallback_encoding", .type = param_type::string, .default_value = "windows-1252"},
    {.name = "normalize", .type = param_type::boolean, .default_value = "true"},
};
constexpr param_descriptor pdf_params[] = {
    {.name = "max_bytes",
     .type = param_type::integer,
     .default_value = "268435456",
     .min_value = "1",
     .max_value = "2147483647"},
    {.name = "max_pages", .type = param_type::integer, .default_value = "2000", .min_value = "1"},
    {.name = "max_seconds", .type = param_type::real, .default_value = "300", .min_value = "0.001"},
};
constexpr param_descriptor docx_params[] = {
    {.name = "page_breaks",
     .type = param_type::choice,
     .default_value = "all",
     .choices = "all|hard|none"},
};
constexpr param_descriptor switch_params[] = {
    {.name = "keep", .type = param_type::boolean, .default_value = "false"},
};
constexpr param_descriptor detect_params[] = {
    {.name = "sample_bytes",
     .type = param_type::integer,
     .default_value = "65536",
     .min_value = "1024"},
};
constexpr param_descriptor segment_params[] = {
    {.name = "max_title_lines",
     .type = param_type::integer,
     .default_value = "3",
     .min_value = "1",
     .max_value = "20"},
    {.name = "require_items", .type = param_type::boolean, .default_value = "true"},
};
constexpr param_descriptor numbers_params[] = {
    {.name = "styles", .type = param_type::list, .default_value = "kle,prefixed,other"},
};
constexpr param_descriptor python_params[] = {
    {.name = "script", .type = param_type::path, .required = true},
    {.name = "function", .type = param_type::string, .default_value = "process"},
};
constexpr param_descriptor exporter_params[] = {
    {.name = "public", .type = param_type::boolean, .default_value = "false"},
    {.name = "indent",
     .type = param_type::integer,
     .default_value = "2",
     .min_value = "-1",
     .max_value = "16"},
    {.name = "folder", .type = param_type::path},
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
