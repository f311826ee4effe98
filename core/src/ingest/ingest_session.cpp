#include "ingest_session.hpp"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <ctime>
#include <exception>
#include <mutex>
#include <nlohmann/json.hpp>
#include <ostream>
#include <protokol/atomic_file.hpp>
#include <thread>
#include <unordered_set>

#include "../json_text.hpp"
#include "../pipeline_runner.hpp"
#include "../quarantine_files.hpp"
#include "../sha256.hpp"
#include "archive_watch.hpp"
#include "ingest_pass.hpp"
#include "pipeline_fingerprint.hpp"
#include "process_signals.hpp"
#include "state_lock.hpp"

namespace protokol::ingest {
namespace fs = std::filesystem;

fs::path default_state_file(const fs::path& output) {
  return output / ".protokol" / "state.sqlite";
}

namespace {

// What every pass of one `protokol ingest` shares.
struct ingest_context {
  const ingest_options& options;
  const plugin_registry& registry;
  const pipeline_spec& spec;
  const std::vector<std::string>& overrides;
  const std::string fingerprint;
  const fs::path state_file;
  state_store& state;
  fault_injector& fault;
  std::ostream& err;
};

// One pass with fresh stages (exporters expect one finish() per instance).
pass_report run_pass(const ingest_context& ctx, const lock_holder* crashed_run,
                     std::size_t temporaries, bool quiet_when_idle) {
  // Not synced file by file: each batch of documents is synced at once
  // before its results are committed (group commit, ingest_pass.cpp).
  auto stages = create_stages(ctx.spec, ctx.registry, ctx.options.output, false);
  if (!stages) {
    for (const diagnostic& d : stages.errors()) ctx.err << d.str() << "\n";
    pass_report failed;
    failed.exit_code = exit_bad_usage;
    return failed;
  }
  pipeline_runner runner(std::move(stages.value()), ctx.options.output);
  runner.publish(publishes(ctx.spec));
  run_record run;
  run.started = utc_timestamp();
  run.pid = ::getpid();
  run.host = host_name();
  run.pipeline = ctx.spec.file;
  run.fingerprint = ctx.fingerprint;
  run.id = ctx.state.begin_run(run);
  std::optional<isolation::worker_setup> isolated;
  if (ctx.options.isolation.enabled)
    isolated =
        isolation::worker_setup{ctx.options.isolation, ctx.spec, ctx.options.output, false, {}};
  pass_report report;
  try {
    report = run_ingest_pass(ctx.options, ctx.state, runner, ctx.fingerprint, ctx.fault, ctx.err,
                             crashed_run, isolated ? &*isolated : nullptr);
  } catch (...) {
    // The history says how the run ended, also when it could not go on.
    run.finished = utc_timestamp();
    run.exit_code = exit_environment;
    ctx.state.end_run(run);
    throw;
  }
  report.temporaries_removed = temporaries;
  report.batch.pipeline = ctx.spec.file;
  report.batch.settings = ctx.overrides;
  report.batch.fingerprint = ctx.fingerprint;
  if (quiet_when_idle && report.idle()) {
    ctx.state.erase_run(run.id);
    return report;
  }
  run.finished = utc_timestamp();
  run.seconds = report.batch.seconds;
  run.counts = report.counts;
  run.exit_code = report.exit_code;
  ctx.state.end_run(run);
  write_file_atomically(ctx.options.output / "run.json",
                        ingest_report_json(report, ctx.options, ctx.state_file));
  ctx.fault.point();
  print_pass_report(ctx.err, report, ctx.options);
  return report;
}

// The folder as the operator names it, made absolute; symlinks are not
// resolved, so /srv/archive stays the same archive when the mount behind it
// changes.
std::string identity(const fs::path& p) {
  fs::path out = fs::absolute(p).lexically_normal();
  if (!out.has_filename() && out.has_parent_path()) out = out.parent_path();
  return out.string();
}

// "K/N", or "all" without --shard (also what a state made before shards
// existed holds: every document of the archive).
std::string shard_identity(const std::optional<shard_spec>& shard) {
  return shard ? to_string(*shard) : "all";
}

// Another shard spec on the same state would see every document of its old
// shard as removed, and those of its new one as new, under the same outputs.
bool check_shard(state_store& state, const ingest_options& options, std::ostream& err) {
  const std::string known = state.meta("shard").empty() ? "all" : state.meta("shard");
  const std::string now = shard_identity(options.shard);
  if (known == now) return true;
  const auto name = [](const std::string& s) {
    return s == "all" ? std::string("the whole archive") : "shard " + s;
  };
  err << "protokol: state " << state.file().string() << " belongs to " << name(known) << ", not "
      << name(now) << "; each shard keeps its own state and output folder (docs/scaling.md)\n";
  return false;
}

// A state belongs to one archive and one output folder: keys and outputs
// mean nothing elsewhere (and an archive that is a different one would look
// entirely removed).
bool check_identity(state_store& state, const ingest_options& options, std::ostream& err) {
  const std::string archive = identity(options.archive), output = identity(options.output);
  const std::string known_archive = state.meta("archive"), known_output = state.meta("output");
  if (known_archive.empty() && known_output.empty()) {
    state.write([&](state_writer& w) {
      w.set_meta("archive", archive);
      w.set_meta("output", output);
      w.set_meta("shard", shard_identity(options.shard));
    });
    return true;
  }
  for (const auto& [what, known, now] : {std::tuple{"archive", known_archive, archive},
                                         std::tuple{"output folder", known_output, output}})
    if (known != now) {
      err << "protokol: state " << state.file().string() << " belongs to " << what << " " << known
          << ", not " << now
          << "; use another --state, or see docs/operations.md if the folder really moved\n";
      return false;
    }
  return check_shard(state, options, err);
}

int watch_loop(const ingest_context& ctx, archive_watch& watch, pass_report last) {
  using clock = std::chrono::steady_clock;
  const auto debounce = std::chrono::milliseconds(
      static_cast<long long>(std::max(0.2, ctx.options.settle_seconds) * 1000));
  const auto rescan =
      std::chrono::milliseconds(static_cast<long long>(ctx.options.rescan_seconds * 1000));
  constexpr auto never = clock::time_point::max();
  auto next_full = clock::now() + rescan;
  auto due = last.pending.empty() ? never : clock::now() + debounce;
  auto first_event = never;
  while (!stop_requested() && !last.stopped) {
    const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::min(next_full, due) - clock::now());
    const auto woke = watch.wait(wait + std::chrono::milliseconds(1));
    if (woke == archive_watch::wake::stop) break;
    const auto now = clock::now();
    if (woke == archive_watch::wake::event) {
      // Debounce: wait until the folder is quiet for the settle time, but
      // not for ever while files keep arriving.
      if (first_event == never) first_event = now;
      due = std::min(now + debounce, first_event + 4 * debounce);
      continue;
    }
    if (now >= due || now >= next_full) {
      if (const std::string warning = watch.sync(); !warning.empty())
        ctx.err << "protokol: warning: " << warning << "\n";
      last = run_pass(ctx, nullptr, 0, true);
      if (last.exit_code == exit_environment || last.exit_code == exit_bad_usage)
        return last.exit_code;
      first_event = never;
      next_full = clock::now() + rescan;
      due = last.pending.empty() ? never : clock::now() + debounce;
    }
  }
  return exit_ok;
}

}  // namespace

int run_ingest(const ingest_options& given, const plugin_registry& registry,
               const pipeline_spec& spec, const std::vector<std::string>& overrides,
               std::ostream& err) {
  ingest_options options = given;
  std::error_code ec;
  if (!fs::is_directory(options.archive, ec)) {
    err << options.archive.string()
        << ": error: archive folder does not exist or is not a folder\n";
    return exit_environment;
  }
  const fs::path state_file =
      options.state_file.empty() ? default_state_file(options.output) : options.state_file;
  try {
    fs::create_directories(state_file.parent_path().empty() ? fs::path(".")
                                                            : state_file.parent_path());
    const std::string fingerprint = pipeline_fingerprint(spec, overrides, registry);
    lock_holder holder, previous;
    std::optional<state_lock> lock = state_lock::acquire(state_file, holder, &previous);
    if (!lock) {
      // flock(1) (e.g. around a backup) takes the lock without writing to
      // the file: then the name in it is of an ingest that has ended.
      const bool gone = holder.pid > 0 && holder.host == host_name() &&
                        ::kill(holder.pid, 0) != 0 && errno == ESRCH;
      err << "protokol: state " << state_file.string() << " is locked by "
          << (gone ? "another process (the last ingest named in the lock file, " + holder.str() +
                         ", has ended; a backup holding it?)"
                   : holder.str())
          << "\n";
      return exit_environment;
    }
    note_fatal_signals(lock->fd());
    install_stop_handlers();
    state_store state(state_file, true);
    // The output folder and the state are never input, wherever they lie
    // (an output inside the archive would feed on itself, run after run).
    options.filter.skip.add(options.output);
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"})
      options.filter.skip.add(state_file.string() + suffix);
    fault_injector fault = fault_injector::from_environment();
    state.on_commit([&] { fault.point(); });
    if (!check_identity(state, options, err)) return exit_bad_usage;
    const std::size_t temporaries = remove_temporaries(options.output);
    const ingest_context ctx{options,    registry, spec,  overrides, fingerprint,
                             state_file, state,    fault, err};
    // Watches go up before the first pass so that nothing arriving during it is missed.
    std::unique_ptr<archive_watch> watch;
    if (options.watch) {
      watch = std::make_unique<archive_watch>(options.archive);
      if (const std::string warning = watch->sync(); !warning.empty())
        err << "protokol: warning: " << warning << "\n";
    }
    pass_report first = run_pass(ctx, &previous, temporaries, false);
    if (!options.watch || first.exit_code == exit_environment || first.exit_code == exit_bad_usage)
      return first.exit_code;
    return watch_loop(ctx, *watch, std::move(first));
  } catch (const std::exception& e) {
    err << "protokol: " << e.what() << "\n";
    return exit_environment;
  }
}

}  // namespace protokol::ingest
