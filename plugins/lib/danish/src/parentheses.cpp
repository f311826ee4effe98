#include "danish/parentheses.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <cstring>

namespace protokol::danish {
namespace {

constexpr std::size_t max_chars = 80;

const RE2& paren_pattern() {
  static const RE2 re(R"(\(([^()\n]{1,80})\))");
  return re;
}

bool continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Code points in `s`, or -1 when `s` is not well-formed UTF-8 (over-long
// forms, surrogates, stray bytes): then RE2 decides, as it did before.
long strict_utf8_length(std::string_view s) {
  long count = 0;
  for (std::size_t i = 0; i < s.size(); ++count) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t need = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (b < 0x80) {
      ++i;
      continue;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      if (b == 0xE0) low = 0xA0;
      if (b == 0xED) high = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      if (b == 0xF0) low = 0x90;
      if (b == 0xF4) high = 0x8F;
    } else {
      return -1;
    }
    if (i + need >= s.size()) return -1;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b1 < low || b1 > high) return -1;
    for (std::size_t k = 2; k <= need; ++k) {
      if (!continuation(static_cast<unsigned char>(s[i + k]))) return -1;
    }
    i += need + 1;
  }
  return count;
}

// Does the pattern match at `open` (a "(" with ")" at `close` and no "(",
// ")" or line break between)? `ascii`: every byte between is below 0x80
// (the caller saw each while it looked for `close`).
bool fits_at(std::string_view text, std::size_t open, std::size_t close, bool ascii) {
  const std::string_view content = text.substr(open + 1, close - open - 1);
  if (content.empty()) return false;
  if (ascii && content.size() <= max_chars) return true;
  const long chars = strict_utf8_length(content);
  if (chars >= 0) return chars >= 1 && static_cast<std::size_t>(chars) <= max_chars;
  const re2::StringPiece input(text.data(), text.size());
  return paren_pattern().Match(input, open, text.size(), RE2::ANCHOR_START, nullptr, 0);
}

}  // namespace

bool next_parenthesis(std::string_view text, std::size_t from, parenthesis& found) {
  std::size_t pos = from;
  while (pos < text.size()) {
    const void* hit = std::memchr(text.data() + pos, '(', text.size() - pos);
    if (hit == nullptr) return false;
    const std::size_t open = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
    std::size_t close = open + 1;
    // 80 characters take at most 320 bytes; a longer run cannot match.
    const std::size_t limit = std::min(text.size(), open + 2 + 4 * max_chars);
    unsigned char seen = 0;  // the bytes passed, or'ed: their 0x80 bit tells a non-ASCII one
    while (close < limit && text[close] != ')' && text[close] != '(' && text[close] != '\n') {
      seen |= static_cast<unsigned char>(text[close]);
      ++close;
    }
    if (close < limit && text[close] == ')' && fits_at(text, open, close, seen < 0x80)) {
      found = {open, close};
      return true;
    }
    pos = open + 1;
  }
  return false;
}

std::vector<parenthesis> find_parentheses(std::string_view text) {
  std::vector<parenthesis> out;
  parenthesis paren;
  for (std::size_t from = 0; next_parenthesis(text, from, paren); from = paren.close + 1) {
    out.push_back(paren);
  }
  return out;
}

}  // namespace protokol::danish
