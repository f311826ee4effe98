#include "detection.hpp"

#include <algorithm>
#include <vector>

#include "dialect_scorer.hpp"
#include "format_evidence.hpp"
#include "text_sample.hpp"

namespace protokol::detector {
namespace {

// The markdown rules' patterns, then the dialect rules', each with its cap:
// judge_format and judge_dialect read no count past it.
std::vector<line_pattern> all_patterns() {
  std::vector<line_pattern> patterns;
  for (const auto& rule : markdown_rules())
    patterns.push_back({rule.pattern, {rule.leads, rule.anywhere}, rule.cap});
  for (const auto& rule : dialect_rules())
    patterns.push_back({rule.pattern, {rule.leads, ""}, rule.cap});
  return patterns;
}

const line_matcher& shared_rules() {
  static const line_matcher rules(all_patterns());
  return rules;
}

bool is_blank(std::string_view line) {
  // By hand: find_first_not_of(" \t\f\r") calls memchr on its four bytes
  // for each byte of the line, and nearly every line stops at its first.
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\r'; });
}

}  // namespace

detector::detector(std::size_t sample_bytes)
    : sample_bytes_(sample_bytes),
      markdown_rules_(markdown_rules().size()),
      rules_(shared_rules()) {}

detection detector::detect(std::string_view text) const {
  std::vector<std::size_t> counts(rules_.size());
  std::vector<int> scratch;
  std::size_t lines_seen = 0;
  for (const std::string_view piece : sample_text(text, sample_bytes_)) {
    line_matcher::text_counter counter(rules_, piece);
    for_each_line(piece, [&](std::string_view line) {
      if (is_blank(line)) return;
      ++lines_seen;
      counter.count(line, scratch, counts);
    });
  }
  const auto split = counts.begin() + static_cast<std::ptrdiff_t>(markdown_rules_);
  const std::vector<std::size_t> markdown_counts(counts.begin(), split);
  const std::vector<std::size_t> dialect_counts(split, counts.end());
  const format_guess format = judge_format(markdown_counts, lines_seen);
  const dialect_guess dialect = judge_dialect(dialect_counts);
  detection found;
  found.format = format.format;
  found.format_confidence = format.confidence;
  found.dialect = dialect.dialect;
  found.dialect_confidence = dialect.confidence;
  found.confidence = std::min(format.confidence, dialect.confidence);
  return found;
}

void apply_detection(source_info& source, const detection& found) {
  if (found.confidence > source.confidence) {
    if (!found.format.empty()) source.format = found.format;
    if (!found.dialect.empty()) source.dialect = found.dialect;
    source.confidence = found.confidence;
    return;
  }
  if (source.format.empty()) source.format = found.format;
  if (source.dialect.empty()) source.dialect = found.dialect;
}

}  // namespace protokol::detector
