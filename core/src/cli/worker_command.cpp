// protokol worker: an isolated worker of `run --isolate` or `ingest
// --isolate`, started by them (not listed in the usage; isolation/worker_main).
#include <iostream>

#include "../isolation/worker_main.hpp"
#include "cli.hpp"

namespace protokol::cli {

int worker_command(const std::vector<std::string>& args) {
  constexpr const char* what =
      "protokol worker: runs documents for 'run --isolate' and 'ingest --isolate', which start "
      "it; it takes no arguments and is not started by hand\n";
  if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
    own_stdout() << what;
    return success;
  }
  if (!args.empty()) {
    std::cerr << what;
    return bad_usage;
  }
  return isolation::serve_worker(std::cerr);
}

}  // namespace protokol::cli
