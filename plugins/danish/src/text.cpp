#include "danish/text.hpp"

namespace protokol::danish {

char32_t decode_at(std::string_view text, std::size_t pos, std::size_t& length) {
  length = 1;
  if (pos >= text.size()) return 0;
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) return b0;
  std::size_t need = 0;
  char32_t c = 0;
  if ((b0 & 0xE0) == 0xC0) {
    need = 1;
    c = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    need = 2;
    c = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    need = 3;
    c = b0 & 0x07;
  } else {
    return 0xFFFD;
  }
  if (pos + need >= text.size()) return 0xFFFD;
  for (std::size_t i = 1; i <= need; ++i) {
    const auto b = static_cast<unsigned char>(text[pos + i]);
    if ((b & 0xC0) != 0x80) return 0xFFFD;
    c = (c << 6) | (b & 0x3F);
  }
  length = need + 1;
  return c;
}

char32_t decode_before(std::string_view text, std::size_t pos, std::size_t& length) {
  length = 0;
  if (pos == 0 || pos > text.size()) return 0;
  std::size_t start = pos - 1;
  // Continuation bytes are 10xxxxxx; a code point has at most three of them.
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  std::size_t len = 0;
  const char32_t c = decode_at(text, start, len);
  if (start + len != pos) {
    length = 1;
    return 0xFFFD;
  }
  length = len;
  return c;
}

bool is_letter(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  if (c >= 0xC0 && c <= 0xFF) return c != 0xD7 && c != 0xF7;
  return c >= 0x100 && c <= 0x17F;
}

bool is_upper(char32_t c) {
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  // Latin Extended-A alternates upper/lower, except a few runs we can ignore.
  if (c >= 0x100 && c <= 0x137) return c % 2 == 0;
  if (c >= 0x139 && c <= 0x148) return c % 2 == 1;
  if (c >= 0x14A && c <= 0x177) return c % 2 == 0;
  return c == 0x178 || c == 0x179 || c == 0x17B || c == 0x17D;
}

bool is_word_char(char32_t c) { return is_letter(c) || (c >= '0' && c <= '9'); }

bool starts_upper(std::string_view text) {
  std::size_t len = 0;
  return !text.empty() && is_upper(decode_at(text, 0, len));
}

namespace {

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

char32_t to_lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F && is_upper(c)) return c == 0x178 ? 0xFF : c + 1;
  return c;
}

bool is_blank_at(std::string_view text, std::size_t pos, std::size_t& length) {
  const char32_t c = decode_at(text, pos, length);
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0;
}

}  // namespace

std::string fold_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      out += static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++pos;
      continue;
    }
    std::size_t len = 0;
    const char32_t c = decode_at(text, pos, len);
    if (c == 0xFFFD) {
      out.append(text.substr(pos, len));
    } else {
      append_utf8(out, to_lower(c));
    }
    pos += len;
  }
  return out;
}

std::string_view fold_case_into(std::string_view text, char* buffer, std::size_t capacity) {
  std::size_t used = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      if (used == capacity) return {};
      buffer[used++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++pos;
      continue;
    }
    std::size_t len = 0;
    const char32_t c = decode_at(text, pos, len);
    std::string piece;
    if (c == 0xFFFD) {
      piece.assign(text.substr(pos, len));
    } else {
      append_utf8(piece, to_lower(c));
    }
    if (used + piece.size() > capacity) return {};
    for (const char ch : piece) buffer[used++] = ch;
    pos += len;
  }
  return {buffer, used};
}

std::string fold_blanks(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_blank = false;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t len = 0;
    if (is_blank_at(text, pos, len)) {
      pending_blank = !out.empty();
    } else {
      if (pending_blank) out += ' ';
      pending_blank = false;
      out.append(text.substr(pos, len));
    }
    pos += len;
  }
  return out;
}

std::string_view trim(std::string_view text) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace protokol::danish
