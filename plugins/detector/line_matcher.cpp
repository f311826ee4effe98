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

line_matcher::line_matcher(const std::vector<line_pattern>& patterns)
    : set_(set_options(), RE2::UNANCHORED), size_(patterns.size()) {
  for (const line_pattern& p : patterns) {
    std::string error;
    if (set_.Add(p.pattern, &error) < 0) {
      throw std::invalid_argument("bad pattern '" + p.pattern + "': " + error);
    }
    if (*p.cue.first == '\0' && *p.cue.anywhere == '\0')
      throw std::invalid_argument("pattern '" + p.pattern + "' has no cue");
    for (const char* b = p.cue.first; *b != '\0'; ++b)
      first_[static_cast<unsigned char>(*b)] = true;
    for (const char* b = p.cue.anywhere; *b != '\0'; ++b)
      anywhere_[static_cast<unsigned char>(*b)] = true;
  }
  if (!set_.Compile()) throw std::invalid_argument("pattern set too large to compile");
}

bool line_matcher::may_match(std::string_view line) const {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (i < line.size() && first_[static_cast<unsigned char>(line[i])]) return true;
  for (const char c : line) {
    if (anywhere_[static_cast<unsigned char>(c)]) return true;
  }
  return false;
}

void line_matcher::count(std::string_view line, std::vector<int>& scratch,
                         std::vector<std::size_t>& counts) const {
  if (!may_match(line)) return;
  scratch.clear();
  if (!set_.Match(line, &scratch)) return;
  for (const int index : scratch) ++counts[static_cast<std::size_t>(index)];
}

}  // namespace protokol::detector
