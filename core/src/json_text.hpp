// json_text: JSON text of the core's reports and records, with file names
// that are not UTF-8 kept reversible.
//
// Unix file names are bytes; old Samba shares hold Latin-1 names. JSON text
// must be UTF-8, so a byte that is not part of valid UTF-8 is written as the
// lone surrogate escape "\udcXX" (XX its hex value), as Python's
// "surrogateescape" (PEP 383) does: `json.loads(text)` then
// `name.encode("utf-8", "surrogateescape")` gives the original bytes back.
// Valid UTF-8 is written as it is. docs/outputs.md documents the form.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace protokol {

/// `value` as JSON text (`indent` as nlohmann's dump), every string in it,
/// keys included, escaped as above instead of throwing on invalid UTF-8.
std::string dump_json(const nlohmann::ordered_json& value, int indent = 2);

/// Reads JSON text, giving back the bytes dump_json escaped ("\udcXX" is the
/// byte XX again). A discarded value when `text` is not JSON.
nlohmann::ordered_json parse_json(std::string_view text);

/// Length of the valid UTF-8 sequence at byte `i` of `s`, or 0 when none
/// starts there (RFC 3629, Table 3-7).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

/// True when `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text);

}  // namespace protokol
