// json_value.hpp: one document as an nlohmann/json tree.
#pragma once

#include <nlohmann/json.hpp>

#include "json_writer.hpp"

namespace protokol::json_export {

/// The document as a JSON value, keys in the documented order: the reference
/// write_json is tested against (its dump() is the file's text), and handy
/// for callers that want a value rather than text.
nlohmann::ordered_json to_json_value(const document& doc, const json_options& options);

}  // namespace protokol::json_export
