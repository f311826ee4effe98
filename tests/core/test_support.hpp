// Helpers for the core tests: temporary folders and running the real CLI.
#pragma once

#include <filesystem>
#include <string>

namespace protokol::test {

/// A fresh folder under the system temp dir, removed when the object goes.
class temp_dir {
 public:
  temp_dir();
  ~temp_dir();
  temp_dir(const temp_dir&) = delete;
  temp_dir& operator=(const temp_dir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

/// What a command printed and returned.
struct command_result {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs build/bin/protokol with `args` (a shell-quoted string).
command_result run_protokol(const std::string& args);

/// Folder of one fixture plugin case ("good", "major", ...).
std::string fixture_plugin_dir(const std::string& name);

/// Reads a whole file.
std::string read_text(const std::filesystem::path& file);
/// Writes a whole file (creating folders).
void write_text(const std::filesystem::path& file, const std::string& text);

/// Every regular file under `dir`, sorted: its relative path, then its
/// content; for comparing two output folders byte for byte.
std::string listing(const std::filesystem::path& dir);

}  // namespace protokol::test
