// batch: a worker pool over many inputs, the run report and the summary line.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "pipeline_runner.hpp"

namespace protokol {

/// Everything a run report says.
struct batch_report {
  std::string pipeline;               ///< pipeline file
  std::vector<std::string> settings;  ///< the --set overrides, in order
  std::string fingerprint;  ///< of pipeline, settings and plugins (ingest::pipeline_fingerprint)
  std::string started;      ///< UTC timestamp
  double seconds = 0;
  std::uint64_t bytes = 0;
  std::vector<document_outcome> outcomes;  ///< in input order, whatever the job count
  std::vector<std::pair<std::string, double>> stage_seconds;
  std::vector<std::string> finish_failures;
  bool interrupted = false;         ///< SIGINT/SIGTERM: inputs were left untouched
  std::size_t not_started = 0;      ///< inputs left untouched by an interrupted run
  std::optional<shard_spec> shard;  ///< --shard: the run took one share of its inputs
  std::size_t other_shards = 0;     ///< inputs of other shards: read, not counted as inputs

  std::size_t exported() const;
  std::size_t quarantined() const;
  std::size_t warnings() const;
};

/// Shows "[####    ] 12/40 docs, 3.1 MB/s, ETA 0:42" on stderr, redrawn in place; only
/// when stderr is a terminal and the user did not ask for quiet.
class progress_meter {
 public:
  progress_meter(std::size_t total, bool enabled);
  void advance(std::uint64_t bytes);
  void done();

 private:
  std::size_t total_;
  bool enabled_;
  std::size_t count_ = 0;
  std::uint64_t bytes_ = 0;
  std::chrono::steady_clock::time_point started_, last_draw_;
};

/// Calls `work(i)` for every i in [0, count) on `jobs` threads (the caller's
/// among them); `work` returns the bytes it handled, for `progress`. The
/// first exception stops the other workers and is rethrown; `stop`, checked
/// before each item, ends the loop early, leaving the rest undone.
void for_each_parallel(std::size_t count, unsigned jobs, progress_meter& progress,
                       const std::function<std::uint64_t(std::size_t)>& work,
                       const std::function<bool()>& stop = {});

/// Runs every input through `runner` on `jobs` threads, then lets the stages
/// finish. Outcomes come back in input order. When `stop` turns true no new
/// input is taken; those in hand are finished, the stages still finish (the
/// tables hold what was exported), and the report says `interrupted`. Inputs
/// whose content belongs to another shard than `shard` are only counted.
batch_report run_batch(pipeline_runner& runner, const std::vector<input_file>& inputs,
                       unsigned jobs, progress_meter& progress,
                       const std::function<bool()>& stop = {}, const shard_spec& shard = {});

/// Hands each finished document's outcome to a batch: `record(i, outcome)`,
/// once per input i, from any thread.
using outcome_recorder = std::function<void(std::size_t, document_outcome)>;

/// What processes the documents of a batch (threads in this process, or
/// isolated worker processes): calls the recorder for every document it
/// finished, and returns when none is left in hand.
using document_loop = std::function<void(const outcome_recorder& record)>;

/// run_batch with the documents processed by `loop`: the report, the
/// interruption and the stages' finish are the same whatever runs them.
batch_report run_batch(pipeline_runner& runner, std::size_t inputs, const document_loop& loop,
                       const std::function<bool()>& stop);

/// "ETA 1:05" (or "ETA 2:03:04") for `done` of `total` after `seconds`; ""
/// before there is anything to estimate from.
std::string eta_text(std::size_t done, std::size_t total, double seconds);

/// The report as a JSON value; `ingest` adds its counts to it.
nlohmann::ordered_json report_object(const batch_report& report);

/// The report as JSON text (what OUTDIR/run.json holds; see json_text.hpp
/// for file names that are not UTF-8).
std::string report_json(const batch_report& report);

/// "protokol: 40 inputs, 39 exported, 1 quarantined, 3 warnings, 12.0 MB in 0.4 s (30.0 MB/s)",
/// "; shard 1/4, 30 inputs left to other shards" with --shard, and
/// "; interrupted: 12 inputs not started" after a stop.
std::string summary_line(const batch_report& report);

}  // namespace protokol
