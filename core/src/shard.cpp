#include "shard.hpp"

#include <algorithm>
#include <charconv>

#include "sha256.hpp"

namespace protokol {

std::string to_string(const shard_spec& shard) {
  return std::to_string(shard.index) + "/" + std::to_string(shard.count);
}

namespace {

// Digits only: from_chars alone would take "+1" as no number and " 1" as none
// either, but also stop early at "1x" without saying so.
bool read_number(std::string_view text, std::uint64_t& out) {
  if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != text.npos)
    return false;
  return std::from_chars(text.data(), text.data() + text.size(), out).ec == std::errc();
}

}  // namespace

std::string parse_shard(std::string_view text, shard_spec& shard) {
  const std::size_t slash = text.find('/');
  std::uint64_t index = 0, count = 0;
  if (slash == text.npos || !read_number(text.substr(0, slash), index) ||
      !read_number(text.substr(slash + 1), count))
    return "must be K/N, two whole numbers such as 0/4, not '" + std::string(text) + "'";
  if (count < 1 || count > max_shard_count)
    return std::string(text) + ": N must be from 1 to " + std::to_string(max_shard_count);
  if (index >= count)
    return std::string(text) + ": K must be from 0 to " + std::to_string(count - 1) +
           " (shards count from 0, as Kubernetes' JOB_COMPLETION_INDEX does; with Slurm use "
           "--array=0-" +
           std::to_string(count - 1) + ")";
  shard = {static_cast<std::uint32_t>(index), static_cast<std::uint32_t>(count)};
  return {};
}

bool owns_content(const shard_spec& shard, std::string_view sha256_hex) {
  if (shard.count <= 1) return true;
  std::uint64_t prefix = 0;
  std::from_chars(sha256_hex.data(),
                  sha256_hex.data() + std::min<std::size_t>(16, sha256_hex.size()), prefix, 16);
  return prefix % shard.count == shard.index;
}

bool owns_unreadable(const shard_spec& shard, const std::string& relative) {
  return shard.count <= 1 || owns_content(shard, sha256_hex(relative));
}

}  // namespace protokol
