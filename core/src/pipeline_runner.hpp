// pipeline_runner: runs documents through created stage instances, times the
// stages, and quarantines a document that fails in any of them.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <protokol/diagnostic.hpp>
#include <protokol/document.hpp>
#include <string>
#include <vector>

#include "inputs.hpp"
#include "pipeline.hpp"
#include "plugin_registry.hpp"
#include "shard.hpp"

namespace protokol {

/// A created stage; destroyed through its plugin (whose library stays loaded).
class stage_instance {
 public:
  stage_instance(const stage_entry& entry, std::string id, void* handle)
      : entry_(entry), id_(std::move(id)), handle_(handle) {}
  ~stage_instance() { entry_.stage->destroy(handle_); }
  stage_instance(const stage_instance&) = delete;
  stage_instance& operator=(const stage_instance&) = delete;

  const std::string& id() const { return id_; }
  const stage_entry& entry() const { return entry_; }
  bool is_exporter() const { return entry_.stage->kind == stage_kind::exporter; }
  bool process(document& doc, std::string& error) const {
    return entry_.stage->process(handle_, doc, error);
  }
  bool finish(std::string& error) { return entry_.stage->finish(handle_, error); }
  bool remove(const std::string& key, std::string& error) const {
    return entry_.stage->remove(handle_, key, error);
  }

 private:
  stage_entry entry_;
  std::string id_;
  void* handle_;
};

/// Creates the stages of a checked pipeline. Parameter defaults are filled in;
/// a constructor that throws is reported as file:line:column of its stage.
/// `sync_each_file` is handed to the stages (see stage_config).
result<std::vector<std::unique_ptr<stage_instance>>> create_stages(
    const pipeline_spec& spec, const plugin_registry& registry,
    const std::filesystem::path& output_dir, bool sync_each_file = true);

/// What happened to one input.
struct document_outcome {
  std::string input;  ///< path as found
  std::string key;
  std::string sha256;
  std::uint64_t bytes = 0;
  std::size_t position = 0;  ///< among all inputs of the run: the order merge restores
  bool exported = false;
  bool other_shard = false;  ///< its content belongs to another shard: nothing was done
  std::size_t warnings = 0;
  // When quarantined: where and why.
  std::string stage;
  std::string plugin;
  std::string plugin_version;
  std::string message;
};

/// True when an exporter's error message names a fault of the output's file
/// system (no space, quota, permission, read-only, I/O error): the run's
/// fault, not the document's.
bool names_output_fault(std::string_view message);

/// Runs documents through a pipeline. `process` is safe to call from several
/// threads at once; `finish` is called once, after the last document.
class pipeline_runner {
 public:
  pipeline_runner(std::vector<std::unique_ptr<stage_instance>> stages,
                  std::filesystem::path output_dir);

  /// Reads `in` and processes it when its content belongs to `shard`; else
  /// returns an outcome marked other_shard and writes nothing.
  document_outcome process(const input_file& in, const shard_spec& shard = {}) const;
  /// Processes a file whose bytes and fingerprint the caller already has.
  document_outcome process_loaded(const input_file& in, std::string raw, std::string sha256) const;
  /// Lets every stage finish (exporters merge tables); returns failures as
  /// "stage: message" strings.
  std::vector<std::string> finish();
  /// Asks every exporter to delete what it wrote for `key`.
  std::vector<std::string> remove_outputs(const std::string& key) const;
  /// Quarantines a document whose processing never returned (an isolated
  /// worker died or overran its limit; see isolation/): takes back what the
  /// exporters may have written for it and files `outcome`'s stage and
  /// message with the original, `raw` or, when null, read again from `in`.
  document_outcome quarantine_lost(const input_file& in, const std::string* raw,
                                   document_outcome outcome) const;

  /// Where process() records the index of the stage it is in (-1 outside
  /// any), so the parent of an isolated worker can name the stage it died
  /// in. Null (the default): not recorded.
  void publish_current_stage(std::atomic<std::int32_t>* slot) { current_stage_ = slot; }
  /// Whether the output is to be published (publishes(spec)). Then no
  /// quarantined document's original is copied into quarantine/ beside its
  /// record, since the copy would publish the text of its closed items, and
  /// every document's closed items are withheld (withhold_closed_items)
  /// before its first exporter: no exporter, its own public mode or not,
  /// sees their bodies.
  void publish(bool publishes) { publishes_ = publishes; }
  /// The stages, in pipeline order.
  const std::vector<std::unique_ptr<stage_instance>>& stages() const { return stages_; }
  /// Nanoseconds spent in each stage so far, in pipeline order.
  std::vector<std::uint64_t> stage_nanos() const;
  /// Adds time spent elsewhere (in an isolated worker) to each stage.
  void add_stage_nanos(const std::vector<std::uint64_t>& nanos) const;

  /// Stage ids and the seconds each has spent so far, summed over threads.
  std::vector<std::pair<std::string, double>> stage_seconds() const;
  const std::filesystem::path& output_dir() const { return output_dir_; }

 private:
  document_outcome quarantine(const input_file& in, const std::string& raw, bool have_raw,
                              document_outcome outcome) const;

  std::vector<std::unique_ptr<stage_instance>> stages_;
  bool publishes_ = false;
  std::filesystem::path output_dir_;
  /// quarantine/ held records when the run began: an earlier run's, which
  /// a document's new outcome replaces (never exported and quarantined both).
  bool earlier_records_ = false;
  std::unique_ptr<std::atomic<std::uint64_t>[]> stage_nanos_;
  std::atomic<std::int32_t>* current_stage_ = nullptr;
};

/// The current time as "YYYY-MM-DDTHH:MM:SSZ".
std::string utc_timestamp(
    std::chrono::system_clock::time_point when = std::chrono::system_clock::now());

}  // namespace protokol
