// format_evidence.hpp: markdown or plain, from counted markup lines.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace protokol::detector {

/// One kind of markdown markup, matched per line (markdown_table.cpp).
struct markdown_rule {
  const char* name;
  const char* pattern;   ///< RE2, run on one line
  double weight;         ///< evidence per matching line
  std::size_t cap;       ///< lines counted at most, so one repeated thing cannot decide alone
  const char* leads;     ///< how a matching line begins: line_cue::leads
  const char* anywhere;  ///< bytes of which one is in a matching line: line_cue::anywhere
};

/// The reviewed table of markdown evidence.
std::span<const markdown_rule> markdown_rules();

/// The format decision.
struct format_guess {
  std::string format;  ///< "plain" | "markdown"
  double confidence = 0;
  double evidence = 0;  ///< weighted, capped sum the decision came from
};

/// Decides from counts[i] = lines matching markdown_rules()[i] and the
/// number of non-blank lines looked at.
format_guess judge_format(const std::vector<std::size_t>& counts, std::size_t lines_seen);

}  // namespace protokol::detector
