// protokol/testing.hpp: the test kit of the SDK. Runs one stage, or a small
// chain of stages, over a text or a file as `protokol run` would, so a
// plugin's tests need no CLI. Header-only and independent of any test
// framework: functions return values or throw std::runtime_error.
//
//   #include <protokol/testing.hpp>
//   namespace pt = protokol::testing;
//
//   // A stage the test links directly, or one from a built plugin file:
//   const pt::plugin_library plugin("build/protokol_terms.so");
//   pt::stage_under_test terms(plugin.stage("terms"), {.params = {{"terms", "budget"}}});
//   protokol::document doc;
//   doc.text = "Punkt 1: Budget 2024\n";
//   terms.process(doc);                       // throws pt::stage_error with the stage's message
//
//   // Installed plugins chained as a pipeline file would chain them:
//   const pt::plugin_set plugins({"/usr/local/lib/protokol/plugins"});
//   const pt::chain run(plugins, {"read", "detect", "segment"});
//   protokol::document minutes = run.run(pt::document_from_file("minutes/2024-01-05.txt"));
//
// Link the CMake target protokol::testing (find_package(protokol)); it adds
// what loading a plugin file needs (BOOST_DLL_USE_STD_FS, libdl).
#pragma once

#ifndef BOOST_DLL_USE_STD_FS
#define BOOST_DLL_USE_STD_FS
#endif

#include <dlfcn.h>

#include <algorithm>
#include <boost/dll/shared_library.hpp>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <protokol/document.hpp>
#include <protokol/params.hpp>
#include <protokol/plugin.hpp>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace protokol::testing {

/// Parameter values by name, as a pipeline file's <param> elements give them.
using parameters = std::map<std::string, std::string>;

/// What the host hands a stage: parameter values (the declared defaults are
/// filled in under these), the run's output folder, and the durability mode.
struct stage_setup {
  parameters params{};
  std::filesystem::path output_dir{};  ///< empty: the run has no output folder
  bool sync_each_file = true;          ///< as `protokol ingest`; `protokol run` uses false
  std::string id{};                    ///< the stage's id in the pipeline; empty: its name
};

/// A stage reported a failure: what() is the stage's own message, exactly as
/// the host would quarantine the document with it. Creating a stage that
/// fails throws it too, with "stage 'ID' could not be created: ..." around the
/// message.
class stage_error : public std::runtime_error {
 public:
  stage_error(std::string stage, const std::string& message)
      : std::runtime_error(message), stage_(std::move(stage)) {}
  /// Id of the stage that failed.
  const std::string& stage() const noexcept { return stage_; }

 private:
  std::string stage_;
};

/// The message of the std::exception `fn` throws; "" when it throws none.
template <class Fn>
std::string error_of(Fn&& fn) {
  try {
    std::forward<Fn>(fn)();
  } catch (const std::exception& e) {
    return e.what();
  }
  return {};
}

namespace detail {

/// "" when `value` is a valid value of `param`, else what is wrong with it
/// (as "expects int >= 1, got '0'"): the host's own check, from
/// <protokol/params.hpp>, so a test and `protokol validate` agree.
inline std::string check_value(const param_descriptor& param, std::string_view value) {
  return check_param_value(param, value);
}

/// What the host's pipeline check would say about `params` for `stage` (one
/// problem a line), or "" when there is nothing to say.
inline std::string parameter_problems(const stage_descriptor& stage, const std::string& id,
                                      const parameters& params) {
  std::string problems;
  const auto add = [&](const std::string& problem) {
    problems += (problems.empty() ? "" : "\n") + problem;
  };
  std::string declared;
  for (std::uint32_t i = 0; i < stage.param_count; ++i)
    declared += (i == 0 ? "" : ", ") + std::string(stage.params[i].name);
  for (const auto& [name, value] : params) {
    const param_descriptor* param = nullptr;
    for (std::uint32_t i = 0; i < stage.param_count && param == nullptr; ++i)
      if (name == stage.params[i].name) param = &stage.params[i];
    if (param == nullptr) {
      add("stage '" + id + "' (" + stage.name + ") has no parameter '" + name + "' (" +
          (declared.empty() ? "it has none" : "it has " + declared) + ")");
      continue;
    }
    const std::string problem = check_value(*param, value);
    if (!problem.empty()) add("parameter '" + name + "' of stage '" + id + "' " + problem);
  }
  for (std::uint32_t i = 0; i < stage.param_count; ++i) {
    const param_descriptor& p = stage.params[i];
    if (p.required && params.find(p.name) == params.end())
      add("stage '" + id + "' needs parameter '" + p.name + "': " + (p.doc ? p.doc : ""));
  }
  return problems;
}

/// The output key the host gives a file at `relative` (a file argument: its
/// name): extension dropped, '/' -> "__", characters unsafe in file names -> '_'.
inline std::string key_for(const std::string& relative) {
  std::filesystem::path p(relative);
  p.replace_extension();
  std::string out;
  for (const char c : p.generic_string()) {
    if (c == '/')
      out += "__";
    else if (static_cast<unsigned char>(c) < 0x20 ||
             std::string_view("\\:*?\"<>| ").find(c) != std::string_view::npos)
      out += '_';
    else
      out += c;
  }
  if (out.empty() || out[0] == '.') out.insert(out.begin(), '_');
  return out;
}

/// Lowercase hex SHA-256 of `data`, as the host fingerprints a file.
inline std::string sha256_hex(std::string_view data) {
  static constexpr std::uint32_t k[64] = {
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
      0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
      0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
      0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
      0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
      0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
      0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
      0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
      0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
      0xc67178f2};
  std::uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  const auto rotr = [](std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); };
  const auto block = [&](const unsigned char* p) {
    std::uint32_t w[64];
    for (int i = 0; i < 16; ++i)
      w[i] = std::uint32_t(p[4 * i]) << 24 | std::uint32_t(p[4 * i + 1]) << 16 |
             std::uint32_t(p[4 * i + 2]) << 8 | std::uint32_t(p[4 * i + 3]);
    for (int i = 16; i < 64; ++i) {
      const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; ++i) {
      const std::uint32_t t1 =
          hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
      const std::uint32_t t2 =
          (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      hh = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
  };
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  const std::size_t whole = data.size() / 64 * 64;
  for (std::size_t at = 0; at < whole; at += 64) block(bytes + at);
  std::string tail(data.substr(whole));
  tail += '\x80';
  while (tail.size() % 64 != 56) tail += '\0';
  const std::uint64_t bits = static_cast<std::uint64_t>(data.size()) * 8;
  for (int i = 7; i >= 0; --i) tail += static_cast<char>((bits >> (8 * i)) & 0xff);
  for (std::size_t at = 0; at < tail.size(); at += 64)
    block(reinterpret_cast<const unsigned char*>(tail.data()) + at);
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  for (const std::uint32_t word : h)
    for (int shift = 28; shift >= 0; shift -= 4) out += hex[(word >> shift) & 0xf];
  return out;
}

/// The whole file as bytes; throws std::runtime_error when it cannot be read.
inline std::string read_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw std::runtime_error("cannot read " + file.string() + ": read error");
  return std::move(bytes).str();
}

inline std::vector<std::string> words(const char* text) {
  std::vector<std::string> out;
  std::istringstream in(text ? text : "");
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

}  // namespace detail

/// The stage_config the host would hand `stage`: every declared default,
/// then `setup.params` on top. Throws std::runtime_error where the host's
/// pipeline check would refuse: a parameter the stage does not declare, a
/// required one missing, a value detail::check_value refuses.
inline stage_config config_for(const stage_descriptor& stage, const stage_setup& setup = {}) {
  stage_config config;
  config.stage_id = setup.id.empty() ? std::string(stage.name) : setup.id;
  config.output_dir = setup.output_dir.string();
  config.sync_each_file = setup.sync_each_file;
  const std::string problems = detail::parameter_problems(stage, config.stage_id, setup.params);
  if (!problems.empty()) throw std::runtime_error(problems);
  for (std::uint32_t i = 0; i < stage.param_count; ++i)
    if (stage.params[i].default_value)
      config.params[stage.params[i].name] = stage.params[i].default_value;
  for (const auto& [name, value] : setup.params) config.params[name] = value;
  return config;
}

/// One stage, created through its descriptor's entries as the host creates
/// it, and destroyed with this object. `process` may be called from several
/// threads at once, as in a run.
class stage_under_test {
 public:
  /// Throws std::runtime_error when the parameters would not pass the host's
  /// check, and stage_error when the stage's constructor fails.
  explicit stage_under_test(const stage_descriptor& stage, const stage_setup& setup = {})
      : stage_(&stage), config_(config_for(stage, setup)) {
    std::string error;
    handle_ = stage_->create(config_, error);
    if (handle_ == nullptr)
      throw stage_error(config_.stage_id,
                        "stage '" + config_.stage_id + "' could not be created: " + error);
  }
  ~stage_under_test() {
    if (handle_ != nullptr) stage_->destroy(handle_);
  }
  stage_under_test(stage_under_test&& other) noexcept
      : stage_(other.stage_),
        config_(std::move(other.config_)),
        handle_(std::exchange(other.handle_, nullptr)) {}
  stage_under_test(const stage_under_test&) = delete;
  stage_under_test& operator=(const stage_under_test&) = delete;
  stage_under_test& operator=(stage_under_test&&) = delete;

  const stage_descriptor& descriptor() const { return *stage_; }
  /// The configuration the stage was created with (defaults filled in).
  const stage_config& config() const { return config_; }
  const std::string& id() const { return config_.stage_id; }

  /// Runs the stage on `doc`; throws stage_error with the stage's message.
  void process(document& doc) const {
    std::string error;
    if (!stage_->process(handle_, doc, error)) throw stage_error(id(), error);
  }
  /// `doc` after the stage ran on it.
  document run(document doc) const {
    process(doc);
    return doc;
  }
  /// What the host calls once after the last document (exporters merge here).
  void finish() {
    std::string error;
    if (!stage_->finish(handle_, error)) throw stage_error(id(), error);
  }
  /// Deletes what the stage wrote for the document `key` (exporters).
  void remove(const std::string& key) const {
    std::string error;
    if (!stage_->remove(handle_, key, error)) throw stage_error(id(), error);
  }

 private:
  const stage_descriptor* stage_;
  stage_config config_;
  void* handle_ = nullptr;
};

/// Why `stage` cannot be created with `setup`: the host's refusal of a
/// parameter, or the message its constructor threw; "" when it is created.
inline std::string create_error(const stage_descriptor& stage, const stage_setup& setup = {}) {
  stage_config config;
  try {
    config = config_for(stage, setup);
  } catch (const std::exception& e) {
    return e.what();
  }
  std::string error;
  void* handle = stage.create(config, error);
  if (handle == nullptr) return error.empty() ? "create failed without a message" : error;
  stage.destroy(handle);
  return {};
}

/// A built plugin file, loaded and checked as the host loads it (Boost.DLL,
/// the entry symbol, the ABI major and minor, the toolchain). Like the host,
/// the library stays in memory until the process ends, so its descriptors
/// outlive this object. Throws std::runtime_error naming the file and why.
class plugin_library {
 public:
  explicit plugin_library(const std::filesystem::path& file)
      : file_(std::filesystem::absolute(file)) {
    const auto refused = [&](const std::string& why) {
      return std::runtime_error(file_.string() + ": plugin refused: " + why);
    };
    boost::dll::fs::error_code ec;
    library_.load(boost::dll::fs::path(file_.string()),
                  boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local, ec);
    if (ec) {
      const char* why = ::dlerror();
      throw refused(std::string("cannot load shared library: ") + (why ? why : ec.message()));
    }
    if (!library_.has(plugin_entry_symbol))
      throw refused(std::string("no protokol entry point (symbol '") + plugin_entry_symbol +
                    "' not found; declare the plugin with PROTOKOL_PLUGIN)");
    const plugin_descriptor* d = library_.get_alias<plugin_entry_fn>(plugin_entry_symbol)();
    if (d == nullptr) throw refused("entry point returned no descriptor");
    const auto versions = [&] {
      return "plugin has " + std::to_string(d->abi_major) + "." + std::to_string(d->abi_minor) +
             ", host has " + std::to_string(abi_major) + "." + std::to_string(abi_minor);
    };
    if (d->abi_major != abi_major)
      throw refused("ABI major version differs: " + versions() +
                    (d->abi_major < abi_major ? " (rebuild the plugin against this protokol)"
                                              : " (the plugin needs a newer protokol)"));
    if (d->abi_minor > abi_minor)
      throw refused("plugin needs a newer host (ABI minor is newer): " + versions());
    const std::string toolchain = d->toolchain ? d->toolchain : "(none)";
    if (toolchain != toolchain_fingerprint)
      throw refused("toolchain differs: plugin has " + toolchain + ", host has " +
                    toolchain_fingerprint);
    if (::dlopen(file_.c_str(), RTLD_NOW | RTLD_NOLOAD | RTLD_NODELETE) == nullptr)
      throw refused("cannot pin library in memory");
    descriptor_ = d;
  }

  const plugin_descriptor& descriptor() const { return *descriptor_; }
  const std::filesystem::path& file() const { return file_; }

  /// The stage called `name`, or nullptr.
  const stage_descriptor* find_stage(std::string_view name) const {
    for (std::uint32_t i = 0; i < descriptor_->stage_count; ++i)
      if (name == descriptor_->stages[i].name) return &descriptor_->stages[i];
    return nullptr;
  }
  /// The stage called `name`; throws std::runtime_error naming the ones there are.
  const stage_descriptor& stage(std::string_view name) const {
    if (const stage_descriptor* found = find_stage(name)) return *found;
    std::string known;
    for (std::uint32_t i = 0; i < descriptor_->stage_count; ++i)
      known += (i == 0 ? "" : ", ") + std::string(descriptor_->stages[i].name);
    throw std::runtime_error(file_.string() + " has no stage '" + std::string(name) + "' (it has " +
                             (known.empty() ? "none" : known) + ")");
  }

 private:
  std::filesystem::path file_;
  boost::dll::shared_library library_;
  const plugin_descriptor* descriptor_ = nullptr;
};

/// Plugin files loaded together, as the host's plugin path loads them: a
/// folder contributes its protokol_*.so files (sorted), a file is loaded as
/// it is, a file loaded twice counts once, and a stage name two plugins
/// provide is refused.
class plugin_set {
 public:
  plugin_set() = default;
  explicit plugin_set(const std::vector<std::filesystem::path>& files_and_folders) {
    for (const auto& entry : files_and_folders) load(entry);
  }

  /// Loads a plugin file, or every plugin file of a folder; throws
  /// std::runtime_error for the first one refused.
  void load(const std::filesystem::path& file_or_folder) {
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(file_or_folder)) {
      for (const auto& f : std::filesystem::directory_iterator(file_or_folder)) {
        const std::string name = f.path().filename().string();
        if (name.rfind("protokol_", 0) == 0 && f.path().extension() == ".so")
          files.push_back(f.path());
      }
      std::sort(files.begin(), files.end());
    } else if (std::filesystem::exists(file_or_folder)) {
      files.push_back(file_or_folder);
    } else {
      throw std::runtime_error(file_or_folder.string() + ": plugin path does not exist");
    }
    for (const auto& file : files) {
      const bool already = std::any_of(libraries_.begin(), libraries_.end(), [&](const auto& l) {
        std::error_code ec;
        return std::filesystem::equivalent(l.file(), file, ec);
      });
      if (already) continue;
      plugin_library library(file);
      const plugin_descriptor& d = library.descriptor();
      for (std::uint32_t i = 0; i < d.stage_count; ++i)
        for (const plugin_library& other : libraries_)
          if (other.find_stage(d.stages[i].name))
            throw std::runtime_error(library.file().string() + ": plugin refused: stage '" +
                                     d.stages[i].name + "' is also provided by " +
                                     other.file().string());
      libraries_.push_back(std::move(library));
    }
  }

  /// The stage called `name`, or nullptr.
  const stage_descriptor* find_stage(std::string_view name) const {
    for (const plugin_library& library : libraries_)
      if (const stage_descriptor* found = library.find_stage(name)) return found;
    return nullptr;
  }
  /// The stage called `name`; throws std::runtime_error naming the ones there are.
  const stage_descriptor& stage(std::string_view name) const {
    if (const stage_descriptor* found = find_stage(name)) return *found;
    std::string known;
    for (const plugin_library& library : libraries_)
      for (std::uint32_t i = 0; i < library.descriptor().stage_count; ++i)
        known += (known.empty() ? "" : ", ") + std::string(library.descriptor().stages[i].name);
    throw std::runtime_error("unknown stage '" + std::string(name) +
                             "' (loaded: " + (known.empty() ? "none" : known) + ")");
  }
  const std::vector<plugin_library>& libraries() const { return libraries_; }

 private:
  std::vector<plugin_library> libraries_;
};

/// One <stage> of a chain, as a pipeline file writes it: the stage to use,
/// its parameters, and its id (empty: the stage's name).
struct step {
  step(const char* stage) : use(stage) {}  // NOLINT: implicit, so {"read", "detect"} is a chain
  step(std::string stage, parameters values = {}, std::string stage_id = {})
      : use(std::move(stage)), params(std::move(values)), id(std::move(stage_id)) {}
  std::string use;
  parameters params;
  std::string id;
};

/// What a chain's stages share, as a run's stages do.
struct chain_setup {
  std::filesystem::path output_dir{};  ///< empty: the run has no output folder
  bool sync_each_file = true;
  /// Refuse a stage whose `requires` no earlier stage provides, as
  /// `protokol validate` does. Off to start a chain over a document made by hand.
  bool check_requires = true;
};

/// A small pipeline: stages created in order and run in order over a
/// document, as the host runs them. A stage that fails stops the document;
/// like the host, the exporters up to it are then asked to remove what they
/// wrote for its key, and the failure is thrown as stage_error.
class chain {
 public:
  explicit chain(chain_setup setup = {}) : setup_(std::move(setup)) {}
  /// The stages `steps` names, found in `plugins`.
  chain(const plugin_set& plugins, const std::vector<step>& steps, chain_setup setup = {})
      : setup_(std::move(setup)) {
    for (const step& s : steps) add(plugins.stage(s.use), s.params, s.id);
  }

  /// Appends `stage`; throws as stage_under_test does, or when its `requires`
  /// are not provided by an earlier stage (unless check_requires is off).
  chain& add(const stage_descriptor& stage, const parameters& params = {},
             const std::string& id = {}) {
    const std::string stage_id = id.empty() ? std::string(stage.name) : id;
    if (setup_.check_requires) {
      for (const std::string& need : detail::words(stage.requires_))
        if (provided_.count(need) == 0)
          throw std::runtime_error("stage '" + stage_id + "' requires '" + need +
                                   "', which no earlier stage provides");
    }
    stages_.emplace_back(stage,
                         stage_setup{params, setup_.output_dir, setup_.sync_each_file, stage_id});
    for (const std::string& p : detail::words(stage.provides)) provided_.insert(p);
    return *this;
  }

  /// Runs every stage on `doc` in order.
  void process(document& doc) const {
    for (std::size_t i = 0; i < stages_.size(); ++i) {
      try {
        stages_[i].process(doc);
      } catch (const stage_error&) {
        for (std::size_t j = 0; j <= i; ++j) {
          if (stages_[j].descriptor().kind == stage_kind::exporter)
            (void)error_of([&] { stages_[j].remove(doc.key); });
        }
        throw;
      }
    }
  }
  /// `doc` after every stage ran on it.
  document run(document doc) const {
    process(doc);
    return doc;
  }
  /// Lets every stage finish, in order; throws the first failure.
  void finish() {
    for (stage_under_test& s : stages_) s.finish();
  }
  /// Asks every exporter to delete what it wrote for `key`.
  void remove(const std::string& key) const {
    for (const stage_under_test& s : stages_)
      if (s.descriptor().kind == stage_kind::exporter) s.remove(key);
  }

  const std::vector<stage_under_test>& stages() const { return stages_; }

 private:
  chain_setup setup_;
  std::vector<stage_under_test> stages_;
  std::set<std::string> provided_;
};

/// A document as the host hands it to the first stage: `text` as the file's
/// bytes (`raw`), with its size and SHA-256, and the path and output key of
/// a file called `source_name`. `text` itself stays empty: a reader stage
/// (read, pdf, docx, html) makes it. To test a stage that needs text without
/// a reader, set `doc.text` yourself.
inline document document_from_text(std::string text, const std::string& source_name = "test.txt") {
  document doc;
  doc.key = detail::key_for(source_name);
  doc.source.path = source_name;
  doc.source.sha256 = detail::sha256_hex(text);
  doc.source.bytes = text.size();
  doc.raw = std::move(text);
  return doc;
}

/// The file at `path` as the host hands it to the first stage when the file
/// is named on the command line: its bytes, size and SHA-256, its path as
/// given and its output key. Throws std::runtime_error when it cannot be read.
inline document document_from_file(const std::filesystem::path& path) {
  document doc = document_from_text(detail::read_bytes(path), path.filename().string());
  doc.source.path = path.string();
  return doc;
}

}  // namespace protokol::testing
