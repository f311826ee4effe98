// protokol/plugin.hpp: the one header a plugin author includes.
//
// A plugin is a shared library that exports one entry function returning a
// plain `plugin_descriptor`. The host reads `abi_major`, `abi_minor` and
// `toolchain` before it touches anything else in the descriptor, and refuses
// the library when they do not match its own (see docs/architecture.md).
//
// Declaring a plugin:
//
//   class my_stage final : public protokol::stage {
//    public:
//     explicit my_stage(const protokol::stage_config& config);
//     void process(protokol::document& doc) const override;
//   };
//
//   constexpr protokol::param_descriptor my_params[] = {
//       {.name = "limit", .type = protokol::param_type::integer, .default_value = "10",
//        .doc = "Most things to keep", .min_value = "1"},
//   };
//
//   PROTOKOL_PLUGIN("my-plugin", "1.0.0", "MIT", "Finds things",
//                   protokol::make_stage<my_stage>(protokol::stage_kind::extractor, "my-stage",
//                                                  "Finds things in items", "items",
//                                                  "entities.thing", my_params))
#pragma once

#include <boost/dll/alias.hpp>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <map>
#include <protokol/document.hpp>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace protokol {

/// ABI version. Bump the major when the descriptor layout, the data model
/// (document.hpp) or the `stage` interface changes incompatibly; bump the minor
/// when something is added that older plugins do not need to know about.
/// 2: `param_descriptor` gained `min_value` and `max_value`.
/// 3: `vote_record` gained `unanimous` and the three counts.
inline constexpr std::uint32_t abi_major = 3;
inline constexpr std::uint32_t abi_minor = 0;

#define PROTOKOL_STRINGIFY_(x) #x
#define PROTOKOL_STRINGIFY(x) PROTOKOL_STRINGIFY_(x)

#if defined(__clang__)
#define PROTOKOL_COMPILER_ID \
  "clang-" PROTOKOL_STRINGIFY(__clang_major__) "." PROTOKOL_STRINGIFY(__clang_minor__)
#elif defined(__GNUC__)
#define PROTOKOL_COMPILER_ID \
  "gcc-" PROTOKOL_STRINGIFY(__GNUC__) "." PROTOKOL_STRINGIFY(__GNUC_MINOR__)
#else
#define PROTOKOL_COMPILER_ID "unknown-compiler"
#endif

#if defined(_LIBCPP_VERSION)
#define PROTOKOL_STDLIB_ID                                                         \
  "libc++-" PROTOKOL_STRINGIFY(_LIBCPP_VERSION) ";libcpp-abi=" PROTOKOL_STRINGIFY( \
      _LIBCPP_ABI_VERSION)
#elif defined(__GLIBCXX__)
#define PROTOKOL_STDLIB_ID "libstdc++;cxx11-abi=" PROTOKOL_STRINGIFY(_GLIBCXX_USE_CXX11_ABI)
#else
#define PROTOKOL_STDLIB_ID "unknown-stdlib"
#endif

// Debug containers change the layout of every std:: type we pass across.
#if defined(_GLIBCXX_DEBUG) || (defined(_LIBCPP_DEBUG) && _LIBCPP_DEBUG > 0)
#define PROTOKOL_DEBUG_CONTAINERS_ID ";debug-containers=1"
#else
#define PROTOKOL_DEBUG_CONTAINERS_ID ";debug-containers=0"
#endif

/// The toolchain this translation unit was compiled with. Host and plugin
/// exchange std::string and std::vector, so both must agree on it exactly.
inline constexpr const char* toolchain_fingerprint = PROTOKOL_COMPILER_ID
    ";" PROTOKOL_STDLIB_ID PROTOKOL_DEBUG_CONTAINERS_ID ";c++" PROTOKOL_STRINGIFY(__cplusplus);

/// What a stage does in a pipeline; used for listing and ordering checks.
enum class stage_kind : std::uint32_t { detector, segmenter, extractor, exporter, other };

/// Type of a stage parameter. Pipeline files spell them string, int, bool,
/// float, list, path and enum.
enum class param_type : std::uint32_t { string, integer, boolean, real, list, path, choice };

/// One typed, documented parameter of a stage. Every field has a default, so
/// a table may name only what it sets (designated initialisers) and older
/// six-field initialisers still mean "no range":
///
///   {.name = "max_pages", .type = protokol::param_type::integer, .default_value = "2000",
///    .doc = "Most pages a PDF may have", .min_value = "1"}
struct param_descriptor {
  const char* name = nullptr;
  param_type type = param_type::string;
  const char* default_value = nullptr;  ///< nullptr when there is no default
  bool required = false;
  const char* doc = nullptr;
  const char* choices = nullptr;  ///< for `choice`: allowed values separated by '|'; else nullptr
  /// Inclusive bounds of an `integer` or `real` parameter, written like its
  /// values ("1", "0.5"); nullptr leaves that side open. Text rather than a
  /// number, so a bound is exact for every 64-bit int and an omitted bound
  /// can never read as 0. The host refuses values outside (protokol/params.hpp).
  const char* min_value = nullptr;
  const char* max_value = nullptr;
};

/// Parameter values and run facts handed to a stage's constructor. The host
/// has bound the values to the stage's `param_descriptor`s (bind_params in
/// protokol/params.hpp): each has its type and lies in its range or among its
/// choices, and defaults are filled in, so a constructor need not check them
/// again and the typed getters only throw for names never declared.
struct stage_config {
  std::string stage_id;    ///< id of the stage in the pipeline file
  std::string output_dir;  ///< OUTDIR of the run; empty when there is none (validate, detect)
  std::map<std::string, std::string> params;
  /// Exporters: make each file durable (fsync file and folder) before
  /// process() returns. When false the host makes the whole output durable
  /// once, after finish() (syncfs); renames still keep every file whole if
  /// the process is killed. `ingest` always asks for true: it records a
  /// document as done only once its files are on disk.
  bool sync_each_file = true;

  /// True when the parameter has a value (given or defaulted).
  bool has(std::string_view name) const { return params.find(std::string(name)) != params.end(); }

  const std::string& get_string(std::string_view name) const {
    const auto it = params.find(std::string(name));
    if (it == params.end())
      throw std::invalid_argument("no value for parameter '" + std::string(name) + "'");
    return it->second;
  }
  long long get_int(std::string_view name) const { return std::stoll(get_string(name)); }
  double get_float(std::string_view name) const { return std::stod(get_string(name)); }
  bool get_bool(std::string_view name) const { return get_string(name) == "true"; }
  /// A list is written comma-separated; blanks around items are dropped.
  std::vector<std::string> get_list(std::string_view name) const {
    return split_list(get_string(name));
  }

  /// Splits "a, b,c" into {"a", "b", "c"}; empty items are dropped.
  static std::vector<std::string> split_list(std::string_view text) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
      std::size_t comma = text.find(',', pos);
      if (comma == std::string_view::npos) comma = text.size();
      std::string_view part = text.substr(pos, comma - pos);
      while (!part.empty() && (part.front() == ' ' || part.front() == '\t')) part.remove_prefix(1);
      while (!part.empty() && (part.back() == ' ' || part.back() == '\t')) part.remove_suffix(1);
      if (!part.empty()) out.emplace_back(part);
      pos = comma + 1;
    }
    return out;
  }
};

/// A stage instance. One instance serves a whole run: `process` is called from
/// several worker threads at once, so keep per-document state on the stack.
class stage {
 public:
  virtual ~stage() = default;
  /// Reads and fills one document. Throw (any std::exception) to fail it; the
  /// host then quarantines the document with your message.
  virtual void process(document& doc) const = 0;
  /// Called once after the last document of a run, from one thread
  /// (exporters merge their tables here).
  virtual void finish() {}
  /// Removes what this stage wrote for the document `key` (exporters only;
  /// used when an archive file is deleted and the operator asks to purge).
  virtual void remove(const std::string& key) const { (void)key; }
};

// Plain function pointers: the adapter below catches every exception on the
// plugin's side, so nothing ever unwinds across the library boundary.
using create_fn = void* (*)(const stage_config& config, std::string& error) noexcept;
using process_fn = bool (*)(const void* self, document& doc, std::string& error) noexcept;
using finish_fn = bool (*)(void* self, std::string& error) noexcept;
using remove_fn = bool (*)(const void* self, const std::string& key, std::string& error) noexcept;
using destroy_fn = void (*)(void* self) noexcept;

/// One stage a plugin provides.
struct stage_descriptor {
  stage_kind kind;
  const char* name;  ///< unique across all loaded plugins
  const char* summary;
  const char* requires_;  ///< capabilities needed from earlier stages, space-separated
  const char* provides;   ///< capabilities this stage adds, space-separated
  const param_descriptor* params;
  std::uint32_t param_count;
  create_fn create;
  process_fn process;
  finish_fn finish;
  remove_fn remove;
  destroy_fn destroy;
};

/// What the entry function returns. The first three fields never move, so a
/// host can always read them to refuse a plugin of another ABI.
struct plugin_descriptor {
  std::uint32_t abi_major;
  std::uint32_t abi_minor;
  const char* toolchain;
  const char* name;
  const char* version;
  const char* license;
  const char* summary;
  const stage_descriptor* stages;
  std::uint32_t stage_count;
};

static_assert(std::is_standard_layout_v<param_descriptor>);
static_assert(std::is_standard_layout_v<stage_descriptor>);
static_assert(std::is_standard_layout_v<plugin_descriptor>);

/// Name of the exported entry symbol (a Boost.DLL alias).
inline constexpr const char* plugin_entry_symbol = "protokol_plugin";

/// The entry function's type.
using plugin_entry_fn = const plugin_descriptor*();

namespace detail {

template <class Fn>
bool guarded(std::string& error, Fn&& fn) noexcept {
  try {
    fn();
    return true;
  } catch (const std::exception& e) {
    error = e.what();
  } catch (...) {
    error = "unknown exception";
  }
  return false;
}

template <class Stage>
struct stage_adapter {
  static void* create(const stage_config& config, std::string& error) noexcept {
    Stage* created = nullptr;
    guarded(error, [&] { created = new Stage(config); });  // owned by the host via destroy()
    return created;
  }
  static bool process(const void* self, document& doc, std::string& error) noexcept {
    return guarded(error, [&] { static_cast<const Stage*>(self)->process(doc); });
  }
  static bool finish(void* self, std::string& error) noexcept {
    return guarded(error, [&] { static_cast<Stage*>(self)->finish(); });
  }
  static bool remove(const void* self, const std::string& key, std::string& error) noexcept {
    return guarded(error, [&] { static_cast<const Stage*>(self)->remove(key); });
  }
  static void destroy(void* self) noexcept { delete static_cast<Stage*>(self); }
};

}  // namespace detail

/// Describes a stage implemented by class `Stage` (constructible from a
/// `stage_config`, derived from `stage`).
template <class Stage, std::size_t N>
constexpr stage_descriptor make_stage(stage_kind kind, const char* name, const char* summary,
                                      const char* requires_, const char* provides,
                                      const param_descriptor (&params)[N]) {
  static_assert(std::is_base_of_v<stage, Stage>, "a stage class derives from protokol::stage");
  using adapter = detail::stage_adapter<Stage>;
  return {kind,
          name,
          summary,
          requires_,
          provides,
          params,
          static_cast<std::uint32_t>(N),
          &adapter::create,
          &adapter::process,
          &adapter::finish,
          &adapter::remove,
          &adapter::destroy};
}

/// The same for a stage without parameters.
template <class Stage>
constexpr stage_descriptor make_stage(stage_kind kind, const char* name, const char* summary,
                                      const char* requires_, const char* provides) {
  static_assert(std::is_base_of_v<stage, Stage>, "a stage class derives from protokol::stage");
  using adapter = detail::stage_adapter<Stage>;
  return {kind,
          name,
          summary,
          requires_,
          provides,
          nullptr,
          0,
          &adapter::create,
          &adapter::process,
          &adapter::finish,
          &adapter::remove,
          &adapter::destroy};
}

}  // namespace protokol

/// Declares the plugin of this shared library. Use once, at namespace scope,
/// after the stage descriptors: PROTOKOL_PLUGIN(name, version, licence,
/// summary, stage_descriptor...).
#define PROTOKOL_PLUGIN(NAME, VERSION, LICENSE, SUMMARY, ...)                   \
  namespace protokol_plugin_definition {                                        \
  const ::protokol::stage_descriptor stages[] = {__VA_ARGS__};                  \
  const ::protokol::plugin_descriptor descriptor = {                            \
      ::protokol::abi_major,                                                    \
      ::protokol::abi_minor,                                                    \
      ::protokol::toolchain_fingerprint,                                        \
      NAME,                                                                     \
      VERSION,                                                                  \
      LICENSE,                                                                  \
      SUMMARY,                                                                  \
      stages,                                                                   \
      static_cast<std::uint32_t>(sizeof(stages) / sizeof(stages[0]))};          \
  const ::protokol::plugin_descriptor* entry() noexcept { return &descriptor; } \
  }                                                                             \
  BOOST_DLL_ALIAS(protokol_plugin_definition::entry, protokol_plugin)
