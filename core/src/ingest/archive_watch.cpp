#include "archive_watch.hpp"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "process_signals.hpp"

namespace protokol::ingest {
namespace fs = std::filesystem;

namespace {

constexpr std::uint32_t folder_events = IN_CREATE | IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM |
                                        IN_DELETE | IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF |
                                        IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW;

}  // namespace

archive_watch::archive_watch(fs::path root) : root_(std::move(root)) {
  fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0)
    throw std::runtime_error(std::string("cannot watch the archive (inotify): ") +
                             std::strerror(errno));
}

archive_watch::~archive_watch() {
  if (fd_ >= 0) ::close(fd_);
}

void archive_watch::add_tree(const fs::path& dir) {
  const int wd = ::inotify_add_watch(fd_, dir.c_str(), folder_events);
  if (wd < 0) {
    // ENOSPC: fs.inotify.max_user_watches is too low; the periodic rescan
    // still finds everything, only later.
    if (warning_.empty())
      warning_ = "cannot watch " + dir.string() + ": " + std::strerror(errno) +
                 "; relying on periodic rescans";
    return;
  }
  folders_[wd] = dir;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code sec;
    if (it->is_directory(sec) && !it->is_symlink(sec)) add_tree(it->path());
  }
}

std::string archive_watch::sync() {
  warning_.clear();
  add_tree(root_);
  return warning_;
}

// Reads every queued event; true when one concerns a non-hidden entry.
bool archive_watch::drain() {
  alignas(inotify_event) char buf[16 * 1024];
  bool relevant = false;
  for (;;) {
    const ssize_t n = ::read(fd_, buf, sizeof buf);
    if (n <= 0) break;
    for (ssize_t offset = 0; offset < n;) {
      const auto* e = reinterpret_cast<const inotify_event*>(buf + offset);
      offset += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
      if (e->mask & IN_Q_OVERFLOW) {
        relevant = true;
        continue;
      }
      if (e->mask & IN_IGNORED) {
        folders_.erase(e->wd);
        continue;
      }
      const std::string name = e->len ? e->name : "";
      if (!name.empty() && name[0] == '.') continue;  // hidden: rsync temporaries and the like
      relevant = true;
      const auto folder = folders_.find(e->wd);
      if ((e->mask & IN_ISDIR) && (e->mask & (IN_CREATE | IN_MOVED_TO)) && folder != folders_.end())
        add_tree(folder->second / name);  // before files appear in it unseen
    }
  }
  return relevant;
}

archive_watch::wake archive_watch::wait(std::chrono::milliseconds timeout) {
  pollfd fds[2] = {{fd_, POLLIN, 0}, {stop_fd(), POLLIN, 0}};
  const int count = stop_fd() >= 0 ? 2 : 1;
  const int rc = ::poll(
      fds, count, static_cast<int>(std::clamp<long long>(timeout.count(), 0, 24LL * 3600 * 1000)));
  if (stop_requested()) return wake::stop;
  if (rc > 0 && (fds[0].revents & POLLIN) && drain()) return wake::event;
  return wake::timeout;
}

}  // namespace protokol::ingest
