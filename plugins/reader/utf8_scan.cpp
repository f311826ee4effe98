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

// Notes what ASCII byte `byte` at offset `at` means for clean_text() and for
// the binary test.
void note_ascii_byte(utf8_scan& scan, std::uint8_t byte, std::size_t at,
                     std::size_t control_sample) {
  if (is_ascii_to_clean(byte)) scan.needs_cleaning = true;
  if (!is_binary_control(byte)) return;
  if (byte == 0 && scan.first_nul == std::string_view::npos) scan.first_nul = at;
  if (at < control_sample) ++scan.binary_controls;
}

// The bytes `positions` marks in the sixteen from offset `at`; out of line,
// as few blocks have any.
[[gnu::noinline]] void note_ascii_bytes(utf8_scan& scan, const std::uint8_t* s, std::size_t at,
                                        unsigned positions, std::size_t control_sample) {
  for (; positions != 0; positions &= positions - 1) {
    const std::size_t k = at + static_cast<std::size_t>(std::countr_zero(positions));
    note_ascii_byte(scan, s[k], k, control_sample);
  }
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

// The ASCII bytes clean_text() changes, which are also all the binary
// test counts, among the sixteen of `v`: C0 controls but TAB and LF, and
// DEL. Text has TAB and LF on most lines and hardly any other (CR in a file
// from Windows), so a block seldom shows one.
unsigned odd_ascii(__m128i v) {
  // Bytes to 0x1F: a saturating subtract of 0x1F leaves 0 exactly there (no
  // byte from 0x80 among them).
  const __m128i below_space =
      _mm_cmpeq_epi8(_mm_subs_epu8(v, _mm_set1_epi8(0x1F)), _mm_setzero_si128());
  // TAB and LF (9 and 10) by one add and one signed compare, the range moved
  // to the bottom of the signed range.
  const __m128i common = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x80 - '\t')),
                                        _mm_set1_epi8(static_cast<char>(0x80 + 2)));
  const __m128i control = _mm_andnot_si128(common, below_space);
  return static_cast<unsigned>(
      _mm_movemask_epi8(_mm_or_si128(control, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)))));
}

// The bytes a test marked (0xFF each) in the two halves of 32, counted by a
// sum of absolute differences: no bit count, which is a call into libgcc
// where the build targets no POPCNT instruction.
std::size_t count_marked(__m128i low, __m128i high) {
  const __m128i per_byte = _mm_sub_epi8(_mm_setzero_si128(), _mm_add_epi8(low, high));  // 0 to 2
  const __m128i sums = _mm_sad_epu8(per_byte, _mm_setzero_si128());
  return static_cast<std::size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
}

// A test of sixteen bytes (a mask) made on both halves of 32.
template <class Test>
std::uint32_t over_32_bytes(__m128i low, __m128i high, Test test) {
  return static_cast<std::uint32_t>(test(low)) | (static_cast<std::uint32_t>(test(high)) << 16);
}

// Takes the 32 bytes at `s + at`, a character's start, when every byte from
// 0x80 among them belongs to a two-byte character (C2..DF, then 80..BF) that
// is no C1 control, as Danish text mostly is: notes them in `scan` and
// returns how many were taken, 32, or 31 when the last byte is the lead of a
// character the next block holds. Returns 0, noting nothing, for any other
// block. One step for what would take the sixteen-byte loop below two or
// three (an ASCII run to the first letter from 0x80, then sixteen bytes).
std::size_t take_two_byte_block(utf8_scan& scan, const std::uint8_t* s, std::size_t at,
                                std::size_t control_sample) {
  const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + at));
  const __m128i high = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + at + 16));
  const auto mask = [](__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); };
  const std::uint32_t high_bytes = over_32_bytes(low, high, mask);
  std::uint32_t lead = 0;
  std::size_t leads = 0;
  if (high_bytes != 0) {
    // C2..DF moved to the bottom of the signed range: one compare. Signed,
    // 80..BF are -128..-65.
    const auto is_lead = [](__m128i v) {
      return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x80 - 0xC2)),
                            _mm_set1_epi8(static_cast<char>(0x80 + 0xDF - 0xC2 + 1)));
    };
    const __m128i lead_low = is_lead(low);
    const __m128i lead_high = is_lead(high);
    lead = mask(lead_low) | (mask(lead_high) << 16);
    leads = count_marked(lead_low, lead_high);
    const std::uint32_t tail = over_32_bytes(
        low, high, [&](__m128i v) { return mask(_mm_cmplt_epi8(v, _mm_set1_epi8(-64))); });
    // A lead in the last byte shifts out: its second byte is the next block's.
    if ((lead | tail) != high_bytes || (lead << 1) != tail) return 0;
    const std::uint32_t c2 = over_32_bytes(low, high, [&](__m128i v) {
      return mask(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xC2))));
    });
    if (c2 != 0) {
      const std::uint32_t below_a0 = over_32_bytes(low, high, [&](__m128i v) {
        return mask(_mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(0xA0))));
      });
      if (((c2 << 1) & below_a0 & tail) != 0) return 0;  // a C1 control
    }
  }
  if (const std::uint32_t odd = over_32_bytes(low, high, odd_ascii); odd != 0)
    note_ascii_bytes(scan, s, at, odd, control_sample);
  if (high_bytes == 0) return 32;
  const std::uint32_t last_is_lead = lead >> 31;
  scan.ascii = false;
  scan.multibyte_chars += leads - last_is_lead;
  return 32 - last_is_lead;
}
#endif

// Scans the `n` bytes at `s` from offset `i` into `scan` until `end` (or a
// little past it, to the end of a block or character); returns where it
// stopped.
std::size_t scan_until(utf8_scan& scan, const std::uint8_t* s, std::size_t n, std::size_t i,
                       std::size_t end, std::size_t control_sample) {
  while (i < end) {
#if defined(__SSE2__)
    if (n - i >= 32) {
      if (const std::size_t taken = take_two_byte_block(scan, s, i, control_sample); taken != 0) {
        i += taken;
        continue;
      }
    }
    if (n - i >= 16) {
      // The ASCII bytes before the first byte from 0x80, sixteen at a time;
      // only controls but TAB and LF, and DEL, are looked at one by one.
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      const auto high = static_cast<unsigned>(_mm_movemask_epi8(v));
      const unsigned ascii = high == 0 ? 16 : static_cast<unsigned>(std::countr_zero(high));
      if (const unsigned odd = odd_ascii(v) & ((1U << ascii) - 1U); odd != 0)
        note_ascii_bytes(scan, s, i, odd, control_sample);
      i += ascii;
      if (ascii == 16) continue;
      // Danish text has a letter from 0x80 every few words: a block whose
      // bytes from 0x80 are all whole two-byte characters (C2..DF, then
      // 80..BF), none a C1 control (C2 80..C2 9F), is taken whole.
      if (n - i >= 16) {
        const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        if (const unsigned lead = whole_latin_characters(w); lead != 0) {
          const auto high_bytes = static_cast<unsigned>(_mm_movemask_epi8(w));
          if (const unsigned odd = odd_ascii(w) & ~high_bytes & 0xFFFFU; odd != 0)
            note_ascii_bytes(scan, s, i, odd, control_sample);
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
        if (has_byte_below_space(word) || has_del(word)) {
          for (std::size_t k = i; k < i + 8; ++k) note_ascii_byte(scan, s[k], k, control_sample);
        }
        i += 8;
        continue;
      }
    }
    if (s[i] < 0x80) {
      note_ascii_byte(scan, s[i], i, control_sample);
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
  return i;
}

// How many bytes scan_utf8() scans before it appends them to its copy: the
// copy is made from the first-level cache, right after the scan read them,
// and at most 1 KiB at a time keeps glibc's memcpy in its vector loop
// (`rep movsb` from 2 KiB up, which valgrind counts byte by byte).
constexpr std::size_t copy_piece_bytes = 1024;

}  // namespace

utf8_scan scan_utf8(std::string_view bytes, std::size_t control_sample, std::string* copy) {
  utf8_scan scan;
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const std::size_t n = bytes.size();
  const std::size_t piece = copy != nullptr ? copy_piece_bytes : n;
  for (std::size_t i = 0; i < n;) {
    const std::size_t start = i;
    i = scan_until(scan, s, n, i, n - i > piece ? i + piece : n, control_sample);
    // Bytes to clean or not UTF-8: the copy is of no use, so stops.
    if (copy != nullptr && scan.valid && !scan.needs_cleaning)
      copy->append(bytes.substr(start, i - start));
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
