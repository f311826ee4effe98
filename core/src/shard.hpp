// shard: one share of an archive, so that the machines of an existing
// cluster (a Kubernetes Indexed Job, a Slurm job array, GNU parallel) each
// take their own. A document's shard follows from its content alone, so it is
// the same on every machine and in every run, whatever the paths, the mount
// points or the order of the files; copies and moved files stay in theirs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace protokol {

/// Shard `index` of `count`, counted from 0 as Kubernetes' JOB_COMPLETION_INDEX is.
struct shard_spec {
  std::uint32_t index = 0;
  std::uint32_t count = 1;  ///< 1: the whole archive
};

/// Most shards a run may be split into (more is a typo, not a cluster).
inline constexpr std::uint32_t max_shard_count = 1'000'000;

/// "K/N".
std::string to_string(const shard_spec& shard);

/// Reads "K/N" into `shard`; returns "" or what is wrong, for a message
/// after "--shard".
std::string parse_shard(std::string_view text, shard_spec& shard);

/// True when a content with this SHA-256 (lowercase hex) belongs to `shard`:
/// its first 64 bits, read as a big-endian number, modulo the shard count.
bool owns_content(const shard_spec& shard, std::string_view sha256_hex);

/// For a file whose content cannot be read: the same rule over the SHA-256
/// of its relative path, so that exactly one shard reports it.
bool owns_unreadable(const shard_spec& shard, const std::string& relative);

}  // namespace protokol
