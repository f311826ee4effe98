// char_refs.hpp: HTML character references left in text files.
#pragma once

#include <string>

namespace protokol::reader {

/// Replaces, in place, the HTML character references a web page or a
/// PDF-to-markdown converter (docling writes "&amp;") leaves in a text or
/// markdown file: numeric ones ("&#248;", "&#xF8;") and the named ones of
/// the table in char_refs.cpp ("&amp;", "&oslash;", "&nbsp;", ...), each
/// only with its closing ';'. Anything else ("R&D", "&foo;", "&#0;", a
/// surrogate) is kept as it is. Costs one memchr over text without '&'.
/// True when anything was replaced.
bool decode_char_refs(std::string& text);

}  // namespace protokol::reader
