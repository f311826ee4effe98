#include "text_reader.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <utility>

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

// Refuses a binary file by what the scan of its bytes (`size` of them, from
// `base_offset` in the file) found.
void refuse_binary_bytes(const utf8_scan& scan, std::size_t size, std::size_t base_offset) {
  if (scan.first_nul != std::string_view::npos) {
    throw read_error("binary file: NUL byte at offset " +
                     std::to_string(base_offset + scan.first_nul));
  }
  const std::size_t sample_size = std::min(size, control_sample_bytes);
  const std::size_t controls = scan.binary_controls;
  if (controls >= min_binary_controls && controls * 100 > sample_size) {
    throw read_error("binary file: " + std::to_string(controls) + " control bytes in the first " +
                     std::to_string(sample_size) + " bytes");
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
}

const std::optional<high_byte_table>& text_reader::fallback_high_bytes() const {
  // Files are read on several threads at once: the table is made once.
  std::call_once(fallback_high_bytes_made_, [this] {
    fallback_high_bytes_ = make_high_byte_table(options_.fallback_encoding);
  });
  return fallback_high_bytes_;
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
    if (mark.icu_name == "UTF-8"sv) return read_unmarked(body, mark.label, mark.bytes.size());
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
  return read_unmarked(raw, "UTF-8", 0);
}

read_result text_reader::read_unmarked(std::string_view bytes, std::string_view utf8_name,
                                       std::size_t base_offset) const {
  // One pass tells a binary file and what kind of text this is, and copies
  // the text for the common case, UTF-8 that needs no change.
  std::string copy;
  copy.reserve(bytes.size());
  const utf8_scan scan = scan_utf8(bytes, control_sample_bytes, &copy);
  refuse_binary_bytes(scan, bytes.size(), base_offset);
  if (scan.valid) {
    return read_utf8(bytes, scan.ascii, scan.needs_cleaning, std::string(utf8_name),
                     std::move(copy));
  }
  // Mostly UTF-8 with a few bytes of another encoding: files pasted together
  // from two sources. Decoding all of it as windows-1252 would garble the
  // UTF-8 part, so only the stray bytes are.
  if (scan.multibyte_chars > scan.invalid_bytes && fallback_high_bytes()) {
    return read_mixed(bytes,
                      std::string(utf8_name) + " with " + options_.fallback_encoding + " bytes");
  }
  return read_detected(bytes);
}

read_result text_reader::read_utf8(std::string_view bytes, bool ascii, bool needs_cleaning,
                                   std::string encoding, std::string copy) const {
  std::string text;
  if (needs_cleaning) {
    clean_text(bytes, text);
  } else {
    text = std::move(copy);
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
  to_nfc_without_zero_width(text);
}

read_result text_reader::read_mixed(std::string_view bytes, std::string encoding) const {
  std::string text;
  text.reserve(bytes.size() + bytes.size() / 8);
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const std::size_t n = bytes.size();
  const high_byte_table& high_bytes = *fallback_high_bytes();
  std::size_t i = 0;
  while (i < n) {
    const std::size_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0) {
      text.append(bytes.data() + start, i - start);
      continue;
    }
    for (std::size_t k = start; k < i; ++k) text += high_bytes[s[k] - 0x80u];
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
