#include "pipeline_runner.hpp"

#include <algorithm>
#include <cerrno>
#include <ctime>
#include <export_common/public_view.hpp>
#include <iostream>
#include <nlohmann/json.hpp>
#include <protokol/atomic_file.hpp>
#include <sstream>
#include <system_error>

#include "document_check.hpp"
#include "quarantine_files.hpp"
#include "read_file.hpp"
#include "sha256.hpp"

namespace protokol {
namespace fs = std::filesystem;

std::string utc_timestamp(std::chrono::system_clock::time_point when) {
  const std::time_t t = std::chrono::system_clock::to_time_t(when);
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

result<std::vector<std::unique_ptr<stage_instance>>> create_stages(const pipeline_spec& spec,
                                                                   const plugin_registry& registry,
                                                                   const fs::path& output_dir,
                                                                   bool sync_each_file) {
  std::vector<std::unique_ptr<stage_instance>> stages;
  std::vector<diagnostic> errors;
  for (const stage_spec& s : spec.stages) {
    const stage_entry* entry = registry.find_stage(s.use);
    if (entry == nullptr) {
      errors.push_back(
          {spec.file, s.line, s.column, severity::error, "unknown stage '" + s.use + "'"});
      continue;
    }
    stage_config config;
    config.stage_id = s.id;
    config.output_dir = output_dir.string();
    config.sync_each_file = sync_each_file;
    const stage_descriptor& d = *entry->stage;
    std::vector<diagnostic> unbound;
    config.params = bind_stage_params(spec, s, d, unbound);
    if (!unbound.empty()) {
      // check_pipeline reports these first; a stage is never built with them.
      errors.insert(errors.end(), unbound.begin(), unbound.end());
      continue;
    }
    std::string error;
    void* handle = d.create(config, error);
    if (handle == nullptr) {
      // Values given by --set are named as such: the file's line is not where they stand.
      std::string given;
      for (const auto& [name, v] : s.params) {
        if (v.line != 0) continue;
        given += (given.empty() ? " (given by --set " : ", ") + s.id + "." + name + "=" + v.value;
      }
      if (!given.empty()) given += ")";
      errors.push_back({spec.file, s.line, s.column, severity::error,
                        "stage '" + s.id + "' could not be created: " + error + given});
      continue;
    }
    stages.push_back(std::make_unique<stage_instance>(*entry, s.id, handle));
  }
  if (!errors.empty()) return errors;
  return stages;
}

pipeline_runner::pipeline_runner(std::vector<std::unique_ptr<stage_instance>> stages,
                                 fs::path output_dir)
    : stages_(std::move(stages)),
      output_dir_(std::move(output_dir)),
      stage_nanos_(new std::atomic<std::uint64_t>[stages_.size()]) {
  for (std::size_t i = 0; i < stages_.size(); ++i) stage_nanos_[i] = 0;
  std::error_code ec;
  earlier_records_ = fs::exists(output_dir_ / "quarantine", ec);
}

namespace {

bool read_file(const fs::path& path, std::string& out, std::string& error) {
  if (path == stdin_argument) {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    if (std::cin.bad()) {
      error = "cannot read standard input";
      return false;
    }
    out = std::move(buffer).str();
    return true;
  }
  return read_whole_file(path, out, error);
}

}  // namespace

bool names_output_fault(std::string_view message) {
  // The system's own words for them, as std::system_error and strerror()
  // put them in an exporter's message ("cannot write ...: No space left on
  // device"): no document makes its output's file system say these.
  static const std::vector<std::string> faults = [] {
    std::vector<std::string> out;
    for (const int code : {ENOSPC, EDQUOT, EACCES, EROFS, EIO})
      out.push_back(std::error_code(code, std::generic_category()).message());
    return out;
  }();
  return std::any_of(faults.begin(), faults.end(), [&](const std::string& f) {
    return message.find(f) != std::string_view::npos;
  });
}

document_outcome pipeline_runner::process(const input_file& in, const shard_spec& shard) const {
  std::string raw, error = in.refusal;
  document_outcome other;
  other.input = in.path.string();
  other.key = in.key;
  other.other_shard = true;
  if (!error.empty() || !read_file(in.path, raw, error)) {
    if (!owns_unreadable(shard, in.relative)) return other;
    document_outcome outcome;
    outcome.input = in.path.string();
    outcome.key = in.key;
    outcome.stage = "input";
    outcome.plugin = "protokol";
    outcome.plugin_version = PROTOKOL_VERSION;
    outcome.message = error;
    return quarantine(in, raw, false, std::move(outcome));
  }
  std::string sha = sha256_hex(raw);
  if (!owns_content(shard, sha)) return other;
  return process_loaded(in, std::move(raw), std::move(sha));
}

document_outcome pipeline_runner::process_loaded(const input_file& in, std::string raw,
                                                 std::string sha) const {
  document_outcome outcome;
  outcome.input = in.path.string();
  outcome.key = in.key;
  outcome.sha256 = sha;
  outcome.bytes = raw.size();
  document doc;
  doc.key = in.key;
  doc.source.path = in.path.string();
  doc.source.sha256 = std::move(sha);
  doc.source.bytes = raw.size();
  doc.raw = std::move(raw);
  bool withheld = false;
  for (std::size_t i = 0; i < stages_.size(); ++i) {
    const stage_instance& s = *stages_[i];
    if (publishes_ && !withheld && s.is_exporter()) {
      export_common::withhold_closed_items(doc);
      withheld = true;
    }
    std::string error;
    if (current_stage_)
      current_stage_->store(static_cast<std::int32_t>(i), std::memory_order_release);
    const auto started = std::chrono::steady_clock::now();
    bool ok = s.process(doc, error);
    stage_nanos_[i] +=
        static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                       std::chrono::steady_clock::now() - started)
                                       .count());
    if (current_stage_) current_stage_->store(-1, std::memory_order_release);
    // A stage in C++ writes the data model itself: what it hands on must
    // keep the contract, or the exporters would publish broken offsets.
    if (ok && !s.is_exporter()) {
      if (const std::string breach = contract_breach(doc); !breach.empty()) {
        error = "the stage returned a document that breaks the output contract: " + breach;
        ok = false;
      }
    }
    if (ok) continue;
    // A full disk or a folder no longer writable is the run's fault, not the
    // document's: the run stops (exit 3), and ingest counts no attempt. An
    // earlier run's output of the document stays until it is redone.
    if (s.is_exporter() && names_output_fault(error))
      throw std::runtime_error(s.id() + ": " + error + " (the output cannot be written; " +
                               outcome.input + " is not counted as failed)");
    outcome.stage = s.id();
    outcome.plugin = s.entry().plugin->descriptor->name;
    outcome.plugin_version = s.entry().plugin->descriptor->version;
    outcome.message = error;
    return quarantine(in, doc.raw, true, std::move(outcome));
  }
  outcome.exported = true;
  outcome.warnings = doc.warnings.size();
  if (earlier_records_) remove_quarantine(output_dir_, in.key);  // an earlier run's
  return outcome;
}

document_outcome pipeline_runner::quarantine(const input_file& in, const std::string& raw,
                                             bool have_raw, document_outcome outcome) const {
  // What an exporter wrote of the document, in this run or an earlier one,
  // is taken back: a document is either exported or quarantined, never both.
  remove_outputs(in.key);
  // An earlier run's record goes with its original: a public run keeps no
  // copy, and must not leave an internal run's.
  if (earlier_records_) remove_quarantine(output_dir_, in.key);
  write_quarantine(
      output_dir_, in.key, in.path,
      {outcome.stage, outcome.plugin, outcome.plugin_version, outcome.message, outcome.sha256}, raw,
      have_raw && !publishes_);
  return outcome;
}

std::vector<std::string> pipeline_runner::finish() {
  std::vector<std::string> failures;
  for (auto& s : stages_) {
    std::string error;
    if (!s->finish(error)) failures.push_back(s->id() + ": " + error);
  }
  return failures;
}

std::vector<std::string> pipeline_runner::remove_outputs(const std::string& key) const {
  std::vector<std::string> failures;
  for (const auto& s : stages_) {
    std::string error;
    if (s->is_exporter() && !s->remove(key, error)) failures.push_back(s->id() + ": " + error);
  }
  return failures;
}

document_outcome pipeline_runner::quarantine_lost(const input_file& in, const std::string* raw,
                                                  document_outcome outcome) const {
  std::string reread, error;
  // Standard input was consumed by the worker: there is no original to keep.
  const bool have_raw =
      raw != nullptr || (in.path != stdin_argument && read_file(in.path, reread, error));
  const std::string& bytes = raw != nullptr ? *raw : reread;
  if (have_raw) {
    if (outcome.sha256.empty()) outcome.sha256 = sha256_hex(bytes);
    outcome.bytes = bytes.size();
  }
  return quarantine(in, bytes, have_raw, std::move(outcome));
}

std::vector<std::uint64_t> pipeline_runner::stage_nanos() const {
  std::vector<std::uint64_t> out(stages_.size());
  for (std::size_t i = 0; i < stages_.size(); ++i) out[i] = stage_nanos_[i].load();
  return out;
}

void pipeline_runner::add_stage_nanos(const std::vector<std::uint64_t>& nanos) const {
  for (std::size_t i = 0; i < nanos.size() && i < stages_.size(); ++i) stage_nanos_[i] += nanos[i];
}

std::vector<std::pair<std::string, double>> pipeline_runner::stage_seconds() const {
  std::vector<std::pair<std::string, double>> out;
  for (std::size_t i = 0; i < stages_.size(); ++i)
    out.emplace_back(stages_[i]->id(), static_cast<double>(stage_nanos_[i].load()) / 1e9);
  return out;
}

}  // namespace protokol
