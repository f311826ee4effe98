#include "corpus_generator.hpp"

#include <fstream>
#include <random>
#include <sstream>

namespace protokol::bench {
namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Calls visit(line_start, line) for every line of `text`, its LF left out.
template <class Visit>
void for_each_line(std::string_view text, Visit visit) {
  for (std::size_t line_start = 0; line_start < text.size();) {
    std::size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    visit(line_start, text.substr(line_start, line_end - line_start));
    line_start = line_end + 1;
  }
}

// Where the item number of a heading line starts ("Punkt 3:", after
// optional "#" marks and "**"), or npos when `line` heads no item.
std::size_t item_number_at(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == '#') ++i;
  if (i > 0) {
    if (i == line.size() || line[i] != ' ') return std::string_view::npos;
    while (i < line.size() && line[i] == ' ') ++i;
  }
  if (line.substr(i).starts_with("**")) i += 2;
  constexpr std::string_view word = "Punkt ";
  if (!line.substr(i).starts_with(word)) return std::string_view::npos;
  i += word.size();
  const std::size_t number = i;
  while (i < line.size() && is_digit(line[i])) ++i;
  const std::size_t digits = i - number;
  const bool numbered = digits >= 1 && digits <= 3 && i < line.size() && line[i] == ':';
  return numbered ? number : std::string_view::npos;
}

// Replaces digits with other digits, keeping the layout (dates stay
// date-shaped, case numbers case-number-shaped), so the pipeline does the
// same work on different bytes. Item numbers stay: "Punkt 2" turned into
// "Punkt 7" broke the agenda's order, and the segmenter rightly took such
// headings for text, so the bench timed minutes with a third of their
// items lost.
void vary_digits(std::string& text, std::mt19937& rng) {
  std::uniform_int_distribution<int> digit(0, 9);
  for_each_line(text, [&](std::size_t line_start, std::string_view line) {
    // The item number's digits, if the line heads an item: [kept, kept_end).
    std::size_t kept = item_number_at(line);
    std::size_t kept_end = kept;
    if (kept != std::string_view::npos) {
      for (kept_end = kept; is_digit(line[kept_end]);) ++kept_end;
    }
    for (std::size_t i = 0; i < line.size(); ++i) {
      char& c = text[line_start + i];
      if (is_digit(c) && !(i >= kept && i < kept_end) && digit(rng) < 3)
        c = static_cast<char>('0' + digit(rng));
    }
  });
}

}  // namespace

minutes_parts split_at_items(std::string_view text) {
  minutes_parts parts;
  std::size_t start = 0;  // of the part being read
  for_each_line(text, [&](std::size_t line_start, std::string_view line) {
    const std::size_t number = item_number_at(line);
    if (number == std::string_view::npos) return;
    const std::string_view before = text.substr(start, line_start - start);
    if (parts.items.empty()) {
      parts.head = before;
    } else {
      parts.items.back().after_number += before;
    }
    std::size_t digits_end = number;
    while (is_digit(line[digits_end])) ++digits_end;
    parts.items.push_back({std::string(line.substr(0, number)), {}});
    start = line_start + digits_end;
  });
  if (parts.items.empty()) {
    parts.head = text;
  } else {
    parts.items.back().after_number += text.substr(start);
  }
  return parts;
}

std::string long_minutes(std::string_view text, std::size_t target_bytes) {
  const minutes_parts parts = split_at_items(text);
  if (parts.items.empty()) return std::string(text);
  std::string out = parts.head;
  std::size_t number = 0;
  auto add = [&](const minutes_parts::agenda_item& it) {
    out += it.before_number;
    out += std::to_string(++number);
    out += it.after_number;
  };
  const std::size_t repeated = parts.items.size() > 1 ? parts.items.size() - 1 : 1;
  const std::size_t last_size =
      parts.items.back().before_number.size() + parts.items.back().after_number.size();
  for (std::size_t i = 0; out.size() + last_size < target_bytes || i < repeated; ++i) {
    add(parts.items[i % repeated]);
  }
  if (parts.items.size() > 1) add(parts.items.back());
  return out;
}

std::size_t generate_corpus(const std::vector<fs::path>& templates, const fs::path& folder,
                            std::uint64_t total_bytes, std::uint32_t seed,
                            std::size_t document_bytes) {
  std::vector<std::string> bodies;
  for (const fs::path& t : templates) {
    const std::string text = read_all(t);
    bodies.push_back(document_bytes > 0 ? long_minutes(text, document_bytes) : text);
  }
  fs::create_directories(folder);
  std::mt19937 rng(seed);
  std::uint64_t written = 0;
  std::size_t count = 0;
  while (written < total_bytes && !bodies.empty()) {
    std::string text = bodies[count % bodies.size()];
    vary_digits(text, rng);
    std::ofstream(folder / ("doc" + std::to_string(count) + ".txt"), std::ios::binary) << text;
    written += text.size();
    ++count;
  }
  return count;
}

}  // namespace protokol::bench
