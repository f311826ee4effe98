// The edges around ingest and run that an operator meets (issue 14): an
// output folder inside the archive, pending files, and a run interrupted by
// SIGINT or SIGTERM, or killed.
#include <gtest/gtest.h>
#include <signal.h>

#include <algorithm>
#include <thread>

#include "ingest_support.hpp"

namespace fs = std::filesystem;
using protokol::test::child_process;
using protokol::test::fixture_plugin_dir;
using protokol::test::ingest_fixture;
using protokol::test::read_text;
using protokol::test::run_child;
using protokol::test::temporaries_under;
using protokol::test::write_text;

TEST(IngestEdges, OutputFolderAndStateInsideTheArchiveAreNeverIngested) {
  ingest_fixture f;
  f.add("a.txt", "Meeting A\nitem\n");
  f.add("b.txt", "Meeting B\nitem\n");
  const fs::path out = f.archive() / "out";
  const fs::path state = f.archive() / "state.sqlite";
  for (int run = 0; run < 4; ++run) {
    const auto r = run_child({"ingest", "-q", "--settle", "0", "-p", f.pipeline().string(),
                              "--archive", f.archive().string(), "-o", out.string(), "--state",
                              state.string(), "--plugin-path", fixture_plugin_dir("good")});
    ASSERT_EQ(r.exit_code, 0) << "run " << run << ": " << r.err;
    const auto report = nlohmann::json::parse(read_text(out / "run.json"));
    EXPECT_EQ(report["files"], 2) << "run " << run << ": " << report.dump();
    EXPECT_EQ(report["unreadable"], 0) << report.dump();
  }
}

TEST(IngestEdges, PendingFilesAreExplained) {
  ingest_fixture f;
  write_text(f.archive() / "fresh.txt", "Meeting\n");  // mtime now: not settled
  const auto r = f.ingest({"--settle", "600"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(f.report()["pending"], 1);
  EXPECT_NE(r.err.find("1 files pending"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--settle 600"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("fresh.txt"), std::string::npos) << r.err;
}

namespace {

// A run of slow documents (200 ms each, or 3 s with `marker`
// FIXTURE-LONG-SLEEP; one at a time) to signal midway.
struct slow_run {
  protokol::test::temp_dir dir;
  std::vector<std::string> args;
  explicit slow_run(const std::string& marker = "FIXTURE-SLEEP") {
    write_text(dir / "p.xml", protokol::test::fixture_pipeline);
    for (int i = 0; i < 30; ++i)
      write_text(dir / "in" / ("doc" + std::to_string(100 + i) + ".txt"),
                 "Meeting " + std::to_string(i) + "\n" + marker + "\n");
    args = {"run",
            "-q",
            "-j",
            "1",
            "-p",
            (dir / "p.xml").string(),
            "-o",
            (dir / "out").string(),
            (dir / "in").string(),
            "--plugin-path",
            fixture_plugin_dir("good")};
  }
};

// Waits until the run has exported a document, at most 30 s: its signal
// handlers are set by then, however slowly a loaded machine (a sanitizer
// build beside other work) started it. A fixed wait of 900 ms once found a
// run still starting, which SIGTERM's default action ended (exit 143).
void wait_for_an_export(const fs::path& out) {
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (protokol::test::exported_files(out / "fixture").empty() &&
         std::chrono::steady_clock::now() < give_up)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

}  // namespace

TEST(RunInterrupted, SigintFinishesDocumentsInHandWritesTablesAndReport) {
  for (const int sig : {SIGINT, SIGTERM}) {
    slow_run s;
    child_process child(s.args);
    wait_for_an_export(s.dir / "out");
    child.signal(sig);
    const auto code = child.wait(std::chrono::seconds(30));
    ASSERT_TRUE(code.has_value());
    EXPECT_EQ(*code, 130) << child.err();
    const auto report = nlohmann::json::parse(read_text(s.dir / "out/run.json"));
    EXPECT_EQ(report["interrupted"], true);
    const int exported = report["exported"].get<int>();
    EXPECT_GE(exported, 1);
    EXPECT_LT(exported, 30);
    // Every input is counted: handled ones and those the interrupt left.
    EXPECT_EQ(report["inputs"].get<int>(), 30);
    EXPECT_EQ(report["exported"].get<int>() + report["quarantined"].get<int>() +
                  report["not_started"].get<int>(),
              30);
    // The table (the fixture exporter's index, written by finish()) lists
    // exactly the documents exported.
    const std::string index = read_text(s.dir / "out/fixture/index");
    EXPECT_EQ(static_cast<int>(std::count(index.begin(), index.end(), '\n')), exported) << index;
    EXPECT_TRUE(temporaries_under(s.dir / "out").empty());
    EXPECT_NE(child.err().find("interrupted"), std::string::npos) << child.err();
  }
}

// ingest stopped by a signal exits as usual (0) but says it stopped: the
// report counts the files it left, and the next pass ingests them.
TEST(IngestInterrupted, TheReportCountsWhatTheSignalLeft) {
  slow_run s;
  std::vector<std::string> args = {"ingest",
                                   "-q",
                                   "-j",
                                   "1",
                                   "--settle",
                                   "0",
                                   "-p",
                                   (s.dir / "p.xml").string(),
                                   "--archive",
                                   (s.dir / "in").string(),
                                   "-o",
                                   (s.dir / "out").string(),
                                   "--plugin-path",
                                   fixture_plugin_dir("good")};
  child_process child(args);
  wait_for_an_export(s.dir / "out");
  child.signal(SIGINT);
  const auto code = child.wait(std::chrono::seconds(30));
  ASSERT_TRUE(code.has_value());
  EXPECT_EQ(*code, 0) << child.err();
  const auto report = nlohmann::json::parse(read_text(s.dir / "out/run.json"));
  EXPECT_EQ(report["stopped"], true);
  EXPECT_EQ(report["interrupted"], true);
  const int done = report["exported"].get<int>() + report["quarantined"].get<int>();
  EXPECT_GE(done, 1);
  EXPECT_EQ(done + report["not_started"].get<int>(), 30);
  EXPECT_NE(child.err().find("inputs not started"), std::string::npos) << child.err();
  child_process next(args);
  ASSERT_EQ(next.wait(std::chrono::seconds(60)), 0) << next.err();
  const auto after = nlohmann::json::parse(read_text(s.dir / "out/run.json"));
  EXPECT_EQ(after["exported"].get<int>() + after["quarantined"].get<int>(), 30 - done);
  EXPECT_EQ(after["interrupted"], false);
}

TEST(RunInterrupted, ASecondSigintStopsAtOnce) {
  slow_run s("FIXTURE-LONG-SLEEP");  // the first document is still in hand at the second signal
  child_process child(s.args);
  std::this_thread::sleep_for(std::chrono::milliseconds(700));
  child.signal(SIGINT);
  // Apart, so that the two are not merged into one pending signal.
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  child.signal(SIGINT);
  const auto code = child.wait(std::chrono::seconds(5));
  ASSERT_TRUE(code.has_value());
  EXPECT_EQ(*code, 128 + SIGINT);
  EXPECT_FALSE(fs::exists(s.dir / "out/run.json"));
}

// With --sync end (the default) run.json is the mark of a finished, durable
// run: a killed run leaves whole files and no run.json, not the last run's.
TEST(RunKilled, LeavesWholeFilesAndNoRunReport) {
  slow_run s;
  write_text(s.dir / "out/run.json", "{\"exported\": 30}\n");  // as a finished run before left it
  child_process child(s.args);
  std::vector<fs::path> written;
  for (int wait = 0; wait < 100 && written.size() < 3; ++wait) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    written.clear();
    std::error_code ec;
    for (const auto& f : fs::directory_iterator(s.dir / "out/fixture", ec))
      if (f.path().extension() == ".txt") written.push_back(f.path());
  }
  child.signal(SIGKILL);
  ASSERT_EQ(child.wait(std::chrono::seconds(5)), 128 + SIGKILL);
  EXPECT_FALSE(fs::exists(s.dir / "out/run.json"));
  ASSERT_GE(written.size(), 3u);
  for (const fs::path& file : written)
    EXPECT_EQ(read_text(file).substr(read_text(file).find('\n')), "\n2\n") << file;
}

TEST(IngestEdges, FileNamesThatAreNotUtf8AreIngestedAndEscapedInTheReport) {
  ingest_fixture f;
  f.add("referat_\xe6ldre.txt", "Meeting\nitem\n");
  const auto r = f.ingest({"--settle", "0"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The key is text (the byte as %E6); the input's name is escaped.
  EXPECT_TRUE(fs::exists(f.out() / "fixture" / "referat_%E6ldre.txt"));
  const std::string report = read_text(f.out() / "run.json");
  EXPECT_NE(report.find("\"key\": \"referat_%E6ldre\""), std::string::npos) << report;
  EXPECT_NE(report.find("referat_\\udce6ldre.txt\""), std::string::npos) << report;
  EXPECT_NE(report.find("\"exported\": 1"), std::string::npos) << report;
  const auto status = run_child({"status", "--json", "--state", f.state().string()});
  EXPECT_EQ(status.exit_code, 0) << status.err;
}

// `--runs 0` keeps the history out, not the last run: a monitor asking for
// the short form must still see that runs happen. Both --state and -o, or a
// negative count, are refused with the reason.
TEST(IngestEdges, StatusShowsTheLastRunWhateverTheHistoryLength) {
  ingest_fixture f;
  f.add("a.txt", "Meeting\nitem\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  const auto text = run_child({"status", "--runs", "0", "--state", f.state().string()});
  EXPECT_EQ(text.exit_code, 0) << text.err;
  EXPECT_EQ(text.out.find("last run   none"), std::string::npos) << text.out;
  EXPECT_EQ(text.out.find("runs (newest first)"), std::string::npos) << text.out;
  const auto json = run_child({"status", "--json", "--runs", "0", "--state", f.state().string()});
  EXPECT_NE(json.out.find("\"last_run\": {"), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"runs\": []"), std::string::npos) << json.out;
  const auto both = run_child({"status", "--state", f.state().string(), "-o", f.out().string()});
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_NE(both.err.find("not both"), std::string::npos) << both.err;
  EXPECT_EQ(run_child({"status", "--runs", "-1", "--state", f.state().string()}).exit_code, 2);
}

// A bad value of an option is named alone, with what it must be.
TEST(IngestEdges, ABadOptionValueIsNamed) {
  ingest_fixture f;
  const auto r = f.ingest({"--settle", "-5"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "protokol: --settle must not be negative\n");
}
