#include "text_sample.hpp"

namespace protokol::detector {
namespace {

constexpr std::size_t window_count = 16;

// Moves `begin` forward to a line start and `end` back to just after an LF;
// a piece holding no whole line comes back empty.
std::string_view whole_lines(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin > 0 && text[begin - 1] != '\n') {
    const std::size_t lf = text.find('\n', begin);
    if (lf == std::string_view::npos || lf + 1 >= end) return {};
    begin = lf + 1;
  }
  if (end < text.size()) {
    const std::size_t lf = text.rfind('\n', end - 1);
    if (lf == std::string_view::npos || lf < begin) return {};
    end = lf + 1;
  }
  return text.substr(begin, end - begin);
}

}  // namespace

std::vector<std::string_view> sample_text(std::string_view text, std::size_t sample_bytes) {
  if (text.size() <= 2 * sample_bytes) return {text};
  std::vector<std::string_view> pieces;
  pieces.reserve(window_count + 1);
  // A head with no line break at all is still worth a look, cut as it is.
  const std::string_view head = whole_lines(text, 0, sample_bytes);
  pieces.push_back(head.empty() ? text.substr(0, sample_bytes) : head);
  const std::size_t window = sample_bytes / window_count;
  const std::size_t rest = text.size() - sample_bytes;
  for (std::size_t i = 0; i < window_count; ++i) {
    const std::size_t begin = sample_bytes + rest * i / window_count;
    const std::string_view piece = whole_lines(text, begin, std::min(begin + window, text.size()));
    if (!piece.empty()) pieces.push_back(piece);
  }
  return pieces;
}

}  // namespace protokol::detector
