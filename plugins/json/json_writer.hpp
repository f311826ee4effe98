// json_writer.hpp: one document as the JSON object of docs/outputs.md.
#pragma once

#include <protokol/byte_output.hpp>
#include <protokol/document.hpp>
#include <string>

namespace protokol::json_export {

/// How a document is written.
struct json_options {
  int indent = 2;            ///< spaces per level; -1 writes one line
  bool public_mode = false;  ///< withhold closed items' bodies (docs/outputs.md)
};

/// Streams the document to `out` as UTF-8 JSON ending in a newline: byte for
/// byte what to_json_value(doc, options).dump(indent) gives (json_value.hpp),
/// without building that tree. Bytes that are not UTF-8 are written as U+FFFD rather than
/// failing the document.
void write_json(const document& doc, const json_options& options, byte_output& out);

/// write_json into a string.
std::string to_json(const document& doc, const json_options& options);

}  // namespace protokol::json_export
