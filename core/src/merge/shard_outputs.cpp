#include "shard_outputs.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "../json_text.hpp"

namespace protokol::merge {
namespace fs = std::filesystem;

namespace {

diagnostic problem(const std::string& where, std::string message) {
  return {where, 0, 0, severity::error, std::move(message)};
}

// "" when `folder` holds the output of one shard (then in `out`), else why not.
std::string read_output(const fs::path& folder, shard_output& out) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) return "not a folder";
  std::ifstream in(folder / "run.json", std::ios::binary);
  if (!in)
    return "not a protokol output folder: no run.json (a run that was killed has none: run the "
           "shard again)";
  std::ostringstream text;
  text << in.rdbuf();
  out.folder = folder;
  out.report = parse_json(text.str());
  const nlohmann::ordered_json& r = out.report;
  if (!r.is_object() || !r.contains("protokol_version") || !r.contains("documents") ||
      !r["documents"].is_array())
    return "run.json is not the report of a protokol run";
  if (r.contains("archive"))
    return "an output of 'protokol ingest': merge joins the outputs of 'protokol run --shard' "
           "(docs/scaling.md)";
  if (!r.contains("shard") || !r["shard"].is_string()) return "not a shard: its run had no --shard";
  if (r.value("interrupted", false)) return "its run was interrupted: run the shard again";
  if (const std::string bad = parse_shard(r["shard"].get<std::string>(), out.shard); !bad.empty())
    return "run.json: shard " + bad;
  return {};
}

// Every K of the one N once.
void check_coverage(const std::vector<shard_output>& outputs, std::vector<diagnostic>& problems) {
  const std::uint32_t count = outputs.front().shard.count;
  std::map<std::uint32_t, const shard_output*> by_index;
  for (const shard_output& o : outputs) {
    if (o.shard.count != count) {
      problems.push_back(problem(o.folder.string(), "is shard " + to_string(o.shard) + ", but " +
                                                        outputs.front().folder.string() +
                                                        " is shard " +
                                                        to_string(outputs.front().shard) +
                                                        ": all must be shards of one split"));
      return;
    }
    const auto [at, fresh] = by_index.emplace(o.shard.index, &o);
    if (!fresh)
      problems.push_back(problem(o.folder.string(), "is shard " + to_string(o.shard) + ", as " +
                                                        at->second->folder.string() + " is"));
  }
  for (std::uint32_t k = 0; k < count; ++k)
    if (!by_index.count(k))
      problems.push_back(problem("protokol", "shard " + to_string(shard_spec{k, count}) +
                                                 " is missing: merge needs the outputs of all " +
                                                 std::to_string(count) + " shards"));
}

// The same protokol, pipeline, settings and plugins made every shard.
void check_alike(const std::vector<shard_output>& outputs, std::vector<diagnostic>& problems) {
  const shard_output& first = outputs.front();
  for (const shard_output& o : outputs) {
    if (o.report["protokol_version"] != first.report["protokol_version"])
      problems.push_back(problem(o.folder.string(), "made by protokol " +
                                                        o.report["protokol_version"].dump() + ", " +
                                                        first.folder.string() + " by " +
                                                        first.report["protokol_version"].dump()));
    else if (o.report.value("pipeline_fingerprint", "") !=
             first.report.value("pipeline_fingerprint", ""))
      problems.push_back(problem(
          o.folder.string(), "made with another pipeline, --set settings or plugin versions than " +
                                 first.folder.string() + " (pipeline_fingerprint differs)"));
  }
}

// Every shard saw the one archive: its inputs and those it left to the
// other shards add up to the same count (a shard run over a copy missing a
// file would lose that file's document without a word).
void check_same_inputs(const std::vector<shard_output>& outputs,
                       std::vector<diagnostic>& problems) {
  const auto seen = [](const shard_output& o) {
    return o.report.value("inputs", 0LL) + o.report.value("other_shards", 0LL);
  };
  const shard_output& first = outputs.front();
  for (const shard_output& o : outputs)
    if (seen(o) != seen(first))
      problems.push_back(
          problem(o.folder.string(), "saw " + std::to_string(seen(o)) + " files, " +
                                         first.folder.string() + " " + std::to_string(seen(first)) +
                                         ": the shards were not run over the same inputs"));
}

void check_keys(const std::vector<shard_output>& outputs, std::vector<diagnostic>& problems) {
  std::map<std::string, const shard_output*> holder;
  for (const shard_output& o : outputs)
    for (const auto& d : o.report["documents"]) {
      const std::string key = d.value("key", "");
      const auto [at, fresh] = holder.emplace(key, &o);
      if (!fresh)
        problems.push_back(problem(o.folder.string(), "document key '" + key + "' is in " +
                                                          at->second->folder.string() +
                                                          " too: these are not shards of one run"));
    }
}

}  // namespace

result<std::vector<shard_output>> read_shard_outputs(const std::vector<fs::path>& folders) {
  std::vector<shard_output> outputs;
  std::vector<diagnostic> problems;
  for (const fs::path& folder : folders) {
    shard_output out;
    std::string why;
    try {
      why = read_output(folder, out);
    } catch (const nlohmann::json::exception& e) {
      why = std::string("run.json is not the report of a protokol run: ") + e.what();
    }
    if (why.empty())
      outputs.push_back(std::move(out));
    else
      problems.push_back(problem(folder.string(), why));
  }
  if (!problems.empty()) return problems;
  check_coverage(outputs, problems);
  check_alike(outputs, problems);
  check_same_inputs(outputs, problems);
  if (problems.empty()) check_keys(outputs, problems);
  if (!problems.empty()) return problems;
  std::sort(outputs.begin(), outputs.end(),
            [](const auto& a, const auto& b) { return a.shard.index < b.shard.index; });
  return outputs;
}

}  // namespace protokol::merge
