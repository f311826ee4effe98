// protokol status --state FILE: what ingestion has done, for operators and
// monitoring: document counts, failures, the lock holder and the run history.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "../ingest/ingest_session.hpp"
#include "../ingest/state_lock.hpp"
#include "../ingest/state_store.hpp"
#include "../json_text.hpp"
#include "../pipeline_runner.hpp"
#include "../printable.hpp"
#include "cli.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace protokol::cli {
namespace {

using ingest::run_counts;
using ingest::run_record;

std::string when(std::int64_t unix_seconds) {
  return utc_timestamp(
      std::chrono::system_clock::from_time_t(static_cast<std::time_t>(unix_seconds)));
}

nlohmann::ordered_json run_json(const run_record& r) {
  const run_counts& c = r.counts;
  return {{"id", r.id},
          {"started", r.started},
          {"finished",
           r.finished.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(r.finished)},
          {"seconds", r.seconds},
          {"pid", r.pid},
          {"host", r.host},
          {"exit_code",
           r.exit_code < 0 ? nlohmann::ordered_json() : nlohmann::ordered_json(r.exit_code)},
          {"files", c.files},
          {"processed", c.processed},
          {"exported", c.exported},
          {"quarantined", c.quarantined},
          {"parked", c.parked},
          {"skipped", c.skipped},
          {"skipped_fast", c.skipped_fast},
          {"hashed", c.hashed},
          {"new", c.fresh},
          {"changed", c.changed},
          {"moved", c.moved},
          {"reprocessed", c.reprocessed},
          {"retried", c.retried},
          {"removed", c.removed},
          {"purged", c.purged},
          {"pending", c.pending},
          {"duplicates", c.duplicates},
          {"unreadable", c.unreadable},
          {"recovered", c.recovered}};
}

std::string run_outcome(const run_record& r, bool running) {
  if (!r.finished.empty()) return "exit " + std::to_string(r.exit_code);
  return running ? "running" : "did not finish";
}

void print_text(std::ostream& out, ingest::state_store& state, const ingest::state_totals& totals,
                const std::vector<ingest::document_record>& failed,
                const std::optional<run_record>& last, const std::vector<run_record>& runs,
                const std::optional<ingest::lock_holder>& holder) {
  const auto count = [&](const char* s) { return totals.by_status.at(s); };
  std::int64_t documents = 0;
  for (const auto& [status, n] : totals.by_status) documents += n;
  out << "state      " << state.file().string() << " (schema " << state.schema_version() << ")\n"
      << "archive    " << state.meta("archive") << "\n"
      << "output     " << state.meta("output") << "\n"
      << "lock       " << (holder ? "held by " + holder->str() : std::string("free")) << "\n"
      << "documents  " << documents << ": " << count("exported") << " exported, "
      << count("quarantined") << " quarantined, " << count("parked") << " parked, "
      << count("removed") << " removed, " << count("replaced") << " replaced\n"
      << "pending    " << totals.pending << " files not yet settled\n"
      << "in flight  " << totals.in_flight << "\n";
  if (!last) {
    out << "last run   none\n";
  } else {
    const run_record& r = *last;
    const run_counts& c = r.counts;
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.2f", r.seconds);
    out << "last run   " << r.started << ": " << run_outcome(r, holder && holder->pid == r.pid)
        << ", " << seconds << " s, " << c.processed << " processed, " << c.exported << " exported, "
        << c.quarantined << " quarantined, " << c.skipped << " skipped, " << c.moved << " moved, "
        << c.removed << " removed\n";
  }
  if (!failed.empty()) {
    out << "\nfailed documents:\n";
    for (const auto& d : failed) {
      out << "  " << to_string(d.status) << "  " << printable(d.path) << "  " << d.attempts
          << " attempt" << (d.attempts == 1 ? "" : "s");
      if (d.status == ingest::doc_status::quarantined)
        out << ", next retry " << when(d.next_attempt);
      out << ": " << d.error_stage << ": " << d.error_message << "\n";
    }
  }
  if (runs.empty()) return;
  out << "\nruns (newest first):\n";
  char line[256];
  std::snprintf(line, sizeof line, "  %-20s  %8s  %9s  %8s  %11s  %7s  %5s  %7s  %7s  %s\n",
                "started", "seconds", "processed", "exported", "quarantined", "skipped", "moved",
                "removed", "pending", "outcome");
  out << line;
  for (const run_record& r : runs) {
    const run_counts& c = r.counts;
    std::snprintf(line, sizeof line,
                  "  %-20s  %8.2f  %9lld  %8lld  %11lld  %7lld  %5lld  %7lld  %7lld  %s\n",
                  r.started.c_str(), r.seconds, static_cast<long long>(c.processed),
                  static_cast<long long>(c.exported), static_cast<long long>(c.quarantined),
                  static_cast<long long>(c.skipped), static_cast<long long>(c.moved),
                  static_cast<long long>(c.removed), static_cast<long long>(c.pending),
                  run_outcome(r, holder && holder->pid == r.pid && &r == &runs.front()).c_str());
    out << line;
  }
}

}  // namespace

int status_command(const std::vector<std::string>& args) {
  common_options common;  // status loads no plugin; --plugin-path is accepted as everywhere
  std::string state_file, output;
  bool json = false;
  int history = 20;
  const char* const usage = "usage: protokol status (--state FILE | [-o] OUTDIR) [options]";
  po::options_description desc(usage);
  add_common_options(desc, common);
  desc.add_options()("state", po::value(&state_file), "state file of an ingest")(
      "output,o", po::value(&output),
      "output folder of an ingest (its state is OUTDIR/.protokol/state.sqlite)")(
      "json", po::bool_switch(&json), "print JSON")(
      "runs", po::value(&history)->default_value(history), "runs of the history to show");
  // "protokol status out": the folder alone, as a new user first writes it.
  po::positional_options_description positional;
  positional.add("output", 1);
  po::variables_map vm;
  if (!parse(args, desc, positional, vm, std::cerr)) return bad_usage;
  if (help_requested(vm)) {
    print_help(own_stdout(), usage, desc);  // -o stays an option of the help
    return success;
  }
  // "protokol status out/.protokol/state.sqlite": the state file itself.
  if (std::error_code ec; !output.empty() && fs::is_regular_file(output, ec)) {
    if (!state_file.empty()) {
      std::cerr << "protokol: status takes one of --state FILE and -o OUTDIR, not both\n";
      return bad_usage;
    }
    state_file = std::move(output);
    output.clear();
  }
  if (state_file.empty() && output.empty()) {
    std::cerr << "protokol: status needs --state FILE or -o OUTDIR (see --help)\n";
    return bad_usage;
  }
  if (!state_file.empty() && !output.empty()) {
    std::cerr << "protokol: status takes one of --state FILE and -o OUTDIR, not both\n";
    return bad_usage;
  }
  if (history < 0) {
    std::cerr << "protokol: --runs must be 0 or more\n";
    return bad_usage;
  }
  const fs::path file =
      state_file.empty() ? ingest::default_state_file(output) : fs::path(state_file);
  std::error_code ec;
  if (!fs::exists(file, ec)) {
    std::cerr << file.string() << ": error: no such state file (has an ingest run?)\n";
    return environment;
  }
  try {
    ingest::state_store state(file, false);
    const ingest::state_totals totals = state.totals();
    std::vector<ingest::document_record> failed;
    for (auto& d : state.documents())
      if (d.status == ingest::doc_status::quarantined || d.status == ingest::doc_status::parked)
        failed.push_back(std::move(d));
    // The last run is shown whatever --runs says; the history up to --runs.
    std::vector<run_record> runs = state.runs(std::max<std::size_t>(history, 1));
    std::optional<run_record> last;
    if (!runs.empty()) last = runs.front();
    runs.resize(std::min(runs.size(), static_cast<std::size_t>(history)));
    const auto holder = ingest::current_lock_holder(file);
    if (!json) {
      print_text(own_stdout(), state, totals, failed, last, runs, holder);
      return success;
    }
    nlohmann::ordered_json out;
    out["state"] = file.string();
    out["schema"] = state.schema_version();
    out["archive"] = state.meta("archive");
    out["output"] = state.meta("output");
    out["lock"] = holder ? nlohmann::ordered_json{{"pid", holder->pid},
                                                  {"host", holder->host},
                                                  {"since", holder->since}}
                         : nlohmann::ordered_json();
    nlohmann::ordered_json counts;
    std::int64_t documents = 0;
    for (const auto& [status, n] : totals.by_status) documents += n;
    counts["documents"] = documents;
    for (const char* s : {"exported", "quarantined", "parked", "removed", "replaced"})
      counts[s] = totals.by_status.at(s);
    counts["pending"] = totals.pending;
    counts["in_flight"] = totals.in_flight;
    out["counts"] = counts;
    out["last_run"] = last ? run_json(*last) : nlohmann::ordered_json();
    auto& list = out["failed"] = nlohmann::ordered_json::array();
    for (const auto& d : failed)
      list.push_back({{"path", d.path},
                      {"key", d.key},
                      {"sha256", d.sha256},
                      {"status", to_string(d.status)},
                      {"attempts", d.attempts},
                      {"next_attempt", d.status == ingest::doc_status::quarantined
                                           ? nlohmann::ordered_json(when(d.next_attempt))
                                           : nlohmann::ordered_json()},
                      {"stage", d.error_stage},
                      {"message", d.error_message}});
    auto& history_json = out["runs"] = nlohmann::ordered_json::array();
    for (const auto& r : runs) history_json.push_back(run_json(r));
    own_stdout() << dump_json(out) << "\n";
    return success;
  } catch (const std::exception& e) {
    std::cerr << "protokol: " << e.what() << "\n";
    return environment;
  }
}

}  // namespace protokol::cli
