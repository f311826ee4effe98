#include "html_out.hpp"

#include <export_common/plain_scan.hpp>
#include <utf8/utf8.hpp>

namespace protokol::review_export {
namespace {

bool is_unreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

std::string_view entity_for(char c, bool in_attribute) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return in_attribute ? "&quot;" : "\"";
    case '\'':
      return in_attribute ? "&#39;" : "'";
    default:
      return {};
  }
}

}  // namespace

void html_out::text(std::string_view s) { escaped(s, false); }

void html_out::attr(std::string_view s) { escaped(s, true); }

void html_out::escaped(std::string_view s, bool in_attribute) {
  // Text is most of a page: skip runs of plain ASCII eight bytes at a time.
  static constexpr export_common::plain_scan text_scan('&', '<', '>');
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t plain = text_scan.skip(s, pos);
    std::size_t stop = plain;
    if (in_attribute) {
      stop = pos;
      while (stop < plain && s[stop] != '"' && s[stop] != '\'') ++stop;
    }
    out_.append(s.substr(pos, stop - pos));
    pos = stop;
    if (pos == s.size()) break;
    const char c = s[pos];
    const auto byte = static_cast<unsigned char>(c);
    if (const std::string_view entity = entity_for(c, in_attribute); !entity.empty()) {
      out_.append(entity);
      ++pos;
    } else if (c == '\n' || c == '\t' || c == '\r') {
      out_.push_back(c);
      ++pos;
    } else if (byte < 0x20) {
      // Controls are parse errors in HTML; show that something was there.
      out_.append(utf8::replacement_character);
      ++pos;
    } else if (const std::size_t n = utf8::utf8_char_length(s, pos); n != 0) {
      out_.append(s.substr(pos, n));
      pos += n;
    } else {
      out_.append(utf8::replacement_character);
      pos += utf8::utf8_invalid_length(s, pos);
    }
  }
}

void html_out::href(std::string_view s) { out_.append(percent_encode(s)); }

std::string percent_encode(std::string_view s) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    const auto byte = static_cast<unsigned char>(c);
    if (is_unreserved(byte)) {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(hex[byte >> 4]);
      out.push_back(hex[byte & 0xF]);
    }
  }
  return out;
}

}  // namespace protokol::review_export
