// merged_report: run.json of a merged folder.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "shard_outputs.hpp"

namespace protokol::merge {

/// What one run without --shard over the same inputs writes to run.json,
/// timing aside: the fields in its order, counts summed, `documents` and
/// `quarantine` in input order (each shard recorded its documents'
/// positions), the stages' seconds summed, `seconds` the longest shard's and
/// `started` the earliest; no `shard`, `other_shards` or positions, and no
/// finish failures (the merge rebuilt the tables).
nlohmann::ordered_json merged_report(const std::vector<shard_output>& shards);

}  // namespace protokol::merge
