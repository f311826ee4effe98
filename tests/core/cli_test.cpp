// The CLI end to end, with the fixture plugins: exit codes, messages,
// quarantine, atomic outputs, and identical output whatever --jobs is.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <protokol/plugin.hpp>

#include "pipeline_runner.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using protokol::test::fixture_pipeline;
using protokol::test::fixture_plugin_dir;
using protokol::test::output_listing;
using protokol::test::read_text;
using protokol::test::run_protokol;
using protokol::test::temp_dir;
using protokol::test::write_text;

namespace {

const std::string good_path = " --plugin-path " + fixture_plugin_dir("good");

// An archive with three good files, and one of each kind of bad input.
void make_archive(const fs::path& dir) {
  for (int i = 1; i <= 3; ++i)
    write_text(dir / ("good" + std::to_string(i) + ".txt"),
               "Meeting " + std::to_string(i) + "\nitem\nitem\n");
  write_text(dir / "sub/good1.txt", "Meeting in a subfolder\n");
  write_text(dir / "empty.txt", "");
  write_text(dir / "throws.txt", "FIXTURE-THROW\n");
  write_text(dir / "export-fails.txt", "FIXTURE-EXPORT-THROW\n");
  fs::create_symlink(dir / "gone.txt", dir / "unreadable.txt");
}

}  // namespace

TEST(Cli, VersionNamesAbiAndToolchain) {
  const auto r = run_protokol("--version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("plugin ABI " + std::to_string(protokol::abi_major) + "."),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("toolchain gcc-"), std::string::npos);
}

// With stderr closed (2>&-), an error message never lands in protokol's
// standard output, which a program reads (a review's case: the copy of
// stdout had taken descriptor 2).
TEST(Cli, AClosedStderrKeepsErrorsOutOfStdout) {
  temp_dir dir;
  write_text(dir / "p.xml", fixture_pipeline);
  write_text(dir / "a.txt", "Referat\n\n1. Sag\n\nBeslutning\n\nGodkendt.\n");
  const std::string command =
      std::string(PROTOKOL_BINARY) + " detect --json -p " + (dir / "p.xml").string() +
      " --plugin-path " + fixture_plugin_dir("good") + " " + (dir / "a.txt").string() + " " +
      (dir / "missing.txt").string() + " >" + (dir / "out").string() + " 2>&- </dev/null";
  const int status = std::system(command.c_str());
  EXPECT_TRUE(WIFEXITED(status));
  const std::string out = read_text(dir / "out");
  EXPECT_NE(out.find("a.txt\",\"format\":"), std::string::npos) << out;
  EXPECT_EQ(out.find("missing.txt"), std::string::npos) << out;
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << out;
}

TEST(Cli, UnknownCommandIsBadUsage) {
  const auto r = run_protokol("frobnicate");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown command 'frobnicate'"), std::string::npos);
}

TEST(Cli, PluginsListsFileVersionLicenceAndStages) {
  const auto r = run_protokol("plugins" + good_path);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("fixture-good 1.2.3 (MIT)  " + fixture_plugin_dir("good") +
                       "/protokol_fixture_good.so"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("stage fixture-count (extractor): Counts lines"), std::string::npos)
      << r.out;
}

TEST(Cli, PluginsStageShowsTypedParameters) {
  const auto r = run_protokol("plugins fixture-count" + good_path);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Requires    text\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Provides    meeting items\n"), std::string::npos);
  EXPECT_NE(r.out.find("  limit  int (1..100000)  default: 1000\n      Most items to count\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("  ratio  float (0..1)  default: 0.5\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  mode  enum (fast|exact)  default: fast\n"), std::string::npos);
  EXPECT_NE(r.out.find("  token  string  required\n"), std::string::npos);
}

TEST(Cli, PluginsUnknownStageSuggests) {
  const auto r = run_protokol("plugins fixture-cont" + good_path);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no stage 'fixture-cont'; did you mean 'fixture-count'?"), std::string::npos)
      << r.err;
}

TEST(Cli, RefusedPluginIsAnEnvironmentProblem) {
  const auto r = run_protokol("plugins --plugin-path " + fixture_plugin_dir("major"));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(
      r.err.find("protokol_fixture_major.so: error: plugin refused: ABI major version differs"),
      std::string::npos)
      << r.err;
}

TEST(Cli, ValidateReportsEveryProblemWithPosition) {
  temp_dir dir;
  write_text(dir / "bad.xml", R"(<pipeline name="bad">
  <stage use="fixture-txt"/>
  <stage use="fixture-count"><param name="limt">x</param></stage>
</pipeline>
)");
  const auto r = run_protokol("validate " + (dir / "bad.xml").string() + good_path);
  EXPECT_EQ(r.exit_code, 2);
  const std::string file = (dir / "bad.xml").string();
  EXPECT_NE(
      r.err.find(file + ":2:3: error: unknown stage 'fixture-txt'; did you mean 'fixture-text'?"),
      std::string::npos)
      << r.err;
  EXPECT_NE(
      r.err.find(file +
                 ":3:30: error: stage 'fixture-count' (fixture-count) has no parameter 'limt'; did "
                 "you mean 'limit'?"),
      std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(file + ":3:3: error: stage 'fixture-count' needs parameter 'token'"),
            std::string::npos);
  // What the unknown stage would have provided is unknown: no requirement
  // error follows it.
  EXPECT_EQ(r.err.find(file + ":3:3: error: stage 'fixture-count' requires 'text'"),
            std::string::npos)
      << r.err;
}

TEST(Cli, ValidateAcceptsGoodPipeline) {
  temp_dir dir;
  write_text(dir / "good.xml", fixture_pipeline);
  const auto r = run_protokol("validate " + (dir / "good.xml").string() + good_path);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("ok (3 stages)"), std::string::npos);
}

// A valid pipeline without an exporter writes nothing but run.json: said,
// not refused. A pipeline with one says nothing more.
TEST(Cli, ValidateWarnsOfAPipelineWithoutExporter) {
  temp_dir dir;
  write_text(dir / "p.xml", R"(<pipeline name="fixture">
  <stage use="fixture-text"/>
  <stage use="fixture-count"><param name="token">x</param></stage>
</pipeline>
)");
  const auto r = run_protokol("validate " + (dir / "p.xml").string() + good_path);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("p.xml: warning: the pipeline has no exporter"), std::string::npos) << r.err;
  write_text(dir / "good.xml", fixture_pipeline);
  EXPECT_EQ(run_protokol("validate " + (dir / "good.xml").string() + good_path).err, "");
}

// A value the stage refuses when built is named with the --set that gave it:
// the file's line of the stage is not where it stands.
TEST(Cli, AValueGivenBySetIsNamedWhenTheStageRefusesIt) {
  temp_dir dir;
  write_text(dir / "good.xml", fixture_pipeline);
  const auto r = run_protokol("validate " + (dir / "good.xml").string() +
                              " --set fixture-count.label=refused" + good_path);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("label is refused (given by --set fixture-count.label=refused)"),
            std::string::npos)
      << r.err;
}

TEST(Cli, RunQuarantinesBadInputsAndExportsTheRest) {
  temp_dir dir;
  write_text(dir / "p.xml", fixture_pipeline);
  make_archive(dir / "archive");
  const fs::path out = dir / "out";
  const auto r = run_protokol("run -p " + (dir / "p.xml").string() + " -o " + out.string() + " " +
                              (dir / "archive").string() + good_path);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("protokol: 8 inputs, 4 exported, 4 quarantined"), std::string::npos)
      << r.err;

  const auto report = nlohmann::json::parse(read_text(out / "run.json"));
  EXPECT_EQ(report["inputs"], 8);
  EXPECT_EQ(report["exported"], 4);
  EXPECT_EQ(report["quarantined"], 4);
  EXPECT_EQ(report["stages"].size(), 3u);

  // Every input is exported or quarantined, never both, never neither.
  for (const std::string key : {"good1", "good2", "good3", "sub__good1"}) {
    EXPECT_TRUE(fs::exists(out / "fixture" / (key + ".txt"))) << key;
    EXPECT_FALSE(fs::exists(out / "quarantine" / (key + ".error.json"))) << key;
  }
  for (const std::string key : {"empty", "throws", "export-fails", "unreadable"}) {
    EXPECT_FALSE(fs::exists(out / "fixture" / (key + ".txt"))) << key;
    EXPECT_TRUE(fs::exists(out / "quarantine" / (key + ".error.json"))) << key;
  }
  const auto empty = nlohmann::json::parse(read_text(out / "quarantine/empty.error.json"));
  EXPECT_EQ(empty["stage"], "fixture-text");
  EXPECT_EQ(empty["plugin"], "fixture-good");
  EXPECT_EQ(empty["plugin_version"], "1.2.3");
  EXPECT_EQ(empty["message"], "empty file (0 bytes)");
  EXPECT_TRUE(fs::exists(out / "quarantine/throws.txt"));
  EXPECT_EQ(read_text(out / "quarantine/throws.txt"), "FIXTURE-THROW\n");
  const auto unreadable =
      nlohmann::json::parse(read_text(out / "quarantine/unreadable.error.json"));
  EXPECT_EQ(unreadable["stage"], "input");
  EXPECT_EQ(unreadable["message"], "cannot read input: No such file or directory");
  EXPECT_TRUE(unreadable["original"].is_null());
  EXPECT_EQ(read_text(out / "fixture/index"), "good1.txt\ngood2.txt\ngood3.txt\nsub__good1.txt\n");
}

// A full disk (or a folder no longer writable) under an exporter stops the
// run with exit 3, naming the stage, the fault and the input; the document
// is not quarantined as if it were at fault.
TEST(Cli, AnOutputFaultStopsTheRunAndBlamesNoDocument) {
  temp_dir dir;
  write_text(dir / "p.xml", fixture_pipeline);
  write_text(dir / "archive/full.txt", "Meeting\nFIXTURE-DISK-FULL\n");
  const fs::path out = dir / "out";
  const auto r = run_protokol("run -j 1 -p " + (dir / "p.xml").string() + " -o " + out.string() +
                              " " + (dir / "archive").string() + good_path);
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("full.txt is not counted as failed"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out / "quarantine/full.error.json"));
  EXPECT_TRUE(protokol::names_output_fault("cannot write x: Permission denied"));
  EXPECT_FALSE(protokol::names_output_fault("fixture exporter failed after writing"));
}

// A run into the folder of an earlier run: a document's new outcome
// replaces the old one, so it is never both exported and quarantined.
TEST(Cli, ARerunReplacesADocumentsEarlierOutcome) {
  temp_dir dir;
  write_text(dir / "p.xml", fixture_pipeline);
  const fs::path out = dir / "out";
  const std::string run = "run -q -p " + (dir / "p.xml").string() + " -o " + out.string() + " " +
                          (dir / "archive").string() + good_path;
  write_text(dir / "archive/a.txt", "");
  EXPECT_EQ(run_protokol(run).exit_code, 1);
  EXPECT_TRUE(fs::exists(out / "quarantine/a.error.json"));
  write_text(dir / "archive/a.txt", "Meeting\nitem\n");
  EXPECT_EQ(run_protokol(run).exit_code, 0);
  EXPECT_TRUE(fs::exists(out / "fixture/a.txt"));
  EXPECT_FALSE(fs::exists(out / "quarantine/a.error.json"));
  EXPECT_FALSE(fs::exists(out / "quarantine/a.txt"));
  write_text(dir / "archive/a.txt", "FIXTURE-THROW\n");
  EXPECT_EQ(run_protokol(run).exit_code, 1);
  EXPECT_FALSE(fs::exists(out / "fixture/a.txt"));
  EXPECT_TRUE(fs::exists(out / "quarantine/a.error.json"));
  // Quarantined before any stage (here: no regular file any more), too.
  write_text(dir / "archive/b.txt", "Meeting\nitem\n");
  EXPECT_EQ(run_protokol(run).exit_code, 1);
  ASSERT_TRUE(fs::exists(out / "fixture/b.txt"));
  fs::remove(dir / "archive/b.txt");
  ASSERT_EQ(::mkfifo((dir / "archive/b.txt").c_str(), 0644), 0);
  EXPECT_EQ(run_protokol(run).exit_code, 1);
  EXPECT_FALSE(fs::exists(out / "fixture/b.txt"));
  EXPECT_TRUE(fs::exists(out / "quarantine/b.error.json"));
}

// A folder the run may not list stands for its files: quarantined with the
// reason (exit 1), not passed over in silence; a folder or file argument it
// may not read is named with the reason, not called missing. Root lists any
// folder, so as root the run drops to the user nobody.
TEST(Cli, AFolderTheRunMayNotListIsQuarantined) {
  std::string as_user;
  if (::geteuid() == 0) as_user = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
  temp_dir dir;
  if (!as_user.empty() &&
      std::system((as_user + PROTOKOL_BINARY + " --version >/dev/null 2>&1").c_str()) != 0)
    GTEST_SKIP() << "the user nobody cannot run this build";
  fs::permissions(dir.path(), fs::perms::all);
  write_text(dir / "p.xml", fixture_pipeline);
  write_text(dir / "archive/good.txt", "Meeting\nitem\n");
  write_text(dir / "archive/locked/hidden.txt", "Meeting\nitem\n");
  fs::create_directories(dir / "out");
  fs::permissions(dir / "out", fs::perms::all);
  fs::permissions(dir / "archive/locked", fs::perms::none);
  const auto run = [&](const std::string& input, const std::string& out) {
    const std::string command = as_user + PROTOKOL_BINARY + " run -q -p " +
                                (dir / "p.xml").string() + " -o " + (dir / "out" / out).string() +
                                " " + input + good_path + " 2>" + (dir / "err").string();
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  };
  EXPECT_EQ(run((dir / "archive").string(), "1"), 1);
  EXPECT_NE(read_text(dir / "err")
                .find("locked: quarantined in stage input: cannot list folder: "
                      "Permission denied"),
            std::string::npos)
      << read_text(dir / "err");
  EXPECT_TRUE(fs::exists(dir / "out/1/quarantine/locked.error.json"));
  EXPECT_TRUE(fs::exists(dir / "out/1/fixture/good.txt"));
  EXPECT_EQ(run((dir / "archive/locked").string(), "2"), 2);
  EXPECT_NE(read_text(dir / "err").find("cannot list folder: Permission denied"),
            std::string::npos);
  EXPECT_EQ(run((dir / "archive/locked/hidden.txt").string(), "3"), 2);
  EXPECT_NE(read_text(dir / "err").find("cannot read input: Permission denied"), std::string::npos);
  fs::permissions(dir / "archive/locked", fs::perms::owner_all);
}

// An earlier run's output inside the archive is no input: its files had
// been read as minutes (its XML as meetings); the run names the folder, and
// reads the files beside the output.
TEST(Cli, AnEarlierRunsOutputInsideTheArchiveIsSkipped) {
  temp_dir dir;
  write_text(dir / "p.xml", fixture_pipeline);
  write_text(dir / "archive/a.txt", "Meeting\nitem\n");
  const auto run = [&](const std::string& out) {
    return run_protokol("run -q -p " + (dir / "p.xml").string() + " -o " +
                        (dir / "archive" / out).string() + " " + (dir / "archive").string() +
                        good_path);
  };
  ASSERT_EQ(run("out").exit_code, 0);
  // Minutes an operator put beside that output are read, its folders not.
  write_text(dir / "archive/out/beside.txt", "Meeting\nitem\n");
  const auto second = run("out2");
  EXPECT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("out: holds the output of an earlier run: its folders and run.json "
                            "are skipped"),
            std::string::npos)
      << second.err;
  const auto report = nlohmann::json::parse(read_text(dir / "archive/out2/run.json"));
  EXPECT_EQ(report["inputs"], 2);
  EXPECT_TRUE(fs::exists(dir / "archive/out2/fixture/out__beside.txt"));
}

// A file name with a line break cannot split or forge a line of the log.
TEST(Cli, ControlCharactersOfAFileNameAreEscapedInMessages) {
  temp_dir dir;
  write_text(dir / "p.xml", fixture_pipeline);
  write_text(dir / "archive/x.txt\nprotokol: all good.txt", "FIXTURE-THROW\n");
  const auto r =
      run_protokol("run -q -p " + (dir / "p.xml").string() + " -o " + (dir / "out").string() + " " +
                   (dir / "archive").string() + good_path);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("x.txt\\nprotokol: all good.txt: quarantined in stage"), std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("\nprotokol: all good"), std::string::npos) << r.err;
}

TEST(Cli, OutputIsIdenticalWhateverTheJobCount) {
  temp_dir dir;
  write_text(dir / "p.xml", fixture_pipeline);
  for (int i = 0; i < 40; ++i)
    write_text(dir / "archive" / ("m" + std::to_string(i) + ".txt"),
               "Meeting " + std::to_string(i) + "\n" + std::string(i, '\n'));
  for (const char* jobs : {"1", "2", "4"})
    EXPECT_EQ(run_protokol("run -q -j " + std::string(jobs) + " -p " + (dir / "p.xml").string() +
                           " -o " + (dir / ("out" + std::string(jobs))).string() + " " +
                           (dir / "archive").string() + good_path)
                  .exit_code,
              0);
  EXPECT_EQ(output_listing(dir / "out1/fixture"), output_listing(dir / "out2/fixture"));
  EXPECT_EQ(output_listing(dir / "out1/fixture"), output_listing(dir / "out4/fixture"));
}

TEST(Cli, UnwritableOutputFolderIsAnEnvironmentProblem) {
  temp_dir dir;
  write_text(dir / "p.xml", fixture_pipeline);
  write_text(dir / "archive/a.txt", "x\n");
  write_text(dir / "a-file", "not a folder\n");
  const auto r =
      run_protokol("run -p " + (dir / "p.xml").string() + " -o " + (dir / "a-file/out").string() +
                   " " + (dir / "archive").string() + good_path);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find((dir / "a-file/out").string() + ": error: cannot create output folder"),
            std::string::npos)
      << r.err;
}

TEST(Cli, RunWithBadPipelineIsBadUsage) {
  temp_dir dir;
  write_text(dir / "p.xml", "<pipeline name=\"x\"><stage use=\"nope\"/></pipeline>");
  write_text(dir / "archive/a.txt", "x\n");
  const auto r =
      run_protokol("run -p " + (dir / "p.xml").string() + " -o " + (dir / "out").string() + " " +
                   (dir / "archive").string() + good_path);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("p.xml:1:20: error: unknown stage 'nope'"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "out"));
}

TEST(Cli, SetOverridesAreCheckedLikeTheFile) {
  temp_dir dir;
  write_text(dir / "p.xml", fixture_pipeline);
  write_text(dir / "archive/a.txt", "x\n");
  const auto r =
      run_protokol("run --set fixture-count.limit=lots -p " + (dir / "p.xml").string() + " -o " +
                   (dir / "out").string() + " " + (dir / "archive").string() + good_path);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--set: error: parameter 'limit' of stage 'fixture-count' expects int"),
            std::string::npos)
      << r.err;
}

// Both go through the host's one binding, so the message is the same, at
// the value's place in the file, and no stage is built to find it.
TEST(Cli, ValidateAndRunRefuseAnOutOfRangeValueAlike) {
  temp_dir dir;
  write_text(dir / "p.xml", R"(<pipeline name="fixture">
  <stage use="fixture-text"/>
  <stage use="fixture-count"><param name="token">x</param><param name="limit">0</param></stage>
</pipeline>
)");
  write_text(dir / "archive/a.txt", "x\n");
  const std::string expected =
      (dir / "p.xml").string() +
      ":3:59: error: parameter 'limit' of stage 'fixture-count' expects int in 1..100000, got "
      "'0'\n";
  const auto validated = run_protokol("validate " + (dir / "p.xml").string() + good_path);
  EXPECT_EQ(validated.exit_code, 2);
  EXPECT_EQ(validated.err, expected);
  const auto ran =
      run_protokol("run -p " + (dir / "p.xml").string() + " -o " + (dir / "out").string() + " " +
                   (dir / "archive").string() + good_path);
  EXPECT_EQ(ran.exit_code, 2);
  EXPECT_EQ(ran.err, expected);
  EXPECT_FALSE(fs::exists(dir / "out"));
}

TEST(Cli, ValidateAndRunRefuseAnOutOfRangeOverrideAlike) {
  temp_dir dir;
  write_text(dir / "p.xml", fixture_pipeline);
  write_text(dir / "archive/a.txt", "x\n");
  const std::string set = " --set fixture-count.ratio=1.5";
  const std::string expected =
      "--set: error: parameter 'ratio' of stage 'fixture-count' expects float in 0..1, got "
      "'1.5'\n";
  const auto validated = run_protokol("validate " + (dir / "p.xml").string() + set + good_path);
  EXPECT_EQ(validated.err, expected);
  const auto ran =
      run_protokol("run -p " + (dir / "p.xml").string() + set + " -o " + (dir / "out").string() +
                   " " + (dir / "archive").string() + good_path);
  EXPECT_EQ(ran.exit_code, 2);
  EXPECT_EQ(ran.err, expected);
}

TEST(Cli, NoTemporaryFilesAreLeftBehind) {
  temp_dir dir;
  write_text(dir / "p.xml", fixture_pipeline);
  make_archive(dir / "archive");
  run_protokol("run -p " + (dir / "p.xml").string() + " -o " + (dir / "out").string() + " " +
               (dir / "archive").string() + good_path);
  for (const auto& f : fs::recursive_directory_iterator(dir / "out"))
    EXPECT_EQ(f.path().filename().string().find(".protokol-tmp."), std::string::npos) << f.path();
}

TEST(Cli, SyncEachFileGivesTheSameOutputAsSyncAtTheEnd) {
  temp_dir dir;
  write_text(dir / "p.xml", fixture_pipeline);
  make_archive(dir / "archive");
  for (const char* sync : {"each", "end"})
    EXPECT_EQ(
        run_protokol("run -q -j 1 --sync " + std::string(sync) + " -p " + (dir / "p.xml").string() +
                     " -o " + (dir / sync).string() + " " + (dir / "archive").string() + good_path)
            .exit_code,
        1);
  EXPECT_EQ(output_listing(dir / "each/fixture"), output_listing(dir / "end/fixture"));
  const auto r = run_protokol("run --sync sometimes -p " + (dir / "p.xml").string() + " -o " +
                              (dir / "x").string() + " " + (dir / "archive").string() + good_path);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--sync must be 'end' or 'each', not 'sometimes'"), std::string::npos)
      << r.err;
}

// ---- The edges around a run (issue 14) ----

namespace {

std::string write_fixture_pipeline(const temp_dir& dir) {
  write_text(dir / "p.xml", fixture_pipeline);
  return (dir / "p.xml").string();
}

nlohmann::json run_report(const fs::path& out) {
  return nlohmann::json::parse(read_text(out / "run.json"));
}

}  // namespace

TEST(CliEdges, OutputFolderInsideTheInputIsNeverReadAsInput) {
  temp_dir dir;
  const std::string p = write_fixture_pipeline(dir);
  write_text(dir / "a/one.txt", "Meeting 1\nitem\n");
  write_text(dir / "a/two.txt", "Meeting 2\nitem\n");
  for (int run = 0; run < 3; ++run) {
    const auto r = run_protokol("run -q -p " + p + " -o " + (dir / "a/out").string() + " " +
                                (dir / "a").string() + good_path);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto report = run_report(dir / "a/out");
    EXPECT_EQ(report["inputs"], 2) << "run " << run << ": " << report.dump();
    for (const auto& d : report["documents"])
      EXPECT_EQ(d["key"].get<std::string>().rfind("out__", 0), std::string::npos) << d["key"];
  }
  // Named directly, the output folder is refused rather than read.
  const auto r = run_protokol("run -q -p " + p + " -o " + (dir / "a/out").string() + " " +
                              (dir / "a/out").string() + good_path);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("never an input"), std::string::npos) << r.err;
}

TEST(CliEdges, TheSameFileGivenTwiceIsOneInput) {
  temp_dir dir;
  const std::string p = write_fixture_pipeline(dir);
  write_text(dir / "a/one.txt", "Meeting 1\nitem\n");
  write_text(dir / "a/two.txt", "Meeting 2\nitem\n");
  const std::string one = (dir / "a/one.txt").string();
  const auto r = run_protokol("run -q -p " + p + " -o " + (dir / "out").string() + " " + one + " " +
                              one + " " + (dir / "a").string() + good_path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto report = run_report(dir / "out");
  EXPECT_EQ(report["inputs"], 2);
  EXPECT_EQ(report["exported"], 2);
  EXPECT_EQ(report["documents"].size(), 2u);
  EXPECT_NE(r.err.find("2 inputs, 2 exported"), std::string::npos) << r.err;
}

TEST(CliEdges, JobsOutsideOneTo1024AreRefused) {
  temp_dir dir;
  const std::string p = write_fixture_pipeline(dir);
  write_text(dir / "a/one.txt", "Meeting 1\n");
  for (const std::string jobs : {"-j -1", "--jobs=-1", "-j 0", "-j 5000"}) {
    const auto r = run_protokol("run -q " + jobs + " -p " + p + " -o " + (dir / "out").string() +
                                " " + (dir / "a").string() + good_path);
    EXPECT_EQ(r.exit_code, 2) << jobs << ": " << r.err;
    EXPECT_FALSE(fs::exists(dir / "out/run.json")) << jobs;
  }
}

TEST(CliEdges, EvalOnAFolderThatDoesNotExistIsAnError) {
  temp_dir dir;
  const std::string gold = std::string(PROTOKOL_SOURCE_DIR) + "/core/src/eval/tests/data/gold";
  const auto r = run_protokol("eval --gold " + gold + " --pred " + (dir / "nope").string());
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.err.find("does not exist"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
  fs::create_directories(dir / "empty");
  const auto empty = run_protokol("eval --gold " + gold + " --pred " + (dir / "empty").string());
  EXPECT_EQ(empty.exit_code, 2) << empty.out;
  EXPECT_NE(empty.err.find("no json/ folder"), std::string::npos) << empty.err;
}

// A prediction folder none of whose files matches a gold stem, a folder
// without gold files, a thresholds file that is no JSON: bad usage (2),
// never scores of zero with exit 0.
TEST(CliEdges, EvalWithNothingToCompareIsAnError) {
  temp_dir dir;
  const std::string data = std::string(PROTOKOL_SOURCE_DIR) + "/core/src/eval/tests/data";
  protokol::test::write_text(dir / "other/json/corpus__x.json", "{}");
  const auto none =
      run_protokol("eval --gold " + data + "/gold --pred " + (dir / "other").string());
  EXPECT_EQ(none.exit_code, 2) << none.out;
  EXPECT_NE(none.err.find("has a prediction"), std::string::npos) << none.err;
  const auto no_gold =
      run_protokol("eval --gold " + (dir / "other").string() + " --pred " + data + "/pred");
  EXPECT_EQ(no_gold.exit_code, 2) << no_gold.err;
  EXPECT_NE(no_gold.err.find("no gold files"), std::string::npos) << no_gold.err;
  protokol::test::write_text(dir / "min.json", "{oops");
  const auto bad = run_protokol("eval --gold " + data + "/gold --pred " + data + "/pred --min-f1 " +
                                (dir / "min.json").string());
  EXPECT_EQ(bad.exit_code, 2) << bad.err;
  EXPECT_NE(bad.err.find("min.json"), std::string::npos) << bad.err;
  EXPECT_EQ(bad.out, "");
}

// validate lists a file's problems in line order, as a compiler does,
// though the XML's structure is checked before the stages.
TEST(CliEdges, ValidateListsProblemsInLineOrder) {
  temp_dir dir;
  protokol::test::write_text(dir / "p.xml",
                             "<pipeline name=\"t\">\n  <stage use=\"fixture-text\" mode=\"x\"/>\n"
                             "  <stage use=\"fixture-count\"><param name=\"tokn\">x</param>"
                             "</stage>\n  <stag/>\n</pipeline>\n");
  const auto r = run_protokol("validate " + (dir / "p.xml").string() + good_path);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  const std::size_t first = r.err.find("p.xml:2:"), second = r.err.find("p.xml:3:"),
                    third = r.err.find("p.xml:4:");
  ASSERT_NE(first, std::string::npos) << r.err;
  ASSERT_NE(second, std::string::npos) << r.err;
  ASSERT_NE(third, std::string::npos) << r.err;
  EXPECT_LT(first, second) << r.err;
  EXPECT_LT(second, third) << r.err;
}

TEST(CliEdges, StatusAcceptsPluginPathLikeEveryCommand) {
  temp_dir dir;
  const auto r = run_protokol("status -o " + (dir / "out").string() + good_path);
  EXPECT_EQ(r.exit_code, 3) << r.err;  // no state yet: not a usage error
  EXPECT_NE(r.err.find("no such state file"), std::string::npos) << r.err;
}

TEST(CliEdges, StaleTemporaryFilesOfAKilledRunAreRemovedByTheNextRun) {
  temp_dir dir;
  const std::string p = write_fixture_pipeline(dir);
  write_text(dir / "a/one.txt", "Meeting 1\n");
  // pid 0x3fffff is above the kernel's default pid_max: no such process.
  const fs::path stale = dir / "out/fixture/.protokol-tmp.one.txt.4194303.0";
  write_text(stale, "half a file");
  const auto r = run_protokol("run -q -p " + p + " -o " + (dir / "out").string() + " " +
                              (dir / "a").string() + good_path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(fs::exists(stale));
  EXPECT_NE(r.err.find("removed 1 temporary files"), std::string::npos) << r.err;
}

TEST(CliEdges, DashReadsOneDocumentFromStandardInput) {
  temp_dir dir;
  const std::string p = write_fixture_pipeline(dir);
  const std::string command =
      "printf 'Meeting from a pipe\\nitem\\n' | " + std::string(PROTOKOL_BINARY) + " run -q -p " +
      p + " -o " + (dir / "out").string() + " -" + good_path + " 2>" + (dir / "err").string();
  ASSERT_EQ(std::system(command.c_str()), 0) << read_text(dir / "err");
  EXPECT_EQ(read_text(dir / "out/fixture/stdin.txt"), "Meeting from a pipe\n2\n");
  EXPECT_EQ(run_report(dir / "out")["documents"][0]["input"], "-");
}

TEST(CliEdges, HelpCommandShowsTheCommandsOptions) {
  const auto r = run_protokol("help run");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("usage: protokol run"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--jobs"), std::string::npos) << r.out;
  EXPECT_EQ(run_protokol("help frobnicate").exit_code, 2);
}

TEST(CliEdges, PluginsJsonListsStagesAndTypedParameters) {
  const auto all = run_protokol("plugins --json" + good_path);
  ASSERT_EQ(all.exit_code, 0) << all.err;
  const auto list = nlohmann::json::parse(all.out);
  ASSERT_TRUE(list.is_array());
  bool found = false;
  for (const auto& p : list)
    for (const auto& s : p["stages"])
      if (s["name"] == "fixture-count") found = true;
  EXPECT_TRUE(found) << all.out;
  const auto one = run_protokol("plugins fixture-count --json" + good_path);
  ASSERT_EQ(one.exit_code, 0) << one.err;
  const auto stage = nlohmann::json::parse(one.out);
  EXPECT_EQ(stage["kind"], "extractor");
  EXPECT_EQ(stage["plugin"], "fixture-good");
  const auto& params = stage["parameters"];
  const auto mode =
      std::find_if(params.begin(), params.end(), [](const auto& q) { return q["name"] == "mode"; });
  ASSERT_NE(mode, params.end());
  EXPECT_EQ((*mode)["choices"], nlohmann::json::array({"fast", "exact"}));
  EXPECT_EQ((*mode)["default"], "fast");
}
