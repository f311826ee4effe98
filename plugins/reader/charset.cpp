#include "charset.hpp"

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <memory>

namespace protokol::reader {
namespace {

// uchardet settles on far less; a bound keeps huge files cheap.
constexpr std::size_t detection_sample_bytes = std::size_t{1} << 20;

struct uchardet_deleter {
  void operator()(uchardet_t detector) const { uchardet_delete(detector); }
};

struct converter_deleter {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using converter_ptr = std::unique_ptr<UConverter, converter_deleter>;

converter_ptr open_converter(const char* name) {
  UErrorCode status = U_ZERO_ERROR;
  converter_ptr converter(ucnv_open(name, &status));
  if (U_FAILURE(status)) return nullptr;
  return converter;
}

bool is_latin1_or_windows_1252(std::string_view name) {
  return name == "windows-1252" || name == "ISO-8859-1";
}

std::string western_by_bytes(std::string_view bytes) {
  return has_c1_bytes(bytes) ? "windows-1252" : "ISO-8859-1";
}

}  // namespace

std::string detect_charset(std::string_view bytes) {
  const std::unique_ptr<std::remove_pointer_t<uchardet_t>, uchardet_deleter> detector(
      uchardet_new());
  if (!detector) return "";
  const std::size_t length = std::min(bytes.size(), detection_sample_bytes);
  if (uchardet_handle_data(detector.get(), bytes.data(), length) != 0) return "";
  uchardet_data_end(detector.get());
  const char* name = uchardet_get_charset(detector.get());
  return name == nullptr ? "" : name;
}

bool has_c1_bytes(std::string_view bytes) {
  return std::any_of(bytes.begin(), bytes.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x80 && byte <= 0x9F;
  });
}

std::string choose_encoding(std::string_view detected, std::string_view bytes,
                            std::string_view fallback) {
  switch (policy_for(detected)) {
    case detection_policy::western:
      return western_by_bytes(bytes);
    case detection_policy::accept:
      if (auto name = standard_encoding_name(detected)) return *name;
      break;
    case detection_policy::refuse:
      break;
  }
  // Both decode 0xA0-0xFF alike; name the one the bytes show.
  if (is_latin1_or_windows_1252(fallback)) return western_by_bytes(bytes);
  return std::string(fallback);
}

std::optional<std::string> standard_encoding_name(std::string_view name) {
  const std::string wanted(name);
  const converter_ptr converter = open_converter(wanted.c_str());
  if (!converter) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  const char* internal = ucnv_getName(converter.get(), &status);
  if (U_FAILURE(status)) return wanted;
  // MIME names read best ("ISO-8859-1", not IANA's "ISO_8859-1:1987"); IANA
  // has the windows-125x names MIME lacks.
  for (const char* standard : {"MIME", "IANA"}) {
    status = U_ZERO_ERROR;
    const char* named = ucnv_getStandardName(internal, standard, &status);
    if (U_SUCCESS(status) && named != nullptr) return std::string(named);
  }
  return wanted;
}

conversion convert_to_utf8(std::string_view bytes, const std::string& encoding) {
  conversion result;
  const converter_ptr source = open_converter(encoding.c_str());
  const converter_ptr target = open_converter("UTF-8");
  if (!source || !target) return result;
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setToUCallBack(source.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return result;

  // Converts through a small buffer and appends: growing `out` by resize()
  // would zero-fill tens of megabytes only to overwrite them.
  UChar pivot[4096];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  char chunk[65536];
  const char* in = bytes.data();
  const char* const in_end = in + bytes.size();
  std::string& out = result.text;
  out.reserve(bytes.size() + bytes.size() / 8);
  bool reset = true;
  do {
    char* chunk_end = chunk;
    status = U_ZERO_ERROR;
    ucnv_convertEx(target.get(), source.get(), &chunk_end, chunk + sizeof chunk, &in, in_end, pivot,
                   &pivot_source, &pivot_target, pivot + std::size(pivot), reset, true, &status);
    reset = false;
    out.append(chunk, static_cast<std::size_t>(chunk_end - chunk));
  } while (status == U_BUFFER_OVERFLOW_ERROR);
  if (U_FAILURE(status)) {
    char invalid[32];
    int8_t invalid_length = sizeof invalid;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(source.get(), invalid, &invalid_length, &ignored);
    const auto consumed = static_cast<std::size_t>(in - bytes.data());
    const auto bad = static_cast<std::size_t>(U_SUCCESS(ignored) ? invalid_length : 0);
    result.error_offset = consumed >= bad ? consumed - bad : 0;
    out.clear();
    return result;
  }
  result.ok = true;
  return result;
}

std::optional<high_byte_table> make_high_byte_table(const std::string& encoding) {
  const converter_ptr probe = open_converter(encoding.c_str());
  if (!probe || ucnv_getMinCharSize(probe.get()) != 1 || ucnv_getMaxCharSize(probe.get()) != 1) {
    return std::nullopt;
  }
  high_byte_table table;
  for (unsigned byte = 0x80; byte <= 0xFF; ++byte) {
    const char single = static_cast<char>(byte);
    conversion converted = convert_to_utf8(std::string_view(&single, 1), encoding);
    if (converted.ok) table[byte - 0x80] = std::move(converted.text);
  }
  return table;
}

}  // namespace protokol::reader
