#include "isolation_options.hpp"

#include <cmath>
#include <filesystem>
#include <ostream>

#include "../plugin_registry.hpp"

namespace po = boost::program_options;

namespace protokol::cli {

void add_isolation_options(po::options_description& desc, isolation_arguments& arguments) {
  desc.add_options()("isolate", po::bool_switch(&arguments.isolate),
                     "run each document in a worker process, so a crash, hang or memory blow-up "
                     "in any stage quarantines that document and the run goes on")(
      "doc-timeout", po::value(&arguments.doc_timeout)->default_value(arguments.doc_timeout),
      "with --isolate: seconds a document may take before its worker is killed")(
      "doc-memory", po::value(&arguments.doc_memory)->default_value(arguments.doc_memory),
      "with --isolate: MB of address space per worker (RLIMIT_AS)");
}

std::optional<isolation::options> isolation_settings(const isolation_arguments& arguments,
                                                     const po::variables_map& vm,
                                                     const common_options& common,
                                                     std::ostream& err) {
  const bool limits_given = !vm["doc-timeout"].defaulted() || !vm["doc-memory"].defaulted();
  if (limits_given && !arguments.isolate) {
    err << "protokol: --doc-timeout and --doc-memory limit isolated workers; add --isolate\n";
    return std::nullopt;
  }
  if (!std::isfinite(arguments.doc_timeout) || arguments.doc_timeout <= 0) {
    err << "protokol: --doc-timeout must be a positive number of seconds, not "
        << arguments.doc_timeout << "\n";
    return std::nullopt;
  }
  if (arguments.doc_memory < static_cast<long long>(isolation::min_megabytes) ||
      arguments.doc_memory > 1048576) {
    err << "protokol: --doc-memory must be between " << isolation::min_megabytes
        << " and 1048576 MB, not " << arguments.doc_memory << "\n";
    return std::nullopt;
  }
  isolation::options options;
  options.enabled = arguments.isolate;
  options.seconds = arguments.doc_timeout;
  options.megabytes = static_cast<std::uint64_t>(arguments.doc_memory);
  options.plugin_search_path = plugin_search_path(common.plugin_path);
  // By its real name, so workers show as `protokol worker` in ps and top.
  std::error_code ec;
  if (const auto self = std::filesystem::read_symlink(options.executable, ec); !ec)
    options.executable = self;
  return options;
}

}  // namespace protokol::cli
