// archive_scan: what is in the archive folder now. Walks it (recursively,
// hidden entries skipped, --include/--exclude as `run` applies them) and
// fingerprints each file, reading only those whose stat changed since the
// last scan, and leaving unsettled files (still being written) for later.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "../inputs.hpp"
#include "../read_file.hpp"
#include "state_store.hpp"

namespace protokol::ingest {

enum class file_state {
  settled,     ///< fingerprinted; ready to be ingested
  pending,     ///< changed too recently, or changed while it was read
  unreadable,  ///< could not be stat'ed or read (error says why)
};

/// One file of the archive.
struct scanned_file {
  std::string relative;  ///< '/'-separated, relative to the archive
  file_state state = file_state::settled;
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;
  std::string sha256;  ///< when settled
  bool fast = false;   ///< fingerprint taken from the cache without reading
  std::string error;   ///< when unreadable
};

struct scan_options {
  input_filter filter;
  std::int64_t settle_ns = 10'000'000'000;
  std::int64_t now_ns = 0;  ///< wall clock (file times are wall-clock too)
};

/// The archive as found, and the cache updates the scan implies.
struct scan_result {
  std::vector<scanned_file> files;  ///< sorted by relative path
  std::vector<std::string>
      unreadable_folders;  ///< relative; what is under them is unknown, not gone
  std::vector<file_record> cache_updates;
  std::vector<std::string> cache_erasures;
  std::vector<pending_record> pending_updates;
  std::vector<std::string> pending_erasures;
  std::uint64_t bytes_hashed = 0;
  bool stopped = false;  ///< a stop was requested; the scan is incomplete

  /// True when `relative` lies under a folder that could not be listed.
  bool unknown(const std::string& relative) const;
};

/// Scans `archive`. `cache` and `pending` are the state's tables; `stop` is
/// asked between files.
scan_result scan_archive(const std::filesystem::path& archive, const scan_options& options,
                         const std::unordered_map<std::string, file_record>& cache,
                         const std::unordered_map<std::string, pending_record>& pending,
                         const std::function<bool()>& stop);

/// Nanoseconds since the epoch, wall clock.
std::int64_t wall_clock_ns();

}  // namespace protokol::ingest
