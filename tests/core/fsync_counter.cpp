// Defining fsync in the test executable overrides the C library's for every
// caller linked into it; the SDK is header-only, so its calls are compiled
// in here. The real call follows through syscall().
#include "fsync_counter.hpp"

#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>

namespace {

std::atomic<std::size_t> calls{0};

}  // namespace

extern "C" int fsync(int fd) {
  calls.fetch_add(1, std::memory_order_relaxed);
  return static_cast<int>(::syscall(SYS_fsync, fd));
}

namespace protokol::test {

std::size_t fsync_calls() { return calls.load(std::memory_order_relaxed); }

}  // namespace protokol::test
