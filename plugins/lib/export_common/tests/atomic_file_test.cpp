#include <gtest/gtest.h>

#include <export_common/atomic_file.hpp>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "output_files.hpp"

namespace {

using protokol::export_common::atomic_file;
using protokol::export_testing::list_files;
using protokol::export_testing::read_file;
using protokol::export_testing::temp_folder;

TEST(AtomicFile, CommitPutsTheWholeContentUnderTheTargetName) {
  temp_folder dir;
  protokol::export_common::write_file_atomically(dir.path() / "a.txt", "første linje\nanden\n");
  EXPECT_EQ(read_file(dir.path() / "a.txt"), "første linje\nanden\n");
  EXPECT_EQ(list_files(dir.path(), true), std::vector<std::string>{"a.txt"});
}

TEST(AtomicFile, TargetKeepsItsOldContentUntilCommit) {
  temp_folder dir;
  protokol::export_common::write_file_atomically(dir.path() / "a.txt", "old");
  atomic_file file(dir.path() / "a.txt");
  file.write("new");
  EXPECT_EQ(read_file(dir.path() / "a.txt"), "old");
  file.commit();
  EXPECT_EQ(read_file(dir.path() / "a.txt"), "new");
}

TEST(AtomicFile, TemporaryIsADotFileInTheTargetFolder) {
  temp_folder dir;
  atomic_file file(dir.path() / "items.csv");
  const std::vector<std::string> files = list_files(dir.path(), true);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].rfind(".protokol-tmp.items.csv.", 0), 0u) << files[0];
}

TEST(AtomicFile, AbandonedFileLeavesNothingBehind) {
  temp_folder dir;
  try {
    atomic_file file(dir.path() / "a.txt");
    file.write("half");
    throw std::runtime_error("stage failed");
  } catch (const std::runtime_error&) {
  }
  EXPECT_TRUE(list_files(dir.path(), true).empty());
}

TEST(AtomicFile, LargeAndSmallWritesKeepTheirOrder) {
  temp_folder dir;
  const std::string big(1 << 20, 'x');
  atomic_file file(dir.path() / "a.txt");
  file.write("<");
  file.write(big);
  file.write(">");
  for (int i = 0; i < 1000; ++i) file.write(std::to_string(i));
  file.commit();
  std::string expected = "<" + big + ">";
  for (int i = 0; i < 1000; ++i) expected += std::to_string(i);
  EXPECT_EQ(read_file(dir.path() / "a.txt"), expected);
}

TEST(AtomicFile, ConcurrentWritersOfOneTargetLeaveOneWholeVersion) {
  temp_folder dir;
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        protokol::export_common::write_file_atomically(
            dir.path() / "a.txt", std::string(10000, static_cast<char>('a' + t)));
      }
    });
  }
  for (auto& thread : threads) thread.join();
  const std::string content = read_file(dir.path() / "a.txt");
  ASSERT_EQ(content.size(), 10000u);
  EXPECT_EQ(content, std::string(10000, content[0]));
  EXPECT_EQ(list_files(dir.path(), true), std::vector<std::string>{"a.txt"});
}

TEST(AtomicFile, MissingFolderIsReportedWithTheTarget) {
  temp_folder dir;
  try {
    atomic_file file(dir.path() / "nowhere" / "a.txt");
    FAIL() << "no error";
  } catch (const std::system_error& e) {
    EXPECT_NE(std::string(e.what()).find("cannot create a temporary file for"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("nowhere/a.txt"), std::string::npos);
  }
}

TEST(AtomicFile, RemoveDurablyIgnoresMissingFiles) {
  temp_folder dir;
  protokol::export_common::write_file_atomically(dir.path() / "a.txt", "x");
  protokol::export_common::remove_file_durably(dir.path() / "a.txt");
  protokol::export_common::remove_file_durably(dir.path() / "a.txt");
  EXPECT_TRUE(list_files(dir.path(), true).empty());
}

}  // namespace
