// dialect_scorer.hpp: which agenda-system layout a text follows, from
// counted lines of the dialect table (dialect_table.cpp).
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace protokol::detector {

/// What a matching line tells about its dialect.
enum class rule_role {
  key,      ///< the layout's own mark (its item headings or label lines)
  support,  ///< seen in the layout, but also elsewhere
};

/// One row of the dialect table.
struct dialect_rule {
  const char* dialect;
  rule_role role;
  const char* pattern;  ///< RE2, run on one line
  double weight;        ///< score per matching line
  std::size_t cap;      ///< lines counted at most
  const char* why;
  const char* leads;  ///< how a matching line begins: line_cue::leads
};

/// The reviewed table. Rows of one dialect are together; dialects come in
/// order of precedence (a tie goes to the earlier one).
std::span<const dialect_rule> dialect_rules();

/// The dialect when no layout is recognised.
inline constexpr const char* generic_dialect = "generic";
inline constexpr double generic_confidence = 0.1;

/// A dialect needs this many key lines in the sample: one stray line
/// proves nothing.
inline constexpr std::size_t min_key_lines = 2;

/// The dialect decision.
struct dialect_guess {
  std::string dialect;
  double confidence = 0;
  double score = 0;            ///< winner's score
  double runner_up_score = 0;  ///< best other qualified dialect's score
};

/// Decides from counts[i] = lines matching dialect_rules()[i].
dialect_guess judge_dialect(const std::vector<std::size_t>& counts);

}  // namespace protokol::detector
