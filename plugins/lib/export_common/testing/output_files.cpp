#include "output_files.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <random>

namespace protokol::export_testing {

temp_folder::temp_folder() {
  std::random_device random;
  const std::string name =
      "protokol-export-" + std::to_string(::getpid()) + "-" + std::to_string(random());
  path_ = std::filesystem::temp_directory_path() / name;
  std::filesystem::create_directories(path_);
}

temp_folder::~temp_folder() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot read " << file;
    return {};
  }
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> list_files(const std::filesystem::path& root, bool with_dot_files) {
  std::vector<std::string> files;
  if (!std::filesystem::exists(root)) return files;
  for (auto it = std::filesystem::recursive_directory_iterator(root);
       it != std::filesystem::recursive_directory_iterator(); ++it) {
    const std::string name = it->path().filename().string();
    if (!with_dot_files && name.front() == '.') {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file())
      files.push_back(std::filesystem::relative(it->path(), root).generic_string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool updating_golden() {
  const char* flag = std::getenv("PROTOKOL_UPDATE_GOLDEN");
  return flag != nullptr && std::string_view(flag) == "1";
}

std::filesystem::path golden_folder(std::string_view variant) {
  return std::filesystem::path(PROTOKOL_EXPORTER_FIXTURES) / std::string(variant);
}

std::filesystem::path schema_file(std::string_view name) {
  return std::filesystem::path(PROTOKOL_SCHEMA_DIR) / std::string(name);
}

void expect_golden(const std::filesystem::path& out, std::string_view variant,
                   std::string_view sub) {
  const std::filesystem::path produced = out / std::string(sub);
  const std::filesystem::path golden = golden_folder(variant) / std::string(sub);
  const bool single_file = std::filesystem::is_regular_file(produced);
  if (updating_golden()) {
    std::filesystem::remove_all(golden);
    std::filesystem::create_directories(single_file ? golden.parent_path() : golden);
    if (single_file) {
      std::filesystem::copy_file(produced, golden);
      return;
    }
    for (const std::string& file : list_files(produced, false)) {
      std::filesystem::create_directories((golden / file).parent_path());
      std::filesystem::copy_file(produced / file, golden / file);
    }
    return;
  }
  if (single_file) {
    EXPECT_EQ(read_file(produced), read_file(golden)) << produced << " differs from " << golden;
    return;
  }
  const std::vector<std::string> files = list_files(produced, false);
  ASSERT_EQ(files, list_files(golden, false))
      << "files under " << produced << " differ from " << golden;
  for (const std::string& file : files) {
    EXPECT_EQ(read_file(produced / file), read_file(golden / file))
        << file << " differs from " << golden / file << " (PROTOKOL_UPDATE_GOLDEN=1 rewrites it)";
  }
}

int run_command(const std::string& command, std::string& output) {
  output.clear();
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return -1;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
  const int status = ::pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string shell_quote(const std::string& path) {
  std::string quoted = "'";
  for (const char c : path) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

namespace {

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// A line as each format escapes it, so a leak cannot hide behind escaping.
std::vector<std::string> written_forms(const std::string& line) {
  std::string json = replace_all(replace_all(line, "\\", "\\\\"), "\"", "\\\"");
  json = replace_all(json, "\t", "\\t");
  const std::string xml =
      replace_all(replace_all(replace_all(line, "&", "&amp;"), "<", "&lt;"), ">", "&gt;");
  const std::string csv = replace_all(line, "\"", "\"\"");
  std::vector<std::string> forms{line, json, xml, csv};
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  return forms;
}

}  // namespace

std::vector<std::string> find_leaks(const std::filesystem::path& root,
                                    const std::vector<std::string>& lines) {
  std::vector<std::string> leaks;
  for (const std::string& file : list_files(root, true)) {
    const std::string content = read_file(root / file);
    for (const std::string& line : lines) {
      for (const std::string& form : written_forms(line)) {
        if (content.find(form) != std::string::npos) leaks.push_back(file + ": " + line);
      }
    }
  }
  return leaks;
}

}  // namespace protokol::export_testing
