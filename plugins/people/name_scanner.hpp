// name_scanner.hpp: reads a person's name out of running text, forwards from
// its first letter or backwards from just past its last one.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
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

/// name_forward()'s answers (at most six parts) for one text, remembered by
/// position: find_people()'s cues ask about the same words again (a title's
/// cue and the first name after it, the word scan and an attendance list),
/// some two in five of the asks on the bench corpus. A slot a position; one
/// that shares its slot with another replaces it, and the other is read
/// again when asked. Some 24 KB: keep it on a stack, not in a hot loop's frame.
class name_reader {
 public:
  explicit name_reader(std::string_view text) : text_(text) {}
  std::optional<name_span> operator()(std::size_t pos);

 private:
  /// A name read at `pos`; `words` 0 for none (a name has a word at least).
  struct answer {
    std::size_t pos;
    std::size_t end;
    int words;
  };
  static constexpr int slot_bits = 10;
  static constexpr std::size_t slots = std::size_t{1} << slot_bits;
  std::string_view text_;
  // The slots are left unwritten and marked a bit each when filled: a text's
  // cues ask about a few dozen positions, and clearing 24 KB for each text
  // cost more than the table saved.
  std::array<std::uint64_t, slots / 64> filled_{};
  std::array<answer, slots> answers_;
};

/// Reads a name ending just before `end`, walking back over the same parts.
std::optional<name_span> name_backward(std::string_view text, std::size_t end, int max_parts = 5);

}  // namespace protokol::people
