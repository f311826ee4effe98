#include <algorithm>
#include <export_common/output_key.hpp>
#include <stdexcept>
#include <system_error>

namespace protokol::export_common {

void check_key(std::string_view key) {
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

std::vector<std::string> list_keys(const std::filesystem::path& folder, std::string_view suffix) {
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

}  // namespace protokol::export_common
