// protokol_bench: end-to-end throughput of a pipeline on a generated corpus.
// Prints MB/s, docs/s, peak memory and time per stage. Not a test: numbers
// go into docs/performance.md, never into assertions.
#include <sys/resource.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <protokol/atomic_file.hpp>

#include "batch.hpp"
#include "corpus_generator.hpp"
#ifdef PROTOKOL_BENCH_PDF
#include "pdf_section.hpp"
#endif
#include "pipeline.hpp"
#include "plugin_registry.hpp"

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

long peak_rss_kib() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// ripgrep counting item headings in the same files, page cache warm: the
// speed of reading the bytes and matching one pattern, the floor of any tool.
void compare_with_ripgrep(const fs::path& corpus, double protokol_seconds, double mb) {
  if (std::system("command -v rg >/dev/null 2>&1") != 0) {
    std::printf("  rg: not installed (Debian package ripgrep), no comparison\n");
    return;
  }
  const std::string command = "rg --count-matches --no-filename -e '^(Punkt )?[0-9]{1,3}[.:] ' '" +
                              corpus.string() + "' >/dev/null";
  double best = 1e9;
  for (int round = 0; round < 3; ++round) {  // the first warms the page cache
    const auto started = std::chrono::steady_clock::now();
    if (std::system(command.c_str()) == -1) return;
    best = std::min(
        best, std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  }
  std::printf("  rg (item headings, all cores) %.3f s: %.1f MB/s; protokol takes %.1fx rg's time\n",
              best, mb / best, protokol_seconds / best);
}

int run(const std::string& pipeline_file, const fs::path& corpus, unsigned jobs,
        const fs::path& out, bool sync_each_file) {
  protokol::plugin_registry registry;
  if (const auto problems = registry.load(protokol::plugin_search_path({})); !problems.empty()) {
    for (const auto& p : problems) std::cerr << p.str() << "\n";
    return 3;
  }
  protokol::pipeline_spec spec;
  auto problems = protokol::read_pipeline(protokol::resolve_pipeline_path(pipeline_file), spec);
  const auto semantic = protokol::check_pipeline(spec, registry);
  problems.insert(problems.end(), semantic.begin(), semantic.end());
  if (!problems.empty()) {
    for (const auto& p : problems) std::cerr << p.str() << "\n";
    return 2;
  }
  auto inputs = protokol::collect_inputs({corpus.string()}, {});
  fs::remove_all(out);
  auto stages = protokol::create_stages(spec, registry, out, sync_each_file);
  if (!inputs || !stages) return 2;
  protokol::pipeline_runner runner(std::move(stages.value()), out);
  protokol::progress_meter quiet(inputs->size(), false);
  protokol::batch_report r = protokol::run_batch(runner, inputs.value(), jobs, quiet);
  if (!sync_each_file) {  // as `protokol run --sync end`: one syncfs, counted in the time
    const auto started = std::chrono::steady_clock::now();
    protokol::sync_file_system(out);
    r.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  }
  const double mb = static_cast<double>(r.bytes) / 1e6;
  std::printf(
      "pipeline %s, %u job(s), sync %s: %zu docs, %.1f MB in %.2f s: %.1f MB/s, %.0f docs/s, %zu "
      "quarantined\n",
      spec.name.c_str(), jobs, sync_each_file ? "each" : "end", r.outcomes.size(), mb, r.seconds,
      mb / r.seconds, static_cast<double>(r.outcomes.size()) / r.seconds, r.quarantined());
  double total = 0;
  for (const auto& [id, s] : r.stage_seconds) total += s;
  for (const auto& [id, s] : r.stage_seconds)
    std::printf("  stage %-10s %7.3f s cpu-sum  %5.1f%%  %8.1f MB/s alone\n", id.c_str(), s,
                100 * s / total, s > 0 ? mb / s : 0.0);
  std::printf("  peak RSS %.1f MiB\n", static_cast<double>(peak_rss_kib()) / 1024);
  compare_with_ripgrep(corpus, r.seconds, mb);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string pipeline = "default";
  unsigned mb = 50, jobs = 1, pdf_repeats = 20;
  std::string sync = "end";
  std::string work = (fs::temp_directory_path() / "protokol-bench").string();
  po::options_description desc("usage: protokol_bench [options]");
  desc.add_options()("help,h", "show this help")(
      "pipeline,p", po::value(&pipeline)->default_value(pipeline), "pipeline file or shipped name")(
      "mb", po::value(&mb)->default_value(mb), "size of the generated corpus in MB")(
      "jobs,j", po::value(&jobs)->default_value(jobs), "worker threads")(
      "sync", po::value(&sync)->default_value(sync), "end | each, as protokol run --sync")(
      "work", po::value(&work)->default_value(work),
      "folder for the corpus and the output (replaced)")(
      "pdf-repeats", po::value(&pdf_repeats)->default_value(pdf_repeats),
      "times each PDF fixture is read in the PDF section (0: skip it)");
  po::variables_map vm;
  po::store(po::parse_command_line(argc, argv, desc), vm);
  po::notify(vm);
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return 0;
  }
  std::vector<fs::path> templates;
  for (const auto& f :
       fs::directory_iterator(fs::path(PROTOKOL_SOURCE_DIR) / "tests/fixtures/corpus"))
    templates.push_back(f.path());
  std::sort(templates.begin(), templates.end());
  const fs::path corpus = fs::path(work) / "corpus";
  fs::remove_all(work);
  const auto started = std::chrono::steady_clock::now();
  const std::size_t docs =
      protokol::bench::generate_corpus(templates, corpus, std::uint64_t{mb} * 1000000, 42);
  std::printf("generated %zu docs (%u MB) in %.1f s\n", docs, mb,
              std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  const int status = run(pipeline, corpus, jobs, fs::path(work) / "out", sync == "each");
  fs::remove_all(work);
#ifdef PROTOKOL_BENCH_PDF
  if (status != 0 || pdf_repeats == 0) return status;
  return protokol::bench::pdf_section(fs::path(PROTOKOL_SOURCE_DIR) / "tests/fixtures/pdf",
                                      pdf_repeats);
#else
  return status;
#endif
}
