// Decision and history parts of an item. The heading words are data (the
// tables below); docs/entities.md explains the rule.
#include "danish/decisions.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "danish/bytes.hpp"
#include "danish/dates.hpp"
#include "danish/text.hpp"

namespace protokol::danish {
namespace {

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

// The one date reader (danish/dates.hpp), as the segmenter reads headers.
std::string first_date(std::string_view text) { return find_date(text).iso; }

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
