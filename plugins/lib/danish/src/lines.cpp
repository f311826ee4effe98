#include "danish/lines.hpp"

#include <algorithm>

namespace protokol::danish {

line_index::line_index(std::string_view text) : text_size_(text.size()), starts_{0} {
  for (std::size_t lf = text.find('\n'); lf != std::string_view::npos; lf = text.find('\n', lf + 1))
    starts_.push_back(lf + 1);
}

std::size_t line_index::line_of(std::size_t pos) const {
  return static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), pos) -
                                  starts_.begin()) -
         1;
}

}  // namespace protokol::danish
