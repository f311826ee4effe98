#include "worker_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <new>
#include <stdexcept>
#include <thread>

#include "messages.hpp"
#include "wire.hpp"

namespace protokol::isolation {
namespace {

std::runtime_error system_error(const std::string& what) {
  return std::runtime_error("isolated worker: " + what + ": " + std::strerror(errno));
}

// Between fork and exec only async-signal-safe calls: the parent may hold
// locks (malloc's among them) that no thread of the child will ever release.
[[noreturn]] void exec_worker(const char* executable, char* const argv[], int channel, int slot,
                              rlim_t address_space, pid_t parent) {
  const rlimit memory{address_space, address_space};
  const rlimit no_core{0, 0};
  if (address_space_limited) ::setrlimit(RLIMIT_AS, &memory);
  ::setrlimit(RLIMIT_CORE, &no_core);
  // A worker never outlives its run, whatever kills the run.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(127);
  // Ctrl-C and systemd's SIGTERM reach the whole group; the parent decides
  // (it lets the documents in hand finish), so the worker ignores them.
  struct sigaction ignore {};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGINT, &ignore, nullptr);
  ::sigaction(SIGTERM, &ignore, nullptr);
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
  // Moved out of the way first, so neither lands on the other's number.
  const int high_channel = ::fcntl(channel, F_DUPFD, 10);
  const int high_slot = ::fcntl(slot, F_DUPFD, 10);
  if (high_channel < 0 || high_slot < 0 || ::dup2(high_channel, channel_fd) < 0 ||
      ::dup2(high_slot, stage_slot_fd) < 0)
    ::_exit(127);
  ::close_range(stage_slot_fd + 1, ~0U, 0);
  ::execv(executable, argv);
  ::_exit(127);
}

}  // namespace

worker_process::worker_process(const options& limits, const std::string& setup_message)
    : executable_(limits.executable.string()) {
  int sockets[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0)
    throw system_error("socketpair");
  const int slot_fd = ::memfd_create("protokol-stage-slot", MFD_CLOEXEC);
  void* page = slot_fd < 0 || ::ftruncate(slot_fd, sizeof(std::atomic<std::int32_t>)) != 0
                   ? MAP_FAILED
                   : ::mmap(nullptr, sizeof(std::atomic<std::int32_t>), PROT_READ | PROT_WRITE,
                            MAP_SHARED, slot_fd, 0);
  if (page == MAP_FAILED) {
    const int slot_errno = errno;
    for (const int fd : {sockets[0], sockets[1], slot_fd})
      if (fd >= 0) ::close(fd);
    errno = slot_errno;
    throw system_error("stage slot");
  }
  channel_ = sockets[0];
  slot_ = new (page) std::atomic<std::int32_t>(-1);
  // Built before fork: the child may not allocate.
  std::string command = "worker";
  char* const argv[] = {executable_.data(), command.data(), nullptr};
  const rlim_t address_space = static_cast<rlim_t>(limits.megabytes) * 1024 * 1024;
  const pid_t parent = ::getpid();
  pid_ = ::fork();
  if (pid_ == 0) exec_worker(executable_.c_str(), argv, sockets[1], slot_fd, address_space, parent);
  const int fork_errno = errno;
  ::close(sockets[1]);
  ::close(slot_fd);
  if (pid_ < 0) {
    // A constructor that throws gets no destructor: release by hand.
    ::close(channel_);
    ::munmap(slot_, sizeof(std::atomic<std::int32_t>));
    errno = fork_errno;
    throw system_error("fork");
  }
  // A worker that died at once shows in wait_ready, with its exit status.
  send(setup_message);
}

worker_process::~worker_process() {
  if (pid_ > 0) kill();
  if (channel_ >= 0) ::close(channel_);
  if (slot_ != nullptr) ::munmap(slot_, sizeof(std::atomic<std::int32_t>));
}

void worker_process::wait_ready(std::chrono::milliseconds limit) {
  pollfd p{channel_, POLLIN, 0};
  int polled;
  do polled = ::poll(&p, 1, static_cast<int>(limit.count()));
  while (polled < 0 && errno == EINTR);
  std::string body;
  if (polled == 0) {
    kill();
    throw std::runtime_error("isolated worker did not build its stages within " +
                             std::to_string(limit.count() / 1000) + " s");
  }
  if (!receive(body))
    throw std::runtime_error("isolated worker (" + executable_ + " worker) " +
                             describe_end(reap()) + " before its stages were built");
  if (const std::string error = decode_ready(body); !error.empty())
    throw std::runtime_error("isolated worker: " + error);
}

bool worker_process::send(std::string_view body) const { return send_message(channel_, body); }

bool worker_process::receive(std::string& body) const { return receive_message(channel_, body); }

int worker_process::kill() {
  ::kill(pid_, SIGKILL);
  return reap();
}

int worker_process::reap() {
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  pid_ = -1;
  return status;
}

void worker_process::close_channel() {
  ::close(channel_);
  channel_ = -1;
}

void worker_process::wait_exit(std::chrono::steady_clock::time_point deadline) {
  while (pid_ > 0) {
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      kill();
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

std::string describe_end(int wait_status) {
  if (WIFSIGNALED(wait_status)) {
    const int sig = WTERMSIG(wait_status);
    const char* abbrev = ::sigabbrev_np(sig);
    return "was killed by signal " + std::to_string(sig) +
           (abbrev ? " (SIG" + std::string(abbrev) + ")" : std::string());
  }
  return "exited with status " + std::to_string(WEXITSTATUS(wait_status));
}

}  // namespace protokol::isolation
