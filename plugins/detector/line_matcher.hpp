// line_matcher.hpp: many RE2 patterns run over one line in a single pass
// (RE2::Set), counting which of them match. Each pattern names the bytes a
// matching line must show (its cue), so most lines of running text are
// passed over without a call to RE2.
#pragma once

#include <re2/set.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "line_cue.hpp"

namespace protokol::detector {

/// A set of bytes, a bit each.
using byte_set = std::array<std::uint64_t, 4>;

/// line_cue::leads read: each lead as the set of every byte it names, from
/// the first non-blank one on. Throws std::invalid_argument when a bracket
/// is not closed.
std::vector<std::vector<byte_set>> parse_leads(std::string_view leads);

/// A pattern and its cue.
struct line_pattern {
  std::string pattern;  ///< RE2 syntax, UTF-8
  line_cue cue;
  /// Lines counted at most: past it the caller reads no difference, so a
  /// text_counter need not ask RE2 about lines only this pattern may match.
  std::size_t cap = std::numeric_limits<std::size_t>::max();
};

/// A compiled list of patterns; immutable, so one serves every thread.
class line_matcher {
 public:
  /// Compiles `patterns`; throws std::invalid_argument naming the first
  /// pattern RE2 rejects.
  explicit line_matcher(const std::vector<line_pattern>& patterns);

  std::size_t size() const { return size_; }

  /// Counts the lines of one text, taken in order: finds the cue bytes that
  /// may stand anywhere in a line with one memchr per byte and occurrence in
  /// the text, not one scan per line.
  class text_counter {
   public:
    text_counter(const line_matcher& matcher, std::string_view text);
    /// Adds 1 to counts[i] for every pattern i that matches somewhere in
    /// `line`, a view into the text at or after the line counted before;
    /// once counts[i] has reached pattern i's cap, it may stay there.
    /// `scratch` is reused between calls to spare allocations.
    void count(std::string_view line, std::vector<int>& scratch, std::vector<std::size_t>& counts);
    /// False when no pattern's cue is in `line`, so none can match.
    bool may_match(std::string_view line);

   private:
    /// The anchored patterns (a bit per set index) whose cues allow `line`,
    /// whose first non-blank byte is line[at]; 0 when none does. Stops at
    /// two: then the set itself tells which match.
    std::uint64_t anchored_candidates(std::string_view line, std::size_t at) const;
    /// The floating patterns (set bits) one of whose anywhere bytes `line`
    /// holds; 0 when it holds none.
    std::uint64_t floating_candidates(std::string_view line) {
      // Most lines end before the nearest of the bytes: no call.
      return nearest_ < line.data() + line.size() ? floating_candidates_from_nearest(line) : 0;
    }
    /// floating_candidates() where the nearest byte stands before the line's end.
    std::uint64_t floating_candidates_from_nearest(std::string_view line);
    /// Where `byte` first stands at or after `from`, or the text's end.
    const char* find(char byte, const char* from) const;

    const line_matcher& matcher_;
    std::string_view text_;
    std::vector<const char*> next_;  ///< per anywhere byte: where it next stands, or the text's end
    /// The least of next_: where the first of the anywhere bytes next stands.
    const char* nearest_ = text_.data() + text_.size();
    /// Per group, the patterns (set bits) whose counts have reached their caps.
    std::uint64_t anchored_full_ = 0;
    std::uint64_t floating_full_ = 0;
  };

  /// count() of a text_counter over `line` alone.
  void count(std::string_view line, std::vector<int>& scratch,
             std::vector<std::size_t>& counts) const;
  /// may_match() of a text_counter over `line` alone.
  bool may_match(std::string_view line) const;

 private:
  /// A pattern's bit in a mask of its group's set indices. Indices past 63
  /// take every bit, so that a mask holding one never reads as one pattern.
  static constexpr std::uint64_t set_bit(std::size_t set_index) {
    return set_index < 64 ? std::uint64_t{1} << set_index : every_pattern;
  }
  static constexpr std::uint64_t every_pattern = ~std::uint64_t{0};

  /// Patterns run as one RE2::Set, and each set index's place in the
  /// caller's list.
  struct group {
    explicit group(RE2::Anchor anchor);
    /// Adds `pattern`, the caller's `index`th, counted up to `cap`; returns
    /// its bit (set_bit).
    std::uint64_t add(const std::string& pattern, std::size_t index, std::size_t cap);
    /// Counts the patterns of the set that match `line`. `candidates`
    /// (set_bit()s) holding one pattern says no other may match it; holding
    /// two or more (perhaps not all that may), it leaves the set to tell.
    /// Adds to `full` the bits of the patterns whose counts reach their caps.
    void count(std::string_view line, std::uint64_t candidates, std::vector<int>& scratch,
               std::vector<std::size_t>& counts, std::uint64_t& full) const;
    /// Adds set index i's bit to `full` when its count has reached its cap.
    void note_if_full(std::size_t i, const std::vector<std::size_t>& counts,
                      std::uint64_t& full) const {
      if (i < 64 && counts[indices[i]] >= caps[i]) full |= std::uint64_t{1} << i;
    }

    RE2::Set set;
    std::vector<std::size_t> indices;
    std::vector<std::size_t> caps;  ///< per set index
  };

  // Patterns anchored at the line start (cue on the first byte only) run
  // anchored: RE2 stops at the first byte no pattern can take, where an
  // unanchored set must read every line to its end.
  group anchored_{RE2::ANCHOR_START};
  group floating_{RE2::UNANCHORED};
  /// A lead (line_cue::leads) after its first byte, and the anchored
  /// patterns (set bits) it belongs to.
  struct lead_rest {
    std::vector<byte_set> after;  ///< per byte after the first, the bytes it may be
    std::uint64_t patterns = 0;
  };
  /// Per first non-blank byte, the anchored patterns' leads that begin with it.
  std::vector<std::vector<lead_rest>> anchored_leads_ = std::vector<std::vector<lead_rest>>(256);
  std::vector<char> anywhere_;  ///< bytes of the other patterns' cues anywhere
  std::vector<std::uint64_t>
      anywhere_patterns_;  ///< per anywhere_ byte: the patterns (set bits) it cues
  std::size_t size_ = 0;
};

}  // namespace protokol::detector
