// script_testing.hpp: a Python script written to a temporary file, and the
// python stage created on it through the plugin's real descriptor (with the
// SDK's test kit, <protokol/testing.hpp>).
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <protokol/testing.hpp>
#include <random>
#include <string>

namespace protokol::python::testing {

/// `source` saved as <temp folder>/<name>; folder removed on destruction.
class script_file {
 public:
  explicit script_file(const std::string& source, const std::string& name = "stage.py") {
    std::random_device rd;
    folder_ = std::filesystem::temp_directory_path() /
              ("protokol-python-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    std::filesystem::create_directories(folder_);
    std::ofstream(folder_ / name, std::ios::binary) << source;
    path_ = (folder_ / name).string();
  }
  ~script_file() {
    std::error_code ec;
    std::filesystem::remove_all(folder_, ec);
  }
  script_file(const script_file&) = delete;
  script_file& operator=(const script_file&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::filesystem::path folder_;
  std::string path_;
};

inline const protokol::testing::plugin_library& python_plugin() {
  static const protokol::testing::plugin_library file(PLUGIN_FILE);
  return file;
}

/// The python stage running `script`.
inline std::unique_ptr<protokol::testing::stage_under_test> python_stage(
    const script_file& script, std::map<std::string, std::string> params = {}) {
  params["script"] = script.path();
  return std::make_unique<protokol::testing::stage_under_test>(
      python_plugin().stage("python"), protokol::testing::stage_setup{.params = params});
}

/// Why the python stage cannot be created with `params`; "" when it can.
inline std::string create_error(const std::map<std::string, std::string>& params) {
  return protokol::testing::create_error(python_plugin().stage("python"), {.params = params});
}

using protokol::testing::error_of;

}  // namespace protokol::python::testing
