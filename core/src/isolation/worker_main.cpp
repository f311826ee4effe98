#include "worker_main.hpp"

#include <sys/mman.h>
#include <sys/stat.h>

#include <new>
#include <ostream>

#include "../exit_codes.hpp"
#include "../plugin_registry.hpp"
#include "messages.hpp"
#include "wire.hpp"
#include "worker_process.hpp"

namespace protokol::isolation {
namespace {

std::atomic<std::int32_t>* map_stage_slot() {
  void* page = ::mmap(nullptr, sizeof(std::atomic<std::int32_t>), PROT_READ | PROT_WRITE,
                      MAP_SHARED, stage_slot_fd, 0);
  return page == MAP_FAILED ? nullptr : static_cast<std::atomic<std::int32_t>*>(page);
}

// Builds the stages as the parent did; "" or what went wrong.
std::string build(const worker_setup& setup, plugin_registry& registry,
                  std::unique_ptr<pipeline_runner>& runner) {
  std::string problems;
  for (const diagnostic& d : registry.load(setup.isolation.plugin_search_path))
    problems += d.str() + "\n";
  if (!problems.empty()) return problems;
  auto stages = create_stages(setup.spec, registry, setup.output_dir, setup.sync_each_file);
  if (!stages) {
    for (const diagnostic& d : stages.errors()) problems += d.str() + "\n";
    return problems;
  }
  runner = std::make_unique<pipeline_runner>(std::move(stages.value()), setup.output_dir);
  runner->publish(publishes(setup.spec));
  return {};
}

task_result process(const pipeline_runner& runner, const shard_spec& shard, task t) {
  task_result result;
  const std::vector<std::uint64_t> before = runner.stage_nanos();
  try {
    result.outcome = t.loaded ? runner.process_loaded(t.input, std::move(t.raw), t.sha256)
                              : runner.process(t.input, shard);
  } catch (const std::exception& e) {
    result.environment_error = e.what();
  }
  result.stage_nanos = runner.stage_nanos();
  for (std::size_t i = 0; i < before.size(); ++i) result.stage_nanos[i] -= before[i];
  return result;
}

// When memory runs out, operator new calls a plain function, so the limit can
// reach what it throws only through process-wide state: the worker's own,
// set once before the first document.
std::string& out_of_memory_message() {
  static std::string message;
  return message;
}

// A stage's failed allocation met the worker's limit, not the machine's: the
// quarantine record says so, and which option raises it.
class worker_out_of_memory final : public std::bad_alloc {
 public:
  const char* what() const noexcept override { return out_of_memory_message().c_str(); }
};

[[noreturn]] void throw_out_of_memory() { throw worker_out_of_memory(); }

void name_the_memory_limit(std::uint64_t megabytes) {
  out_of_memory_message() = "std::bad_alloc: out of memory within the " +
                            std::to_string(megabytes) +
                            " MB limit of an isolated worker (--doc-memory)";
  std::set_new_handler(throw_out_of_memory);
}

}  // namespace

int serve_worker(std::ostream& err) {
  struct stat channel {};
  std::atomic<std::int32_t>* slot = nullptr;
  if (::fstat(channel_fd, &channel) != 0 || !S_ISSOCK(channel.st_mode) ||
      (slot = map_stage_slot()) == nullptr) {
    err << "protokol: 'worker' runs one document at a time for 'run --isolate' and 'ingest "
           "--isolate'; it is not started by hand\n";
    return bad_usage;
  }
  std::string body;
  if (!receive_message(channel_fd, body)) return environment;
  const worker_setup setup = decode_setup(body);
  plugin_registry registry;
  std::unique_ptr<pipeline_runner> runner;
  const std::string problem = build(setup, registry, runner);
  if (!send_message(channel_fd, encode_ready(problem)) || !problem.empty()) return environment;
  runner->publish_current_stage(slot);
  name_the_memory_limit(setup.isolation.megabytes);
  while (receive_message(channel_fd, body)) {
    const task_result result = process(*runner, setup.shard, decode_task(body));
    if (!send_message(channel_fd, encode_result(result))) break;
  }
  return success;
}

}  // namespace protokol::isolation
