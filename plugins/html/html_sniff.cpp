#include "html_sniff.hpp"

#include <libxml/encoding.h>
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "utf8_scan.hpp"

namespace protokol::html {
namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
// How far into the file the structure test looks.
constexpr std::size_t sniff_window = 4096;
// How far the charset declaration is looked for: Word puts it after a long
// list of namespaces, and libxml2 honours it anywhere in <head>.
constexpr std::size_t charset_window = 65536;

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

// A tag name ends at a blank, '>' or '/' ("<html>" and "<html lang=da>",
// never "<htmlish>").
bool tag_at(std::string_view s, std::string_view tag) {
  if (!starts_with_nocase(s, tag)) return false;
  if (s.size() == tag.size()) return true;
  const char next = s[tag.size()];
  return is_blank(next) || next == '>' || next == '/';
}

bool contains_tag(std::string_view s, std::string_view tag) {
  for (std::size_t pos = s.find('<'); pos != std::string_view::npos; pos = s.find('<', pos + 1)) {
    if (tag_at(s.substr(pos), tag)) return true;
  }
  return false;
}

// Skips blanks, comments and an XML declaration; returns the rest.
std::string_view skip_prolog(std::string_view s) {
  for (;;) {
    while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
    if (s.starts_with("<!--")) {
      const std::size_t end = s.find("-->", 4);
      if (end == std::string_view::npos) return {};
      s.remove_prefix(end + 3);
    } else if (s.starts_with("<?")) {
      const std::size_t end = s.find("?>", 2);
      if (end == std::string_view::npos) return {};
      s.remove_prefix(end + 2);
    } else {
      return s;
    }
  }
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// WHATWG Encoding Standard labels that browsers read as windows-1252.
constexpr std::array<std::string_view, 16> windows_1252_labels = {
    "windows-1252", "cp1252", "x-cp1252",       "iso-8859-1", "iso8859-1", "iso_8859-1",
    "latin1",       "l1",     "iso-ir-100",     "cp819",      "ibm819",    "csisolatin1",
    "us-ascii",     "ascii",  "ansi_x3.4-1968", "iso88591"};

bool is_utf8_label(std::string_view label) {
  // A page that declares UTF-16 in an ASCII-compatible meta tag cannot be
  // UTF-16: browsers read it as UTF-8, and so do we.
  return label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8" ||
         label.starts_with("utf-16") || label == "unicode";
}

}  // namespace

bool looks_like_html(std::string_view raw) {
  if (raw.starts_with(utf8_bom)) raw.remove_prefix(utf8_bom.size());
  const std::string_view head = skip_prolog(raw.substr(0, sniff_window));
  if (tag_at(head, "<!doctype html") || tag_at(head, "<html")) return true;
  const std::string_view window = raw.substr(0, sniff_window);
  if (contains_tag(window, "<html")) return true;
  return contains_tag(window, "<head") && contains_tag(window, "<body");
}

std::string declared_charset(std::string_view raw) {
  static const RE2 meta(R"((?i)<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+))");
  re2::StringPiece label;
  const std::string_view window = raw.substr(0, charset_window);
  if (!RE2::PartialMatch(re2::StringPiece(window.data(), window.size()), meta, &label)) return {};
  return lower(std::string_view(label.data(), label.size()));
}

bool encoding_supported(const std::string& name) {
  xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(name.c_str());
  if (handler == nullptr) return false;
  xmlCharEncCloseFunc(handler);
  return true;
}

encoding_choice choose_encoding(std::string_view raw, const std::string& fallback) {
  const reader::utf8_scan scan = reader::scan_utf8(raw);
  // A byte order mark on bytes that are no UTF-8 (a stray 0xA5) is a wrong
  // mark: libxml2 would pass the bytes through, so the page is read as one
  // without a mark (its declared charset, else the fallback).
  if (raw.starts_with(utf8_bom) && scan.valid) return {"UTF-8", "UTF-8 BOM"};
  const std::string label = declared_charset(raw);
  if (!label.empty()) {
    if (is_utf8_label(label)) {
      if (scan.valid) return {"UTF-8", "UTF-8"};
    } else if (std::find(windows_1252_labels.begin(), windows_1252_labels.end(), label) !=
               windows_1252_labels.end()) {
      return {"windows-1252", "windows-1252"};
    } else if (encoding_supported(label)) {
      return {label, label};
    }
  }
  if (scan.valid) return {"UTF-8", "UTF-8"};
  return {fallback, fallback};
}

}  // namespace protokol::html
