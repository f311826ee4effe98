#include "process_signals.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <csignal>
#include <cstring>

namespace protokol::ingest {

namespace {

// Process-wide by necessity: signal handlers see nothing else.
std::atomic<bool> stop_flag{false};
int stop_pipe[2] = {-1, -1};
int crash_note_fd = -1;

extern "C" void on_stop_signal(int) {
  stop_flag = true;
  const char byte = 1;
  [[maybe_unused]] const ssize_t n = ::write(stop_pipe[1], &byte, 1);
}

extern "C" void on_fatal_signal(int sig) {
  // Only async-signal-safe calls here: format by hand, lseek, write, raise.
  char text[32] = "signal ";
  std::size_t length = 7;
  char digits[12];
  std::size_t n = 0;
  for (unsigned value = static_cast<unsigned>(sig); n == 0 || value != 0; value /= 10)
    digits[n++] = static_cast<char>('0' + value % 10);
  while (n > 0) text[length++] = digits[--n];
  text[length++] = '\n';
  if (crash_note_fd >= 0 && ::lseek(crash_note_fd, 0, SEEK_END) >= 0) {
    [[maybe_unused]] const ssize_t w = ::write(crash_note_fd, text, length);
  }
  // SA_RESETHAND restored the default action: this ends the process with `sig`.
  ::raise(sig);
}

}  // namespace

void install_stop_handlers() {
  if (stop_pipe[0] >= 0) return;
  if (::pipe2(stop_pipe, O_CLOEXEC | O_NONBLOCK) != 0) return;
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND;
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
}

bool stop_requested() { return stop_flag.load(); }

int stop_fd() { return stop_pipe[0]; }

void note_fatal_signals(int fd) {
  crash_note_fd = fd;
  struct sigaction action {};
  action.sa_handler = on_fatal_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND | SA_NODEFER;
  for (const int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT})
    ::sigaction(sig, &action, nullptr);
}

std::string signal_name(int signal) {
  switch (signal) {
    case SIGSEGV:
      return "SIGSEGV";
    case SIGBUS:
      return "SIGBUS";
    case SIGFPE:
      return "SIGFPE";
    case SIGILL:
      return "SIGILL";
    case SIGABRT:
      return "SIGABRT";
    default:
      return "signal " + std::to_string(signal);
  }
}

fault_injector fault_injector::from_environment() {
  const char* value = std::getenv("PROTOKOL_FAULT_KILL_AFTER_WRITES");
  return fault_injector(value ? std::atol(value) : 0);
}

void fault_injector::point() {
  if (kill_after_ > 0 && ++count_ == kill_after_) ::kill(::getpid(), SIGKILL);
}

}  // namespace protokol::ingest
