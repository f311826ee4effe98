#include "ligatures.hpp"

#include <array>
#include <cstring>
#include <string_view>

namespace protokol::reader {
namespace {

// U+FB00..U+FB06 are EF AC 80..86 in UTF-8.
constexpr std::array<std::string_view, 7> letters = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

bool ligature_at(const std::string& text, std::size_t i) {
  return i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xAC &&
         static_cast<unsigned char>(text[i + 2]) >= 0x80 &&
         static_cast<unsigned char>(text[i + 2]) <= 0x86;
}

}  // namespace

bool expand_ligatures(std::string& text) {
  std::size_t i = text.find('\xEF');
  while (i != std::string::npos && !ligature_at(text, i)) i = text.find('\xEF', i + 1);
  if (i == std::string::npos) return false;
  std::string out;
  out.reserve(text.size() + 16);
  std::size_t copied = 0;
  for (; i != std::string::npos; i = text.find('\xEF', i + 1)) {
    if (!ligature_at(text, i)) continue;
    out.append(text, copied, i - copied);
    out += letters[static_cast<unsigned char>(text[i + 2]) - 0x80];
    copied = i + 3;
    i += 2;
  }
  out.append(text, copied, std::string::npos);
  text.swap(out);
  return true;
}

}  // namespace protokol::reader
