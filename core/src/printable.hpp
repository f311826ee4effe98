// printable: text from file names and documents made safe for a log line.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace protokol {

/// `text` with control characters written as escapes ("\n", "\t", "\x1b"):
/// a file name holding a line break would otherwise split a log line or
/// forge one ("x.txt\nprotokol: all good"). Other bytes are kept as they are.
inline std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte != 0x7f) {
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else {
      char escaped[5];
      std::snprintf(escaped, sizeof escaped, "\\x%02x", byte);
      out += escaped;
    }
  }
  return out;
}

}  // namespace protokol
