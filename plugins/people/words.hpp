// words.hpp: the words of a text (letters, with inner hyphens), visited in
// text order. The scanners call a cue test for every word, so this loop is
// the hottest of the people stage: plain text goes 64 bytes at a time
// through bit masks, and anything unusual through the byte loop that
// defines what a word is.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "danish/bytes.hpp"
#include "danish/text.hpp"

namespace protokol::people {
namespace words_detail {

// ASCII bytes by what they are to a word; bytes from 0x80 are decoded.
enum : unsigned char { other, letter, hyphen, multibyte };

inline constexpr auto kinds = [] {
  std::array<unsigned char, 256> t{};
  for (int b = 0; b < 256; ++b) {
    const bool ascii_letter = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    t[b] = b >= 0x80 ? multibyte : ascii_letter ? letter : b == '-' ? hyphen : other;
  }
  return t;
}();

// True when a letter or a digit starts at `pos`: what a hyphen may join.
inline bool word_char_at(std::string_view text, std::size_t pos) {
  std::size_t len = 0;
  return pos < text.size() && danish::is_word_char(danish::decode_at(text, pos, len));
}

// The 0x80 bit of each of the eight bytes in `w` that is not an ASCII letter.
inline std::uint64_t non_ascii_letters(std::uint64_t w) {
  constexpr std::uint64_t ones = 0x0101010101010101u;
  constexpr std::uint64_t high = 0x80 * ones;
  // Bytes below 0x80 and with 0x20 set, so the sums below carry into no neighbour.
  const std::uint64_t folded = (w | 0x20 * ones) & ~high;
  const std::uint64_t from_a = folded + (0x80 - 'a') * ones;  // high bit: byte >= 'a'
  const std::uint64_t past_z = folded + (0x7F - 'z') * ones;  // high bit: byte > 'z'
  const std::uint64_t letters = from_a & ~past_z & ~w & high;
  return ~letters & high;
}

// How many of the eight bytes in `w` (first byte lowest) are ASCII letters
// before the first that is not.
inline int leading_ascii_letters(std::uint64_t w) {
  return danish::first_marked_byte(non_ascii_letters(w));
}

// How many of the eight bytes in `w` (last byte highest) are ASCII letters
// after the last that is not.
inline int trailing_ascii_letters(std::uint64_t w) {
  const std::uint64_t others = non_ascii_letters(w);
  return others == 0 ? 8 : std::countl_zero(others) / 8;
}

// The byte loop: from `pos`, outside any word, skips one character that
// starts no word, or reads one word and visits it. Returns where it stopped.
template <class Visit>
std::size_t step(std::string_view text, std::size_t pos, Visit& visit) {
  const std::size_t size = text.size();
  std::size_t len = 1;
  const unsigned char kind = kinds[static_cast<unsigned char>(text[pos])];
  if (kind != letter &&
      (kind != multibyte || !danish::is_letter(danish::decode_at(text, pos, len)))) {
    return pos + len;
  }
  const std::size_t start = pos;
  for (;;) {
    pos += len;
    while (pos + 8 <= size) {
      const int letters = leading_ascii_letters(danish::load8(text.data() + pos));
      pos += static_cast<std::size_t>(letters);
      if (letters < 8) break;
    }
    if (pos >= size) break;
    const unsigned char next = kinds[static_cast<unsigned char>(text[pos])];
    len = 1;
    if (next == letter) continue;
    if (next == hyphen) {
      if (word_char_at(text, pos + 1)) continue;
      break;
    }
    if (next == other || !danish::is_letter(danish::decode_at(text, pos, len))) break;
  }
  visit(start, pos);
  return pos;
}

// Bits of a 64-byte window (bit i: byte i) that belong to words, exact for
// bits [0, exact_bits): a bit needs the two bytes after it (a hyphen joins
// only what follows it; a letter's lead byte needs its follower).
inline constexpr int exact_bits = 62;

struct window {
  std::uint64_t word = 0;  ///< letters and joining hyphens
  bool plain = false;      ///< no byte the masks cannot judge
};

#if defined(__SSE2__)
// The window's words, for text whose non-ASCII letters are two-byte
// sequences led by 0xC3-0xC5 (Latin-1 and Latin Extended-A). A window is
// not plain when it holds a byte that may lead an over-long form, which
// decode_at() reads as a letter (0xC0, 0xC1, 0xE0, 0xF0), or 0x97 or 0xB7,
// the second bytes of "×" and "÷": the byte loop judges those. Inline: it
// runs for every 64 bytes of a text, and GCC kept it a call.
[[gnu::always_inline]] inline window scan_window(const char* p) {
  using danish::bytes_in_range16;
  using danish::mask64;
  auto set1 = [](int b) { return _mm_set1_epi8(static_cast<char>(b)); };
  auto bits = [](__m128i m) {
    return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(m)));
  };
  const __m128i v[4] = {_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)),
                        _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16)),
                        _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 32)),
                        _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 48))};
  // Bytes from 0x80 stay from 0xA0 when folded, so no letter.
  std::uint64_t letters =
      mask64([&](int k) { return bytes_in_range16(_mm_or_si128(v[k], set1(0x20)), 'a', 26); });
  const std::uint64_t dash = mask64([&](int k) { return _mm_cmpeq_epi8(v[k], set1('-')); });
  const std::uint64_t high = mask64([&](int k) { return v[k]; });
  if (high != 0) {
    // Two-byte letters: a lead 0xC3-0xC5 with a follower 0x80-0xBF after it.
    // Only bytes from 0x80 lead, follow or are odd: a chunk without one adds nothing.
    std::uint64_t lead = 0, follower = 0;
    __m128i odd = _mm_setzero_si128();
    auto add_chunk = [&](int k) {
      if ((high >> (16 * k) & 0xFFFF) == 0) return;
      lead |= bits(bytes_in_range16(v[k], 0xC3, 3)) << (16 * k);
      // 0x80-0xBF are the signed bytes below -64 (0xC0).
      follower |= bits(_mm_cmplt_epi8(v[k], set1(0xC0))) << (16 * k);
      // C0 C1 E0 F0, and with them D0 D1 E1 F1 (leads of Cyrillic, rarer
      // letters and four-byte forms), which the byte loop reads as well: one test.
      odd = _mm_or_si128(odd, _mm_cmpeq_epi8(_mm_and_si128(v[k], set1(0xCE)), set1(0xC0)));
      odd =
          _mm_or_si128(odd, _mm_cmpeq_epi8(_mm_and_si128(v[k], set1(0xDF)), set1(0x97)));  // 97 B7
    };
    add_chunk(0);
    add_chunk(1);
    add_chunk(2);
    add_chunk(3);
    if (_mm_movemask_epi8(odd) != 0) return {};
    const std::uint64_t letter_lead = lead & follower >> 1;
    letters |= letter_lead | letter_lead << 1;
  }
  if (dash == 0) return {letters, true};
  // A hyphen joins when a letter stands before it and a letter or digit after it.
  const std::uint64_t digit = mask64([&](int k) { return bytes_in_range16(v[k], '0', 10); });
  const std::uint64_t joining = dash & letters << 1 & (letters | digit) >> 1;
  return {letters | joining, true};
}
#else
inline window scan_window(const char*) { return {}; }
#endif

// Visits the words of a plain window at `base` that end inside its exact
// bits; returns how far the caller may go on: to the start of a word that
// runs on, or past the exact bits.
template <class Visit>
std::size_t visit_window(std::uint64_t word, std::size_t base, Visit& visit) {
  // A word holding a bit from exact_bits - 1 on may run past the exact bits
  // (or the window): the first such word's start is where the caller goes on,
  // and the words before it are visited.
  std::size_t stop = exact_bits;
  if (const std::uint64_t late = word & ~std::uint64_t{0} << (exact_bits - 1); late != 0) {
    // The run of set bits holding the lowest late bit starts above the
    // highest clear bit below it.
    const std::uint64_t below = (late & -late) - 1;
    const std::uint64_t gaps = ~word & below;
    stop = gaps == 0 ? 0 : static_cast<std::size_t>(64 - std::countl_zero(gaps));
    word &= (std::uint64_t{1} << stop) - 1;
  }
  // Each word is a run of set bits: its first bit has none below it, its
  // last none above. The n-th start and the n-th end belong together.
  std::uint64_t starts = word & ~(word << 1);
  std::uint64_t ends = word & ~(word >> 1);
  while (starts != 0) {
    // Both are non-zero here (a start for each end): the builtin spares
    // std::countr_zero()'s test for zero.
    const auto start = static_cast<unsigned>(__builtin_ctzll(starts));
    const auto end = static_cast<unsigned>(__builtin_ctzll(ends)) + 1;
    visit(base + start, base + end);
    starts &= starts - 1;
    ends &= ends - 1;
  }
  return stop;
}

}  // namespace words_detail

/// Calls `visit(start, end, cues)` for every word of `text` in order for
/// which `cues = wanted(start, end)` is not zero: a word is a letter (ASCII,
/// Latin-1 or Latin Extended-A), then letters and hyphens that have a letter
/// or digit after them. `wanted` is a cheap test run on every word and may
/// say which of several tests passed (as bits of a small number), so that
/// `visit`, which may be costly, need not ask them again.
// Inline, with `gather` and the caller's test: once the test gave a number,
// GCC 12 kept the three out of line, a call a word (some 30 M instructions
// more on the bench corpus).
template <class Wanted, class Visit>
[[gnu::always_inline]] inline void for_each_word(std::string_view text, Wanted wanted,
                                                 Visit visit) {
  namespace wd = words_detail;
  using cue_set = decltype(wanted(std::size_t{}, std::size_t{}));
  // Words are gathered in batches and visited from one place, so that the
  // compiler can inline `visit`.
  constexpr std::size_t batch_size = 64;  // a window adds at most 31, a step 1
  std::array<std::size_t, batch_size> starts{};
  std::array<std::size_t, batch_size> ends{};
  std::array<cue_set, batch_size> cues{};
  std::size_t count = 0;
  auto gather = [&](std::size_t start, std::size_t end) __attribute__((always_inline)) {
    const cue_set cue = wanted(start, end);
    if (!cue) return;
    starts[count] = start;
    ends[count] = end;
    cues[count] = cue;
    ++count;
  };
  std::size_t pos = 0;
  std::size_t bytes_until = 0;  // the byte loop's turn up to here
  for (;;) {
    if (count > batch_size / 2 || pos >= text.size()) {
      for (std::size_t i = 0; i < count; ++i) visit(starts[i], ends[i], cues[i]);
      count = 0;
      if (pos >= text.size()) break;
    }
    if (pos >= bytes_until && pos + 64 <= text.size()) {
      const wd::window w = wd::scan_window(text.data() + pos);
      if (w.plain) {
        const std::size_t done = wd::visit_window(w.word, pos, gather);
        pos += done;
        if (done > 0) continue;
      } else {
        bytes_until = pos + 64;
      }
    }
    pos = wd::step(text, pos, gather);
  }
}

/// Calls `visit(start, end)` for every word of `text` in order.
template <class Visit>
void for_each_word(std::string_view text, Visit visit) {
  for_each_word(
      text, [](std::size_t, std::size_t) { return true; },
      [&](std::size_t start, std::size_t end, bool) { visit(start, end); });
}

}  // namespace protokol::people
