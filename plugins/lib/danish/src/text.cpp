#include "danish/text.hpp"

#include <cstdint>

#include "danish/bytes.hpp"

namespace protokol::danish {

char32_t decode_before(std::string_view text, std::size_t pos, std::size_t& length) {
  length = 0;
  if (pos == 0 || pos > text.size()) return 0;
  std::size_t start = pos - 1;
  // Continuation bytes are 10xxxxxx; a code point has at most three of them.
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  std::size_t len = 0;
  const char32_t c = decode_at(text, start, len);
  if (start + len != pos) {
    length = 1;
    return 0xFFFD;
  }
  length = len;
  return c;
}

namespace {

// Writes `c` as UTF-8 to `out` (room for 4 bytes); returns the byte count.
std::size_t encode_utf8(char32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

char32_t to_lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F && is_upper(c)) return c == 0x178 ? 0xFF : c + 1;
  return c;
}

// The lowercase form of the code point at `pos` into `out` (room for 4
// bytes); `consumed` receives the input length. A stray byte is copied as is.
std::size_t fold_one(std::string_view text, std::size_t pos, std::size_t& consumed, char* out) {
  const char32_t c = decode_at(text, pos, consumed);
  if (c == 0xFFFD) {
    for (std::size_t i = 0; i < consumed; ++i) out[i] = text[pos + i];
    return consumed;
  }
  return encode_utf8(to_lower(c), out);
}

char fold_ascii(unsigned char b) { return static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b); }

// How many of the eight bytes in `eight` are ASCII from "!" on (no blank,
// control or byte from 0x80) before the first that is not. The subtraction
// marks the bytes below 0x21 exactly up to the first of them (a borrow
// starts only there), and only the first mark counts.
int leading_plain_ascii(std::uint64_t eight) {
  constexpr std::uint64_t ones = 0x0101010101010101u;
  constexpr std::uint64_t high = 0x80 * ones;
  return first_marked_byte((eight & high) | ((eight - 0x21 * ones) & ~eight & high));
}

// lower_ascii8() of `eight` with each byte's 0x80 bit cleared first (so no
// sum carries into a neighbour): exact for the ASCII bytes before the first
// that is not, the only ones a caller keeps.
std::uint64_t lower_leading_ascii8(std::uint64_t eight) {
  return lower_ascii8(eight & ~0x8080808080808080u);
}

// How many of the eight bytes in `eight` are ASCII before the first that is not.
int leading_ascii(std::uint64_t eight) { return first_marked_byte(eight & 0x8080808080808080u); }

bool is_blank_at(std::string_view text, std::size_t pos, std::size_t& length) {
  const char32_t c = decode_at(text, pos, length);
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0;
}

}  // namespace

// Folding never makes text longer (lowercase letters keep their encoded
// length; only over-long encodings shrink), so one buffer of the input's
// size is enough.
std::string fold_case(std::string_view text) {
  std::string out(text.size(), '\0');
  char* const first = out.data();
  char* cursor = first;
  for (std::size_t pos = 0; pos < text.size();) {
    // Eight ASCII bytes at a time: most text is ASCII. Else the ASCII bytes
    // before the first that is not, one by one.
    if (pos + 8 <= text.size()) {
      const std::uint64_t eight = load8(text.data() + pos);
      if (!has_non_ascii8(eight)) {
        store8(cursor, lower_ascii8(eight));
        cursor += 8;
        pos += 8;
        continue;
      }
      const int ascii = leading_ascii(eight);
      store8(cursor, lower_leading_ascii8(eight));
      cursor += ascii;
      pos += static_cast<std::size_t>(ascii);
    }
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      *cursor++ = fold_ascii(b);
      ++pos;
      continue;
    }
    if (fold_latin1(text, pos, cursor)) {
      cursor += 2;
      pos += 2;
      continue;
    }
    std::size_t len = 0;
    cursor += fold_one(text, pos, len, cursor);
    pos += len;
  }
  out.resize(static_cast<std::size_t>(cursor - first));
  return out;
}

std::string_view fold_case_into(std::string_view text, char* buffer, std::size_t capacity) {
  std::size_t used = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    if (pos + 8 <= text.size() && used + 8 <= capacity) {
      const std::uint64_t eight = load8(text.data() + pos);
      if (!has_non_ascii8(eight)) {
        store8(buffer + used, lower_ascii8(eight));
        used += 8;
        pos += 8;
        continue;
      }
      // The ASCII bytes before the first that is not (room for eight).
      const int ascii = leading_ascii(eight);
      store8(buffer + used, lower_leading_ascii8(eight));
      used += static_cast<std::size_t>(ascii);
      pos += static_cast<std::size_t>(ascii);
    }
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      if (used == capacity) return {};
      buffer[used++] = fold_ascii(b);
      ++pos;
      continue;
    }
    std::size_t len = 0;
    char piece[4];
    if (fold_latin1(text, pos, piece)) {
      if (used + 2 > capacity) return {};
      buffer[used++] = piece[0];
      buffer[used++] = piece[1];
      pos += 2;
      continue;
    }
    const std::size_t n = fold_one(text, pos, len, piece);
    if (used + n > capacity) return {};
    for (std::size_t i = 0; i < n; ++i) buffer[used++] = piece[i];
    pos += len;
  }
  return {buffer, used};
}

std::string_view fold_blanks_into(std::string_view text, char* buffer) {
  std::size_t used = 0;
  bool pending_blank = false;
  for (std::size_t pos = 0; pos < text.size();) {
    // Up to eight bytes at a time while they hold no blank: ASCII from "!"
    // on, the bytes before the first other one (a name's word before its
    // blank). All eight are stored, the plain ones kept: a blank byte
    // waiting was read and not written, so the eight still fit.
    if (pos + 8 <= text.size()) {
      const std::uint64_t eight = load8(text.data() + pos);
      const int plain = leading_plain_ascii(eight);
      if (plain > 0) {
        if (pending_blank) buffer[used++] = ' ';
        pending_blank = false;
        store8(buffer + used, eight);
        used += static_cast<std::size_t>(plain);
        pos += static_cast<std::size_t>(plain);
        continue;
      }
    }
    const auto b = static_cast<unsigned char>(text[pos]);
    std::size_t len = 1;
    const bool blank = b < 0x80 ? (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f')
                                : is_blank_at(text, pos, len);
    if (blank) {
      pending_blank = used > 0;
    } else {
      if (pending_blank) buffer[used++] = ' ';
      pending_blank = false;
      for (std::size_t i = 0; i < len; ++i) buffer[used++] = text[pos + i];
    }
    pos += len;
  }
  return {buffer, used};
}

std::string fold_blanks(std::string_view text) {
  std::string out(text.size(), '\0');
  out.resize(fold_blanks_into(text, out.data()).size());
  return out;
}

}  // namespace protokol::danish
