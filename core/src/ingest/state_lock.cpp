#include "state_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <sstream>
#include <stdexcept>

#include "../pipeline_runner.hpp"

namespace protokol::ingest {

namespace {

std::string read_all(int fd) {
  std::string out;
  char buf[512];
  for (off_t offset = 0;;) {
    const ssize_t n = ::pread(fd, buf, sizeof buf, offset);
    if (n <= 0) break;
    out.append(buf, static_cast<std::size_t>(n));
    offset += n;
  }
  return out;
}

}  // namespace

std::string host_name() {
  char buf[256] = {};
  if (::gethostname(buf, sizeof buf - 1) != 0) return "unknown-host";
  return buf;
}

std::string lock_holder::str() const {
  if (pid == 0) return "an unknown process";
  return "pid " + std::to_string(pid) + " on " + host + " since " + since;
}

lock_holder parse_lock_holder(const std::string& text) {
  // Line 1: "pid HOST SINCE"; later lines: "signal N" from a crash handler.
  lock_holder h;
  std::istringstream in(text);
  std::string line;
  if (std::getline(in, line)) {
    std::istringstream first(line);
    first >> h.pid >> h.host >> h.since;
    if (!first) h = {};
  }
  while (std::getline(in, line))
    if (line.rfind("signal ", 0) == 0) h.signal = std::atoi(line.c_str() + 7);
  return h;
}

std::filesystem::path state_lock::lock_file(const std::filesystem::path& state_file) {
  return state_file.string() + ".lock";
}

std::optional<state_lock> state_lock::acquire(const std::filesystem::path& state_file,
                                              lock_holder& holder, lock_holder* previous) {
  const std::filesystem::path file = lock_file(state_file);
  const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    throw std::runtime_error("cannot open lock file " + file.string() + ": " +
                             std::strerror(errno));
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int error = errno;
    holder = parse_lock_holder(read_all(fd));
    ::close(fd);
    if (error == EWOULDBLOCK) return std::nullopt;
    throw std::runtime_error("cannot lock " + file.string() + ": " + std::strerror(error));
  }
  if (previous) *previous = parse_lock_holder(read_all(fd));
  const std::string me =
      std::to_string(::getpid()) + " " + host_name() + " " + utc_timestamp() + "\n";
  if (::ftruncate(fd, 0) != 0 ||
      ::pwrite(fd, me.data(), me.size(), 0) != static_cast<ssize_t>(me.size())) {
    const int error = errno;
    ::close(fd);
    throw std::runtime_error("cannot write lock file " + file.string() + ": " +
                             std::strerror(error));
  }
  holder = parse_lock_holder(me);
  return state_lock(fd);
}

state_lock::~state_lock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

std::optional<lock_holder> current_lock_holder(const std::filesystem::path& state_file) {
  const int fd = ::open(state_lock::lock_file(state_file).c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::optional<lock_holder> out;
  if (::flock(fd, LOCK_SH | LOCK_NB) != 0)
    out = parse_lock_holder(read_all(fd));
  else
    ::flock(fd, LOCK_UN);
  ::close(fd);
  return out;
}

}  // namespace protokol::ingest
