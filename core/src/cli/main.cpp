// protokol: turns archives of municipal committee minutes into structured data.
#include <iostream>
#include <map>
#include <protokol/plugin.hpp>
#include <string>
#include <vector>

#include "cli.hpp"

namespace {

constexpr const char* usage = R"(usage: protokol COMMAND [OPTIONS] [ARGS]

commands:
  run       run a pipeline over files and folders:  protokol run -p PIPELINE -o OUTDIR INPUT...
            (--shard K/N: one share of them, for a cluster; docs/scaling.md)
  merge     join the outputs of 'run --shard K/N':  protokol merge -o OUTDIR SHARD_OUTPUT...
  validate  check pipeline files without touching any document
  plugins   list plugins and stages; 'protokol plugins STAGE' shows one stage
  detect    print format, dialect, encoding and confidence of files
  ingest    ingest what is new in an archive folder (for cron, systemd or --watch):
            protokol ingest -p PIPELINE --archive DIR -o OUTDIR
  status    what ingestion has done:  protokol status --state FILE (or -o OUTDIR)
  eval      score output against gold annotations:  protokol eval --gold DIR --pred OUTDIR

options:
  -h, --help     show help (also 'protokol help COMMAND' or 'protokol COMMAND --help')
  --version      show the version, plugin ABI and toolchain

exit codes: 0 success, 1 some documents quarantined, 2 bad usage or pipeline,
3 environment problem (plugin cannot load, output not writable, ingest state
locked or unreadable), 130 interrupted (SIGINT or SIGTERM). See docs/cli.md and docs/operations.md.
)";

}  // namespace

int main(int argc, char** argv) {
  using namespace protokol;
  using namespace protokol::cli;
  const std::vector<std::string> all(argv + 1, argv + argc);
  if (all.empty()) {
    std::cerr << usage;
    return bad_usage;
  }
  const std::string& command = all[0];
  const std::map<std::string, int (*)(const std::vector<std::string>&)> commands = {
      {"run", run_command},       {"validate", validate_command}, {"plugins", plugins_command},
      {"detect", detect_command}, {"ingest", ingest_command},     {"status", status_command},
      {"eval", eval_command},     {"merge", merge_command},       {"worker", worker_command}};
  if (command == "--help" || command == "-h" || (command == "help" && all.size() == 1)) {
    std::cout << usage;
    return success;
  }
  if (command == "help") {
    // `protokol help run` is `protokol run --help`, as git and cargo do.
    const auto it = commands.find(all[1]);
    if (it == commands.end()) {
      std::cerr << "protokol: unknown command '" << all[1] << "'\n" << usage;
      return bad_usage;
    }
    return it->second({"--help"});
  }
  if (command == "--version") {
    std::cout << "protokol " << PROTOKOL_VERSION << "\nplugin ABI " << protokol::abi_major << "."
              << protokol::abi_minor << "\ntoolchain " << protokol::toolchain_fingerprint << "\n";
    return success;
  }
  const auto it = commands.find(command);
  if (it == commands.end()) {
    std::cerr << "protokol: unknown command '" << command << "'\n" << usage;
    return bad_usage;
  }
  try {
    return it->second(std::vector<std::string>(all.begin() + 1, all.end()));
  } catch (const std::exception& e) {
    std::cerr << "protokol: " << e.what() << "\n";
    return environment;
  }
}
