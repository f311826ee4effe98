#include "nfc.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Code points below U+0300 are NFC whatever stands around them: none
// changes under NFC, and none composes with a neighbour (the combining
// marks start at U+0300). Their UTF-8 bytes are all below 0xCC, so a line
// without a byte from 0xCC up needs no check. Danish text is mostly such
// lines; ICU checks the others (a combining ring, "€"), but for the inert
// punctuation ("–", "’", "•") passed over below.
constexpr unsigned char first_byte_at_or_above_u0300 = 0xCC;

// Where the first byte >= 0xCC at or after `from` is; npos for none.
std::size_t find_byte_at_or_above_u0300(std::string_view s, std::size_t from) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = from;
#if defined(__SSE2__)
  const __m128i limit = _mm_set1_epi8(static_cast<char>(first_byte_at_or_above_u0300));
  // Thirty-two bytes a step while none is found (the bytewise maximum of
  // two blocks holds one exactly when either does), then sixteen for where.
  for (; i + 32 <= s.size(); i += 32) {
    const __m128i both =
        _mm_max_epu8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)),
                     _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 16)));
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(both, limit), both)) != 0) break;
  }
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // max(v, 0xCC) == v exactly where v >= 0xCC (unsigned).
    const int mask = _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, limit), v));
    if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  for (; i < s.size(); ++i)
    if (p[i] >= first_byte_at_or_above_u0300) return i;
  return std::string_view::npos;
}

// True when the three bytes at `at` (a byte >= 0xCC) are U+2002 to U+203F,
// E2 80 82 to E2 80 BF: the dashes, quotes, bullets and spaces of Danish
// minutes ("–", "”", "•"), and most of the bytes that send a line to ICU.
// Each is normalization-inert (ICU's isInert(): unchanged by NFC, with a
// boundary before and after it, so it composes with no neighbour either),
// so a line with them is NFC exactly when it is NFC without them. U+2000
// and U+2001 are not inert: NFC maps them to U+2002 and U+2003.
bool is_inert_punctuation(std::string_view s, std::size_t at) {
  return at + 2 < s.size() && s[at] == '\xE2' && s[at + 1] == '\x80' &&
         static_cast<unsigned char>(s[at + 2]) >= 0x82;
}

// Where the first character at or after `from` that may not be NFC with
// its neighbours starts (a byte >= 0xCC, past the inert punctuation); npos
// for none.
std::size_t find_maybe_not_nfc(std::string_view s, std::size_t from) {
  std::size_t at = find_byte_at_or_above_u0300(s, from);
  while (at != std::string_view::npos && is_inert_punctuation(s, at))
    at = find_byte_at_or_above_u0300(s, at + 3);
  return at;
}

// isNormalizedUTF8 over the lines of `piece` that may need it: a line feed
// is a normalization boundary (it never composes), so lines are NFC one by
// one.
bool is_nfc(const icu::Normalizer2& nfc, std::string_view piece) {
  for (std::size_t at = find_maybe_not_nfc(piece, 0); at != std::string_view::npos;) {
    // memrchr, where string_view::rfind steps back a byte at a time (`at`
    // itself is no LF).
    const void* const lf_before = memrchr(piece.data(), '\n', at);
    const std::size_t start =
        lf_before == nullptr
            ? 0
            : static_cast<std::size_t>(static_cast<const char*>(lf_before) - piece.data()) + 1;
    const std::size_t lf_after = piece.find('\n', at);
    const std::size_t end = lf_after == std::string_view::npos ? piece.size() : lf_after + 1;
    UErrorCode status = U_ZERO_ERROR;
    const bool normalized =
        nfc.isNormalizedUTF8(piece_of(piece.substr(start, end - start)), status);
    if (U_FAILURE(status))
      throw std::runtime_error(std::string("ICU NFC check failed: ") + u_errorName(status));
    if (!normalized) return false;
    at = find_maybe_not_nfc(piece, end);
  }
  return true;
}

}  // namespace

void drop_zero_width(std::string& text) {
  // All five are three bytes, E2 80 8B-8D, E2 81 A0 and EF BB BF.
  const auto zero_width = [&](std::size_t i) {
    if (i + 2 >= text.size()) return false;
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    const auto b2 = static_cast<unsigned char>(text[i + 2]);
    if (text[i] == '\xEF') return b1 == 0xBB && b2 == 0xBF;
    return (b1 == 0x80 && b2 >= 0x8B && b2 <= 0x8D) || (b1 == 0x81 && b2 == 0xA0);
  };
  // Most texts hold none: find the first by their lead bytes alone.
  const auto next_lead = [&](std::size_t from) {
    std::size_t nearest = text.size();
    for (const char lead : {'\xE2', '\xEF'}) {
      if (const void* p = std::memchr(text.data() + from, lead, nearest - from))
        nearest = static_cast<std::size_t>(static_cast<const char*>(p) - text.data());
    }
    return nearest;
  };
  std::size_t i = next_lead(0);
  while (i < text.size() && !zero_width(i)) i = next_lead(i + 1);
  if (i == text.size()) return;
  std::size_t out = i;
  while (i < text.size()) {
    if ((text[i] == '\xE2' || text[i] == '\xEF') && zero_width(i)) {
      i += 3;
      continue;
    }
    text[out++] = text[i++];
  }
  text.resize(out);
}

void to_nfc(std::string& text) {
  const icu::Normalizer2& nfc = nfc_instance();
  std::string_view rest = text;
  std::size_t clean_prefix = 0;  // bytes known to be NFC already
  for (;;) {
    if (rest.empty()) return;
    const std::size_t length = piece_length(rest);
    if (!is_nfc(nfc, rest.substr(0, length))) break;
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

void to_nfc_without_zero_width(std::string& text) {
  drop_zero_width(text);
  to_nfc(text);
}

}  // namespace protokol::reader
