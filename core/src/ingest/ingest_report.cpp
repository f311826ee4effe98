// ingest_report: what a pass tells the operator: run.json, the summary line
// and the lines after it. Split from ingest_session, which does the work.
#include <nlohmann/json.hpp>
#include <ostream>

#include "../json_text.hpp"
#include "../printable.hpp"
#include "ingest_session.hpp"

namespace protokol::ingest {
namespace fs = std::filesystem;

bool pass_report::idle() const {
  const run_counts& c = counts;
  return c.processed == 0 && c.recovered == 0 && c.moved == 0 && c.removed == 0 && c.purged == 0 &&
         c.unreadable == 0 && batch.finish_failures.empty() && temporaries_removed == 0;
}

std::string ingest_report_json(const pass_report& r, const ingest_options& options,
                               const fs::path& state_file) {
  nlohmann::ordered_json out = report_object(r.batch);
  const run_counts& c = r.counts;
  out["archive"] = options.archive.string();
  out["state"] = state_file.string();
  out["files"] = c.files;
  out["processed"] = c.processed;
  out["new"] = c.fresh;
  out["changed"] = c.changed;
  out["moved"] = c.moved;
  out["reprocessed"] = c.reprocessed;
  out["retried"] = c.retried;
  out["recovered"] = c.recovered;
  out["parked"] = c.parked;
  out["skipped"] = c.skipped;
  out["skipped_fast"] = c.skipped_fast;
  out["hashed"] = c.hashed;
  out["removed"] = c.removed;
  out["purged"] = c.purged;
  out["pending"] = c.pending;
  out["duplicates"] = c.duplicates;
  out["unreadable"] = c.unreadable;
  if (options.shard) {
    out["shard"] = to_string(*options.shard);
    out["other_shards"] = r.other_shards;
  }
  out["temporaries_removed"] = r.temporaries_removed;
  out["stopped"] = r.stopped;
  out["exit_code"] = r.exit_code;
  auto& moved = out["moved_documents"] = nlohmann::ordered_json::array();
  for (const auto& m : r.moved)
    moved.push_back({{"from", m.from}, {"to", m.to}, {"key", m.key}, {"old_key", m.old_key}});
  auto& removed = out["removed_documents"] = nlohmann::ordered_json::array();
  for (const auto& p : r.removed) removed.push_back({{"path", p.path}, {"key", p.key}});
  auto& purged = out["purged_documents"] = nlohmann::ordered_json::array();
  for (const auto& p : r.purged) purged.push_back({{"path", p.path}, {"key", p.key}});
  out["pending_files"] = r.pending;
  auto& unreadable = out["unreadable_files"] = nlohmann::ordered_json::array();
  for (const auto& f : r.unreadable)
    unreadable.push_back({{"path", f.relative}, {"message", f.error}});
  auto& duplicates = out["duplicate_files"] = nlohmann::ordered_json::array();
  for (const auto& d : r.duplicates)
    duplicates.push_back({{"path", d.relative}, {"of", d.of_path}});
  return dump_json(out) + "\n";
}

std::string ingest_summary_line(const pass_report& r) {
  const run_counts& c = r.counts;
  return summary_line(r.batch) + "; " + std::to_string(c.files) + " files, " +
         std::to_string(c.skipped) + " unchanged, " + std::to_string(c.moved) + " moved, " +
         std::to_string(c.removed) + " removed, " + std::to_string(c.pending) + " pending" +
         (c.duplicates ? ", " + std::to_string(c.duplicates) + " duplicates" : "") +
         (c.purged ? ", " + std::to_string(c.purged) + " purged" : "") +
         (c.recovered ? ", " + std::to_string(c.recovered) + " recovered after a crash" : "") +
         (c.parked ? ", " + std::to_string(c.parked) + " parked" : "") +
         (r.other_shards ? ", " + std::to_string(r.other_shards) + " of other shards" : "") +
         (r.stopped ? " (stopped early)" : "");
}

void print_pass_report(std::ostream& err, const pass_report& r, const ingest_options& options) {
  if (r.temporaries_removed)
    err << "protokol: removed " << r.temporaries_removed
        << " temporary files an interrupted run left in " << options.output.string() << "\n";
  err << ingest_summary_line(r) << "; output in " << options.output.string() << "\n";
  for (const auto& o : r.batch.outcomes)
    if (!o.exported)
      err << printable(o.input) << ": quarantined in stage " << o.stage << ": "
          << printable(o.message) << "\n";
  for (const auto& f : r.unreadable)
    err << printable((options.archive / f.relative).string()) << ": not ingested: " << f.error
        << "\n";
  for (const auto& f : r.batch.finish_failures) err << "protokol: stage " << f << "\n";
  // Else a fresh copy looks ignored: exit 0, nothing exported, no reason.
  if (!r.pending.empty())
    err << "protokol: " << r.pending.size() << " files pending: changed less than --settle "
        << options.settle_seconds
        << " seconds ago, or while being read (first: " << printable(r.pending.front())
        << "); a later run ingests them\n";
}

}  // namespace protokol::ingest
