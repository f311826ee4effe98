#include "utf8_scan.hpp"

#include <unicode/utf8.h>

#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text_cleaner.hpp"

namespace protokol::reader {
namespace {

constexpr std::uint64_t ones = 0x0101010101010101ULL;
constexpr std::uint64_t highs = 0x8080808080808080ULL;

// Bit tricks from "Bit Twiddling Hacks" (hasless / haszero); exact when no
// byte has its high bit set, which the caller has checked.
bool has_byte_below_space(std::uint64_t word) {
  return ((word - ones * 0x20) & ~word & highs) != 0;
}
bool has_del(std::uint64_t word) {
  const std::uint64_t x = word ^ (ones * 0x7F);
  return ((x - ones) & ~x & highs) != 0;
}

#if defined(__SSE2__)
// The lead bytes (a mask) when every byte from 0x80 in the sixteen of `v`
// belongs to a whole two-byte character (C2..DF, then 80..BF) that is no
// C1 control (C2 80..C2 9F); else 0.
unsigned whole_latin_characters(__m128i v) {
  // Signed compares: C2..DF are -62..-33, 80..BF are -128..-65.
  const auto mask = [](__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); };
  const unsigned lead = mask(
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)), _mm_cmplt_epi8(v, _mm_set1_epi8(-32))));
  if (lead == 0) return 0;
  const unsigned tail = mask(_mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
  const unsigned c2 = mask(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xC2))));
  const unsigned below_a0 = mask(_mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(0xA0))));
  const bool whole = (lead | tail) == mask(v) && (lead << 1) == tail;
  return whole && ((c2 << 1) & below_a0 & tail) == 0 ? lead : 0;
}

// True when one of the ASCII bytes of the sixteen at `s` (loaded in `v`)
// that `positions` marks is one clean_text() changes: only bytes below 0x20
// and DEL are looked at one by one.
bool ascii_to_clean_among(const std::uint8_t* s, __m128i v, unsigned positions) {
  // Signed: the bytes from 0x80 are below 0x20 too; the caller's
  // `positions` leave them out.
  const __m128i low =
      _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
  for (unsigned candidates = static_cast<unsigned>(_mm_movemask_epi8(low)) & positions;
       candidates != 0; candidates &= candidates - 1) {
    if (is_ascii_to_clean(s[std::countr_zero(candidates)])) return true;
  }
  return false;
}
#endif

}  // namespace

utf8_scan scan_utf8(std::string_view bytes) {
  utf8_scan scan;
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
#if defined(__SSE2__)
    if (n - i >= 16) {
      // The ASCII bytes before the first byte from 0x80, sixteen at a time;
      // only the bytes below 0x20 and DEL among them are looked at one by one.
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      const auto high = static_cast<unsigned>(_mm_movemask_epi8(v));
      const unsigned ascii = high == 0 ? 16 : static_cast<unsigned>(std::countr_zero(high));
      if (!scan.needs_cleaning && ascii_to_clean_among(s + i, v, ~high & ((1U << ascii) - 1U)))
        scan.needs_cleaning = true;
      i += ascii;
      if (ascii == 16) continue;
      // Danish text has a letter from 0x80 every few words: a block whose
      // bytes from 0x80 are all whole two-byte characters (C2..DF, then
      // 80..BF), none a C1 control (C2 80..C2 9F), is taken whole.
      if (n - i >= 16) {
        const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        if (const unsigned lead = whole_latin_characters(w); lead != 0) {
          const auto high_bytes = static_cast<unsigned>(_mm_movemask_epi8(w));
          if (!scan.needs_cleaning && ascii_to_clean_among(s + i, w, ~high_bytes & 0xFFFFU))
            scan.needs_cleaning = true;
          scan.ascii = false;
          scan.multibyte_chars += static_cast<std::size_t>(std::popcount(lead));
          i += 16;
          continue;
        }
      }
    } else
#endif
        if (n - i >= 8) {
      std::uint64_t word;
      std::memcpy(&word, s + i, sizeof word);
      if ((word & highs) == 0) {
        // Most words of a text hold no control byte; LF sends about one in
        // ten to the byte check.
        if (!scan.needs_cleaning && (has_byte_below_space(word) || has_del(word))) {
          for (std::size_t k = 0; k < 8; ++k) {
            if (is_ascii_to_clean(s[i + k])) scan.needs_cleaning = true;
          }
        }
        i += 8;
        continue;
      }
    }
    if (s[i] < 0x80) {
      if (is_ascii_to_clean(s[i])) scan.needs_cleaning = true;
      ++i;
      continue;
    }
    scan.ascii = false;
    const std::size_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      if (scan.valid) scan.first_invalid = start;
      scan.valid = false;
      scan.invalid_bytes += i - start;
    } else {
      ++scan.multibyte_chars;
      if (is_code_point_to_clean(static_cast<char32_t>(c))) scan.needs_cleaning = true;
    }
  }
  return scan;
}

void append_utf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace protokol::reader
