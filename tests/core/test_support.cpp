#include "test_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <vector>

namespace protokol::test {
namespace fs = std::filesystem;

temp_dir::temp_dir() {
  std::random_device rd;
  path_ = fs::temp_directory_path() /
          ("protokol-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
  fs::create_directories(path_);
}

temp_dir::~temp_dir() {
  std::error_code ec;
  // Tests make folders unwritable on purpose; give them back before removing.
  for (auto it = fs::recursive_directory_iterator(path_, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(path_, ec);
}

std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_text(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

std::string listing(const fs::path& dir) {
  std::string out;
  std::vector<fs::path> files;
  for (const auto& f : fs::recursive_directory_iterator(dir)) files.push_back(f.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files)
    if (fs::is_regular_file(f)) out += fs::relative(f, dir).string() + "\n" + read_text(f) + "\n";
  return out;
}

command_result run_protokol(const std::string& args) {
  const temp_dir capture;
  const std::string command = std::string(PROTOKOL_BINARY) + " " + args + " >" +
                              (capture / "out").string() + " 2>" + (capture / "err").string() +
                              " </dev/null";
  const int status = std::system(command.c_str());
  command_result r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = read_text(capture / "out");
  r.err = read_text(capture / "err");
  return r;
}

std::string fixture_plugin_dir(const std::string& name) {
  return std::string(FIXTURE_PLUGIN_ROOT) + "/" + name;
}

}  // namespace protokol::test
