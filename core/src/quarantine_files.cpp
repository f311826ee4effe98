#include "quarantine_files.hpp"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <nlohmann/json.hpp>
#include <protokol/atomic_file.hpp>
#include <sstream>

#include "json_text.hpp"
#include "pipeline_runner.hpp"

namespace protokol {
namespace fs = std::filesystem;

namespace {

fs::path record_file(const fs::path& output_dir, const std::string& key) {
  return output_dir / "quarantine" / (key + ".error.json");
}

bool read_record(const fs::path& file, nlohmann::ordered_json& record) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  record = nlohmann::ordered_json::parse(text.str(), nullptr, false);
  return !record.is_discarded() && record.is_object();
}

std::string original_name(const nlohmann::ordered_json& record) {
  const auto it = record.find("original");
  if (it == record.end() || !it->is_string()) return {};
  const std::string name = it->get<std::string>();
  // Only a plain file name beside the record, whatever the JSON says.
  return name.find('/') == std::string::npos && name != "." && name != ".." ? name : std::string();
}

void write_record(const fs::path& output_dir, const std::string& key, const fs::path& input,
                  nlohmann::ordered_json record, const std::string& raw, bool have_raw) {
  const fs::path folder = output_dir / "quarantine";
  record["input"] = input.string();
  record["key"] = key;
  record["original"] = nullptr;
  std::string copy;
  if (have_raw) {
    copy = key + input.extension().string();
    write_file_atomically(folder / copy, raw);
    record["original"] = copy;
  }
  try {
    write_file_atomically(record_file(output_dir, key), dump_json(record) + "\n");
  } catch (...) {
    // No copy without its record (a full disk): the copy would be nobody's.
    std::error_code ec;
    if (!copy.empty()) fs::remove(folder / copy, ec);
    throw;
  }
}

}  // namespace

// A file another running process is writing must stay (a second run into the
// same folder, a `status` beside an ingest); one of a process that has ended
// is garbage.
bool owned_by_other_live_process(const std::string& name) {
  const std::size_t last = name.rfind('.');
  if (last == std::string::npos || last == 0) return false;
  const std::size_t before = name.rfind('.', last - 1);
  if (before == std::string::npos) return false;
  const std::string digits = name.substr(before + 1, last - before - 1);
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) return false;
  const long pid = std::stol(digits);
  if (pid <= 0 || pid == static_cast<long>(::getpid())) return false;
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

void write_quarantine(const fs::path& output_dir, const std::string& key, const fs::path& input,
                      const quarantine_reason& reason, const std::string& raw, bool have_raw) {
  const nlohmann::ordered_json record = {{"input", input.string()},
                                         {"key", key},
                                         {"stage", reason.stage},
                                         {"plugin", reason.plugin},
                                         {"plugin_version", reason.plugin_version},
                                         {"message", reason.message},
                                         {"time", utc_timestamp()},
                                         {"sha256", reason.sha256},
                                         {"original", nullptr}};
  write_record(output_dir, key, input, record, raw, have_raw);
}

bool remove_quarantine(const fs::path& output_dir, const std::string& key) {
  const fs::path file = record_file(output_dir, key);
  nlohmann::ordered_json record;
  std::error_code ec;
  if (!fs::exists(file, ec)) return false;
  if (read_record(file, record)) {
    const std::string original = original_name(record);
    if (!original.empty()) fs::remove(file.parent_path() / original, ec);
  }
  fs::remove(file, ec);
  if (ec) throw std::runtime_error("cannot remove " + file.string() + ": " + ec.message());
  sync_directory(file.parent_path());
  return true;
}

bool move_quarantine(const fs::path& output_dir, const std::string& old_key,
                     const std::string& new_key, const fs::path& input, const std::string& raw,
                     bool have_raw) {
  nlohmann::ordered_json record;
  const fs::path old_file = record_file(output_dir, old_key);
  if (!read_record(old_file, record)) return false;
  const std::string old_original = original_name(record);
  // The new record first: a crash in between leaves both, never neither.
  write_record(output_dir, new_key, input, record, raw, have_raw);
  const std::string new_original = have_raw ? new_key + input.extension().string() : std::string();
  std::error_code ec;
  if (!old_original.empty() && old_original != new_original)
    fs::remove(old_file.parent_path() / old_original, ec);
  if (old_key != new_key) fs::remove(old_file, ec);
  sync_directory(old_file.parent_path());
  return true;
}

std::size_t remove_temporaries(const fs::path& output_dir) {
  std::size_t removed = 0;
  std::error_code ec;
  std::vector<fs::path> garbage;
  for (fs::recursive_directory_iterator
           it(output_dir, fs::directory_options::skip_permission_denied, ec),
       end;
       !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind(atomic_temp_prefix, 0) == 0 && it->is_regular_file(ec) &&
        !owned_by_other_live_process(name))
      garbage.push_back(it->path());
  }
  for (const fs::path& file : garbage)
    if (fs::remove(file, ec)) ++removed;
  return removed;
}

}  // namespace protokol
