// messages: the four messages between a run and an isolated worker, each
// encoded with wire.hpp. The parent sends the setup once and then one task
// per document; the worker answers the setup with `ready` and each task with
// a `result`.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "../inputs.hpp"
#include "../pipeline_runner.hpp"
#include "worker_setup.hpp"

namespace protokol::isolation {

/// One document for a worker.
struct task {
  input_file input;
  /// True when the parent read the file already (ingest checks its
  /// fingerprint first): the worker processes `raw` with `sha256`. Else the
  /// worker reads the file itself.
  bool loaded = false;
  std::string sha256;
  std::string raw;
};

/// What a worker sends back for one task.
struct task_result {
  document_outcome outcome;
  /// Nanoseconds each stage spent on this document, in pipeline order.
  std::vector<std::uint64_t> stage_nanos;
  /// Not the document's fault (e.g. the quarantine folder is not writable):
  /// the run stops, as a threaded run does.
  std::string environment_error;
};

std::string encode_setup(const worker_setup& setup);
worker_setup decode_setup(const std::string& body);

std::string encode_task(const task& t);
task decode_task(const std::string& body);

std::string encode_result(const task_result& r);
task_result decode_result(const std::string& body);

/// The worker's answer to the setup: "" when its stages are built, else why not.
std::string encode_ready(const std::string& error);
std::string decode_ready(const std::string& body);

}  // namespace protokol::isolation
