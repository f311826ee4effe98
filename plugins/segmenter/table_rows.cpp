#include "table_rows.hpp"

#include <algorithm>

#include "text_util.hpp"

namespace protokol::segmenter {

// The cells of a table row "| a | b |" (the outer bars optional); empty
// when the line is no table row.
std::vector<std::string_view> cells_of(std::string_view row) {
  row = trim(row);
  if (!row.starts_with('|')) return {};
  row.remove_prefix(1);
  if (row.ends_with('|')) row.remove_suffix(1);
  std::vector<std::string_view> out;
  for (;;) {
    const std::size_t bar = row.find('|');
    out.push_back(trim(row.substr(0, bar)));
    if (bar == std::string_view::npos) break;
    row.remove_prefix(bar + 1);
  }
  return out;
}

std::vector<std::string_view> row_cells(std::string_view text) {
  text = trim(text);
  if (text.starts_with('|')) return cells_of(text);
  if (text.find('\t') == std::string_view::npos) return {};
  if (text.size() > 4 && (text.starts_with("**") || text.starts_with("__")) &&
      text.ends_with(text.substr(0, 2))) {
    text = trim(text.substr(2, text.size() - 4));
  }
  std::vector<std::string_view> out;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t tab = std::min(text.find('\t', start), text.size());
    if (const std::string_view cell = trim(text.substr(start, tab - start)); !cell.empty())
      out.push_back(cell);
    start = tab + 1;
  }
  return out;
}

}  // namespace protokol::segmenter
