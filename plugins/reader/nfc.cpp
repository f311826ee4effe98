#include "nfc.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string_view>

namespace protokol::reader {
namespace {

constexpr std::size_t piece_bytes = std::size_t{1} << 24;

const icu::Normalizer2& nfc_instance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || nfc == nullptr) {
    throw std::runtime_error(std::string("ICU NFC data unavailable: ") + u_errorName(status));
  }
  return *nfc;
}

// Length of the next piece of `rest`: at most piece_bytes, ending just after
// an LF when one is in reach.
std::size_t piece_length(std::string_view rest) {
  if (rest.size() <= piece_bytes) return rest.size();
  const std::size_t lf = rest.rfind('\n', piece_bytes - 1);
  if (lf != std::string_view::npos) return lf + 1;
  const std::size_t next_lf = rest.find('\n', piece_bytes);
  const std::size_t length = next_lf == std::string_view::npos ? rest.size() : next_lf + 1;
  if (length > static_cast<std::size_t>(INT32_MAX)) {
    throw std::runtime_error("line too long to normalize (over 2 GiB without a line break)");
  }
  return length;
}

icu::StringPiece piece_of(std::string_view view) {
  return icu::StringPiece(view.data(), static_cast<int32_t>(view.size()));
}

}  // namespace

void to_nfc(std::string& text) {
  const icu::Normalizer2& nfc = nfc_instance();
  std::string_view rest = text;
  std::size_t clean_prefix = 0;  // bytes known to be NFC already
  for (;;) {
    if (rest.empty()) return;
    const std::size_t length = piece_length(rest);
    UErrorCode status = U_ZERO_ERROR;
    const bool normalized = nfc.isNormalizedUTF8(piece_of(rest.substr(0, length)), status);
    if (U_FAILURE(status))
      throw std::runtime_error(std::string("ICU NFC check failed: ") + u_errorName(status));
    if (!normalized) break;
    clean_prefix += length;
    rest.remove_prefix(length);
  }
  std::string out;
  out.reserve(text.size());
  out.append(text, 0, clean_prefix);
  icu::StringByteSink<std::string> sink(&out);
  while (!rest.empty()) {
    const std::size_t length = piece_length(rest);
    UErrorCode status = U_ZERO_ERROR;
    nfc.normalizeUTF8(0, piece_of(rest.substr(0, length)), sink, nullptr, status);
    if (U_FAILURE(status))
      throw std::runtime_error(std::string("ICU NFC failed: ") + u_errorName(status));
    rest.remove_prefix(length);
  }
  text.swap(out);
}

}  // namespace protokol::reader
