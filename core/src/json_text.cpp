#include "json_text.hpp"

#include <cstdint>

#include "hex.hpp"

namespace protokol {
namespace {

// The escape marker: nlohmann writes this control byte as "\u0001", which
// the second step below rewrites. A genuine 0x01 is marked "ZZ", an invalid
// byte by its two hex digits, so the rewrite is never ambiguous.
constexpr char marker = '\x01';

std::string mark(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 1 && s[i] == marker) {
      out += marker;
      out += "ZZ";
    } else if (n > 0) {
      out.append(s.substr(i, n));
    } else {
      const auto byte = static_cast<unsigned char>(s[i]);
      out += marker;
      append_hex(out, byte);
      i += 1;
      continue;
    }
    i += n;
  }
  return out;
}

bool is_hex(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789abcdefABCDEF") == std::string_view::npos;
}

// Marked text back to bytes: the marker and two hex digits are that byte,
// the marker and "ZZ" a genuine 0x01.
std::string unmark(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const std::string_view code = i + 2 < s.size() ? s.substr(i + 1, 2) : std::string_view();
    if (s[i] != marker || (code != "ZZ" && !is_hex(code))) {
      out += s[i];
      continue;
    }
    out += code == "ZZ" ? marker : static_cast<char>(std::stoi(std::string(code), nullptr, 16));
    i += 2;
  }
  return out;
}

// `v` with `change` applied to every string in it, keys included.
nlohmann::ordered_json map_strings(const nlohmann::ordered_json& v,
                                   std::string (*change)(std::string_view)) {
  if (v.is_string()) return change(v.get_ref<const std::string&>());
  if (v.is_array()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& e : v) out.push_back(map_strings(e, change));
    return out;
  }
  if (v.is_object()) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& [key, e] : v.items()) out[change(key)] = map_strings(e, change);
    return out;
  }
  return v;
}

// What dump_json's rewrite undoes: "\udcXX" becomes the marker escape and
// XX, a genuine "\u0001" the marker escape and "ZZ"; nlohmann then reads
// text it accepts, and unmark() gives the bytes back.
std::string mark_escapes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Outside strings JSON has no backslash, so escapes can be read in order.
    if (text[i] != '\\' || i + 1 >= text.size()) {
      out += text[i];
      continue;
    }
    const std::string_view escape = text.substr(i, 6);
    if (text[i + 1] != 'u' || escape.size() < 6 || !is_hex(escape.substr(2))) {
      out.append(text.substr(i, 2));
      ++i;
      continue;
    }
    const unsigned code =
        static_cast<unsigned>(std::stoul(std::string(escape.substr(2)), nullptr, 16));
    if (code >= 0xDC80 && code <= 0xDCFF) {
      out += "\\u0001";
      for (const char c : escape.substr(4)) out += static_cast<char>(c | 0x20);  // lowercase hex
    } else if (code == 1) {
      out += "\\u0001ZZ";
    } else if (code >= 0xD800 && code <= 0xDBFF && text.compare(i + 6, 2, "\\u") == 0) {
      // A surrogate pair: its low half is part of a character, not a byte.
      out.append(text.substr(i, 12));
      i += 6;
    } else {
      out.append(escape);
    }
    i += 5;
  }
  return out;
}

}  // namespace

// Length of the valid UTF-8 sequence at `i`, or 0 (RFC 3629, Table 3-7).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
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

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_sequence_length(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string dump_json(const nlohmann::ordered_json& value, int indent) {
  const std::string text = map_strings(value, mark).dump(indent);
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

nlohmann::ordered_json parse_json(std::string_view text) {
  const auto value = nlohmann::ordered_json::parse(mark_escapes(text), nullptr, false);
  return value.is_discarded() ? value : map_strings(value, unmark);
}

}  // namespace protokol
