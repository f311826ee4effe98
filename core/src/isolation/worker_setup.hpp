// worker_setup: what `run --isolate` and `ingest --isolate` hand their worker
// processes, and the limits each document runs under. docs/operations.md,
// "Isolated workers", says when to use it and what it costs.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "../pipeline.hpp"
#include "../shard.hpp"

namespace protokol::isolation {

/// How documents run in isolated worker processes.
struct options {
  bool enabled = false;
  double seconds = 60;             ///< --doc-timeout: wall time per document
  std::uint64_t megabytes = 2048;  ///< --doc-memory: address space per worker (RLIMIT_AS)
  /// The protokol binary a worker runs (`protokol worker`): the CLI runs itself.
  std::filesystem::path executable = "/proc/self/exe";
  /// The plugin files and folders the parent loaded, so a worker loads the same.
  std::vector<std::filesystem::path> plugin_search_path;
};

/// Everything a worker needs to build the very stages the parent checked.
struct worker_setup {
  options isolation;
  pipeline_spec spec;  ///< after --set overrides
  std::filesystem::path output_dir;
  bool sync_each_file = true;
  shard_spec shard;  ///< run --shard: a worker leaves other shards' documents alone
};

// AddressSanitizer and ThreadSanitizer reserve terabytes of address space for
// their shadow memory when a process starts, so a worker of such a build (the
// test suite's sanitizer runs, never a release) cannot start under RLIMIT_AS:
// there --doc-memory is accepted but not applied. docs/security.md, "Sanitizers".
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool address_space_limited = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
inline constexpr bool address_space_limited = false;
#else
inline constexpr bool address_space_limited = true;
#endif
#else
inline constexpr bool address_space_limited = true;
#endif

/// The smallest --doc-memory accepted: a worker with its plugins loaded
/// needs about this much address space before it reads a document.
inline constexpr std::uint64_t min_megabytes = 256;

}  // namespace protokol::isolation
