#include "merge_target.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <protokol/atomic_file.hpp>

#include "../quarantine_files.hpp"

namespace protokol::merge {
namespace fs = std::filesystem;

namespace {

// "out/" and "out" are one folder: the name is what the sibling is named after.
fs::path without_trailing_slash(const fs::path& p) {
  fs::path out = fs::absolute(p).lexically_normal();
  return out.has_filename() ? out : out.parent_path();
}

bool inside(const fs::path& folder, const fs::path& path) {
  const auto [end, at] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return end == folder.end();
}

std::string staging_prefix(const fs::path& target) {
  return std::string(atomic_temp_prefix) + target.filename().string() + ".";
}

// What a killed merge into the same target left, unless its process still runs.
void remove_stale_stagings(const fs::path& target) {
  const std::string prefix = staging_prefix(target);
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(target.parent_path(), ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) == 0 && entry.is_directory(ec) && !owned_by_other_live_process(name))
      fs::remove_all(entry.path(), ec);
  }
}

}  // namespace

std::string check_target(const fs::path& target, const std::vector<fs::path>& inputs) {
  const fs::path out = fs::weakly_canonical(without_trailing_slash(target));
  for (const fs::path& input : inputs) {
    const fs::path in = fs::weakly_canonical(without_trailing_slash(input));
    if (in == out) return "is one of the shard outputs to merge";
    if (inside(in, out)) return "lies inside the shard output " + input.string();
  }
  std::error_code ec;
  if (!fs::exists(out, ec)) return {};
  if (!fs::is_directory(out, ec)) return "exists and is not a folder";
  if (!fs::is_empty(out, ec)) return "exists and is not empty: merge writes a new folder";
  return {};
}

staged_folder::staged_folder(const fs::path& target) : target_(without_trailing_slash(target)) {
  fs::create_directories(target_.parent_path());
  remove_stale_stagings(target_);
  path_ = target_.parent_path() / (staging_prefix(target_) + std::to_string(::getpid()) + ".0");
  fs::create_directory(path_);
}

staged_folder::~staged_folder() {
  std::error_code ec;
  if (!committed_) fs::remove_all(path_, ec);
}

void staged_folder::commit() {
  sync_file_system(path_);
  // Over an empty target folder too: rename(2) replaces an empty directory.
  if (std::rename(path_.c_str(), target_.c_str()) != 0)
    throw std::runtime_error("cannot rename " + path_.string() + " to " + target_.string() + ": " +
                             std::strerror(errno));
  committed_ = true;
  sync_directory(target_.parent_path());
}

}  // namespace protokol::merge
