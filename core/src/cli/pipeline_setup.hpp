// pipeline_setup: what run, ingest and detect share: -p/--set options, and
// reading + checking the pipeline with every problem printed.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "../pipeline.hpp"
#include "../shard.hpp"
#include "cli.hpp"

namespace protokol::cli {

struct pipeline_options {
  std::string file;
  std::vector<std::string> overrides;
};

/// Adds -p/--pipeline (required) and --set.
void add_pipeline_options(boost::program_options::options_description& desc,
                          pipeline_options& options);

/// Reads, overrides and checks the pipeline, then builds every stage once
/// without an output folder (a dry build: each stage's constructor checks its
/// own ranges and choices, so `validate` refuses exactly what `run` would,
/// and a run refused here has written nothing). Prints problems; false on any.
bool prepare_pipeline(const pipeline_options& options, const plugin_registry& registry,
                      pipeline_spec& spec, std::ostream& err);

/// Creates `folder` if needed and proves it writable by writing a file;
/// returns "" or what is wrong.
std::string ensure_writable_folder(const std::filesystem::path& folder);

/// Reads -j/--jobs: a whole number from 1 to 1024 ("-1" is refused, not
/// wrapped to four billion threads). Prints the problem; false on one.
bool check_jobs(long long jobs, std::ostream& err);

/// The default for -j: the number of cores.
long long default_jobs();

/// Adds --shard K/N (run and ingest).
void add_shard_option(boost::program_options::options_description& desc);

/// Reads --shard when it was given; prints the problem and returns false on one.
bool read_shard_option(const boost::program_options::variables_map& vm,
                       std::optional<shard_spec>& shard, std::ostream& err);

}  // namespace protokol::cli
