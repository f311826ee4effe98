#include "number_entities.hpp"

#include <algorithm>
#include <string_view>

#include "danish/decisions.hpp"
#include "danish/numbers.hpp"
#include "danish/text.hpp"

namespace protokol::numbers {
namespace {

// Headings of attachment lists, compared lowercase without markup.
constexpr std::string_view attachment_headings[] = {"bilag", "bilagsliste", "bilag til punktet",
                                                    "vedlagte bilag"};

std::string_view strip_markup(std::string_view line) {
  auto markup = [](char c) {
    return c == '#' || c == '*' || c == '_' || c == ' ' || c == '\t' || c == ':';
  };
  while (!line.empty() && markup(line.front())) line.remove_prefix(1);
  while (!line.empty() && markup(line.back())) line.remove_suffix(1);
  return line;
}

bool is_attachment_heading(std::string_view line) {
  const std::string folded = danish::fold_case(strip_markup(line));
  return std::find(std::begin(attachment_headings), std::end(attachment_headings), folded) !=
         std::end(attachment_headings);
}

// A line an attachment list is made of: a short title, not a sentence or a heading.
bool looks_like_attachment_line(std::string_view line) {
  line = danish::trim(line);
  return line.size() <= 200 && !line.ends_with('.') && !line.ends_with(':');
}

const item* item_at(const document& doc, std::size_t offset) {
  for (const item& it : doc.items) {
    if (it.start <= offset && offset < it.end) return &it;
  }
  return nullptr;
}

}  // namespace

bool in_attachment_list(const document& doc, std::size_t offset) {
  const item* it = item_at(doc, offset);
  if (it != nullptr) {
    for (const section& s : it->sections) {
      if (s.start <= offset && offset < s.end && !s.kind.empty()) {
        return s.kind == "attachments" || is_attachment_heading(s.heading);
      }
    }
  }
  const std::string_view text(doc.text);
  const std::size_t floor = it != nullptr ? it->start : 0;
  // Start of the number's own line: that line may carry the attachment's
  // title ("Ledighed maj 2019  727-2019-81907"), so only lines above count.
  std::size_t line_start = offset;
  while (line_start > 0 && text[line_start - 1] != '\n') --line_start;
  while (line_start > floor) {
    const std::size_t prev_end = line_start - 1;  // the '\n' ending the line above
    std::size_t prev_start = prev_end;
    while (prev_start > 0 && text[prev_start - 1] != '\n') --prev_start;
    // The item's own heading line is never part of a list.
    if (prev_start <= floor) return false;
    const std::string_view line = text.substr(prev_start, prev_end - prev_start);
    if (is_attachment_heading(line)) return true;
    if (!danish::trim(line).empty() && !looks_like_attachment_line(line)) return false;
    line_start = prev_start;
  }
  return false;
}

std::vector<entity> extract_numbers(const document& doc, const number_options& options) {
  std::vector<entity> out;
  for (auto& m : danish::find_numbers(doc.text)) {
    if (!options.styles.empty() &&
        std::find(options.styles.begin(), options.styles.end(), m.style) == options.styles.end()) {
      continue;
    }
    entity e;
    e.type = m.kind;
    if (!m.labelled && options.attachments_are_documents && in_attachment_list(doc, m.start)) {
      e.type = "document_number";
    }
    e.text = doc.text.substr(m.start, m.end - m.start);
    e.value = std::move(m.value);
    e.item = danish::item_number_at(doc, m.start);
    e.start = m.start;
    e.end = m.end;
    e.style = std::move(m.style);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace protokol::numbers
