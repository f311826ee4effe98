// utf8_scan.hpp: one read-only pass that tells the reader what a byte
// buffer is, so well-formed UTF-8 that needs no change is just copied.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace protokol::reader {

/// What scan_utf8() learnt about a buffer.
struct utf8_scan {
  bool valid = true;                ///< every byte belongs to a well-formed UTF-8 sequence
  std::size_t first_invalid = 0;    ///< offset of the first ill-formed byte (when !valid)
  std::size_t invalid_bytes = 0;    ///< bytes in ill-formed sequences
  std::size_t multibyte_chars = 0;  ///< well-formed sequences of 2 to 4 bytes
  bool ascii = true;                ///< no byte >= 0x80
  bool needs_cleaning = false;      ///< holds something clean_text() changes
  /// Offset of the first NUL byte; npos when there is none.
  std::size_t first_nul = std::string_view::npos;
  /// C0 controls but TAB, LF, VT, FF and CR (the ones text has) among the
  /// first `control_sample` bytes: the reader's test for a binary file.
  std::size_t binary_controls = 0;
};

/// Scans `bytes` once. Surrogates, overlong forms and code points past
/// U+10FFFF are ill-formed, as the Unicode standard says. The reader refuses
/// a binary file by the same pass (first_nul, binary_controls among the
/// first `control_sample` bytes), not by one more over the whole text.
/// With `copy`, the same pass appends the bytes to it while they are valid
/// and need no cleaning: when the scan says `valid` and not
/// `needs_cleaning`, *copy holds all of `bytes` after what it held.
utf8_scan scan_utf8(std::string_view bytes, std::size_t control_sample = 0,
                    std::string* copy = nullptr);

/// True for the bytes binary_controls counts.
inline bool is_binary_control(unsigned char byte) {
  return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f' &&
         byte != '\v';
}

/// Appends code point `c` (at most U+10FFFF, no surrogate) to `out` as UTF-8.
void append_utf8(char32_t c, std::string& out);

}  // namespace protokol::reader
