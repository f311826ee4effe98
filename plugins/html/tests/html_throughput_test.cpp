// Throughput of the html stage's logic on the HTML fixtures, each page read
// again and again until ~10 MB went through. Reports MB/s on stdout and as a
// test property; asserts only that every pass gives the same text, since
// timings on a shared machine are no test.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "html_text.hpp"

namespace protokol::html {
namespace {

std::vector<std::string> fixture_pages() {
  std::vector<std::string> pages;
  for (const auto& f :
       std::filesystem::directory_iterator(std::string(PROTOKOL_FIXTURES_DIR) + "/html")) {
    const auto ext = f.path().extension();
    if (ext != ".html" && ext != ".htm") continue;
    std::ifstream in(f.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    pages.push_back(s.str());
  }
  return pages;
}

TEST(HtmlThroughput, FixturesRepeatedToTenMegabytes) {
  const std::vector<std::string> pages = fixture_pages();
  ASSERT_GE(pages.size(), 4u);
  const html_reader reader({});
  std::vector<std::string> first;
  for (const auto& p : pages) first.push_back(reader.read(p).text);
  constexpr std::size_t target = 10'000'000;
  std::size_t bytes = 0;
  std::size_t mismatches = 0;
  const auto start = std::chrono::steady_clock::now();
  while (bytes < target) {
    for (std::size_t i = 0; i < pages.size(); ++i) {
      if (reader.read(pages[i]).text != first[i]) ++mismatches;
      bytes += pages[i].size();
    }
  }
  const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
  const double mb_per_s = static_cast<double>(bytes) / 1e6 / seconds.count();
  std::cout << "html stage: " << bytes << " bytes in " << seconds.count() << " s = " << mb_per_s
            << " MB/s\n";
  RecordProperty("MBps", std::to_string(mb_per_s));
  EXPECT_EQ(mismatches, 0u);
}

}  // namespace
}  // namespace protokol::html
