// protokol run -p PIPELINE -o OUTDIR INPUT...: a batch run.
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <protokol/atomic_file.hpp>

#include "../batch.hpp"
#include "../ingest/pipeline_fingerprint.hpp"
#include "../ingest/process_signals.hpp"
#include "../isolation/worker_pool.hpp"
#include "../pipeline.hpp"
#include "../plugin_registry.hpp"
#include "../printable.hpp"
#include "../quarantine_files.hpp"
#include "cli.hpp"
#include "isolation_options.hpp"
#include "pipeline_setup.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace protokol::cli {

namespace {

// run.json marks a finished, durable run: the old one goes before the first
// output file changes, so after a crash or power loss a folder without one
// is a run to do again (docs/operations.md).
void retract_run_report(const fs::path& outdir) { remove_file_durably(outdir / "run.json"); }

}  // namespace

int run_command(const std::vector<std::string>& args) {
  common_options common;
  pipeline_options pipeline;
  std::string output;
  std::vector<std::string> inputs;
  input_filter filter;
  long long jobs = default_jobs();
  bool quiet = false;
  std::string sync = "end";
  isolation_arguments isolation;
  const char* const usage = "usage: protokol run [-p PIPELINE] -o OUTDIR [options] INPUT...";
  po::options_description desc(usage);
  add_common_options(desc, common);
  add_pipeline_options(desc, pipeline);
  desc.add_options()("output,o", po::value(&output)->required(),
                     "output folder (created if missing)")(
      "jobs,j", po::value(&jobs)->default_value(jobs),
      "documents processed at once, 1 to 1024 (default: number of cores)")(
      "include", po::value(&filter.include)->composing(),
      "only files matching this glob (repeatable)")("exclude",
                                                    po::value(&filter.exclude)->composing(),
                                                    "skip files matching this glob (repeatable)")(
      "quiet,q", po::bool_switch(&quiet), "no progress bar")(
      "sync", po::value(&sync)->default_value(sync),
      "'end': make the whole output durable once (syncfs) before run.json is written; 'each': "
      "fsync every file as it is written (slower; a power loss costs only the documents in "
      "hand). Files are replaced atomically either way")(
      "input", po::value(&inputs), "files and folders; '-' reads one document from standard input");
  add_isolation_options(desc, isolation);
  add_shard_option(desc);
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  if (!parse(args, desc, positional, vm, std::cerr)) return bad_usage;
  if (help_requested(vm)) {
    print_help(own_stdout(), usage, desc, positional);
    return success;
  }
  if (inputs.empty()) {
    std::cerr << "protokol: run needs at least one input file or folder (see --help)\n";
    return bad_usage;
  }
  if (sync != "end" && sync != "each") {
    std::cerr << "protokol: --sync must be 'end' or 'each', not '" << sync << "'\n";
    return bad_usage;
  }
  if (!check_jobs(jobs, std::cerr)) return bad_usage;
  const auto isolated = isolation_settings(isolation, vm, common, std::cerr);
  if (!isolated) return bad_usage;
  std::optional<shard_spec> shard;
  if (!read_shard_option(vm, shard, std::cerr)) return bad_usage;

  plugin_registry registry;
  if (!load_plugins(registry, common, std::cerr)) return environment;
  pipeline_spec spec;
  if (!prepare_pipeline(pipeline, registry, spec, std::cerr)) return bad_usage;
  // Taken before any document: what `protokol merge` checks the shards by.
  const std::string fingerprint = ingest::pipeline_fingerprint(spec, pipeline.overrides, registry);
  const fs::path outdir(output);
  // An ingest keeps its outputs in step with its state: a run there would
  // replace or add documents the state does not know, and the ingest would
  // never see or mend it.
  if (std::error_code ec; fs::exists(outdir / ".protokol" / "state.sqlite", ec)) {
    std::cerr << output
              << ": error: is the output folder of an ingest (it holds .protokol/state.sqlite); "
                 "run into another folder, or let `protokol ingest` process the files\n";
    return bad_usage;
  }
  // The output is never input, also when it lies inside an input folder
  // (else every run re-reads the last one's outputs as documents).
  filter.skip.add(outdir);
  std::vector<fs::path> skipped_outputs;
  auto collected = collect_inputs(inputs, filter, &skipped_outputs);
  if (!collected) {
    print(std::cerr, collected.errors());
    return bad_usage;
  }
  for (const fs::path& folder : skipped_outputs)
    std::cerr << printable(folder.string())
              << ": holds the output of an earlier run: its folders and run.json are skipped\n";
  if (const std::string problem = ensure_writable_folder(outdir); !problem.empty()) {
    std::cerr << output << ": error: " << problem << "\n";
    return environment;
  }
  // Left by a run that was killed; no later step would ever remove them.
  if (const std::size_t stale = remove_temporaries(outdir))
    std::cerr << "protokol: removed " << stale << " temporary files an interrupted run left in "
              << output << "\n";
  auto stages = create_stages(spec, registry, outdir, sync == "each");
  if (!stages) {
    print(std::cerr, stages.errors());
    return bad_usage;
  }
  retract_run_report(outdir);
  // SIGINT/SIGTERM: no new document; those in hand finish; a second one
  // ends the process at once (the handler resets itself).
  ingest::install_stop_handlers();
  pipeline_runner runner(std::move(stages.value()), outdir);
  runner.publish(publishes(spec));
  progress_meter progress(collected->size(), !quiet);
  const shard_spec share = shard.value_or(shard_spec{});
  batch_report report =
      isolated->enabled
          ? isolation::run_isolated_batch({*isolated, spec, outdir, sync == "each", share}, runner,
                                          collected.value(), static_cast<unsigned>(jobs), progress,
                                          ingest::stop_requested)
          : run_batch(runner, collected.value(), static_cast<unsigned>(jobs), progress,
                      ingest::stop_requested, share);
  report.pipeline = spec.file;
  report.settings = pipeline.overrides;
  report.fingerprint = fingerprint;
  report.shard = shard;
  if (sync == "end") {
    // Counted in the run's time: the output is only done once it is durable.
    const auto started = std::chrono::steady_clock::now();
    sync_file_system(outdir);
    report.seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  }
  write_file_atomically(outdir / "run.json", report_json(report));
  if (report.interrupted) remove_temporaries(outdir);

  std::cerr << summary_line(report) << "; output in " << output << "\n";
  for (const auto& o : report.outcomes)
    if (!o.exported)
      std::cerr << printable(o.input) << ": quarantined in stage " << o.stage << ": "
                << printable(o.message) << "\n";
  for (const auto& f : report.finish_failures) std::cerr << "protokol: stage " << f << "\n";
  if (report.interrupted) return interrupted;
  if (!report.finish_failures.empty()) return environment;
  return report.quarantined() ? documents_failed : success;
}

}  // namespace protokol::cli
