// export_common/plain_scan.hpp: finding the few bytes a writer must treat
// specially in long runs of text, eight bytes at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace protokol::export_common {

/// Skips "plain" bytes: printable ASCII (0x20..0x7F) other than up to three
/// characters a format escapes. Controls and non-ASCII bytes are never plain,
/// so the caller sees every line break and every UTF-8 sequence to check.
class plain_scan {
 public:
  constexpr plain_scan(char a, char b, char c)
      : a_(repeat(a)), b_(repeat(b)), c_(repeat(c)), chars_{a, b, c} {}

  /// Index of the first byte at or after `pos` that is not plain; s.size()
  /// when there is none.
  std::size_t skip(std::string_view s, std::size_t pos) const {
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
    return byte >= 0x20 && byte < 0x80 && c != chars_[0] && c != chars_[1] && c != chars_[2];
  }

 private:
  static constexpr std::uint64_t ones = 0x0101010101010101ULL;
  static constexpr std::uint64_t highs = 0x8080808080808080ULL;

  static constexpr std::uint64_t repeat(char c) { return ones * static_cast<unsigned char>(c); }
  // The classic "has a zero byte" test: exact as a yes/no answer.
  static constexpr std::uint64_t zero_byte(std::uint64_t v) { return (v - ones) & ~v & highs; }

  bool has_special(std::uint64_t word) const {
    const std::uint64_t control =
        (word - ones * 0x20) & ~word & highs;  // a byte below 0x20 (or above 0x7F)
    return ((word & highs) | control | zero_byte(word ^ a_) | zero_byte(word ^ b_) |
            zero_byte(word ^ c_)) != 0;
  }

  std::uint64_t a_, b_, c_;
  char chars_[3];
};

}  // namespace protokol::export_common
