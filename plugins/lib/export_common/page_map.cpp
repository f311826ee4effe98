#include <algorithm>
#include <cstring>
#include <export_common/page_map.hpp>

namespace protokol::export_common {

page_map::page_map(const document& doc) {
  const std::string& text = doc.text;
  for (const char *p = text.data(), *end = text.data() + text.size();
       (p = static_cast<const char*>(std::memchr(p, '\f', static_cast<std::size_t>(end - p))));
       ++p) {
    breaks_.push_back(static_cast<std::size_t>(p - text.data()));
  }
  paged_ = doc.source.format == "pdf" || !breaks_.empty();
}

std::optional<std::size_t> page_map::page_of(std::size_t offset) const {
  if (!paged_) return std::nullopt;
  // Form feeds before the offset; one at the offset itself ends its page.
  const auto before = std::lower_bound(breaks_.begin(), breaks_.end(), offset);
  return static_cast<std::size_t>(before - breaks_.begin()) + 1;
}

}  // namespace protokol::export_common
