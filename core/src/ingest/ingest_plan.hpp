// ingest_plan: compares the archive as scanned with the state and decides,
// without touching anything, what this run does to each document: process it
// (new, changed, moved, re-processed after a pipeline change, retried), follow
// it to a new name, mark it removed, or leave it. Keys (output names) are
// assigned here too, so the same archive always gets the same names.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "archive_scan.hpp"
#include "state_store.hpp"

namespace protokol::ingest {

/// Why a document is processed in this run.
enum class work_reason {
  fresh,      ///< content never seen
  changed,    ///< new content at a path that held another document
  moved,      ///< a known document under a new name (outputs follow it)
  reprocess,  ///< the pipeline or a plugin changed since it was exported
  retry,      ///< it failed before and is due (or --retry-failed)
};

std::string to_string(work_reason reason);

/// One document to process.
struct work_item {
  std::string sha256;
  std::string relative;  ///< where it is now
  std::string key;       ///< output name to use
  std::uint64_t bytes = 0;
  work_reason reason = work_reason::fresh;
  std::optional<document_record> previous;  ///< its state before this run, if any
  std::string old_key;  ///< when it had another key: outputs and quarantine under it go first
};

/// A failed document that moved but is not due for a retry: its state and
/// quarantine record follow the new name without processing it.
struct relocation {
  document_record doc;  ///< with the new path and key
  std::string old_key;
  std::string old_path;
};

/// A byte-identical copy of a document at another path.
struct duplicate_file {
  std::string relative;
  std::string of_path;
  std::string sha256;
};

struct plan_options {
  std::string fingerprint;  ///< of the pipeline this run uses
  std::int64_t now = 0;     ///< unix seconds
  bool retry_failed = false;
  /// Documents not to retry in this run unless retry_failed: those just
  /// quarantined as the suspects of a crash (a retry now could crash again).
  std::unordered_set<std::string> hold_back;
};

/// What one run will do.
struct ingest_plan {
  std::vector<work_item> work;  ///< by path
  std::vector<relocation> relocations;
  std::vector<document_record> removals;  ///< live documents no longer in the archive
  std::vector<document_record> replaced;  ///< documents whose key another document takes now
  std::unordered_set<std::string> replaced_removed;  ///< of those, live ones whose file is gone
  std::vector<duplicate_file> duplicates;
  std::vector<std::string> pending;  ///< paths left for a later run
  std::vector<scanned_file> unreadable;
  std::size_t files = 0;         ///< files found
  std::size_t skipped = 0;       ///< settled files whose document needs nothing (no duplicates)
  std::size_t skipped_fast = 0;  ///< of those, the ones not even read
  std::size_t waiting = 0;       ///< failed documents not yet due (in skipped)

  /// True when the run changes outputs (so exporters must finish).
  bool changes_outputs() const {
    return !work.empty() || !relocations.empty() || !replaced.empty();
  }
};

/// Decides the run. `documents` is the whole documents table.
ingest_plan make_plan(const scan_result& scan, const std::vector<document_record>& documents,
                      const plan_options& options);

}  // namespace protokol::ingest
