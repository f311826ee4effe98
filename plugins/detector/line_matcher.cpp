#include "line_matcher.hpp"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace protokol::detector {
namespace {

RE2::Options set_options() {
  RE2::Options options;
  options.set_log_errors(false);
  return options;
}

std::size_t first_non_blank_at(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i;
}

}  // namespace

line_matcher::group::group(RE2::Anchor anchor) : set(set_options(), anchor) {}

void line_matcher::group::add(const std::string& pattern, std::size_t index) {
  std::string error;
  if (set.Add(pattern, &error) < 0) {
    throw std::invalid_argument("bad pattern '" + pattern + "': " + error);
  }
  indices.push_back(index);
}

void line_matcher::group::count(std::string_view line, std::vector<int>& scratch,
                                std::vector<std::size_t>& counts) const {
  scratch.clear();
  if (!set.Match(line, &scratch)) return;
  for (const int i : scratch) ++counts[indices[static_cast<std::size_t>(i)]];
}

line_matcher::line_matcher(const std::vector<line_pattern>& patterns) : size_(patterns.size()) {
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    const line_pattern& p = patterns[i];
    if (*p.cue.first == '\0' && *p.cue.anywhere == '\0')
      throw std::invalid_argument("pattern '" + p.pattern + "' has no cue");
    const bool at_line_start = p.pattern.starts_with('^') && *p.cue.anywhere == '\0';
    (at_line_start ? anchored_ : floating_).add(p.pattern, i);
    auto& first = at_line_start ? anchored_first_ : floating_first_;
    for (const char* b = p.cue.first; *b != '\0'; ++b) {
      const auto byte = static_cast<unsigned char>(*b);
      first[byte] = true;
      if (!at_line_start) continue;
      std::array<std::uint64_t, 4>& second = anchored_second_[byte];
      if (*p.cue.second == '\0') second.fill(~std::uint64_t{0});
      for (const char* s = p.cue.second; *s != '\0'; ++s) {
        const auto next = static_cast<unsigned char>(*s);
        second[next / 64] |= std::uint64_t{1} << (next % 64);
      }
    }
    for (const char* b = p.cue.anywhere; *b != '\0'; ++b) {
      if (std::find(anywhere_.begin(), anywhere_.end(), *b) == anywhere_.end())
        anywhere_.push_back(*b);
    }
  }
  if (!anchored_.set.Compile() || !floating_.set.Compile())
    throw std::invalid_argument("pattern set too large to compile");
}

line_matcher::text_counter::text_counter(const line_matcher& matcher, std::string_view text)
    : matcher_(matcher), text_(text) {
  next_.reserve(matcher.anywhere_.size());
  for (const char byte : matcher.anywhere_) {
    next_.push_back(find(byte, text.data()));
    nearest_ = std::min(nearest_, next_.back());
  }
}

const char* line_matcher::text_counter::find(char byte, const char* from) const {
  const char* const end_of_text = text_.data() + text_.size();
  const void* hit = std::memchr(from, byte, static_cast<std::size_t>(end_of_text - from));
  return hit == nullptr ? end_of_text : static_cast<const char*>(hit);
}

bool line_matcher::text_counter::holds_anywhere_byte_from_nearest(std::string_view line) {
  const char* const begin = line.data();
  // While the nearest of the bytes' next places is at or after the line's
  // start, so are all of them: none is looked for again (most lines).
  if (nearest_ < begin) {
    nearest_ = text_.data() + text_.size();
    for (std::size_t i = 0; i < next_.size(); ++i) {
      if (next_[i] < begin) next_[i] = find(matcher_.anywhere_[i], begin);
      nearest_ = std::min(nearest_, next_[i]);
    }
  }
  return nearest_ < begin + line.size();
}

// Inlined: it is asked of every line.
[[gnu::always_inline]] inline bool line_matcher::text_counter::anchored_may_match(
    std::string_view line, std::size_t at) const {
  if (at >= line.size()) return matcher_.anchored_first_[0];
  const auto first = static_cast<unsigned char>(line[at]);
  if (!matcher_.anchored_first_[first]) return false;
  // A line that ends with its first byte is left to RE2.
  if (at + 1 == line.size()) return true;
  const auto next = static_cast<unsigned char>(line[at + 1]);
  return ((matcher_.anchored_second_[first][next / 64] >> (next % 64)) & 1) != 0;
}

bool line_matcher::text_counter::may_match(std::string_view line) {
  const std::size_t at = first_non_blank_at(line);
  const unsigned char first = at < line.size() ? static_cast<unsigned char>(line[at]) : 0;
  return anchored_may_match(line, at) || matcher_.floating_first_[first] ||
         holds_anywhere_byte(line);
}

void line_matcher::text_counter::count(std::string_view line, std::vector<int>& scratch,
                                       std::vector<std::size_t>& counts) {
  const std::size_t at = first_non_blank_at(line);
  const unsigned char first = at < line.size() ? static_cast<unsigned char>(line[at]) : 0;
  if (anchored_may_match(line, at)) matcher_.anchored_.count(line, scratch, counts);
  if (matcher_.floating_first_[first] || holds_anywhere_byte(line))
    matcher_.floating_.count(line, scratch, counts);
}

void line_matcher::count(std::string_view line, std::vector<int>& scratch,
                         std::vector<std::size_t>& counts) const {
  text_counter(*this, line).count(line, scratch, counts);
}

bool line_matcher::may_match(std::string_view line) const {
  return text_counter(*this, line).may_match(line);
}

}  // namespace protokol::detector
