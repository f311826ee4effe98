// state_lock: one ingest at a time per state file. A lock file beside the
// state is held with flock(LOCK_EX|LOCK_NB); the kernel releases it when the
// holder dies, so a lock left by a killed process recovers by itself. The
// holder writes who it is into the file, for the message a second run prints
// and for the next run to learn how the previous one ended.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace protokol::ingest {

/// What the lock file says about its (current or last) holder.
struct lock_holder {
  long pid = 0;
  std::string host;
  std::string since;  ///< UTC timestamp
  int signal = 0;     ///< the fatal signal the holder died of, when it noted one

  /// "pid N on HOST since TIME", or "an unknown process" when the file is empty.
  std::string str() const;
};

/// Parses what a lock file holds.
lock_holder parse_lock_holder(const std::string& text);

/// A held lock; released when destroyed (or by the kernel when the process dies).
class state_lock {
 public:
  /// Takes the lock for `state_file` (lock file: state_file + ".lock").
  /// Returns nothing when another process holds it; `holder` then says who.
  /// `previous` receives what the file said before we took it (how the last
  /// holder ended). Throws std::runtime_error when the file cannot be opened.
  static std::optional<state_lock> acquire(const std::filesystem::path& state_file,
                                           lock_holder& holder, lock_holder* previous = nullptr);

  state_lock(state_lock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  state_lock& operator=(state_lock&&) = delete;
  state_lock(const state_lock&) = delete;
  ~state_lock();

  /// The open lock file, for the crash note a fatal-signal handler appends.
  int fd() const { return fd_; }

  static std::filesystem::path lock_file(const std::filesystem::path& state_file);

 private:
  explicit state_lock(int fd) : fd_(fd) {}
  int fd_;
};

/// This machine's name, as lock files record it.
std::string host_name();

/// Reads the holder of the lock of `state_file` without taking it; nothing
/// when the lock is free. For `protokol status`.
std::optional<lock_holder> current_lock_holder(const std::filesystem::path& state_file);

}  // namespace protokol::ingest
