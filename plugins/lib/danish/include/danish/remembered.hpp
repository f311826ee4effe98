// remembered.hpp: each thread's last answers of a function of short texts.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace protokol::danish {

/// The last answers of a function whose answer depends on its text alone,
/// for texts of 1 to `Longest` bytes, in a direct-mapped table of `Slots`
/// entries (a power of two). Minutes repeat their names, titles and parties
/// on every page: a text that was the last of its slot gets the answer it
/// got then, without the work. Kept `thread_local` by its users: no lock.
template <class Answer, std::size_t Longest, std::size_t Slots>
class remembered_answers {
  static_assert(Slots > 0 && (Slots & (Slots - 1)) == 0, "a power of two");
  static_assert(Longest < 256, "a text's size is kept in a byte");

 public:
  /// `answer(text)`, from the table when `text` was met before in its slot.
  template <class Function>
  Answer operator()(std::string_view text, Function&& answer) {
    // An empty view may hold a null pointer, which memcmp must not be given.
    if (text.empty() || text.size() > Longest) return answer(text);
    entry& e = entries_[slot_of(text)];
    if (e.size == text.size() && std::memcmp(e.text.data(), text.data(), text.size()) == 0)
      return e.answer;
    e.answer = answer(text);
    e.size = static_cast<std::uint8_t>(text.size());
    std::memcpy(e.text.data(), text.data(), text.size());
    return e.answer;
  }

 private:
  struct entry {
    std::uint8_t size = 0;  // 0: an empty slot (no empty text is kept)
    std::array<char, Longest> text{};
    Answer answer{};
  };

  // The slot of a text of 1 to Longest bytes: its first and last eight
  // bytes (four, or three single bytes, for a shorter text) and its size,
  // mixed by multiplications. A byte by byte hash cost as much as the rest
  // of a lookup; texts that differ only inside a long middle share a slot,
  // which costs an answer worked out again, never a wrong one.
  static std::size_t slot_of(std::string_view text) {
    const char* const p = text.data();
    const std::size_t n = text.size();
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
    if (n >= 8) {
      std::memcpy(&head, p, 8);
      std::memcpy(&tail, p + n - 8, 8);
    } else if (n >= 4) {
      std::uint32_t first = 0, last = 0;
      std::memcpy(&first, p, 4);
      std::memcpy(&last, p + n - 4, 4);
      head = first;
      tail = last;
    } else {
      head = static_cast<unsigned char>(p[0]) | static_cast<unsigned char>(p[n / 2]) << 8 |
             static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
    }
    const std::uint64_t mixed =
        (head * 0x9E3779B97F4A7C15u) ^ (tail * 0xC2B2AE3D27D4EB4Fu) ^ (n * 0x165667B19E3779F9u);
    return static_cast<std::size_t>((mixed ^ (mixed >> 29)) * 0x94D049BB133111EBu >> 40) &
           (Slots - 1);
  }

  std::array<entry, Slots> entries_{};
};

}  // namespace protokol::danish
