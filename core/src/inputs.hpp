// inputs: turning command-line files and folders into a stable list of
// documents, each with a stable, collision-free output key.
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <filesystem>
#include <protokol/diagnostic.hpp>
#include <string>
#include <vector>

namespace protokol {

/// One file to process.
struct input_file {
  std::filesystem::path path;  ///< as found (argument joined with the relative path)
  std::string relative;        ///< path relative to its argument ("x.txt" for a file argument)
  std::string key;             ///< output name, no extension
  /// Why the file is not read at all (see symlink_refusal); the document is
  /// quarantined with this reason. Empty for an ordinary file.
  std::string refusal;
};

/// Why `entry`, found while walking a folder, must not be read: it is no
/// regular file (a named pipe, whose opening waits for a writer; a socket; a
/// device). Empty for a file or folder, or when it cannot be stat'ed.
std::string special_file_refusal(const std::filesystem::path& entry);

/// Why `entry`, found while walking the folder `root`, must not be read: a
/// symbolic link to a folder is not followed (it could loop, or lead out of
/// the archive), and a symbolic link to a file outside `root` is not read
/// (an archive must not make protokol read, export or quarantine-copy files
/// such as /etc/shadow). "" when it may be read. `run` and `ingest` share it.
std::string symlink_refusal(const std::filesystem::path& entry, const std::filesystem::path& root);

/// Files and folders never read as input, wherever they lie: the run's own
/// output folder and state file. Matched by device and inode, so another
/// spelling of the same path (relative, symlinked) is caught too.
class skip_set {
 public:
  /// Adds `path` when it exists (a folder: everything below it).
  void add(const std::filesystem::path& path);
  /// True when `path` is one of the added ones.
  bool contains(const std::filesystem::path& path) const;
  /// The same for a file already stat'ed (no further system call).
  bool contains(const struct stat& st) const;
  bool empty() const { return ids_.empty(); }

 private:
  std::vector<std::pair<std::uint64_t, std::uint64_t>> ids_;
};

/// Glob filters on the relative path or the file name (fnmatch syntax).
struct input_filter {
  std::vector<std::string> include;  ///< empty: everything
  std::vector<std::string> exclude;
  skip_set skip;  ///< never input, whatever the globs say
};

/// The argument that means "one document from standard input".
inline constexpr const char* stdin_argument = "-";

/// Expands files and folders (recursively, hidden entries skipped, sorted) and
/// assigns keys. A missing argument is an error naming it. A file reached
/// twice (named twice, or inside a folder also named) is listed once.
/// "-" is standard input: one document, path "-", key "stdin".
/// In a folder holding protokol output (see is_protokol_output), inside a
/// folder argument or the argument itself, the subfolders and run.json are
/// not read (no minutes), the files beside them are; the folder is added to
/// `skipped_outputs` when given.
result<std::vector<input_file>> collect_inputs(
    const std::vector<std::string>& arguments, const input_filter& filter,
    std::vector<std::filesystem::path>* skipped_outputs = nullptr);

/// A protokol output folder: its `run.json` names the protokol version that
/// wrote it, or it holds ingest's state (`.protokol/state.sqlite`).
bool is_protokol_output(const std::filesystem::path& folder);

/// The key for a relative path: extension dropped, '/' -> "__", characters
/// unsafe in file names -> '_'; one longer than max_key_bytes - 24 is cut
/// and ends in "-" and eight hex digits of the path's hash.
std::string key_for(const std::string& relative);

/// What keys are compared by: ASCII case folded, since outputs may land on a
/// case-insensitive file system. `run` and `ingest` both keep keys unique so.
std::string key_fold(std::string key);

/// The key for a path whose plain key is taken: `key`, "-" and 8 hex digits
/// of the SHA-256 of `path` (stable: the same path gets the same key).
std::string hashed_key(const std::string& key, const std::string& path);

/// Makes keys unique (case-insensitively, for case-insensitive file systems):
/// colliding ones get "-" and 8 hex digits of the SHA-256 of their path.
void disambiguate_keys(std::vector<input_file>& inputs);

/// Keeps the first of inputs that are the same file (same device and inode).
void drop_repeated_files(std::vector<input_file>& inputs);

/// True when `relative` passes `filter`.
bool passes(const input_filter& filter, const std::string& relative);

}  // namespace protokol
