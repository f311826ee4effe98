#include "municipality.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "text_util.hpp"

namespace protokol::segmenter {
namespace {

// Capitalised words before "Kommune" that are not a municipality's name.
constexpr std::string_view not_names[] = {
    "Den",  "Denne",  "Hver",   "Enhver",    "Samme",   "Anden", "Nabo",
    "Egen", "Hele",   "Vores",  "Jeres",     "Din",     "Deres", "Enkelte",
    "Hjem", "Bopæls", "Handle", "Betalings", "Opholds",
};
// Official names written in the genitive ("Københavns Kommune"): the
// municipality is the name without the "s".
constexpr std::string_view genitive_names[] = {"Københavns", "Vesthimmerlands"};
constexpr std::size_t max_candidates = 8;
// Only the most mentioned names are counted as bare words.
constexpr std::size_t scored_candidates = 3;
constexpr std::size_t min_mentions = 3;

bool is_name_byte(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80 || c == '-';
}

// The capitalised word that ends just before `end` ("Albertslund" in
// "Albertslund Kommune"), or "".
std::string_view word_before(std::string_view text, std::size_t end) {
  std::size_t start = end;
  while (start > 0 && is_name_byte(static_cast<unsigned char>(text[start - 1]))) --start;
  const std::string_view word = text.substr(start, end - start);
  if (word.size() < 2 || !starts_upper(word)) return {};
  for (const auto n : not_names) {
    if (word == n) return {};
  }
  for (const auto g : genitive_names) {
    if (word == g) return word.substr(0, word.size() - 1);
  }
  return word;
}

bool word_boundary_after(std::string_view text, std::size_t pos) {
  return pos >= text.size() || !is_name_byte(static_cast<unsigned char>(text[pos])) ||
         text[pos] == '-';
}

std::size_t count_word(std::string_view text, std::string_view word) {
  std::size_t n = 0;
  for (std::size_t pos = find_bytes(text, word); pos != std::string_view::npos;
       pos = find_bytes(text, word, pos + word.size())) {
    const bool start_ok = pos == 0 || !is_name_byte(static_cast<unsigned char>(text[pos - 1]));
    // "Albertslunds" still names Albertslund.
    std::size_t end = pos + word.size();
    if (end < text.size() && text[end] == 's') ++end;
    if (start_ok && word_boundary_after(text, end)) ++n;
  }
  return n;
}

struct candidate {
  std::string_view name;
  std::size_t mentions = 0;
  std::size_t score = 0;
};

// "... for\nLyngby-Taarbæk Kommune": a name wrapped at the line end. Only
// when the name is not alone on its line, which would be a heading
// ("Sagsfremstilling" above "Kommunen har ...").
bool wrapped_before(std::string_view text, std::size_t newline) {
  std::size_t start = newline;
  while (start > 0 && is_name_byte(static_cast<unsigned char>(text[start - 1]))) --start;
  return start > 0 && start < newline && text[start - 1] == ' ';
}

bool name_ends_before(std::string_view text, std::size_t pos) {
  return text[pos - 1] == ' ' || (text[pos - 1] == '\n' && wrapped_before(text, pos - 1));
}

}  // namespace

// Positions of " Kommune" / " kommune" (the blank, or the line end of a
// wrapped name, included), found by the rarer word and checked for it.
template <class Fn>
void for_each_kommune(std::string_view text, Fn&& fn) {
  // "K" is rare in Danish text: find (memchr on the first byte) beats memmem.
  constexpr std::string_view upper = "Kommune";
  for (std::size_t pos = text.find(upper, 1); pos != std::string_view::npos;
       pos = text.find(upper, pos + upper.size())) {
    if (name_ends_before(text, pos) && !fn(pos - 1)) return;
  }
  constexpr std::string_view lower = "kommune";
  for (std::size_t pos = find_bytes(text, lower, 1); pos != std::string_view::npos;
       pos = find_bytes(text, lower, pos + lower.size())) {
    if (name_ends_before(text, pos) && !fn(pos - 1)) return;
  }
}

std::string municipality_in(std::string_view text) {
  std::string found;
  for_each_kommune(text, [&](std::size_t pos) {
    found = std::string(word_before(text, pos));
    return found.empty();
  });
  if (!found.empty()) return found;
  // "Mødecenter C, Lokale 29 på Ballerup Rådhus".
  const std::size_t pos = find_bytes(text, " Rådhus");
  if (pos != std::string_view::npos) return std::string(word_before(text, pos));
  return {};
}

std::string dominant_municipality(std::string_view text) {
  std::vector<candidate> found;
  for_each_kommune(text, [&](std::size_t pos) {
    const std::string_view word = word_before(text, pos);
    if (word.empty()) return true;
    auto it = std::find_if(found.begin(), found.end(),
                           [&](const candidate& c) { return c.name == word; });
    if (it == found.end()) {
      if (found.size() >= max_candidates) return true;
      found.push_back({word, 0, 0});
      it = found.end() - 1;
    }
    ++it->mentions;
    return true;
  });
  if (found.empty()) return {};
  std::sort(found.begin(), found.end(),
            [](const candidate& a, const candidate& b) { return a.mentions > b.mentions; });
  if (found.front().mentions < min_mentions) return {};
  // Mentioned twice as often as any other: no need to count bare names.
  if (found.size() == 1 || found[0].mentions >= 2 * found[1].mentions)
    return std::string(found.front().name);
  if (found.size() > scored_candidates) found.resize(scored_candidates);
  for (auto& c : found) c.score = count_word(text, c.name);
  std::sort(found.begin(), found.end(),
            [](const candidate& a, const candidate& b) { return a.score > b.score; });
  const candidate& top = found.front();
  if (top.mentions < min_mentions) return {};
  if (found.size() > 1 && top.score < 2 * found[1].score) return {};
  return std::string(top.name);
}

}  // namespace protokol::segmenter
