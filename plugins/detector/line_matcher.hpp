// line_matcher.hpp: many RE2 patterns run over one line in a single pass
// (RE2::Set), counting which of them match.
#pragma once

#include <re2/set.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace protokol::detector {

/// A compiled list of patterns; immutable, so one serves every thread.
class line_matcher {
 public:
  /// Compiles `patterns` (RE2 syntax, UTF-8); throws std::invalid_argument
  /// naming the first pattern RE2 rejects.
  explicit line_matcher(const std::vector<std::string>& patterns);

  std::size_t size() const { return size_; }

  /// Adds 1 to counts[i] for every pattern i that matches somewhere in
  /// `line`. `scratch` is reused between calls to spare allocations.
  void count(std::string_view line, std::vector<int>& scratch,
             std::vector<std::size_t>& counts) const;

 private:
  RE2::Set set_;
  std::size_t size_ = 0;
};

}  // namespace protokol::detector
