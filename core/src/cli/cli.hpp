// cli: the protokol command-line commands. Each command parses its own
// options with Boost.Program_options and returns a documented exit code.
#pragma once

#include <boost/program_options.hpp>
#include <iosfwd>
#include <protokol/diagnostic.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "../exit_codes.hpp"

namespace protokol {
class plugin_registry;
}

namespace protokol::cli {

/// protokol's own standard output. main() keeps the real stdout for it and
/// points file descriptor 1 (std::cout, printf) at stderr, so that what a
/// stage prints never mixes into protokol's output; std::cout until then.
std::ostream& own_stdout();
void set_own_stdout(std::ostream& stream);

/// Options every command accepts.
struct common_options {
  std::vector<std::string> plugin_path;
};

/// Adds --plugin-path and --help to `desc`.
void add_common_options(boost::program_options::options_description& desc, common_options& common);

/// Loads the plugins of the search path; prints every problem to `err`.
/// Returns false when any plugin was refused.
bool load_plugins(plugin_registry& registry, const common_options& common, std::ostream& err);

/// True when --help was given (checked before required options are).
bool help_requested(const boost::program_options::variables_map& vm);

/// The usage line, then the options but the positional arguments, which the
/// usage line names.
void print_help(std::ostream& out, std::string_view usage,
                const boost::program_options::options_description& desc,
                const boost::program_options::positional_options_description& positional = {});

/// Prints diagnostics, one per line.
void print(std::ostream& err, const std::vector<diagnostic>& diagnostics);

/// Parses `args` against `desc` (positional names in `positional`), printing
/// usage errors; returns false on error.
bool parse(const std::vector<std::string>& args,
           const boost::program_options::options_description& desc,
           const boost::program_options::positional_options_description& positional,
           boost::program_options::variables_map& vm, std::ostream& err);

int plugins_command(const std::vector<std::string>& args);
int validate_command(const std::vector<std::string>& args);
int run_command(const std::vector<std::string>& args);
int detect_command(const std::vector<std::string>& args);
int ingest_command(const std::vector<std::string>& args);
int eval_command(const std::vector<std::string>& args);
int status_command(const std::vector<std::string>& args);
int merge_command(const std::vector<std::string>& args);
/// Not in the usage: the isolated worker `run --isolate` and `ingest --isolate` start.
int worker_command(const std::vector<std::string>& args);

}  // namespace protokol::cli
