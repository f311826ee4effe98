// Crash safety: SIGKILL at every kind of point, a plugin that segfaults, and
// the lock. Each ends with a clean run and checks that every document is
// exported exactly once, nothing temporary is left and the state agrees.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <random>
#include <thread>

#include "../../core/src/ingest/state_lock.hpp"
#include "ingest_support.hpp"

namespace fs = std::filesystem;
using protokol::test::child_process;
using protokol::test::ingest_fixture;
using protokol::test::read_text;

namespace {

constexpr int documents = 30;
constexpr int killed = 128 + SIGKILL;

std::string body(int i) {
  return "Meeting " + std::to_string(i) + "\n" + std::string(static_cast<std::size_t>(i % 7), '\n');
}

void make_archive(const ingest_fixture& f) {
  for (int i = 0; i < documents; ++i)
    f.add("y" + std::to_string(2000 + i % 3) + "/m" + std::to_string(i) + ".txt", body(i));
}

// Every document exported exactly once with the right content, the index
// listing each once, no temporaries, an empty quarantine, and a state that
// says the same.
void expect_complete(const ingest_fixture& f, const std::string& context) {
  SCOPED_TRACE(context);
  std::vector<std::string> expected;
  for (int i = 0; i < documents; ++i)
    expected.push_back("y" + std::to_string(2000 + i % 3) + "__m" + std::to_string(i) + ".txt");
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(f.exported(), expected);
  std::string index;
  for (const auto& name : expected) index += name + "\n";
  EXPECT_EQ(read_text(f.out() / "fixture/index"), index);
  for (int i = 0; i < documents; ++i) {
    const auto file = f.out() / "fixture" /
                      ("y" + std::to_string(2000 + i % 3) + "__m" + std::to_string(i) + ".txt");
    EXPECT_EQ(read_text(file),
              "Meeting " + std::to_string(i) + "\n" + std::to_string(1 + i % 7) + "\n")
        << file;
  }
  EXPECT_EQ(f.temporaries(), std::vector<std::string>{});
  std::error_code ec;
  EXPECT_TRUE(!fs::exists(f.out() / "quarantine") || fs::is_empty(f.out() / "quarantine", ec));
  const auto status = f.status();
  EXPECT_EQ(status["counts"]["exported"], documents) << status.dump();
  EXPECT_EQ(status["counts"]["documents"], documents);
  EXPECT_EQ(status["counts"]["in_flight"], 0);
  EXPECT_EQ(status["counts"]["quarantined"], 0);
  EXPECT_EQ(status["counts"]["parked"], 0);
  EXPECT_TRUE(status["lock"].is_null());
}

// Kill at the n-th durable step of a fresh ingest, then run again: the
// killed document is quarantined as the suspect, and --retry-failed (what an
// operator or the backoff does) brings it back.
void kill_then_recover(int n, const std::string& jobs, const std::string& batch) {
  ingest_fixture f;
  make_archive(f);
  const auto first = f.ingest({"--settle", "0", "-j", jobs, "--batch", batch},
                              {{"PROTOKOL_FAULT_KILL_AFTER_WRITES", std::to_string(n)}});
  ASSERT_TRUE(first.exit_code == killed || first.exit_code == 0) << "n=" << n << " " << first.err;
  const auto again = f.ingest({"--settle", "0", "-j", jobs, "--batch", batch});
  ASSERT_LE(again.exit_code, 1) << again.err;
  if (again.exit_code == 1) {
    EXPECT_NE(again.err.find(
                  "quarantined in stage process: the process died while processing this document "
                  "(killed, or the machine stopped; run of pid "),
              std::string::npos)
        << again.err;
  }
  const auto last = f.ingest({"--settle", "0", "-j", jobs, "--retry-failed"});
  ASSERT_EQ(last.exit_code, 0) << last.err;
  expect_complete(
      f, "killed at step " + std::to_string(n) + " with -j " + jobs + ", --batch " + batch);
}

}  // namespace

TEST(IngestCrash, KillAtEveryKindOfStepThenRecover) {
  // A fresh 30-document run in one batch has 99 fault points: 1-3 state
  // commits before the first document, then per document in flight / outputs
  // written / out of flight, 94 the batch synced, 95 its results committed,
  // 96 the tables finished, 97-98 commits, 99 run.json; with --batch 7 each
  // of the five batches adds its two. Every kind, spread over the run; 200 is
  // past the end (no kill).
  const std::vector<int> steps = {1,  2,  3,  4,  5,  6,  7,  8,  10, 13, 17, 22,
                                  31, 45, 60, 77, 90, 92, 93, 94, 95, 96, 97, 200};
  // Three at a time: the runs wait on fsync more than on the processor.
  for (std::size_t i = 0; i < steps.size(); i += 3) {
    std::vector<std::thread> batch;
    for (std::size_t k = i; k < std::min(i + 3, steps.size()); ++k)
      batch.emplace_back([n = steps[k], jobs = k % 2 ? "2" : "1", size = k % 3 ? "200" : "7"] {
        kill_then_recover(n, jobs, size);
      });
    for (auto& t : batch) t.join();
  }
}

TEST(IngestCrash, KillBetweenBatchCommitsRedoesTheBatchWithoutBlame) {
  // Batches of 4 on one job: whatever step the kill hits, the state holds
  // whole batches of results (a multiple of 4), at most the one document in
  // hand is in flight, and the next run quarantines at most that one.
  for (const int n : {9, 14, 23, 31, 40, 52}) {
    SCOPED_TRACE("killed at step " + std::to_string(n));
    ingest_fixture f;
    make_archive(f);
    const auto first = f.ingest({"--settle", "0", "-j", "1", "--batch", "4"},
                                {{"PROTOKOL_FAULT_KILL_AFTER_WRITES", std::to_string(n)}});
    ASSERT_EQ(first.exit_code, killed) << first.err;
    const auto after_kill = f.status();
    const int exported = after_kill["counts"]["exported"].get<int>();
    EXPECT_EQ(exported % 4, 0) << after_kill.dump();
    EXPECT_LE(after_kill["counts"]["in_flight"].get<int>(), 1) << after_kill.dump();
    const auto again = f.ingest({"--settle", "0", "-j", "1", "--batch", "4"});
    ASSERT_LE(again.exit_code, 1) << again.err;
    EXPECT_LE(f.status()["counts"]["quarantined"].get<int>(), 1);
    ASSERT_EQ(f.ingest({"--settle", "0", "--retry-failed"}).exit_code, 0);
    expect_complete(f, "killed at step " + std::to_string(n) + " with --batch 4");
  }
}

TEST(IngestCrash, RepeatedKillsInARowStillEndComplete) {
  // Each run starts from the state the killed one left, including kills
  // during the recovery of the previous crash.
  ingest_fixture f;
  make_archive(f);
  for (const int n : {2, 1, 5, 3, 9, 2, 14, 4, 20, 6}) {
    const auto r = f.ingest({"--settle", "0", "-j", "2"},
                            {{"PROTOKOL_FAULT_KILL_AFTER_WRITES", std::to_string(n)}});
    ASSERT_TRUE(r.exit_code == killed || r.exit_code <= 1) << r.err;
  }
  ASSERT_EQ(f.ingest({"--settle", "0", "--retry-failed"}).exit_code, 0);
  expect_complete(f, "after ten kills in a row");
}

TEST(IngestCrash, KillAtRandomMomentsFromOutside) {
  std::mt19937 random(20240601);
  for (int round = 0; round < 6; ++round) {
    ingest_fixture f;
    make_archive(f);
    {
      child_process child(f.ingest_args({"--settle", "0", "-j", "2"}));
      std::this_thread::sleep_for(
          std::chrono::microseconds(std::uniform_int_distribution<int>(5000, 150000)(random)));
      child.signal(SIGKILL);
      child.wait(std::chrono::seconds(10));
    }
    ASSERT_LE(f.ingest({"--settle", "0"}).exit_code, 1);
    ASSERT_EQ(f.ingest({"--settle", "0", "--retry-failed"}).exit_code, 0);
    expect_complete(f, "random kill, round " + std::to_string(round));
  }
}

TEST(IngestCrash, SegfaultingDocumentIsQuarantinedThenParkedThenRetriedOnRequest) {
  ingest_fixture f;
  f.add("a.txt", "A\n");
  f.add("b.txt", "B\n");
  f.add("poison.txt", "FIXTURE-SEGFAULT\n");
  f.add("z.txt", "Z\n");
  // No retry delay: every retry is due at the next run.
  const std::vector<std::string> opts = {"--settle",      "0", "-j", "1", "--max-attempts", "2",
                                         "--retry-delay", "0"};
  auto with = [&](std::vector<std::string> extra) {
    auto all = opts;
    all.insert(all.end(), extra.begin(), extra.end());
    return f.ingest(all);
  };
  // 1. The plugin crashes the process while it holds poison.txt.
  auto r = with({});
  EXPECT_EQ(r.exit_code, 128 + SIGSEGV) << r.err;
  EXPECT_NE(read_text(f.state().string() + ".lock").find("signal 11"), std::string::npos);
  // 2. The next run finds it in flight, quarantines it, exports the rest.
  r = with({});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const auto record = nlohmann::json::parse(read_text(f.out() / "quarantine/poison.error.json"));
  EXPECT_EQ(record["stage"], "process");
  EXPECT_EQ(record["plugin"], "protokol");
  EXPECT_EQ(record["message"].get<std::string>().rfind(
                "the process died while processing this document (SIGSEGV; run of pid ", 0),
            0u)
      << record.dump();
  EXPECT_EQ(read_text(f.out() / "quarantine/poison.txt"), "FIXTURE-SEGFAULT\n");
  EXPECT_EQ(f.exported(), (std::vector<std::string>{"a.txt", "b.txt", "z.txt"}));
  auto status = f.status();
  EXPECT_EQ(status["counts"]["quarantined"], 1);
  EXPECT_EQ(status["counts"]["in_flight"], 0);
  EXPECT_EQ(status["failed"][0]["attempts"], 1);
  // 3. Its retry crashes again; the run after parks it.
  EXPECT_EQ(with({}).exit_code, 128 + SIGSEGV);
  r = with({});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  status = f.status();
  EXPECT_EQ(status["counts"]["parked"], 1);
  EXPECT_EQ(status["failed"][0]["attempts"], 2);
  // 4. Parked: left alone, ingestion goes on.
  f.add("later.txt", "Later\n");
  r = with({});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(f.exported(), (std::vector<std::string>{"a.txt", "b.txt", "later.txt", "z.txt"}));
  // 5. --retry-failed tries it once more.
  EXPECT_EQ(with({"--retry-failed"}).exit_code, 128 + SIGSEGV);
  EXPECT_EQ(with({}).exit_code, 1);
  EXPECT_EQ(f.status()["failed"][0]["attempts"], 3);
  EXPECT_EQ(f.temporaries(), std::vector<std::string>{});
}

TEST(IngestLock, SecondRunFailsAtOnceNamingTheHolder) {
  ingest_fixture f;
  f.add("a.txt", "A\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  protokol::ingest::lock_holder holder;
  auto lock = protokol::ingest::state_lock::acquire(f.state(), holder);
  ASSERT_TRUE(lock.has_value());
  char host[256] = {};
  ::gethostname(host, sizeof host - 1);
  const auto started = std::chrono::steady_clock::now();
  const auto r = f.ingest({"--settle", "0"});
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("protokol: state " + f.state().string() + " is locked by pid " +
                       std::to_string(::getpid()) + " on " + host + " since 20"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(f.status()["lock"]["pid"], ::getpid());
  lock.reset();
  EXPECT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
}

TEST(IngestLock, LockOfAKilledRunIsRecovered) {
  ingest_fixture f;
  f.add("a.txt", "A\n");
  f.add("b.txt", "B\n");
  const auto r = f.ingest({"--settle", "0"}, {{"PROTOKOL_FAULT_KILL_AFTER_WRITES", "4"}});
  ASSERT_EQ(r.exit_code, killed) << r.err;
  const auto stale = protokol::ingest::parse_lock_holder(read_text(f.state().string() + ".lock"));
  EXPECT_GT(stale.pid, 0);                    // the dead run's name is still in the file ...
  EXPECT_TRUE(f.status()["lock"].is_null());  // ... but the lock is free
  const auto again = f.ingest({"--settle", "0"});
  EXPECT_EQ(again.exit_code, 1) << again.err;  // the document it held is the suspect
  EXPECT_NE(again.err.find("run of pid " + std::to_string(stale.pid)), std::string::npos)
      << again.err;
  EXPECT_EQ(f.ingest({"--settle", "0", "--retry-failed"}).exit_code, 0);
  EXPECT_EQ(f.exported(), (std::vector<std::string>{"a.txt", "b.txt"}));
}

TEST(IngestLock, LockHeldByAnotherToolSaysSo) {
  ingest_fixture f;
  f.add("a.txt", "A\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  // As `flock STATE.lock sqlite3 STATE .backup ...` does: hold it, write nothing.
  const int fd = ::open((f.state().string() + ".lock").c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX), 0);
  const auto r = f.ingest({"--settle", "0"});
  ::close(fd);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(
      r.err.find("is locked by another process (the last ingest named in the lock file, pid "),
      std::string::npos)
      << r.err;
}
