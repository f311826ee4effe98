// state_store: what `protokol ingest` remembers between runs, in SQLite
// (WAL, synchronous=FULL). Documents are keyed by content fingerprint
// (SHA-256); the path is an attribute. docs/ingest.md describes the schema.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "sqlite.hpp"

namespace protokol::ingest {

/// Schema version written to PRAGMA user_version. Bump it and add a step to
/// migrate() when the schema changes; older files are migrated in place.
inline constexpr int state_schema_version = 1;

/// Where a document stands. `fresh` only ever appears with in_flight set:
/// a document seen for the first time and being processed.
enum class doc_status { fresh, exported, quarantined, parked, removed, replaced };

std::string to_string(doc_status status);
doc_status status_from_string(const std::string& text);

/// One document (one distinct content).
struct document_record {
  std::string sha256;
  std::string path;  ///< relative to the archive, '/'-separated
  std::string key;   ///< output name; empty once another document took it
  std::uint64_t bytes = 0;
  doc_status status = doc_status::fresh;
  bool in_flight = false;
  std::string pipeline;           ///< fingerprint of the pipeline that last processed it
  int attempts = 0;               ///< failed attempts since the last success
  std::int64_t next_attempt = 0;  ///< unix seconds; when a quarantined document may be retried
  std::string error_stage;
  std::string error_message;
  bool purged = false;
  std::string first_seen;
  std::string updated;

  /// Still in the archive as far as the state knows.
  bool live() const {
    return status == doc_status::fresh || status == doc_status::exported ||
           status == doc_status::quarantined || status == doc_status::parked;
  }
};

/// The scan cache: the fingerprint last computed for a path and the stat
/// that went with it, so an unchanged file is skipped without reading it.
struct file_record {
  std::string path;
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;
  std::string sha256;
};

/// A file seen but not yet settled (still being written, or too young).
struct pending_record {
  std::string path;
  std::int64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t first_seen_ns = 0;  ///< when this size+mtime was first seen
};

/// Counts of one run, as the runs table and run.json hold them.
struct run_counts {
  std::int64_t files = 0, processed = 0, exported = 0, quarantined = 0, parked = 0, skipped = 0,
               skipped_fast = 0, hashed = 0, fresh = 0, changed = 0, moved = 0, reprocessed = 0,
               retried = 0, removed = 0, purged = 0, pending = 0, duplicates = 0, unreadable = 0,
               recovered = 0;
};

/// One row of the runs table.
struct run_record {
  std::int64_t id = 0;
  std::string started;
  std::string finished;  ///< empty: the run died or is still going
  double seconds = 0;
  std::int64_t pid = 0;
  std::string host;
  std::string pipeline;
  std::string fingerprint;
  run_counts counts;
  int exit_code = -1;
};

/// A history line: what happened to one document in one run.
struct history_event {
  std::string sha256, path, key, event, detail;
};

/// Writes made inside one transaction (see state_store::write).
class state_writer {
 public:
  explicit state_writer(database& db, std::int64_t run_id) : db_(db), run_id_(run_id) {}
  void put(const document_record& doc);
  void erase_document(const std::string& sha256);
  void event(const history_event& e);
  void put_file(const file_record& f);
  void erase_file(const std::string& path);
  void put_pending(const pending_record& p);
  void erase_pending(const std::string& path);
  void set_meta(const std::string& name, const std::string& value);

 private:
  database& db_;
  std::int64_t run_id_;
};

/// Totals for `protokol status`.
struct state_totals {
  std::map<std::string, std::int64_t> by_status;  ///< status name -> documents
  std::int64_t in_flight = 0;
  std::int64_t pending = 0;
};

/// The state file. Safe to share between threads: every call takes a mutex.
class state_store {
 public:
  /// Opens (creating and migrating when `writable`) the state at `file`.
  /// Throws state_error when it cannot be opened, is not a protokol state,
  /// or was written by a newer schema.
  state_store(const std::filesystem::path& file, bool writable);

  /// How far a commit must reach before write() returns.
  enum class durability {
    disk,     ///< on disk (synchronous=FULL): survives a power loss
    process,  ///< in the WAL, not synced (synchronous=NORMAL): survives the
              ///< process dying, may roll back with a power loss
  };
  /// Runs `fn` in one immediate transaction and commits it, then calls the
  /// commit hook. A durable commit also makes every earlier one durable.
  void write(const std::function<void(state_writer&)>& fn, durability d = durability::disk);
  /// Called after every commit (the fault-injection hook of the tests).
  void on_commit(std::function<void()> hook) { on_commit_ = std::move(hook); }

  std::vector<document_record> documents();
  std::unordered_map<std::string, file_record> files();
  std::unordered_map<std::string, pending_record> pending();
  std::string meta(const std::string& name);
  state_totals totals();

  /// Starts a run row; later writes record history against it.
  std::int64_t begin_run(const run_record& run);
  void end_run(const run_record& run);
  void erase_run(std::int64_t id);
  /// Newest first.
  std::vector<run_record> runs(std::size_t limit);

  int schema_version() const { return version_; }
  const std::filesystem::path& file() const { return file_; }

 private:
  void migrate();

  std::filesystem::path file_;
  std::mutex mutex_;
  std::unique_ptr<database> db_;
  std::function<void()> on_commit_;
  std::int64_t run_id_ = 0;
  int version_ = 0;
};

}  // namespace protokol::ingest
