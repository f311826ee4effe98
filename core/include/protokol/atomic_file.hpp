// protokol/atomic_file.hpp: write a file so that readers, a crash or a kill
// only ever see the old content or the whole new content.
//
// Used by the core and by exporter plugins: temporary file in the same folder,
// write, fsync, rename over the target, fsync the folder.
#pragma once

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace protokol {

/// Prefix of every temporary file an atomic write leaves while it runs;
/// anything with it after a crash is garbage that may be deleted.
inline constexpr std::string_view atomic_temp_prefix = ".protokol-tmp.";

namespace detail {

inline std::runtime_error file_error(const std::string& what, const std::filesystem::path& path) {
  return std::runtime_error(what + " " + path.string() + ": " + std::strerror(errno));
}

inline void write_all(int fd, std::string_view data, const std::filesystem::path& path) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw file_error("cannot write", path);
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
}

inline void fsync_directory(const std::filesystem::path& dir) {
  const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) throw file_error("cannot open folder", dir);
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) throw file_error("cannot sync folder", dir);
}

}  // namespace detail

/// Writes `content` to `path` atomically and durably; creates missing folders.
/// Throws std::runtime_error naming the file on failure, leaving no temporary.
inline void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  static std::atomic<unsigned long> counter{0};  // unique temp names across threads
  const std::filesystem::path dir = path.parent_path();
  if (!dir.empty()) std::filesystem::create_directories(dir);
  const std::filesystem::path temp =
      dir / (std::string(atomic_temp_prefix) + path.filename().string() + "." +
             std::to_string(::getpid()) + "." + std::to_string(counter.fetch_add(1)));
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) throw detail::file_error("cannot create", temp);
  try {
    detail::write_all(fd, content, temp);
    if (::fsync(fd) != 0) throw detail::file_error("cannot sync", temp);
  } catch (...) {
    ::close(fd);
    ::unlink(temp.c_str());
    throw;
  }
  ::close(fd);
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const auto error = detail::file_error("cannot rename into place", path);
    ::unlink(temp.c_str());
    throw error;
  }
  detail::fsync_directory(dir);
}

/// Makes everything written to the file system holding `folder` durable
/// (syncfs): one call at the end of a run instead of an fsync per file.
inline void sync_file_system(const std::filesystem::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) throw detail::file_error("cannot open folder", folder);
  const int rc = ::syncfs(fd);
  ::close(fd);
  if (rc != 0) throw detail::file_error("cannot sync the file system of", folder);
}

}  // namespace protokol
