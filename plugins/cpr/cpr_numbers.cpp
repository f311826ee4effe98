#include "cpr_numbers.hpp"

#include <re2/re2.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <bit>
#include <cstdint>
#include <utility>

#include "danish/bytes.hpp"

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

// Whether the match [start, end) stands free as a CPR number.
bool is_free_cpr_number(std::string_view text, std::size_t start, std::size_t end) {
  const std::string_view ddmmyy = text.substr(start, 6);
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
  return free_before && free_after && real_day(two_digits(ddmmyy), two_digits(ddmmyy.substr(2)));
}

// The first run of six or more digits at or after `pos` (counted from `pos`
// when it is inside a longer run): {start, end}, or {npos, npos}. Every run
// of six starting in [i, i + 6) holds the byte at i + 5, so one byte in six is
// looked at where there are no digits (most of a text).
std::pair<std::size_t, std::size_t> next_six_digits(std::string_view text, std::size_t pos) {
  std::size_t i = pos;  // no run of six starts in [pos, i)
#if defined(__SSE2__)
  // A bit for each digit among the 64 bytes at `at` (bit k: byte at + k).
  auto digits64 = [&](std::size_t at) {
    return danish::mask64([&](int k) {
      const char* p = text.data() + at + 16 * static_cast<std::size_t>(k);
      return danish::bytes_in_range16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), '0',
                                      10);
    });
  };
  // 64 starts at a time, by the digit masks of this block and the next: a
  // run of six starts where six bits in a row are set, the last five perhaps
  // in the next block. A block without a digit (most of a text) costs its
  // mask and a test; the next block's mask is kept.
  if (i + 128 <= text.size()) {
    std::uint64_t here = digits64(i);
    for (; i + 128 <= text.size(); i += 64) {
      const std::uint64_t next = digits64(i + 64);
      if (here != 0) {
        // Bit j: the digits at j to j + 5 (written out: GCC at -O2 kept a
        // loop of five as a loop, shifting by a register).
        const std::uint64_t six = here & (here >> 1 | next << 63) & (here >> 2 | next << 62) &
                                  (here >> 3 | next << 61) & (here >> 4 | next << 60) &
                                  (here >> 5 | next << 59);
        if (six != 0) {
          const std::size_t start = i + static_cast<std::size_t>(std::countr_zero(six));
          std::size_t end = start + 6;
          while (end < text.size() && is_digit(text[end])) ++end;
          return {start, end};
        }
      }
      here = next;
    }
  }
#endif
  while (i + 6 <= text.size()) {
    if (!is_digit(text[i + 5])) {
      i += 6;
      continue;
    }
    std::size_t start = i + 5;
    while (start > i && is_digit(text[start - 1])) --start;
    std::size_t end = i + 6;
    while (end < text.size() && is_digit(text[end])) ++end;
    if (end - start >= 6) return {start, end};
    i = end + 1;
  }
  return {std::string_view::npos, std::string_view::npos};
}

}  // namespace

std::vector<span> find_cpr_patterns(std::string_view text) {
  // Compiled once; RE2 is linear in the text whatever it holds.
  static const RE2 pattern(R"((\d{6})[- ]?\d{4})");
  // A match starts with six digits, and most texts have few runs that long:
  // RE2 runs only from the start of each such run to 5 bytes past its end,
  // where a match starting in the run ends at the latest.
  std::vector<span> found;
  std::size_t pos = 0;
  for (;;) {
    const auto [run_start, run_end] = next_six_digits(text, pos);
    if (run_start == std::string_view::npos) break;
    const std::size_t window_end = std::min(text.size(), run_end + 5);
    re2::StringPiece input(text.data() + run_start, window_end - run_start);
    while (RE2::FindAndConsume(&input, pattern)) {
      const auto end = static_cast<std::size_t>(input.data() - text.data());
      // The match is 10 or 11 bytes; 11 when the seventh is a separator.
      const std::size_t start = is_digit(text[end - 5]) ? end - 10 : end - 11;
      found.push_back({start, end});
    }
    // After the last match, no match starts before the run's last six digits.
    pos = std::max(static_cast<std::size_t>(input.data() - text.data()), run_end);
  }
  return found;
}

std::vector<span> find_cpr_numbers(std::string_view text) {
  std::vector<span> found = find_cpr_patterns(text);
  std::erase_if(found, [&](const span& s) { return !is_free_cpr_number(text, s.start, s.end); });
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
