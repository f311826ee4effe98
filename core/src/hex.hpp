#pragma once

#include <string>

namespace protokol {

enum class hex_case { lower, upper };

// A byte's two hex digits, appended to `out`: digests and protokol's own
// escape markers are written in lower case, percent escapes (RFC 3986 says
// they should be) in upper case.
inline void append_hex(std::string& out, unsigned char byte, hex_case letters = hex_case::lower) {
  const char* digits = letters == hex_case::upper ? "0123456789ABCDEF" : "0123456789abcdef";
  out += digits[byte >> 4];
  out += digits[byte & 0xF];
}

// `%XX` for a byte that may not stand as itself (in a file URI, in a key).
inline void append_percent_escape(std::string& out, unsigned char byte) {
  out += '%';
  append_hex(out, byte, hex_case::upper);
}

}  // namespace protokol
