#include "test_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <vector>

namespace protokol::test {
namespace fs = std::filesystem;

const char* const fixture_pipeline = R"(<pipeline name="fixture">
  <stage use="fixture-text"/>
  <stage use="fixture-count"><param name="token">x</param></stage>
  <stage use="fixture-export"/>
</pipeline>
)";

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

namespace {

std::string without_time_line(const std::string& record) {
  std::istringstream lines(record);
  std::string out, line;
  while (std::getline(lines, line))
    if (line.find("\"time\": ") == std::string::npos) out += line + "\n";
  return out;
}

}  // namespace

std::string output_listing(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& f : fs::recursive_directory_iterator(dir))
    if (f.is_regular_file() && f.path() != dir / "run.json") files.push_back(f.path());
  std::sort(files.begin(), files.end());
  std::string out;
  for (const auto& f : files) {
    const std::string name = f.filename().string();
    const bool record = name.size() > 11 && name.substr(name.size() - 11) == ".error.json";
    out += fs::relative(f, dir).string() + "\n" +
           (record ? without_time_line(read_text(f)) : read_text(f)) + "\n";
  }
  return out;
}

std::string run_report_without_timing(const fs::path& dir) {
  nlohmann::ordered_json report = nlohmann::ordered_json::parse(read_text(dir / "run.json"));
  for (const char* timing : {"started", "seconds", "mb_per_second"}) report.erase(timing);
  for (auto& stage : report["stages"]) stage.erase("seconds");
  return report.dump(2);
}

std::vector<std::string> file_names(const fs::path& folder) {
  std::vector<std::string> names;
  std::error_code ec;
  for (auto it = fs::directory_iterator(folder, ec); !ec && it != fs::directory_iterator();
       it.increment(ec))
    names.push_back(it->path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
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
