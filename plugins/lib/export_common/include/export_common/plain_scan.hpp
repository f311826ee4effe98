// export_common/plain_scan.hpp: finding the few bytes a writer must treat
// specially in long runs of text, sixteen bytes at a time (SSE2) or eight.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "export_common/piece_writer.hpp"
#include "utf8/utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace protokol::export_common {

/// Skips "plain" bytes: printable ASCII (0x20..0x7F) other than up to three
/// characters a format escapes. Controls are not plain, so the caller sees
/// every line break; but with `tab_lf_plain` (plain_scan_passing_tab_lf, for
/// XML, which writes them as they are) tab and LF are. Non-ASCII bytes are
/// plain for text already known to be well-formed UTF-8 (`utf8_checked`);
/// otherwise the caller sees the UTF-8 sequences to check, but for the
/// well-formed two-byte ones (U+0080 to U+07FF: "æ", "ø", "å", "é") that a
/// block of sixteen bytes holds whole, or a text of four to fifteen bytes,
/// which are passed (SSE2 only). A template parameter, not a member: the
/// scans that stop at tab and LF then pay nothing for the test that passes
/// them. So is `char_count`: a scan of two characters (JSON's quote and
/// backslash, CSV's separator and quote) makes no third compare in each
/// block; its third character is taken to be the first.
template <bool tab_lf_plain, int char_count = 3>
class basic_plain_scan {
  static_assert(char_count == 2 || char_count == 3);

 public:
  constexpr basic_plain_scan(char a, char b, char c, bool utf8_checked = false)
      : a_(repeat(a)),
        b_(repeat(b)),
        c_(repeat(third(a, c))),
        non_ascii_(utf8_checked ? 0 : highs),
#if defined(__SSE2__)
        block_a_(repeat_block(a)),
        block_b_(repeat_block(b)),
        block_c_(repeat_block(third(a, c))),
#endif
        chars_{a, b, third(a, c)} {
  }

  /// Index of the first byte at or after `pos` that is not plain; s.size()
  /// when there is none.
  std::size_t skip(std::string_view s, std::size_t pos) const {
#if defined(__SSE2__)
    // Sixteen bytes at a time; most text runs long between special bytes.
    // Checked or not is decided once, not for every block.
    if (s.size() >= 16)
      return non_ascii_ == 0 ? skip_blocks<true>(s, pos) : skip_blocks<false>(s, pos);
#endif
    return skip_short(s, pos);
  }

  /// Copies the bytes skip() would pass, from `pos` on, to `to` (advanced
  /// past them) while sixteen bytes of room are left before `limit`: one
  /// pass over a long text that a writer copies between its escapes, not a
  /// scan and a memcpy. Returns where it stopped: at a byte not plain, at
  /// the end, or where the room ran short (`limit - to < 16`, then with
  /// plain bytes maybe still ahead). Stores up to sixteen bytes past those
  /// copied, never past `limit`.
  std::size_t copy_plain(std::string_view s, std::size_t pos, char*& to, const char* limit) const {
#if defined(__SSE2__)
    return non_ascii_ == 0 ? copy_blocks<true>(s, pos, to, limit)
                           : copy_blocks<false>(s, pos, to, limit);
#else
    if (limit - to < 16) return pos;
    const std::size_t stop = skip(s, pos);
    const std::size_t count = std::min(stop - pos, static_cast<std::size_t>(limit - to));
    std::memcpy(to, s.data() + pos, count);
    to += count;
    return pos + count;
#endif
  }

  bool is_plain(char c) const {
    const auto byte = static_cast<unsigned char>(c);
    return (byte >= 0x20 || (tab_lf_plain && (c == '\t' || c == '\n'))) &&
           (byte < 0x80 || non_ascii_ == 0) && c != chars_[0] && c != chars_[1] && c != chars_[2];
  }

 private:
  // skip() for a text of fewer than sixteen bytes (or any without SSE2).
  // Out of line: its eight-byte constants would otherwise cost the block
  // scan of every long text registers saved and restored.
  [[gnu::noinline]] std::size_t skip_short(std::string_view s, std::size_t pos) const {
    const char* const data = s.data();
    const std::size_t size = s.size();
#if defined(__SSE2__)
    if (size - pos >= 8) {
      // Eight to fifteen bytes (names, dates, kinds): the first eight and
      // the last eight, which may overlap, side by side in one block.
      const __m128i v =
          _mm_unpacklo_epi64(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(data + pos)),
                             _mm_loadl_epi64(reinterpret_cast<const __m128i*>(data + size - 8)));
      unsigned special = non_ascii_ == 0 ? special_bytes<true>(v) : special_bytes<false>(v);
      if (non_ascii_ != 0 && special != 0)
        special = less_whole_characters(v, special, 8, pos + 16 - size);
      if (tab_lf_plain && special != 0) special = without_tab_lf(v, special);
      if (special == 0) return size;
      const auto index = static_cast<std::size_t>(std::countr_zero(special));
      return index < 8 ? pos + index : size - 16 + index;
    }
    if (size - pos >= 4) {
      // Four to seven bytes: the first four and the last four likewise, in
      // the block's first eight bytes (its zero bytes after them are left out).
      std::uint32_t first, last;
      std::memcpy(&first, data + pos, 4);
      std::memcpy(&last, data + size - 4, 4);
      const __m128i v = _mm_unpacklo_epi32(_mm_cvtsi32_si128(static_cast<int>(first)),
                                           _mm_cvtsi32_si128(static_cast<int>(last)));
      unsigned special =
          (non_ascii_ == 0 ? special_bytes<true>(v) : special_bytes<false>(v)) & 0xFFu;
      if (non_ascii_ != 0 && special != 0)
        special = less_whole_characters(v, special, 4, pos + 8 - size);
      if (tab_lf_plain && special != 0) special = without_tab_lf(v, special);
      if (special == 0) return size;
      const auto index = static_cast<std::size_t>(std::countr_zero(special));
      return index < 4 ? pos + index : size - 8 + index;
    }
#endif
    if constexpr (std::endian::native == std::endian::little) {
      // Without SSE2: short fields eight bytes at a time, ending
      // with the word that ends with the text as above.
      if (size >= 8) {
        while (pos + 8 <= size) {
          const std::uint64_t special = special_in_word(load8(data + pos));
          if (special != 0) return pos + static_cast<std::size_t>(std::countr_zero(special)) / 8;
          pos += 8;
        }
        if (pos == size) return pos;
        const std::size_t last = size - 8;
        const std::size_t passed = pos - last;
        const std::uint64_t special = special_in_word(load8(data + last)) >> (8 * passed);
        return special != 0 ? pos + static_cast<std::size_t>(std::countr_zero(special)) / 8 : size;
      }
      if (size - pos >= 4) {
        // Four to seven bytes: the first four and the last four, which may
        // overlap, side by side in one word.
        const std::uint64_t word = load4(data + pos) | load4(data + size - 4) << 32;
        const std::uint64_t special = special_in_word(word);
        if (special == 0) return size;
        const auto index = static_cast<std::size_t>(std::countr_zero(special)) / 8;
        return index < 4 ? pos + index : size - 8 + index;
      }
    }
    while (pos < size && is_plain(data[pos])) ++pos;
    return pos;
  }

  static constexpr std::uint64_t ones = 0x0101010101010101ULL;
  static constexpr std::uint64_t highs = 0x8080808080808080ULL;
  static constexpr std::uint64_t lows = ~highs;

  static constexpr std::uint64_t repeat(char c) { return ones * static_cast<unsigned char>(c); }
  static constexpr char third(char a, char c) { return char_count == 3 ? c : a; }
  static std::uint64_t load8(const char* at) {
    std::uint64_t word;
    std::memcpy(&word, at, 8);
    return word;
  }
  static std::uint64_t load4(const char* at) {
    std::uint32_t word;
    std::memcpy(&word, at, 4);
    return word;
  }
  // 0x80 in each byte of `v` that is zero. Exact per byte, unlike the
  // classic (v - ones) & ~v & highs, whose borrow also marks bytes above a
  // zero byte: skip() needs the first special byte, not just whether.
  static constexpr std::uint64_t zero_bytes(std::uint64_t v) {
    return ~(((v & lows) + lows) | v) & highs;
  }

  // 0x80 in each byte of `word` that is not plain.
  std::uint64_t special_in_word(std::uint64_t word) const {
    // Below 0x20: seven low bits plus 0x60 stay below 0x80, the top bit clear.
    std::uint64_t control = ~(((word & lows) + ones * 0x60) | word) & highs;
    if constexpr (tab_lf_plain)
      control &= ~(zero_bytes(word ^ repeat('\t')) | zero_bytes(word ^ repeat('\n')));
    return (word & non_ascii_) | control | zero_bytes(word ^ a_) | zero_bytes(word ^ b_) |
           zero_bytes(word ^ c_);
  }

#if defined(__SSE2__)
  static constexpr __m128i repeat_block(char c) {
    return __m128i{static_cast<long long>(repeat(c)), static_cast<long long>(repeat(c))};
  }

  // skip() for a text of at least sixteen bytes.
  template <bool utf8_checked>
  std::size_t skip_blocks(std::string_view s, std::size_t pos) const {
    const char* const data = s.data();
    const std::size_t size = s.size();
    while (pos + 16 <= size) {
      const unsigned special = special_in_block<utf8_checked>(data + pos, 0);
      if (special != 0) return pos + static_cast<std::size_t>(std::countr_zero(special));
      pos += 16;
    }
    if (pos == size) return pos;
    // The last bytes: the block that ends with the text, less the bytes
    // passed already. Byte by byte, the ends of a document's many short
    // fields cost more than all their blocks together.
    const std::size_t last = size - 16;
    const unsigned special = special_in_block<utf8_checked>(data + last, pos - last);
    return special != 0 ? last + static_cast<std::size_t>(std::countr_zero(special)) : size;
  }

  // copy_plain() with SSE2: each block stored as it is tested.
  template <bool utf8_checked>
  std::size_t copy_blocks(std::string_view s, std::size_t pos, char*& to, const char* limit) const {
    const char* const data = s.data();
    const std::size_t size = s.size();
    // As many blocks as both the text and the room hold, counted once: a
    // block goes where sixteen bytes of room are left.
    const std::ptrdiff_t room = limit - to;
    const std::size_t blocks =
        std::min((size - pos) / 16, room < 16 ? 0 : static_cast<std::size_t>(room) / 16);
    const char* from = data + pos;
    for (const char* const end = from + 16 * blocks; from != end; from += 16, to += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(to), v);
      if (const unsigned special = special_in_block<utf8_checked>(v, 0); special != 0) {
        const auto index = static_cast<std::size_t>(std::countr_zero(special));
        to += index;
        return static_cast<std::size_t>(from - data) + index;
      }
    }
    pos = static_cast<std::size_t>(from - data);
    // The room ran short, or fewer than sixteen bytes are left: skip() has
    // the short paths for them.
    if (limit - to < 16) return pos;
    const std::size_t stop = skip(s, pos);
    to = copy_short(to, data + pos, stop - pos);
    return stop;
  }

  // A bit for each byte of `v` that is not plain; with unchecked UTF-8,
  // every byte from 0x80.
  template <bool utf8_checked>
  unsigned special_bytes(__m128i v) const {
    // Signed: bytes from 0x80 are negative, so below 0x20 too; with
    // checked UTF-8 only the non-negative ones are controls.
    __m128i special = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    if constexpr (utf8_checked)
      special = _mm_and_si128(special, _mm_cmpgt_epi8(v, _mm_set1_epi8(-1)));
    __m128i chosen = _mm_or_si128(_mm_cmpeq_epi8(v, block_a_), _mm_cmpeq_epi8(v, block_b_));
    if constexpr (char_count == 3) chosen = _mm_or_si128(chosen, _mm_cmpeq_epi8(v, block_c_));
    special = _mm_or_si128(special, chosen);
    return static_cast<unsigned>(_mm_movemask_epi8(special));
  }

  // A bit for each of the sixteen bytes at `at` that is not plain, the
  // first `passed` bytes left out.
  template <bool utf8_checked>
  unsigned special_in_block(const char* at, std::size_t passed) const {
    return special_in_block<utf8_checked>(_mm_loadu_si128(reinterpret_cast<const __m128i*>(at)),
                                          passed);
  }
  template <bool utf8_checked>
  unsigned special_in_block(__m128i v, std::size_t passed) const {
    unsigned mask = special_bytes<utf8_checked>(v) >> passed << passed;
    if (mask == 0) return 0;
    // Danish text has a letter from 0x80 every few words: the whole
    // two-byte characters of a block go on as plain, also in a block that
    // stops at some other byte (a character cut at its end, an en dash),
    // so that the scan stops there, not at the first "æ" before it.
    if (!utf8_checked) mask &= ~whole_two_byte_character_bytes(v, passed);
    // Tested only in a block that would stop: most blocks have no control.
    if (tab_lf_plain && mask != 0) mask = without_tab_lf(v, mask);
    return mask;
  }

  // The bytes of `v` from `passed` on that make a well-formed two-byte
  // character held whole within them (utf8::sse2::two_byte_character_bytes),
  // a bit each. The caller writes such a character as it is: passing it is
  // the same as stopping at it. A lead byte is no continuation byte, so no
  // character the caller reads from an earlier stop can take in either byte
  // of such a pair. No character counts whose lead byte has a bit in `cut`.
  static unsigned whole_two_byte_character_bytes(__m128i v, std::size_t passed, unsigned cut = 0) {
    return utf8::sse2::two_byte_character_bytes(v, cut | ((1u << passed) - 1));
  }

  // `special` of skip_short()'s block of two halves (the `half` bytes from
  // pos, then the last `half` bytes of the text, of which the first
  // `repeated` are the first half's last bytes again) less the bytes of
  // whole two-byte characters. A character is looked for within each half
  // (the halves meet in the text only where they overlap), so each one
  // found is one of the text; a byte both halves hold is plain when either
  // finds it whole (the first half's last lead byte has its second byte in
  // the second half only), and its bit in the second half is dropped.
  static unsigned less_whole_characters(__m128i v, unsigned special, unsigned half,
                                        std::size_t repeated) {
    const unsigned whole = whole_two_byte_character_bytes(v, 0, 1u << (half - 1));
    const unsigned repeats = ((1u << repeated) - 1) << half;
    const unsigned whole_in_first = whole | ((whole & repeats) >> repeated);
    return special & ~whole_in_first & ~repeats;
  }

  // `mask` less the bits of the tabs and LFs in `v`.
  static unsigned without_tab_lf(__m128i v, unsigned mask) {
    const __m128i tab_lf = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
                                        _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
    return mask & ~static_cast<unsigned>(_mm_movemask_epi8(tab_lf));
  }
#endif

  std::uint64_t a_, b_, c_;
  std::uint64_t non_ascii_;  // highs: bytes from 0x80 stop the scan; 0: they are plain
#if defined(__SSE2__)
  __m128i block_a_, block_b_, block_c_;  // a_, b_ and c_ twice
#endif
  char chars_[3];
};

/// A scan that every control stops.
using plain_scan = basic_plain_scan<false>;
/// The scan of JSON and CSV: every control and two characters stop it (the
/// third given is not looked for).
using plain_scan_of_two = basic_plain_scan<false, 2>;
/// The scan of XML text, which writes tab and LF as they are.
using plain_scan_passing_tab_lf = basic_plain_scan<true>;

}  // namespace protokol::export_common
