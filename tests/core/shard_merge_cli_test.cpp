// run --shard K/N and protokol merge end to end with the fixture plugins:
// every input in exactly one shard, the merged folder equal to one run
// without --shard, and every merge that cannot be right refused.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "test_support.hpp"

namespace fs = std::filesystem;
using protokol::test::fixture_pipeline;
using protokol::test::fixture_plugin_dir;
using protokol::test::output_listing;
using protokol::test::read_text;
using protokol::test::run_protokol;
using protokol::test::run_report_without_timing;
using protokol::test::temp_dir;
using protokol::test::write_text;

namespace {

const std::string good_path = " --plugin-path " + fixture_plugin_dir("good");
constexpr int shards = 3;

// Twelve documents, two of them quarantined (an empty file and one the
// fixture reader refuses), in two folders.
struct sharded_archive {
  temp_dir dir;
  sharded_archive() {
    write_text(dir / "p.xml", fixture_pipeline);
    for (int i = 0; i < 10; ++i)
      write_text(dir / "archive" / (i % 2 ? "a" : "b") / ("doc" + std::to_string(i) + ".txt"),
                 "Meeting " + std::to_string(i) + "\n" + std::string(i, '\n'));
    write_text(dir / "archive/empty.txt", "");
    write_text(dir / "archive/throws.txt", "FIXTURE-THROW\n");
  }
  std::string run(const std::string& out, const std::string& options = "") const {
    return "run -q -j 2 " + options + " -p " + (dir / "p.xml").string() + " -o " +
           (dir / out).string() + " " + (dir / "archive").string() + good_path;
  }
  std::string shard_out(int k) const { return (dir / ("shard-" + std::to_string(k))).string(); }
  // Runs every shard; returns the merge arguments naming their outputs.
  std::string run_shards(const std::string& options = "") const {
    std::string outs;
    for (int k = 0; k < shards; ++k) {
      const auto r =
          run_protokol(run("shard-" + std::to_string(k), options + " --shard " + std::to_string(k) +
                                                             "/" + std::to_string(shards)));
      EXPECT_LE(r.exit_code, 1) << r.err;
      outs += " " + shard_out(k);
    }
    return outs;
  }
  protokol::test::command_result merge(const std::string& inputs, const std::string& out) const {
    return run_protokol("merge -o " + (dir / out).string() + inputs + good_path);
  }
};

nlohmann::json report_of(const std::string& folder) {
  return nlohmann::json::parse(read_text(fs::path(folder) / "run.json"));
}

}  // namespace

TEST(Shards, EveryInputIsInExactlyOneShard) {
  sharded_archive a;
  a.run_shards();
  std::multiset<std::string> keys;
  for (int k = 0; k < shards; ++k) {
    const auto report = report_of(a.shard_out(k));
    EXPECT_EQ(report["shard"], std::to_string(k) + "/3");
    // The other shards' inputs are not this run's: inputs = exported + quarantined.
    EXPECT_EQ(report["inputs"].get<int>() + report["other_shards"].get<int>(), 12);
    EXPECT_EQ(report["exported"].get<int>() + report["quarantined"].get<int>(),
              report["inputs"].get<int>());
    for (const auto& d : report["documents"]) keys.insert(d["key"].get<std::string>());
    EXPECT_GT(report["inputs"].get<int>(), 0) << "shard " << k << " got nothing";
  }
  ASSERT_EQ(run_protokol(a.run("whole")).exit_code, 1);
  std::multiset<std::string> whole;
  const auto report = report_of((a.dir / "whole").string());
  for (const auto& d : report["documents"]) whole.insert(d["key"].get<std::string>());
  EXPECT_EQ(keys, whole);
}

TEST(Shards, AShardTakesTheSameDocumentsInEveryRun) {
  sharded_archive a;
  for (const std::string out : {"first", "second"})
    ASSERT_LE(run_protokol(a.run(out, "--shard 1/3")).exit_code, 1);
  EXPECT_EQ(output_listing(a.dir / "first"), output_listing(a.dir / "second"));
  EXPECT_EQ(report_of((a.dir / "first").string())["documents"],
            report_of((a.dir / "second").string())["documents"]);
}

TEST(Shards, BadShardValuesAreRefusedBeforeAnythingIsWritten) {
  sharded_archive a;
  for (const auto& [value, message] : std::vector<std::pair<std::string, std::string>>{
           {"3/3",
            "protokol: --shard 3/3: K must be from 0 to 2 (shards count from 0, as "
            "Kubernetes' JOB_COMPLETION_INDEX does; with Slurm use --array=0-2)\n"},
           {"1/0", "protokol: --shard 1/0: N must be from 1 to 1000000\n"},
           {"one/3", "protokol: --shard must be K/N, two whole numbers such as 0/4, not 'one/3'\n"},
           {"-1/3",
            "protokol: --shard must be K/N, two whole numbers such as 0/4, not '-1/3'\n"}}) {
    const auto r = run_protokol(a.run("out", "--shard=" + value));
    EXPECT_EQ(r.exit_code, 2) << value;
    EXPECT_EQ(r.err, message) << value;
    EXPECT_FALSE(fs::exists(a.dir / "out")) << value;
  }
}

TEST(Merge, ThreeShardsMergedEqualOneRunByteForByte) {
  sharded_archive a;
  const std::string outs = a.run_shards();
  const auto merged = a.merge(outs, "merged");
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  EXPECT_EQ(merged.err,
            "protokol: merged 3 shards: 12 inputs, 10 exported, 2 quarantined, 0 warnings; "
            "output in " +
                (a.dir / "merged").string() + "\n");
  ASSERT_EQ(run_protokol(a.run("whole")).exit_code, 1);
  EXPECT_EQ(output_listing(a.dir / "merged"), output_listing(a.dir / "whole"));
  EXPECT_EQ(run_report_without_timing(a.dir / "merged"),
            run_report_without_timing(a.dir / "whole"));
  // The table finish() rebuilt lists the documents of every shard.
  const std::string index = read_text(a.dir / "merged/fixture/index");
  EXPECT_EQ(std::count(index.begin(), index.end(), '\n'), 10) << index;
}

TEST(Merge, RefusesAnOutputThatIsAShardOrInsideOneOrNotEmpty) {
  sharded_archive a;
  const std::string outs = a.run_shards();
  const std::string before = output_listing(a.shard_out(0));
  const auto same = run_protokol("merge -o " + a.shard_out(0) + outs + good_path);
  EXPECT_EQ(same.exit_code, 2);
  EXPECT_EQ(same.err, a.shard_out(0) + ": error: is one of the shard outputs to merge\n");
  const auto inner = run_protokol("merge -o " + a.shard_out(1) + "/merged" + outs + good_path);
  EXPECT_EQ(inner.exit_code, 2);
  EXPECT_EQ(inner.err, a.shard_out(1) + "/merged: error: lies inside the shard output " +
                           a.shard_out(1) + "\n");
  write_text(a.dir / "full/x", "");
  const auto full = a.merge(outs, "full");
  EXPECT_EQ(full.exit_code, 2);
  EXPECT_EQ(full.err, (a.dir / "full").string() +
                          ": error: exists and is not empty: merge writes a new folder\n");
  EXPECT_EQ(output_listing(a.shard_out(0)), before);
  EXPECT_FALSE(fs::exists(a.shard_out(1) + "/merged"));
}

TEST(Merge, NeedsEveryShardOnce) {
  sharded_archive a;
  a.run_shards();
  const auto missing = a.merge(" " + a.shard_out(0) + " " + a.shard_out(1), "merged");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_EQ(missing.err,
            "protokol: error: shard 2/3 is missing: merge needs the outputs of all 3 shards\n");
  const auto twice = a.merge(
      " " + a.shard_out(0) + " " + a.shard_out(1) + " " + a.shard_out(2) + " " + a.shard_out(1),
      "merged");
  EXPECT_EQ(twice.exit_code, 2);
  EXPECT_EQ(twice.err, a.shard_out(1) + ": error: is shard 1/3, as " + a.shard_out(1) + " is\n");
  EXPECT_FALSE(fs::exists(a.dir / "merged"));
}

TEST(Merge, RefusesFoldersThatAreNoShardOutputs) {
  sharded_archive a;
  const std::string outs = a.run_shards();
  fs::create_directories(a.dir / "empty");
  const auto empty = a.merge(outs + " " + (a.dir / "empty").string(), "merged");
  EXPECT_EQ(empty.exit_code, 2);
  EXPECT_EQ(empty.err, (a.dir / "empty").string() +
                           ": error: not a protokol output folder: no run.json (a run that was "
                           "killed has none: run the shard again)\n");
  ASSERT_EQ(run_protokol(a.run("whole")).exit_code, 1);
  const auto whole = a.merge(" " + (a.dir / "whole").string(), "merged");
  EXPECT_EQ(whole.exit_code, 2);
  EXPECT_EQ(whole.err,
            (a.dir / "whole").string() + ": error: not a shard: its run had no --shard\n");
}

TEST(Merge, RefusesShardsOfAnotherPipelineSetting) {
  sharded_archive a;
  const std::string outs = a.run_shards();
  ASSERT_LE(run_protokol(a.run("other", "--shard 1/3 --set fixture-count.limit=1")).exit_code, 1);
  const auto r = a.merge(
      " " + a.shard_out(0) + " " + (a.dir / "other").string() + " " + a.shard_out(2), "merged");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, (a.dir / "other").string() +
                       ": error: made with another pipeline, --set settings or plugin versions "
                       "than " +
                       a.shard_out(0) + " (pipeline_fingerprint differs)\n");
}

// A shard run over a copy of the archive missing a file: that file's
// document would be in no shard's output.
TEST(Merge, RefusesShardsOfDifferentInputs) {
  sharded_archive a;
  a.run_shards();
  fs::remove(a.dir / "archive/a/doc1.txt");
  ASSERT_LE(run_protokol(a.run("fewer", "--shard 1/3")).exit_code, 1);
  const auto r = a.merge(
      " " + a.shard_out(0) + " " + (a.dir / "fewer").string() + " " + a.shard_out(2), "merged");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, (a.dir / "fewer").string() + ": error: saw 11 files, " + a.shard_out(0) +
                       " 12: the shards were not run over the same inputs\n");
  EXPECT_FALSE(fs::exists(a.dir / "merged"));
}

TEST(Merge, SettingsOfTheShardsAreUsedToRebuildTheTables) {
  sharded_archive a;
  const auto merged = a.merge(a.run_shards("--set fixture-count.limit=1"), "merged");
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  ASSERT_EQ(run_protokol(a.run("whole", "--set fixture-count.limit=1")).exit_code, 1);
  EXPECT_EQ(output_listing(a.dir / "merged"), output_listing(a.dir / "whole"));
  EXPECT_EQ(run_report_without_timing(a.dir / "merged"),
            run_report_without_timing(a.dir / "whole"));
}

TEST(Merge, OneDocumentsOutputWithDifferentBytesInTwoShardsIsAConflict) {
  sharded_archive a;
  const std::string outs = a.run_shards();
  // A file of shard 0's first document, planted in shard 1 with other content.
  const std::string key = report_of(a.shard_out(0))["documents"][0]["key"];
  const std::string file = "/fixture/" + key + ".txt";
  write_text(a.shard_out(1) + file, "not what shard 0 wrote\n");
  const auto r = a.merge(outs, "merged");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, a.shard_out(0) + file + ": error: differs from " + a.shard_out(1) + file +
                       ": two shards hold one document's output with different content (a "
                       "shard folder reused from an earlier run keeps that run's files: give "
                       "each run fresh shard folders)\n");
  EXPECT_FALSE(fs::exists(a.dir / "merged"));
  for (const auto& f : fs::directory_iterator(a.dir.path()))
    EXPECT_EQ(f.path().filename().string().rfind(".protokol-tmp.", 0), std::string::npos)
        << f.path();
}

TEST(Merge, AMissingPipelineFileIsNamedAndCanBeGiven) {
  sharded_archive a;
  const std::string outs = a.run_shards();
  fs::rename(a.dir / "p.xml", a.dir / "moved.xml");
  const auto r = a.merge(outs, "merged");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "protokol: the shards ran the pipeline " + (a.dir / "p.xml").string() +
                       ", which is not here; give its file with -p\n");
  const auto given = a.merge(outs + " -p " + (a.dir / "moved.xml").string(), "merged");
  EXPECT_EQ(given.exit_code, 0) << given.err;
}

TEST(Merge, TheFolderAKilledMergeLeftIsRemovedAndAnEmptyTargetTaken) {
  sharded_archive a;
  const std::string outs = a.run_shards();
  // pid 0x3fffff is above the kernel's default pid_max: no such process.
  const fs::path stale = a.dir / ".protokol-tmp.merged.4194303.0";
  write_text(stale / "fixture/half", "a merge was killed here");
  fs::create_directory(a.dir / "merged");
  const auto r = a.merge(outs, "merged/");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(fs::exists(stale));
  EXPECT_TRUE(fs::exists(a.dir / "merged/run.json"));
}
