// protokol ingest --shard K/N: each shard ingests its own documents of one
// archive into its own output folder and state, and a state keeps its shard.
#include <gtest/gtest.h>

#include <set>

#include "ingest_support.hpp"

namespace fs = std::filesystem;
using protokol::test::fixture_plugin_dir;
using protokol::test::ingest_fixture;
using protokol::test::read_text;
using protokol::test::run_child;

namespace {

constexpr int file_count = 12;

void add_files(const ingest_fixture& f) {
  for (int i = 0; i < file_count; ++i)
    f.add((i % 3 ? "a/" : "b/") + std::string("doc") + std::to_string(i) + ".txt",
          "Meeting " + std::to_string(i) + "\nitem\n");
}

// `protokol ingest` of the fixture's archive into `out` as shard `k` of 3.
protokol::test::command_result ingest_shard(const ingest_fixture& f, const fs::path& out, int k) {
  return run_child({"ingest", "-q", "-p", f.pipeline().string(), "--archive", f.archive().string(),
                    "-o", out.string(), "--settle", "0", "--shard", std::to_string(k) + "/3",
                    "--plugin-path", fixture_plugin_dir("good")});
}

}  // namespace

TEST(IngestShard, EveryDocumentIsIngestedByExactlyOneShard) {
  ingest_fixture f;
  add_files(f);
  std::multiset<std::string> exported;
  for (int k = 0; k < 3; ++k) {
    const fs::path out = f.dir() / ("shard-" + std::to_string(k));
    const auto r = ingest_shard(f, out, k);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto report = nlohmann::json::parse(read_text(out / "run.json"));
    EXPECT_EQ(report["shard"], std::to_string(k) + "/3");
    EXPECT_EQ(report["files"].get<int>() + report["other_shards"].get<int>(), file_count);
    EXPECT_EQ(report["exported"], report["files"]);
    for (const auto& d : report["documents"]) exported.insert(d["key"].get<std::string>());
    // Nothing new for it in a second pass: the other shards' files stay left out.
    const auto again = ingest_shard(f, out, k);
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.err.find("0 inputs"), std::string::npos) << again.err;
  }
  std::multiset<std::string> all;
  for (int i = 0; i < file_count; ++i)
    all.insert((i % 3 ? "a__" : "b__") + std::string("doc") + std::to_string(i));
  EXPECT_EQ(exported, all);
}

TEST(IngestShard, AStateRefusesAnotherShardSpec) {
  ingest_fixture f;
  add_files(f);
  ASSERT_EQ(f.ingest({"--settle", "0", "--shard", "0/2"}).exit_code, 0);
  const std::string state = f.state().string();
  const auto other = f.ingest({"--settle", "0", "--shard", "1/2"});
  EXPECT_EQ(other.exit_code, 2);
  EXPECT_EQ(other.err, "protokol: state " + state +
                           " belongs to shard 0/2, not shard 1/2; each shard keeps its own state "
                           "and output folder (docs/scaling.md)\n");
  const auto whole = f.ingest({"--settle", "0"});
  EXPECT_EQ(whole.exit_code, 2);
  EXPECT_EQ(whole.err, "protokol: state " + state +
                           " belongs to shard 0/2, not the whole archive; each shard keeps its "
                           "own state and output folder (docs/scaling.md)\n");
}

TEST(IngestShard, AStateOfTheWholeArchiveRefusesAShard) {
  ingest_fixture f;
  add_files(f);
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  const auto r = f.ingest({"--settle", "0", "--shard", "0/2"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "protokol: state " + f.state().string() +
                       " belongs to the whole archive, not shard 0/2; each shard keeps its own "
                       "state and output folder (docs/scaling.md)\n");
}

TEST(IngestShard, BadShardValuesAreRefused) {
  ingest_fixture f;
  const auto r = f.ingest({"--shard", "2/2"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "protokol: --shard 2/2: K must be from 0 to 1 (shards count from 0, as Kubernetes' "
            "JOB_COMPLETION_INDEX does; with Slurm use --array=0-1)\n");
  EXPECT_FALSE(fs::exists(f.state()));
}
