#include "item_table.hpp"

#include <algorithm>
#include <string_view>

#include "line_builder.hpp"

namespace protokol::html {
namespace {

// Head words, compared without case and a trailing colon. The section heads
// are headings of the segmenter's table (plugins/segmenter/heading_map.cpp)
// or read as one under an item ("Referat"); a table with one of them holds
// the items' text, not a list of them.
constexpr std::string_view number_heads[] = {"pkt.", "pkt", "punkt",          "punkt nr.",
                                             "nr.",  "nr",  "dagsordenspunkt"};
constexpr std::string_view title_heads[] = {"emne", "overskrift", "sag", "titel", "tekst"};
constexpr std::string_view section_heads[] = {
    "beslutning",       "beslutninger", "referat",    "indstilling",
    "sagsfremstilling", "bemærkninger", "bemærkning", "afgørelse",
    "protokol",         "resumé",       "resume"};

std::string folded(std::string_view head) {
  while (!head.empty() && (head.back() == ':' || head.back() == ' ')) head.remove_suffix(1);
  std::string out(head);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : static_cast<char>(c);
  });
  return out;
}

template <std::size_t N>
bool is_one_of(std::string_view head, const std::string_view (&words)[N]) {
  const std::string key = folded(head);
  return std::find(std::begin(words), std::end(words), key) != std::end(words);
}

column_kind kind_of_head(std::string_view head) {
  return is_one_of(head, section_heads) ? column_kind::section : column_kind::label;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) {
    if (!out.empty()) out += ' ';
    out += strip_bold(line);
  }
  return out;
}

// "Sagsnr.: 24/8801"; a head with its own colon keeps it: "J.nr.: 24/8801".
std::string labelled(std::string_view head, std::string_view value) {
  if (head.empty()) return std::string(value);
  std::string line(head);
  line += head.back() == ':' ? " " : ": ";
  line += value;
  return line;
}

}  // namespace

std::vector<column_kind> item_table_columns(const std::vector<std::string>& heads) {
  if (heads.size() < 3 || !is_one_of(heads[0], number_heads) || !is_one_of(heads[1], title_heads))
    return {};
  std::vector<column_kind> columns = {column_kind::number, column_kind::title};
  for (std::size_t i = 2; i < heads.size(); ++i) columns.push_back(kind_of_head(heads[i]));
  if (std::find(columns.begin(), columns.end(), column_kind::section) == columns.end()) return {};
  return columns;
}

std::vector<std::string> item_row_lines(const std::vector<column_kind>& columns,
                                        const std::vector<std::string>& heads,
                                        const std::vector<std::vector<std::string>>& cells) {
  if (cells.size() < 2 || cells[0].size() != 1) return {};
  const std::string number_cell = strip_bold(cells[0].front());
  const std::string_view number = lone_item_number(number_cell);
  const std::string title = joined(cells[1]);
  if (number.empty() || title.empty()) return {};
  std::vector<std::string> lines = {"", std::string(number) + ". " + title};
  // Labelled values first: a case number right under the title is the
  // item's, and a label after a section would run into its text.
  std::vector<std::string> sections;
  for (std::size_t i = 2; i < cells.size(); ++i) {
    const std::vector<std::string>& cell = cells[i];
    if (cell.empty()) continue;
    const std::string_view head = i < heads.size() ? std::string_view(heads[i]) : "";
    if (i < columns.size() && columns[i] == column_kind::section) {
      sections.emplace_back();
      sections.emplace_back(head);
      sections.insert(sections.end(), cell.begin(), cell.end());
      continue;
    }
    lines.push_back(labelled(head, strip_bold(cell.front())));
    lines.insert(lines.end(), cell.begin() + 1, cell.end());
  }
  lines.insert(lines.end(), sections.begin(), sections.end());
  lines.emplace_back();
  return lines;
}

}  // namespace protokol::html
