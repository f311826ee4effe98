// ingest_pass: one incremental, crash-safe pass of `protokol ingest` over
// the archive (docs/ingest.md, "One run, step by step", steps 4 to 10).
#pragma once

#include <iosfwd>
#include <string>

#include "../isolation/worker_setup.hpp"
#include "../pipeline_runner.hpp"
#include "ingest_session.hpp"
#include "process_signals.hpp"
#include "state_lock.hpp"
#include "state_store.hpp"

namespace protokol::ingest {

/// Runs one pass with `runner`'s stages: recovers the documents a crashed
/// run (`crashed_run`, or null) left in flight, then scans, plans, applies,
/// processes, purges and lets the exporters finish. Stops early on SIGINT or
/// SIGTERM. Throws on an environment failure, the state left consistent.
/// With `isolated` (--isolate), documents are processed in worker processes.
pass_report run_ingest_pass(const ingest_options& options, state_store& state,
                            pipeline_runner& runner, std::string fingerprint, fault_injector& fault,
                            std::ostream& err, const lock_holder* crashed_run,
                            const isolation::worker_setup* isolated = nullptr);

}  // namespace protokol::ingest
