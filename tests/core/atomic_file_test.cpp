// protokol/atomic_file.hpp: whole files or none, durable when asked.
#include <gtest/gtest.h>
#include <unistd.h>

#include <protokol/atomic_file.hpp>
#include <stdexcept>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "fsync_counter.hpp"
#include "test_support.hpp"

namespace {

using protokol::atomic_file;
using protokol::remove_file_durably;
using protokol::write_file_atomically;
using protokol::test::file_names;
using protokol::test::fsync_calls;
using protokol::test::read_text;
using protokol::test::temp_dir;
using names = std::vector<std::string>;

TEST(AtomicFile, CommitPutsTheWholeContentUnderTheTargetName) {
  temp_dir dir;
  write_file_atomically(dir / "a.txt", "first line\nsecond, ÆØÅ\n");
  EXPECT_EQ(read_text(dir / "a.txt"), "first line\nsecond, ÆØÅ\n");
  EXPECT_EQ(file_names(dir.path()), names{"a.txt"});
}

TEST(AtomicFile, TargetKeepsItsOldContentUntilCommit) {
  temp_dir dir;
  write_file_atomically(dir / "a.txt", "old");
  atomic_file file(dir / "a.txt");
  file.write("new");
  EXPECT_EQ(read_text(dir / "a.txt"), "old");
  file.commit();
  EXPECT_EQ(read_text(dir / "a.txt"), "new");
}

TEST(AtomicFile, TemporaryIsADotFileInTheTargetFolderNamingTheProcess) {
  temp_dir dir;
  atomic_file file(dir / "items.csv");
  const names files = file_names(dir.path());
  ASSERT_EQ(files.size(), 1u);
  const std::string prefix = ".protokol-tmp.items.csv." + std::to_string(::getpid()) + ".";
  EXPECT_EQ(files[0].rfind(prefix, 0), 0u) << files[0];
}

TEST(AtomicFile, AbandonedFileLeavesNothingBehind) {
  temp_dir dir;
  try {
    atomic_file file(dir / "a.txt");
    file.write(std::string(1 << 20, 'x'));  // past the buffer: on disk already
    throw std::runtime_error("stage failed");
  } catch (const std::runtime_error&) {
  }
  EXPECT_TRUE(file_names(dir.path()).empty());
}

TEST(AtomicFile, LargeAndSmallWritesKeepTheirOrder) {
  temp_dir dir;
  const std::string big(1 << 20, 'x');
  atomic_file file(dir / "a.txt");
  file.write("<");
  file.write(big);
  file.write(">");
  for (int i = 0; i < 1000; ++i) file.write(std::to_string(i));
  file.commit();
  std::string expected = "<" + big + ">";
  for (int i = 0; i < 1000; ++i) expected += std::to_string(i);
  EXPECT_EQ(read_text(dir / "a.txt"), expected);
}

TEST(AtomicFile, ConcurrentWritersOfOneTargetLeaveOneWholeVersion) {
  temp_dir dir;
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i)
        write_file_atomically(dir / "a.txt", std::string(10000, static_cast<char>('a' + t)));
    });
  }
  for (auto& thread : threads) thread.join();
  const std::string content = read_text(dir / "a.txt");
  ASSERT_EQ(content.size(), 10000u);
  EXPECT_EQ(content, std::string(10000, content[0]));
  EXPECT_EQ(file_names(dir.path()), names{"a.txt"});
}

TEST(AtomicFile, MissingFolderIsReportedWithTheTarget) {
  temp_dir dir;
  try {
    atomic_file file(dir / "nowhere" / "a.txt");
    FAIL() << "no error";
  } catch (const std::system_error& e) {
    EXPECT_EQ(std::string(e.what()), "cannot create a temporary file for " +
                                         (dir / "nowhere" / "a.txt").string() +
                                         ": No such file or directory");
  }
}

TEST(AtomicFile, WriteFileAtomicallyCreatesMissingFolders) {
  temp_dir dir;
  write_file_atomically(dir / "a" / "b" / "c.txt", "x");
  EXPECT_EQ(read_text(dir / "a" / "b" / "c.txt"), "x");
}

TEST(AtomicFile, RemoveDurablyIgnoresMissingFiles) {
  temp_dir dir;
  write_file_atomically(dir / "a.txt", "x");
  remove_file_durably(dir / "a.txt");
  remove_file_durably(dir / "a.txt");
  EXPECT_TRUE(file_names(dir.path()).empty());
}

// fsync calls made by committing one small file.
std::size_t fsyncs_of_commit(bool durable) {
  temp_dir dir;
  atomic_file file(dir / "a.txt", durable);
  file.write("x");
  const std::size_t before = fsync_calls();
  file.commit();
  EXPECT_EQ(read_text(dir / "a.txt"), "x");
  return fsync_calls() - before;
}

TEST(AtomicFile, DurableCommitSyncsTheFileAndThenItsFolder) {
  EXPECT_EQ(fsyncs_of_commit(true), 2u);
}

TEST(AtomicFile, CommitThatIsNotDurableSyncsNothing) { EXPECT_EQ(fsyncs_of_commit(false), 0u); }

TEST(AtomicFile, WriteFileAtomicallyPassesTheDurableFlagOn) {
  temp_dir dir;
  std::size_t before = fsync_calls();
  write_file_atomically(dir / "a.txt", "x", false);
  EXPECT_EQ(fsync_calls() - before, 0u);
  before = fsync_calls();
  write_file_atomically(dir / "a.txt", "y");
  EXPECT_EQ(fsync_calls() - before, 2u);
}

TEST(AtomicFile, RemovalSyncsTheFolderOnlyWhenDurable) {
  temp_dir dir;
  write_file_atomically(dir / "a.txt", "x");
  write_file_atomically(dir / "b.txt", "x");
  std::size_t before = fsync_calls();
  remove_file_durably(dir / "a.txt", false);
  EXPECT_EQ(fsync_calls() - before, 0u);
  before = fsync_calls();
  remove_file_durably(dir / "b.txt");
  EXPECT_EQ(fsync_calls() - before, 1u);
  EXPECT_TRUE(file_names(dir.path()).empty());
}

}  // namespace
