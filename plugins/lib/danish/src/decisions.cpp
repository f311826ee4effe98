// Decision and history parts of an item. The heading words are data (the
// tables below); docs/entities.md explains the rule.
#include "danish/decisions.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "danish/bytes.hpp"
#include "danish/text.hpp"

namespace protokol::danish {
namespace {

constexpr std::array<std::string_view, 12> months{"januar",    "februar", "marts",    "april",
                                                  "maj",       "juni",    "juli",     "august",
                                                  "september", "oktober", "november", "december"};

// Headings that open a quote of earlier meetings.
constexpr std::string_view history_headings[] = {
    "historik",
    "tidligere behandling",
    "sagens tidligere behandling",
    "tidligere beslutninger",
    "tidligere beslutning",
    "sagens forløb",
    "beslutningshistorik",
};

// Words a decision heading starts with ("Beslutning", "Beslutning fra ...",
// "Vedtagelse i ...", "Udvalgets beslutning").
constexpr std::string_view decision_openers[] = {
    "beslutning",           "vedtagelse",          "afgørelse",
    "udvalgets beslutning", "byrådets beslutning", "kommunalbestyrelsens beslutning",
};

// Other section headings: they end a decision or history block.
constexpr std::string_view other_headings[] = {
    "anledning",
    "resume",
    "resumé",
    "sammendrag",
    "indhold",
    "baggrund",
    "baggrund for sagen",
    "sagsfremstilling",
    "supplerende sagsfremstilling",
    "sagsbeskrivelse",
    "indstilling",
    "forvaltningen indstiller",
    "administrationen indstiller",
    "direktionen indstiller",
    "bilag",
    "bilagsliste",
    "økonomi",
    "økonomiske konsekvenser",
    "økonomiske konsekvenser og finansiering",
    "sagens gang",
    "beslutningen træffes af",
    "beslutningskompetence",
    "lovgrundlag",
    "høring",
    "kommunikation",
    "yderligere deltagelse på mødet",
    "forvaltningens bemærkninger",
    "tidsplan",
    "retsgrundlag",
    "vurdering",
    "konsekvenser",
    "politisk behandling",
};

enum class line_kind { text, history_heading, current_decision, earlier_decision, other_heading };

std::string_view strip_markup(std::string_view line) {
  line = trim(line);
  auto markup = [](char c) { return c == '#' || c == '*' || c == '_' || c == ' ' || c == '\t'; };
  while (!line.empty() && markup(line.front())) line.remove_prefix(1);
  while (!line.empty() && markup(line.back())) line.remove_suffix(1);
  line = trim(line);
  while (!line.empty() && line.back() == ':') line.remove_suffix(1);
  return trim(line);
}

bool starts_with_word(std::string_view folded, std::string_view word) {
  if (!folded.starts_with(word)) return false;
  if (folded.size() == word.size()) return true;
  const char next = folded[word.size()];
  return next == ' ' || next == ',' || next == ':' || next == '.';
}

constexpr std::size_t shortest_heading = [] {
  std::size_t n = 64;
  for (const auto h : history_headings) n = std::min(n, h.size());
  for (const auto h : other_headings) n = std::min(n, h.size());
  for (const auto h : decision_openers) n = std::min(n, h.size());
  return n;
}();
static_assert(shortest_heading >= 4, "may_be_heading() reads four bytes");

// Four-byte openings (ASCII) of every heading and opener.
constexpr auto heading_openings = [] {
  bit_table<4096> t;
  auto mark = [&](std::string_view h) {
    const std::uint32_t four = load4(h.data());
    if (!has_non_ascii(four)) t.set(caseless_hash4(four));
  };
  for (const auto h : history_headings) mark(h);
  for (const auto h : other_headings) mark(h);
  for (const auto h : decision_openers) mark(h);
  return t;
}();

// False when `bare` cannot be or start with any heading or opener: it is
// shorter than all, or its first four bytes (ASCII, folding lowercases them
// one for one) open none. A heading opening with a non-ASCII letter only
// matches lines that do too.
bool may_be_heading(std::string_view bare) {
  // Folding never lengthens text.
  if (bare.size() < shortest_heading) return false;
  const std::uint32_t four = load4(bare.data());
  return has_non_ascii(four) || heading_openings.test(caseless_hash4(four));
}

// The first byte strip_markup() would keep: blanks, markup, blanks skipped.
std::size_t bare_start(std::string_view line) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  auto markup = [](char c) { return c == '#' || c == '*' || c == '_' || c == ' ' || c == '\t'; };
  std::size_t pos = 0;
  while (pos < line.size() && blank(line[pos])) ++pos;
  while (pos < line.size() && markup(line[pos])) ++pos;
  while (pos < line.size() && blank(line[pos])) ++pos;
  return pos;
}

line_kind classify(std::string_view line, meeting_date_cache& date_of_meeting) {
  // Most lines start with no capital: decided before stripping the line's end.
  const std::size_t first = bare_start(line);
  if (first == line.size()) return line_kind::text;
  const auto lead = static_cast<unsigned char>(line[first]);
  if (lead < 0x80 && !(lead >= 'A' && lead <= 'Z')) return line_kind::text;
  const std::string_view bare = strip_markup(line);
  if (bare.empty() || bare.size() > 200) return line_kind::text;
  // Prose: too long to be compared whole, and a decision heading does not
  // end in a full stop (the rule below). Most lines end here.
  if (bare.size() > 64 && bare.back() == '.') return line_kind::text;
  std::size_t len = 0;
  if (!is_upper(decode_at(bare, 0, len))) return line_kind::text;  // headings start with a capital
  if (!may_be_heading(bare)) return line_kind::text;
  // Headings compared whole are short; decision headings are compared by their start.
  char buffer[80];
  std::string_view folded =
      fold_case_into(bare.substr(0, std::min<std::size_t>(bare.size(), 64)), buffer, sizeof buffer);
  if (folded.empty()) return line_kind::text;
  const bool whole = bare.size() <= 64;
  for (const auto h : history_headings) {
    if (whole && folded == h) return line_kind::history_heading;
  }
  for (const auto h : other_headings) {
    if (whole && folded == h) return line_kind::other_heading;
  }
  for (const auto opener : decision_openers) {
    if (!starts_with_word(folded, opener)) continue;
    // "Beslutningen træffes af" and prose that happens to start so are not headings.
    if (folded.starts_with("beslutningen")) return line_kind::text;
    if (bare.size() > 40 && bare.back() == '.') return line_kind::text;
    const std::string date = first_date(bare);
    if (date.empty()) return line_kind::current_decision;
    const std::string& meeting = date_of_meeting.get();
    if (meeting.empty() || date == meeting) return line_kind::current_decision;
    return line_kind::earlier_decision;
  }
  return line_kind::text;
}

bool has_kinds(const item& it) {
  return std::any_of(it.sections.begin(), it.sections.end(),
                     [](const section& s) { return !s.kind.empty(); });
}

void add_range(std::vector<text_range>& out, std::size_t start, std::size_t end) {
  if (end <= start) return;
  if (!out.empty() && out.back().end == start) {
    out.back().end = end;
  } else {
    out.push_back({start, end});
  }
}

// Walks the item line by line and keeps the lines whose state `keep` accepts.
template <class Keep>
std::vector<text_range> by_headings(const document& doc, const item& it, meeting_date_cache& date,
                                    Keep keep) {
  std::vector<text_range> out;
  const std::string_view text(doc.text);
  const std::size_t end = std::min(it.end, text.size());
  line_kind state = line_kind::text;
  for (std::size_t pos = std::min(it.start, end); pos < end;) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos || eol > end) eol = end;
    const line_kind kind = classify(text.substr(pos, eol - pos), date);
    if (kind != line_kind::text) state = kind;
    const std::size_t next = eol < end ? eol + 1 : end;
    if (keep(state, kind)) add_range(out, pos, next);
    pos = next;
  }
  return out;
}

}  // namespace

std::string item_number_at(const document& doc, std::size_t offset) {
  // Items are in text order; find the last one starting at or before offset.
  auto it = std::upper_bound(doc.items.begin(), doc.items.end(), offset,
                             [](std::size_t off, const item& i) { return off < i.start; });
  if (it == doc.items.begin()) return {};
  --it;
  return offset < it->end ? it->number : std::string();
}

namespace {

// The two date shapes, read by hand: RE2 costs thousands of instructions a
// call on the short heading lines this runs on. Each reader gives what RE2
// gives for ASCII text; where a byte from 0x80 decides (a character before
// or after the digits, which RE2 must decode, or a month name, which (?i)
// folds Unicode-wise: "ſ" is "s"), it asks for the regexes instead.
enum class read_result { none, found, ask_regex };

struct date_found {
  std::size_t day_at = 0;
  std::string_view day, month, year;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool digits_at(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) return false;
  for (std::size_t i = 0; i < count; ++i) {
    if (!is_digit(text[pos + i])) return false;
  }
  return true;
}

bool is_date_separator(char c) { return c == '-' || c == '.' || c == '/'; }

// What RE2 `(?:^|[^0-9.\-/])(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[^0-9]|$)`
// finds first.
read_result read_numeric(std::string_view text, date_found& out) {
  for (std::size_t d = 0; d < text.size(); ++d) {
    if (!is_digit(text[d])) continue;
    const auto before = d == 0 ? 0u : static_cast<unsigned char>(text[d - 1]);
    if (d > 0 && before < 0x80 && (is_digit(text[d - 1]) || is_date_separator(text[d - 1]))) {
      continue;
    }
    for (const std::size_t day : {2u, 1u}) {
      if (!digits_at(text, d, day) || d + day >= text.size() || !is_date_separator(text[d + day])) {
        continue;
      }
      const std::size_t m = d + day + 1;
      for (const std::size_t month : {2u, 1u}) {
        if (!digits_at(text, m, month) || m + month >= text.size() ||
            !is_date_separator(text[m + month]) || !digits_at(text, m + month + 1, 4)) {
          continue;
        }
        const std::size_t after = m + month + 5;
        const auto next = after < text.size() ? static_cast<unsigned char>(text[after]) : 0u;
        if (after < text.size() && next < 0x80 && is_digit(text[after])) continue;
        if (before >= 0x80 || next >= 0x80) return read_result::ask_regex;
        out = {d, text.substr(d, day), text.substr(m, month), text.substr(m + month + 1, 4)};
        return read_result::found;
      }
    }
  }
  return read_result::none;
}

bool is_regex_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// What RE2 `(?i)(?:^|[^0-9])(\d{1,2})\.\s*(januar|...|december)\s+(\d{4})`
// finds first.
read_result read_written(std::string_view text, date_found& out) {
  constexpr std::size_t longest_month = 9;  // "september"
  for (std::size_t d = 0; d < text.size(); ++d) {
    if (!is_digit(text[d])) continue;
    if (d > 0 && is_digit(text[d - 1])) continue;
    const auto before = d == 0 ? 0u : static_cast<unsigned char>(text[d - 1]);
    for (const std::size_t day : {2u, 1u}) {
      if (!digits_at(text, d, day) || d + day >= text.size() || text[d + day] != '.') continue;
      std::size_t q = d + day + 1;
      while (q < text.size() && is_regex_blank(text[q])) ++q;
      const std::string_view rest = text.substr(q, longest_month);
      if (std::any_of(rest.begin(), rest.end(),
                      [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
        return read_result::ask_regex;
      }
      for (const auto name : months) {
        if (rest.size() < name.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < name.size() && same; ++i)
          same = lower_ascii(rest[i]) == name[i];
        if (!same) continue;
        std::size_t y = q + name.size();
        const std::size_t blanks = y;
        while (y < text.size() && is_regex_blank(text[y])) ++y;
        if (y == blanks || !digits_at(text, y, 4)) break;
        if (before >= 0x80) return read_result::ask_regex;
        out = {d, text.substr(d, day), text.substr(q, name.size()), text.substr(y, 4)};
        return read_result::found;
      }
    }
  }
  return read_result::none;
}

std::string iso_date(std::string_view day, std::string_view month, std::string_view year) {
  // A month name RE2 matched through Unicode case folding (a Kelvin sign for
  // "k") is no month: no number, so no date, not an exception.
  if (year.empty() || day.empty() || month.empty()) return {};
  const int d = std::stoi(std::string(day));
  const int mo = std::stoi(std::string(month));
  if (d < 1 || d > 31 || mo < 1 || mo > 12) return {};
  auto two = [](int v) { return (v < 10 ? "0" : "") + std::to_string(v); };
  return std::string(year) + "-" + two(mo) + "-" + two(d);
}

std::string month_number(std::string_view name) {
  const std::string folded = fold_case(name);
  for (std::size_t i = 0; i < months.size(); ++i) {
    if (months[i] == folded) return std::to_string(i + 1);
  }
  return {};
}

std::string first_date_by_regex(std::string_view text) {
  static const RE2 numeric(R"((?:^|[^0-9.\-/])(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[^0-9]|$))");
  static const RE2 written(
      R"((?i)(?:^|[^0-9])(\d{1,2})\.\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s+(\d{4}))");
  const re2::StringPiece input(text.data(), text.size());
  std::string day, month, year;
  std::size_t best = text.size();
  re2::StringPiece m[4];
  if (numeric.Match(input, 0, text.size(), RE2::UNANCHORED, m, 4)) {
    best = static_cast<std::size_t>(m[1].data() - text.data());
    day = std::string(m[1]);
    month = std::string(m[2]);
    year = std::string(m[3]);
  }
  if (written.Match(input, 0, text.size(), RE2::UNANCHORED, m, 4) &&
      static_cast<std::size_t>(m[1].data() - text.data()) < best) {
    day = std::string(m[1]);
    // A name that folds to no month (one RE2 matched through Unicode
    // folding) leaves the month as it was.
    if (std::string number = month_number(std::string_view(m[2].data(), m[2].size()));
        !number.empty()) {
      month = std::move(number);
    }
    year = std::string(m[3]);
  }
  return iso_date(day, month, year);
}

}  // namespace

std::string first_date(std::string_view text) {
  date_found numeric;
  date_found written;
  const read_result n = read_numeric(text, numeric);
  const read_result w = read_written(text, written);
  if (n == read_result::ask_regex || w == read_result::ask_regex) return first_date_by_regex(text);
  if (w == read_result::found && (n != read_result::found || written.day_at < numeric.day_at)) {
    return iso_date(written.day, month_number(written.month), written.year);
  }
  if (n == read_result::found) return iso_date(numeric.day, numeric.month, numeric.year);
  return {};
}

std::string meeting_date(const document& doc) {
  if (!doc.meeting.date.empty()) return doc.meeting.date;
  std::size_t front_end = doc.text.size();
  if (!doc.items.empty()) front_end = std::min(front_end, doc.items.front().start);
  front_end = std::min<std::size_t>(front_end, 4000);
  return first_date(std::string_view(doc.text).substr(0, front_end));
}

const std::string& meeting_date_cache::get() {
  if (!known_) {
    value_ = meeting_date(doc_);
    known_ = true;
  }
  return value_;
}

std::vector<text_range> current_ranges(const document& doc, const item& it) {
  meeting_date_cache date(doc);
  return current_ranges(doc, it, date);
}

std::vector<text_range> current_ranges(const document& doc, const item& it,
                                       meeting_date_cache& date) {
  if (has_kinds(it)) {
    std::vector<text_range> out;
    std::size_t pos = it.start;
    for (const section& s : it.sections) {
      if (s.kind != "history") continue;
      add_range(out, pos, std::max(pos, s.start));
      pos = std::max(pos, s.end);
    }
    add_range(out, pos, std::min(it.end, doc.text.size()));
    return out;
  }
  return by_headings(doc, it, date, [](line_kind state, line_kind) {
    return state != line_kind::history_heading && state != line_kind::earlier_decision;
  });
}

std::vector<text_range> decision_ranges(const document& doc, const item& it) {
  meeting_date_cache date(doc);
  return decision_ranges(doc, it, date);
}

std::vector<text_range> decision_ranges(const document& doc, const item& it,
                                        meeting_date_cache& date) {
  if (has_kinds(it)) {
    std::vector<text_range> out;
    for (const section& s : it.sections) {
      if (s.kind == "decision") add_range(out, s.start, std::min(s.end, doc.text.size()));
    }
    if (!out.empty()) return out;
  }
  return by_headings(doc, it, date, [](line_kind state, line_kind kind) {
    return state == line_kind::current_decision && kind != line_kind::current_decision;
  });
}

}  // namespace protokol::danish
