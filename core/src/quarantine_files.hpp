// quarantine_files: the one place quarantine records are written, moved and
// removed, for `run` and `ingest` alike: OUTDIR/quarantine/<key>.error.json
// beside a copy of the original named <key><extension>.
#pragma once

#include <filesystem>
#include <string>

namespace protokol {

/// What an error record says, beyond where the document is.
struct quarantine_reason {
  std::string stage;
  std::string plugin;
  std::string plugin_version;
  std::string message;
  std::string sha256;
};

/// Writes the record of `key` (input path `input`); a copy of `raw` as the
/// original when `have_raw`. Atomic and durable; throws on failure.
void write_quarantine(const std::filesystem::path& output_dir, const std::string& key,
                      const std::filesystem::path& input, const quarantine_reason& reason,
                      const std::string& raw, bool have_raw);

/// Removes the record of `key` and the original it names, durably. Returns
/// true when there was one.
bool remove_quarantine(const std::filesystem::path& output_dir, const std::string& key);

/// Re-files the record of `old_key` under `new_key` for a document now at
/// `input` (with `raw` as the original). Returns false when there was none.
bool move_quarantine(const std::filesystem::path& output_dir, const std::string& old_key,
                     const std::string& new_key, const std::filesystem::path& input,
                     const std::string& raw, bool have_raw);

/// True when `name`, a temporary (".protokol-tmp.<name>.<pid>.<n>"), is one
/// of another process that is still running.
bool owned_by_other_live_process(const std::string& name);

/// Removes leftover temporary files of interrupted atomic writes anywhere
/// under `output_dir`, except those of another process still running (the
/// pid is in the name); returns how many.
std::size_t remove_temporaries(const std::filesystem::path& output_dir);

}  // namespace protokol
