// Throughput of the segment stage on ~50 MB made of the corpus files
// repeated. Reports MB/s (as a test property and on stdout); asserts only
// that every copy of every item was found, since timings on a shared
// machine are no test.
#include <gtest/gtest.h>
#include <time.h>

#include <iostream>

#include "test_support.hpp"

namespace protokol::segmenter {
namespace {

constexpr std::size_t target_bytes = 50u << 20;

// CPU time of this thread: "per core" even when the machine is shared.
double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

TEST(SegmenterThroughput, FiftyMegabytesOfCorpusMinutes) {
  std::vector<std::string> files;
  for (const char* stem : {"000_a4b572501006c254", "002_272ed4b7c6745111", "003_bfe7316b770d3aa7",
                           "004_f36d0290eb02bd68"}) {
    files.push_back(
        testing::read_file(testing::fixture_path(std::string("corpus/") + stem + ".txt")));
  }
  // One document per copy of a file, as the pipeline runs them: each is
  // segmented, then dropped. Only segment_document is timed.
  const segment_options options;
  std::size_t bytes = 0;
  std::size_t docs = 0;
  std::size_t items = 0;
  double seconds = 0;
  while (bytes < target_bytes) {
    for (const auto& f : files) {
      document doc;
      doc.text = f;
      const double start = thread_seconds();
      segment_document(doc, options);
      seconds += thread_seconds() - start;
      bytes += f.size();
      items += doc.items.size();
      ++docs;
    }
  }
  const double mb_per_s = static_cast<double>(bytes) / 1e6 / seconds;
  std::cout << "[ segment  ] " << docs << " documents, " << bytes / 1000000 << " MB in " << seconds
            << " s of CPU: " << mb_per_s << " MB/s per core\n";
  RecordProperty("megabytes_per_second", std::to_string(mb_per_s));
  EXPECT_EQ(items, docs / 4 * (12 + 11 + 9 + 9));
}

// Item numbers have at most four digits, so the one big document stays
// below 10000 items.
constexpr std::size_t big_document_bytes = 20u << 20;

TEST(SegmenterThroughput, OneTwentyMegabyteDocument) {
  std::string file = testing::read_file(testing::fixture_path("corpus/002_272ed4b7c6745111.txt"));
  if (!file.ends_with('\n')) file += '\n';
  const std::size_t first = file.find("Punkt 1:");
  std::string text = file.substr(0, first);
  text.reserve(big_document_bytes + file.size());
  unsigned number = 0;
  while (text.size() < big_document_bytes) {
    // Copy the items, numbering them on from the last copy.
    std::size_t pos = first;
    while (pos < file.size()) {
      std::size_t next = file.find("\nPunkt ", pos + 1);
      if (next == std::string::npos)
        next = file.size();
      else
        ++next;
      const std::size_t colon = file.find(':', pos);
      text += "Punkt " + std::to_string(++number);
      text.append(file, colon, next - colon);
      pos = next;
    }
  }
  document doc;
  doc.text = std::move(text);
  const double start = thread_seconds();
  segment_document(doc, segment_options{});
  const double mb_per_s = static_cast<double>(doc.text.size()) / 1e6 / (thread_seconds() - start);
  std::cout << "[ segment  ] one document of " << doc.text.size() / 1000000 << " MB: " << mb_per_s
            << " MB/s per core, " << doc.items.size() << " items\n";
  RecordProperty("megabytes_per_second_one_document", std::to_string(mb_per_s));
  EXPECT_EQ(doc.items.size(), number);
}

}  // namespace
}  // namespace protokol::segmenter
