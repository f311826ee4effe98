// Sharded runs of the shipped pipelines with the real plugins: the merged
// shards equal one run byte for byte (run.json timing aside), and the command
// lines docs/scaling.md gives produce that very folder: GNU parallel for real,
// the Kubernetes Indexed Job and the Slurm array with the variable their
// scheduler sets put in by hand.
#include <gtest/gtest.h>

#include <cstdlib>

#include "test_support.hpp"

namespace fs = std::filesystem;
using protokol::test::output_listing;
using protokol::test::read_text;
using protokol::test::run_protokol;
using protokol::test::run_report_without_timing;
using protokol::test::temp_dir;

namespace {

const std::string repo_dir = PROTOKOL_SOURCE_DIR;
// Text, PDF, Word and HTML minutes, and files the readers quarantine.
const std::string inputs = repo_dir + "/examples/archive " + repo_dir +
                           "/tests/fixtures/integration/bad " + repo_dir + "/tests/fixtures/corpus";

// Runs `pipeline` as 3 shards (with `options`) and merges them; returns the
// merge's result.
protokol::test::command_result run_and_merge(const temp_dir& dir, const std::string& pipeline,
                                             const std::string& options = "") {
  std::string outs;
  for (int k = 0; k < 3; ++k) {
    const std::string out = (dir / ("shard-" + std::to_string(k))).string();
    const auto r = run_protokol("run -q " + options + " --shard " + std::to_string(k) + "/3 -p " +
                                pipeline + " -o " + out + " " + inputs);
    EXPECT_LE(r.exit_code, 1) << r.err;
    outs += " " + out;
  }
  return run_protokol("merge -o " + (dir / "merged").string() + outs);
}

void expect_merged_equals_one_run(const std::string& pipeline, const std::string& options = "") {
  temp_dir dir;
  const auto merged = run_and_merge(dir, pipeline, options);
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  ASSERT_EQ(run_protokol("run -q -p " + pipeline + " -o " + (dir / "whole").string() + " " + inputs)
                .exit_code,
            1);
  EXPECT_EQ(output_listing(dir / "merged"), output_listing(dir / "whole"));
  EXPECT_EQ(run_report_without_timing(dir / "merged"), run_report_without_timing(dir / "whole"));
}

// The first fenced block of docs/scaling.md that holds `containing`.
std::string code_block(const std::string& containing) {
  const std::string doc = read_text(repo_dir + "/docs/scaling.md");
  for (std::size_t open = doc.find("```"); open != std::string::npos;) {
    const std::size_t body = doc.find('\n', open) + 1, close = doc.find("```", body);
    const std::string block = doc.substr(body, close - body);
    if (block.find(containing) != std::string::npos) return block;
    open = doc.find("```", close + 3);
  }
  ADD_FAILURE() << "docs/scaling.md has no code block with " << containing;
  return {};
}

// `text` with every "/data/" (the shared volume of the examples) under `dir`.
std::string on_volume(std::string text, const fs::path& dir) {
  const std::string volume = "/data/", here = (dir / "data").string() + "/";
  for (std::size_t at = text.find(volume); at != std::string::npos;
       at = text.find(volume, at + here.size()))
    text.replace(at, volume.size(), here);
  return text;
}

// Runs `script` with sh in `dir`, the built protokol first on PATH and
// `environment` ("NAME=value ...") set; returns the exit code.
int shell(const fs::path& dir, const std::string& script, const std::string& environment = "") {
  protokol::test::write_text(dir / "script.sh", script);
  const std::string bin = fs::path(PROTOKOL_BINARY).parent_path().string();
  const std::string command = "cd '" + dir.string() + "' && env PATH='" + bin + "':\"$PATH\" " +
                              environment + " sh script.sh >/dev/null 2>&1";
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The examples' shared volume: the example archive at /data/archive.
void make_volume(const fs::path& dir) {
  fs::create_directories(dir / "data/out");
  fs::create_directory_symlink(repo_dir + "/examples/archive", dir / "data/archive");
}

// `merged` equals one run over `archive`, spelled as the commands spelled it
// (paths in the outputs are as given), run in `dir`.
void expect_equals_one_run(const fs::path& dir, const fs::path& merged,
                           const std::string& archive) {
  const fs::path whole = merged.parent_path() / "whole";
  ASSERT_LE(shell(dir, "protokol run -q -o '" + whole.string() + "' " + archive), 1);
  EXPECT_EQ(output_listing(merged), output_listing(whole));
  EXPECT_EQ(run_report_without_timing(merged), run_report_without_timing(whole));
}

// Runs `command` once per shard with the scheduler's `variable` set as the
// scheduler would, on the examples' volume, then the docs' merge: the result
// is one run's.
void expect_sharded_by(const std::string& command, const std::string& variable) {
  temp_dir dir;
  make_volume(dir.path());
  for (int index = 0; index < 4; ++index)
    ASSERT_EQ(
        shell(dir.path(), on_volume(command, dir.path()), variable + "=" + std::to_string(index)),
        0)
        << command;
  ASSERT_EQ(shell(dir.path(), on_volume(code_block("protokol merge -o /data/"), dir.path())), 0);
  expect_equals_one_run(dir.path(), dir / "data/out/all", on_volume("/data/archive", dir.path()));
}

}  // namespace

TEST(ShardedRun, DefaultPipelineMergedEqualsOneRunByteForByte) {
  expect_merged_equals_one_run("default");
}

// review/index.html is a table the review exporter rebuilds from per-document summaries.
TEST(ShardedRun, ReviewPipelineMergedEqualsOneRunByteForByte) {
  expect_merged_equals_one_run("review");
}

// Isolated workers take the shard with their setup and leave other shards'
// documents alone, as a run in one process does.
TEST(ShardedRun, IsolatedShardsMergedEqualOneRunByteForByte) {
  expect_merged_equals_one_run("default", "--isolate -j 2");
}

TEST(ShardedRun, TheSqliteDatabaseIsRefusedNamingTheFile) {
  temp_dir dir;
  const auto merged = run_and_merge(dir, "sqlite");
  EXPECT_EQ(merged.exit_code, 2);
  EXPECT_NE(merged.err.find((dir / "shard-0/protokol.sqlite").string() +
                            ": error: an SQLite database (the sqlite exporter keeps all "
                            "documents in one)"),
            std::string::npos)
      << merged.err;
  EXPECT_FALSE(fs::exists(dir / "merged"));
}

TEST(ScalingDocs, TheGnuParallelLineRuns) {
  if (std::system("command -v parallel >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "GNU parallel is not installed (Debian package parallel; make setup)";
  temp_dir dir;
  fs::create_directory_symlink(repo_dir + "/examples/archive", dir / "archive");
  const std::string block = code_block("parallel protokol run");
  ASSERT_EQ(shell(dir.path(), block), 0) << block;
  expect_equals_one_run(dir.path(), dir / "out/all", "archive");
}

TEST(ScalingDocs, TheKubernetesIndexedJobsCommandRunsForEveryIndex) {
  const std::string manifest = code_block("completionMode: Indexed");
  const std::size_t at = manifest.find("protokol run");
  ASSERT_NE(at, std::string::npos) << manifest;
  expect_sharded_by(manifest.substr(at, manifest.find('\n', at) - at), "JOB_COMPLETION_INDEX");
}

TEST(ScalingDocs, TheSlurmArrayScriptRunsForEveryTask) {
  expect_sharded_by(code_block("#SBATCH --array"), "SLURM_ARRAY_TASK_ID");
}
