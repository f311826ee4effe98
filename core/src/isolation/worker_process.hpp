// worker_process: one isolated worker as its parent sees it. The worker is
// `protokol worker`, started with fork and exec, so it begins as a fresh
// process that loads the plugins itself: nothing of the parent's state (an
// open database, a lock a thread held, a plugin's globals) is carried into
// it, and the parent may start one at any time, also after using its own
// stages. docs/operations.md, "Isolated workers", explains the choice.
#pragma once

#include <sys/types.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "worker_setup.hpp"

namespace protokol::isolation {

/// Where a worker finds its socket to the parent and its stage slot (a
/// shared page holding the index of the stage it is in).
inline constexpr int channel_fd = 3;
inline constexpr int stage_slot_fd = 4;

class worker_process {
 public:
  /// Starts `limits.executable worker` with RLIMIT_AS at `limits.megabytes`
  /// and no core files, killed with its parent, and sends it
  /// `setup_message`. Throws std::runtime_error when it cannot be started.
  worker_process(const options& limits, const std::string& setup_message);
  /// Kills and reaps a worker still running.
  ~worker_process();
  worker_process(const worker_process&) = delete;
  worker_process& operator=(const worker_process&) = delete;

  /// Waits until the worker has built its stages. Throws std::runtime_error
  /// with its reason when it could not, died, or took longer than `limit`.
  void wait_ready(std::chrono::milliseconds limit);

  int channel() const { return channel_; }
  /// The index of the stage the worker is in, or -1 outside any.
  std::int32_t current_stage() const { return slot_->load(std::memory_order_acquire); }
  /// False when the worker is gone.
  bool send(std::string_view body) const;
  bool receive(std::string& body) const;

  /// Kills it at once (SIGKILL) and reaps it; returns the wait status.
  int kill();
  /// Reaps a worker whose channel closed; returns the wait status.
  int reap();
  /// Closes the channel: the worker destroys its stages and exits.
  void close_channel();
  /// Waits for a worker whose channel is closed to exit, killing it at `deadline`.
  void wait_exit(std::chrono::steady_clock::time_point deadline);

 private:
  std::string executable_;
  pid_t pid_ = -1;
  int channel_ = -1;
  std::atomic<std::int32_t>* slot_ = nullptr;
};

/// "was killed by signal 11 (SIGSEGV)" or "ended with exit status 3", from
/// a waitpid status.
std::string describe_end(int wait_status);

}  // namespace protokol::isolation
