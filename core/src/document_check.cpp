#include "document_check.hpp"

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <vector>

namespace protokol {
namespace {

bool digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "2024-03-14"
bool is_iso_date(std::string_view s) {
  return s.size() == 10 && s[4] == '-' && s[7] == '-' && digits(s.substr(0, 4)) &&
         digits(s.substr(5, 2)) && digits(s.substr(8, 2));
}

// "09:30"
bool is_clock_time(std::string_view s) {
  return s.size() == 5 && s[2] == ':' && digits(s.substr(0, 2)) && digits(s.substr(3, 2));
}

// "" when [start, end) lies inside a text of `size` bytes, else what is wrong
// (no allocation then).
std::string span_breach(std::size_t start, std::size_t end, std::size_t size) {
  if (end >= start && end <= size) return {};
  if (end < start)
    return "ends at byte " + std::to_string(end) + ", before its start " + std::to_string(start);
  if (end > size)
    return "ends at byte " + std::to_string(end) + ", past the text's " + std::to_string(size) +
           " bytes";
  return {};
}

}  // namespace

std::string contract_breach(const document& doc) {
  // The success path allocates nothing: a message is made only for a breach.
  const std::size_t size = doc.text.size();
  const source_info& s = doc.source;
  if (!(s.confidence >= 0 && s.confidence <= 1)) {
    char value[32];
    std::snprintf(value, sizeof value, "%g", s.confidence);
    return "source.confidence " + std::string(value) + " is outside 0..1";
  }
  const meeting_info& m = doc.meeting;
  if (!m.date.empty() && !is_iso_date(m.date))
    return "meeting.date '" + m.date + "' is no date written YYYY-MM-DD";
  if (!m.start_time.empty() && !is_clock_time(m.start_time))
    return "meeting.start_time '" + m.start_time + "' is no time written HH:MM";
  for (std::size_t i = 0; i < m.participants.size(); ++i) {
    const std::string& status = m.participants[i].status;
    if (status != "present" && status != "absent")
      return "participant " + std::to_string(i) + "'s status '" + status +
             "' is neither 'present' nor 'absent'";
  }
  std::vector<std::string_view> numbers;
  numbers.reserve(doc.items.size());
  for (std::size_t i = 0; i < doc.items.size(); ++i) {
    const item& it = doc.items[i];
    if (it.number.empty()) return "item " + std::to_string(i) + " has no number";
    if (std::string b = span_breach(it.start, it.end, size); !b.empty())
      return "item " + std::to_string(i) + " (number " + it.number + ") " + b;
    for (std::size_t k = 0; k < it.sections.size(); ++k) {
      const section& sec = it.sections[k];
      if (std::string b = span_breach(sec.start, sec.end, size); !b.empty())
        return "item " + std::to_string(i) + "'s section " + std::to_string(k) + " " + b;
    }
    numbers.push_back(it.number);
  }
  std::sort(numbers.begin(), numbers.end());
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    const entity& e = doc.entities[i];
    if (e.type.empty()) return "entity " + std::to_string(i) + " has no type";
    if (std::string b = span_breach(e.start, e.end, size); !b.empty())
      return "entity " + std::to_string(i) + " (" + e.type + ") " + b;
    if (!e.item.empty() &&
        !std::binary_search(numbers.begin(), numbers.end(), std::string_view(e.item)))
      return "entity " + std::to_string(i) + " (" + e.type + ") names item '" + e.item +
             "', which the document has not";
  }
  return {};
}

}  // namespace protokol
