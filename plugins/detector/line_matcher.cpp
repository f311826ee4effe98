#include "line_matcher.hpp"

#include <stdexcept>

namespace protokol::detector {
namespace {

RE2::Options set_options() {
  RE2::Options options;
  options.set_log_errors(false);
  return options;
}

}  // namespace

line_matcher::line_matcher(const std::vector<std::string>& patterns)
    : set_(set_options(), RE2::UNANCHORED), size_(patterns.size()) {
  for (const std::string& pattern : patterns) {
    std::string error;
    if (set_.Add(pattern, &error) < 0) {
      throw std::invalid_argument("bad pattern '" + pattern + "': " + error);
    }
  }
  if (!set_.Compile()) throw std::invalid_argument("pattern set too large to compile");
}

void line_matcher::count(std::string_view line, std::vector<int>& scratch,
                         std::vector<std::size_t>& counts) const {
  scratch.clear();
  if (!set_.Match(line, &scratch)) return;
  for (const int index : scratch) ++counts[static_cast<std::size_t>(index)];
}

}  // namespace protokol::detector
