#include "cpr_numbers.hpp"

#include <re2/re2.h>

namespace protokol::cpr {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

int two_digits(std::string_view s) { return (s[0] - '0') * 10 + (s[1] - '0'); }

// The year is not known to the century, so 29 February is always allowed.
bool real_day(int day, int month) {
  static constexpr int days_in_month[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month[month - 1];
}

// Characters that tie a digit run to a longer code: "sag 24/010203-1234",
// "EMN-010203-1234", "010203-1234.5", "x010203-1234".
bool binds(char c) { return is_digit(c) || is_ascii_letter(c) || c == '/' || c == '.' || c == '-'; }

}  // namespace

std::vector<span> find_cpr_numbers(std::string_view text) {
  // Compiled once; RE2 is linear in the text whatever it holds.
  static const RE2 pattern(R"((\d{6})[- ]?\d{4})");
  std::vector<span> found;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece date;
  while (RE2::FindAndConsume(&input, pattern, &date)) {
    const auto start = static_cast<std::size_t>(date.data() - text.data());
    const auto end = static_cast<std::size_t>(input.data() - text.data());
    const std::string_view ddmmyy(date.data(), 6);
    // "nr.010203-1234" is free; "5.010203-1234" and "EMN-010203-1234" are
    // parts of longer codes.
    const char prev = start == 0 ? ' ' : text[start - 1];
    const char prev2 = start < 2 ? ' ' : text[start - 2];
    const bool free_before = !binds(prev) || (prev == '.' && !is_digit(prev2)) ||
                             (prev == '-' && !is_digit(prev2) && !is_ascii_letter(prev2));
    // A sentence may end right after the number ("... 010203-1234."), so a
    // full stop binds only when a digit follows it.
    const bool free_after =
        end == text.size() ||
        (!binds(text[end]) ||
         (text[end] == '.' && (end + 1 == text.size() || !is_digit(text[end + 1]))));
    if (free_before && free_after && real_day(two_digits(ddmmyy), two_digits(ddmmyy.substr(2)))) {
      found.push_back({start, end});
    }
  }
  return found;
}

std::size_t redact_cpr_numbers(std::string& text) {
  const std::vector<span> found = find_cpr_numbers(text);
  for (const span& s : found) {
    for (std::size_t i = s.start; i < s.end; ++i) {
      if (is_digit(text[i])) text[i] = 'X';
    }
  }
  return found.size();
}

}  // namespace protokol::cpr
