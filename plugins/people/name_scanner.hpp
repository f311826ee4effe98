// name_scanner.hpp: reads a person's name out of running text, forwards from
// its first letter or backwards from just past its last one.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace protokol::people {

/// A byte range [start, end) of the text.
struct span {
  std::size_t start = 0;
  std::size_t end = 0;
  bool empty() const { return end <= start; }
};

/// A name found in the text.
struct name_span {
  std::size_t start = 0;
  std::size_t end = 0;
  int words = 0;  ///< capitalised words, not counting initials and particles
};

/// The token (a word with any inner '.', '-' or apostrophe) starting at
/// `pos`; empty when a separator (blank, comma, parenthesis, ...) is there.
span token_at(std::string_view text, std::size_t pos);

/// The token ending just before `end`; empty when a separator is there.
span token_before(std::string_view text, std::size_t end);

/// `word` without a sentence's closing full stop (initials keep theirs).
std::string_view without_final_stop(std::string_view word);

/// Reads a name whose first word starts at `pos`: capitalised words,
/// initials ("B.", "H.C.") and inner particles ("von"), one blank apart,
/// on one line, at most `max_parts` parts. None when fewer than one
/// capitalised word, or when the words run on into a place or building
/// ("Rude Skov Skole", "Hans Tavsens Gade").
std::optional<name_span> name_forward(std::string_view text, std::size_t pos, int max_parts = 6);

/// Reads a name ending just before `end`, walking back over the same parts.
std::optional<name_span> name_backward(std::string_view text, std::size_t end, int max_parts = 5);

}  // namespace protokol::people
