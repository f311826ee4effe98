// archive_watch: inotify watches on every (non-hidden) folder of the archive,
// for `protokol ingest --watch`. Events only say "look again soon": each pass
// still scans the whole archive (cheap: the stat fast path), so an event lost
// to a race or a queue overflow costs a delay, never a file.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <unordered_map>

namespace protokol::ingest {

class archive_watch {
 public:
  /// Throws std::runtime_error when inotify is not available.
  explicit archive_watch(std::filesystem::path root);
  ~archive_watch();
  archive_watch(const archive_watch&) = delete;
  archive_watch& operator=(const archive_watch&) = delete;

  /// Adds watches for every folder under the root not yet watched (and
  /// refreshes the names of folders that moved). Returns a warning, or "".
  std::string sync();

  enum class wake { event, stop, timeout };
  /// Waits for an event about a non-hidden entry, a stop request
  /// (SIGINT/SIGTERM) or the timeout.
  wake wait(std::chrono::milliseconds timeout);

 private:
  void add_tree(const std::filesystem::path& dir);
  bool drain();

  std::filesystem::path root_;
  int fd_ = -1;
  std::unordered_map<int, std::filesystem::path> folders_;
  std::string warning_;
};

}  // namespace protokol::ingest
