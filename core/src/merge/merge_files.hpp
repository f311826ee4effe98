// merge_files: which files of the shard outputs make up the merged folder.
//
// A file named after a document key (json/<key>.json, csv/.parts/<key>.part,
// quarantine/<key>.error.json, ...) is that document's, and only its shard
// has it. Other files are either alike in every shard that has one (an
// exporter's settings file) and copied, or tables the exporters build from
// the per-document files (csv/*.csv, review/index.html, documents.ndjson),
// which the merge has them rebuild. Two shards holding different bytes under
// one document's name, or a database, cannot be merged.
#pragma once

#include <filesystem>
#include <protokol/diagnostic.hpp>
#include <string>
#include <utility>
#include <vector>

#include "shard_outputs.hpp"

namespace protokol::merge {

/// What goes into the merged folder.
struct merge_plan {
  /// Relative path in the merged folder, and the file to copy there.
  std::vector<std::pair<std::string, std::filesystem::path>> copies;
  /// Files no document owns that differ between shards: rebuilt by the exporters.
  std::vector<std::string> tables;
};

/// Plans the merge of `shards` (run.json aside). Problems name the files.
result<merge_plan> plan_merge(const std::vector<shard_output>& shards);

/// Copies the plan's files into `folder` (their contents only: the folder
/// is made durable as a whole).
void copy_files(const merge_plan& plan, const std::filesystem::path& folder);

/// The plan's tables that are not in `folder`: no exporter rebuilt them.
std::vector<std::string> missing_tables(const merge_plan& plan,
                                        const std::filesystem::path& folder);

}  // namespace protokol::merge
