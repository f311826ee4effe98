// html_text.hpp: the html stage's logic, from an HTML page's bytes to the
// text every later stage works on (UTF-8, NFC, LF line ends, light markup).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace protokol::html {

/// The stage's parameters (see html.cpp for their docs).
struct html_options {
  std::uint64_t max_bytes = 33554432;
  std::string fallback_encoding = "windows-1252";
  bool keep_title = true;
};

/// What html_to_text() makes of a page.
struct html_result {
  std::string text;      ///< UTF-8 NFC, LF line ends
  std::string encoding;  ///< the encoding parsed in: "UTF-8", "windows-1252", ...
};

/// A page the reader refuses. The message names sizes and causes, never the
/// page's text.
class html_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Reads HTML pages; one instance serves many threads.
class html_reader {
 public:
  /// Throws std::invalid_argument naming the parameter for a max_bytes out
  /// of 1..1 GiB or a fallback encoding libxml2 cannot decode.
  explicit html_reader(html_options options);

  /// True when `raw` is an HTML page this reader takes (by content).
  static bool claims(std::string_view raw);

  /// Parses the page and lays its text out; throws html_error when refused.
  html_result read(std::string_view raw) const;

 private:
  html_options options_;
};

}  // namespace protokol::html
