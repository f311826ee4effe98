// html_sniff.hpp: whether a file is an HTML page (by its bytes, never its
// name), and which encoding to parse it in.
#pragma once

#include <string>
#include <string_view>

namespace protokol::html {

/// True when `raw` is an HTML page: after an optional UTF-8 BOM, blanks,
/// comments and an XML declaration it starts with `<!DOCTYPE html` or
/// `<html`, or its first 4 KiB hold `<html`, or both `<head` and `<body`.
/// A markdown or text file that merely holds `<br>` or `<table>` is not.
bool looks_like_html(std::string_view raw);

/// The charset a `<meta charset>` or `<meta http-equiv="Content-Type">` in
/// the first 64 KiB declares, lowercased; empty when none does.
std::string declared_charset(std::string_view raw);

/// The encoding to parse in and what to report in doc.source.encoding.
struct encoding_choice {
  std::string parse;   ///< name handed to libxml2 (an iconv/libxml2 name)
  std::string report;  ///< e.g. "UTF-8", "UTF-8 BOM", "windows-1252"
};

/// Decides the encoding as a browser would: a UTF-8 BOM wins; then a
/// declaration (ISO-8859-1 and US-ASCII labels mean windows-1252, as the
/// WHATWG Encoding Standard says); then valid UTF-8; then `fallback`.
/// A declared UTF-8 that the bytes are not is ignored (the bytes decide).
encoding_choice choose_encoding(std::string_view raw, const std::string& fallback);

/// True when libxml2 (through iconv) can decode `name`.
bool encoding_supported(const std::string& name);

}  // namespace protokol::html
