// plugin_registry: finds, checks and loads stage plugins, and keeps them
// loaded until the process ends (what LLVM and GStreamer do).
#pragma once

#include <boost/dll/shared_library.hpp>
#include <filesystem>
#include <memory>
#include <protokol/diagnostic.hpp>
#include <protokol/plugin.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace protokol {

/// A plugin library that passed every check.
struct loaded_plugin {
  std::filesystem::path file;
  const plugin_descriptor* descriptor = nullptr;
  boost::dll::shared_library library;  // kept so the handle is never closed early
};

/// A stage and the plugin that provides it.
struct stage_entry {
  const stage_descriptor* stage = nullptr;
  const loaded_plugin* plugin = nullptr;
};

/// Checks `file` and loads it as a plugin. The error message names the file
/// and, for version or toolchain mismatches, both sides.
result<std::unique_ptr<loaded_plugin>> load_plugin(const std::filesystem::path& file);

/// The plugins of one process. Owned by the caller (the CLI's main) and
/// passed down; libraries are pinned in memory and never unloaded.
class plugin_registry {
 public:
  /// Loads every plugin file of `search_path` in order: a folder contributes
  /// its `protokol_*.so` files (sorted), a file is loaded as it is. Returns the
  /// problems found; good plugins are kept even when others fail.
  std::vector<diagnostic> load(const std::vector<std::filesystem::path>& search_path);

  /// The stage called `name`, or nullptr.
  const stage_entry* find_stage(std::string_view name) const;

  /// Adds a plugin whose descriptor is already in memory: one load_plugin()
  /// checked, or one linked into the program (the fuzz targets). Refuses it
  /// whole when one of its stage names is taken.
  std::vector<diagnostic> add(std::unique_ptr<loaded_plugin> plugin);

  const std::vector<std::unique_ptr<loaded_plugin>>& plugins() const { return plugins_; }
  const std::vector<stage_entry>& stages() const { return stages_; }

 private:
  std::vector<std::unique_ptr<loaded_plugin>> plugins_;
  std::vector<stage_entry> stages_;
};

/// The default search path: the plugin folder beside the executable
/// (<prefix>/lib/protokol/plugins), then `extra` (--plugin-path), then the
/// folders in PROTOKOL_PLUGIN_PATH (colon-separated).
std::vector<std::filesystem::path> plugin_search_path(const std::vector<std::string>& extra);

/// Folder of the running executable.
std::filesystem::path executable_dir();

}  // namespace protokol
