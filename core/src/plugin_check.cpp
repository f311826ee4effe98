#include "plugin_check.hpp"

#include <filesystem>
#include <protokol/params.hpp>
#include <set>
#include <string_view>

namespace protokol {
namespace {

class problems {
 public:
  explicit problems(const loaded_plugin& plugin) : file_(plugin.file.string()) {}
  void error(std::string message) { add(severity::error, std::move(message)); }
  void warning(std::string message) { add(severity::warning, std::move(message)); }
  std::vector<diagnostic> take() { return std::move(found_); }

 private:
  void add(severity level, std::string message) {
    found_.push_back(diagnostic{file_, 0, 0, level, std::move(message)});
  }
  std::string file_;
  std::vector<diagnostic> found_;
};

bool empty_text(const char* text) { return text == nullptr || *text == '\0'; }

// What `use="..."`, `--set STAGE.PARAM=...` and `name="..."` can spell without
// quoting: a lowercase letter, then lowercase letters, digits, '_' and '-'.
bool plain_name(std::string_view name) {
  if (name.empty() || name.front() < 'a' || name.front() > 'z') return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

// Choices belong to enums and ranges to numbers: anywhere else the host
// ignores them, which the author did not mean.
void check_choices(const param_descriptor& p, const std::string& param, problems& out) {
  if (p.type == param_type::choice && empty_text(p.choices)) {
    out.error(param + " is a choice without choices ('a|b|c')");
  }
  if (p.type != param_type::choice && p.choices != nullptr) {
    out.error(param + " lists choices but is of type " + std::string(param_type_name(p.type)) +
              " (choices are for enum)");
  }
}

// False when the range is unsound, and so no value could be judged by it.
bool check_range(const param_descriptor& p, const std::string& param, problems& out) {
  const std::string why = check_param_range(p);
  if (!why.empty()) out.error(param + ": range " + param_range_text(p) + " is invalid: " + why);
  return why.empty();
}

void check_params(const stage_descriptor& s, problems& out) {
  const std::string stage = std::string("stage '") + s.name + "'";
  if (s.param_count > 0 && s.params == nullptr) {
    out.error(stage + " declares " + std::to_string(s.param_count) + " parameters but no table");
    return;
  }
  std::set<std::string_view> seen;
  for (std::uint32_t i = 0; i < s.param_count; ++i) {
    const param_descriptor& p = s.params[i];
    if (empty_text(p.name)) {
      out.error(stage + ": parameter " + std::to_string(i + 1) + " has no name");
      continue;
    }
    const std::string param = stage + " parameter '" + p.name + "'";
    if (!plain_name(p.name)) {
      out.error(param + ": a name is a lowercase letter, then a-z, 0-9, '_' or '-'");
    }
    if (!seen.insert(p.name).second) out.error(param + " is declared twice");
    check_choices(p, param, out);
    const bool range_sound = check_range(p, param, out);
    if (p.default_value != nullptr) {
      if (std::string why = check_param_value(p, p.default_value); !why.empty() && range_sound) {
        out.error(param + ": default \"" + p.default_value + "\" is invalid: " + why);
      }
      if (p.required) out.warning(param + " is required but has a default, which never applies");
    } else if (!p.required) {
      out.warning(param + " is optional but has no default: the stage must cope without it");
    }
    if (empty_text(p.doc)) out.warning(param + " has no documentation");
  }
}

void check_stage(const stage_descriptor& s, const loaded_plugin& plugin,
                 const plugin_registry& installed, problems& out) {
  const std::string stage = std::string("stage '") + s.name + "'";
  if (!plain_name(s.name)) {
    out.error(stage + ": a name is a lowercase letter, then a-z, 0-9, '_' or '-'");
  }
  if (s.create == nullptr || s.process == nullptr || s.finish == nullptr || s.remove == nullptr ||
      s.destroy == nullptr) {
    out.error(stage + " lacks an entry function (declare it with protokol::make_stage)");
  }
  if (s.requires_ == nullptr || s.provides == nullptr) {
    out.error(stage + ": requires and provides must be strings (\"\" for none)");
  }
  if (empty_text(s.summary)) out.warning(stage + " has no summary");
  std::error_code ec;
  if (const stage_entry* other = installed.find_stage(s.name);
      other != nullptr && !std::filesystem::equivalent(other->plugin->file, plugin.file, ec)) {
    out.error(stage + " is also provided by " + other->plugin->file.string() +
              ": the two cannot be loaded together");
  }
  check_params(s, out);
}

}  // namespace

std::vector<diagnostic> check_plugin(const loaded_plugin& plugin,
                                     const plugin_registry& installed) {
  problems out(plugin);
  const plugin_descriptor& d = *plugin.descriptor;
  if (empty_text(d.name)) out.error("the plugin has no name");
  if (empty_text(d.version)) out.error("the plugin has no version");
  if (empty_text(d.license)) out.warning("the plugin names no licence");
  if (empty_text(d.summary)) out.warning("the plugin has no summary");
  if (d.stage_count == 0 || d.stages == nullptr) {
    out.error("the plugin provides no stage");
    return out.take();
  }
  std::set<std::string_view> seen;
  for (std::uint32_t i = 0; i < d.stage_count; ++i) {
    const stage_descriptor& s = d.stages[i];
    if (empty_text(s.name)) {
      out.error("stage " + std::to_string(i + 1) + " has no name");
      continue;
    }
    if (!seen.insert(s.name).second) {
      out.error(std::string("stage '") + s.name + "' is declared twice");
    }
    check_stage(s, plugin, installed, out);
  }
  return out.take();
}

}  // namespace protokol
