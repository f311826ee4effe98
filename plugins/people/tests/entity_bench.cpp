// entity_bench: single-threaded throughput (MB per CPU second) of the
// entity stages (people, numbers, votes) on the corpus fixtures repeated to
// about 20 MB of documents. Not a test (timings on a shared machine prove
// nothing) and not built by default: `cmake --build <dir> --target
// entity_bench`, then run bin/entity_bench [MB] [stage...] [--dir DIR]. The
// stages are loaded from their built plugin files (from DIR, to compare
// another build) through the real ABI, as the host runs them; a stage whose
// plugin was not built is skipped.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <protokol/testing.hpp>
#include <string>
#include <vector>

#include "entity_testing.hpp"

namespace et = protokol::entity_testing;
namespace pt = protokol::testing;

namespace {

std::vector<protokol::document> corpus_repeated(std::size_t target_bytes, std::size_t& bytes) {
  std::vector<protokol::document> corpus;
  for (const auto& stem : et::corpus_stems()) corpus.push_back(et::corpus_document(stem));
  std::vector<protokol::document> docs;
  bytes = 0;
  while (bytes < target_bytes) {
    for (const auto& doc : corpus) {
      docs.push_back(doc);
      bytes += doc.text.size();
    }
  }
  return docs;
}

// CPU time of this thread: the machine is shared, and a core's throughput
// is what the target is stated in.
double thread_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

double seconds_to_run(const pt::stage_under_test& stage, std::vector<protokol::document> docs) {
  const double start = thread_seconds();
  for (auto& doc : docs) stage.process(doc);
  return thread_seconds() - start;
}

}  // namespace

int main(int argc, char** argv) {
  double megabytes = 20.0;
  std::filesystem::path dir = PLUGIN_DIR;
  std::vector<std::string> wanted;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--dir" && i + 1 < argc) {
      dir = argv[++i];  // compare another build's plugins
    } else if (!arg.empty() && (arg[0] >= '0' && arg[0] <= '9')) {
      megabytes = std::atof(arg.c_str());
    } else {
      wanted.push_back(arg);
    }
  }
  if (wanted.empty()) wanted = {"people", "numbers", "votes"};

  std::size_t bytes = 0;
  const auto docs = corpus_repeated(static_cast<std::size_t>(megabytes * 1e6), bytes);
  std::printf("%zu documents, %.1f MB\n", docs.size(), static_cast<double>(bytes) / 1e6);

  double total_seconds = 0;
  for (const auto& name : wanted) {
    const auto file = dir / ("protokol_" + name + ".so");
    if (!std::filesystem::exists(file)) {
      std::printf("%-8s skipped (%s not built)\n", name.c_str(), file.filename().c_str());
      continue;
    }
    const pt::plugin_library plugin(file);
    const auto* descriptor = plugin.find_stage(name);
    if (descriptor == nullptr) continue;
    const pt::stage_under_test stage(*descriptor);
    // Best of three: the machine is shared, the best run is the least disturbed.
    double best = 1e300;
    for (int run = 0; run < 3; ++run) best = std::min(best, seconds_to_run(stage, docs));
    total_seconds += best;
    std::printf("%-8s %7.1f MB/s  (%.3f s)\n", name.c_str(),
                static_cast<double>(bytes) / 1e6 / best, best);
  }
  if (total_seconds > 0) {
    std::printf("%-8s %7.1f MB/s  (%.3f s)\n", "together",
                static_cast<double>(bytes) / 1e6 / total_seconds, total_seconds);
  }
  return 0;
}
