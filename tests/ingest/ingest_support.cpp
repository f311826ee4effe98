#include "ingest_support.hpp"

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <thread>

namespace protokol::test {
namespace fs = std::filesystem;

child_process::child_process(const std::vector<std::string>& args,
                             const std::map<std::string, std::string>& env) {
  const std::string out = (capture_ / "out").string(), err = (capture_ / "err").string();
  pid_ = ::fork();
  if (pid_ == 0) {
    // A plugin segfault is expected in some tests: no core files.
    const rlimit no_core{0, 0};
    ::setrlimit(RLIMIT_CORE, &no_core);
    for (const auto& [name, value] : env) ::setenv(name.c_str(), value.c_str(), 1);
    if (!std::freopen(out.c_str(), "w", stdout) || !std::freopen(err.c_str(), "w", stderr) ||
        !std::freopen("/dev/null", "r", stdin))
      ::_exit(127);
    std::vector<char*> argv;
    const std::string binary = PROTOKOL_BINARY;
    argv.push_back(const_cast<char*>(binary.c_str()));
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
}

child_process::~child_process() {
  if (!status_ && pid_ > 0) {
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
  }
}

std::optional<int> child_process::wait(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!status_) {
    int status = 0;
    const pid_t done = ::waitpid(pid_, &status, WNOHANG);
    if (done == pid_) {
      status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      break;
    }
    if (std::chrono::steady_clock::now() >= deadline) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return status_;
}

void child_process::signal(int sig) { ::kill(pid_, sig); }
std::string child_process::err() const { return read_text(capture_ / "err"); }
std::string child_process::out() const { return read_text(capture_ / "out"); }

command_result run_child(const std::vector<std::string>& args,
                         const std::map<std::string, std::string>& env) {
  child_process child(args, env);
  command_result r;
  // A guard against a hang, not a time limit: under AddressSanitizer on a
  // 2-core machine busy with other builds one ingest of the kill test took
  // over 60 s (2026-12-07); alone the whole test takes 29 s.
  constexpr std::chrono::seconds hang_guard{180};
  r.exit_code = child.wait(hang_guard).value_or(-1);
  r.out = child.out();
  r.err = child.err();
  return r;
}

ingest_fixture::ingest_fixture() {
  write_text(pipeline(), fixture_pipeline);
  fs::create_directories(archive());
}

void ingest_fixture::add(const std::string& relative, const std::string& text) const {
  write_text(archive() / relative, text);
  fs::last_write_time(archive() / relative,
                      fs::file_time_type::clock::now() - std::chrono::hours(1));
}

std::vector<std::string> ingest_fixture::ingest_args(const std::vector<std::string>& extra) const {
  std::vector<std::string> args = {
      "ingest",           "-q", "-p",           pipeline().string(), "--archive",
      archive().string(), "-o", out().string(), "--plugin-path",     fixture_plugin_dir("good")};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

command_result ingest_fixture::ingest(const std::vector<std::string>& extra,
                                      const std::map<std::string, std::string>& env) const {
  return run_child(ingest_args(extra), env);
}

nlohmann::json ingest_fixture::report() const {
  return nlohmann::json::parse(read_text(out() / "run.json"));
}

nlohmann::json ingest_fixture::status() const {
  const command_result r = run_child({"status", "--json", "--state", state().string()});
  if (r.exit_code != 0) return nlohmann::json{{"error", r.err}};
  return nlohmann::json::parse(r.out);
}

std::vector<std::string> exported_files(const fs::path& folder) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& f : fs::directory_iterator(folder, ec))
    if (f.path().extension() == ".txt") names.push_back(f.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> temporaries_under(const fs::path& dir) {
  std::vector<std::string> found;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->path().filename().string().rfind(".protokol-tmp.", 0) == 0)
      found.push_back(it->path().string());
  return found;
}

}  // namespace protokol::test
