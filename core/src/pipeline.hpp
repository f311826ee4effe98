// pipeline: reading pipeline files (XML) and checking them against the
// loaded plugins, before any document is touched.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <protokol/diagnostic.hpp>
#include <string>
#include <vector>

namespace protokol {

class plugin_registry;
struct stage_descriptor;

/// A value with the place it was written, for messages.
struct located_value {
  std::string value;
  std::size_t line = 0;
  std::size_t column = 0;
};

/// One <stage> of a pipeline file.
struct stage_spec {
  std::string id;   ///< unique in the pipeline; defaults to `use`
  std::string use;  ///< stage name in the plugin registry
  std::size_t line = 0;
  std::size_t column = 0;
  std::map<std::string, located_value> params;
};

/// A pipeline file as written.
struct pipeline_spec {
  std::string file;
  std::string name;
  std::string description;
  std::vector<stage_spec> stages;
};

/// Reads a pipeline file. Structural problems (malformed XML, unknown element
/// or attribute, missing attribute, duplicate stage id or parameter) come back
/// as diagnostics with file:line:column; all of them, not just the first.
/// `spec` holds whatever could be read even when there are diagnostics.
std::vector<diagnostic> read_pipeline(const std::filesystem::path& file, pipeline_spec& spec);

/// True when a stage of `spec` sets `public` to true (the exporters' public
/// mode, docs/outputs.md): the run's output is meant to be published.
bool publishes(const pipeline_spec& spec);

/// The same for a pipeline file's text already in memory; `file` names it in
/// the diagnostics and in `spec`.
std::vector<diagnostic> read_pipeline_text(const std::string& file, std::string text,
                                           pipeline_spec& spec);

/// Applies one `--set STAGE.PARAM=VALUE` override.
std::vector<diagnostic> apply_override(pipeline_spec& spec, const std::string& assignment);

/// The values a <stage> gives, by parameter name, without their places.
std::map<std::string, std::string> given_params(const stage_spec& stage);

/// Binds the parameters of `stage`, an instance of `d` (bind_params in
/// protokol/params.hpp): returns what its constructor gets. Appends each
/// problem to `out` at the value's line:column (`--set` for an override), or
/// at the stage for a parameter not given.
std::map<std::string, std::string> bind_stage_params(const pipeline_spec& spec,
                                                     const stage_spec& stage,
                                                     const stage_descriptor& d,
                                                     std::vector<diagnostic>& out);

/// Checks a pipeline against the registry: unknown stage or parameter (with a
/// "did you mean"), wrong type, a value out of range or not among the
/// choices, missing required parameter, a requirement no earlier stage
/// provides.
std::vector<diagnostic> check_pipeline(const pipeline_spec& spec, const plugin_registry& registry);

/// The names of the shipped pipelines (<prefix>/share/protokol/pipelines/
/// NAME.xml), sorted; empty when none is installed beside the program.
std::vector<std::string> shipped_pipeline_names();

/// The same names joined by ", " ("default, public, text"), for messages.
std::string shipped_pipeline_list();

/// Resolves `-p NAME`: an existing path as it is, else a shipped pipeline
/// <prefix>/share/protokol/pipelines/NAME.xml.
std::filesystem::path resolve_pipeline_path(const std::string& name_or_path);

}  // namespace protokol
