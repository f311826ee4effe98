#include "linked_stage.hpp"

#include <string>

#include "fuzz_checks.hpp"

// Declared by PROTOKOL_PLUGIN in the plugin file linked into the target; the
// same function the host reaches through the exported alias.
namespace protokol_plugin_definition {
const protokol::plugin_descriptor* entry() noexcept;
}

namespace protokol::fuzz {
namespace {

const stage_descriptor& find_stage(std::string_view name) {
  const plugin_descriptor* plugin = protokol_plugin_definition::entry();
  for (std::uint32_t i = 0; i < plugin->stage_count; ++i)
    if (name == plugin->stages[i].name) return plugin->stages[i];
  __builtin_trap();  // a fuzz target names a stage its plugin does not have
}

}  // namespace

linked_stage::linked_stage(std::string_view name) : stage_(find_stage(name)) {
  stage_config config;
  config.stage_id = stage_.name;
  for (std::uint32_t i = 0; i < stage_.param_count; ++i)
    if (stage_.params[i].default_value)
      config.params[stage_.params[i].name] = stage_.params[i].default_value;
  std::string error;
  self_ = stage_.create(config, error);
  expect(self_ != nullptr);
}

linked_stage::~linked_stage() { stage_.destroy(self_); }

bool linked_stage::process(document& doc) const {
  std::string error;
  return stage_.process(self_, doc, error);
}

document raw_document(const std::uint8_t* data, std::size_t size) {
  document doc;
  doc.key = "fuzz";
  doc.source.path = "fuzz-input";
  doc.source.bytes = size;
  doc.raw.assign(reinterpret_cast<const char*>(data), size);
  return doc;
}

}  // namespace protokol::fuzz
