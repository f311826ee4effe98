// export_common/output_key.hpp: document keys as file names, and listing the
// per-document files an exporter keeps in a folder.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace protokol::export_common {

/// Longest key accepted: leaves room in a 255-byte file name for the
/// temporary-file prefix and suffix and the extension.
inline constexpr std::size_t max_key_bytes = 200;

/// Throws std::invalid_argument when `key` cannot name an output file: empty,
/// longer than max_key_bytes, starting with '.' (dot files are the exporters'
/// own), or holding '/', '\\' or a control character.
void check_key(std::string_view key);

/// Keys of the files "<key><suffix>" directly in `folder`, sorted bytewise
/// (the order every table and NDJSON file uses). Dot files, that is
/// temporaries and the exporters' own files, are skipped. Empty when the
/// folder does not exist.
std::vector<std::string> list_keys(const std::filesystem::path& folder, std::string_view suffix);

}  // namespace protokol::export_common
