#include "merge_files.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <protokol/atomic_file.hpp>
#include <set>

namespace protokol::merge {
namespace fs = std::filesystem;

namespace {

// A file, by the shard output holding it.
struct holding {
  const shard_output* shard;
  fs::path file;
};

// Relative path -> the shards holding a file there, in shard order. Leaves
// out run.json (merged on its own) and temporaries of atomic writes.
std::map<std::string, std::vector<holding>> holdings(const std::vector<shard_output>& shards) {
  std::map<std::string, std::vector<holding>> out;
  for (const shard_output& s : shards)
    for (auto it = fs::recursive_directory_iterator(s.folder);
         it != fs::recursive_directory_iterator(); ++it) {
      const std::string name = it->path().filename().string();
      if (name.rfind(atomic_temp_prefix, 0) == 0 || !it->is_regular_file()) continue;
      const std::string relative = it->path().lexically_relative(s.folder).string();
      if (relative != "run.json") out[relative].push_back({&s, it->path()});
    }
  return out;
}

// "<key>", "<key>.json", "<key>.error.json", "<key>.part": the name or a
// part of it before a dot is a document's key.
bool owned_by_document(const std::string& relative, const std::set<std::string>& keys) {
  const std::string name = fs::path(relative).filename().string();
  if (keys.count(name)) return true;
  for (std::size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.', dot + 1))
    if (keys.count(name.substr(0, dot))) return true;
  return false;
}

std::set<std::string> document_keys(const std::vector<shard_output>& shards) {
  std::set<std::string> keys;
  for (const shard_output& s : shards)
    for (const auto& d : s.report["documents"]) keys.insert(d.value("key", ""));
  return keys;
}

bool same_content(const fs::path& a, const fs::path& b) {
  if (fs::file_size(a) != fs::file_size(b)) return false;
  std::ifstream in_a(a, std::ios::binary), in_b(b, std::ios::binary);
  std::array<char, 1 << 16> buf_a{}, buf_b{};
  while (in_a && in_b) {
    in_a.read(buf_a.data(), buf_a.size());
    in_b.read(buf_b.data(), buf_b.size());
    if (in_a.gcount() != in_b.gcount() ||
        !std::equal(buf_a.begin(), buf_a.begin() + in_a.gcount(), buf_b.begin()))
      return false;
  }
  return !in_a.bad() && !in_b.bad();
}

bool is_database(const fs::path& file) {
  static constexpr std::string_view sqlite_magic{"SQLite format 3\0", 16};
  std::array<char, 16> head{};
  std::ifstream in(file, std::ios::binary);
  in.read(head.data(), head.size());
  return in.gcount() == 16 && std::string_view(head.data(), head.size()) == sqlite_magic;
}

diagnostic problem(const fs::path& file, std::string message) {
  return {file.string(), 0, 0, severity::error, std::move(message)};
}

}  // namespace

result<merge_plan> plan_merge(const std::vector<shard_output>& shards) {
  const std::set<std::string> keys = document_keys(shards);
  merge_plan plan;
  std::vector<diagnostic> problems;
  for (const auto& [relative, held] : holdings(shards)) {
    const bool per_document = owned_by_document(relative, keys);
    if (!per_document && is_database(held.front().file)) {
      problems.push_back(problem(
          held.front().file,
          "an SQLite database (the sqlite exporter keeps all documents in one): merge joins "
          "per-document files and the tables exporters rebuild from them, not databases; shard "
          "a pipeline without the sqlite stage, or run this one without --shard "
          "(docs/scaling.md)"));
      continue;
    }
    const auto differing = std::find_if(held.begin() + 1, held.end(), [&](const holding& h) {
      return !same_content(held.front().file, h.file);
    });
    if (differing == held.end())
      plan.copies.emplace_back(relative, held.front().file);
    else if (!per_document)
      plan.tables.push_back(relative);
    else
      problems.push_back(
          problem(held.front().file, "differs from " + differing->file.string() +
                                         ": two shards hold one document's output with different "
                                         "content (a shard folder reused from an earlier run keeps "
                                         "that run's files: give each run fresh shard folders)"));
  }
  if (!problems.empty()) return problems;
  return plan;
}

void copy_files(const merge_plan& plan, const fs::path& folder) {
  fs::path made;
  for (const auto& [relative, from] : plan.copies) {
    const fs::path to = folder / relative;
    if (to.parent_path() != made) fs::create_directories(made = to.parent_path());
    fs::copy_file(from, to);
  }
}

std::vector<std::string> missing_tables(const merge_plan& plan, const fs::path& folder) {
  std::vector<std::string> missing;
  for (const std::string& table : plan.tables)
    if (!fs::exists(folder / table)) missing.push_back(table);
  return missing;
}

}  // namespace protokol::merge
