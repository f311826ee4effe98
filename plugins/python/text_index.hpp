// text_index.hpp: converts between the data model's byte offsets into
// doc.text and the str indices (code points) a Python script sees, so that
// doc.text[e.start:e.end] == e.text holds on both sides.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace protokol::python {

class text_index {
 public:
  /// `text` must be valid UTF-8 (the reader guarantees it).
  explicit text_index(std::string_view text);

  /// Number of code points: the length of doc.text in Python.
  std::size_t char_count() const { return byte_of_char_.size() - 1; }
  /// The code point index at byte offset `byte`; an offset inside a UTF-8
  /// sequence or past the end maps to the next code point boundary.
  std::size_t char_at(std::size_t byte) const;
  /// The byte offset of code point index `index` (<= char_count()).
  std::size_t byte_at(std::size_t index) const { return byte_of_char_[index]; }

 private:
  std::vector<std::size_t> byte_of_char_;  ///< one per code point, plus the end
};

}  // namespace protokol::python
