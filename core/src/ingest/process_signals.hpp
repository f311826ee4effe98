// process_signals: how an ingest process reacts to signals. SIGINT/SIGTERM ask
// it to stop after the documents in hand (state committed, tables finished);
// a second one ends it at once, which is safe since every step is crash-safe.
// A fatal signal (a plugin's segfault) is noted in the lock file before the
// process dies, so the next run can say what killed it.
//
// Signal handlers can only reach process-wide state; it lives in the .cpp,
// and nothing else in the core keeps any.
#pragma once

#include <atomic>
#include <cstdlib>
#include <string>

namespace protokol::ingest {

/// Installs the SIGINT/SIGTERM handlers (once per process).
void install_stop_handlers();
/// True once SIGINT or SIGTERM arrived.
bool stop_requested();
/// A descriptor that becomes readable when a stop is requested (for poll).
int stop_fd();

/// On SIGSEGV, SIGBUS, SIGFPE, SIGILL or SIGABRT: append "signal N" to the
/// file open as `fd`, then die of the signal as before.
void note_fatal_signals(int fd);

/// "SIGSEGV" for 11, and so on; "signal N" for others.
std::string signal_name(int signal);

/// Test hook: PROTOKOL_FAULT_KILL_AFTER_WRITES=N makes the process SIGKILL
/// itself at the N-th durable step (a state commit, a document's outputs
/// written, an output or quarantine file written or removed), so tests can
/// prove recovery from a crash at every such point.
class fault_injector {
 public:
  /// Reads PROTOKOL_FAULT_KILL_AFTER_WRITES; 0 or unset disables it.
  static fault_injector from_environment();
  explicit fault_injector(long kill_after) : kill_after_(kill_after) {}
  fault_injector(const fault_injector& other)
      : kill_after_(other.kill_after_), count_(other.count_.load()) {}

  /// Counts one durable step; dies when it is the chosen one.
  void point();

 private:
  long kill_after_;
  std::atomic<long> count_{0};
};

}  // namespace protokol::ingest
