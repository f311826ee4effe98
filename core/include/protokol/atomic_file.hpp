// protokol/atomic_file.hpp: files that readers, a crash or a kill only ever
// see whole: the old content or all of the new, never a part.
//
// The one implementation the core and every exporter use: a temporary file
// in the target's own folder, written, renamed over the target by commit().
// Durable files are also fsync'd before the rename and their folder after
// it; exporters take that choice from stage_config::sync_each_file, since
// with `run --sync end` the host makes the whole output durable at once.
#pragma once

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <protokol/byte_output.hpp>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

namespace protokol {

/// Prefix of every temporary file an atomic write leaves while it runs;
/// anything with it after a crash is garbage that may be deleted.
inline constexpr std::string_view atomic_temp_prefix = ".protokol-tmp.";

namespace detail {

[[noreturn]] inline void throw_file_error(int error, const std::string& what,
                                          const std::filesystem::path& path) {
  throw std::system_error(error, std::generic_category(), what + " " + path.string());
}

inline std::filesystem::path folder_of(const std::filesystem::path& file) {
  return file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
}

// ".protokol-tmp.<name>.<pid>.<n>": the pid tells `ingest` whether the
// writer still runs; pid and counter keep names unique between threads and
// processes. Each plugin carries its own counter, so names can still meet:
// atomic_file's O_EXCL catches that and draws again.
inline std::filesystem::path atomic_temp_name(const std::filesystem::path& target) {
  static std::atomic<std::uint64_t> counter{0};
  const std::uint64_t n = counter.fetch_add(1, std::memory_order_relaxed);
  std::string name(atomic_temp_prefix);
  name += target.filename().string();
  name += '.';
  name += std::to_string(static_cast<long long>(::getpid()));
  name += '.';
  name += std::to_string(n);
  return target.parent_path() / name;
}

}  // namespace detail

/// fsyncs a folder so that renames and removals in it survive a power loss.
/// Throws std::system_error naming the folder when it cannot.
inline void sync_directory(const std::filesystem::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) detail::throw_file_error(errno, "cannot open folder", folder);
  const int rc = ::fsync(fd);
  const int error = errno;
  ::close(fd);
  // Some file systems cannot sync a folder; the rename itself has happened.
  if (rc != 0 && error != EINVAL && error != ENOTSUP)
    detail::throw_file_error(error, "cannot sync folder", folder);
}

/// Makes everything written to the file system holding `folder` durable
/// (syncfs): one call at the end of a run instead of an fsync per file.
inline void sync_file_system(const std::filesystem::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) detail::throw_file_error(errno, "cannot open folder", folder);
  const int rc = ::syncfs(fd);
  const int error = errno;
  ::close(fd);
  if (rc != 0) detail::throw_file_error(error, "cannot sync the file system of", folder);
}

/// A file written under a temporary name (atomic_temp_prefix) in the
/// target's own folder and renamed over the target by commit(). Without
/// commit() the destructor removes the temporary file, so an exception never
/// leaves a half file behind, and the target keeps its old content.
class atomic_file final : public byte_output {
 public:
  /// Creates the temporary file; the target's folder must exist. `durable`:
  /// commit() fsyncs the file before the rename and the folder after it
  /// (exporters pass stage_config::sync_each_file). Throws std::system_error
  /// naming the target when it cannot.
  explicit atomic_file(std::filesystem::path target, bool durable = true);
  /// Removes the temporary file unless commit() succeeded.
  ~atomic_file() override;
  atomic_file(const atomic_file&) = delete;
  atomic_file& operator=(const atomic_file&) = delete;

  /// Appends bytes (buffered; large writes go straight to the file).
  void write(std::string_view bytes) override;
  /// Makes the content visible under the target name (and durable when
  /// asked). Throws std::system_error naming the target when it cannot.
  void commit();

  /// The file commit() writes.
  const std::filesystem::path& target() const { return target_; }

 private:
  static constexpr std::size_t buffer_capacity = std::size_t{1} << 18;
  static constexpr std::size_t direct_write_bytes = std::size_t{1} << 12;

  void flush_buffer();
  void write_fully(std::string_view bytes);

  std::filesystem::path target_;
  std::filesystem::path temp_;
  bool durable_;
  int fd_ = -1;
  std::string buffer_;
  bool committed_ = false;
};

inline atomic_file::atomic_file(std::filesystem::path target, bool durable)
    : target_(std::move(target)), durable_(durable) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    temp_ = detail::atomic_temp_name(target_);
    // 0666 & ~umask: outputs get the same mode as any file the user creates.
    fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd_ >= 0) return;
    if (errno != EEXIST)
      detail::throw_file_error(errno, "cannot create a temporary file for", target_);
  }
  detail::throw_file_error(EEXIST, "cannot create a temporary file for", target_);
}

inline atomic_file::~atomic_file() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_) ::unlink(temp_.c_str());
}

inline void atomic_file::write(std::string_view bytes) {
  // Large pieces skip the buffer: copying them would only cost time. So do
  // a chunked_writer's chunks when nothing waits before them (the last,
  // partial chunk of a document would otherwise be copied once more).
  if (bytes.size() >= buffer_capacity / 4 ||
      (buffer_.empty() && bytes.size() >= direct_write_bytes)) {
    flush_buffer();
    write_fully(bytes);
    return;
  }
  if (buffer_.size() + bytes.size() > buffer_capacity) flush_buffer();
  if (buffer_.capacity() < buffer_capacity) buffer_.reserve(buffer_capacity);
  buffer_.append(bytes);
}

inline void atomic_file::flush_buffer() {
  write_fully(buffer_);
  buffer_.clear();
}

inline void atomic_file::write_fully(std::string_view bytes) {
  while (!bytes.empty()) {
    const ::ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      detail::throw_file_error(errno, "cannot write", target_);
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

inline void atomic_file::commit() {
  flush_buffer();
  if (durable_ && ::fsync(fd_) != 0) detail::throw_file_error(errno, "cannot sync", target_);
  const int fd = std::exchange(fd_, -1);
  if (::close(fd) != 0) detail::throw_file_error(errno, "cannot close", target_);
  if (::rename(temp_.c_str(), target_.c_str()) != 0)
    detail::throw_file_error(errno, "cannot rename onto", target_);
  committed_ = true;
  if (durable_) sync_directory(detail::folder_of(target_));
}

/// Writes `content` to `target` atomically (see atomic_file), creating
/// missing folders first. Throws std::system_error naming the file when it
/// cannot, leaving no temporary file.
inline void write_file_atomically(const std::filesystem::path& target, std::string_view content,
                                  bool durable = true) {
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path());
  atomic_file file(target, durable);
  file.write(content);
  file.commit();
}

/// Removes `target` if it exists; with `durable`, also makes the removal
/// survive a power loss (fsync of its folder). A missing file is not an
/// error. Throws std::system_error naming the file when it cannot.
inline void remove_file_durably(const std::filesystem::path& target, bool durable = true) {
  if (::unlink(target.c_str()) != 0) {
    if (errno == ENOENT) return;
    detail::throw_file_error(errno, "cannot remove", target);
  }
  if (durable) sync_directory(detail::folder_of(target));
}

}  // namespace protokol
