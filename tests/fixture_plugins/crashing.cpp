// A plugin that fails the hard way, for the tests of --isolate: each way a
// stage (or the library under it) can take its process down, chosen by a
// marker in the text. Without isolation, any of them ends the whole run.
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <protokol/plugin.hpp>
#include <thread>
#include <vector>

namespace {

class fixture_crash final : public protokol::stage {
 public:
  explicit fixture_crash(const protokol::stage_config&) {}
  void process(protokol::document& doc) const override {
    if (has(doc, "CRASH-SEGFAULT")) {
      // As the kernel ends a process that segfaults: a sanitizer build's
      // handler would turn the signal into a report and an exit status.
      std::signal(SIGSEGV, SIG_DFL);
      std::raise(SIGSEGV);
    }
    if (has(doc, "CRASH-ABORT")) std::abort();
    if (has(doc, "CRASH-HANG")) hang();
    if (has(doc, "CRASH-ALLOCATE")) allocate_without_end();
    // A library that gives up on the whole process.
    if (has(doc, "CRASH-EXIT")) std::_Exit(3);
    // One that ends it as if all were well: exit(0) runs the atexit handlers.
    if (has(doc, "CRASH-QUIT")) std::exit(0);
    // Not a crash: the document's key where detect shows it.
    if (has(doc, "KEY-AS-DIALECT")) doc.source.dialect = "key=" + doc.key;
    // Not a crash: a stage that hands back an entity past the text's end.
    if (has(doc, "BREAK-CONTRACT")) {
      protokol::entity e;
      e.type = "person";
      e.start = doc.text.size();
      e.end = doc.text.size() + 10;
      doc.entities.push_back(e);
    }
    // Not a crash: a stage that talks on stdout, with printf and std::cout.
    if (has(doc, "PRINT-STDOUT")) {
      std::printf("NOISE from printf\n");
      std::fflush(stdout);
      std::cout << "NOISE from cout" << std::endl;
    }
  }

 private:
  static bool has(const protokol::document& doc, const char* marker) {
    return doc.text.find(marker) != std::string::npos;
  }
  // Like a parser caught in a loop; sleeping keeps the test machine's cores free.
  [[noreturn]] static void hang() {
    for (;;) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  // Like a decoder told a size of gigabytes: allocates until the allocator
  // says no (std::bad_alloc under the worker's limit).
  [[noreturn]] static void allocate_without_end() {
    std::vector<std::unique_ptr<char[]>> blocks;
    for (;;) {
      blocks.push_back(std::make_unique_for_overwrite<char[]>(std::size_t{64} << 20));
      // Touched, so the allocation cannot be optimised away.
      static_cast<volatile char*>(blocks.back().get())[0] = 1;
    }
  }
};

}  // namespace

PROTOKOL_PLUGIN("fixture-crashing", "1.0.0", "MIT", "Test plugin that crashes on purpose",
                protokol::make_stage<fixture_crash>(
                    protokol::stage_kind::other, "fixture-crash",
                    "Crashes on CRASH-SEGFAULT, CRASH-ABORT, CRASH-HANG, CRASH-ALLOCATE, "
                    "CRASH-EXIT or CRASH-QUIT; prints on PRINT-STDOUT, breaks the output contract "
                    "on BREAK-CONTRACT, shows the key on KEY-AS-DIALECT",
                    "text", ""))
