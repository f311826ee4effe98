// charset.hpp: finding and converting the encoding of text that is not
// UTF-8: uchardet guesses, a reviewed table decides what to trust, ICU
// converts.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace protokol::reader {

/// What the reader does with a charset name uchardet reports.
enum class detection_policy {
  western,  ///< windows-1252 / ISO-8859-1 / ISO-8859-15: choose between them by the bytes
  accept,   ///< trust the name and convert with it
  refuse,   ///< use fallback_encoding instead
};

/// One row of the table in charset_table.cpp.
struct charset_rule {
  const char* uchardet_name;  ///< as uchardet_get_charset() spells it
  detection_policy policy;
  const char* why;
};

/// The reviewed table of uchardet answers. Names not in it are refused.
std::span<const charset_rule> charset_rules();

/// Policy for a name uchardet reported (case-insensitive; refuse if unknown).
detection_policy policy_for(std::string_view uchardet_name);

/// uchardet's guess for `bytes` (its first MiB), "" when it has none.
std::string detect_charset(std::string_view bytes);

/// True when a byte 0x80..0x9F occurs: printable in windows-1252 (€, “, ”, –)
/// and a control in ISO-8859-1, so it tells the two apart.
bool has_c1_bytes(std::string_view bytes);

/// The encoding to convert `bytes` with, given uchardet's answer and the
/// configured fallback.
std::string choose_encoding(std::string_view detected, std::string_view bytes,
                            std::string_view fallback);

/// ICU's IANA name for an encoding ("cp1252" -> "windows-1252"); nullopt
/// when ICU cannot convert from it.
std::optional<std::string> standard_encoding_name(std::string_view name);

/// Result of convert_to_utf8().
struct conversion {
  bool ok = false;
  std::size_t error_offset = 0;  ///< byte offset of the first unconvertible sequence (when !ok)
  std::string text;              ///< UTF-8 (when ok)
};

/// Converts `bytes` from `encoding` to UTF-8 with ICU; stops at the first
/// byte sequence the encoding does not define.
conversion convert_to_utf8(std::string_view bytes, const std::string& encoding);

/// UTF-8 for each byte 0x80..0xFF in a single-byte encoding ("" where the
/// encoding leaves the byte undefined).
using high_byte_table = std::array<std::string, 128>;

/// The table for `encoding`, or nullopt when it is not a single-byte encoding.
std::optional<high_byte_table> make_high_byte_table(const std::string& encoding);

}  // namespace protokol::reader
