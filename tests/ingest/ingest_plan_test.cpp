// make_plan without touching files: how the scan and the state combine.
#include "../../core/src/ingest/ingest_plan.hpp"

#include <gtest/gtest.h>

using namespace protokol::ingest;

namespace {

scanned_file settled(const std::string& path, const std::string& sha, bool fast = false) {
  scanned_file f;
  f.relative = path;
  f.sha256 = sha;
  f.size = 10;
  f.fast = fast;
  return f;
}

document_record doc(const std::string& sha, const std::string& path, const std::string& key,
                    doc_status status = doc_status::exported) {
  document_record d;
  d.sha256 = sha;
  d.path = path;
  d.key = key;
  d.status = status;
  d.pipeline = "fp";
  return d;
}

scan_result scan_of(std::vector<scanned_file> files) {
  scan_result s;
  std::sort(files.begin(), files.end(), [](auto& a, auto& b) { return a.relative < b.relative; });
  s.files = std::move(files);
  return s;
}

plan_options at(std::int64_t now, bool retry_failed = false,
                const std::string& fingerprint = "fp") {
  plan_options o;
  o.fingerprint = fingerprint;
  o.now = now;
  o.retry_failed = retry_failed;
  return o;
}

const plan_options options = at(1000);

}  // namespace

TEST(IngestPlan, UnchangedDocumentIsSkipped) {
  const auto plan =
      make_plan(scan_of({settled("a.txt", "A", true)}), {doc("A", "a.txt", "a")}, options);
  EXPECT_TRUE(plan.work.empty());
  EXPECT_EQ(plan.skipped, 1u);
  EXPECT_EQ(plan.skipped_fast, 1u);
  EXPECT_FALSE(plan.changes_outputs());
}

TEST(IngestPlan, NewContentAtAKnownPathIsChangedAndKeepsTheKey) {
  const auto plan =
      make_plan(scan_of({settled("a.txt", "B")}), {doc("A", "a.txt", "a-1234abcd")}, options);
  ASSERT_EQ(plan.work.size(), 1u);
  EXPECT_EQ(plan.work[0].reason, work_reason::changed);
  EXPECT_EQ(plan.work[0].key, "a-1234abcd");
  ASSERT_EQ(plan.replaced.size(), 1u);  // the old content gives its key up
  EXPECT_EQ(plan.replaced[0].sha256, "A");
  EXPECT_TRUE(plan.removals.empty());
}

TEST(IngestPlan, RenameIsAMoveWithTheOldKeyToRemove) {
  const auto plan =
      make_plan(scan_of({settled("b/a.txt", "A")}), {doc("A", "a.txt", "a")}, options);
  ASSERT_EQ(plan.work.size(), 1u);
  EXPECT_EQ(plan.work[0].reason, work_reason::moved);
  EXPECT_EQ(plan.work[0].key, "b__a");
  EXPECT_EQ(plan.work[0].old_key, "a");
  EXPECT_TRUE(plan.removals.empty());
}

TEST(IngestPlan, SwappedNamesSwapKeys) {
  const auto plan = make_plan(scan_of({settled("a.txt", "B"), settled("b.txt", "A")}),
                              {doc("A", "a.txt", "a"), doc("B", "b.txt", "b")}, options);
  ASSERT_EQ(plan.work.size(), 2u);
  EXPECT_EQ(plan.work[0].key, "a");
  EXPECT_EQ(plan.work[0].sha256, "B");
  EXPECT_EQ(plan.work[1].key, "b");
  EXPECT_EQ(plan.work[1].sha256, "A");
}

TEST(IngestPlan, MissingFileIsRemovedButAPendingOneIsKept) {
  scanned_file young = settled("b.txt", "");
  young.state = file_state::pending;
  const auto plan =
      make_plan(scan_of({young}), {doc("A", "a.txt", "a"), doc("B", "b.txt", "b")}, options);
  ASSERT_EQ(plan.removals.size(), 1u);
  EXPECT_EQ(plan.removals[0].sha256, "A");
  EXPECT_EQ(plan.pending, std::vector<std::string>{"b.txt"});
  EXPECT_TRUE(plan.work.empty());
}

TEST(IngestPlan, FilesUnderAnUnlistableFolderAreNotRemoved) {
  scan_result scan = scan_of({});
  scan.unreadable_folders = {"locked"};
  const auto plan =
      make_plan(scan, {doc("A", "locked/a.txt", "locked__a"), doc("B", "b.txt", "b")}, options);
  ASSERT_EQ(plan.removals.size(), 1u);
  EXPECT_EQ(plan.removals[0].sha256, "B");
}

TEST(IngestPlan, NewKeyCollidingWithALiveOneGetsTheHashSuffix) {
  const auto plan = make_plan(scan_of({settled("A.txt", "N"), settled("a.txt", "A")}),
                              {doc("A", "a.txt", "a")}, options);
  ASSERT_EQ(plan.work.size(), 1u);
  EXPECT_EQ(plan.work[0].key.rfind("A-", 0), 0u) << plan.work[0].key;
  EXPECT_EQ(plan.work[0].key.size(), 10u);
}

TEST(IngestPlan, PipelineChangeReprocessesExportedDocuments) {
  const auto plan = make_plan(scan_of({settled("a.txt", "A")}), {doc("A", "a.txt", "a")},
                              at(1000, false, "other"));
  ASSERT_EQ(plan.work.size(), 1u);
  EXPECT_EQ(plan.work[0].reason, work_reason::reprocess);
}

TEST(IngestPlan, FailedDocumentsWaitForTheirTurnOrARetryRequest) {
  auto q = doc("Q", "q.txt", "q", doc_status::quarantined);
  q.next_attempt = 2000;
  auto p = doc("P", "p.txt", "p", doc_status::parked);
  const auto scan = scan_of({settled("q.txt", "Q"), settled("p.txt", "P")});
  auto plan = make_plan(scan, {q, p}, options);
  EXPECT_TRUE(plan.work.empty());
  EXPECT_EQ(plan.waiting, 2u);
  plan = make_plan(scan, {q, p}, at(2000));
  ASSERT_EQ(plan.work.size(), 1u);  // the quarantined one is due; parked ones never are
  EXPECT_EQ(plan.work[0].sha256, "Q");
  plan = make_plan(scan, {q, p}, at(1000, true));
  EXPECT_EQ(plan.work.size(), 2u);
}

TEST(IngestPlan, CrashSuspectIsNotRetriedInTheRunThatFoundIt) {
  auto q = doc("Q", "q.txt", "q", doc_status::quarantined);
  q.next_attempt = 1000;
  auto o = at(1000);
  o.hold_back = {"Q"};
  EXPECT_TRUE(make_plan(scan_of({settled("q.txt", "Q")}), {q}, o).work.empty());
  o.retry_failed = true;
  EXPECT_EQ(make_plan(scan_of({settled("q.txt", "Q")}), {q}, o).work.size(), 1u);
}

TEST(IngestPlan, RemovedDocumentGivesItsKeyToANewFileOfThatName) {
  auto gone = doc("A", "a.txt", "a", doc_status::removed);
  const auto plan = make_plan(scan_of({settled("a.txt", "B")}), {gone}, options);
  ASSERT_EQ(plan.work.size(), 1u);
  EXPECT_EQ(plan.work[0].key, "a");
  EXPECT_EQ(plan.work[0].reason, work_reason::fresh);
  ASSERT_EQ(plan.replaced.size(), 1u);
}
