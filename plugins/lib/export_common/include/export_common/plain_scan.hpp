// export_common/plain_scan.hpp: finding the few bytes a writer must treat
// specially in long runs of text, sixteen bytes at a time (SSE2) or eight.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "export_common/utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace protokol::export_common {

/// Skips "plain" bytes: printable ASCII (0x20..0x7F) other than up to three
/// characters a format escapes. Controls are never plain, so the caller sees
/// every line break. Non-ASCII bytes are plain for text already known to be
/// well-formed UTF-8 (`utf8_checked`); otherwise the caller sees the UTF-8
/// sequences to check, but for the well-formed two-byte ones (U+0080 to
/// U+07FF: "æ", "ø", "å", "é") that a block of sixteen bytes holds whole,
/// which are passed with the block (SSE2 only).
class plain_scan {
 public:
  constexpr plain_scan(char a, char b, char c, bool utf8_checked = false)
      : a_(repeat(a)),
        b_(repeat(b)),
        c_(repeat(c)),
        non_ascii_(utf8_checked ? 0 : highs),
        chars_{a, b, c} {}

  /// Index of the first byte at or after `pos` that is not plain; s.size()
  /// when there is none.
  std::size_t skip(std::string_view s, std::size_t pos) const {
#if defined(__SSE2__)
    // Sixteen bytes at a time; most text runs long between special bytes.
    if (pos + 16 <= s.size()) {
      const __m128i a = _mm_set1_epi8(chars_[0]);
      const __m128i b = _mm_set1_epi8(chars_[1]);
      const __m128i c = _mm_set1_epi8(chars_[2]);
      const __m128i space = _mm_set1_epi8(0x20);
      const __m128i none = _mm_set1_epi8(-1);
      do {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + pos));
        // Signed: bytes from 0x80 are negative, so below 0x20 too; with
        // checked UTF-8 only the non-negative ones are controls.
        __m128i special = _mm_cmplt_epi8(v, space);
        if (non_ascii_ == 0) special = _mm_and_si128(special, _mm_cmpgt_epi8(v, none));
        special = _mm_or_si128(
            special, _mm_or_si128(_mm_cmpeq_epi8(v, a),
                                  _mm_or_si128(_mm_cmpeq_epi8(v, b), _mm_cmpeq_epi8(v, c))));
        auto mask = static_cast<unsigned>(_mm_movemask_epi8(special));
        // Danish text has a letter from 0x80 every few words: a block whose
        // non-ASCII bytes are all whole two-byte characters goes on as plain.
        if (non_ascii_ != 0 && mask != 0 && sse2::whole_two_byte_characters(v)) {
          mask &= ~static_cast<unsigned>(_mm_movemask_epi8(v));
        }
        if (mask != 0) return pos + static_cast<std::size_t>(std::countr_zero(mask));
        pos += 16;
      } while (pos + 16 <= s.size());
    }
#endif
    while (pos + 8 <= s.size()) {
      std::uint64_t word;
      std::memcpy(&word, s.data() + pos, 8);
      if (!has_special(word)) {
        pos += 8;
        continue;
      }
      break;
    }
    while (pos < s.size() && is_plain(s[pos])) ++pos;
    return pos;
  }

  bool is_plain(char c) const {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 && (byte < 0x80 || non_ascii_ == 0) && c != chars_[0] && c != chars_[1] &&
           c != chars_[2];
  }

 private:
  static constexpr std::uint64_t ones = 0x0101010101010101ULL;
  static constexpr std::uint64_t highs = 0x8080808080808080ULL;

  static constexpr std::uint64_t repeat(char c) { return ones * static_cast<unsigned char>(c); }
  // The classic "has a zero byte" test: exact as a yes/no answer.
  static constexpr std::uint64_t zero_byte(std::uint64_t v) { return (v - ones) & ~v & highs; }

  bool has_special(std::uint64_t word) const {
    // A byte below 0x20; exact as a yes/no answer, like zero_byte.
    const std::uint64_t control = (word - ones * 0x20) & ~word & highs;
    return ((word & non_ascii_) | control | zero_byte(word ^ a_) | zero_byte(word ^ b_) |
            zero_byte(word ^ c_)) != 0;
  }

  std::uint64_t a_, b_, c_;
  std::uint64_t non_ascii_;  // highs: bytes from 0x80 stop the scan; 0: they are plain
  char chars_[3];
};

}  // namespace protokol::export_common
