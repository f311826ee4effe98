// utf8/utf8.hpp: UTF-8 checks and repair (RFC 3629) for whoever must hand on
// well-formed UTF-8 whatever a stage put into a field (the exporters), or
// must know a text is (the segmenter's hand readers of RE2 patterns).
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace protokol::utf8 {

#if defined(__SSE2__)
namespace sse2 {

/// The bytes of `v` that make well-formed two-byte characters (U+0080..U+07FF:
/// Danish and other Latin letters) held whole within `v`, a bit each: a lead
/// byte C2..DF right before a continuation byte 80..BF. No character counts
/// whose lead byte has a bit in `cut`.
inline unsigned two_byte_character_bytes(__m128i v, unsigned cut = 0) noexcept {
  // Signed compares: C2..DF are -62..-33, 80..BF are -128..-65.
  const auto lead = static_cast<unsigned>(_mm_movemask_epi8(
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)), _mm_cmplt_epi8(v, _mm_set1_epi8(-32)))));
  const auto tail = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64))));
  const unsigned starts = lead & (tail >> 1) & ~cut;
  return starts | (starts << 1);
}

/// True when every byte from 0x80 in `v` belongs to a well-formed two-byte
/// character within `v` (two_byte_character_bytes): nothing else from 0x80,
/// no character cut at either end.
inline bool whole_two_byte_characters(__m128i v) noexcept {
  return two_byte_character_bytes(v) == static_cast<unsigned>(_mm_movemask_epi8(v));
}

}  // namespace sse2
#endif

/// U+FFFD, written in place of bytes that are not UTF-8.
inline constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

/// Bytes of the well-formed UTF-8 character (RFC 3629: no overlong forms, no
/// surrogates, nothing above U+10FFFF) at s[pos], or 0 when there is none.
inline std::size_t utf8_char_length(std::string_view s, std::size_t pos) noexcept {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[pos + i]); };
  const auto tail = [&](std::size_t i) { return pos + i < s.size() && (byte(i) & 0xC0) == 0x80; };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return tail(1) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (!tail(1) || !tail(2)) return 0;
    if (lead == 0xE0 && byte(1) < 0xA0) return 0;  // overlong
    if (lead == 0xED && byte(1) > 0x9F) return 0;  // surrogate
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (!tail(1) || !tail(2) || !tail(3)) return 0;
    if (lead == 0xF0 && byte(1) < 0x90) return 0;  // overlong
    if (lead == 0xF4 && byte(1) > 0x8F) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

/// Bytes to replace by one U+FFFD at s[pos], where no well-formed character
/// starts: the lead byte and the continuation bytes that still fit it (the
/// "maximal subpart" of Unicode's chapter 3, which nlohmann/json follows too).
inline std::size_t utf8_invalid_length(std::string_view s, std::size_t pos) noexcept {
  const auto lead = static_cast<unsigned char>(s[pos]);
  std::size_t need = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 2;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 3;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 1;
  }
  std::size_t n = 1;
  while (n <= need && pos + n < s.size()) {
    const auto next = static_cast<unsigned char>(s[pos + n]);
    if (next < low || next > high) break;
    low = 0x80;
    high = 0xBF;
    ++n;
  }
  return n;
}

/// True when `s` is entirely well-formed UTF-8. ASCII runs, and with SSE2
/// blocks of sixteen bytes holding whole two-byte characters, are passed a
/// block at a time: fields are mostly ASCII and Danish letters.
inline bool is_valid_utf8(std::string_view s) noexcept {
  std::size_t pos = 0;
  while (pos < s.size()) {
#if defined(__SSE2__)
    if (pos + 16 <= s.size()) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + pos));
      const auto high = static_cast<unsigned>(_mm_movemask_epi8(v));
      if (high == 0 || sse2::whole_two_byte_characters(v)) {
        pos += 16;
        continue;
      }
      pos += static_cast<std::size_t>(std::countr_zero(high));
    } else
#endif
        if (pos + 8 <= s.size()) {
      std::uint64_t word;
      std::memcpy(&word, s.data() + pos, 8);
      const std::uint64_t high = word & 0x8080808080808080ULL;
      if (high == 0) {
        pos += 8;
        continue;
      }
      if constexpr (std::endian::native == std::endian::little)
        pos += static_cast<std::size_t>(std::countr_zero(high)) / 8;
    }
    const std::size_t n = utf8_char_length(s, pos);
    if (n == 0) return false;
    pos += n;
  }
  return true;
}

/// Appends `s` to `out` with every ill-formed part replaced by U+FFFD.
inline void append_scrubbed_utf8(std::string& out, std::string_view s) {
  std::size_t pos = 0;
  std::size_t run = 0;
  while (pos < s.size()) {
    const std::size_t n = utf8_char_length(s, pos);
    if (n != 0) {
      pos += n;
      continue;
    }
    out.append(s.substr(run, pos - run));
    out.append(replacement_character);
    pos += utf8_invalid_length(s, pos);
    run = pos;
  }
  out.append(s.substr(run));
}

}  // namespace protokol::utf8
