#include "inputs.hpp"

#include <fnmatch.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <map>
#include <protokol/output_key.hpp>
#include <set>

#include "hex.hpp"
#include "json_text.hpp"
#include "sha256.hpp"

namespace protokol {
namespace fs = std::filesystem;

namespace {

bool matches_any(const std::vector<std::string>& globs, const std::string& relative) {
  const std::string name = fs::path(relative).filename().string();
  return std::any_of(globs.begin(), globs.end(), [&](const std::string& g) {
    return ::fnmatch(g.c_str(), relative.c_str(), 0) == 0 ||
           ::fnmatch(g.c_str(), name.c_str(), 0) == 0;
  });
}

bool hidden(const fs::path& relative) {
  return std::any_of(relative.begin(), relative.end(), [](const fs::path& part) {
    return part.string().size() > 1 && part.string()[0] == '.';
  });
}

bool stat_id(const fs::path& path, std::pair<std::uint64_t, std::uint64_t>& id) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return false;
  id = {static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino)};
  return true;
}

bool inside(const fs::path& file, const fs::path& folder) {
  const auto [f, _] = std::mismatch(folder.begin(), folder.end(), file.begin(), file.end());
  return f == folder.end();
}

}  // namespace

std::string symlink_refusal(const fs::path& entry, const fs::path& root) {
  std::error_code ec;
  if (!fs::is_symlink(fs::symlink_status(entry, ec))) return {};
  if (fs::is_directory(entry, ec))
    return "symbolic link to a folder: not followed (it could loop or lead out of the archive)";
  const fs::path target = fs::canonical(entry, ec);
  if (ec) return {};  // broken or looping: reading it fails and says so
  if (!inside(target, fs::canonical(root, ec)))
    return "symbolic link to a file outside the archive: not read";
  return {};
}

std::string special_file_refusal(const fs::path& entry) {
  struct stat st {};
  if (::stat(entry.c_str(), &st) != 0) return {};  // reading it fails and says why
  if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) return {};
  return "not a regular file (a named pipe, socket or device): not read";
}

void skip_set::add(const fs::path& path) {
  std::pair<std::uint64_t, std::uint64_t> id;
  if (stat_id(path, id)) ids_.push_back(id);
}

bool skip_set::contains(const fs::path& path) const {
  if (ids_.empty()) return false;
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && contains(st);
}

bool skip_set::contains(const struct stat& st) const {
  const std::pair<std::uint64_t, std::uint64_t> id{static_cast<std::uint64_t>(st.st_dev),
                                                   static_cast<std::uint64_t>(st.st_ino)};
  return std::find(ids_.begin(), ids_.end(), id) != ids_.end();
}

bool passes(const input_filter& filter, const std::string& relative) {
  if (!filter.include.empty() && !matches_any(filter.include, relative)) return false;
  return !matches_any(filter.exclude, relative);
}

std::string key_for(const std::string& relative) {
  fs::path p(relative);
  p.replace_extension();
  std::string out;
  const std::string name = p.generic_string();
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (c == '/') {
      out += "__";
    } else if (static_cast<unsigned char>(c) < 0x20 ||
               std::string_view("\\:*?\"<>| ").find(c) != std::string_view::npos) {
      out += '_';
    } else if (static_cast<unsigned char>(c) < 0x80) {
      out += c;
    } else if (const std::size_t n = utf8_sequence_length(name, i); n > 0) {
      out.append(name, i, n);
      i += n - 1;
    } else {
      // A byte of no UTF-8 character (a Latin-1 name from an old share):
      // its hex, so that the key is text every table can hold and two such
      // names stay two keys (as U+FFFD they had been one in the CSV tables).
      append_percent_escape(out, static_cast<unsigned char>(c));
    }
  }
  if (out.empty() || out[0] == '.') out.insert(out.begin(), '_');  // never a hidden output file
  // Deep archive folders ("Økonomiudvalget - referater og dagsordener/2023/
  // Møde den 14. marts 2023 - ordinært møde/...") make keys no file name can
  // hold: such a key is cut at a character's start and the path's hash put
  // after it, leaving room for hashed_key()'s suffix and a counter.
  constexpr std::size_t long_key = max_key_bytes - 24;
  constexpr std::size_t hash_part = 9;  // "-" and eight hex digits
  if (out.size() > long_key) {
    std::size_t cut = long_key - hash_part;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
    out += "-" + sha256_hex(relative).substr(0, 8);
  }
  return out;
}

std::string key_fold(std::string key) {
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return key;
}

std::string hashed_key(const std::string& key, const std::string& path) {
  return key + "-" + sha256_hex(path).substr(0, 8);
}

void disambiguate_keys(std::vector<input_file>& inputs) {
  std::map<std::string, int> seen;
  for (const input_file& in : inputs) ++seen[key_fold(in.key)];
  for (input_file& in : inputs)
    if (seen[key_fold(in.key)] > 1) in.key = hashed_key(in.key, in.path.generic_string());
}

void drop_repeated_files(std::vector<input_file>& inputs) {
  std::set<std::pair<std::uint64_t, std::uint64_t>> seen;
  std::vector<input_file> kept;
  for (input_file& in : inputs) {
    std::pair<std::uint64_t, std::uint64_t> id;
    // A file that cannot be stat'ed is kept: its read fails and says why.
    if (in.path != stdin_argument && stat_id(in.path, id) && !seen.insert(id).second) continue;
    kept.push_back(std::move(in));
  }
  inputs = std::move(kept);
}

bool is_protokol_output(const fs::path& folder) {
  std::error_code ec;
  if (fs::exists(folder / ".protokol/state.sqlite", ec)) return true;
  // run.json opens with the protokol version that wrote it.
  std::ifstream report(folder / "run.json", std::ios::binary);
  if (!report) return false;
  std::string head(128, '\0');
  report.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(report.gcount()));
  return head.find("\"protokol_version\"") != std::string::npos;
}

result<std::vector<input_file>> collect_inputs(const std::vector<std::string>& arguments,
                                               const input_filter& filter,
                                               std::vector<fs::path>* skipped_outputs) {
  std::vector<input_file> out;
  std::vector<diagnostic> errors;
  bool have_stdin = false;
  for (const std::string& arg : arguments) {
    std::error_code ec;
    const fs::path root(arg);
    if (arg == stdin_argument) {
      if (!have_stdin) out.push_back({root, "stdin", "stdin", {}});
      have_stdin = true;
    } else if (filter.skip.contains(root)) {
      errors.push_back({arg, 0, 0, severity::error,
                        "is the output folder or state file of this run, never an input"});
    } else if (fs::is_directory(root, ec)) {
      if (::access(root.c_str(), R_OK | X_OK) != 0) {
        errors.push_back({arg, 0, 0, severity::error,
                          "cannot list folder: " + std::generic_category().message(errno)});
        continue;
      }
      std::vector<input_file> found;
      // Folders holding an earlier run's output (run.json of protokol): its
      // subfolders (json/, xml/, csv/, quarantine/) and run.json are no
      // minutes (its XML had been read as meetings); files beside them are.
      std::set<fs::path> outputs;
      const auto note_output = [&](const fs::path& folder) {
        if (!is_protokol_output(folder)) return;
        outputs.insert(folder);
        if (skipped_outputs != nullptr) skipped_outputs->push_back(folder);
      };
      note_output(root);
      fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec),
          end;
      for (; !ec && it != end; it.increment(ec)) {
        // Lexical: fs::relative() would resolve a symlink to where it points.
        const fs::path relative = it->path().lexically_relative(root);
        // The run's own output is never its input, wherever it lies.
        if (hidden(relative) || filter.skip.contains(it->path())) {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        const std::string rel = relative.generic_string();
        std::string refusal = symlink_refusal(it->path(), root);
        if (outputs.count(it->path().parent_path()) > 0 &&
            (it->is_directory(ec) || it->path().filename() == "run.json")) {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (refusal.empty() && it->is_directory(ec)) {
          note_output(it->path());
          // A folder this run may not list would be passed over in silence:
          // it stands for its files, quarantined with the reason.
          if (::access(it->path().c_str(), R_OK | X_OK) == 0) continue;
          refusal = "cannot list folder: " + std::generic_category().message(errno) +
                    "; the files in it are not read";
          it.disable_recursion_pending();
        }
        // Opening a named pipe would wait for a writer for ever.
        if (refusal.empty()) refusal = special_file_refusal(it->path());
        if (!passes(filter, rel)) continue;
        found.push_back({it->path(), rel, key_for(rel), std::move(refusal)});
      }
      if (ec) errors.push_back({arg, 0, 0, severity::error, "cannot list folder: " + ec.message()});
      std::sort(found.begin(), found.end(),
                [](const auto& a, const auto& b) { return a.relative < b.relative; });
      out.insert(out.end(), found.begin(), found.end());
    } else if (fs::exists(root, ec)) {
      const std::string rel = root.filename().string();
      out.push_back({root, rel, key_for(rel), {}});
    } else if (ec && ec != std::errc::no_such_file_or_directory) {
      errors.push_back({arg, 0, 0, severity::error, "cannot read input: " + ec.message()});
    } else {
      errors.push_back({arg, 0, 0, severity::error, "input does not exist"});
    }
  }
  if (!errors.empty()) return errors;
  drop_repeated_files(out);
  disambiguate_keys(out);
  return out;
}

}  // namespace protokol
