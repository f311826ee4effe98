#include "char_refs.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string_view>

#include "utf8_scan.hpp"

namespace protokol::reader {
namespace {

struct named_ref {
  std::string_view name;  // without '&' and ';'
  std::string_view utf8;
};

// The references seen in Danish minutes saved from web pages; reviewers:
// docs/reading.md, "Character references".
constexpr named_ref named_refs[] = {
    {"amp", "&"},        {"lt", "<"},         {"gt", ">"},          {"quot", "\""},
    {"apos", "'"},       {"nbsp", "\u00A0"},  {"aelig", "æ"},       {"oslash", "ø"},
    {"aring", "å"},      {"AElig", "Æ"},      {"Oslash", "Ø"},      {"Aring", "Å"},
    {"eacute", "é"},     {"Eacute", "É"},     {"auml", "ä"},        {"ouml", "ö"},
    {"uuml", "ü"},       {"Auml", "Ä"},       {"Ouml", "Ö"},        {"Uuml", "Ü"},
    {"ndash", "\u2013"}, {"mdash", "\u2014"}, {"hellip", "\u2026"}, {"bull", "\u2022"},
    {"lsquo", "\u2018"}, {"rsquo", "\u2019"}, {"ldquo", "\u201C"},  {"rdquo", "\u201D"},
    {"laquo", "\u00AB"}, {"raquo", "\u00BB"}, {"sect", "\u00A7"},   {"deg", "\u00B0"},
    {"shy", "\u00AD"},   {"euro", "\u20AC"},  {"copy", "\u00A9"},   {"half", "\u00BD"},
};
constexpr std::size_t longest_ref = 10;  // "&#x10FFFF;"

// A code point a reference may stand for: no C0/C1 control but TAB and LF,
// no surrogate, nothing past Unicode.
bool allowed(char32_t c) {
  if (c == '\t' || c == '\n') return true;
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return false;
  return !(c >= 0xD800 && c <= 0xDFFF) && c <= 0x10FFFF;
}

// The reference `body` (between '&' and ';') decoded into `out`; false when
// it is none.
bool decode(std::string_view body, std::string& out) {
  if (body.size() > 1 && body[0] == '#') {
    const bool hex = body[1] == 'x' || body[1] == 'X';
    const std::string_view digits = body.substr(hex ? 2 : 1);
    unsigned long value = 0;
    const auto [end, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
    if (digits.empty() || error != std::errc{} || end != digits.data() + digits.size() ||
        !allowed(static_cast<char32_t>(value)) || value > 0x10FFFF)
      return false;
    append_utf8(static_cast<char32_t>(value), out);
    return true;
  }
  for (const named_ref& r : named_refs) {
    if (r.name == body) {
      out += r.utf8;
      return true;
    }
  }
  return false;
}

}  // namespace

bool decode_char_refs(std::string& text) {
  const char* amp = static_cast<const char*>(std::memchr(text.data(), '&', text.size()));
  if (amp == nullptr) return false;
  std::string out;
  std::size_t copied = 0;  // text before this is in `out`
  for (std::size_t at = static_cast<std::size_t>(amp - text.data()); at != std::string::npos;
       at = text.find('&', at + 1)) {
    // Only the few bytes a reference may span are looked at for its ';'.
    const std::size_t window = std::min(text.size() - at - 1, longest_ref + 1);
    const std::size_t semi = std::string_view(text).substr(at + 1, window).find(';');
    if (semi == std::string_view::npos || semi == 0) continue;
    const std::size_t body_end = at + 1 + semi;
    std::string decoded;
    if (!decode(std::string_view(text).substr(at + 1, semi), decoded)) continue;
    if (out.empty()) out.reserve(text.size());
    out.append(text, copied, at - copied);
    out += decoded;
    copied = body_end + 1;
    at = body_end;
  }
  if (copied == 0) return false;
  out.append(text, copied, std::string::npos);
  text.swap(out);
  return true;
}

}  // namespace protokol::reader
