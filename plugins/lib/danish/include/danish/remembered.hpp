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

  static std::size_t slot_of(std::string_view text) {
    std::uint32_t h = 2166136261u;  // FNV-1a
    for (const char c : text) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return (h ^ (h >> 15)) & (Slots - 1);
  }

  std::array<entry, Slots> entries_{};
};

}  // namespace protokol::danish
