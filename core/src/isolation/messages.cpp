#include "messages.hpp"

#include <stdexcept>

#include "wire.hpp"

namespace protokol::isolation {
namespace {

void write_spec(wire_writer& w, const pipeline_spec& spec) {
  w.text(spec.file).text(spec.name).text(spec.description).number(spec.stages.size());
  for (const stage_spec& s : spec.stages) {
    w.text(s.id).text(s.use).number(s.line).number(s.column).number(s.params.size());
    for (const auto& [name, value] : s.params)
      w.text(name).text(value.value).number(value.line).number(value.column);
  }
}

pipeline_spec read_spec(wire_reader& r) {
  pipeline_spec spec;
  spec.file = r.text();
  spec.name = r.text();
  spec.description = r.text();
  for (std::uint64_t n = r.number(); n > 0; --n) {
    stage_spec s;
    s.id = r.text();
    s.use = r.text();
    s.line = r.number();
    s.column = r.number();
    for (std::uint64_t p = r.number(); p > 0; --p) {
      std::string name = r.text();
      located_value value;
      value.value = r.text();
      value.line = r.number();
      value.column = r.number();
      s.params.emplace(std::move(name), std::move(value));
    }
    spec.stages.push_back(std::move(s));
  }
  return spec;
}

void write_outcome(wire_writer& w, const document_outcome& o) {
  w.text(o.input).text(o.key).text(o.sha256).number(o.bytes).flag(o.exported).flag(o.other_shard);
  w.number(o.warnings);
  w.text(o.stage).text(o.plugin).text(o.plugin_version).text(o.message);
}

document_outcome read_outcome(wire_reader& r) {
  document_outcome o;
  o.input = r.text();
  o.key = r.text();
  o.sha256 = r.text();
  o.bytes = r.number();
  o.exported = r.flag();
  o.other_shard = r.flag();
  o.warnings = r.number();
  o.stage = r.text();
  o.plugin = r.text();
  o.plugin_version = r.text();
  o.message = r.text();
  return o;
}

// Every field read and nothing left over: else the two sides disagree.
template <class T>
T finished(wire_reader& r, T value) {
  if (!r.done())
    throw std::runtime_error(
        "isolated worker message is too long: the run and the worker disagree");
  return value;
}

}  // namespace

std::string encode_setup(const worker_setup& setup) {
  wire_writer w;
  w.number(setup.isolation.megabytes).number(setup.isolation.plugin_search_path.size());
  for (const auto& p : setup.isolation.plugin_search_path) w.text(p.string());
  write_spec(w, setup.spec);
  w.text(setup.output_dir.string()).flag(setup.sync_each_file);
  w.number(setup.shard.index).number(setup.shard.count);
  return w.bytes();
}

worker_setup decode_setup(const std::string& body) {
  wire_reader r(body);
  worker_setup setup;
  setup.isolation.enabled = true;
  setup.isolation.megabytes = r.number();
  for (std::uint64_t n = r.number(); n > 0; --n)
    setup.isolation.plugin_search_path.emplace_back(r.text());
  setup.spec = read_spec(r);
  setup.output_dir = r.text();
  setup.sync_each_file = r.flag();
  setup.shard.index = static_cast<std::uint32_t>(r.number());
  setup.shard.count = static_cast<std::uint32_t>(r.number());
  return finished(r, std::move(setup));
}

std::string encode_task(const task& t) {
  wire_writer w;
  w.text(t.input.path.string()).text(t.input.relative).text(t.input.key).text(t.input.refusal);
  w.flag(t.loaded).text(t.sha256).text(t.raw);
  return w.bytes();
}

task decode_task(const std::string& body) {
  wire_reader r(body);
  task t;
  t.input.path = r.text();
  t.input.relative = r.text();
  t.input.key = r.text();
  t.input.refusal = r.text();
  t.loaded = r.flag();
  t.sha256 = r.text();
  t.raw = r.text();
  return finished(r, std::move(t));
}

std::string encode_result(const task_result& result) {
  wire_writer w;
  write_outcome(w, result.outcome);
  w.number(result.stage_nanos.size());
  for (const std::uint64_t n : result.stage_nanos) w.number(n);
  w.text(result.environment_error);
  return w.bytes();
}

task_result decode_result(const std::string& body) {
  wire_reader r(body);
  task_result result;
  result.outcome = read_outcome(r);
  for (std::uint64_t n = r.number(); n > 0; --n) result.stage_nanos.push_back(r.number());
  result.environment_error = r.text();
  return finished(r, std::move(result));
}

std::string encode_ready(const std::string& error) { return wire_writer().text(error).bytes(); }

std::string decode_ready(const std::string& body) {
  wire_reader r(body);
  std::string error = r.text();
  return finished(r, std::move(error));
}

}  // namespace protokol::isolation
