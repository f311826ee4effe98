// text_sample.hpp: which parts of a text the detector looks at, so a huge
// file costs no more than a small one.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace protokol::detector {

/// Whole lines of `text` to scan: the first `sample_bytes` bytes, and when
/// the text is longer, 16 windows of sample_bytes/16 bytes spread evenly
/// over the rest, so item headings deep in a long file are seen too. Each
/// piece starts at a line start and ends after an LF (or at the text's end).
std::vector<std::string_view> sample_text(std::string_view text, std::size_t sample_bytes);

/// Calls fn(line) for each line of `piece` (without its LF).
template <class Fn>
void for_each_line(std::string_view piece, Fn&& fn) {
  while (!piece.empty()) {
    const std::size_t lf = piece.find('\n');
    const std::size_t length = lf == std::string_view::npos ? piece.size() : lf;
    fn(piece.substr(0, length));
    piece.remove_prefix(lf == std::string_view::npos ? piece.size() : lf + 1);
  }
}

}  // namespace protokol::detector
