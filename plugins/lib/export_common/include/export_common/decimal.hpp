// export_common/decimal.hpp: unsigned numbers (offsets, counts, sizes) in
// decimal, as std::to_chars writes them, without its digit loop.
#pragma once

#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace protokol::export_common {

/// Writes `value` in decimal at `to`, the same digits as std::to_chars;
/// returns their end. Needs 20 bytes of room: a number under 10^8 (every
/// offset and count of a document) is stored as a word of eight bytes,
/// whatever its length.
inline char* put_decimal(char* to, std::uint64_t value) {
  if (std::endian::native != std::endian::little || value >= 100'000'000)
    return std::to_chars(to, to + 20, value).ptr;
  // The eight digits side by side, the first in the lowest byte: two halves
  // of four digits in 32-bit lanes, split into pairs in 16-bit lanes, then
  // into digits in bytes. Each lane's product stays below its width, so
  // one multiplication divides every lane (n * 10486 >> 20 is n / 100 for
  // n < 10^4, n * 103 >> 10 is n / 10 for n < 100).
  const std::uint64_t halves = value / 10'000 | (value % 10'000) << 32;
  const std::uint64_t hundreds = (halves * 10486 >> 20) & 0x0000'007F'0000'007Full;
  const std::uint64_t pairs = hundreds | (halves - hundreds * 100) << 16;
  const std::uint64_t tens = (pairs * 103 >> 10) & 0x000F'000F'000F'000Full;
  const std::uint64_t digits = tens | (pairs - tens * 10) << 8;
  // Leading zero digits are zero bytes; the last digit is always written.
  const auto zeros = static_cast<unsigned>(std::countr_zero(digits | 1ull << 56)) / 8;
  const std::uint64_t text = (digits + 0x3030'3030'3030'3030ull) >> (8 * zeros);
  std::memcpy(to, &text, 8);
  return to + (8 - zeros);
}

}  // namespace protokol::export_common
