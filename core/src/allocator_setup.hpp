// allocator_setup: glibc's allocator set to keep freed memory for the next document.
#pragma once

#include <malloc.h>

namespace protokol {

/// Called once at a program's start. A document of a few hundred kilobytes
/// needs buffers (its line table, an output) past glibc's first mmap
/// threshold (128 KiB). Left to glibc's dynamic threshold, whether such a
/// buffer is mapped and unmapped, or the heap's top trimmed and touched
/// again, for every document depends on the order of earlier frees: on the
/// bench corpus at 150 KB a change in that order alone took a run from
/// 2,400 page faults to 13,400 and a tenth more time. With fixed
/// thresholds freed memory is kept for the next document: peak memory is
/// still one document's (a buffer past 32 MiB is mapped and given back), and
/// at most 64 MiB of free heap is kept.
inline void keep_freed_memory_for_next_documents() {
  mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
}

}  // namespace protokol
