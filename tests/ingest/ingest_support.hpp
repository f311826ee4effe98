// Helpers for the ingest tests: an archive and pipeline in a temp folder, the
// CLI run as a child process (so it can crash, be killed or keep watching),
// and what the outputs and the state say afterwards.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "../core/test_support.hpp"

namespace protokol::test {

/// A running `protokol` child; killed (SIGKILL) if still running when destroyed.
class child_process {
 public:
  /// Starts build/bin/protokol with `args`, extra environment `env`, stdout
  /// and stderr captured.
  child_process(const std::vector<std::string>& args,
                const std::map<std::string, std::string>& env = {});
  ~child_process();
  child_process(const child_process&) = delete;
  child_process& operator=(const child_process&) = delete;

  pid_t pid() const { return pid_; }
  /// Waits up to `timeout`; the exit code (128 + signal when killed by one),
  /// or nothing when it is still running.
  std::optional<int> wait(std::chrono::milliseconds timeout);
  void signal(int sig);
  std::string err() const;
  std::string out() const;

 private:
  pid_t pid_ = -1;
  std::optional<int> status_;
  temp_dir capture_;
};

/// Names of the .txt files the fixture exporter wrote into `folder`, sorted.
std::vector<std::string> exported_files(const std::filesystem::path& folder);

/// Every file under `dir` whose name starts with the atomic-write prefix.
std::vector<std::string> temporaries_under(const std::filesystem::path& dir);

/// An archive, a pipeline and an output folder in one temp folder.
class ingest_fixture {
 public:
  ingest_fixture();
  const temp_dir& dir() const { return dir_; }
  std::filesystem::path archive() const { return dir_ / "archive"; }
  std::filesystem::path out() const { return dir_ / "out"; }
  std::filesystem::path pipeline() const { return dir_ / "p.xml"; }
  std::filesystem::path state() const { return out() / ".protokol" / "state.sqlite"; }

  /// Writes an archive file with an mtime well in the past (settled).
  void add(const std::string& relative, const std::string& text) const;

  /// The arguments of `protokol ingest` on this fixture, plus `extra`.
  std::vector<std::string> ingest_args(const std::vector<std::string>& extra = {}) const;
  /// Runs ingest to the end (60 s at most); `env` for fault injection.
  command_result ingest(const std::vector<std::string>& extra = {},
                        const std::map<std::string, std::string>& env = {}) const;
  /// OUTDIR/run.json.
  nlohmann::json report() const;
  /// `protokol status --json` on this fixture's state.
  nlohmann::json status() const;

  /// exported_files(OUTDIR/fixture): the exported documents.
  std::vector<std::string> exported() const { return exported_files(out() / "fixture"); }
  /// temporaries_under(OUTDIR).
  std::vector<std::string> temporaries() const { return temporaries_under(out()); }

 private:
  temp_dir dir_;
};

/// Runs a child to its end.
command_result run_child(const std::vector<std::string>& args,
                         const std::map<std::string, std::string>& env = {});

}  // namespace protokol::test
