// ingest_session: `protokol ingest` — one incremental, crash-safe pass over an
// archive folder, or a watch that runs passes as files arrive.
// docs/ingest.md explains every decision taken here.
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "../batch.hpp"
#include "../exit_codes.hpp"
#include "../inputs.hpp"
#include "../isolation/worker_setup.hpp"
#include "../pipeline.hpp"
#include "../plugin_registry.hpp"
#include "../shard.hpp"
#include "ingest_plan.hpp"
#include "state_store.hpp"

namespace protokol::ingest {

/// Exit codes: the core's one list (exit_codes.hpp), by the names used here.
inline constexpr int exit_ok = success;
inline constexpr int exit_documents_failed = documents_failed;
inline constexpr int exit_bad_usage = bad_usage;
inline constexpr int exit_environment = environment;

struct ingest_options {
  std::filesystem::path archive;
  std::filesystem::path output;
  std::filesystem::path state_file;  ///< empty: OUTDIR/.protokol/state.sqlite
  input_filter filter;
  double settle_seconds = 10;
  int max_attempts = 3;
  double retry_delay_seconds = 60;  ///< first retry after this; doubled after each further failure
  bool retry_failed = false;
  bool purge_deleted = false;
  bool allow_empty_archive = false;
  bool watch = false;
  double rescan_seconds = 300;  ///< watch: full rescan even without events
  unsigned jobs = 1;
  /// Group commit: the outputs of up to this many documents are synced at
  /// once and their results committed in one transaction (docs/ingest.md).
  std::size_t batch_documents = 200;
  double batch_seconds = 5;  ///< ... or of those done within this time
  bool quiet = false;
  isolation::options isolation;     ///< --isolate: documents in worker processes
  std::optional<shard_spec> shard;  ///< --shard: only documents of this shard
};

/// The default state file for an output folder.
std::filesystem::path default_state_file(const std::filesystem::path& output);

/// A document that moved, for the report.
struct moved_entry {
  std::string from, to, key, old_key;
};

/// A path and the key its outputs carry (removed and purged documents).
struct path_key {
  std::string path, key;
};

/// What one pass did (run.json and the summary line say it).
struct pass_report {
  batch_report batch;  ///< documents processed this pass (recovered ones first)
  run_counts counts;
  std::vector<moved_entry> moved;
  std::vector<path_key> removed;
  std::vector<path_key> purged;
  std::vector<std::string> pending;
  std::vector<scanned_file> unreadable;
  std::vector<duplicate_file> duplicates;
  std::size_t temporaries_removed = 0;
  std::size_t other_shards = 0;  ///< files of the archive left to other shards
  bool stopped = false;
  int exit_code = exit_ok;

  /// Nothing was processed, moved, removed or purged, and nothing is wrong.
  bool idle() const;
};

/// run.json for a pass: `run`'s report plus the ingest counts and lists.
std::string ingest_report_json(const pass_report& report, const ingest_options& options,
                               const std::filesystem::path& state_file);

/// "protokol: 3 inputs, 2 exported, 1 quarantined, ...; 1000 files, 996 unchanged, ...".
std::string ingest_summary_line(const pass_report& report);

/// The summary line, then one line per quarantined or unreadable file, per
/// finish failure, and the pending files with the reason they wait.
void print_pass_report(std::ostream& err, const pass_report& report, const ingest_options& options);

/// Runs `protokol ingest`: takes the lock, opens the state, recovers from a
/// previous crash, then one pass (or, with watch, passes until SIGINT or
/// SIGTERM). `spec` is checked already. Prints to `err`; returns the exit code.
int run_ingest(const ingest_options& options, const plugin_registry& registry,
               const pipeline_spec& spec, const std::vector<std::string>& overrides,
               std::ostream& err);

}  // namespace protokol::ingest
