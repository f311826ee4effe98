// protokol: turns archives of municipal committee minutes into structured data.
#include <fcntl.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <ext/stdio_filebuf.h>
#include <iostream>
#include <map>
#include <optional>
#include <protokol/plugin.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "../allocator_setup.hpp"
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

// Set once the command has returned its exit code. A stage that ends the
// process itself (exit() or quick_exit() in a plugin) runs the handler below
// before that: the run did not finish, whatever status the stage gave, so
// cron and systemd must not see 0.
volatile std::sig_atomic_t command_returned = 0;

void on_early_exit() {
  if (command_returned) return;
  static constexpr char message[] =
      "protokol: a stage ended the process (exit() called inside a plugin) before the command "
      "finished: its outputs are incomplete; rerun with --isolate to quarantine the document "
      "whose stage does it\n";
  [[maybe_unused]] const auto written = ::write(2, message, sizeof message - 1);
  ::_exit(protokol::environment);
}

int run_main(int argc, char** argv) {
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
    own_stdout() << usage;
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
    own_stdout() << "protokol " << PROTOKOL_VERSION << "\nplugin ABI " << protokol::abi_major << "."
                 << protokol::abi_minor << "\ntoolchain " << protokol::toolchain_fingerprint
                 << "\n";
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

// Stages are other people's code: one that prints to stdout would mix its
// words into what protokol prints there (`detect --json`, `status --json`,
// a table piped into another program). While a command runs, file
// descriptor 1 (std::cout, printf) is stderr, and protokol writes its own
// output to the real stdout through own_stdout().
class stdout_kept_for_protokol {
 public:
  stdout_kept_for_protokol() {
    // A closed stderr (2>&-) is /dev/null, so that neither the copy below
    // nor a file opened later takes descriptor 2 and gets messages.
    if (::fcntl(STDERR_FILENO, F_GETFD) < 0) {
      const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
      if (null >= 0 && null != STDERR_FILENO) {
        ::dup2(null, STDERR_FILENO);
        ::close(null);
      }
    }
    // Above the standard three, so that a closed one is never reused.
    const int own = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    ::dup2(STDERR_FILENO, STDOUT_FILENO);  // a stage's output, also when stdout was closed
    // No stdout at all (>&-): protokol's own output goes nowhere.
    if (own >= 0) buffer_.emplace(own, std::ios::out);
    stream_.emplace(buffer_ ? &*buffer_ : nullptr);
    protokol::cli::set_own_stdout(*stream_);
  }
  stdout_kept_for_protokol(const stdout_kept_for_protokol&) = delete;
  stdout_kept_for_protokol& operator=(const stdout_kept_for_protokol&) = delete;
  ~stdout_kept_for_protokol() {
    if (!stream_) return;
    stream_->flush();
    protokol::cli::set_own_stdout(std::cout);
    if (buffer_) buffer_->close();
  }

 private:
  std::optional<__gnu_cxx::stdio_filebuf<char>> buffer_;
  std::optional<std::ostream> stream_;
};

}  // namespace

int main(int argc, char** argv) {
  protokol::keep_freed_memory_for_next_documents();
  // An isolated document's worker is left alone: its parent reports how it
  // ended, and its stdout is the parent's stderr already.
  if (argc >= 2 && std::string_view(argv[1]) == "worker") return run_main(argc, argv);
  std::atexit(on_early_exit);
  std::at_quick_exit(on_early_exit);
  int code = 0;
  {
    const stdout_kept_for_protokol kept;
    code = run_main(argc, argv);
  }
  command_returned = 1;
  return code;
}
