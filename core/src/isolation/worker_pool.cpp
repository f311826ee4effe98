#include "worker_pool.hpp"

#include <poll.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <deque>
#include <exception>
#include <memory>
#include <stdexcept>

#include "../quarantine_files.hpp"
#include "worker_process.hpp"

namespace protokol::isolation {
namespace {

using steady = std::chrono::steady_clock;

// A document the parent has started (its `start` hook ran): it ends with
// exactly one `done`, whatever happens to the worker it was sent to.
struct started_task {
  std::size_t index = 0;
  task work;
};

// A place in the pool: its worker (none after one died, until it is
// replaced) and the documents sent to it, in order; the worker is on the first.
struct slot {
  std::unique_ptr<worker_process> worker;
  std::deque<started_task> sent;
  steady::time_point first_started;  ///< when the worker began the first of `sent`
};

// Two documents per worker: the next one waits in its socket while it works
// on the first, so a worker never waits for the parent to be scheduled.
constexpr std::size_t documents_per_worker = 2;

std::string seconds_text(double seconds) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", seconds);
  return buf;
}

class pool {
 public:
  pool(const worker_setup& setup, unsigned workers, const pipeline_runner& runner,
       std::size_t count, progress_meter& progress, const document_hooks& hooks,
       const std::function<bool()>& stop)
      : setup_(setup),
        setup_message_(encode_setup(setup)),
        runner_(runner),
        count_(count),
        progress_(progress),
        hooks_(hooks),
        stop_(stop),
        slots_(std::max<std::size_t>(1, std::min<std::size_t>(workers, count))) {}

  void run();

 private:
  std::chrono::milliseconds document_limit() const {
    return std::chrono::milliseconds(
        static_cast<long long>(std::ceil(setup_.isolation.seconds * 1000)));
  }
  // Loading plugins and destroying stages are not the document's time: a
  // worker gets at least a minute for either, however short --doc-timeout is.
  std::chrono::milliseconds housekeeping_limit() const {
    return std::max<std::chrono::milliseconds>(document_limit(), std::chrono::minutes(1));
  }
  bool busy() const {
    return std::any_of(slots_.begin(), slots_.end(), [](const slot& s) { return !s.sent.empty(); });
  }
  // Documents a dead worker never began go first; a new one only while the
  // run is not stopping.
  bool may_dispatch() const {
    return !failure_ && (!resend_.empty() || (next_ < count_ && !(stop_ && stop_())));
  }
  slot* least_loaded();
  void start_worker(slot& s);
  void dispatch(slot& s);
  void collect();
  void receive(slot& s);
  void worker_ended(slot& s, const std::string& what);
  void lose(started_task& lost, std::int32_t stage, const std::string& what);
  void finish(std::size_t index, task_result result);
  void abandon_unsent();
  void shut_down();

  const worker_setup& setup_;
  const std::string setup_message_;
  const pipeline_runner& runner_;
  const std::size_t count_;
  progress_meter& progress_;
  const document_hooks& hooks_;
  const std::function<bool()>& stop_;
  std::vector<slot> slots_;
  std::deque<started_task> resend_;  ///< started, sent to a worker that died first
  std::size_t next_ = 0;
  std::exception_ptr failure_;
  bool lost_any_ = false;
};

void pool::run() {
  if (count_ == 0) return;
  // All start at once, so their plugins load side by side.
  for (slot& s : slots_)
    s.worker = std::make_unique<worker_process>(setup_.isolation, setup_message_);
  for (slot& s : slots_) s.worker->wait_ready(housekeeping_limit());
  for (;;) {
    for (slot* s = least_loaded(); s != nullptr && may_dispatch(); s = least_loaded()) dispatch(*s);
    if (!busy()) break;
    collect();
  }
  abandon_unsent();
  shut_down();
  progress_.done();
  // A killed worker may have left a temporary file behind (its pid is in the name).
  if (lost_any_) remove_temporaries(setup_.output_dir);
  if (failure_) std::rethrow_exception(failure_);
}

slot* pool::least_loaded() {
  slot* best = nullptr;
  for (slot& s : slots_)
    if (s.sent.size() < documents_per_worker && (!best || s.sent.size() < best->sent.size()))
      best = &s;
  return best;
}

void pool::start_worker(slot& s) {
  s.worker = std::make_unique<worker_process>(setup_.isolation, setup_message_);
  s.worker->wait_ready(housekeeping_limit());
}

void pool::dispatch(slot& s) {
  started_task next;
  try {
    // A replacement first: if none can start, no new document has been started.
    if (!s.worker) start_worker(s);
    if (!resend_.empty()) {
      next = std::move(resend_.front());
      resend_.pop_front();
    } else {
      std::optional<task> t = hooks_.start(next_);
      next.index = next_++;
      if (!t) return;
      next.work = std::move(*t);
    }
  } catch (...) {
    failure_ = std::current_exception();
    return;
  }
  if (!s.worker->send(encode_task(next.work))) {
    // Died before it could take it: it is not this document's fault.
    resend_.push_front(std::move(next));
    worker_ended(s, describe_end(s.worker->reap()));
    return;
  }
  if (s.sent.empty()) s.first_started = steady::now();
  s.sent.push_back(std::move(next));
}

void pool::collect() {
  std::vector<pollfd> fds;
  std::vector<slot*> polled;
  auto first_deadline = steady::time_point::max();
  for (slot& s : slots_)
    if (!s.sent.empty()) {
      fds.push_back({s.worker->channel(), POLLIN, 0});
      polled.push_back(&s);
      first_deadline = std::min(first_deadline, s.first_started + document_limit());
    }
  const auto wait = std::chrono::ceil<std::chrono::milliseconds>(first_deadline - steady::now());
  const int ready =
      ::poll(fds.data(), fds.size(), static_cast<int>(std::max<long long>(0, wait.count())));
  if (ready < 0) return;  // a signal (SIGINT): the caller looks at stop() again
  for (std::size_t i = 0; i < fds.size(); ++i)
    if (fds[i].revents != 0) receive(*polled[i]);
  const auto now = steady::now();
  for (slot* s : polled)
    if (!s->sent.empty() && now >= s->first_started + document_limit()) {
      s->worker->kill();
      worker_ended(*s, "exceeded the " + seconds_text(setup_.isolation.seconds) +
                           " s time limit (--doc-timeout)");
    }
}

void pool::receive(slot& s) {
  std::string body;
  if (!s.worker->receive(body)) {
    worker_ended(s, describe_end(s.worker->reap()));
    return;
  }
  task_result result;
  try {
    result = decode_result(body);
  } catch (const std::exception& e) {
    result.environment_error = e.what();
  }
  const std::size_t index = s.sent.front().index;
  s.sent.pop_front();
  // The worker went on to the next at once; the parent learns of it now.
  s.first_started = steady::now();
  finish(index, std::move(result));
}

// The worker is gone (reaped): the document it was on is lost, the ones
// waiting behind it go to another worker.
void pool::worker_ended(slot& s, const std::string& what) {
  // The slot still says where it was: the page outlives the process.
  const std::int32_t stage = s.worker->current_stage();
  s.worker.reset();
  if (s.sent.empty()) return;
  started_task lost = std::move(s.sent.front());
  s.sent.pop_front();
  for (auto it = s.sent.rbegin(); it != s.sent.rend(); ++it) resend_.push_front(std::move(*it));
  s.sent.clear();
  lose(lost, stage, what);
}

void pool::lose(started_task& lost, std::int32_t stage, const std::string& what) {
  lost_any_ = true;
  const task& t = lost.work;
  document_outcome o;
  o.input = t.input.path.string();
  o.key = t.input.key;
  o.sha256 = t.sha256;
  o.bytes = t.raw.size();
  const auto& stages = runner_.stages();
  if (stage >= 0 && static_cast<std::size_t>(stage) < stages.size()) {
    const stage_instance& in = *stages[static_cast<std::size_t>(stage)];
    o.stage = in.id();
    o.plugin = in.entry().plugin->descriptor->name;
    o.plugin_version = in.entry().plugin->descriptor->version;
    o.message =
        "stage '" + o.stage + "' (plugin " + o.plugin + " " + o.plugin_version + ") " + what;
  } else {
    o.stage = "worker";
    o.plugin = "protokol";
    o.plugin_version = PROTOKOL_VERSION;
    o.message = "the worker process (outside any stage) " + what;
  }
  task_result result;
  try {
    result.outcome = runner_.quarantine_lost(t.input, t.loaded ? &t.raw : nullptr, o);
  } catch (const std::exception& e) {
    result.outcome = std::move(o);
    result.environment_error = e.what();
  }
  finish(lost.index, std::move(result));
}

void pool::finish(std::size_t index, task_result result) {
  runner_.add_stage_nanos(result.stage_nanos);
  progress_.advance(result.outcome.bytes);
  try {
    hooks_.done(index, std::move(result));
  } catch (...) {
    if (!failure_) failure_ = std::current_exception();
  }
}

// After a failure, started documents no worker took end as not the
// document's fault, so their state can be put back.
void pool::abandon_unsent() {
  for (started_task& t : resend_) {
    task_result result;
    result.outcome.input = t.work.input.path.string();
    result.outcome.key = t.work.input.key;
    result.environment_error = "no isolated worker could take the document";
    finish(t.index, std::move(result));
  }
  resend_.clear();
}

// Closing the channels lets every worker destroy its stages (a database
// connection closes cleanly) and exit, side by side.
void pool::shut_down() {
  for (slot& s : slots_)
    if (s.worker) s.worker->close_channel();
  const auto deadline = steady::now() + housekeeping_limit();
  for (slot& s : slots_)
    if (s.worker) s.worker->wait_exit(deadline);
}

}  // namespace

void run_in_workers(const worker_setup& setup, unsigned workers, const pipeline_runner& runner,
                    std::size_t count, progress_meter& progress, const document_hooks& hooks,
                    const std::function<bool()>& stop) {
  pool(setup, workers, runner, count, progress, hooks, stop).run();
}

batch_report run_isolated_batch(const worker_setup& setup, pipeline_runner& runner,
                                const std::vector<input_file>& inputs, unsigned jobs,
                                progress_meter& progress, const std::function<bool()>& stop) {
  return run_batch(
      runner, inputs.size(),
      [&](const outcome_recorder& record) {
        const document_hooks hooks{[&](std::size_t i) {
                                     return std::optional<task>(task{inputs[i], false, {}, {}});
                                   },
                                   [&](std::size_t i, task_result r) {
                                     if (!r.environment_error.empty())
                                       throw std::runtime_error(r.environment_error);
                                     record(i, std::move(r.outcome));
                                   }};
        run_in_workers(setup, jobs, runner, inputs.size(), progress, hooks, stop);
      },
      stop);
}

}  // namespace protokol::isolation
