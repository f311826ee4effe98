#include "pipeline_fingerprint.hpp"

#include <protokol/params.hpp>
#include <stdexcept>

#include "../sha256.hpp"
#include "archive_scan.hpp"

namespace protokol::ingest {

namespace {

// Length-prefixed, so that no two different inputs concatenate alike.
void add(std::string& acc, const std::string& part) {
  acc += std::to_string(part.size());
  acc += ':';
  acc += part;
}

}  // namespace

std::string pipeline_fingerprint(const pipeline_spec& spec,
                                 const std::vector<std::string>& overrides,
                                 const plugin_registry& registry) {
  std::string acc, bytes, error;
  if (!read_whole_file(spec.file, bytes, error)) throw std::runtime_error(spec.file + ": " + error);
  add(acc, "pipeline");
  add(acc, bytes);
  for (const std::string& o : overrides) add(acc, "set " + o);
  for (const stage_spec& s : spec.stages) {
    const stage_entry* entry = registry.find_stage(s.use);
    if (entry == nullptr) continue;  // a checked pipeline has none
    add(acc, "stage " + s.id + " " + s.use + " " + entry->plugin->descriptor->name + "@" +
                 entry->plugin->descriptor->version);
    const stage_descriptor& d = *entry->stage;
    std::vector<param_problem> ignored;  // a checked pipeline has none
    const auto bound = bind_params(d, given_params(s), ignored);
    for (std::uint32_t i = 0; i < d.param_count; ++i) {
      if (d.params[i].type != param_type::path) continue;
      const auto it = bound.find(d.params[i].name);
      if (it == bound.end() || it->second.empty()) continue;
      const std::string& value = it->second;
      std::string table;
      add(acc, "file " + std::string(d.params[i].name) + "=" + value + " " +
                   (read_whole_file(value, table, error) ? sha256_hex(table) : "unreadable"));
    }
  }
  return sha256_hex(acc);
}

}  // namespace protokol::ingest
