#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <export_common/atomic_file.hpp>
#include <protokol/atomic_file.hpp>
#include <system_error>
#include <utility>

namespace protokol::export_common {
namespace {

constexpr std::size_t buffer_capacity = std::size_t{1} << 18;

[[noreturn]] void throw_errno(int error, const std::string& what,
                              const std::filesystem::path& path) {
  throw std::system_error(error, std::generic_category(), what + " " + path.string());
}

// The core's prefix, so that ingestion deletes what a kill leaves; pid and a
// process-wide counter keep names unique between threads and processes, and
// O_EXCL below catches the rest (reused pids).
using protokol::atomic_temp_prefix;

std::filesystem::path temp_name(const std::filesystem::path& target) {
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

std::filesystem::path folder_of(const std::filesystem::path& target) {
  return target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
}

}  // namespace

atomic_file::atomic_file(std::filesystem::path target, bool durable)
    : target_(std::move(target)), durable_(durable) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    temp_ = temp_name(target_);
    // 0666 & ~umask: outputs get the same mode as any file the user creates.
    fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd_ >= 0) return;
    if (errno != EEXIST) throw_errno(errno, "cannot create a temporary file for", target_);
  }
  throw_errno(EEXIST, "cannot create a temporary file for", target_);
}

atomic_file::~atomic_file() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_) ::unlink(temp_.c_str());
}

void atomic_file::write(std::string_view bytes) {
  // Large pieces skip the buffer: copying them would only cost time.
  if (bytes.size() >= buffer_capacity / 4) {
    flush_buffer();
    write_fully(bytes);
    return;
  }
  if (buffer_.size() + bytes.size() > buffer_capacity) flush_buffer();
  if (buffer_.capacity() < buffer_capacity) buffer_.reserve(buffer_capacity);
  buffer_.append(bytes);
}

void atomic_file::flush_buffer() {
  write_fully(buffer_);
  buffer_.clear();
}

void atomic_file::write_fully(std::string_view bytes) {
  while (!bytes.empty()) {
    const ::ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw_errno(errno, "cannot write", target_);
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

void atomic_file::commit() {
  flush_buffer();
  if (durable_ && ::fsync(fd_) != 0) throw_errno(errno, "cannot sync", target_);
  const int fd = std::exchange(fd_, -1);
  if (::close(fd) != 0) throw_errno(errno, "cannot close", target_);
  if (::rename(temp_.c_str(), target_.c_str()) != 0)
    throw_errno(errno, "cannot rename onto", target_);
  committed_ = true;
  if (durable_) sync_directory(folder_of(target_));
}

void write_file_atomically(const std::filesystem::path& target, std::string_view content) {
  atomic_file file(target);
  file.write(content);
  file.commit();
}

void remove_file_durably(const std::filesystem::path& target) {
  if (::unlink(target.c_str()) != 0) {
    if (errno == ENOENT) return;
    throw_errno(errno, "cannot remove", target);
  }
  sync_directory(folder_of(target));
}

void sync_directory(const std::filesystem::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) throw_errno(errno, "cannot open folder", folder);
  const int rc = ::fsync(fd);
  const int error = errno;
  ::close(fd);
  // Some file systems cannot sync a folder; the rename itself has happened.
  if (rc != 0 && error != EINVAL && error != ENOTSUP)
    throw_errno(error, "cannot sync folder", folder);
}

}  // namespace protokol::export_common
