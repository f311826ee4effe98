// --watch: files dropped into the archive (and into folders made after the
// watch started) are ingested without another run; SIGTERM ends it cleanly.
#include <gtest/gtest.h>
#include <signal.h>

#include <thread>

#include "ingest_support.hpp"

namespace fs = std::filesystem;
using protokol::test::child_process;
using protokol::test::ingest_fixture;
using protokol::test::read_text;
using protokol::test::write_text;

namespace {

bool wait_for(const fs::path& file, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (fs::exists(file)) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

}  // namespace

TEST(IngestWatch, IngestsArrivingFilesAndStopsCleanlyOnSigterm) {
  ingest_fixture f;
  f.add("first.txt", "First\n");
  child_process watch(f.ingest_args({"--watch", "--settle", "0.3", "-j", "1"}));
  ASSERT_TRUE(wait_for(f.out() / "fixture/first.txt", std::chrono::seconds(10))) << watch.err();

  write_text(f.archive() / "dropped.txt", "Dropped\n");
  ASSERT_TRUE(wait_for(f.out() / "fixture/dropped.txt", std::chrono::seconds(10))) << watch.err();

  // A folder made after the watch began is watched too.
  fs::create_directories(f.archive() / "2025/05");
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  write_text(f.archive() / "2025/05/deep.txt", "Deep\n");
  ASSERT_TRUE(wait_for(f.out() / "fixture/2025__05__deep.txt", std::chrono::seconds(10)))
      << watch.err();

  watch.signal(SIGTERM);
  const auto code = watch.wait(std::chrono::seconds(10));
  ASSERT_TRUE(code.has_value());
  EXPECT_EQ(*code, 0) << watch.err();
  EXPECT_EQ(read_text(f.out() / "fixture/index"), "2025__05__deep.txt\ndropped.txt\nfirst.txt\n");
  const auto status = f.status();
  EXPECT_EQ(status["counts"]["exported"], 3);
  EXPECT_EQ(status["counts"]["in_flight"], 0);
  EXPECT_TRUE(status["lock"].is_null());
}

TEST(IngestWatch, WatchHoldsTheLock) {
  ingest_fixture f;
  f.add("a.txt", "A\n");
  child_process watch(f.ingest_args({"--watch", "--settle", "0"}));
  ASSERT_TRUE(wait_for(f.out() / "fixture/a.txt", std::chrono::seconds(10))) << watch.err();
  const auto second = f.ingest({"--settle", "0"});
  EXPECT_EQ(second.exit_code, 3);
  EXPECT_NE(second.err.find("is locked by pid " + std::to_string(watch.pid()) + " on "),
            std::string::npos)
      << second.err;
  watch.signal(SIGINT);
  EXPECT_EQ(watch.wait(std::chrono::seconds(10)).value_or(-1), 0) << watch.err();
}
