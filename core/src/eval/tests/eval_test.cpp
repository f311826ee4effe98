#include "eval.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace pe = protokol::eval;

namespace {

const std::filesystem::path data = EVAL_TEST_DATA;

const pe::report& sample() {
  static const pe::report r = pe::evaluate(data / "gold", data / "pred");
  return r;
}

const pe::score& field(const pe::report& r, const std::string& stem, const std::string& name) {
  for (const auto& d : r.documents) {
    if (d.stem == stem) return d.fields.at(name);
  }
  throw std::out_of_range(stem);
}

void expect_counts(const pe::score& s, std::size_t tp, std::size_t fp, std::size_t fn) {
  EXPECT_EQ(s.true_positives, tp);
  EXPECT_EQ(s.false_positives, fp);
  EXPECT_EQ(s.false_negatives, fn);
}

}  // namespace

TEST(EvalScore, MeasuresFromCounts) {
  const pe::score s{3, 1, 2};
  EXPECT_DOUBLE_EQ(s.precision(), 0.75);
  EXPECT_DOUBLE_EQ(s.recall(), 0.6);
  EXPECT_NEAR(s.f1(), 2 * 0.75 * 0.6 / 1.35, 1e-12);
}

TEST(EvalScore, NothingExpectedNothingFoundIsPerfect) {
  const pe::score s{};
  EXPECT_DOUBLE_EQ(s.precision(), 1.0);
  EXPECT_DOUBLE_EQ(s.recall(), 1.0);
  EXPECT_DOUBLE_EQ(s.f1(), 1.0);
  const pe::score wrong{0, 2, 0};
  EXPECT_DOUBLE_EQ(wrong.f1(), 0.0);
}

TEST(Eval, ItemsAndTitlesFoldBlanks) {
  expect_counts(field(sample(), "a", "items"), 1, 1, 1);
  expect_counts(field(sample(), "a", "titles"), 1, 1, 1);
  expect_counts(field(sample(), "a", "closed"), 1, 1, 1);
}

TEST(Eval, NumbersPerItem) {
  expect_counts(field(sample(), "a", "case_numbers"), 1, 0, 1);
  expect_counts(field(sample(), "a", "document_numbers"), 0, 1, 0);
  expect_counts(field(sample(), "a", "case_number_entities"), 1, 0, 0);
}

TEST(Eval, PeoplePartiesParticipantsAbsencesVotes) {
  expect_counts(field(sample(), "a", "people"), 1, 1, 1);
  expect_counts(field(sample(), "a", "person_mentions"), 1, 1, 1);
  expect_counts(field(sample(), "a", "parties"), 1, 0, 0);
  expect_counts(field(sample(), "a", "participants"), 1, 1, 1);
  // Gold gives Jens Hansen the role formand; the prediction none.
  expect_counts(field(sample(), "a", "participant_roles"), 0, 0, 1);
  expect_counts(field(sample(), "a", "absences"), 1, 0, 1);
  expect_counts(field(sample(), "a", "votes"), 1, 1, 1);
  expect_counts(field(sample(), "a", "section_kinds"), 1, 1, 1);
}

TEST(Eval, VoteTalliesOnlyWhereTheGoldCountsVotes) {
  // Gold: item 1 counted 5 for and 1 against, item 2 unanimous; the
  // prediction counted 5 for and 2 against and missed the unanimity.
  expect_counts(field(sample(), "a", "vote_tallies"), 1, 1, 2);
  for (const auto& d : sample().documents) {
    if (d.stem == "b") {
      EXPECT_EQ(d.fields.count("vote_tallies"), 0u);
    }
  }
}

TEST(Eval, MeetingHeaderFieldByField) {
  expect_counts(field(sample(), "a", "meeting.title"), 1, 0, 0);
  expect_counts(field(sample(), "a", "meeting.committee"), 0, 1, 1);
  expect_counts(field(sample(), "a", "meeting.start_time"), 0, 0, 1);
  const auto& doc = sample().documents.front();
  EXPECT_EQ(doc.fields.count("meeting.location"), 0u);  // not in the gold: not scored
}

TEST(Eval, MissingPredictionCountsAsMissed) {
  const auto& b = sample().documents.at(1);
  EXPECT_EQ(b.stem, "b");
  EXPECT_TRUE(b.prediction_missing);
  expect_counts(b.fields.at("items"), 0, 0, 1);
  expect_counts(b.fields.at("people"), 0, 0, 0);
}

TEST(Eval, OverallSumsDocuments) { expect_counts(sample().overall.at("items"), 1, 1, 2); }

TEST(Eval, ThresholdsNameFieldsBelowTheirMinimum) {
  const auto failures =
      pe::check_thresholds(sample(), {{"parties", 0.9}, {"items", 0.9}, {"nonsense", 0.1}});
  ASSERT_EQ(failures.size(), 2u);
  EXPECT_EQ(failures[0].field, "items");
  EXPECT_TRUE(failures[0].measured);
  EXPECT_EQ(failures[1].field, "nonsense");
  EXPECT_FALSE(failures[1].measured);
}

TEST(Eval, FormatReportPrintsThreeDecimals) {
  std::ostringstream out;
  pe::format_report(sample(), out);
  const std::string text = out.str();
  EXPECT_NE(text.find("overall (micro, 2 documents)"), std::string::npos);
  EXPECT_NE(text.find("  parties                     1.000  1.000  1.000   1/0/0"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("b  (no prediction)"), std::string::npos);
}

TEST(Eval, JsonReport) {
  const auto j = pe::to_json(sample());
  EXPECT_EQ(j.at("overall").at("items").at("tp"), 1);
  EXPECT_EQ(j.at("documents").at(0).at("stem"), "a");
}

TEST(Eval, ReadThresholds) {
  const auto file = std::filesystem::temp_directory_path() / "protokol_eval_thresholds.json";
  std::ofstream(file) << R"({"items": 0.95, "people": 0.8})";
  const auto t = pe::read_thresholds(file);
  EXPECT_DOUBLE_EQ(t.at("items"), 0.95);
  std::ofstream(file) << R"({"items": "high"})";
  EXPECT_THROW(pe::read_thresholds(file), std::runtime_error);
  std::filesystem::remove(file);
}

TEST(Eval, NoGoldIsAnError) {
  EXPECT_THROW(pe::evaluate(data / "pred", data / "pred"), std::runtime_error);
}
