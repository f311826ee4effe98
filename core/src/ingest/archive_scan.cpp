#include "archive_scan.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <unordered_set>

#include "../sha256.hpp"

namespace protokol::ingest {
namespace fs = std::filesystem;

namespace {

std::int64_t ns(const timespec& t) {
  return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

struct found_entry {
  fs::path path;
  std::string relative;
  std::string error;  ///< set for entries that are not readable files
  struct stat st {};  ///< the file's (a link's target's) stat, when error is empty
};

// Lists files below `dir`, one folder at a time so that a folder that cannot
// be listed is recorded as unknown instead of ending the whole walk.
void walk(const fs::path& dir, const std::string& prefix, const input_filter& filter,
          std::vector<found_entry>& out, std::vector<std::string>& unreadable_folders,
          const fs::path& root) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  std::vector<fs::directory_entry> entries;
  for (const fs::directory_iterator end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  if (ec) {
    unreadable_folders.push_back(prefix.empty() ? "." : prefix.substr(0, prefix.size() - 1));
    return;
  }
  const bool holds_output = is_protokol_output(dir);
  for (const fs::directory_entry& entry : entries) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') continue;  // hidden, as `run` skips them
    // One stat per entry (following links; whether it is a link comes with
    // the listing): a no-change run over a big archive is mostly this.
    std::error_code sec;
    const bool link = entry.is_symlink(sec);
    struct stat st {};
    const bool stated = ::stat(entry.path().c_str(), &st) == 0;
    const int stat_errno = errno;
    if (stated && filter.skip.contains(st)) continue;  // the output folder, the state
    const std::string relative = prefix + name;
    // In a folder holding another run's output, its subfolders (json/, xml/,
    // csv/, quarantine/) and run.json are no minutes; files beside them are.
    if (holds_output && ((stated && S_ISDIR(st.st_mode)) || name == "run.json")) continue;
    if (!link && stated && S_ISDIR(st.st_mode)) {
      walk(entry.path(), relative + "/", filter, out, unreadable_folders, root);
      continue;
    }
    if (!passes(filter, relative)) continue;
    // A refused symlink is recorded as unreadable with its reason, never read.
    std::string error = link ? symlink_refusal(entry.path(), root) : std::string();
    if (error.empty() && !stated)
      error =
          link && stat_errno == ENOENT
              ? std::string("broken symbolic link")
              // ELOOP: links pointing at each other ("Too many levels of symbolic links").
              : std::string(link ? "symbolic link: " : "cannot stat: ") + std::strerror(stat_errno);
    else if (error.empty() && !S_ISREG(st.st_mode))
      error = "not a regular file";
    out.push_back({entry.path(), relative, error, st});
  }
}

bool same_stat(const struct stat& a, const struct stat& b) {
  return a.st_size == b.st_size && ns(a.st_mtim) == ns(b.st_mtim) && ns(a.st_ctim) == ns(b.st_ctim);
}

}  // namespace

std::int64_t wall_clock_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool scan_result::unknown(const std::string& relative) const {
  return std::any_of(
      unreadable_folders.begin(), unreadable_folders.end(), [&](const std::string& folder) {
        return folder == "." ||
               (relative.size() > folder.size() &&
                relative.compare(0, folder.size(), folder) == 0 && relative[folder.size()] == '/');
      });
}

scan_result scan_archive(const fs::path& archive, const scan_options& options,
                         const std::unordered_map<std::string, file_record>& cache,
                         const std::unordered_map<std::string, pending_record>& pending,
                         const std::function<bool()>& stop) {
  scan_result result;
  std::vector<found_entry> found;
  walk(archive, "", options.filter, found, result.unreadable_folders, archive);
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.relative < b.relative; });

  std::string bytes, error;
  std::unordered_set<std::string> seen;
  for (const found_entry& entry : found) {
    if (stop && stop()) {
      result.stopped = true;
      return result;
    }
    seen.insert(entry.relative);
    scanned_file f;
    f.relative = entry.relative;
    if (!entry.error.empty()) {
      f.state = file_state::unreadable;
      f.error = entry.error;
      result.files.push_back(std::move(f));
      continue;
    }
    const struct stat& before = entry.st;  // from the walk, just now
    f.size = before.st_size;
    f.mtime_ns = ns(before.st_mtim);
    f.ctime_ns = ns(before.st_ctim);
    const auto cached = cache.find(f.relative);
    const auto was_pending = pending.find(f.relative);
    // Fast path: the same stat as when it was last fingerprinted. ctime as
    // well as mtime, since tools set mtime back (touch -r, cp -p, rsync -t)
    // and nothing sets ctime.
    if (cached != cache.end() && cached->second.size == f.size &&
        cached->second.mtime_ns == f.mtime_ns && cached->second.ctime_ns == f.ctime_ns) {
      f.sha256 = cached->second.sha256;
      f.fast = true;
      if (was_pending != pending.end()) result.pending_erasures.push_back(f.relative);
      result.files.push_back(std::move(f));
      continue;
    }
    // Young files may still be written to. A file seen unchanged for the
    // settle time by earlier scans is settled too, whatever its mtime says
    // (a clock running ahead must not hold a file back for ever).
    const bool same_as_before = was_pending != pending.end() &&
                                was_pending->second.size == f.size &&
                                was_pending->second.mtime_ns == f.mtime_ns;
    const bool settled =
        options.now_ns - f.mtime_ns >= options.settle_ns ||
        (same_as_before && options.now_ns - was_pending->second.first_seen_ns >= options.settle_ns);
    if (!settled) {
      f.state = file_state::pending;
      result.pending_updates.push_back(
          {f.relative, f.size, f.mtime_ns,
           same_as_before ? was_pending->second.first_seen_ns : options.now_ns});
      result.files.push_back(std::move(f));
      continue;
    }
    if (!read_whole_file(entry.path, bytes, error)) {
      f.state = file_state::unreadable;
      f.error = error;
      result.files.push_back(std::move(f));
      continue;
    }
    struct stat after {};
    if (::stat(entry.path.c_str(), &after) != 0 || !same_stat(before, after) ||
        static_cast<std::int64_t>(bytes.size()) != f.size) {
      f.state = file_state::pending;  // written to while we read it
      result.pending_updates.push_back(
          {f.relative, after.st_size, ns(after.st_mtim), options.now_ns});
      result.files.push_back(std::move(f));
      continue;
    }
    f.sha256 = sha256_hex(bytes);
    result.bytes_hashed += bytes.size();
    result.cache_updates.push_back({f.relative, f.size, f.mtime_ns, f.ctime_ns, f.sha256});
    if (was_pending != pending.end()) result.pending_erasures.push_back(f.relative);
    result.files.push_back(std::move(f));
  }
  for (const auto& [path, record] : cache)
    if (!seen.count(path) && !result.unknown(path)) result.cache_erasures.push_back(path);
  for (const auto& [path, record] : pending)
    if (!seen.count(path) && !result.unknown(path)) result.pending_erasures.push_back(path);
  std::sort(result.cache_erasures.begin(), result.cache_erasures.end());
  std::sort(result.pending_erasures.begin(), result.pending_erasures.end());
  return result;
}

}  // namespace protokol::ingest
