#include "merged_report.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace protokol::merge {

namespace {

using json = nlohmann::ordered_json;

const std::set<std::string> summed_counts = {"inputs",   "exported",    "quarantined",
                                             "warnings", "not_started", "bytes"};
const std::set<std::string> shard_only = {"shard", "other_shards"};

std::uint64_t sum(const std::vector<shard_output>& shards, const std::string& field) {
  std::uint64_t total = 0;
  for (const shard_output& s : shards) total += s.report.value(field, std::uint64_t{0});
  return total;
}

// Every shard's entries of `field`, by where their document stood among the inputs.
json in_input_order(const std::vector<shard_output>& shards, const std::string& field,
                    const std::map<std::string, std::uint64_t>& position_of_key) {
  std::vector<std::pair<std::uint64_t, json>> entries;
  for (const shard_output& s : shards)
    for (const json& e : s.report.value(field, json::array())) {
      const auto at = position_of_key.find(e.value("key", ""));
      entries.emplace_back(at == position_of_key.end() ? 0 : at->second, e);
    }
  std::stable_sort(entries.begin(), entries.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  json out = json::array();
  for (auto& [position, e] : entries) {
    e.erase("position");
    out.push_back(std::move(e));
  }
  return out;
}

json summed_stages(const std::vector<shard_output>& shards) {
  json stages = shards.front().report.value("stages", json::array());
  for (std::size_t i = 0; i < stages.size(); ++i) {
    double seconds = 0;
    for (const shard_output& s : shards)
      seconds += s.report.at("stages").at(i).value("seconds", 0.0);
    stages[i]["seconds"] = seconds;
  }
  return stages;
}

}  // namespace

json merged_report(const std::vector<shard_output>& shards) {
  std::map<std::string, std::uint64_t> position_of_key;
  for (const shard_output& s : shards)
    for (const json& d : s.report["documents"])
      position_of_key[d.value("key", "")] = d.value("position", std::uint64_t{0});
  std::string started = shards.front().report.value("started", "");
  double seconds = 0;
  for (const shard_output& s : shards) {
    started = std::min(started, s.report.value("started", started));
    seconds = std::max(seconds, s.report.value("seconds", 0.0));
  }
  const double mb = static_cast<double>(sum(shards, "bytes")) / 1e6;

  json out = json::object();
  for (const auto& [field, value] : shards.front().report.items()) {
    if (shard_only.count(field)) continue;
    if (summed_counts.count(field))
      out[field] = sum(shards, field);
    else if (field == "started")
      out[field] = started;
    else if (field == "seconds")
      out[field] = seconds;
    else if (field == "mb_per_second")
      out[field] = seconds > 0 ? mb / seconds : 0.0;
    else if (field == "stages")
      out[field] = summed_stages(shards);
    else if (field == "finish_failures")
      out[field] = json::array();
    else if (field == "documents" || field == "quarantine")
      out[field] = in_input_order(shards, field, position_of_key);
    else
      out[field] = value;
  }
  return out;
}

}  // namespace protokol::merge
