// text_reader.hpp: the read stage's logic, from a file's bytes to the
// text every later stage works on (UTF-8, NFC, LF line ends).
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "charset.hpp"

namespace protokol::reader {

/// The stage's parameters (see reader.cpp for their docs).
struct reader_options {
  std::uint64_t max_bytes = 67108864;
  std::string fallback_encoding = "windows-1252";
  bool normalize = true;
  bool char_refs = true;    ///< decode HTML character references ("&amp;")
  bool inline_tags = true;  ///< remove HTML tags left in the text ("<br />")
};

/// A file the reader refuses: empty, binary or too large. The message names
/// sizes and offsets, never the file's text.
class read_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// What read() makes of a file.
struct read_result {
  std::string text;      ///< UTF-8, NFC (unless normalize is off), LF line ends
  std::string encoding;  ///< as found: "UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "windows-1252", ...
};

/// Reads files; one instance serves many threads (read() is const and keeps
/// no state).
class text_reader {
 public:
  /// Throws std::invalid_argument for a max_bytes of 0 or a fallback
  /// encoding ICU cannot convert from.
  explicit text_reader(reader_options options);

  /// Decodes and cleans `raw`; throws read_error when the file is refused.
  read_result read(std::string_view raw) const;

 private:
  read_result decode(std::string_view raw) const;
  /// `bytes` read as UTF-8 when they are, else decoded; a binary file
  /// refused, its NUL's offset counted from `base_offset` (a byte order mark).
  read_result read_unmarked(std::string_view bytes, std::string_view utf8_name,
                            std::size_t base_offset) const;
  /// `copy` is all of `bytes` unless `needs_cleaning`.
  read_result read_utf8(std::string_view bytes, bool ascii, bool needs_cleaning,
                        std::string encoding, std::string copy) const;
  read_result read_mixed(std::string_view bytes, std::string encoding) const;
  read_result read_detected(std::string_view bytes) const;
  read_result finish(std::string text, std::string encoding) const;
  /// Character references decoded, ligatures spelt out and NFC, as the
  /// options say; `ascii` when the text is known to be pure ASCII.
  void normalize(std::string& text, bool ascii) const;

  /// The fallback encoding's table for UTF-8 with stray single bytes (none
  /// for an encoding of more than one byte a character), made at the first
  /// file that has such bytes: most runs meet none, and its 128 conversions
  /// through ICU cost about half a million instructions.
  const std::optional<high_byte_table>& fallback_high_bytes() const;

  reader_options options_;
  mutable std::once_flag fallback_high_bytes_made_;
  mutable std::optional<high_byte_table> fallback_high_bytes_;
};

}  // namespace protokol::reader
