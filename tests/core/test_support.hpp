// Helpers for the core tests: temporary folders and running the real CLI.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

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

/// The fixture plugin's pipeline: text, count, export (OUTDIR/fixture/<key>.txt,
/// and OUTDIR/fixture/index, a table its finish() rebuilds).
extern const char* const fixture_pipeline;

/// Folder of one fixture plugin case ("good", "major", ...).
std::string fixture_plugin_dir(const std::string& name);

/// Reads a whole file.
std::string read_text(const std::filesystem::path& file);
/// Writes a whole file (creating folders).
void write_text(const std::filesystem::path& file, const std::string& text);
/// Names of the entries directly in `folder`, dot files too, sorted; empty
/// when it does not exist.
std::vector<std::string> file_names(const std::filesystem::path& folder);

/// An output folder to compare with another: every file but run.json, sorted
/// by path, as "path\ncontent\n"; quarantine records without their "time"
/// line, which says when a run quarantined the document.
std::string output_listing(const std::filesystem::path& dir);

/// OUTDIR/run.json without what differs between two runs of the same inputs:
/// the timing fields (started, seconds, mb_per_second, each stage's seconds).
std::string run_report_without_timing(const std::filesystem::path& dir);

}  // namespace protokol::test
