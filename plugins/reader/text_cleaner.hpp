// text_cleaner.hpp: line ends and control characters, in one pass over
// well-formed UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace protokol::reader {

/// True for an ASCII byte clean_text() removes or rewrites: C0 controls
/// other than TAB and LF (so CR and FF too), and DEL.
inline bool is_ascii_to_clean(unsigned char byte) {
  return byte < 0x20 ? byte != '\t' && byte != '\n' : byte == 0x7F;
}

/// True for a code point >= U+0080 that clean_text() removes or rewrites:
/// C1 controls, LINE SEPARATOR, PARAGRAPH SEPARATOR and a stray U+FEFF.
inline bool is_code_point_to_clean(char32_t c) {
  return (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF;
}

/// Appends `in` (well-formed UTF-8) to `out` with:
/// - CRLF and lone CR made LF;
/// - FF (a page break) made LF, unless a line break is already there, so a
///   title wrapped over a page break stays two lines of one paragraph;
/// - U+2028 made LF and U+2029 a blank line;
/// - C1 controls U+0080..U+009F, which only appear when windows-1252 text was
///   decoded as ISO-8859-1 on its way here, made the windows-1252 character
///   for that byte (U+0096 -> U+2013), or removed where windows-1252 has none;
/// - other C0 controls except TAB, DEL and U+FEFF removed.
/// Nothing is added: no final newline.
void clean_text(std::string_view in, std::string& out);

/// The windows-1252 character for byte 0x80 + `index` (index < 32), or 0
/// where windows-1252 leaves the byte undefined. Exposed for the test that
/// checks it against ICU's converter.
char32_t windows_1252_c1(unsigned index);

}  // namespace protokol::reader
