#include "text_index.hpp"

#include <algorithm>

namespace protokol::python {

text_index::text_index(std::string_view text) {
  byte_of_char_.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i)
    // Continuation bytes (10xxxxxx) do not start a code point.
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) byte_of_char_.push_back(i);
  byte_of_char_.push_back(text.size());
}

std::size_t text_index::char_at(std::size_t byte) const {
  const auto it = std::lower_bound(byte_of_char_.begin(), byte_of_char_.end(), byte);
  if (it == byte_of_char_.end()) return char_count();
  return static_cast<std::size_t>(it - byte_of_char_.begin());
}

}  // namespace protokol::python
