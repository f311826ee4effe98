// dtls_module.cpp: a module with 8 bytes of dynamic TLS, as libre2.so.9 has
// (re2::hooks::context), for dtls_page_offset_test.cpp to dlopen.

namespace {
thread_local const void* slot = nullptr;
int marker = 0;
}  // namespace

// The first call in a thread makes glibc malloc the thread's block of this
// module's TLS (__tls_get_addr); returns where the slot stands.
extern "C" const void* protokol_dtls_touch() {
  slot = &marker;
  return &slot;
}
