// text_sample.hpp: which parts of a text the detector looks at, so a huge
// file costs no more than a small one.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "danish/bytes.hpp"

namespace protokol::detector {

/// Whole lines of `text` to scan: the first `sample_bytes` bytes, and when
/// the text is longer, 16 windows of sample_bytes/16 bytes spread evenly
/// over the rest, so item headings deep in a long file are seen too. Each
/// piece starts at a line start and ends after an LF (or at the text's end).
std::vector<std::string_view> sample_text(std::string_view text, std::size_t sample_bytes);

/// Calls fn(line) for each line of `piece` (without its LF).
template <class Fn>
void for_each_line(std::string_view piece, Fn&& fn) {
#if defined(__SSE2__)
  // 64 bytes at a time, by a bit for each LF: minutes' lines are short, and
  // a find() a line (memchr's call and set-up) cost more than the block's
  // test. The bytes after the last whole block go the byte way below.
  std::size_t start = 0;  // of the line not yet given
  for (std::size_t block = 0; block + 64 <= piece.size(); block += 64) {
    const __m128i lf = _mm_set1_epi8('\n');
    std::uint64_t lfs = danish::mask64([&](int k) {
      const char* p = piece.data() + block + 16 * static_cast<std::size_t>(k);
      return _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), lf);
    });
    for (; lfs != 0; lfs &= lfs - 1) {
      const std::size_t at = block + static_cast<std::size_t>(std::countr_zero(lfs));
      fn(piece.substr(start, at - start));
      start = at + 1;
    }
  }
  piece.remove_prefix(start);
#endif
  while (!piece.empty()) {
    const std::size_t lf = piece.find('\n');
    const std::size_t length = lf == std::string_view::npos ? piece.size() : lf;
    fn(piece.substr(0, length));
    piece.remove_prefix(lf == std::string_view::npos ? piece.size() : lf + 1);
  }
}

}  // namespace protokol::detector
