#include "danish/lines.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "danish/bytes.hpp"

namespace protokol::danish {
namespace {

#if defined(__SSE2__)
// A bit for each of the 64 bytes at `p` that is an LF (bit i: byte i).
std::uint64_t line_feeds64(const char* p) {
  const __m128i lf = _mm_set1_epi8('\n');
  return mask64([&](int k) {
    return _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k)), lf);
  });
}
#endif

}  // namespace

line_index::line_index(std::string_view text) : text_size_(text.size()), starts_{0} {
  // Minutes' lines hold some 60 bytes: room for lines of 32 spares most
  // of the vector's regrowth (copies and allocations) at a small cost.
  starts_.reserve(text.size() / 32 + 1);
  std::size_t pos = 0;
#if defined(__SSE2__)
  // 64 bytes at a time: for lines that short, a find() a line (memchr's
  // call and set-up for each) cost more than the bytes' test.
  for (; pos + 64 <= text.size(); pos += 64) {
    for (std::uint64_t lfs = line_feeds64(text.data() + pos); lfs != 0; lfs &= lfs - 1) {
      starts_.push_back(pos + static_cast<std::size_t>(std::countr_zero(lfs)) + 1);
    }
  }
#endif
  for (std::size_t lf = text.find('\n', pos); lf != std::string_view::npos;
       lf = text.find('\n', lf + 1))
    starts_.push_back(lf + 1);
}

std::size_t line_index::line_of(std::size_t pos) const {
  return static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), pos) -
                                  starts_.begin()) -
         1;
}

}  // namespace protokol::danish
