#include "json_text.hpp"

#include <cstdint>

namespace protokol {
namespace {

// The escape marker: nlohmann writes this control byte as "\u0001", which
// the second step below rewrites. A genuine 0x01 is marked "ZZ", an invalid
// byte by its two hex digits, so the rewrite is never ambiguous.
constexpr char marker = '\x01';

// Length of the valid UTF-8 sequence at `i`, or 0 (RFC 3629, Table 3-7).
std::size_t sequence_length(std::string_view s, std::size_t i) {
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = at(i);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (at(i + 1) < lo || at(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (at(i + k) < 0x80 || at(i + k) > 0xBF) return 0;
  return n;
}

std::string mark(std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = sequence_length(s, i);
    if (n == 1 && s[i] == marker) {
      out += marker;
      out += "ZZ";
    } else if (n > 0) {
      out.append(s.substr(i, n));
    } else {
      const auto byte = static_cast<unsigned char>(s[i]);
      out += marker;
      out += hex[byte >> 4];
      out += hex[byte & 15];
      i += 1;
      continue;
    }
    i += n;
  }
  return out;
}

nlohmann::ordered_json marked(const nlohmann::ordered_json& v) {
  if (v.is_string()) return mark(v.get_ref<const std::string&>());
  if (v.is_array()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& e : v) out.push_back(marked(e));
    return out;
  }
  if (v.is_object()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& [key, e] : v.items()) out[mark(key)] = marked(e);
    return out;
  }
  return v;
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = sequence_length(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string dump_json(const nlohmann::ordered_json& value, int indent) {
  const std::string text = marked(value).dump(indent);
  constexpr std::string_view escaped_marker = "\\u0001";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\') {
      out += text[i];
      continue;
    }
    // Outside strings JSON has no backslash, so escapes can be read in order.
    if (text.compare(i, escaped_marker.size(), escaped_marker) == 0 &&
        i + escaped_marker.size() + 2 <= text.size()) {
      const std::string code = text.substr(i + escaped_marker.size(), 2);
      out += code == "ZZ" ? std::string(escaped_marker) : "\\udc" + code;
      i += escaped_marker.size() + 1;
      continue;
    }
    out += text[i];
    if (i + 1 < text.size()) out += text[++i];
  }
  return out;
}

}  // namespace protokol
