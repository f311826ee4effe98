#include "furniture.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>

namespace protokol::pdf {
namespace {

// A band line repeats on this share of the pages (and on at least
// min_repeat_pages of them) when it is a running header or footer.
constexpr double repeat_share = 0.5;
constexpr std::size_t min_repeat_pages = 3;
// In a 2-page document both lines must sit within this many points.
constexpr double same_place = 1.0;
// Longer lines are body text that happens to sit near the edge.
constexpr std::size_t max_furniture_length = 200;

// The band is as deep on a landscape page as on a portrait one: margins, and
// the headers and footers in them, are set in lengths, not in shares of the
// height. Measured on the height, a landscape page among portrait ones kept
// its running header and footer ("Referat<tab>Side 4 af 6") in the text.
bool in_band(const line& l, double page_height, double page_width) {
  const double band = furniture_band * std::max(page_height, page_width);
  return l.y1 <= band || l.y0 >= page_height - band;
}

// The line's text with every digit run as '#': "Side 3 af 12" and
// "Side 4 af 12" are one running footer.
std::string shape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] >= '0' && text[i] <= '9') {
      out += '#';
      while (i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9') ++i;
    } else if (text[i] != '\t') {
      out += text[i];
    } else {
      out += ' ';
    }
  }
  return out;
}

// "Økonomiudvalget, 12-03-2024<tab>Side 2 af 3": a band line that carries
// the page number. Such a line is a running header or footer on two pages
// already (minutes often print none on their first page).
bool carries_page_number(const std::string& text) {
  static const RE2 page(
      R"((?i)(?:^|\s)(?:side|page)\s*\d{1,5}(?:\s*(?:af|of|/)\s*\d{1,5})?\s*$|^(?:side|page)\s*\d{1,5}\s)");
  return RE2::PartialMatch(text, page);
}

// Two pages are too few to tell a header from chance: `l`'s very text at
// its very place in the band of the other page.
bool at_same_place(const line& l, const std::vector<line>& other_page, double height,
                   double width) {
  return std::any_of(other_page.begin(), other_page.end(), [&](const line& other) {
    return other.text == l.text && std::abs(other.y0 - l.y0) <= same_place &&
           std::abs(other.x0 - l.x0) <= same_place && in_band(other, height, width);
  });
}

}  // namespace

bool is_page_number(std::string_view text) {
  if (text.size() > 40) return false;
  static const RE2 page_number(
      R"((?i)\s*(?:(?:side|page|s\.)\s*\d{1,5}(?:\s*(?:af|of|/)\s*\d{1,5})?|-\s*\d{1,5}\s*-|)"
      R"(–\s*\d{1,5}\s*–|\d{1,5}(?:\s*(?:/|af|of)\s*\d{1,5})?|(?-i:x{0,3}(?:ix|iv|v?i{0,3})))\s*)");
  return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), page_number);
}

void mark_furniture(std::vector<std::vector<line>>& pages, const std::vector<double>& heights,
                    const std::vector<double>& widths) {
  // On how many pages each band shape occurs.
  std::map<std::string, std::set<std::size_t>> shapes;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (line& l : pages[p]) {
      if (!in_band(l, heights[p], widths[p])) continue;
      if (is_page_number(l.text)) {
        l.furniture = true;
        continue;
      }
      if (l.text.size() <= max_furniture_length) shapes[shape(l.text)].insert(p);
    }
  }
  const std::size_t n = pages.size();
  const std::size_t needed =
      std::max(min_repeat_pages, static_cast<std::size_t>(std::ceil(repeat_share * n)));
  for (std::size_t p = 0; p < n; ++p) {
    for (line& l : pages[p]) {
      if (l.furniture || !in_band(l, heights[p], widths[p]) || l.text.size() > max_furniture_length)
        continue;
      const std::size_t on = shapes[shape(l.text)].size();
      // The page number makes a line furniture on two pages already, in a
      // two-page document too ("Ældrerådet 07.03.2024<tab>Side 1" over
      // "... Side 2"), where its text differs between the pages.
      const bool numbered = on >= 2 && carries_page_number(l.text);
      if (n >= min_repeat_pages) {
        l.furniture = on >= needed || numbered;
      } else if (n == 2) {
        l.furniture = numbered || at_same_place(l, pages[1 - p], heights[1 - p], widths[1 - p]);
      }
    }
  }
}

}  // namespace protokol::pdf
