// line_matcher.hpp: many RE2 patterns run over one line in a single pass
// (RE2::Set), counting which of them match. Each pattern names the bytes a
// matching line must show (its cue), so most lines of running text are
// passed over without a call to RE2.
#pragma once

#include <re2/set.h>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "line_cue.hpp"

namespace protokol::detector {

/// A pattern and its cue.
struct line_pattern {
  std::string pattern;  ///< RE2 syntax, UTF-8
  line_cue cue;
};

/// A compiled list of patterns; immutable, so one serves every thread.
class line_matcher {
 public:
  /// Compiles `patterns`; throws std::invalid_argument naming the first
  /// pattern RE2 rejects.
  explicit line_matcher(const std::vector<line_pattern>& patterns);

  std::size_t size() const { return size_; }

  /// Adds 1 to counts[i] for every pattern i that matches somewhere in
  /// `line`. `scratch` is reused between calls to spare allocations.
  void count(std::string_view line, std::vector<int>& scratch,
             std::vector<std::size_t>& counts) const;

  /// False when no pattern's cue is in `line`, so none can match.
  bool may_match(std::string_view line) const;

 private:
  std::array<bool, 256> first_{};     ///< union of the cues' first bytes
  std::array<bool, 256> anywhere_{};  ///< union of the cues' bytes anywhere
  RE2::Set set_;
  std::size_t size_ = 0;
};

}  // namespace protokol::detector
