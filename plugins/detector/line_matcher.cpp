#include "line_matcher.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <stdexcept>

namespace protokol::detector {
namespace {

RE2::Options set_options() {
  RE2::Options options;
  options.set_log_errors(false);
  return options;
}

bool has(const byte_set& set, unsigned char byte) {
  return ((set[byte / 64] >> (byte % 64)) & 1) != 0;
}

void add(byte_set& set, unsigned char byte) { set[byte / 64] |= std::uint64_t{1} << (byte % 64); }

// One byte of a lead at leads[at], or a set in brackets; `at` moves past it.
byte_set read_lead_byte(std::string_view leads, std::size_t& at) {
  byte_set set{};
  if (leads[at] != '[') {
    add(set, static_cast<unsigned char>(leads[at++]));
    return set;
  }
  const std::size_t close = leads.find(']', at + 1);
  if (close == std::string_view::npos)
    throw std::invalid_argument("unclosed '[' in leads '" + std::string(leads) + "'");
  for (std::size_t i = at + 1; i < close; ++i) {
    const auto low = static_cast<unsigned char>(leads[i]);
    // "a-b" is a range; a '-' first or last is itself.
    if (i + 2 < close && leads[i + 1] == '-') {
      const auto high = static_cast<unsigned char>(leads[i + 2]);
      for (unsigned byte = low; byte <= high; ++byte) add(set, static_cast<unsigned char>(byte));
      i += 2;
    } else {
      add(set, low);
    }
  }
  at = close + 1;
  return set;
}

// True when the bytes of `rest` are in the sets of `after`, one by one, as
// far as both go: a line ending inside a lead is left to RE2.
bool fits_lead(const std::vector<byte_set>& after, std::string_view rest) {
  const std::size_t n = std::min(after.size(), rest.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (!has(after[i], static_cast<unsigned char>(rest[i]))) return false;
  }
  return true;
}

std::size_t first_non_blank_at(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i;
}

}  // namespace

std::vector<std::vector<byte_set>> parse_leads(std::string_view leads) {
  std::vector<std::vector<byte_set>> parsed;
  std::size_t at = 0;
  while (at < leads.size()) {
    if (leads[at] == ' ') {
      ++at;
      continue;
    }
    std::vector<byte_set>& lead = parsed.emplace_back();
    while (at < leads.size() && leads[at] != ' ') lead.push_back(read_lead_byte(leads, at));
  }
  return parsed;
}

line_matcher::group::group(RE2::Anchor anchor) : set(set_options(), anchor) {}

std::uint64_t line_matcher::group::add(const std::string& pattern, std::size_t index,
                                       std::size_t cap) {
  std::string error;
  const int set_index = set.Add(pattern, &error);
  if (set_index < 0) {
    throw std::invalid_argument("bad pattern '" + pattern + "': " + error);
  }
  indices.push_back(index);
  caps.push_back(cap);
  return set_bit(static_cast<std::size_t>(set_index));
}

void line_matcher::group::count(std::string_view line, std::uint64_t candidates,
                                std::vector<int>& scratch, std::vector<std::size_t>& counts,
                                std::uint64_t& full) const {
  // One candidate (a bullet, a quote, "Side 2", a line holding "*" but no
  // "[" or "\\"): a match of the set is its match. Asked without a vector
  // of indices, RE2::Set allocates no SparseSet and stops at the first match.
  if (std::has_single_bit(candidates)) {
    const auto i = static_cast<std::size_t>(std::countr_zero(candidates));
    if (set.Match(line, nullptr)) {
      ++counts[indices[i]];
      note_if_full(i, counts, full);
    }
    return;
  }
  scratch.clear();
  if (!set.Match(line, &scratch)) return;
  for (const int i : scratch) {
    ++counts[indices[static_cast<std::size_t>(i)]];
    note_if_full(static_cast<std::size_t>(i), counts, full);
  }
}

line_matcher::line_matcher(const std::vector<line_pattern>& patterns) : size_(patterns.size()) {
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    const line_pattern& p = patterns[i];
    if (*p.cue.leads == '\0' && *p.cue.anywhere == '\0')
      throw std::invalid_argument("pattern '" + p.pattern + "' has no cue");
    const bool at_line_start = p.pattern.starts_with('^') && *p.cue.anywhere == '\0';
    if (!at_line_start && *p.cue.leads != '\0')
      throw std::invalid_argument("pattern '" + p.pattern + "' has leads but is not anchored");
    const std::uint64_t bit = (at_line_start ? anchored_ : floating_).add(p.pattern, i, p.cap);
    for (const std::vector<byte_set>& lead : parse_leads(p.cue.leads)) {
      const std::vector<byte_set> after(lead.begin() + 1, lead.end());
      for (int byte = 0; byte < 256; ++byte) {
        if (!has(lead.front(), static_cast<unsigned char>(byte))) continue;
        std::vector<lead_rest>& known = anchored_leads_[byte];
        const auto same = std::find_if(known.begin(), known.end(),
                                       [&](const lead_rest& k) { return k.after == after; });
        if (same == known.end()) {
          known.push_back({after, bit});
        } else {
          same->patterns |= bit;
        }
      }
    }
    for (const char* b = p.cue.anywhere; *b != '\0'; ++b) {
      const auto known = std::find(anywhere_.begin(), anywhere_.end(), *b);
      if (known == anywhere_.end()) {
        anywhere_.push_back(*b);
        anywhere_patterns_.push_back(bit);
      } else {
        anywhere_patterns_[static_cast<std::size_t>(known - anywhere_.begin())] |= bit;
      }
    }
  }
  // A lead of one byte lets every line starting with it through: asked first.
  for (auto& leads : anchored_leads_) {
    std::stable_partition(leads.begin(), leads.end(),
                          [](const lead_rest& lead) { return lead.after.empty(); });
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

std::uint64_t line_matcher::text_counter::floating_candidates_from_nearest(std::string_view line) {
  const char* const begin = line.data();
  const char* const end = begin + line.size();
  // While the nearest of the bytes' next places is at or after the line's
  // start, so are all of them: none is looked for again (most lines).
  if (nearest_ < begin) {
    nearest_ = text_.data() + text_.size();
    for (std::size_t i = 0; i < next_.size(); ++i) {
      if (next_[i] < begin) next_[i] = find(matcher_.anywhere_[i], begin);
      nearest_ = std::min(nearest_, next_[i]);
    }
  }
  if (nearest_ >= end) return 0;
  std::uint64_t candidates = 0;
  for (std::size_t i = 0; i < next_.size(); ++i) {
    if (next_[i] < end) candidates |= matcher_.anywhere_patterns_[i];
  }
  return candidates;
}

// Inlined: it is asked of every line.
[[gnu::always_inline]] inline std::uint64_t line_matcher::text_counter::anchored_candidates(
    std::string_view line, std::size_t at) const {
  if (at >= line.size()) return 0;
  const std::string_view rest = line.substr(at + 1);
  std::uint64_t candidates = 0;
  for (const lead_rest& lead : matcher_.anchored_leads_[static_cast<unsigned char>(line[at])]) {
    if ((lead.patterns & ~candidates) == 0 || !fits_lead(lead.after, rest)) continue;
    candidates |= lead.patterns;
    if (!std::has_single_bit(candidates)) break;  // two or more: the set tells which
  }
  return candidates;
}

bool line_matcher::text_counter::may_match(std::string_view line) {
  return anchored_candidates(line, first_non_blank_at(line)) != 0 || floating_candidates(line) != 0;
}

namespace {

// True when `candidates` is one pattern whose count has reached its cap: a
// match would change nothing the caller reads (most bullet lines of a long
// list). Two or more may stand for more than they name (anchored_candidates
// stops at two), so those are asked.
bool only_full(std::uint64_t candidates, std::uint64_t full) {
  return std::has_single_bit(candidates) && (candidates & full) != 0;
}

}  // namespace

void line_matcher::text_counter::count(std::string_view line, std::vector<int>& scratch,
                                       std::vector<std::size_t>& counts) {
  if (const std::uint64_t candidates = anchored_candidates(line, first_non_blank_at(line));
      candidates != 0 && !only_full(candidates, anchored_full_))
    matcher_.anchored_.count(line, candidates, scratch, counts, anchored_full_);
  if (const std::uint64_t candidates = floating_candidates(line);
      candidates != 0 && !only_full(candidates, floating_full_))
    matcher_.floating_.count(line, candidates, scratch, counts, floating_full_);
}

void line_matcher::count(std::string_view line, std::vector<int>& scratch,
                         std::vector<std::size_t>& counts) const {
  text_counter(*this, line).count(line, scratch, counts);
}

bool line_matcher::may_match(std::string_view line) const {
  return text_counter(*this, line).may_match(line);
}

}  // namespace protokol::detector
