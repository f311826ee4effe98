// protokol ingest -p PIPELINE --archive DIR -o OUTDIR: incremental, crash-safe
// ingestion of an archive folder, run from cron or a systemd timer, or kept
// running with --watch. docs/ingest.md and docs/operations.md.
#include <filesystem>
#include <iostream>
#include <thread>

#include "../ingest/ingest_session.hpp"
#include "../pipeline.hpp"
#include "../plugin_registry.hpp"
#include "cli.hpp"
#include "isolation_options.hpp"
#include "pipeline_setup.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace protokol::cli {

int ingest_command(const std::vector<std::string>& args) {
  common_options common;
  pipeline_options pipeline;
  ingest::ingest_options options;
  std::string archive, output, state;
  long long jobs = default_jobs();
  long long batch = static_cast<long long>(options.batch_documents);
  isolation_arguments isolation;
  const char* const usage = "usage: protokol ingest -p PIPELINE --archive DIR -o OUTDIR [options]";
  po::options_description desc(usage);
  add_common_options(desc, common);
  add_pipeline_options(desc, pipeline);
  desc.add_options()("archive", po::value(&archive)->required(),
                     "archive folder to ingest (recursively)")(
      "output,o", po::value(&output)->required(), "output folder (created if missing)")(
      "state", po::value(&state), "state file (default: OUTDIR/.protokol/state.sqlite)")(
      "settle", po::value(&options.settle_seconds)->default_value(options.settle_seconds),
      "seconds a file must be left unchanged before it is ingested")(
      "max-attempts", po::value(&options.max_attempts)->default_value(options.max_attempts),
      "failed attempts before a document is parked")(
      "retry-delay",
      po::value(&options.retry_delay_seconds)->default_value(options.retry_delay_seconds),
      "seconds before the first retry of a failed document; doubled after each further failure")(
      "retry-failed", po::bool_switch(&options.retry_failed),
      "retry quarantined and parked documents now")(
      "purge-deleted", po::bool_switch(&options.purge_deleted),
      "remove the outputs of documents no longer in the archive")(
      "allow-empty-archive", po::bool_switch(&options.allow_empty_archive),
      "accept an archive with no files although the state knows documents (else refused: not "
      "mounted?)")("watch", po::bool_switch(&options.watch),
                   "keep running and ingest files as they arrive (inotify)")(
      "rescan", po::value(&options.rescan_seconds)->default_value(options.rescan_seconds),
      "with --watch: seconds between full rescans even without events")(
      "jobs,j", po::value(&jobs)->default_value(jobs),
      "documents processed at once, 1 to 1024 (default: number of cores)")(
      "batch", po::value(&batch)->default_value(batch),
      "group commit: documents whose outputs are synced and results committed at once (at "
      "least every 5 seconds); a crash redoes at most one batch")(
      "include", po::value(&options.filter.include)->composing(),
      "only files matching this glob (repeatable)")("exclude",
                                                    po::value(&options.filter.exclude)->composing(),
                                                    "skip files matching this glob (repeatable)")(
      "quiet,q", po::bool_switch(&options.quiet), "no progress bar");
  add_isolation_options(desc, isolation);
  add_shard_option(desc);
  po::variables_map vm;
  if (!parse(args, desc, {}, vm, std::cerr)) return bad_usage;
  if (help_requested(vm)) {
    print_help(own_stdout(), usage, desc);
    return success;
  }
  if (!check_jobs(jobs, std::cerr)) return bad_usage;
  if (!read_shard_option(vm, options.shard, std::cerr)) return bad_usage;
  options.jobs = static_cast<unsigned>(jobs);
  const auto isolated = isolation_settings(isolation, vm, common, std::cerr);
  if (!isolated) return bad_usage;
  options.isolation = *isolated;
  // Each bad value named with what it must be.
  const std::pair<bool, const char*> limits[] = {
      {options.max_attempts < 1, "--max-attempts must be at least 1"},
      {batch < 1, "--batch must be at least 1"},
      {options.settle_seconds < 0, "--settle must not be negative"},
      {options.retry_delay_seconds < 0, "--retry-delay must not be negative"},
      {options.rescan_seconds <= 0, "--rescan must be positive"}};
  bool bad = false;
  for (const auto& [broken, rule] : limits) {
    if (!broken) continue;
    std::cerr << "protokol: " << rule << "\n";
    bad = true;
  }
  if (bad) return bad_usage;
  options.batch_documents = static_cast<std::size_t>(batch);
  options.archive = archive;
  options.output = output;
  options.state_file = state;

  plugin_registry registry;
  if (!load_plugins(registry, common, std::cerr)) return environment;
  pipeline_spec spec;
  if (!prepare_pipeline(pipeline, registry, spec, std::cerr)) return bad_usage;
  if (const std::string problem = ensure_writable_folder(options.output); !problem.empty()) {
    std::cerr << output << ": error: " << problem << "\n";
    return environment;
  }
  return ingest::run_ingest(options, registry, spec, pipeline.overrides, std::cerr);
}

}  // namespace protokol::cli
