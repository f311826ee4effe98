// ingest_pass: one incremental pass over the archive: recover what a dead
// run left in flight, scan, plan, apply, process, purge, finish. The session
// (ingest_session.cpp) takes the lock and runs passes, once or in a watch.
#include "ingest_pass.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <mutex>
#include <ostream>
#include <protokol/atomic_file.hpp>
#include <unordered_set>

#include "../isolation/worker_pool.hpp"
#include "../printable.hpp"
#include "../quarantine_files.hpp"
#include "../sha256.hpp"
#include "archive_scan.hpp"
#include "process_signals.hpp"

namespace protokol::ingest {
namespace fs = std::filesystem;

namespace {

constexpr const char* finish_pending = "finish_pending";

std::int64_t unix_now() { return static_cast<std::int64_t>(std::time(nullptr)); }

// Failure n (1-based) waits delay * 2^(n-1) before the next try.
std::int64_t next_attempt_after(const ingest_options& o, int attempts) {
  const double wait = o.retry_delay_seconds * std::pow(2.0, std::clamp(attempts - 1, 0, 20));
  return unix_now() + static_cast<std::int64_t>(std::ceil(wait));
}

// Drops the files of other shards (after the scan, whose cache covers them
// all, and before the plan, to which they are not there); returns how many.
std::size_t keep_shard(const shard_spec& shard, std::vector<scanned_file>& files) {
  const auto others = std::remove_if(files.begin(), files.end(), [&](const scanned_file& f) {
    return f.state == file_state::settled ? !owns_content(shard, f.sha256)
                                          : !owns_unreadable(shard, f.relative);
  });
  const auto dropped = static_cast<std::size_t>(files.end() - others);
  files.erase(others, files.end());
  return dropped;
}

// One pass: scan, plan, apply, process, purge, finish. Used once by a plain
// run and repeatedly by --watch, each time with fresh stages.
class ingest_pass {
 public:
  ingest_pass(const ingest_options& options, state_store& state, pipeline_runner& runner,
              std::string fingerprint, fault_injector& fault, std::ostream& err,
              const isolation::worker_setup* isolated)
      : options_(options),
        state_(state),
        runner_(runner),
        fingerprint_(std::move(fingerprint)),
        fault_(fault),
        err_(err),
        isolated_(isolated) {}

  pass_report run(const lock_holder* crashed_run);

 private:
  void recover(const lock_holder& crashed_run);
  bool scan();
  void apply_plan();
  void process_all();
  // What happened to one work item.
  struct processed {
    document_outcome outcome;
    bool done = false;  ///< false: the file changed since the scan; left for the next run
    bool parked = false;
  };
  processed process(const work_item& item);
  void process_isolated(std::vector<processed>& results, progress_meter& progress);
  std::optional<document_record> begin(const work_item& item, std::string& raw);
  void settle_quarantine(const work_item& item, const document_outcome& outcome);
  void restore(const work_item& item, state_store::durability d = state_store::durability::disk);
  processed end(const work_item& item, document_record doc, document_outcome outcome);
  void commit_batch();
  input_file input_of(const work_item& item) const {
    return {input_path(item.relative), item.relative, item.key, {}};
  }
  void purge();
  void finish_outputs();
  void mark_finish_pending();
  void remove_outputs(const std::string& key);
  fs::path input_path(const std::string& relative) const { return options_.archive / relative; }
  bool read_if_same(const std::string& relative, const std::string& sha, std::string& raw) const;

  const ingest_options& options_;
  state_store& state_;
  pipeline_runner& runner_;
  const std::string fingerprint_;
  fault_injector& fault_;
  std::ostream& err_;
  const isolation::worker_setup* isolated_;
  pass_report report_;
  ingest_plan plan_;
  bool finish_marked_ = false;
  std::size_t unlisted_folders_ = 0;           ///< archive folders the scan could not list
  std::unordered_set<std::string> recovered_;  ///< crash suspects quarantined in this pass
  std::vector<document_outcome> recovered_outcomes_;
  // Group commit: the results of documents done since the last commit.
  std::mutex batch_mutex_;   ///< guards batch_ and batch_started_
  std::mutex commit_mutex_;  ///< one commit at a time; appending goes on meanwhile
  std::vector<std::function<void(state_writer&)>> batch_;
  std::chrono::steady_clock::time_point batch_started_;
};

pass_report ingest_pass::run(const lock_holder* crashed_run) {
  const auto started = std::chrono::steady_clock::now();
  report_.batch.started = utc_timestamp();
  if (crashed_run) recover(*crashed_run);
  if (scan()) {
    apply_plan();
    process_all();
    if (!report_.stopped) purge();
  }
  finish_outputs();
  // A suspect retried (--retry-failed) and exported in this same pass is a
  // success; the others stay in the report as quarantined.
  std::unordered_set<std::string> exported;
  for (const auto& o : report_.batch.outcomes)
    if (o.exported) exported.insert(o.sha256);
  std::vector<document_outcome> outcomes;
  for (auto& o : recovered_outcomes_)
    if (!exported.count(o.sha256)) outcomes.push_back(std::move(o));
  for (auto& o : report_.batch.outcomes) outcomes.push_back(std::move(o));
  report_.batch.outcomes = std::move(outcomes);
  report_.batch.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  report_.batch.stage_seconds = runner_.stage_seconds();
  for (const auto& o : report_.batch.outcomes) report_.batch.bytes += o.bytes;
  run_counts& c = report_.counts;
  for (const auto& o : report_.batch.outcomes) (o.exported ? c.exported : c.quarantined) += 1;
  c.unreadable = static_cast<std::int64_t>(report_.unreadable.size());
  c.pending = static_cast<std::int64_t>(report_.pending.size());
  c.duplicates = static_cast<std::int64_t>(report_.duplicates.size());
  if (!report_.batch.finish_failures.empty())
    report_.exit_code = exit_environment;
  else if (c.quarantined > 0 || c.unreadable > 0 || unlisted_folders_ > 0)
    report_.exit_code = exit_documents_failed;  // a folder not listed hides new files: say so
  return std::move(report_);
}

// A document still marked in flight was being processed when the previous
// run died. It may be what killed it (a plugin crash), so it is quarantined
// and counts an attempt: one poison file cannot stop ingestion for ever.
void ingest_pass::recover(const lock_holder& crashed_run) {
  std::vector<document_record> in_flight;
  for (document_record& d : state_.documents())
    if (d.in_flight) in_flight.push_back(std::move(d));
  if (in_flight.empty()) return;
  std::string how = crashed_run.signal ? signal_name(crashed_run.signal)
                                       : std::string("killed, or the machine stopped");
  if (crashed_run.pid)
    how += "; run of pid " + std::to_string(crashed_run.pid) + " since " + crashed_run.since;
  if (in_flight.size() > 1)
    how += "; " + std::to_string(in_flight.size()) + " documents were in flight";
  mark_finish_pending();
  for (document_record& d : in_flight) {
    const std::string message = "the process died while processing this document (" + how + ")";
    remove_outputs(d.key);
    std::string raw;
    const bool have_raw = read_if_same(d.path, d.sha256, raw);
    write_quarantine(options_.output, d.key, input_path(d.path),
                     {"process", "protokol", PROTOKOL_VERSION, message, d.sha256}, raw, have_raw);
    fault_.point();
    d.attempts += 1;
    d.status = d.attempts >= options_.max_attempts ? doc_status::parked : doc_status::quarantined;
    d.next_attempt = next_attempt_after(options_, d.attempts);
    d.in_flight = false;
    d.error_stage = "process";
    d.error_message = message;
    state_.write([&](state_writer& w) {
      w.put(d);
      w.event({d.sha256, d.path, d.key, "crashed", message});
    });
    document_outcome o;
    o.input = input_path(d.path).string();
    o.key = d.key;
    o.sha256 = d.sha256;
    o.bytes = d.bytes;
    o.stage = "process";
    o.plugin = "protokol";
    o.plugin_version = PROTOKOL_VERSION;
    o.message = message;
    recovered_outcomes_.push_back(std::move(o));
    report_.counts.recovered += 1;
    recovered_.insert(d.sha256);
    if (d.status == doc_status::parked) report_.counts.parked += 1;
  }
}

bool ingest_pass::scan() {
  scan_options so;
  so.filter = options_.filter;
  so.settle_ns = static_cast<std::int64_t>(options_.settle_seconds * 1e9);
  so.now_ns = wall_clock_ns();
  scan_result found =
      scan_archive(options_.archive, so, state_.files(), state_.pending(), stop_requested);
  if (found.stopped) {
    report_.stopped = true;
    return false;
  }
  const std::vector<document_record> documents = state_.documents();
  const bool any_live =
      std::any_of(documents.begin(), documents.end(), [](const auto& d) { return d.live(); });
  if (found.files.empty() && found.unreadable_folders.empty() && any_live &&
      !options_.allow_empty_archive)
    throw std::runtime_error(
        "archive " + options_.archive.string() +
        " has no files, but the state knows documents from it; is it mounted? If it is "
        "really empty now, run with --allow-empty-archive");
  for (const std::string& folder : found.unreadable_folders)
    err_ << printable(options_.archive.string() + "/" + folder)
         << ": cannot list folder; what it holds is left as it was\n";
  unlisted_folders_ = found.unreadable_folders.size();
  if (!found.cache_updates.empty() || !found.cache_erasures.empty() ||
      !found.pending_updates.empty() || !found.pending_erasures.empty())
    state_.write([&](state_writer& w) {
      for (const auto& f : found.cache_updates) w.put_file(f);
      for (const auto& p : found.cache_erasures) w.erase_file(p);
      for (const auto& p : found.pending_updates) w.put_pending(p);
      for (const auto& p : found.pending_erasures) w.erase_pending(p);
    });
  if (options_.shard) report_.other_shards = keep_shard(*options_.shard, found.files);
  plan_ =
      make_plan(found, documents, {fingerprint_, unix_now(), options_.retry_failed, recovered_});
  run_counts& c = report_.counts;
  c.files = static_cast<std::int64_t>(plan_.files);
  c.hashed = static_cast<std::int64_t>(found.cache_updates.size());
  c.skipped = static_cast<std::int64_t>(plan_.skipped);
  c.skipped_fast = static_cast<std::int64_t>(plan_.skipped_fast);
  report_.pending = plan_.pending;
  report_.unreadable = plan_.unreadable;
  report_.duplicates = plan_.duplicates;
  return true;
}

void ingest_pass::apply_plan() {
  if (plan_.changes_outputs()) mark_finish_pending();
  // Documents whose key another takes: their outputs go now, before the new
  // owner writes, so no stale file is left under a near-identical name.
  for (document_record d : plan_.replaced) {
    const std::string old_key = d.key;
    remove_outputs(old_key);
    remove_quarantine(options_.output, old_key);
    d.status = doc_status::replaced;
    d.key.clear();
    state_.write([&](state_writer& w) {
      w.put(d);
      w.event({d.sha256, d.path, old_key, "replaced", "its key now belongs to another document"});
    });
    if (plan_.replaced_removed.count(d.sha256)) report_.removed.push_back({d.path, old_key});
  }
  // Removed documents keep their outputs (--purge-deleted removes them).
  if (!plan_.removals.empty())
    state_.write([&](state_writer& w) {
      for (document_record d : plan_.removals) {
        d.status = doc_status::removed;
        w.put(d);
        w.event({d.sha256, d.path, d.key, "removed", "no longer in the archive"});
        report_.removed.push_back({d.path, d.key});
      }
    });
  // Failed documents that moved and wait for their retry: the record follows.
  for (const relocation& r : plan_.relocations) {
    std::string raw;
    const bool have_raw = read_if_same(r.doc.path, r.doc.sha256, raw);
    move_quarantine(options_.output, r.old_key, r.doc.key, input_path(r.doc.path), raw, have_raw);
    fault_.point();
    state_.write([&](state_writer& w) {
      w.put(r.doc);
      w.event({r.doc.sha256, r.doc.path, r.doc.key, "moved", "from " + r.old_path});
    });
    report_.moved.push_back({r.old_path, r.doc.path, r.doc.key, r.old_key});
  }
  // Outputs under a key a document leaves go before any document writes.
  for (const work_item& w : plan_.work)
    if (!w.old_key.empty() && w.old_key != w.key) {
      remove_outputs(w.old_key);
      remove_quarantine(options_.output, w.old_key);
      fault_.point();
    }
  report_.counts.removed = static_cast<std::int64_t>(report_.removed.size());
}

void ingest_pass::process_all() {
  const std::vector<work_item>& work = plan_.work;
  std::vector<processed> results(work.size());
  progress_meter progress(work.size(), !options_.quiet);
  try {
    if (isolated_)
      process_isolated(results, progress);
    else
      for_each_parallel(
          work.size(), options_.jobs, progress,
          [&](std::size_t i) {
            results[i] = process(work[i]);
            return results[i].outcome.bytes;
          },
          [&] { return stop_requested(); });
  } catch (...) {
    try {
      commit_batch();  // what was done before the error is kept
    } catch (...) {
      // The first error is the one worth reporting.
    }
    throw;
  }
  commit_batch();
  report_.stopped = stop_requested();

  run_counts& c = report_.counts;
  for (std::size_t i = 0; i < work.size(); ++i) {
    if (!results[i].done) {
      if (!report_.stopped) report_.pending.push_back(work[i].relative);  // changed since the scan
      // Stopped by a signal: left for the next pass, and run.json says so.
      if (report_.stopped) {
        report_.batch.interrupted = true;
        ++report_.batch.not_started;
      }
      continue;
    }
    ++c.processed;
    if (results[i].parked) ++c.parked;
    switch (work[i].reason) {
      case work_reason::fresh:
        ++c.fresh;
        break;
      case work_reason::changed:
        ++c.changed;
        break;
      case work_reason::moved:
        ++c.moved;
        report_.moved.push_back(
            {work[i].previous->path, work[i].relative, work[i].key, work[i].old_key});
        break;
      case work_reason::reprocess:
        ++c.reprocessed;
        break;
      case work_reason::retry:
        ++c.retried;
        break;
    }
    report_.batch.outcomes.push_back(std::move(results[i].outcome));
  }
  c.moved += static_cast<std::int64_t>(plan_.relocations.size());
}

// Reads the file and checks it is still the content the scan found (it may
// have changed since; then it waits for the next run).
bool ingest_pass::read_if_same(const std::string& relative, const std::string& sha,
                               std::string& raw) const {
  std::string error;
  return read_whole_file(input_path(relative), raw, error) && sha256_hex(raw) == sha;
}

ingest_pass::processed ingest_pass::process(const work_item& item) {
  std::string raw;
  std::optional<document_record> doc = begin(item, raw);
  if (!doc) return {};
  document_outcome outcome;
  try {
    outcome = runner_.process_loaded(input_of(item), std::move(raw), item.sha256);
    settle_quarantine(item, outcome);
  } catch (...) {
    restore(item);
    throw;
  }
  return end(item, std::move(*doc), std::move(outcome));
}

// The parent marks each document in flight, the worker processes it, and the
// parent records the outcome: the state is only ever written here.
void ingest_pass::process_isolated(std::vector<processed>& results, progress_meter& progress) {
  const std::vector<work_item>& work = plan_.work;
  std::vector<std::optional<document_record>> docs(work.size());
  const isolation::document_hooks hooks{
      [&](std::size_t i) -> std::optional<isolation::task> {
        std::string raw;
        docs[i] = begin(work[i], raw);
        if (!docs[i]) return std::nullopt;
        return isolation::task{input_of(work[i]), true, work[i].sha256, std::move(raw)};
      },
      [&](std::size_t i, isolation::task_result r) {
        try {
          if (!r.environment_error.empty()) throw std::runtime_error(r.environment_error);
          settle_quarantine(work[i], r.outcome);
        } catch (...) {
          restore(work[i]);
          throw;
        }
        results[i] = end(work[i], std::move(*docs[i]), std::move(r.outcome));
      }};
  isolation::run_in_workers(*isolated_, options_.jobs, runner_, work.size(), progress, hooks,
                            [] { return stop_requested(); });
}

// Reads the file (nothing when it changed since the scan; it then waits for
// the next run) and marks the document in flight.
std::optional<document_record> ingest_pass::begin(const work_item& item, std::string& raw) {
  if (!read_if_same(item.relative, item.sha256, raw)) return std::nullopt;
  const bool was_failing = item.previous && (item.previous->status == doc_status::quarantined ||
                                             item.previous->status == doc_status::parked);
  document_record doc;
  if (item.previous) doc = *item.previous;
  if (!item.previous || !item.previous->live()) doc.status = doc_status::fresh;
  if (!was_failing) doc.attempts = 0;
  doc.sha256 = item.sha256;
  doc.path = item.relative;
  doc.key = item.key;
  doc.bytes = raw.size();
  doc.purged = false;
  // In flight first: if the process dies from here on, the next run knows
  // which document (and which pipeline) it was holding.
  // Only a dead process needs to find it (a power loss takes the mark and
  // the unsynced outputs alike), so the mark is not synced.
  doc.in_flight = true;
  doc.pipeline = fingerprint_;
  state_.write([&](state_writer& w) { w.put(doc); }, state_store::durability::process);
  return doc;
}

void ingest_pass::settle_quarantine(const work_item& item, const document_outcome& outcome) {
  fault_.point();
  if (outcome.exported && remove_quarantine(options_.output, item.key)) fault_.point();
}

// Not the document's fault (e.g. the output is not writable): put the state
// back, so the next run does not blame it. end() does the same while the
// result waits for its batch.
void ingest_pass::restore(const work_item& item, state_store::durability d) {
  state_.write(
      [&](state_writer& w) {
        if (item.previous)
          w.put(*item.previous);
        else
          w.erase_document(item.sha256);
      },
      d);
}

ingest_pass::processed ingest_pass::end(const work_item& item, document_record doc,
                                        document_outcome outcome) {
  processed result;
  doc.in_flight = false;
  std::string event;
  if (outcome.exported) {
    doc.status = doc_status::exported;
    doc.attempts = 0;
    doc.next_attempt = 0;
    doc.error_stage.clear();
    doc.error_message.clear();
    event = "exported";
  } else {
    doc.attempts += 1;
    doc.status =
        doc.attempts >= options_.max_attempts ? doc_status::parked : doc_status::quarantined;
    doc.next_attempt = next_attempt_after(options_, doc.attempts);
    doc.error_stage = outcome.stage;
    doc.error_message = outcome.message;
    event = doc.status == doc_status::parked ? "parked" : "quarantined";
  }
  std::string detail = to_string(item.reason) +
                       (outcome.exported ? "" : ": " + outcome.stage + ": " + outcome.message);
  std::string moved_from = item.reason == work_reason::moved ? item.previous->path : "";
  // Out of flight at once, so a kill before the batch commits redoes this
  // document rather than blaming it; the result itself waits for the batch.
  restore(item, state_store::durability::process);
  bool batch_full = false;
  {
    std::lock_guard lock(batch_mutex_);
    if (batch_.empty()) batch_started_ = std::chrono::steady_clock::now();
    batch_.push_back([doc, event, detail = std::move(detail),
                      moved_from = std::move(moved_from)](state_writer& w) {
      w.put(doc);
      if (!moved_from.empty())
        w.event({doc.sha256, doc.path, doc.key, "moved", "from " + moved_from});
      w.event({doc.sha256, doc.path, doc.key, event, detail});
    });
    batch_full = batch_.size() >= options_.batch_documents ||
                 std::chrono::steady_clock::now() - batch_started_ >=
                     std::chrono::duration<double>(options_.batch_seconds);
  }
  if (batch_full) commit_batch();
  result.outcome = std::move(outcome);
  result.parked = doc.status == doc_status::parked;
  result.done = true;
  return result;
}

// Group commit: the outputs of every document in the batch reach the disk
// with one sync, then their results with one transaction, so a result never
// claims a file a power loss could still take.
void ingest_pass::commit_batch() {
  std::lock_guard commit(commit_mutex_);
  std::vector<std::function<void(state_writer&)>> results;
  {
    std::lock_guard lock(batch_mutex_);
    results.swap(batch_);
  }
  if (results.empty()) return;
  sync_file_system(options_.output);
  fault_.point();
  state_.write([&](state_writer& w) {
    for (const auto& record : results) record(w);
  });
}

void ingest_pass::purge() {
  if (!options_.purge_deleted) return;
  for (document_record d : state_.documents()) {
    if (d.status != doc_status::removed || d.purged || d.key.empty()) continue;
    mark_finish_pending();
    remove_outputs(d.key);
    remove_quarantine(options_.output, d.key);
    d.purged = true;
    state_.write([&](state_writer& w) {
      w.put(d);
      w.event({d.sha256, d.path, d.key, "purged", "outputs removed (--purge-deleted)"});
    });
    report_.purged.push_back({d.path, d.key});
  }
  report_.counts.purged = static_cast<std::int64_t>(report_.purged.size());
}

// Exporters rebuild their tables from per-document parts; needed whenever
// outputs changed, including in a run that died before it got here.
void ingest_pass::finish_outputs() {
  if (!finish_marked_ && state_.meta(finish_pending) != "1") return;
  report_.batch.finish_failures = runner_.finish();
  fault_.point();
  if (!report_.batch.finish_failures.empty()) return;
  sync_file_system(options_.output);  // the tables, before the state says they are done
  state_.write([&](state_writer& w) { w.set_meta(finish_pending, "0"); });
}

void ingest_pass::mark_finish_pending() {
  if (finish_marked_) return;
  state_.write([&](state_writer& w) { w.set_meta(finish_pending, "1"); });
  finish_marked_ = true;
}

void ingest_pass::remove_outputs(const std::string& key) {
  if (key.empty()) return;
  const auto failures = runner_.remove_outputs(key);
  if (!failures.empty())
    throw std::runtime_error("cannot remove the outputs of " + key + ": " + failures.front());
  fault_.point();
}

}  // namespace

pass_report run_ingest_pass(const ingest_options& options, state_store& state,
                            pipeline_runner& runner, std::string fingerprint, fault_injector& fault,
                            std::ostream& err, const lock_holder* crashed_run,
                            const isolation::worker_setup* isolated) {
  return ingest_pass(options, state, runner, std::move(fingerprint), fault, err, isolated)
      .run(crashed_run);
}

}  // namespace protokol::ingest
