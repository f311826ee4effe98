#include "plugin_registry.hpp"

#include <dlfcn.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>

namespace protokol {
namespace fs = std::filesystem;

namespace {

diagnostic refusal(const fs::path& file, std::string message) {
  return diagnostic{file.string(), 0, 0, severity::error, "plugin refused: " + std::move(message)};
}

std::string owned_by_another(const fs::path& path, const struct stat& st) {
  if (st.st_uid != 0 && st.st_uid != ::geteuid())
    return path.string() + " belongs to another user (uid " + std::to_string(st.st_uid) + ")";
  return {};
}

// Another user who can write a plugin file or its folder can run code as us.
// A symbolic link is checked as a link (its owner could have made it point
// elsewhere) and then where it points, so a link cannot lead the check past
// a folder another user controls.
std::string writable_by_others(const fs::path& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return std::string("cannot stat: ") + std::strerror(errno);
  if (S_ISLNK(st.st_mode)) {
    if (std::string problem = owned_by_another(path, st); !problem.empty())
      return "the symbolic link " + problem;
    std::error_code ec;
    const fs::path target = fs::canonical(path, ec);
    if (ec) return "cannot resolve the symbolic link " + path.string() + ": " + ec.message();
    for (const fs::path& resolved : {target, target.parent_path()}) {
      if (std::string problem = writable_by_others(resolved); !problem.empty()) return problem;
    }
    return {};
  }
  // Even a sticky folder (/tmp) is refused: others could add a protokol_*.so to it.
  if (st.st_mode & S_IWOTH) return path.string() + " is writable by every user";
  return owned_by_another(path, st);
}

bool has_elf_header(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  char magic[4] = {};
  in.read(magic, 4);
  return in.gcount() == 4 && std::memcmp(magic,
                                         "\x7f"
                                         "ELF",
                                         4) == 0;
}

std::string side_by_side(const std::string& plugin, const std::string& host) {
  return "plugin has " + plugin + ", host has " + host;
}

}  // namespace

result<std::unique_ptr<loaded_plugin>> load_plugin(const fs::path& file) {
  // A missing file is no question of permissions.
  if (struct stat st{}; ::lstat(file.c_str(), &st) != 0)
    return refusal(file, std::string("cannot read the plugin file: ") + std::strerror(errno));
  for (const fs::path& checked :
       {file, file.parent_path().empty() ? fs::path(".") : file.parent_path()}) {
    const std::string problem = writable_by_others(checked);
    if (!problem.empty()) return refusal(file, "unsafe permissions: " + problem);
  }
  if (!has_elf_header(file)) return refusal(file, "not a shared library (no ELF header)");

  auto plugin = std::make_unique<loaded_plugin>();
  plugin->file = file;
  boost::dll::fs::error_code ec;
  plugin->library.load(file, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local,
                       ec);
  if (ec) {
    const char* why = ::dlerror();
    return refusal(file, std::string("cannot load shared library: ") + (why ? why : ec.message()));
  }
  if (!plugin->library.has(plugin_entry_symbol))
    return refusal(file, std::string("no protokol entry point (symbol '") + plugin_entry_symbol +
                             "' not found; declare the plugin with PROTOKOL_PLUGIN)");

  auto& entry = plugin->library.get_alias<plugin_entry_fn>(plugin_entry_symbol);
  const plugin_descriptor* d = entry();
  if (d == nullptr) return refusal(file, "entry point returned no descriptor");
  // Only the first three fields are read before the versions are known to match.
  if (d->abi_major != abi_major)
    return refusal(
        file, "ABI major version differs: " +
                  side_by_side(std::to_string(d->abi_major) + "." + std::to_string(d->abi_minor),
                               std::to_string(abi_major) + "." + std::to_string(abi_minor)) +
                  (d->abi_major < abi_major ? " (rebuild the plugin against this protokol)"
                                            : " (the plugin needs a newer protokol)"));
  if (d->abi_minor > abi_minor)
    return refusal(
        file, "plugin needs a newer host (ABI minor is newer): " +
                  side_by_side(std::to_string(d->abi_major) + "." + std::to_string(d->abi_minor),
                               std::to_string(abi_major) + "." + std::to_string(abi_minor)));
  const std::string toolchain = d->toolchain ? d->toolchain : "(none)";
  if (toolchain != toolchain_fingerprint)
    return refusal(file, "toolchain differs: " + side_by_side(toolchain, toolchain_fingerprint));

  // Pin the library: even when every handle is closed it stays mapped, so no
  // object or function pointer from it can outlive its code.
  if (::dlopen(file.c_str(), RTLD_NOW | RTLD_NOLOAD | RTLD_NODELETE) == nullptr)
    return refusal(file, "cannot pin library in memory");
  plugin->descriptor = d;
  return plugin;
}

std::vector<diagnostic> plugin_registry::add(std::unique_ptr<loaded_plugin> plugin) {
  std::vector<diagnostic> problems;
  const plugin_descriptor& d = *plugin->descriptor;
  for (std::uint32_t i = 0; i < d.stage_count; ++i) {
    const stage_descriptor& s = d.stages[i];
    if (const stage_entry* other = find_stage(s.name)) {
      problems.push_back(refusal(plugin->file, std::string("stage '") + s.name +
                                                   "' is also provided by " +
                                                   other->plugin->file.string()));
      return problems;  // none of its stages: a half-registered plugin would confuse everyone
    }
  }
  for (std::uint32_t i = 0; i < d.stage_count; ++i) stages_.push_back({&d.stages[i], plugin.get()});
  plugins_.push_back(std::move(plugin));
  return problems;
}

std::vector<diagnostic> plugin_registry::load(const std::vector<fs::path>& search_path) {
  std::vector<diagnostic> problems;
  for (const fs::path& entry : search_path) {
    std::error_code ec;
    std::vector<fs::path> files;
    if (fs::is_directory(entry, ec)) {
      const std::string problem = writable_by_others(entry);
      if (!problem.empty()) {
        problems.push_back(refusal(entry, "unsafe permissions: " + problem));
        continue;
      }
      for (const auto& f : fs::directory_iterator(entry, ec)) {
        const std::string name = f.path().filename().string();
        if (name.rfind("protokol_", 0) == 0 && f.path().extension() == ".so")
          files.push_back(f.path());
      }
      std::sort(files.begin(), files.end());
    } else if (fs::exists(entry, ec)) {
      files.push_back(entry);
    } else {
      problems.push_back({entry.string(), 0, 0, severity::error, "plugin path does not exist"});
      continue;
    }
    for (const fs::path& file : files) {
      const bool already = std::any_of(plugins_.begin(), plugins_.end(), [&](const auto& p) {
        std::error_code same_ec;
        return fs::equivalent(p->file, file, same_ec);
      });
      if (already) continue;
      auto loaded = load_plugin(file);
      if (!loaded) {
        problems.insert(problems.end(), loaded.errors().begin(), loaded.errors().end());
        continue;
      }
      auto added = add(std::move(loaded.value()));
      problems.insert(problems.end(), added.begin(), added.end());
    }
  }
  return problems;
}

const stage_entry* plugin_registry::find_stage(std::string_view name) const {
  for (const stage_entry& e : stages_)
    if (name == e.stage->name) return &e;
  return nullptr;
}

fs::path executable_dir() {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::current_path() : self.parent_path();
}

std::vector<fs::path> plugin_search_path(const std::vector<std::string>& extra) {
  std::vector<fs::path> path;
  const fs::path beside = executable_dir() / ".." / "lib" / "protokol" / "plugins";
  std::error_code ec;
  if (fs::is_directory(beside, ec)) path.push_back(fs::weakly_canonical(beside, ec));
  for (const std::string& dir : extra) path.emplace_back(dir);
  if (const char* env = std::getenv("PROTOKOL_PLUGIN_PATH")) {
    std::string_view rest = env;
    while (!rest.empty()) {
      const std::size_t colon = rest.find(':');
      const std::string_view part = rest.substr(0, colon);
      if (!part.empty()) path.emplace_back(std::string(part));
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  return path;
}

}  // namespace protokol
