// protokol ingest end to end with the fixture plugin: what is new, changed,
// unchanged, moved, removed or young; pipeline changes; retries and parking.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>

#include "../../core/src/ingest/sqlite.hpp"
#include "ingest_support.hpp"

namespace fs = std::filesystem;
using protokol::test::ingest_fixture;
using protokol::test::read_text;
using protokol::test::run_child;
using protokol::test::write_text;

namespace {

using names = std::vector<std::string>;

std::string index_of(const ingest_fixture& f) { return read_text(f.out() / "fixture/index"); }

}  // namespace

TEST(Ingest, FirstRunExportsEverythingAndWritesTheReport) {
  ingest_fixture f;
  f.add("a.txt", "Meeting A\nx\n");
  f.add("sub/b.txt", "Meeting B\nx\ny\n");
  const auto r = f.ingest({"--settle", "0"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("protokol: 2 inputs, 2 exported, 0 quarantined"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("2 files, 0 unchanged, 0 moved, 0 removed, 0 pending"), std::string::npos)
      << r.err;
  EXPECT_EQ(f.exported(), (names{"a.txt", "sub__b.txt"}));
  EXPECT_EQ(read_text(f.out() / "fixture/sub__b.txt"), "Meeting B\n3\n");  // one item per line
  const auto report = f.report();
  EXPECT_EQ(report["new"], 2);
  EXPECT_EQ(report["hashed"], 2);
  EXPECT_EQ(report["exported"], 2);
  EXPECT_EQ(report["stages"].size(), 3u);
  EXPECT_TRUE(fs::exists(f.state()));
}

TEST(Ingest, UnchangedFilesAreSkippedWithoutBeingRead) {
  ingest_fixture f;
  for (int i = 0; i < 5; ++i)
    f.add("m" + std::to_string(i) + ".txt", "Meeting " + std::to_string(i) + "\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  const auto r = f.ingest({"--settle", "0"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto report = f.report();
  EXPECT_EQ(report["processed"], 0);
  EXPECT_EQ(report["skipped"], 5);
  EXPECT_EQ(report["skipped_fast"], 5);
  EXPECT_EQ(report["hashed"], 0);  // not one byte read
}

TEST(Ingest, ChangedFileIsReprocessedUnderTheSameName) {
  ingest_fixture f;
  f.add("a.txt", "Meeting A\n");
  f.add("b.txt", "Meeting B\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  f.add("a.txt", "Meeting A, corrected\nitem\n");
  const auto r = f.ingest({"--settle", "0"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto report = f.report();
  EXPECT_EQ(report["processed"], 1);
  EXPECT_EQ(report["changed"], 1);
  EXPECT_EQ(report["skipped"], 1);
  EXPECT_EQ(report["removed"], 0);  // the old version is replaced, not removed
  EXPECT_EQ(read_text(f.out() / "fixture/a.txt"), "Meeting A, corrected\n2\n");
  EXPECT_EQ(index_of(f), "a.txt\nb.txt\n");
  const auto status = f.status();
  EXPECT_EQ(status["counts"]["exported"], 2);
  EXPECT_EQ(status["counts"]["replaced"], 1);  // the old content of a.txt
}

TEST(Ingest, TouchedButIdenticalFileIsNotReprocessed) {
  ingest_fixture f;
  f.add("a.txt", "Meeting A\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  f.add("a.txt", "Meeting A\n");  // rewritten, same bytes
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  const auto report = f.report();
  EXPECT_EQ(report["processed"], 0);
  EXPECT_EQ(report["hashed"], 1);
  EXPECT_EQ(report["skipped"], 1);
}

TEST(Ingest, RenamedFileIsMovedNotNewAndOutputsFollowIt) {
  ingest_fixture f;
  f.add("old.txt", "Meeting\nitem\n");
  f.add("other.txt", "Other\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  fs::create_directories(f.archive() / "2024");
  fs::rename(f.archive() / "old.txt", f.archive() / "2024/new.txt");
  const auto r = f.ingest({"--settle", "0"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto report = f.report();
  EXPECT_EQ(report["moved"], 1);
  EXPECT_EQ(report["new"], 0);
  EXPECT_EQ(report["removed"], 0);
  EXPECT_EQ(report["moved_documents"][0]["from"], "old.txt");
  EXPECT_EQ(report["moved_documents"][0]["to"], "2024/new.txt");
  EXPECT_EQ(report["moved_documents"][0]["key"], "2024__new");
  EXPECT_EQ(f.exported(), (names{"2024__new.txt", "other.txt"}));
  EXPECT_EQ(index_of(f), "2024__new.txt\nother.txt\n");
  const auto status = f.status();
  EXPECT_EQ(status["counts"]["documents"], 2);
  EXPECT_EQ(status["counts"]["exported"], 2);
  protokol::ingest::database state(f.state(), false);
  auto moved = state.prepare("SELECT path, detail FROM history WHERE event = 'moved'");
  ASSERT_TRUE(moved.step());
  EXPECT_EQ(moved.text(0), "2024/new.txt");
  EXPECT_EQ(moved.text(1), "from old.txt");
}

TEST(Ingest, ByteIdenticalCopyIsADuplicateNotASecondDocument) {
  ingest_fixture f;
  f.add("a.txt", "Meeting\n");
  f.add("copy/a.txt", "Meeting\n");
  const auto r = f.ingest({"--settle", "0"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto report = f.report();
  EXPECT_EQ(report["processed"], 1);
  EXPECT_EQ(report["duplicates"], 1);
  // A first ingest has nothing unchanged: the copy is a duplicate, not "skipped".
  EXPECT_EQ(report["skipped"], 0);
  EXPECT_NE(r.err.find("0 unchanged"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 duplicates"), std::string::npos) << r.err;
  EXPECT_EQ(report["duplicate_files"][0]["path"], "copy/a.txt");
  EXPECT_EQ(report["duplicate_files"][0]["of"], "a.txt");
  // The copy carries the document on when the first one goes.
  fs::remove(f.archive() / "a.txt");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  EXPECT_EQ(f.report()["moved"], 1);
  EXPECT_EQ(f.exported(), (names{"copy__a.txt"}));
}

TEST(Ingest, DeletedFileIsMarkedRemovedAndItsOutputsKept) {
  ingest_fixture f;
  f.add("a.txt", "Meeting A\n");
  f.add("b.txt", "Meeting B\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  fs::remove(f.archive() / "a.txt");
  const auto r = f.ingest({"--settle", "0"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(f.report()["removed"], 1);
  EXPECT_EQ(f.exported(), (names{"a.txt", "b.txt"}));
  const auto status = f.status();
  EXPECT_EQ(status["counts"]["removed"], 1);
  EXPECT_EQ(status["counts"]["exported"], 1);
}

TEST(Ingest, PurgeDeletedRemovesTheOutputsOfRemovedDocuments) {
  ingest_fixture f;
  f.add("a.txt", "Meeting A\n");
  f.add("b.txt", "Meeting B\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  fs::remove(f.archive() / "a.txt");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  const auto r = f.ingest({"--settle", "0", "--purge-deleted"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(f.report()["purged"], 1);
  EXPECT_EQ(f.exported(), (names{"b.txt"}));
  EXPECT_EQ(index_of(f), "b.txt\n");  // tables finished although nothing was processed
  ASSERT_EQ(f.ingest({"--settle", "0", "--purge-deleted"}).exit_code, 0);
  EXPECT_EQ(f.report()["purged"], 0);  // once only
}

TEST(Ingest, PipelineChangeReprocessesEveryDocument) {
  ingest_fixture f;
  f.add("a.txt", "A\n1\n2\n3\n");
  f.add("b.txt", "B\n1\n2\n3\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  EXPECT_EQ(read_text(f.out() / "fixture/a.txt"), "A\n4\n");
  auto r = f.ingest({"--settle", "0", "--set", "fixture-count.limit=2"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(f.report()["reprocessed"], 2);
  EXPECT_EQ(read_text(f.out() / "fixture/a.txt"), "A\n2\n");
  // Same overrides again: nothing to do. The file's bytes count too.
  ASSERT_EQ(f.ingest({"--settle", "0", "--set", "fixture-count.limit=2"}).exit_code, 0);
  EXPECT_EQ(f.report()["processed"], 0);
  write_text(f.pipeline(), std::string(protokol::test::fixture_pipeline) + "<!-- edited -->\n");
  ASSERT_EQ(f.ingest({"--settle", "0", "--set", "fixture-count.limit=2"}).exit_code, 0);
  EXPECT_EQ(f.report()["reprocessed"], 2);
}

TEST(Ingest, YoungFileIsPendingUntilItSettles) {
  ingest_fixture f;
  f.add("old.txt", "Old\n");
  write_text(f.archive() / "young.txt", "Being written\n");  // mtime: now
  auto r = f.ingest({"--settle", "30"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(f.report()["pending"], 1);
  EXPECT_EQ(f.report()["pending_files"][0], "young.txt");
  EXPECT_EQ(f.exported(), (names{"old.txt"}));
  EXPECT_EQ(f.status()["counts"]["pending"], 1);
  fs::last_write_time(f.archive() / "young.txt",
                      fs::file_time_type::clock::now() - std::chrono::minutes(1));
  r = f.ingest({"--settle", "30"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(f.report()["pending"], 0);
  EXPECT_EQ(f.exported(), (names{"old.txt", "young.txt"}));
  EXPECT_EQ(f.status()["counts"]["pending"], 0);
}

TEST(Ingest, FailedDocumentWaitsForItsRetryDelay) {
  ingest_fixture f;
  f.add("good.txt", "Good\n");
  f.add("bad.txt", "FIXTURE-THROW\n");
  auto r = f.ingest({"--settle", "0"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("bad.txt: quarantined in stage fixture-text: fixture asked to fail"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(fs::exists(f.out() / "quarantine/bad.error.json"));
  EXPECT_TRUE(fs::exists(f.out() / "quarantine/bad.txt"));
  // Not due yet (first retry 60 s after the failure): left alone, and not a
  // failure of this run.
  r = f.ingest({"--settle", "0"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(f.report()["retried"], 0);
  const auto status = f.status();
  EXPECT_EQ(status["counts"]["quarantined"], 1);
  EXPECT_EQ(status["failed"][0]["attempts"], 1);
  EXPECT_GT(status["failed"][0]["next_attempt"].get<std::string>(),
            f.report()["started"].get<std::string>());
}

TEST(Ingest, FailedDocumentIsRetriedWhenDueThenParked) {
  ingest_fixture f;
  f.add("good.txt", "Good\n");
  f.add("bad.txt", "FIXTURE-THROW\n");
  const std::vector<std::string> opts = {"--settle",      "0", "--max-attempts", "2",
                                         "--retry-delay", "0"};
  auto with = [&](std::vector<std::string> extra) {
    auto all = opts;
    all.insert(all.end(), extra.begin(), extra.end());
    return f.ingest(all);
  };
  EXPECT_EQ(with({}).exit_code, 1);
  // Due at once: retried, fails a second time, parked.
  auto r = with({});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(f.report()["retried"], 1);
  EXPECT_EQ(f.report()["parked"], 1);
  auto status = f.status();
  EXPECT_EQ(status["counts"]["parked"], 1);
  EXPECT_EQ(status["failed"][0]["attempts"], 2);
  EXPECT_EQ(status["failed"][0]["stage"], "fixture-text");
  EXPECT_EQ(status["failed"][0]["message"], "fixture asked to fail");
  // Parked: never retried on its own ...
  r = with({});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(f.report()["retried"], 0);
  // ... only when asked.
  r = with({"--retry-failed"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(f.report()["retried"], 1);
  EXPECT_EQ(f.status()["failed"][0]["attempts"], 3);
}

TEST(Ingest, FixedFileReplacesItsQuarantinedVersion) {
  ingest_fixture f;
  f.add("a.txt", "FIXTURE-THROW\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 1);
  ASSERT_TRUE(fs::exists(f.out() / "quarantine/a.error.json"));
  f.add("a.txt", "Meeting, fixed\n");
  const auto r = f.ingest({"--settle", "0"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(fs::exists(f.out() / "quarantine/a.error.json"));
  EXPECT_FALSE(fs::exists(f.out() / "quarantine/a.txt"));
  EXPECT_EQ(f.exported(), (names{"a.txt"}));
  const auto status = f.status();
  EXPECT_EQ(status["counts"]["quarantined"], 0);
  EXPECT_EQ(status["counts"]["exported"], 1);
}

TEST(Ingest, MovedQuarantinedDocumentTakesItsRecordAlong) {
  ingest_fixture f;
  f.add("a.txt", "FIXTURE-THROW\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 1);
  fs::rename(f.archive() / "a.txt", f.archive() / "b.txt");
  const auto r = f.ingest({"--settle", "0"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(f.report()["moved"], 1);
  EXPECT_FALSE(fs::exists(f.out() / "quarantine/a.error.json"));
  EXPECT_FALSE(fs::exists(f.out() / "quarantine/a.txt"));
  const auto record = nlohmann::json::parse(read_text(f.out() / "quarantine/b.error.json"));
  EXPECT_EQ(record["key"], "b");
  EXPECT_EQ(record["message"], "fixture asked to fail");
  EXPECT_EQ(read_text(f.out() / "quarantine/b.txt"), "FIXTURE-THROW\n");
}

TEST(Ingest, KeysStayUniqueAgainstKeysAlreadyInTheState) {
  ingest_fixture f;
  f.add("a b.txt", "First\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  f.add("a_b.txt", "Second\n");  // key_for gives "a_b" for both
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  const auto exported = f.exported();
  ASSERT_EQ(exported.size(), 2u);
  // The first keeps its name; the newcomer gets the hash suffix.
  EXPECT_EQ(exported[1], "a_b.txt");
  EXPECT_EQ(read_text(f.out() / "fixture/a_b.txt"), "First\n1\n");
  EXPECT_EQ(exported[0].rfind("a_b-", 0), 0u) << exported[0];
  EXPECT_EQ(read_text(f.out() / "fixture" / exported[0]), "Second\n1\n");
}

// A state from before keys were text holds a Latin-1 name's raw byte in its
// key: when the file changes, the document takes the new key ("%E6") and
// the old key's outputs go.
TEST(Ingest, AKeyThatIsNoUtf8TakesTheNewFormWhenItsFileChanges) {
  ingest_fixture f;
  f.add("caf\xe9.txt", "Meeting\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  ASSERT_EQ(f.exported(), (names{"caf%E9.txt"}));
  {  // as an older protokol wrote it
    protokol::ingest::database db(f.state(), true);
    db.exec("UPDATE documents SET key = CAST(x'636166e9' AS TEXT)");
  }
  fs::rename(f.out() / "fixture/caf%E9.txt", f.out() / "fixture/caf\xe9.txt");
  f.add("caf\xe9.txt", "Meeting, corrected\n");
  const auto r = f.ingest({"--settle", "0"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(f.exported(), (names{"caf%E9.txt"}));
  EXPECT_EQ(read_text(f.out() / "fixture/caf%E9.txt"), "Meeting, corrected\n1\n");
}

TEST(Ingest, EmptyArchiveIsRefusedWhenTheStateKnowsDocuments) {
  ingest_fixture f;
  f.add("a.txt", "Meeting\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  fs::remove(f.archive() / "a.txt");
  auto r = f.ingest({"--settle", "0"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("has no files, but the state knows documents from it; is it mounted?"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(f.status()["last_run"]["exit_code"], 3);  // the refusal is in the history
  EXPECT_EQ(f.status()["counts"]["exported"], 1);     // and nothing was marked removed
  r = f.ingest({"--settle", "0", "--allow-empty-archive"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(f.report()["removed"], 1);
}

TEST(Ingest, StateOfAnotherArchiveIsRefused) {
  ingest_fixture f;
  f.add("a.txt", "Meeting\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  fs::create_directories(f.dir() / "other");
  auto args = f.ingest_args({"--settle", "0"});
  args[5] = (f.dir() / "other").string();
  const auto r = run_child(args);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("belongs to archive " + fs::canonical(f.archive()).string()),
            std::string::npos)
      << r.err;
}

TEST(Ingest, MissingArchiveIsAnEnvironmentProblem) {
  ingest_fixture f;
  fs::remove(f.archive());
  const auto r = f.ingest();
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("archive folder does not exist"), std::string::npos) << r.err;
}

// A run into an ingest's output folder had replaced one of its documents
// with a bad copy and added another, which no later ingest saw or mended
// (trial AE): it is refused, and the folder left as it was.
TEST(Ingest, ARunIntoAnIngestsOutputFolderIsRefused) {
  ingest_fixture f;
  f.add("a.txt", "Meeting A\nx\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  const std::string before = read_text(f.out() / "run.json");
  write_text(f.dir() / "other/a.txt", "Meeting A2\n");
  const auto r =
      run_child({"run", "-q", "-p", f.pipeline().string(), "-o", f.out().string(), "--plugin-path",
                 protokol::test::fixture_plugin_dir("good"), (f.dir() / "other").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(f.out().string() + ": error: is the output folder of an ingest"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(read_text(f.out() / "run.json"), before);
  EXPECT_EQ(f.exported(), (names{"a.txt"}));
  EXPECT_EQ(read_text(f.out() / "fixture/a.txt"), "Meeting A\n2\n");
}

TEST(Ingest, StatusTextShowsCountsAndHistory) {
  ingest_fixture f;
  f.add("a.txt", "Meeting\n");
  f.add("bad.txt", "FIXTURE-THROW\n");
  f.ingest({"--settle", "0"});
  const auto r = run_child({"status", "-o", f.out().string()});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("documents  2: 1 exported, 1 quarantined, 0 parked, 0 removed"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("lock       free"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("quarantined  bad.txt  1 attempt, next retry "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("runs (newest first):"), std::string::npos) << r.out;
  // The folder alone, without -o, as a new user first writes it (it had
  // been "too many positional options").
  const auto bare = run_child({"status", f.out().string()});
  EXPECT_EQ(bare.exit_code, 0) << bare.err;
  EXPECT_EQ(bare.out, r.out);
  // The state file itself, as given (it had been looked for inside itself).
  const auto file = run_child({"status", f.state().string()});
  EXPECT_EQ(file.exit_code, 0) << file.err;
  EXPECT_EQ(file.out, r.out);
}

// A monitoring account that may read the state but not write its folder:
// after a clean ingest the WAL state has no -shm beside it, which SQLite
// had to create (exit 3, "attempt to write a readonly database"; trial AE).
// Root writes any folder, so as root status runs as the user nobody.
TEST(Ingest, StatusReadsAStateWhoseFolderItMayNotWrite) {
  std::string as_user;
  if (::geteuid() == 0) as_user = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
  if (!as_user.empty() &&
      std::system((as_user + PROTOKOL_BINARY + " --version >/dev/null 2>&1").c_str()) != 0)
    GTEST_SKIP() << "the user nobody cannot run this build";
  ingest_fixture f;
  f.add("a.txt", "Meeting A\nx\n");
  f.add("b.txt", "Meeting B\n");
  ASSERT_EQ(f.ingest({"--settle", "0"}).exit_code, 0);
  // An empty -wal left by a reader is no writer either.
  write_text(f.state().string() + "-wal", "");
  const auto readable = fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                        fs::perms::others_read | fs::perms::others_exec;
  for (const fs::path& p : {f.dir().path(), f.out(), f.state().parent_path()})
    fs::permissions(p, readable);
  fs::permissions(f.state().parent_path(), fs::perms::owner_write, fs::perm_options::remove);
  ASSERT_FALSE(fs::exists(f.state().string() + "-shm"));
  const std::string command = as_user + PROTOKOL_BINARY + " status --json -o " + f.out().string() +
                              " > " + (f.dir() / "status.json").string();
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  const auto report = nlohmann::json::parse(read_text(f.dir() / "status.json"));
  EXPECT_EQ(report["counts"]["exported"], 2);
  fs::permissions(f.state().parent_path(), fs::perms::owner_all, fs::perm_options::add);
}

TEST(Ingest, StatusOfMissingStateIsAnEnvironmentProblem) {
  const auto r = run_child({"status", "--state", "/nonexistent/state.sqlite"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("no such state file"), std::string::npos) << r.err;
}

TEST(Ingest, UnreadableFileIsReportedAndFailsTheRun) {
  ingest_fixture f;
  f.add("a.txt", "Meeting\n");
  fs::create_symlink(f.archive() / "gone.txt", f.archive() / "dangling.txt");
  // Two links pointing at each other are a loop, not broken.
  fs::create_symlink(f.archive() / "loop2.txt", f.archive() / "loop1.txt");
  fs::create_symlink(f.archive() / "loop1.txt", f.archive() / "loop2.txt");
  const auto r = f.ingest({"--settle", "0"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("dangling.txt: not ingested: broken symbolic link"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("loop1.txt: not ingested: symbolic link: Too many levels of symbolic links"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(f.report()["unreadable"], 3);
  EXPECT_EQ(f.exported(), (names{"a.txt"}));
}

TEST(Ingest, HiddenAndExcludedFilesAreNotIngested) {
  ingest_fixture f;
  f.add("a.txt", "Meeting\n");
  f.add(".partial.txt", "Being uploaded\n");
  f.add(".git/x.txt", "Hidden folder\n");
  f.add("notes.doc", "Not minutes\n");
  const auto r = f.ingest({"--settle", "0", "--exclude", "*.doc"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(f.report()["files"], 1);
  EXPECT_EQ(f.exported(), (names{"a.txt"}));
}
