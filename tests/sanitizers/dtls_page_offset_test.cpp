// dtls_page_offset_test.cpp: LeakSanitizer must survive a dlopen'ed module's
// dynamic TLS block that glibc mallocs 16 bytes past a page boundary.
//
// The __tls_get_addr interceptor of GCC 12's libasan (and LLVM's before 17)
// takes such a block for glibc 2.19-2.24's __signal_safe_memalign one and
// reads the two words before it as the block's size and start; since glibc
// 2.25 the block comes from malloc, and those words are AddressSanitizer's
// chunk header, so LeakSanitizer scans a range from near address 0 at exit
// and dies with "Tracer caught signal 11" (google/sanitizers#1322, #1409;
// fixed upstream by "Fix tls_get_addr handling for glibc >=2.25", LLVM 17).
// Where the block lands depends only on how many small allocations came
// before, so any change could move a plugin's or libre2's block there: the
// thirty-fifth stop's detector commit c1b5a97 did, with two allocations.
// `make test SANITIZE=...` sets ASAN_OPTIONS=intercept_tls_get_addr=0,
// which keeps LeakSanitizer from tracking dynamic TLS; without it this test
// fails at exit (docs/security.md, "Sanitizers").
//
// Exit code 77 (skipped): the block did not land where it was meant to.
#include <dlfcn.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
// Kept reachable, so none is a leak.
void* kept[1024];
}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s MODULE\n", argv[0]);
    return 2;
  }
  void* module = dlopen(argv[1], RTLD_NOW);
  if (module == nullptr) {
    std::fprintf(stderr, "%s\n", dlerror());
    return 2;
  }
  using touch_fn = const void* (*)();
  auto touch = reinterpret_cast<touch_fn>(dlsym(module, "protokol_dtls_touch"));
  if (touch == nullptr) {
    std::fprintf(stderr, "%s\n", dlerror());
    return 2;
  }
  // AddressSanitizer serves malloc(8) from 32-byte chunks, one after the
  // other, whose user memory starts 16 bytes in: allocate until the last
  // one ends a page, so that the next, glibc's 8-byte TLS block, starts 16
  // bytes into the next page.
  std::size_t n = 0;
  for (; n < sizeof kept / sizeof kept[0]; ++n) {
    kept[n] = std::malloc(8);
    if (reinterpret_cast<std::uintptr_t>(kept[n]) % 4096 == 4096 - 16) break;
  }
  const void* slot = touch();
  const auto offset = reinterpret_cast<std::uintptr_t>(slot) % 4096;
  std::printf("after %zu allocations the TLS block is at %p (page offset %#zx)\n", n + 1, slot,
              static_cast<std::size_t>(offset));
  if (offset != 16) return 77;
  // LeakSanitizer runs at exit.
  return 0;
}
