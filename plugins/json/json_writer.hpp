// json_writer.hpp: one document as the JSON object of docs/outputs.md.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include <protokol/document.hpp>

namespace protokol::json_export {

/// How a document is written.
struct json_options {
  int indent = 2;            ///< spaces per level; -1 writes one line
  bool public_mode = false;  ///< withhold closed items' bodies (docs/outputs.md)
};

/// The document as a JSON value, keys in the documented order.
nlohmann::ordered_json to_json_value(const document& doc, const json_options& options);

/// The document as UTF-8 JSON text ending in a newline. Bytes that are not
/// UTF-8 are written as U+FFFD rather than failing the document.
std::string to_json(const document& doc, const json_options& options);

}  // namespace protokol::json_export
