// worker_pool: runs documents in isolated worker processes (`--isolate`).
// The parent stays single-threaded: it hands documents to the workers (the
// next one queued behind the current), watches the time each takes, and when
// a worker dies or overruns its limit, quarantines that document naming the
// stage, the plugin and the signal or limit, starts a new worker and goes on.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "../batch.hpp"
#include "messages.hpp"
#include "worker_setup.hpp"

namespace protokol::isolation {

/// What the parent does around each document.
struct document_hooks {
  /// Before document i goes to a worker: its task, or nothing to leave it
  /// out (it then gets no `done`).
  std::function<std::optional<task>(std::size_t)> start;
  /// With what came back for document i (for a worker that died, the
  /// outcome of its quarantine). An exception (an environment problem) stops
  /// the run: no new document starts, those in hand finish (their `done` is
  /// still called), then it is rethrown.
  std::function<void(std::size_t, task_result)> done;
};

/// Runs documents [0, count) on up to `workers` worker processes built from
/// `setup`. `runner` holds the parent's instances of the same stages: they
/// name the stage a worker died in, take back its outputs, and sum the time
/// of each stage. `stop`, asked before each document, ends the run early,
/// as in a threaded run. The workers have exited when this returns.
void run_in_workers(const worker_setup& setup, unsigned workers, const pipeline_runner& runner,
                    std::size_t count, progress_meter& progress, const document_hooks& hooks,
                    const std::function<bool()>& stop);

/// run_batch with every input processed in a worker process (`run --isolate`).
batch_report run_isolated_batch(const worker_setup& setup, pipeline_runner& runner,
                                const std::vector<input_file>& inputs, unsigned jobs,
                                progress_meter& progress, const std::function<bool()>& stop);

}  // namespace protokol::isolation
