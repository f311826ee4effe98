// Inputs: stable order, stable and collision-free keys; read whole.
#include "inputs.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <protokol/output_key.hpp>

#include "read_file.hpp"
#include "test_support.hpp"

using protokol::key_for;

TEST(InputKeys, DropExtensionAndFlattenFolders) {
  EXPECT_EQ(key_for("x.txt"), "x");
  EXPECT_EQ(key_for("2023/marts/udvalg møde.md"), "2023__marts__udvalg_møde");
  EXPECT_EQ(key_for(".hidden.txt"), "_.hidden");
  // A byte of no UTF-8 character is its hex: two Latin-1 names, two keys.
  EXPECT_EQ(key_for("referat_\xe6ldre.txt"), "referat_%E6ldre");
  EXPECT_EQ(key_for("referat_\xf8ldre.txt"), "referat_%F8ldre");
  EXPECT_EQ(key_for("\xc3.txt"), "%C3");  // a lead byte without its follower
}

// A deep archive's path makes a key no file name holds (a run had stopped
// at the first such input): cut, with the path's hash, under the limit and
// with room for a collision's suffix; stable; never cut inside a letter.
TEST(InputKeys, ADeepPathsKeyIsCutWithItsHash) {
  const std::string folder =
      "Økonomiudvalget - referater og dagsordener/2023/Møde den 14. marts 2023 - ordinært "
      "møde/Offentlig udgave med alle bilag/";
  const std::string a = folder +
                        "Referat fra ordinært møde i Økonomiudvalget den 14. marts "
                        "2023 med bilag og protokollater samt underskrifter.txt";
  const std::string b = folder +
                        "Referat fra ordinært møde i Økonomiudvalget den 14. marts "
                        "2023 med bilag og protokollater samt underskrifter 2.txt";
  const std::string key = key_for(a);
  EXPECT_LE(key.size() + 12, protokol::max_key_bytes);
  EXPECT_EQ(key, key_for(a));
  EXPECT_NE(key, key_for(b));
  EXPECT_TRUE(key.starts_with("Økonomiudvalget_-_referater_og_dagsordener__2023__"));
  EXPECT_EQ(key[key.size() - 9], '-');
  EXPECT_NO_THROW(protokol::check_key(protokol::hashed_key(key, a) + "-2"));
  // Every lead byte before the hash has its followers (æ, ø, å: two bytes).
  const std::string cut = key.substr(0, key.size() - 9);
  for (std::size_t i = 0; i < cut.size(); ++i) {
    if ((static_cast<unsigned char>(cut[i]) & 0xE0) == 0xC0) {
      ASSERT_LT(i + 1, cut.size());
      EXPECT_EQ(static_cast<unsigned char>(cut[i + 1]) & 0xC0, 0x80);
    }
  }
}

TEST(InputKeys, SameNameInTwoFoldersDoNotCollide) {
  protokol::test::temp_dir dir;
  protokol::test::write_text(dir / "a/x.txt", "1");
  protokol::test::write_text(dir / "b/x.txt", "2");
  auto inputs =
      protokol::collect_inputs({(dir / "a/x.txt").string(), (dir / "b/x.txt").string()}, {});
  ASSERT_TRUE(inputs);
  ASSERT_EQ(inputs->size(), 2u);
  EXPECT_NE(inputs.value()[0].key, inputs.value()[1].key);
  EXPECT_EQ(inputs.value()[0].key.substr(0, 2), "x-");
}

TEST(InputCollection, FoldersAreRecursiveSortedAndFiltered) {
  protokol::test::temp_dir dir;
  protokol::test::write_text(dir / "b.txt", "");
  protokol::test::write_text(dir / "a/c.txt", "");
  protokol::test::write_text(dir / "a/d.pdf", "");
  protokol::test::write_text(dir / ".git/e.txt", "");
  auto inputs = protokol::collect_inputs({dir.path().string()}, {{"*.txt"}, {}, {}});
  ASSERT_TRUE(inputs);
  ASSERT_EQ(inputs->size(), 2u);
  EXPECT_EQ(inputs.value()[0].relative, "a/c.txt");
  EXPECT_EQ(inputs.value()[0].key, "a__c");
  EXPECT_EQ(inputs.value()[1].relative, "b.txt");
  auto excluded = protokol::collect_inputs({dir.path().string()}, {{}, {"a/*"}, {}});
  ASSERT_TRUE(excluded);
  ASSERT_EQ(excluded->size(), 1u);
}

TEST(InputCollection, MissingInputIsAnError) {
  auto inputs = protokol::collect_inputs({"/nonexistent/minutes"}, {});
  ASSERT_FALSE(inputs);
  EXPECT_EQ(inputs.errors()[0].str(), "/nonexistent/minutes: error: input does not exist");
}

TEST(InputCollection, AFileReachedTwiceIsListedOnce) {
  protokol::test::temp_dir dir;
  protokol::test::write_text(dir / "a/x.txt", "1");
  protokol::test::write_text(dir / "a/y.txt", "2");
  const std::string x = (dir / "a/x.txt").string();
  auto inputs = protokol::collect_inputs({x, x, (dir / "a").string()}, {});
  ASSERT_TRUE(inputs);
  ASSERT_EQ(inputs->size(), 2u);
  EXPECT_EQ(inputs.value()[0].key, "x");  // no "-hash" suffix: no collision left
  EXPECT_EQ(inputs.value()[1].key, "y");
}

TEST(InputCollection, SkippedFoldersAreNeverInput) {
  protokol::test::temp_dir dir;
  protokol::test::write_text(dir / "a/x.txt", "1");
  protokol::test::write_text(dir / "a/out/json/x.json", "{}");
  protokol::input_filter filter;
  filter.skip.add(dir / "a/./out");  // another spelling of the same folder
  auto inputs = protokol::collect_inputs({(dir / "a").string()}, filter);
  ASSERT_TRUE(inputs);
  ASSERT_EQ(inputs->size(), 1u);
  EXPECT_EQ(inputs.value()[0].relative, "x.txt");
}

// A named pipe in a folder would block its reader for ever: it is refused
// (quarantined with the reason), never opened.
TEST(InputCollection, ANamedPipeInAFolderIsRefused) {
  protokol::test::temp_dir dir;
  protokol::test::write_text(dir / "a.txt", "1");
  ASSERT_EQ(::mkfifo((dir / "pipe.txt").c_str(), 0600), 0);
  auto inputs = protokol::collect_inputs({dir.path().string()}, {});
  ASSERT_TRUE(inputs);
  ASSERT_EQ(inputs->size(), 2u);
  EXPECT_TRUE(inputs.value()[0].refusal.empty());
  EXPECT_EQ(inputs.value()[1].relative, "pipe.txt");
  EXPECT_EQ(inputs.value()[1].refusal,
            "not a regular file (a named pipe, socket or device): not read");
}

TEST(InputReading, ReadsWholeFilesOfEverySizeAndNamesWhyNot) {
  protokol::test::temp_dir dir;
  std::string big;
  for (int i = 0; big.size() < 300'000; ++i) big += "linje " + std::to_string(i) + "\n";
  protokol::test::write_text(dir / "big.txt", big);
  protokol::test::write_text(dir / "empty.txt", "");
  std::string out = "left over", error;
  ASSERT_TRUE(protokol::read_whole_file(dir / "big.txt", out, error)) << error;
  EXPECT_EQ(out, big);
  ASSERT_TRUE(protokol::read_whole_file(dir / "empty.txt", out, error)) << error;
  EXPECT_EQ(out, "");
  EXPECT_FALSE(protokol::read_whole_file(dir / "missing.txt", out, error));
  EXPECT_EQ(error, "cannot read input: No such file or directory");
  // A /proc file reports no size to start from.
  ASSERT_TRUE(protokol::read_whole_file("/proc/self/status", out, error)) << error;
  EXPECT_NE(out.find("Pid:"), std::string::npos);
}
