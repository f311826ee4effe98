// Helpers shared by the html tests.
#pragma once

#include <string>
#include <string_view>

#include "html_text.hpp"

namespace protokol::html::test {

/// The text the reader lays out for `page` with default options.
inline std::string text_of(std::string_view page, html_options options = {}) {
  return html_reader(std::move(options)).read(page).text;
}

/// `body` inside a minimal page.
inline std::string page(std::string_view body) {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + std::string(body) +
         "</body></html>";
}

}  // namespace protokol::html::test
