#include "pdf_section.hpp"

#include <poppler-document.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "pdf_reader.hpp"

extern char** environ;

namespace protokol::bench {
namespace fs = std::filesystem;
namespace {

struct pdf_file {
  fs::path path;
  std::string raw;
  int pages = 0;
};

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Runs `pdftotext [flag] file /dev/null`; false when it cannot be run.
bool pdftotext(const fs::path& file, const char* flag) {
  std::vector<std::string> args = {"pdftotext"};
  if (flag != nullptr) args.emplace_back(flag);
  args.push_back(file.string());
  args.emplace_back("/dev/null");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (::posix_spawnp(&pid, "pdftotext", nullptr, nullptr, argv.data(), environ) != 0) return false;
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

void report(const char* who, double seconds, int pages, std::size_t bytes) {
  std::printf("  %-22s %7.3f s  %8.0f pages/s  %6.1f MB/s\n", who, seconds,
              static_cast<double>(pages) / seconds, static_cast<double>(bytes) / 1e6 / seconds);
}

}  // namespace

int pdf_section(const fs::path& dir, unsigned repeats) {
  std::vector<pdf_file> files;
  for (const auto& f : fs::directory_iterator(dir)) {
    if (f.path().extension() != ".pdf") continue;
    pdf_file p;
    p.path = f.path();
    std::ifstream in(p.path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    p.raw = s.str();
    const std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(p.raw.data(), static_cast<int>(p.raw.size())));
    p.pages = doc ? doc->pages() : 0;
    files.push_back(std::move(p));
  }
  std::sort(files.begin(), files.end(),
            [](const pdf_file& a, const pdf_file& b) { return a.path < b.path; });
  int pages = 0;
  std::size_t bytes = 0;
  for (const auto& f : files) {
    pages += f.pages * static_cast<int>(repeats);
    bytes += f.raw.size() * repeats;
  }
  std::printf("pdf: %zu PDFs in %s, each read %u times\n", files.size(), dir.c_str(), repeats);
  pdf::silence_poppler();
  auto start = std::chrono::steady_clock::now();
  for (unsigned r = 0; r < repeats; ++r) {
    for (const auto& f : files) {
      try {
        (void)pdf::read_pdf(f.raw, {});
      } catch (const std::exception& e) {
        std::printf("  %s: %s\n", f.path.c_str(), e.what());
        return 1;
      }
    }
  }
  report("pdf stage", seconds_since(start), pages, bytes);
  for (const char* flag : {static_cast<const char*>(nullptr), "-layout"}) {
    start = std::chrono::steady_clock::now();
    bool ok = true;
    for (unsigned r = 0; r < repeats && ok; ++r)
      for (const auto& f : files) ok = ok && pdftotext(f.path, flag);
    if (!ok) {
      std::printf("  pdftotext %s: not installed or failed, skipped\n", flag ? flag : "");
      continue;
    }
    report(flag ? "pdftotext -layout" : "pdftotext", seconds_since(start), pages, bytes);
  }
  return 0;
}

}  // namespace protokol::bench
