// layout.hpp: walks a parsed HTML document and lays its text out in lines.
#pragma once

#include <libxml/tree.h>

#include <string>

namespace protokol::html {

/// The page's text with light markup (headings, bullets, bold blocks,
/// table rows), LF line ends, at most one blank line in a row. The <title>
/// comes first when `keep_title` and the body neither has an <h1> nor
/// starts with the same text. The walk is iterative: no nesting depth can
/// exhaust the stack.
std::string lay_out(xmlDoc* doc, bool keep_title);

}  // namespace protokol::html
