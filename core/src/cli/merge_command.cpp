// protokol merge -o OUT SHARD_OUTPUT...: joins the output folders of
// `protokol run --shard K/N` into the folder one run without --shard writes.
#include <filesystem>
#include <iostream>
#include <protokol/atomic_file.hpp>

#include "../ingest/pipeline_fingerprint.hpp"
#include "../json_text.hpp"
#include "../merge/merge_files.hpp"
#include "../merge/merge_target.hpp"
#include "../merge/merged_report.hpp"
#include "../merge/shard_outputs.hpp"
#include "../pipeline_runner.hpp"
#include "../plugin_registry.hpp"
#include "cli.hpp"
#include "pipeline_setup.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace protokol::cli {

namespace {

// The pipeline the shards ran, as they ran it: their run.json names the file
// and the --set overrides, and the fingerprint proves it is the same here
// (file, the tables it reads, plugin versions), since the merged tables are
// rebuilt with it.
bool load_shards_pipeline(const nlohmann::ordered_json& report, const std::string& given_file,
                          const plugin_registry& registry, pipeline_spec& spec) {
  pipeline_options shards_pipeline;
  shards_pipeline.file = given_file.empty() ? report.value("pipeline", "") : given_file;
  shards_pipeline.overrides = report.value("settings", std::vector<std::string>());
  std::error_code ec;
  if (given_file.empty() && !fs::exists(shards_pipeline.file, ec)) {
    std::cerr << "protokol: the shards ran the pipeline " << shards_pipeline.file
              << ", which is not here; give its file with -p\n";
    return false;
  }
  if (!prepare_pipeline(shards_pipeline, registry, spec, std::cerr)) return false;
  if (ingest::pipeline_fingerprint(spec, shards_pipeline.overrides, registry) ==
      report.value("pipeline_fingerprint", ""))
    return true;
  std::cerr << "protokol: the pipeline " << spec.file
            << " with the shards' --set settings is not the one they ran (the file, a table it "
               "reads or a plugin version differs); merge rebuilds the tables with it\n";
  return false;
}

// Lets the pipeline's exporters rebuild their tables in `folder` from the
// per-document files copied there. Prints failures; false on any.
bool rebuild_tables(const pipeline_spec& spec, const plugin_registry& registry,
                    const fs::path& folder) {
  pipeline_spec exporters = spec;
  std::erase_if(exporters.stages, [&](const stage_spec& s) {
    return registry.find_stage(s.use)->stage->kind != stage_kind::exporter;
  });
  auto stages = create_stages(exporters, registry, folder, false);
  if (!stages) {
    print(std::cerr, stages.errors());
    return false;
  }
  bool finished = true;
  for (auto& stage : stages.value()) {
    std::string error;
    if (!stage->finish(error)) {
      std::cerr << "protokol: stage " << stage->id() << ": " << error << "\n";
      finished = false;
    }
  }
  return finished;
}

std::string merge_summary(const nlohmann::ordered_json& report, std::size_t shards,
                          const std::string& output) {
  return "protokol: merged " + std::to_string(shards) + " shards: " + report["inputs"].dump() +
         " inputs, " + report["exported"].dump() + " exported, " + report["quarantined"].dump() +
         " quarantined, " + report["warnings"].dump() + " warnings; output in " + output;
}

}  // namespace

int merge_command(const std::vector<std::string>& args) {
  common_options common;
  std::string output, pipeline_file;
  std::vector<std::string> inputs;
  const char* const usage = "usage: protokol merge -o OUTDIR [options] SHARD_OUTPUT...";
  po::options_description desc(usage);
  add_common_options(desc, common);
  desc.add_options()("output,o", po::value(&output)->required(),
                     "the merged output folder: must not exist, or be empty")(
      "pipeline,p", po::value(&pipeline_file),
      "the pipeline file, when the path the shards' run.json names is not where it is here")(
      "input", po::value(&inputs), "the output folders of the shards of one run, one per shard");
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  if (!parse(args, desc, positional, vm, std::cerr)) return bad_usage;
  if (help_requested(vm)) {
    print_help(own_stdout(), usage, desc, positional);
    return success;
  }
  if (inputs.empty()) {
    std::cerr << "protokol: merge needs the output folders of the shards (see --help)\n";
    return bad_usage;
  }
  const std::vector<fs::path> folders(inputs.begin(), inputs.end());
  if (const std::string problem = merge::check_target(output, folders); !problem.empty()) {
    std::cerr << output << ": error: " << problem << "\n";
    return bad_usage;
  }
  const auto shards = merge::read_shard_outputs(folders);
  if (!shards) {
    print(std::cerr, shards.errors());
    return bad_usage;
  }
  const auto plan = merge::plan_merge(shards.value());
  if (!plan) {
    print(std::cerr, plan.errors());
    return bad_usage;
  }
  plugin_registry registry;
  if (!load_plugins(registry, common, std::cerr)) return environment;
  pipeline_spec spec;
  if (!load_shards_pipeline(shards->front().report, pipeline_file, registry, spec))
    return bad_usage;

  merge::staged_folder staged(output);
  merge::copy_files(plan.value(), staged.path());
  if (!rebuild_tables(spec, registry, staged.path())) return environment;
  if (const auto missing = merge::missing_tables(plan.value(), staged.path()); !missing.empty()) {
    std::cerr << (shards->front().folder / missing.front()).string()
              << ": error: differs between the shards, no document owns it and no exporter of "
                 "the pipeline rebuilt it, so merge cannot join it\n";
    return bad_usage;
  }
  const nlohmann::ordered_json report = merge::merged_report(shards.value());
  write_file_atomically(staged.path() / "run.json", dump_json(report) + "\n");
  staged.commit();
  std::cerr << merge_summary(report, shards->size(), output) << "\n";
  return success;
}

}  // namespace protokol::cli
