#include "pipeline_setup.hpp"

#include <unistd.h>

#include <algorithm>
#include <ostream>
#include <protokol/atomic_file.hpp>
#include <system_error>
#include <thread>
#include <tuple>

#include "../pipeline_runner.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace protokol::cli {

void add_pipeline_options(po::options_description& desc, pipeline_options& options) {
  std::string shipped = shipped_pipeline_list();
  if (shipped.empty()) shipped = "none installed beside this program";
  desc.add_options()("pipeline,p", po::value(&options.file)->default_value("default"),
                     ("pipeline file, or the name of a shipped one (" + shipped + ")").c_str())(
      "set", po::value(&options.overrides)->composing(),
      "override a parameter: STAGE.PARAM=VALUE (repeatable)");
}

bool prepare_pipeline(const pipeline_options& options, const plugin_registry& registry,
                      pipeline_spec& spec, std::ostream& err) {
  auto problems = read_pipeline(resolve_pipeline_path(options.file), spec);
  for (const std::string& o : options.overrides) {
    const auto more = apply_override(spec, o);
    problems.insert(problems.end(), more.begin(), more.end());
  }
  const auto semantic = check_pipeline(spec, registry);
  problems.insert(problems.end(), semantic.begin(), semantic.end());
  if (problems.empty()) {
    // Destroyed at once: nothing of a dry build outlives this check.
    auto dry = create_stages(spec, registry, {});
    if (!dry) problems = dry.errors();
  }
  // In the file's order, as a compiler lists them (the XML's structure is
  // checked before the stages, which would put later lines first).
  std::stable_sort(problems.begin(), problems.end(), [](const diagnostic& a, const diagnostic& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  print(err, problems);
  if (!problems.empty()) return false;
  // Valid, but a run would write nothing beside run.json: say so.
  const bool exports =
      std::any_of(spec.stages.begin(), spec.stages.end(), [&](const stage_spec& s) {
        const auto* entry = registry.find_stage(s.use);
        return entry != nullptr && entry->stage->kind == stage_kind::exporter;
      });
  if (!exports)
    print(err, {{spec.file, 0, 0, severity::warning,
                 "the pipeline has no exporter: documents are processed, but nothing is written "
                 "except run.json and quarantine/"}});
  return true;
}

bool check_jobs(long long jobs, std::ostream& err) {
  if (jobs >= 1 && jobs <= 1024) return true;
  err << "protokol: --jobs must be between 1 and 1024, not " << jobs << "\n";
  return false;
}

long long default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

void add_shard_option(po::options_description& desc) {
  desc.add_options()("shard", po::value<std::string>(),
                     "K/N: only the documents whose content hash falls in shard K of N, K from 0 "
                     "to N-1 (docs/scaling.md); 'protokol merge' joins the shards' outputs");
}

bool read_shard_option(const po::variables_map& vm, std::optional<shard_spec>& shard,
                       std::ostream& err) {
  if (!vm.count("shard")) return true;
  shard_spec given;
  if (const std::string problem = parse_shard(vm["shard"].as<std::string>(), given);
      !problem.empty()) {
    err << "protokol: --shard " << problem << "\n";
    return false;
  }
  shard = given;
  return true;
}

std::string ensure_writable_folder(const fs::path& folder) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) return "cannot create output folder: " + ec.message();
  const fs::path probe =
      folder / (std::string(atomic_temp_prefix) + "probe." + std::to_string(::getpid()));
  try {
    write_file_atomically(probe, "");
  } catch (const std::system_error& e) {
    return "output folder is not writable: " + e.code().message();
  }
  fs::remove(probe, ec);
  return {};
}

}  // namespace protokol::cli
