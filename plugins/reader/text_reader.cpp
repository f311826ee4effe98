#include "text_reader.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "binary_formats.hpp"
#include "char_refs.hpp"
#include "inline_tags.hpp"
#include "ligatures.hpp"
#include "nfc.hpp"
#include "symbol_bullets.hpp"
#include "text_cleaner.hpp"
#include "utf8_scan.hpp"

namespace protokol::reader {
namespace {

using namespace std::string_view_literals;

struct byte_order_mark {
  std::string_view bytes;
  const char* icu_name;
  const char* label;
};

// Longest first: the UTF-32LE mark begins with the UTF-16LE one.
constexpr byte_order_mark byte_order_marks[] = {
    {"\xFF\xFE\0\0"sv, "UTF-32LE", "UTF-32LE BOM"}, {"\0\0\xFE\xFF"sv, "UTF-32BE", "UTF-32BE BOM"},
    {"\xEF\xBB\xBF"sv, "UTF-8", "UTF-8 BOM"},       {"\xFF\xFE"sv, "UTF-16LE", "UTF-16LE BOM"},
    {"\xFE\xFF"sv, "UTF-16BE", "UTF-16BE BOM"},
};

// Text has TAB, LF, CR, FF and now and then a stray control; a file where
// more than one byte in a hundred is another control is not text.
constexpr std::size_t control_sample_bytes = 65536;
constexpr std::size_t min_binary_controls = 4;

bool is_binary_control(unsigned char byte) {
  return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f' &&
         byte != '\v';
}

// Sixteen bytes at a time with SSE2, else eight: only words holding a byte
// below 0x20 (a line end, mostly) are looked at byte by byte.
std::size_t count_binary_controls(std::string_view sample) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  constexpr std::uint64_t highs = 0x8080808080808080ULL;
  std::size_t controls = 0;
  std::size_t pos = 0;
#if defined(__SSE2__)
  // Sixteen at a time, counted exactly: 0x00-0x1F but for 0x09-0x0D (signed
  // compares; the bytes from 0x80 are negative and no control).
  for (; pos + 16 <= sample.size(); pos += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(sample.data() + pos));
    const __m128i control =
        _mm_and_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), _mm_cmpgt_epi8(v, _mm_set1_epi8(-1)));
    const __m128i blank = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x08)),
                                        _mm_cmplt_epi8(v, _mm_set1_epi8(0x0E)));
    const auto found = static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(blank, control)));
    if (found != 0) controls += static_cast<std::size_t>(std::popcount(found));
  }
#endif
  for (; pos + 8 <= sample.size(); pos += 8) {
    std::uint64_t word;
    std::memcpy(&word, sample.data() + pos, 8);
    if (((word - ones * 0x20) & ~word & highs) == 0) continue;  // no byte below 0x20
    for (std::size_t i = pos; i < pos + 8; ++i)
      controls += is_binary_control(static_cast<unsigned char>(sample[i])) ? 1 : 0;
  }
  for (; pos < sample.size(); ++pos)
    controls += is_binary_control(static_cast<unsigned char>(sample[pos])) ? 1 : 0;
  return controls;
}

void refuse_binary_bytes(std::string_view bytes, std::size_t base_offset) {
  if (const std::size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    throw read_error("binary file: NUL byte at offset " + std::to_string(base_offset + nul));
  }
  const std::string_view sample = bytes.substr(0, control_sample_bytes);
  const std::size_t controls = count_binary_controls(sample);
  if (controls >= min_binary_controls && controls * 100 > sample.size()) {
    throw read_error("binary file: " + std::to_string(controls) + " control bytes in the first " +
                     std::to_string(sample.size()) + " bytes");
  }
}

std::string standard_fallback(const std::string& name) {
  auto standard = standard_encoding_name(name);
  if (!standard) {
    throw std::invalid_argument("fallback_encoding '" + name +
                                "' is not an encoding ICU can convert");
  }
  return *standard;
}

}  // namespace

text_reader::text_reader(reader_options options) : options_(std::move(options)) {
  if (options_.max_bytes == 0) throw std::invalid_argument("max_bytes must be at least 1");
  options_.fallback_encoding = standard_fallback(options_.fallback_encoding);
  fallback_high_bytes_ = make_high_byte_table(options_.fallback_encoding);
}

read_result text_reader::read(std::string_view raw) const {
  if (raw.empty()) throw read_error("empty file (0 bytes)");
  if (auto reason = unsupported_format(raw)) throw read_error(*reason);
  if (raw.size() > options_.max_bytes) {
    throw read_error("file is " + std::to_string(raw.size()) +
                     " bytes, over the max_bytes limit of " + std::to_string(options_.max_bytes));
  }
  read_result result = decode(raw);
  if (result.text.empty()) {
    throw read_error("empty file (no text in its " + std::to_string(raw.size()) + " bytes)");
  }
  return result;
}

read_result text_reader::decode(std::string_view raw) const {
  for (const byte_order_mark& mark : byte_order_marks) {
    if (!raw.starts_with(mark.bytes)) continue;
    const std::string_view body = raw.substr(mark.bytes.size());
    if (mark.icu_name == "UTF-8"sv) {
      refuse_binary_bytes(body, mark.bytes.size());
      return read_unmarked(body, mark.label);
    }
    conversion converted = convert_to_utf8(body, mark.icu_name);
    if (!converted.ok) {
      throw read_error("binary file: invalid " + std::string(mark.icu_name) + " at byte offset " +
                       std::to_string(mark.bytes.size() + converted.error_offset));
    }
    if (converted.text.find('\0') != std::string::npos) {
      throw read_error("binary file: NUL character in " + std::string(mark.icu_name) + " text");
    }
    return finish(std::move(converted.text), mark.label);
  }
  refuse_binary_bytes(raw, 0);
  return read_unmarked(raw, "UTF-8");
}

read_result text_reader::read_unmarked(std::string_view bytes, std::string_view utf8_name) const {
  const utf8_scan scan = scan_utf8(bytes);
  if (scan.valid) return read_utf8(bytes, scan.ascii, scan.needs_cleaning, std::string(utf8_name));
  // Mostly UTF-8 with a few bytes of another encoding: files pasted together
  // from two sources. Decoding all of it as windows-1252 would garble the
  // UTF-8 part, so only the stray bytes are.
  if (fallback_high_bytes_ && scan.multibyte_chars > scan.invalid_bytes) {
    return read_mixed(bytes,
                      std::string(utf8_name) + " with " + options_.fallback_encoding + " bytes");
  }
  return read_detected(bytes);
}

read_result text_reader::read_utf8(std::string_view bytes, bool ascii, bool needs_cleaning,
                                   std::string encoding) const {
  std::string text;
  if (needs_cleaning) {
    clean_text(bytes, text);
  } else {
    text.assign(bytes);
  }
  normalize(text, ascii);
  return {std::move(text), std::move(encoding)};
}

void text_reader::normalize(std::string& text, bool ascii) const {
  // A reference may stand for a combining mark: NFC after it. Ligatures are
  // never ASCII.
  if (options_.char_refs && decode_char_refs(text)) ascii = false;
  // After the references: "&lt;br&gt;" is a tag too.
  if (options_.inline_tags) strip_inline_tags(text);
  if (!options_.normalize || ascii) return;
  expand_ligatures(text);
  replace_symbol_bullets(text);
  to_nfc(text);
  drop_zero_width(text);
}

read_result text_reader::read_mixed(std::string_view bytes, std::string encoding) const {
  std::string text;
  text.reserve(bytes.size() + bytes.size() / 8);
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    const std::size_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0) {
      text.append(bytes.data() + start, i - start);
      continue;
    }
    for (std::size_t k = start; k < i; ++k) text += (*fallback_high_bytes_)[s[k] - 0x80u];
  }
  return finish(std::move(text), std::move(encoding));
}

read_result text_reader::read_detected(std::string_view bytes) const {
  const std::string& fallback = options_.fallback_encoding;
  std::string encoding = choose_encoding(detect_charset(bytes), bytes, fallback);
  conversion converted = convert_to_utf8(bytes, encoding);
  if (!converted.ok && encoding != fallback) {
    const std::string first = std::exchange(encoding, fallback);
    converted = convert_to_utf8(bytes, encoding);
    if (!converted.ok) {
      throw read_error("binary file: not valid as UTF-8, " + first + " or " + fallback);
    }
  }
  if (!converted.ok) throw read_error("binary file: not valid as UTF-8 or " + fallback);
  return finish(std::move(converted.text), std::move(encoding));
}

read_result text_reader::finish(std::string text, std::string encoding) const {
  const utf8_scan scan = scan_utf8(text);
  if (scan.needs_cleaning) {
    std::string cleaned;
    clean_text(text, cleaned);
    text.swap(cleaned);
  }
  normalize(text, scan.ascii);
  return {std::move(text), std::move(encoding)};
}

}  // namespace protokol::reader
