#include <gtest/gtest.h>
#include <re2/re2.h>

#include <set>
#include <string>

#include "dialect_scorer.hpp"

namespace protokol::detector {
namespace {

const std::set<std::string> known_dialects = {"punkt-colon", "sagsnr-doknr", "markdown-export",
                                              "numbered-heading", "pkt"};

// Which dialects' key rows match `line`.
std::set<std::string> key_dialects_of(std::string_view line) {
  std::set<std::string> found;
  for (const dialect_rule& rule : dialect_rules()) {
    if (rule.role == rule_role::key && RE2::PartialMatch(line, rule.pattern))
      found.insert(rule.dialect);
  }
  return found;
}

std::vector<std::size_t> counts_for(
    std::initializer_list<std::pair<std::string_view, std::size_t>> lines) {
  std::vector<std::size_t> counts(dialect_rules().size());
  for (const auto& [line, n] : lines) {
    for (std::size_t i = 0; i < counts.size(); ++i) {
      if (RE2::PartialMatch(line, dialect_rules()[i].pattern)) counts[i] += n;
    }
  }
  return counts;
}

TEST(DialectTable, RowsAreWellFormed) {
  std::set<std::string> seen;
  std::string previous;
  for (const dialect_rule& rule : dialect_rules()) {
    EXPECT_TRUE(RE2(rule.pattern).ok()) << rule.pattern;
    EXPECT_TRUE(known_dialects.count(rule.dialect)) << rule.dialect;
    EXPECT_GT(rule.weight, 0.0) << rule.pattern;
    EXPECT_GT(std::string_view(rule.why).size(), 5u) << rule.pattern;
    if (rule.dialect != previous) {
      EXPECT_TRUE(seen.insert(rule.dialect).second) << rule.dialect << " rows are not together";
      previous = rule.dialect;
    }
  }
  EXPECT_EQ(seen, known_dialects);
}

TEST(DialectTable, EveryDialectHasAKeyRule) {
  for (const std::string& dialect : known_dialects) {
    bool has_key = false;
    for (const dialect_rule& rule : dialect_rules())
      has_key |= rule.dialect == dialect && rule.role == rule_role::key;
    EXPECT_TRUE(has_key) << dialect;
  }
}

TEST(DialectTable, ItemHeadingsMatchTheirDialect) {
  EXPECT_EQ(key_dialects_of("Punkt 3: Budgetopfølgning"), std::set<std::string>{"punkt-colon"});
  EXPECT_EQ(key_dialects_of("# Punkt 1: Meddelelser"), std::set<std::string>{"markdown-export"});
  EXPECT_EQ(key_dialects_of("## **Punkt 3: Resultat**"), std::set<std::string>{"markdown-export"});
  EXPECT_EQ(key_dialects_of("**Punkt 3: Resultat**"), std::set<std::string>{"markdown-export"});
  EXPECT_EQ(key_dialects_of("Pkt. 4 Meddelelser"), std::set<std::string>{"pkt"});
  EXPECT_EQ(key_dialects_of("Pkt 4: Meddelelser"), std::set<std::string>{"pkt"});
  EXPECT_EQ(key_dialects_of("Sag 2: Forslag fra DD og LA"), std::set<std::string>{"pkt"});
  EXPECT_EQ(key_dialects_of("Sag nr. 2 Forslag"), std::set<std::string>{"pkt"});
  EXPECT_EQ(key_dialects_of("Punkt 2 Kvalitetsstandard"), std::set<std::string>{"pkt"});
  EXPECT_EQ(key_dialects_of("Punkt 2."), std::set<std::string>{"pkt"});
  EXPECT_EQ(key_dialects_of("2. Forslag til lokalplan"), std::set<std::string>{"numbered-heading"});
  EXPECT_EQ(key_dialects_of("## 2. Lokalplan"), std::set<std::string>{"numbered-heading"});
  EXPECT_EQ(key_dialects_of("12."), std::set<std::string>{"numbered-heading"});
  EXPECT_EQ(key_dialects_of("Sagsnr.: 727-2018-2162"), std::set<std::string>{"sagsnr-doknr"});
  EXPECT_EQ(key_dialects_of("Sags nr.: 24-001234"), std::set<std::string>{"sagsnr-doknr"});
  EXPECT_EQ(key_dialects_of("Doknr.: 727-2018-127631"), std::set<std::string>{"sagsnr-doknr"});
  EXPECT_EQ(key_dialects_of("Dok.nr.: 24-001234-12"), std::set<std::string>{"sagsnr-doknr"});
  EXPECT_EQ(key_dialects_of("J.nr. 17.01.00-Ø00-2-24"), std::set<std::string>{"sagsnr-doknr"});
}

TEST(DialectTable, LookAlikesMatchNoKeyRule) {
  EXPECT_TRUE(key_dialects_of("1. at forslaget vedtages").empty()) << "a list inside an item";
  EXPECT_TRUE(key_dialects_of("Sag 12/34567 blev behandlet").empty()) << "a case number";
  EXPECT_TRUE(key_dialects_of("Sagen blev behandlet").empty());
  EXPECT_TRUE(key_dialects_of("Punktet blev udsat").empty());
  EXPECT_TRUE(key_dialects_of("jf. punkt 3: se ovenfor").empty()) << "a reference, not a heading";
  EXPECT_TRUE(key_dialects_of("2024. Året hvor").empty()) << "a year, not an item number";
  EXPECT_TRUE(key_dialects_of("Sagsfremstilling").empty());
}

TEST(JudgeDialect, NothingRecognisedIsGeneric) {
  const dialect_guess guess = judge_dialect(std::vector<std::size_t>(dialect_rules().size()));
  EXPECT_EQ(guess.dialect, "generic");
  EXPECT_DOUBLE_EQ(guess.confidence, 0.1);
}

TEST(JudgeDialect, OneKeyLineIsNotEnough) {
  EXPECT_EQ(judge_dialect(counts_for({{"Punkt 1: Godkendelse", 1}})).dialect, "generic");
}

TEST(JudgeDialect, LabelLinesOutweighTheHeadingsTheySitUnder) {
  const dialect_guess guess = judge_dialect(counts_for(
      {{"Punkt 1: Godkendelse", 9}, {"Sagsnr.: 727-2018-2162", 9}, {"Doknr.: 727-2018-1", 9}}));
  EXPECT_EQ(guess.dialect, "sagsnr-doknr");
  EXPECT_DOUBLE_EQ(guess.runner_up_score, 9.0);
}

TEST(JudgeDialect, TwoStrayLabelsDoNotOutweighManyHeadings) {
  const dialect_guess guess =
      judge_dialect(counts_for({{"Punkt 1: Godkendelse", 12}, {"Sagsnr.: 12/3456", 2}}));
  EXPECT_EQ(guess.dialect, "punkt-colon");
}

TEST(JudgeDialect, ConfidenceGrowsWithEvidence) {
  const double few = judge_dialect(counts_for({{"Pkt. 1 Godkendelse", 2}})).confidence;
  const double many = judge_dialect(counts_for({{"Pkt. 1 Godkendelse", 12}})).confidence;
  EXPECT_LT(few, many);
  EXPECT_GT(many, 0.95);
  EXPECT_LE(many, 0.99);
}

TEST(JudgeDialect, CloseRunnerUpLowersConfidence) {
  const double alone = judge_dialect(counts_for({{"Punkt 1: A", 10}})).confidence;
  const double contested =
      judge_dialect(counts_for({{"Punkt 1: A", 10}, {"Pkt. 1 B", 9}})).confidence;
  EXPECT_LT(contested, alone);
}

}  // namespace
}  // namespace protokol::detector
