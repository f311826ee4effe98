// danish/bytes.hpp: small byte-level tools the scanners use to rule most
// words and lines out before folding or comparing them. Tables built from
// them are constexpr, so a lookup costs no initialisation check.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace protokol::danish {

/// A set of small integers (a bitset usable in constant expressions).
template <std::size_t Bits>
struct bit_table {
  std::array<std::uint64_t, (Bits + 63) / 64> words{};
  constexpr void set(std::size_t i) { words[i / 64] |= std::uint64_t{1} << (i % 64); }
  constexpr bool test(std::size_t i) const { return (words[i / 64] >> (i % 64) & 1) != 0; }
};

/// A set of small integers a byte each, for the sets a scan tests on every
/// word or line: a test is one compare, where bit_table's is a shift, a load
/// and a bit test; it takes eight times the room.
template <std::size_t Size>
struct byte_set {
  std::array<std::uint8_t, Size> bytes{};
  constexpr void set(std::size_t i) { bytes[i] = 1; }
  constexpr bool test(std::size_t i) const { return bytes[i] != 0; }
};

/// Four bytes from `p` as one number, first byte lowest (the same on every
/// machine).
constexpr std::uint32_t load4(const char* p) {
  if (!std::is_constant_evaluated() && std::endian::native == std::endian::little) {
    std::uint32_t v = 0;
    std::memcpy(&v, p, 4);
    return v;
  }
  return static_cast<std::uint32_t>(static_cast<unsigned char>(p[0])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(p[1])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(p[2])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(p[3])) << 24;
}

/// Eight bytes from `p` as one number, first byte lowest.
inline std::uint64_t load8(const char* p) {
  std::uint64_t v = 0;
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(&v, p, 8);
  } else {
    for (int i = 7; i >= 0; --i) v = v << 8 | static_cast<unsigned char>(p[i]);
  }
  return v;
}

/// Writes `v` (first byte lowest) to the eight bytes at `p`.
inline void store8(char* p, std::uint64_t v) {
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(p, &v, 8);
  } else {
    for (int i = 0; i < 8; ++i) p[i] = static_cast<char>(v >> (8 * i));
  }
}

/// True when one of the eight bytes is not ASCII.
constexpr bool has_non_ascii8(std::uint64_t eight) { return (eight & 0x8080808080808080u) != 0; }

/// The eight ASCII bytes in `eight` with capitals lowercased (only for
/// bytes below 0x80: has_non_ascii8() must be false).
constexpr std::uint64_t lower_ascii8(std::uint64_t eight) {
  constexpr std::uint64_t ones = 0x0101010101010101u;
  constexpr std::uint64_t high = 0x80 * ones;
  // Each byte is below 0x80, so these sums carry into no neighbour.
  const std::uint64_t from_a = eight + (0x80 - 'A') * ones;
  const std::uint64_t past_z = eight + (0x7F - 'Z') * ones;
  return eight | (from_a & ~past_z & high) >> 2;
}

/// The offset of the first byte whose high bit is set in `mask` (a mask of
/// 0x80 bits built from load8()), or 8 when none is.
inline int first_marked_byte(std::uint64_t mask) {
  return mask == 0 ? 8 : std::countr_zero(mask) / 8;
}

/// True when one of the four bytes is not ASCII.
constexpr bool has_non_ascii(std::uint32_t four) { return (four & 0x80808080u) != 0; }

/// A 12-bit hash of four ASCII bytes that ignores case: the 0x20 bit is
/// set in each byte first, which lowercases ASCII letters and leaves equal
/// what fold_case() leaves equal (it changes no other ASCII byte).
constexpr unsigned caseless_hash4(std::uint32_t four) {
  return ((four | 0x20202020u) * 2654435761u) >> 20;
}

/// The lowercase ASCII letter for an uppercase one; other bytes unchanged.
constexpr unsigned char lower_ascii(char c) {
  return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

#if defined(__SSE2__)
/// The bytes of `v` from `first` to `first` + `count` - 1, 0xFF each: the
/// range moved to the bottom of the signed bytes, so that one compare tests
/// it (every other byte, those from 0x80 too, lands above).
inline __m128i bytes_in_range16(__m128i v, int first, int count) {
  return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - first))),
                        _mm_set1_epi8(static_cast<char>(0x80 + count)));
}

/// A bit for each of 64 bytes (bit i: byte i) from `chunk(k)`, the compare
/// mask of their k-th sixteen (its bytes' 0x80 bits are taken). Written out
/// for the four: GCC at -O2 keeps a loop of four as a loop, shifting by a
/// register.
template <class Chunk>
[[gnu::always_inline]] inline std::uint64_t mask64(Chunk chunk) {
  const auto bits = [](__m128i m) {
    return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(m)));
  };
  return bits(chunk(0)) | bits(chunk(1)) << 16 | bits(chunk(2)) << 32 | bits(chunk(3)) << 48;
}
#endif

}  // namespace protokol::danish
