#include "municipality.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <vector>

#include "danish/municipalities.hpp"
#include "text_util.hpp"

namespace protokol::segmenter {
namespace {

constexpr std::size_t max_candidates = 8;
// Only the most mentioned names are counted as bare words.
constexpr std::size_t scored_candidates = 3;
constexpr std::size_t min_mentions = 3;
constexpr std::size_t max_postcode_line = 80;

bool is_name_byte(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80 || c == '-';
}

// The word that ends just before `end` ("Albertslund" in "Albertslund
// Kommune").
std::string_view raw_word_before(std::string_view text, std::size_t end) {
  std::size_t start = end;
  while (start > 0 &&
         (is_name_byte(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '\'')) {
    --start;
  }
  return text.substr(start, end - start);
}

// The municipality named by the word before `end`: its name, official form
// or genitive in the table of the 98 (danish::municipalities), else "" (a
// street, a club, "Den Kommune").
std::string_view word_before(std::string_view text, std::size_t end) {
  const std::string_view word = raw_word_before(text, end);
  // Every name and official form in the table starts with a capital, and a
  // genitive with its name (tested), so a word that does not ("i kommunen",
  // "den kommune": most words before "kommune") names none, and skips the
  // lookups in three hash tables.
  if (!starts_upper(word)) return {};
  return danish::municipality_named(word);
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

// What the postcode pattern needs, checked before RE2 runs on the line: four
// digits and a blank after them (most header lines have neither).
bool has_four_digits_and_blank(std::string_view text) {
  std::size_t digits = 0;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else {
      if (digits == 4 && danish::is_re2_blank(c)) return true;
      digits = 0;
    }
  }
  return false;
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
  // "Mødecenter C, Lokale 29 på Ballerup Rådhus", "Lyngby Rådhus": the
  // municipality, or the one whose town hall stands in the town.
  const std::size_t pos = find_bytes(text, " Rådhus");
  if (pos == std::string_view::npos) return {};
  if (const std::string_view m = word_before(text, pos); !m.empty()) return std::string(m);
  return std::string(danish::municipality_of_seat(raw_word_before(text, pos)));
}

std::string municipality_of_letterhead(std::string_view line) {
  constexpr std::string_view suffix = " Kommune";
  constexpr std::string_view caps_suffix = " KOMMUNE";
  constexpr std::size_t max_words = 3;
  constexpr std::size_t max_letterhead = 48;
  line = trim(line);
  while (!line.empty() && (line.front() == '#' || line.front() == '*')) line = trim(line.substr(1));
  while (!line.empty() && (line.back() == '*' || line.back() == '.')) line.remove_suffix(1);
  if (line.size() > max_letterhead) return {};
  // "REBILD KOMMUNE": in capitals only a municipality of the table, whose
  // own spelling is known.
  if (line.ends_with(caps_suffix)) {
    const std::string_view name = trim(line.substr(0, line.size() - caps_suffix.size()));
    if (std::count(name.begin(), name.end(), ' ') >= static_cast<std::ptrdiff_t>(max_words))
      return {};
    return std::string(danish::municipality_named_ignoring_case(name));
  }
  if (!line.ends_with(suffix)) return {};
  const std::string_view name = trim(line.substr(0, line.size() - suffix.size()));
  if (name.empty()) return {};
  std::size_t words = 0;
  for (std::size_t pos = 0; pos < name.size();) {
    const std::string_view word = danish::next_word(name, pos);
    if (!starts_upper(word) || raw_word_before(word, word.size()).size() != word.size() ||
        ++words > max_words)
      return {};
  }
  // Today's municipalities in their own spelling ("Københavns" -> "København").
  if (const std::string_view known = danish::municipality_named(name); !known.empty())
    return std::string(known);
  return std::string(name);
}

namespace {

// What a character of a postcode line's tail is to the postcode pattern.
enum class postcode_char { upper, lower, hyphen, blank, other, unknown };

// The character at `pos` and its byte length: ASCII and Latin-1's letters
// (lead byte 0xC3) are known; any other byte of 0x80 and above is
// `unknown`, a Unicode letter or not, which RE2 decides.
postcode_char postcode_char_at(std::string_view s, std::size_t pos, std::size_t& length) {
  const auto c = static_cast<unsigned char>(s[pos]);
  length = 1;
  if (c >= 'A' && c <= 'Z') return postcode_char::upper;
  if (c >= 'a' && c <= 'z') return postcode_char::lower;
  if (c == '-') return postcode_char::hyphen;
  if (danish::is_re2_blank(static_cast<char>(c))) return postcode_char::blank;
  if (c < 0x80) return postcode_char::other;
  if (c != 0xC3 || pos + 1 >= s.size()) return postcode_char::unknown;
  const auto tail = static_cast<unsigned char>(s[pos + 1]);
  if (tail < 0x80 || tail > 0xBF) return postcode_char::unknown;
  length = 2;
  // U+00D7 (multiplication) and U+00F7 (division) are no letters.
  if (tail == 0x97 || tail == 0xB7) return postcode_char::other;
  return tail <= 0x9E ? postcode_char::upper : postcode_char::lower;
}

enum class postcode_read { match, no_match, unknown };

// postcode_pattern()'s full match by hand, left to right: each character's
// place in the pattern is fixed by the ones before it, so the first
// character that cannot stand there settles "no match"; an `unknown`
// character before that leaves the line to RE2.
postcode_read read_postcode_tail(std::string_view tail, std::string_view& code,
                                 std::string_view& town) {
  constexpr std::size_t code_digits = 4;
  if (tail.size() <= code_digits || !std::all_of(tail.begin(), tail.begin() + code_digits,
                                                 [](char c) { return c >= '0' && c <= '9'; }))
    return postcode_read::no_match;
  // The states after the code: blanks before the town, the town's first
  // word, blanks after it, its second word.
  enum { code_blanks, first_word, after_first, second_word } state = code_blanks;
  std::size_t town_start = 0;
  bool blank_seen = false;
  for (std::size_t pos = code_digits, length = 1; pos < tail.size(); pos += length) {
    const postcode_char c = postcode_char_at(tail, pos, length);
    if (c == postcode_char::unknown) return postcode_read::unknown;
    const bool letter = c == postcode_char::upper || c == postcode_char::lower;
    switch (state) {
      case code_blanks:
        if (c == postcode_char::blank) {
          blank_seen = true;
        } else if (c == postcode_char::upper && blank_seen) {
          town_start = pos;
          state = first_word;
        } else {
          return postcode_read::no_match;
        }
        break;
      case first_word:
      case second_word:
        if (c == postcode_char::blank && state == first_word) {
          state = after_first;
        } else if (!letter && c != postcode_char::hyphen) {
          return postcode_read::no_match;
        }
        break;
      case after_first:
        if (letter) {
          state = second_word;
        } else if (c != postcode_char::blank) {
          return postcode_read::no_match;
        }
        break;
    }
  }
  if (state != first_word && state != second_word) return postcode_read::no_match;
  code = tail.substr(0, code_digits);
  town = tail.substr(town_start);
  return postcode_read::match;
}

}  // namespace

bool match_postcode_tail(std::string_view tail, std::string_view& code, std::string_view& town) {
  // Asked of a few header lines a document, the pattern's Unicode classes
  // cost RE2 ~20 M instructions to compile: compiled only for a tail with a
  // character read_postcode_tail does not know, which most runs never see.
  if (const postcode_read read = read_postcode_tail(tail, code, town);
      read != postcode_read::unknown)
    return read == postcode_read::match;
  static const RE2 postcode(R"((\d{4})\s+(\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?))");
  re2::StringPiece code_piece, town_piece;
  if (!RE2::FullMatch(re2::StringPiece(tail.data(), tail.size()), postcode, &code_piece,
                      &town_piece))
    return false;
  code = std::string_view(code_piece.data(), code_piece.size());
  town = std::string_view(town_piece.data(), town_piece.size());
  return true;
}

std::string municipality_of_postcode_line(std::string_view text) {
  // "5000 Odense C", "Flakhaven 2, 5000 Odense C": a postcode and a town
  // ending the line, at its start or after its last comma (a town holds
  // none). Matched anchored on that tail alone: searching the whole line
  // unanchored for a pattern of Unicode classes cost RE2 ~190,000
  // instructions a call.
  if (text.size() > max_postcode_line || !has_four_digits_and_blank(text)) return {};
  const std::size_t comma = text.rfind(',');
  if (comma == std::string_view::npos && !starts_digit(text)) return {};
  const std::string_view tail =
      danish::trim(comma == std::string_view::npos ? text : text.substr(comma + 1));
  std::string_view code, town;
  if (!match_postcode_tail(tail, code, town)) return {};
  int number = 0;
  for (const char c : code) number = number * 10 + (c - '0');
  return std::string(danish::municipality_of_postcode(number, town));
}

std::string municipality_of_web_address(std::string_view text) {
  // "www.odense.dk", "https://egedalkommune.dk/politik": the municipality's
  // own site, when the host is its name (danish::municipality_of_host).
  static const RE2 host(R"((?i)(?:^|[\s/(@.])(?:www\.)?([a-z0-9-]+)\.dk\b)");
  if (find_bytes(text, ".dk") == std::string_view::npos) return {};
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece name;
  while (RE2::FindAndConsume(&input, host, &name)) {
    const std::string lower = to_lower(std::string_view(name.data(), name.size()));
    if (const std::string_view m = danish::municipality_of_host(lower); !m.empty())
      return std::string(m);
  }
  return {};
}

std::string municipality_of_own_bodies(std::string_view text) {
  // "Hedensteds Kommunalbestyrelse", "Aarhus' Byråd", "Aalborg Byråd", "Syddjurs Kommunes
  // økonomiske politik": the council or policy of one municipality.
  static const RE2 genitive(R"(([\p{L}-]+'?) (?:Kommunalbestyrelse|Byråd|Borgerrepræsentation)\b)");
  static const RE2 kommunes(R"(([\p{L}-]+) Kommunes\b)");
  std::string found;
  bool ambiguous = false;
  const auto note = [&](std::string_view m) {
    if (m.empty()) return;
    if (found.empty()) {
      found = std::string(m);
    } else if (found != m) {
      ambiguous = true;
    }
  };
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece word;
  if (find_bytes(text, "Kommunalbestyrelse") != std::string_view::npos ||
      find_bytes(text, "Byråd") != std::string_view::npos ||
      find_bytes(text, "Borgerrepræsentation") != std::string_view::npos) {
    while (RE2::FindAndConsume(&input, genitive, &word)) {
      // "Aarhus' Byråd", or without the genitive as the council's own
      // letterhead writes it: "Aarhus Byråd", "Aalborg Byråd".
      note(danish::municipality_named(std::string_view(word.data(), word.size())));
    }
  }
  input = re2::StringPiece(text.data(), text.size());
  if (find_bytes(text, "Kommunes") != std::string_view::npos) {
    while (RE2::FindAndConsume(&input, kommunes, &word)) {
      note(danish::municipality_named(std::string_view(word.data(), word.size())));
    }
  }
  if (ambiguous || found.empty()) return {};
  // Another municipality named anywhere ("Aarhus Kommune og ...") makes the
  // phrase no evidence of whose minutes these are.
  bool other = false;
  for_each_kommune(text, [&](std::size_t pos) {
    const std::string_view m = word_before(text, pos);
    other = !m.empty() && m != found;
    return !other;
  });
  return other ? std::string() : found;
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
