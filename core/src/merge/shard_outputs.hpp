// shard_outputs: the output folders `protokol merge` joins, read and checked
// before anything is written: together they must be every shard of one run.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <protokol/diagnostic.hpp>
#include <vector>

#include "../shard.hpp"

namespace protokol::merge {

/// One shard's output folder and what its run.json says.
struct shard_output {
  std::filesystem::path folder;
  nlohmann::ordered_json report;
  shard_spec shard;
};

/// Reads FOLDER/run.json of each folder and checks that they are outputs of
/// `protokol run --shard K/N` (not of ingest, not interrupted), one N and each
/// K of it once, made by the same protokol with the same pipeline, settings
/// and plugins (pipeline_fingerprint), no document key in two of them. Returns
/// them in shard order, or every problem found.
result<std::vector<shard_output>> read_shard_outputs(
    const std::vector<std::filesystem::path>& folders);

}  // namespace protokol::merge
