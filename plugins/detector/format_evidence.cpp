#include "format_evidence.hpp"

#include <algorithm>
#include <cmath>

namespace protokol::detector {
namespace {

// Evidence at which markdown becomes as likely as not: three headings, or
// two headings and a few bold labels.
constexpr double evidence_scale = 3.0;
// Below this many non-blank lines, "no markup" says less.
constexpr std::size_t lines_for_full_confidence = 20;
constexpr double max_confidence = 0.95;

}  // namespace

format_guess judge_format(const std::vector<std::size_t>& counts, std::size_t lines_seen) {
  const auto rules = markdown_rules();
  double evidence = 0;
  for (std::size_t i = 0; i < rules.size() && i < counts.size(); ++i) {
    evidence += rules[i].weight * static_cast<double>(std::min(counts[i], rules[i].cap));
  }
  // P(markdown) grows with evidence and is 0.5 at evidence_scale * ln 2.
  const double markdown = 1.0 - std::exp(-evidence / evidence_scale);
  format_guess guess;
  guess.evidence = evidence;
  if (markdown >= 0.5) {
    guess.format = "markdown";
    guess.confidence = std::min(markdown, max_confidence);
  } else {
    const double sample =
        std::min(1.0, static_cast<double>(lines_seen) / lines_for_full_confidence);
    guess.format = "plain";
    guess.confidence = std::min((1.0 - markdown) * (0.5 + 0.5 * sample), max_confidence);
  }
  return guess;
}

}  // namespace protokol::detector
