// --isolate (issue 15): a segfault, an abort, a hang, a memory blow-up and an
// exit() in a stage each quarantine their one document, naming the stage, the
// plugin and the signal or limit, and the run goes on with output identical to
// an in-process run. Runs the CLI as a child process, since without isolation
// the crash takes the run with it.
#include <gtest/gtest.h>
#include <signal.h>

#include <algorithm>
#include <thread>

#include "ingest_support.hpp"
#include "isolation/worker_setup.hpp"

namespace fs = std::filesystem;
using protokol::test::child_process;
using protokol::test::command_result;
using protokol::test::fixture_plugin_dir;
using protokol::test::ingest_fixture;
using protokol::test::output_listing;
using protokol::test::read_text;
using protokol::test::run_child;
using protokol::test::temp_dir;
using protokol::test::temporaries_under;
using protokol::test::write_text;

namespace {

// The crash comes after the exporter, so isolation must also take back
// what the exporter wrote for the document.
const char* const crashing_pipeline = R"(<pipeline name="crashing">
  <stage use="fixture-text"/>
  <stage use="fixture-count"><param name="token">x</param></stage>
  <stage use="fixture-export"/>
  <stage use="fixture-crash"/>
</pipeline>
)";

const std::string crash_stage = "stage 'fixture-crash' (plugin fixture-crashing 1.0.0) ";

// key -> marker, for the documents that crash. A sanitizer build's workers
// run without the memory limit (isolation/worker_setup.hpp), so an
// allocation without end is left out there.
std::vector<std::pair<std::string, std::string>> crashing_documents() {
  std::vector<std::pair<std::string, std::string>> crashing = {
      {"segfault", "CRASH-SEGFAULT"}, {"abort", "CRASH-ABORT"}, {"hang", "CRASH-HANG"}};
  if (protokol::isolation::address_space_limited)
    crashing.emplace_back("allocate", "CRASH-ALLOCATE");
  crashing.emplace_back("exit", "CRASH-EXIT");
  crashing.emplace_back("quit", "CRASH-QUIT");
  return crashing;
}

std::string good_text(int i) {
  return "Meeting " + std::to_string(i) + "\n" + std::string(static_cast<std::size_t>(i), '\n');
}

void write_good(const fs::path& folder) {
  for (int i = 1; i <= 4; ++i)
    write_text(folder / ("good" + std::to_string(i) + ".txt"), good_text(i));
}

std::vector<std::string> plugins() {
  return {"--plugin-path", fixture_plugin_dir("good"), "--plugin-path",
          fixture_plugin_dir("crashing")};
}

command_result run(const temp_dir& dir, const std::string& input, const std::string& output,
                   std::vector<std::string> extra) {
  std::vector<std::string> args = {"run",
                                   "-q",
                                   "-p",
                                   (dir / "p.xml").string(),
                                   "-o",
                                   (dir / output).string(),
                                   (dir / input).string()};
  args.insert(args.end(), extra.begin(), extra.end());
  for (const std::string& p : plugins()) args.push_back(p);
  return run_child(args);
}

std::string expected_message(const std::string& key) {
  if (key == "segfault") return crash_stage + "was killed by signal 11 (SIGSEGV)";
  if (key == "abort") return crash_stage + "was killed by signal 6 (SIGABRT)";
  if (key == "hang") return crash_stage + "exceeded the 1.5 s time limit (--doc-timeout)";
  if (key == "exit") return crash_stage + "exited with status 3";
  if (key == "quit") return crash_stage + "exited with status 0";
  return "std::bad_alloc: out of memory within the 512 MB limit of an isolated worker "
         "(--doc-memory)";
}

}  // namespace

TEST(Isolation, EachKindOfCrashQuarantinesItsDocumentAndTheRunGoesOn) {
  temp_dir dir;
  write_text(dir / "p.xml", crashing_pipeline);
  write_good(dir / "archive");
  write_good(dir / "good-only");
  const auto crashing = crashing_documents();
  for (const auto& [key, marker] : crashing)
    write_text(dir / "archive" / (key + ".txt"), "Meeting\n" + marker + "\n");

  const auto r = run(dir, "archive", "out",
                     {"--isolate", "-j", "2", "--doc-timeout", "1.5", "--doc-memory", "512"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const auto report = nlohmann::json::parse(read_text(dir / "out/run.json"));
  EXPECT_EQ(report["exported"], 4);
  EXPECT_EQ(report["quarantined"], crashing.size());
  for (const auto& q : report["quarantine"]) {
    const std::string key = q["key"];
    SCOPED_TRACE(key);
    EXPECT_EQ(q["stage"], "fixture-crash");
    EXPECT_EQ(q["plugin"], "fixture-crashing");
    EXPECT_EQ(q["plugin_version"], "1.0.0");
    EXPECT_EQ(q["message"], expected_message(key));
    const auto record =
        nlohmann::json::parse(read_text(dir / "out/quarantine" / (key + ".error.json")));
    EXPECT_EQ(record["stage"], "fixture-crash");
    EXPECT_EQ(record["message"], expected_message(key));
    EXPECT_EQ(read_text(dir / "out/quarantine" / (key + ".txt")),
              read_text(dir / "archive" / (key + ".txt")));
  }
  // The crashing documents are gone from the export (the exporter ran before
  // the crash); the good ones are byte for byte what an in-process run writes.
  ASSERT_EQ(run(dir, "good-only", "in-process", {"-j", "2"}).exit_code, 0);
  EXPECT_EQ(output_listing(dir / "out/fixture"), output_listing(dir / "in-process/fixture"));
  EXPECT_EQ(temporaries_under(dir / "out"), std::vector<std::string>{});
}

TEST(Isolation, WithoutIsolateASegfaultEndsTheWholeRun) {
  temp_dir dir;
  write_text(dir / "p.xml", crashing_pipeline);
  write_good(dir / "archive");
  write_text(dir / "archive/segfault.txt", "Meeting\nCRASH-SEGFAULT\n");
  const auto r = run(dir, "archive", "out", {"-j", "1"});
  EXPECT_EQ(r.exit_code, 128 + SIGSEGV) << r.err;
  EXPECT_FALSE(fs::exists(dir / "out/run.json"));
}

// A stage that calls exit(0) ends the process before the run is done: no
// report, no tables. The exit code must say so, or cron sees success.
TEST(Isolation, WithoutIsolateAnExitZeroInAStageIsNoSuccess) {
  temp_dir dir;
  write_text(dir / "p.xml", crashing_pipeline);
  write_good(dir / "archive");
  write_text(dir / "archive/quit.txt", "Meeting\nCRASH-QUIT\n");
  const auto r = run(dir, "archive", "out", {"-j", "1"});
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("a stage ended the process (exit() called inside a plugin)"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(dir / "out/run.json"));
}

// A stage in C++ that hands back a broken document (an entity past the
// text's end) has the document quarantined, naming the stage and the breach;
// nothing of it is exported.
TEST(Isolation, AStageThatBreaksTheOutputContractQuarantinesItsDocument) {
  temp_dir dir;
  write_text(dir / "p.xml", crashing_pipeline);
  write_good(dir / "archive");
  write_text(dir / "archive/broken.txt", "Meeting\nBREAK-CONTRACT\n");
  const auto r = run(dir, "archive", "out", {"-j", "1"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const auto record = nlohmann::json::parse(read_text(dir / "out/quarantine/broken.error.json"));
  EXPECT_EQ(record["stage"], "fixture-crash");
  EXPECT_EQ(record["message"],
            "the stage returned a document that breaks the output contract: entity 0 (person) "
            "ends at byte 33, past the text's 23 bytes");
  EXPECT_EQ(nlohmann::json::parse(read_text(dir / "out/run.json"))["exported"], 4);
}

// detect hands its stages the key run would give the file ("Key" in the
// plugin guide: the host fills it).
TEST(Isolation, DetectGivesItsStagesTheDocumentsKey) {
  temp_dir dir;
  write_text(dir / "p.xml", R"(<pipeline name="k"><stage use="fixture-text"/>
  <stage use="fixture-crash"/></pipeline>)");
  write_text(dir / "in/Referat 2024.txt", "Meeting\nKEY-AS-DIALECT\n");
  std::vector<std::string> args = {"detect", "-p", (dir / "p.xml").string(),
                                   (dir / "in/Referat 2024.txt").string()};
  for (const std::string& p : plugins()) args.push_back(p);
  const auto r = run_child(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\tkey=Referat_2024\t"), std::string::npos) << r.out;
}

// What a stage prints on stdout goes to stderr, in process and in a worker:
// protokol's stdout is its own (`detect --json`, `status --json`).
TEST(Isolation, AStagesStdoutGoesToStderr) {
  temp_dir dir;
  write_text(dir / "p.xml", crashing_pipeline);
  write_text(dir / "archive/noisy.txt", "Meeting\nPRINT-STDOUT\n");
  for (const std::vector<std::string>& extra :
       {std::vector<std::string>{"-j", "1"}, std::vector<std::string>{"--isolate", "-j", "1"}}) {
    const auto r = run(dir, "archive", extra.size() == 2 ? "out" : "isolated", extra);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find("NOISE from printf\nNOISE from cout\n"), std::string::npos) << r.err;
  }
}

TEST(Isolation, SigintFinishesTheDocumentsInHandAndWritesTheReport) {
  temp_dir dir;
  write_text(dir / "p.xml", protokol::test::fixture_pipeline);
  for (int i = 0; i < 30; ++i)
    write_text(dir / "in" / ("doc" + std::to_string(100 + i) + ".txt"),
               "Meeting " + std::to_string(i) + "\nFIXTURE-SLEEP\n");
  child_process child({"run", "-q", "-j", "2", "--isolate", "-p", (dir / "p.xml").string(), "-o",
                       (dir / "out").string(), (dir / "in").string(), "--plugin-path",
                       fixture_plugin_dir("good")});
  // Once the workers are up and the first document is out (their start
  // takes long on a busy machine), well before the last one.
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (protokol::test::exported_files(dir / "out/fixture").empty() &&
         std::chrono::steady_clock::now() < give_up)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  child.signal(SIGINT);
  const auto code = child.wait(std::chrono::seconds(30));
  ASSERT_TRUE(code.has_value());
  EXPECT_EQ(*code, 130) << child.err();
  const auto report = nlohmann::json::parse(read_text(dir / "out/run.json"));
  EXPECT_EQ(report["interrupted"], true);
  const int exported = report["exported"].get<int>();
  EXPECT_GE(exported, 1);
  EXPECT_LT(exported, 30);
  EXPECT_EQ(report["quarantined"], 0);
  EXPECT_EQ(exported + report["not_started"].get<int>(), 30);
  const std::string index = read_text(dir / "out/fixture/index");
  EXPECT_EQ(static_cast<int>(std::count(index.begin(), index.end(), '\n')), exported) << index;
  EXPECT_EQ(temporaries_under(dir / "out"), std::vector<std::string>{});
}

TEST(Isolation, LimitsWithoutIsolateAreRefused) {
  const auto r = run_child({"run", "--doc-timeout", "5", "-o", "/nonexistent", "x"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "protokol: --doc-timeout and --doc-memory limit isolated workers; add --isolate\n");
}

TEST(Isolation, TooLittleMemoryIsRefused) {
  const auto r =
      run_child({"ingest", "--isolate", "--doc-memory", "64", "--archive", "a", "-o", "o"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "protokol: --doc-memory must be between 256 and 1048576 MB, not 64\n");
}

TEST(Isolation, TheWorkerCommandIsNotForHands) {
  const auto r = run_child({"worker"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("it is not started by hand"), std::string::npos) << r.err;
}

TEST(IngestIsolation, ACrashIsQuarantinedAndNotRetriedUntilTheFileChanges) {
  ingest_fixture f;
  write_text(f.pipeline(), crashing_pipeline);
  f.add("good.txt", "Meeting\nitem\n");
  f.add("bad.txt", "Meeting\nCRASH-SEGFAULT\n");
  const std::vector<std::string> isolated = {"--settle", "0", "--isolate", "--plugin-path",
                                             fixture_plugin_dir("crashing")};
  const auto first = f.ingest(isolated);
  ASSERT_EQ(first.exit_code, 1) << first.err;
  const auto report = f.report();
  EXPECT_EQ(report["exported"], 1);
  ASSERT_EQ(report["quarantine"].size(), 1u);
  EXPECT_EQ(report["quarantine"][0]["key"], "bad");
  EXPECT_EQ(report["quarantine"][0]["stage"], "fixture-crash");
  EXPECT_EQ(report["quarantine"][0]["message"], crash_stage + "was killed by signal 11 (SIGSEGV)");
  EXPECT_EQ(f.exported(), std::vector<std::string>{"good.txt"});
  EXPECT_TRUE(fs::exists(f.out() / "quarantine/bad.error.json"));
  auto status = f.status();
  EXPECT_EQ(status["counts"]["quarantined"], 1) << status.dump();
  EXPECT_EQ(status["counts"]["in_flight"], 0);

  // Not retried before its retry is due (as any quarantined document)...
  const auto second = f.ingest(isolated);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(f.report()["processed"], 0) << f.report().dump();

  // ...but at once when it changes: new content is a new document.
  f.add("bad.txt", "Meeting\nmended\n");
  const auto third = f.ingest(isolated);
  ASSERT_EQ(third.exit_code, 0) << third.err;
  EXPECT_EQ(f.exported(), (std::vector<std::string>{"bad.txt", "good.txt"}));
  EXPECT_FALSE(fs::exists(f.out() / "quarantine/bad.error.json"));
}
