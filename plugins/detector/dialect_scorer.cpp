#include "dialect_scorer.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace protokol::detector {
namespace {

// Score at which a dialect's strength reaches 1 - 1/e: three item headings.
constexpr double score_scale = 3.0;
constexpr double min_confidence = 0.15;
constexpr double max_confidence = 0.99;

struct tally {
  std::string_view dialect;
  double key_lines = 0;
  double score = 0;
};

std::vector<tally> tally_dialects(const std::vector<std::size_t>& counts) {
  std::vector<tally> tallies;
  const auto rules = dialect_rules();
  for (std::size_t i = 0; i < rules.size() && i < counts.size(); ++i) {
    const dialect_rule& rule = rules[i];
    if (tallies.empty() || tallies.back().dialect != rule.dialect)
      tallies.push_back({rule.dialect});
    const std::size_t lines = std::min(counts[i], rule.cap);
    if (rule.role == rule_role::key) tallies.back().key_lines += static_cast<double>(lines);
    tallies.back().score += rule.weight * static_cast<double>(lines);
  }
  return tallies;
}

}  // namespace

dialect_guess judge_dialect(const std::vector<std::size_t>& counts) {
  const tally* best = nullptr;
  double runner_up = 0;
  const std::vector<tally> tallies = tally_dialects(counts);
  for (const tally& t : tallies) {
    if (t.key_lines < static_cast<double>(min_key_lines)) continue;
    if (best == nullptr || t.score > best->score) {
      if (best != nullptr) runner_up = std::max(runner_up, best->score);
      best = &t;
    } else {
      runner_up = std::max(runner_up, t.score);
    }
  }
  dialect_guess guess;
  if (best == nullptr) {
    guess.dialect = generic_dialect;
    guess.confidence = generic_confidence;
    return guess;
  }
  guess.dialect = std::string(best->dialect);
  guess.score = best->score;
  guess.runner_up_score = runner_up;
  // Strength from how much evidence there is; lowered when another layout
  // scores close behind.
  const double strength = 1.0 - std::exp(-best->score / score_scale);
  const double margin = 1.0 - runner_up / best->score;
  guess.confidence = std::clamp(strength * (0.6 + 0.4 * margin), min_confidence, max_confidence);
  return guess;
}

}  // namespace protokol::detector
