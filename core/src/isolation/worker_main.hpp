// worker_main: the worker side of isolation, `protokol worker`. Started by
// worker_process with its socket and stage slot on fixed descriptors, it
// builds the stages the parent describes, then processes one document per
// task until the parent closes the socket.
#pragma once

#include <iosfwd>

namespace protokol::isolation {

/// Runs the worker; returns its exit code. Run by hand (no socket on the
/// channel descriptor) it says what it is for and returns bad_usage.
int serve_worker(std::ostream& err);

}  // namespace protokol::isolation
