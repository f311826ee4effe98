#include "format_evidence.hpp"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <set>
#include <string>

namespace protokol::detector {
namespace {

std::vector<std::size_t> counts_with(
    std::initializer_list<std::pair<std::string_view, std::size_t>> lines_per_rule) {
  std::vector<std::size_t> counts(markdown_rules().size());
  for (const auto& [rule, lines] : lines_per_rule) {
    for (std::size_t i = 0; i < counts.size(); ++i) {
      if (markdown_rules()[i].name == rule) counts[i] = lines;
    }
  }
  return counts;
}

bool rule_matches(std::string_view rule, std::string_view line) {
  for (const markdown_rule& r : markdown_rules()) {
    if (r.name == rule) return RE2::PartialMatch(line, r.pattern);
  }
  ADD_FAILURE() << "no rule " << rule;
  return false;
}

TEST(MarkdownTable, EveryPatternCompilesAndNamesAreUnique) {
  std::set<std::string> names;
  for (const markdown_rule& rule : markdown_rules()) {
    EXPECT_TRUE(RE2(rule.pattern).ok()) << rule.name;
    EXPECT_TRUE(names.insert(rule.name).second) << rule.name;
    EXPECT_GT(rule.weight, 0.0) << rule.name;
    EXPECT_GT(rule.cap, 0u) << rule.name;
  }
}

TEST(MarkdownTable, RulesMatchTheirMarkup) {
  EXPECT_TRUE(rule_matches("atx-heading", "## Punkt 2: Budget"));
  EXPECT_FALSE(rule_matches("atx-heading", "#hashtag"));
  EXPECT_TRUE(rule_matches("bold-line", "**Mødedato** Onsdag"));
  EXPECT_FALSE(rule_matches("bold-line", "havde **10 aktivitetsmål**, som"));
  EXPECT_TRUE(rule_matches("bold", "havde **10 aktivitetsmål**, som"));
  EXPECT_FALSE(rule_matches("bold", "2 ** 3"));
  EXPECT_TRUE(rule_matches("link", "se [bilag](https://example.dk/b.pdf)"));
  EXPECT_TRUE(rule_matches("table-separator", "| --- | :---: |"));
  EXPECT_TRUE(rule_matches("escaped-punctuation", "1\\. at planen vedtages"));
  EXPECT_TRUE(rule_matches("bullet", "- Det nye nummer af Erhvervsnyt"));
}

TEST(JudgeFormat, NoMarkupIsPlain) {
  const format_guess guess = judge_format(std::vector<std::size_t>(markdown_rules().size()), 200);
  EXPECT_EQ(guess.format, "plain");
  EXPECT_DOUBLE_EQ(guess.confidence, 0.95);
}

TEST(JudgeFormat, FewLinesMakePlainLessSure) {
  const format_guess guess = judge_format(std::vector<std::size_t>(markdown_rules().size()), 4);
  EXPECT_EQ(guess.format, "plain");
  EXPECT_LT(guess.confidence, 0.7);
}

TEST(JudgeFormat, InlineBoldAndBulletsStayPlain) {
  const format_guess guess = judge_format(counts_with({{"bullet", 37}, {"bold", 3}}), 500);
  EXPECT_EQ(guess.format, "plain");
  EXPECT_GT(guess.confidence, 0.6);
}

TEST(JudgeFormat, BulletsAloneStayPlain) {
  const format_guess guess = judge_format(counts_with({{"bullet", 35}}), 600);
  EXPECT_EQ(guess.format, "plain");
  EXPECT_GT(guess.confidence, 0.8);
}

TEST(JudgeFormat, ThreeHeadingsMakeMarkdown) {
  const format_guess guess = judge_format(counts_with({{"atx-heading", 3}}), 50);
  EXPECT_EQ(guess.format, "markdown");
  EXPECT_NEAR(guess.confidence, 0.63, 0.01);
}

TEST(JudgeFormat, OneHeadingIsNotEnough) {
  EXPECT_EQ(judge_format(counts_with({{"atx-heading", 1}}), 50).format, "plain");
}

TEST(JudgeFormat, ManyHeadingsAreCappedAndSure) {
  const format_guess guess = judge_format(counts_with({{"atx-heading", 500}}), 1000);
  EXPECT_EQ(guess.format, "markdown");
  EXPECT_DOUBLE_EQ(guess.evidence, 20.0);
  EXPECT_DOUBLE_EQ(guess.confidence, 0.95);
}

}  // namespace
}  // namespace protokol::detector
