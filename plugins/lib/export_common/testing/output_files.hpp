// output_files.hpp: temporary output folders, golden files and external
// validators for the exporters' tests.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace protokol::export_testing {

/// A fresh folder under the system temp folder, removed with its content.
class temp_folder {
 public:
  temp_folder();
  ~temp_folder();
  temp_folder(const temp_folder&) = delete;
  temp_folder& operator=(const temp_folder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

/// The whole file; fails the test (and returns "") when it cannot be read.
std::string read_file(const std::filesystem::path& file);

/// Files under `root`, recursively, as sorted relative generic paths;
/// dot files (parts, settings, temporaries) too when `with_dot_files`.
std::vector<std::string> list_files(const std::filesystem::path& root, bool with_dot_files);

/// True when PROTOKOL_UPDATE_GOLDEN=1: golden tests then rewrite the files
/// under tests/fixtures/exporters/ instead of comparing.
bool updating_golden();

/// Compares every visible file under `out`/`sub` with
/// tests/fixtures/exporters/`variant`/`sub`, byte for byte, and the file
/// lists too; rewrites the golden side when updating_golden().
void expect_golden(const std::filesystem::path& out, std::string_view variant,
                   std::string_view sub);

/// Path of a golden folder: tests/fixtures/exporters/`variant`.
std::filesystem::path golden_folder(std::string_view variant);

/// Path of a file in docs/schema/.
std::filesystem::path schema_file(std::string_view name);

/// Runs a shell command; returns its exit status and puts stdout+stderr in `output`.
int run_command(const std::string& command, std::string& output);

/// `path` quoted for /bin/sh.
std::string shell_quote(const std::string& path);

/// Every line of `lines` found in a file under `root` (dot files included),
/// as "file: line" messages; empty when none leaked.
std::vector<std::string> find_leaks(const std::filesystem::path& root,
                                    const std::vector<std::string>& lines);

}  // namespace protokol::export_testing
