// Decision and history parts of an item. The heading words are data (the
// tables below); docs/entities.md explains the rule.
#include "danish/decisions.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <string>

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

line_kind classify(std::string_view line, std::string_view date_of_meeting) {
  const std::string_view bare = strip_markup(line);
  if (bare.empty() || bare.size() > 200) return line_kind::text;
  std::size_t len = 0;
  if (!is_upper(decode_at(bare, 0, len))) return line_kind::text;  // headings start with a capital
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
    if (date.empty() || date_of_meeting.empty() || date == date_of_meeting) {
      return line_kind::current_decision;
    }
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
std::vector<text_range> by_headings(const document& doc, const item& it, Keep keep) {
  std::vector<text_range> out;
  const std::string_view text(doc.text);
  const std::string date = meeting_date(doc);
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

std::string first_date(std::string_view text) {
  static const RE2 numeric(R"((?:^|[^0-9.\-/])(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[^0-9]|$))");
  static const RE2 written(
      R"((?i)(?:^|[^0-9])(\d{1,2})\.\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s+(\d{4}))");
  const re2::StringPiece input(text.data(), text.size());
  std::string day, month, year;
  std::size_t best = text.size();
  std::string result;
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
    const std::string name = fold_case(std::string_view(m[2].data(), m[2].size()));
    for (std::size_t i = 0; i < months.size(); ++i) {
      if (months[i] == name) month = std::to_string(i + 1);
    }
    year = std::string(m[3]);
  }
  if (year.empty()) return {};
  const int d = std::stoi(day);
  const int mo = std::stoi(month);
  if (d < 1 || d > 31 || mo < 1 || mo > 12) return {};
  auto two = [](int v) { return (v < 10 ? "0" : "") + std::to_string(v); };
  return year + "-" + two(mo) + "-" + two(d);
}

std::string meeting_date(const document& doc) {
  if (!doc.meeting.date.empty()) return doc.meeting.date;
  std::size_t front_end = doc.text.size();
  if (!doc.items.empty()) front_end = std::min(front_end, doc.items.front().start);
  front_end = std::min<std::size_t>(front_end, 4000);
  return first_date(std::string_view(doc.text).substr(0, front_end));
}

std::vector<text_range> current_ranges(const document& doc, const item& it) {
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
  return by_headings(doc, it, [](line_kind state, line_kind) {
    return state != line_kind::history_heading && state != line_kind::earlier_decision;
  });
}

std::vector<text_range> decision_ranges(const document& doc, const item& it) {
  if (has_kinds(it)) {
    std::vector<text_range> out;
    for (const section& s : it.sections) {
      if (s.kind == "decision") add_range(out, s.start, std::min(s.end, doc.text.size()));
    }
    if (!out.empty()) return out;
  }
  return by_headings(doc, it, [](line_kind state, line_kind kind) {
    return state == line_kind::current_decision && kind != line_kind::current_decision;
  });
}

}  // namespace protokol::danish
