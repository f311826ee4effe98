// Case and document numbers. Each numbering style is one row of the table
// below (docs/entities.md lists them); a label ("Sagsnr.:", "Dok.nr.:")
// decides the kind and lets an unlisted shape through as style "other".
#include "danish/numbers.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>

#include "danish/text.hpp"

namespace protokol::danish {
namespace {

struct number_style {
  const char* name;
  const char* pattern;  ///< RE2, without anchors; "–" (en dash) stands beside "-"
};

// Order matters: where two styles match at one position the first wins, so
// the longer, more specific shapes come first.
constexpr std::array<number_style, 6> styles{{
    // KLE journal number: subject 24.00.00, facet P00, serial, year.
    {"kle", R"(\d{2}\.\d{2}\.\d{2}[-–][A-ZÆØÅ]\d{2}[-–]\d{1,5}[-–]\d{2}(?:\d{2})?)"},
    // Municipality code, year, serial: 727-2018-2162, 306-2009-600.
    {"municipality-year-serial", R"(\d{3}[-–](?:19|20)\d{2}[-–]\d{1,8})"},
    // System prefix, year, serial: EMN-2025-010561.
    {"prefixed", R"([A-ZÆØÅ]{2,6}[-–](?:19|20)\d{2}[-–]\d{1,8})"},
    // Year and serial: 2012-28504 (an optional document suffix -3).
    {"year-serial", R"((?:19|20)\d{2}[-–]\d{4,8}(?:[-–]\d{1,4})?)"},
    // Two-digit year and serial, sometimes a letter: 18-012345, 19-1234A.
    {"yy-serial", R"(\d{2}[-–](?:\d{5,6}[A-Z]?|\d{4}[A-Z]))"},
    // Two-digit year, slash, serial: 23/11876, 18/9413 (optional suffix -7).
    {"yy-slash-serial", R"(\d{2}/\d{4,6}(?:[-–]\d{1,4})?)"},
}};

struct number_label {
  const char* pattern;  ///< RE2, case-insensitive
  const char* kind;
};

// "Sagsnr.:", "Sags nr.", "Sag nr.", "Sagsnummer", "J.nr.", "Journalnr.",
// "Doknr.:", "Dok.nr.:", "Dokumentnr.", "Dokumentnummer".
constexpr std::array<number_label, 2> labels{{
    {R"(sags?\s?nr|sags?nummer|j\.?\s?nr|jour\.?\s?nr|journal\s?nr|journalnummer)", "case_number"},
    {R"(dok\.?\s?nr|dokument\s?nr|dokumentnummer)", "document_number"},
}};

std::string bare_pattern() {
  std::string p;
  for (const auto& s : styles) {
    if (!p.empty()) p += '|';
    p += '(';
    p += s.pattern;
    p += ')';
  }
  return p;
}

std::string label_pattern() {
  std::string p = "(?i)(";
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (i > 0) p += '|';
    p += '(';
    p += labels[i].pattern;
    p += ')';
  }
  // Then ".", ":" and blanks (at most one line break), then the number token.
  p += R"()\.?[ \t]*:?[ \t]*\n?[ \t]*([0-9A-ZÆØÅ][0-9A-ZÆØÅ./–-]*[0-9A-Z]|[0-9]))";
  return p;
}

struct compiled {
  RE2 bare{bare_pattern()};
  RE2 label{label_pattern()};
  std::array<std::unique_ptr<RE2>, styles.size()> full;
  RE2 date{R"(\d{1,2}[-./]\d{1,2}[-./](?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2})"};
  compiled() {
    for (std::size_t i = 0; i < styles.size(); ++i) {
      full[i] = std::make_unique<RE2>(styles[i].pattern);
    }
  }
};

const compiled& patterns() {
  static const compiled c;
  return c;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool digit_at(std::string_view text, std::size_t pos) {
  return pos < text.size() && is_digit(text[pos]);
}

bool is_dash_at(std::string_view text, std::size_t pos, std::size_t& length) {
  if (pos < text.size() && text[pos] == '-') {
    length = 1;
    return true;
  }
  if (text.compare(pos, 3, "–") == 0) {
    length = 3;
    return true;
  }
  return false;
}

// A number must stand alone: not glued to a word, not one piece of a longer
// run of digits and separators (a date, a CPR number, an amount).
bool stands_alone(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t len = 0;
  if (start > 0) {
    const char32_t before = decode_before(text, start, len);
    if (is_word_char(before)) return false;
    if (before == '-' || before == '/' || before == '+' || before == 0x2013) return false;
    if ((before == '.' || before == ',') && start - len > 0 &&
        is_word_char(decode_before(text, start - len, len))) {
      return false;
    }
  }
  if (end < text.size()) {
    const char32_t after = decode_at(text, end, len);
    if (is_word_char(after)) return false;
    std::size_t dash = 0;
    if ((is_dash_at(text, end, dash) || after == '/') && digit_at(text, end + (dash ? dash : 1))) {
      return false;
    }
    if ((after == '.' || after == ',') && digit_at(text, end + 1)) return false;
  }
  return true;
}

int to_int(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

// Shapes of a style that are really something else: a year range written
// as year-serial ("2022-2025"), a month/year written as slash ("12/2023").
bool is_lookalike(std::string_view style, std::string_view value) {
  if (style == "year-serial") {
    const std::size_t dash = value.find('-');
    const std::string_view serial = value.substr(dash + 1);
    return serial.size() == 4 && (serial.starts_with("19") || serial.starts_with("20"));
  }
  if (style == "yy-slash-serial") {
    const std::size_t slash = value.find('/');
    const std::string_view serial = value.substr(slash + 1);
    return serial.size() == 4 && (serial.starts_with("19") || serial.starts_with("20")) &&
           to_int(value.substr(0, slash)) <= 12;
  }
  return false;
}

std::string normalise(std::string_view written) {
  std::string out;
  out.reserve(written.size());
  for (std::size_t pos = 0; pos < written.size();) {
    std::size_t dash = 0;
    if (is_dash_at(written, pos, dash)) {
      out += '-';
      pos += dash;
    } else {
      if (written[pos] != ' ' && written[pos] != '\t') out += written[pos];
      ++pos;
    }
  }
  return out;
}

std::string style_of(std::string_view token) {
  const compiled& c = patterns();
  for (std::size_t i = 0; i < styles.size(); ++i) {
    if (RE2::FullMatch(re2::StringPiece(token.data(), token.size()), *c.full[i])) {
      return styles[i].name;
    }
  }
  return "other";
}

void find_labelled(std::string_view text, std::vector<number_match>& out) {
  const compiled& c = patterns();
  const re2::StringPiece input(text.data(), text.size());
  constexpr int groups = 2 + static_cast<int>(labels.size()) + 1;
  std::array<re2::StringPiece, groups> m;
  std::size_t pos = 0;
  while (pos < text.size() &&
         c.label.Match(input, pos, text.size(), RE2::UNANCHORED, m.data(), groups)) {
    const std::size_t label_start = static_cast<std::size_t>(m[0].data() - text.data());
    const std::size_t match_end = label_start + m[0].size();
    pos = match_end > label_start ? match_end : label_start + 1;
    std::size_t len = 0;
    if (label_start > 0 && is_letter(decode_before(text, label_start, len))) continue;
    std::string_view token(m[groups - 1].data(), m[groups - 1].size());
    while (!token.empty() && (token.back() == '.' || token.back() == '-' || token.back() == '/')) {
      token.remove_suffix(1);
    }
    const std::size_t start = static_cast<std::size_t>(token.data() - text.data());
    const std::size_t end = start + token.size();
    if (std::count_if(token.begin(), token.end(), is_digit) < 2) continue;
    if (RE2::FullMatch(re2::StringPiece(token.data(), token.size()), c.date)) continue;
    const char* kind = "case_number";
    for (std::size_t i = 0; i < labels.size(); ++i) {
      if (!m[2 + i].empty()) kind = labels[i].kind;
    }
    out.push_back({start, end, normalise(token), style_of(normalise(token)), kind, true});
  }
}

void find_bare(std::string_view text, std::vector<number_match>& out,
               const std::vector<number_match>& labelled) {
  const compiled& c = patterns();
  const re2::StringPiece input(text.data(), text.size());
  constexpr int groups = 1 + static_cast<int>(styles.size());
  std::array<re2::StringPiece, groups> m;
  std::size_t pos = 0;
  while (pos < text.size() &&
         c.bare.Match(input, pos, text.size(), RE2::UNANCHORED, m.data(), groups)) {
    const std::size_t start = static_cast<std::size_t>(m[0].data() - text.data());
    const std::size_t end = start + m[0].size();
    if (!stands_alone(text, start, end)) {
      pos = start + 1;
      continue;
    }
    pos = end;
    std::size_t which = 0;
    while (which < styles.size() && m[1 + which].data() == nullptr) ++which;
    const std::string value = normalise(m[0]);
    if (which == styles.size() || is_lookalike(styles[which].name, value)) continue;
    const bool taken = std::any_of(labelled.begin(), labelled.end(), [&](const number_match& l) {
      return start < l.end && l.start < end;
    });
    if (taken) continue;
    out.push_back({start, end, value, styles[which].name, "case_number", false});
  }
}

}  // namespace

std::vector<number_match> find_numbers(std::string_view text) {
  std::vector<number_match> labelled;
  find_labelled(text, labelled);
  std::vector<number_match> out = labelled;
  find_bare(text, out, labelled);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
  return out;
}

}  // namespace protokol::danish
