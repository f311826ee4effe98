#include "dates.hpp"

#include <re2/re2.h>

#include <array>
#include <cstdio>

#include "text_util.hpp"

namespace protokol::segmenter {
namespace {

struct month_name {
  const char* prefix;  ///< shortest accepted spelling ("sep" covers "sept", "september")
  int month;
};

constexpr std::array<month_name, 12> months{{
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"maj", 5}, {"jun", 6},
    {"jul", 7}, {"aug", 8}, {"sep", 9}, {"okt", 10}, {"nov", 11}, {"dec", 12},
}};

int month_of(std::string_view word) {
  for (const auto& m : months) {
    if (starts_with_ci(word, m.prefix)) return m.month;
  }
  return 0;
}

int to_int(std::string_view digits) {
  int v = 0;
  for (const char c : digits) v = v * 10 + (c - '0');
  return v;
}

std::string iso(int year, int month, int day) {
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2199) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

// One pattern per spelling; the leftmost match in the text wins.
struct date_patterns {
  RE2 named{R"((?i)\b(\d{1,2})\.?\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?\s+(\d{4})\b)"};
  RE2 iso{R"(\b(\d{4})-(\d{1,2})-(\d{1,2})\b)"};
  RE2 dmy{R"(\b(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b)"};
  RE2 dmy_short{R"(\b(\d{1,2})[-./](\d{1,2})[-./](\d{2})\b)"};
};

const date_patterns& patterns() {
  static const date_patterns p;
  return p;
}

}  // namespace

date_match find_date(std::string_view text) {
  const date_patterns& p = patterns();
  const re2::StringPiece input(text.data(), text.size());
  std::array<re2::StringPiece, 4> m;
  date_match best;
  std::size_t best_start = text.size() + 1;
  const auto consider = [&](const RE2& re, int order) {
    if (!re.Match(input, 0, text.size(), RE2::UNANCHORED, m.data(), 4)) return;
    const auto start = static_cast<std::size_t>(m[0].data() - text.data());
    if (start >= best_start) return;
    std::string value;
    const std::string_view a(m[1].data(), m[1].size());
    const std::string_view b(m[2].data(), m[2].size());
    const std::string_view c(m[3].data(), m[3].size());
    switch (order) {
      case 0: value = iso(to_int(c), month_of(b), to_int(a)); break;
      case 1: value = iso(to_int(a), to_int(b), to_int(c)); break;
      default: value = iso(to_int(c), to_int(b), to_int(a)); break;
    }
    if (value.empty()) return;
    best_start = start;
    best = {value, start, start + m[0].size()};
  };
  consider(p.named, 0);
  consider(p.iso, 1);
  consider(p.dmy, 2);
  consider(p.dmy_short, 2);
  return best;
}

std::string find_time(std::string_view text, bool bare_allowed) {
  static const RE2 with_kl(R"((?i)\bkl\.?\s*(\d{1,2})[:.](\d{2})\b)");
  static const RE2 bare(R"((?:^|[^\d.:/-])(\d{1,2})[:.](\d{2})(?:$|[^\d.:/-]))");
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece h, m;
  if (!RE2::PartialMatch(input, with_kl, &h, &m) &&
      !(bare_allowed && RE2::PartialMatch(input, bare, &h, &m))) {
    return {};
  }
  const int hour = to_int(std::string_view(h.data(), h.size()));
  const int minute = to_int(std::string_view(m.data(), m.size()));
  if (hour > 23 || minute > 59) return {};
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", hour, minute);
  return buf;
}

}  // namespace protokol::segmenter
