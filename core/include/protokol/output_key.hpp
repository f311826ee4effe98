// protokol/output_key.hpp: document keys as file names, and listing the
// per-document files an exporter keeps in a folder.
#pragma once

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace protokol {

/// Longest key accepted: leaves room in a 255-byte file name for the
/// temporary-file prefix and suffix and the extension.
inline constexpr std::size_t max_key_bytes = 200;

/// Throws std::invalid_argument when `key` cannot name an output file: empty,
/// longer than max_key_bytes, starting with '.' (dot files are the exporters'
/// own), or holding '/', '\\' or a control character.
inline void check_key(std::string_view key) {
  if (key.empty()) throw std::invalid_argument("document has no output key");
  if (key.size() > max_key_bytes) {
    throw std::invalid_argument("output key is longer than " + std::to_string(max_key_bytes) +
                                " bytes");
  }
  if (key.front() == '.') throw std::invalid_argument("output key starts with '.'");
  for (const char c : key) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '/' || c == '\\' || byte < 0x20 || byte == 0x7f) {
      throw std::invalid_argument("output key holds '/', '\\' or a control character");
    }
  }
}

/// Keys of the files "<key><suffix>" directly in `folder`, sorted bytewise
/// (the order every table and NDJSON file uses). Dot files, that is
/// temporaries and the exporters' own files, are skipped. Empty when the
/// folder does not exist.
inline std::vector<std::string> list_keys(const std::filesystem::path& folder,
                                          std::string_view suffix) {
  std::vector<std::string> keys;
  std::error_code ec;
  std::filesystem::directory_iterator it(folder, ec);
  if (ec) {
    if (ec == std::errc::no_such_file_or_directory) return keys;
    throw std::system_error(ec, "cannot list " + folder.string());
  }
  for (const auto& entry : it) {
    std::string name = entry.path().filename().string();
    if (name.size() <= suffix.size() || name.front() == '.') continue;
    if (std::string_view(name).substr(name.size() - suffix.size()) != suffix) continue;
    if (!entry.is_regular_file()) continue;
    name.resize(name.size() - suffix.size());
    keys.push_back(std::move(name));
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

}  // namespace protokol
