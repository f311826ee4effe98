// isolation_options: --isolate, --doc-timeout and --doc-memory, which run and
// ingest share (docs/cli.md; docs/operations.md, "Isolated workers").
#pragma once

#include <iosfwd>
#include <optional>

#include "../isolation/worker_setup.hpp"
#include "cli.hpp"

namespace protokol::cli {

/// The options as given on the command line.
struct isolation_arguments {
  bool isolate = false;
  double doc_timeout = 60;
  long long doc_memory = 2048;  ///< signed, so "-1" is refused rather than wrapped
};

/// Adds --isolate, --doc-timeout and --doc-memory.
void add_isolation_options(boost::program_options::options_description& desc,
                           isolation_arguments& arguments);

/// Checks the limits (and that they come with --isolate) and returns what the
/// workers run with; prints the problem and returns nothing on one.
std::optional<isolation::options> isolation_settings(
    const isolation_arguments& arguments, const boost::program_options::variables_map& vm,
    const common_options& common, std::ostream& err);

}  // namespace protokol::cli
