// danish/lines.hpp: the lines of a text, found once. "The line holding this
// offset" is then a binary search, where a walk back to the last LF costs
// time in the line's length, and quadratic time on a text whose many
// matches stand on one long line.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace protokol::danish {

/// One line: [start, end), `end` at its LF or at the end of the text.
struct line_span {
  std::size_t start = 0;
  std::size_t end = 0;
};

/// Where each line of a text starts. Lines end at LF only (a form feed is
/// part of its line), as the extractors read them.
class line_index {
 public:
  explicit line_index(std::string_view text);

  /// How many lines the text has (a final LF starts an empty last line).
  std::size_t size() const { return starts_.size(); }
  /// The number (0-based) of the line holding byte `pos`; an LF belongs to
  /// the line it ends.
  std::size_t line_of(std::size_t pos) const;
  /// Line number `n`. Inline: the extractors ask for every line in turn.
  line_span line(std::size_t n) const {
    return {starts_[n], n + 1 < starts_.size() ? starts_[n + 1] - 1 : text_size_};
  }
  /// The line holding byte `pos`.
  line_span line_at(std::size_t pos) const { return line(line_of(pos)); }

 private:
  std::size_t text_size_;
  std::vector<std::size_t> starts_;
};

}  // namespace protokol::danish
