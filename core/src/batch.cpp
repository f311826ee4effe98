#include "batch.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <exception>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "json_text.hpp"

namespace protokol {

std::size_t batch_report::exported() const {
  std::size_t n = 0;
  for (const auto& o : outcomes) n += o.exported ? 1 : 0;
  return n;
}
std::size_t batch_report::quarantined() const { return outcomes.size() - exported(); }
std::size_t batch_report::warnings() const {
  std::size_t n = 0;
  for (const auto& o : outcomes) n += o.warnings;
  return n;
}

progress_meter::progress_meter(std::size_t total, bool enabled)
    : total_(total),
      enabled_(enabled && ::isatty(STDERR_FILENO)),
      started_(std::chrono::steady_clock::now()) {}

void progress_meter::advance(std::uint64_t bytes) {
  ++count_;
  bytes_ += bytes;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (count_ != total_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  const double seconds = std::chrono::duration<double>(now - started_).count();
  const std::size_t width = 30, filled = total_ ? width * count_ / total_ : width;
  std::fprintf(stderr, "\r[%s%s] %zu/%zu docs, %.1f MB/s %s\033[K",
               std::string(filled, '#').c_str(), std::string(width - filled, ' ').c_str(), count_,
               total_, seconds > 0 ? static_cast<double>(bytes_) / 1e6 / seconds : 0.0,
               eta_text(count_, total_, seconds).c_str());
}

std::string eta_text(std::size_t done, std::size_t total, double seconds) {
  if (done == 0 || done > total || seconds <= 0) return "";
  const auto left = static_cast<long long>(
      seconds / static_cast<double>(done) * static_cast<double>(total - done) + 0.5);
  char buf[48];
  if (left >= 3600)
    std::snprintf(buf, sizeof buf, "ETA %lld:%02lld:%02lld", left / 3600, left / 60 % 60,
                  left % 60);
  else
    std::snprintf(buf, sizeof buf, "ETA %lld:%02lld", left / 60, left % 60);
  return buf;
}

void progress_meter::done() {
  if (enabled_) std::fprintf(stderr, "\r\033[K");
}

void for_each_parallel(std::size_t count, unsigned jobs, progress_meter& progress,
                       const std::function<std::uint64_t(std::size_t)>& work,
                       const std::function<bool()>& stop) {
  std::atomic<std::size_t> next{0};
  std::mutex progress_mutex;
  std::exception_ptr failure;  // an environment failure (e.g. quarantine not writable) stops all
  std::mutex failure_mutex;
  auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      if (stop && stop()) return;
      std::uint64_t bytes = 0;
      try {
        bytes = work(i);
      } catch (...) {
        std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        next = count;
        return;
      }
      std::lock_guard lock(progress_mutex);
      progress.advance(bytes);
    }
  };
  jobs = std::max(1u,
                  std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(1, count))));
  std::vector<std::thread> pool;
  for (unsigned j = 1; j < jobs; ++j) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  progress.done();
  if (failure) std::rethrow_exception(failure);
}

batch_report run_batch(pipeline_runner& runner, const std::vector<input_file>& inputs,
                       unsigned jobs, progress_meter& progress, const std::function<bool()>& stop,
                       const shard_spec& shard) {
  return run_batch(
      runner, inputs.size(),
      [&](const outcome_recorder& record) {
        for_each_parallel(
            inputs.size(), jobs, progress,
            [&](std::size_t i) {
              document_outcome outcome = runner.process(inputs[i], shard);
              const std::uint64_t bytes = outcome.bytes;
              record(i, std::move(outcome));
              return bytes;
            },
            stop);
      },
      stop);
}

batch_report run_batch(pipeline_runner& runner, std::size_t inputs, const document_loop& loop,
                       const std::function<bool()>& stop) {
  batch_report report;
  report.started = utc_timestamp();
  const auto started = std::chrono::steady_clock::now();
  report.outcomes.resize(inputs);
  std::vector<char> done(inputs, 0);  // char: each thread writes its own element
  loop([&](std::size_t i, document_outcome outcome) {
    outcome.position = i;
    report.outcomes[i] = std::move(outcome);
    done[i] = 1;
  });
  report.interrupted = stop && stop();
  // An input not looked at is not started, whichever shard it would have had.
  std::vector<document_outcome> taken;
  for (std::size_t i = 0; i < inputs; ++i) {
    if (!done[i])
      ++report.not_started;
    else if (report.outcomes[i].other_shard)
      ++report.other_shards;
    else
      taken.push_back(std::move(report.outcomes[i]));
  }
  report.outcomes = std::move(taken);

  report.finish_failures = runner.finish();
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  for (const auto& o : report.outcomes) report.bytes += o.bytes;
  report.stage_seconds = runner.stage_seconds();
  return report;
}

std::string report_json(const batch_report& r) { return dump_json(report_object(r)) + "\n"; }

nlohmann::ordered_json report_object(const batch_report& r) {
  nlohmann::ordered_json quarantined = nlohmann::ordered_json::array();
  nlohmann::ordered_json documents = nlohmann::ordered_json::array();
  for (const auto& o : r.outcomes) {
    documents.push_back({{"input", o.input},
                         {"key", o.key},
                         {"sha256", o.sha256},
                         {"bytes", o.bytes},
                         {"status", o.exported ? "exported" : "quarantined"},
                         {"warnings", o.warnings}});
    if (r.shard) documents.back()["position"] = o.position;
    if (!o.exported)
      quarantined.push_back({{"input", o.input},
                             {"key", o.key},
                             {"stage", o.stage},
                             {"plugin", o.plugin},
                             {"plugin_version", o.plugin_version},
                             {"message", o.message}});
  }
  nlohmann::ordered_json stages = nlohmann::ordered_json::array();
  for (const auto& [id, seconds] : r.stage_seconds)
    stages.push_back({{"stage", id}, {"seconds", seconds}});
  const double mb = static_cast<double>(r.bytes) / 1e6;
  nlohmann::ordered_json out = {{"protokol_version", PROTOKOL_VERSION},
                                {"pipeline", r.pipeline},
                                {"settings", r.settings},
                                {"pipeline_fingerprint", r.fingerprint},
                                {"started", r.started},
                                {"seconds", r.seconds},
                                // exported + quarantined + not_started: every input given, less
                                // those left to other shards.
                                {"inputs", r.outcomes.size() + r.not_started},
                                {"exported", r.exported()},
                                {"quarantined", r.quarantined()},
                                {"warnings", r.warnings()},
                                {"interrupted", r.interrupted},
                                {"not_started", r.not_started},
                                {"bytes", r.bytes},
                                {"mb_per_second", r.seconds > 0 ? mb / r.seconds : 0.0},
                                {"stages", stages},
                                {"finish_failures", r.finish_failures},
                                {"quarantine", quarantined},
                                {"documents", documents}};
  if (r.shard) {
    // Beside the counts they qualify; `protokol merge` drops them again.
    nlohmann::ordered_json sharded;
    for (auto& [name, value] : out.items()) {
      sharded[name] = std::move(value);
      if (name == "not_started") {
        sharded["shard"] = to_string(*r.shard);
        sharded["other_shards"] = r.other_shards;
      }
    }
    return sharded;
  }
  return out;
}

std::string summary_line(const batch_report& r) {
  const double mb = static_cast<double>(r.bytes) / 1e6;
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "protokol: %zu inputs, %zu exported, %zu quarantined, %zu warnings, %.2f MB in "
                "%.2f s (%.1f MB/s)",
                r.outcomes.size() + r.not_started, r.exported(), r.quarantined(), r.warnings(), mb,
                r.seconds, r.seconds > 0 ? mb / r.seconds : 0.0);
  std::string line = buf;
  if (r.shard)
    line += "; shard " + to_string(*r.shard) + ", " + std::to_string(r.other_shards) +
            " inputs left to other shards";
  if (r.interrupted)
    line += "; interrupted: " + std::to_string(r.not_started) + " inputs not started";
  return line;
}

}  // namespace protokol
