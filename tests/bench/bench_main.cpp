// protokol_bench: end-to-end throughput of a pipeline on a generated corpus.
// Prints MB/s, docs/s, peak memory and time per stage. Not a test: numbers
// go into docs/performance.md, never into assertions.
#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <boost/program_options.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <protokol/atomic_file.hpp>

#include "allocator_setup.hpp"
#include "batch.hpp"
#include "corpus_generator.hpp"
#include "isolation/worker_pool.hpp"
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

// CPU seconds (user and system) of this process and of its reaped children
// (isolated workers): unlike wall time, hardly moved by other load.
double cpu_seconds() {
  double total = 0;
  for (const int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
    rusage usage{};
    ::getrusage(who, &usage);
    for (const timeval& t : {usage.ru_utime, usage.ru_stime})
      total += static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  }
  return total;
}

// How a measured run processes its documents.
enum class mode { in_process, isolated };

// Wall and CPU seconds per document of a run, for the cost of isolation.
struct measured {
  int status = 0;
  double seconds_per_doc = 0;
  double cpu_per_doc = 0;
};

measured run(const std::string& pipeline_file, const fs::path& corpus, unsigned jobs,
             const fs::path& out, bool sync_each_file, mode how, bool per_stage) {
  protokol::plugin_registry registry;
  const auto search_path = protokol::plugin_search_path({});
  if (const auto problems = registry.load(search_path); !problems.empty()) {
    for (const auto& p : problems) std::cerr << p.str() << "\n";
    return {3};
  }
  protokol::pipeline_spec spec;
  auto problems = protokol::read_pipeline(protokol::resolve_pipeline_path(pipeline_file), spec);
  const auto semantic = protokol::check_pipeline(spec, registry);
  problems.insert(problems.end(), semantic.begin(), semantic.end());
  if (!problems.empty()) {
    for (const auto& p : problems) std::cerr << p.str() << "\n";
    return {2};
  }
  auto inputs = protokol::collect_inputs({corpus.string()}, {});
  fs::remove_all(out);
  auto stages = protokol::create_stages(spec, registry, out, sync_each_file);
  if (!inputs || !stages) return {2};
  protokol::pipeline_runner runner(std::move(stages.value()), out);
  protokol::progress_meter quiet(inputs->size(), false);
  protokol::isolation::options isolation;
  isolation.enabled = true;
  isolation.executable = PROTOKOL_BINARY;
  isolation.plugin_search_path = search_path;
  const double cpu_before = cpu_seconds();
  protokol::batch_report r =
      how == mode::isolated
          ? protokol::isolation::run_isolated_batch({isolation, spec, out, sync_each_file, {}},
                                                    runner, inputs.value(), jobs, quiet, {})
          : protokol::run_batch(runner, inputs.value(), jobs, quiet);
  if (!sync_each_file) {  // as `protokol run --sync end`: one syncfs, counted in the time
    const auto started = std::chrono::steady_clock::now();
    protokol::sync_file_system(out);
    r.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  }
  const double mb = static_cast<double>(r.bytes) / 1e6;
  std::printf(
      "pipeline %s, %u job(s), sync %s%s: %zu docs, %.1f MB in %.2f s: %.1f MB/s, %.0f docs/s, %zu "
      "quarantined\n",
      spec.name.c_str(), jobs, sync_each_file ? "each" : "end",
      how == mode::isolated ? ", isolated workers" : "", r.outcomes.size(), mb, r.seconds,
      mb / r.seconds, static_cast<double>(r.outcomes.size()) / r.seconds, r.quarantined());
  double total = 0;
  for (const auto& [id, s] : r.stage_seconds) total += s;
  for (const auto& [id, s] : per_stage ? r.stage_seconds : decltype(r.stage_seconds){})
    std::printf("  stage %-10s %7.3f s cpu-sum  %5.1f%%  %8.1f MB/s alone\n", id.c_str(), s,
                100 * s / total, s > 0 ? mb / s : 0.0);
  const double docs = static_cast<double>(std::max<std::size_t>(1, r.outcomes.size()));
  const double cpu = cpu_seconds() - cpu_before;
  std::printf("  cpu %.2f s (%.2f ms per document), peak RSS %.1f MiB (this process)\n", cpu,
              cpu / docs * 1e3, static_cast<double>(peak_rss_kib()) / 1024);
  if (per_stage) compare_with_ripgrep(corpus, r.seconds, mb);
  return {0, r.seconds / docs, cpu / docs};
}

// The same corpus in-process and in isolated workers (--isolate), `rounds`
// times each, alternating which goes first (the second of a pair writes over
// the first's output): the best of each, since on a shared machine others'
// load only ever adds time. Worker start-up is included.
int compare_isolation(const std::string& pipeline, const fs::path& corpus, unsigned jobs,
                      const fs::path& out, bool sync_each_file, unsigned rounds) {
  measured best[2];
  for (unsigned round = 0; round < rounds; ++round)
    for (const mode how : round % 2 == 0 ? std::array{mode::in_process, mode::isolated}
                                         : std::array{mode::isolated, mode::in_process}) {
      // A fresh folder each time, and the last one's removal on disk before
      // the clock starts: deleting and creating the same names over again
      // costs the file system more than either alone.
      const fs::path fresh = out / std::to_string(round * 2 + (how == mode::isolated));
      const measured m = run(pipeline, corpus, jobs, fresh, sync_each_file, how, false);
      fs::remove_all(fresh);
      protokol::sync_file_system(out);
      if (m.status != 0) return m.status;
      measured& b = best[how == mode::isolated];
      if (round == 0 || m.seconds_per_doc < b.seconds_per_doc)
        b.seconds_per_doc = m.seconds_per_doc;
      if (round == 0 || m.cpu_per_doc < b.cpu_per_doc) b.cpu_per_doc = m.cpu_per_doc;
    }
  const measured &threads = best[0], &workers = best[1];
  std::printf(
      "isolation, best of %u: wall %.2f -> %.2f ms per document (%+.1f %%), cpu %.2f -> %.2f ms "
      "(%+.1f %%)\n",
      rounds, threads.seconds_per_doc * 1e3, workers.seconds_per_doc * 1e3,
      100 * (workers.seconds_per_doc / threads.seconds_per_doc - 1), threads.cpu_per_doc * 1e3,
      workers.cpu_per_doc * 1e3, 100 * (workers.cpu_per_doc / threads.cpu_per_doc - 1));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  protokol::keep_freed_memory_for_next_documents();  // as the CLI does
  std::string pipeline = "default";
  unsigned mb = 50, jobs = 1, pdf_repeats = 20, doc_kb = 0;
  std::string sync = "end";
  bool isolate = false;
  bool keep = false;
  unsigned rounds = 3;
  std::string work = (fs::temp_directory_path() / "protokol-bench").string();
  po::options_description desc("usage: protokol_bench [options]");
  desc.add_options()("help,h", "show this help")(
      "pipeline,p", po::value(&pipeline)->default_value(pipeline), "pipeline file or shipped name")(
      "mb", po::value(&mb)->default_value(mb), "size of the generated corpus in MB")(
      "doc-kb", po::value(&doc_kb)->default_value(doc_kb),
      "grow every generated document to at least this many KB by more agenda items "
      "(0: the fixture minutes' own sizes, 34 KB on average)")(
      "jobs,j", po::value(&jobs)->default_value(jobs), "worker threads")(
      "sync", po::value(&sync)->default_value(sync), "end | each, as protokol run --sync")(
      "work", po::value(&work)->default_value(work),
      "folder for the corpus and the output (replaced)")(
      "pdf-repeats", po::value(&pdf_repeats)->default_value(pdf_repeats),
      "times each PDF fixture is read in the PDF section (0: skip it)")(
      "isolate", po::bool_switch(&isolate),
      "run the corpus in-process and in isolated worker processes (as run --isolate), "
      "alternating, and print the cost")("rounds", po::value(&rounds)->default_value(rounds),
                                         "with --isolate: runs of each kind")(
      "corpus", po::value<std::string>(),
      "run on this folder instead of a generated corpus (e.g. PDF files)")(
      "keep", po::bool_switch(&keep),
      "keep the work folder (WORK/corpus, WORK/out) for profiling or reading");
  po::variables_map vm;
  po::store(po::parse_command_line(argc, argv, desc), vm);
  po::notify(vm);
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return 0;
  }
  fs::path corpus = fs::path(work) / "corpus";
  fs::remove_all(work);
  if (vm.count("corpus")) {
    corpus = vm["corpus"].as<std::string>();
  } else {
    std::vector<fs::path> templates;
    for (const auto& f :
         fs::directory_iterator(fs::path(PROTOKOL_SOURCE_DIR) / "tests/fixtures/corpus"))
      templates.push_back(f.path());
    std::sort(templates.begin(), templates.end());
    const auto started = std::chrono::steady_clock::now();
    const std::size_t docs = protokol::bench::generate_corpus(
        templates, corpus, std::uint64_t{mb} * 1000000, 42, std::size_t{doc_kb} * 1000);
    std::printf("generated %zu docs (%u MB, %.0f KB each on average) in %.1f s\n", docs, mb,
                docs == 0 ? 0.0 : mb * 1000.0 / static_cast<double>(docs),
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  }
  const fs::path out = fs::path(work) / "out";
  const int status =
      isolate ? compare_isolation(pipeline, corpus, jobs, out, sync == "each", rounds)
              : run(pipeline, corpus, jobs, out, sync == "each", mode::in_process, true).status;
  if (!keep) fs::remove_all(work);
#ifdef PROTOKOL_BENCH_PDF
  if (status != 0 || pdf_repeats == 0) return status;
  return protokol::bench::pdf_section(fs::path(PROTOKOL_SOURCE_DIR) / "tests/fixtures/pdf",
                                      pdf_repeats);
#else
  return status;
#endif
}
