// protokol plugins [STAGE]: what is installed, and one stage in detail (like gst-inspect).
#include <iostream>
#include <protokol/params.hpp>

#include "../did_you_mean.hpp"
#include "../json_text.hpp"
#include "../plugin_check.hpp"
#include "../plugin_registry.hpp"
#include "cli.hpp"

namespace po = boost::program_options;

namespace protokol::cli {
namespace {

const char* kind_name(stage_kind kind) {
  switch (kind) {
    case stage_kind::detector:
      return "detector";
    case stage_kind::segmenter:
      return "segmenter";
    case stage_kind::extractor:
      return "extractor";
    case stage_kind::exporter:
      return "exporter";
    case stage_kind::other:
      return "other";
  }
  return "unknown";
}

void list_all(const plugin_registry& registry) {
  for (const auto& p : registry.plugins()) {
    const plugin_descriptor& d = *p->descriptor;
    own_stdout() << d.name << " " << d.version << " (" << d.license << ")  " << p->file.string()
                 << "\n"
                 << "    " << d.summary << "\n";
    for (std::uint32_t i = 0; i < d.stage_count; ++i)
      own_stdout() << "    stage " << d.stages[i].name << " (" << kind_name(d.stages[i].kind)
                   << "): " << d.stages[i].summary << "\n";
  }
}

void show_stage(const stage_entry& e) {
  const stage_descriptor& s = *e.stage;
  const plugin_descriptor& p = *e.plugin->descriptor;
  own_stdout() << "Stage       " << s.name << "\n"
               << "Kind        " << kind_name(s.kind) << "\n"
               << "Summary     " << s.summary << "\n"
               << "Plugin      " << p.name << " " << p.version << " (" << p.license << ")\n"
               << "File        " << e.plugin->file.string() << "\n"
               << "Requires    " << (*s.requires_ ? s.requires_ : "(nothing)") << "\n"
               << "Provides    " << (*s.provides ? s.provides : "(nothing)") << "\n\n"
               << "Parameters" << (s.param_count ? "" : "  (none)") << "\n";
  for (std::uint32_t i = 0; i < s.param_count; ++i) {
    const param_descriptor& q = s.params[i];
    own_stdout() << "  " << q.name << "  " << param_type_name(q.type);
    if (q.type == param_type::choice && q.choices) own_stdout() << " (" << q.choices << ")";
    if (const std::string range = param_range_text(q); !range.empty())
      own_stdout() << " (" << range << ")";
    if (q.required) own_stdout() << "  required";
    if (q.default_value)
      own_stdout() << "  default: " << (*q.default_value ? q.default_value : "\"\"");
    own_stdout() << "\n      " << (q.doc ? q.doc : "") << "\n";
  }
}

nlohmann::ordered_json choice_list(std::string_view choices) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (std::size_t pos = 0; pos <= choices.size();) {
    const std::size_t bar = std::min(choices.find('|', pos), choices.size());
    out.push_back(std::string(choices.substr(pos, bar - pos)));
    pos = bar + 1;
  }
  return out;
}

nlohmann::ordered_json optional_text(const char* text) {
  return text ? nlohmann::ordered_json(text) : nlohmann::ordered_json();
}

nlohmann::ordered_json stage_json(const stage_descriptor& s) {
  nlohmann::ordered_json params = nlohmann::ordered_json::array();
  for (std::uint32_t i = 0; i < s.param_count; ++i) {
    const param_descriptor& q = s.params[i];
    params.push_back(
        {{"name", q.name},
         {"type", param_type_name(q.type)},
         {"default", optional_text(q.default_value)},
         {"required", q.required},
         {"choices", q.type == param_type::choice && q.choices ? choice_list(q.choices)
                                                               : nlohmann::ordered_json()},
         {"min", optional_text(q.min_value)},
         {"max", optional_text(q.max_value)},
         {"doc", q.doc ? q.doc : ""}});
  }
  return {{"name", s.name},          {"kind", kind_name(s.kind)}, {"summary", s.summary},
          {"requires", s.requires_}, {"provides", s.provides},    {"parameters", params}};
}

nlohmann::ordered_json plugin_json(const loaded_plugin& p) {
  const plugin_descriptor& d = *p.descriptor;
  nlohmann::ordered_json stages = nlohmann::ordered_json::array();
  for (std::uint32_t i = 0; i < d.stage_count; ++i) stages.push_back(stage_json(d.stages[i]));
  return {{"name", d.name},          {"version", d.version}, {"license", d.license},
          {"file", p.file.string()}, {"summary", d.summary}, {"stages", stages}};
}

const char* severity_name(severity level) {
  return level == severity::error ? "error" : level == severity::warning ? "warning" : "note";
}

// protokol plugins --check FILE: loads the one file with every check the
// loader makes, then reads its descriptor for problems, creating no stage.
// Exit 0: usable (warnings may remain); 1: problems; 3: refused by the loader.
int check_file(const std::string& file, const plugin_registry& installed, bool json) {
  auto loaded = load_plugin(file);
  if (!loaded) {
    if (json) {
      nlohmann::ordered_json out = {{"file", file}, {"loaded", false}, {"problems", {}}};
      for (const diagnostic& d : loaded.errors())
        out["problems"].push_back({{"severity", "error"}, {"message", d.message}});
      own_stdout() << dump_json(out) << "\n";
    } else {
      print(std::cerr, loaded.errors());
    }
    return environment;
  }
  const loaded_plugin& plugin = *loaded.value();
  const std::vector<diagnostic> found = check_plugin(plugin, installed);
  const bool errors = std::any_of(found.begin(), found.end(),
                                  [](const diagnostic& d) { return d.level == severity::error; });
  if (json) {
    nlohmann::ordered_json out = plugin_json(plugin);
    out["abi"] = std::to_string(plugin.descriptor->abi_major) + "." +
                 std::to_string(plugin.descriptor->abi_minor);
    out["toolchain"] = plugin.descriptor->toolchain;
    out["loaded"] = true;
    out["problems"] = nlohmann::ordered_json::array();
    for (const diagnostic& d : found)
      out["problems"].push_back({{"severity", severity_name(d.level)}, {"message", d.message}});
    own_stdout() << dump_json(out) << "\n";
  } else {
    const plugin_descriptor& d = *plugin.descriptor;
    own_stdout() << "File        " << plugin.file.string() << "\n"
                 << "Plugin      " << d.name << " " << d.version << " (" << d.license << ")\n"
                 << "ABI         " << d.abi_major << "." << d.abi_minor << " (host " << abi_major
                 << "." << abi_minor << ")\n"
                 << "Toolchain   " << d.toolchain << " (the host's)\n";
    for (std::uint32_t i = 0; i < d.stage_count; ++i) {
      const stage_descriptor& st = d.stages[i];
      own_stdout() << "Stage       " << (st.name ? st.name : "(no name)") << " ("
                   << kind_name(st.kind) << "), " << st.param_count << " parameter"
                   << (st.param_count == 1 ? "" : "s") << "\n";
    }
    print(own_stdout(), found);
    own_stdout() << (found.empty() ? "ok: no problems found\n"
                     : errors      ? "not usable: fix the errors above\n"
                                   : "usable, with the warnings above\n");
  }
  return errors ? documents_failed : success;
}

}  // namespace

int plugins_command(const std::vector<std::string>& args) {
  common_options common;
  std::string stage_name;
  bool json = false;
  std::string check;
  const char* const usage = "usage: protokol plugins [STAGE] [--check FILE] [options]";
  po::options_description desc(usage);
  add_common_options(desc, common);
  desc.add_options()("json", po::bool_switch(&json), "print JSON")(
      "check", po::value(&check),
      "check one built plugin file (descriptor, ABI, toolchain, stages, parameters) without "
      "running its stages")("stage", po::value(&stage_name), "stage to show in detail");
  po::positional_options_description positional;
  positional.add("stage", 1);
  po::variables_map vm;
  if (!parse(args, desc, positional, vm, std::cerr)) return bad_usage;
  if (help_requested(vm)) {
    print_help(own_stdout(), usage, desc, positional);
    return success;
  }
  plugin_registry registry;
  const bool all_loaded = load_plugins(registry, common, std::cerr);
  if (!check.empty()) return check_file(check, registry, json);
  if (stage_name.empty()) {
    if (json) {
      nlohmann::ordered_json list = nlohmann::ordered_json::array();
      for (const auto& p : registry.plugins()) list.push_back(plugin_json(*p));
      own_stdout() << dump_json(list) << "\n";
    } else {
      list_all(registry);
    }
  } else if (const stage_entry* e = registry.find_stage(stage_name)) {
    if (json) {
      nlohmann::ordered_json out = stage_json(*e->stage);
      out["plugin"] = e->plugin->descriptor->name;
      out["plugin_version"] = e->plugin->descriptor->version;
      out["file"] = e->plugin->file.string();
      own_stdout() << dump_json(out) << "\n";
    } else {
      show_stage(*e);
    }
  } else {
    std::vector<std::string> names;
    for (const auto& s : registry.stages()) names.emplace_back(s.stage->name);
    std::cerr << "protokol: no stage '" << stage_name << "'" << did_you_mean(stage_name, names)
              << "\n";
    return bad_usage;
  }
  return all_loaded ? success : environment;
}

}  // namespace protokol::cli
