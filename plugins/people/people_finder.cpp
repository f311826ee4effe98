// Finds person mentions by their cues. The label and phrase tables are data;
// docs/entities.md lists them.
#include "people_finder.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <iterator>
#include <optional>

#include "danish/attendance.hpp"
#include "danish/bytes.hpp"
#include "danish/first_names.hpp"
#include "danish/lines.hpp"
#include "danish/names.hpp"
#include "danish/parentheses.hpp"
#include "danish/parties.hpp"
#include "danish/party_mentions.hpp"
#include "danish/roles.hpp"
#include "danish/text.hpp"
#include "name_scanner.hpp"
#include "words.hpp"

namespace protokol::people {
namespace {

struct attendance_label {
  std::string_view folded;  ///< lowercase, as it starts a line
  bool absent;              ///< entries are absent
  std::string_view role;    ///< role every entry gets ("sekretær")
  bool in_items;            ///< also counts inside items (per-item absence lines)
  bool in_header = true;    ///< counts in the meeting header ("Inhabil:" does not)
};

// Labels of lists that are no absence: who took part, and in what role.
constexpr attendance_label presence_labels[] = {
    {"mødedeltagere", false, "", false},
    {"øvrige deltagere", false, "", false},
    {"fra administrationen", false, "", false},
    {"fra forvaltningen", false, "", false},
    {"udvalgsmedlemmer", false, "", false},
    {"desuden deltog", false, "", false},
    {"derudover deltog", false, "", false},  // trial BJ
    {"endvidere deltog", false, "", false},
    {"herudover deltog", false, "", false},
    {"følgende deltog", false, "", false},
    {"i mødet deltog", false, "", false},
    {"deltagere", false, "", false},
    {"deltagende", false, "", false},
    {"fremmødte", false, "", false},
    {"fremmøde", false, "", false},
    {"medlemmer", false, "", false},
    {"tilstede", false, "", false},
    {"til stede", false, "", false},
    {"mødesekretær", false, "sekretær", false},
    {"protokolfører", false, "referent", false},
    {"sekretær", false, "sekretær", false},
    {"referent", false, "referent", false},
};

// Every label: the absence labels of the shared vocabulary
// (danish/attendance.hpp) first, longest first, then the others, then who
// sat in for an absent member (present, role "stedfortræder"), in the header
// only: under an item the label lists an election's deputies ("Medlem: X
// (A)" over "Suppleant: Y (A)"), who were not at the meeting.
constexpr auto attendance_labels = [] {
  std::array<attendance_label,
             std::size(danish::absence_labels) + std::size(danish::item_absence_labels) +
                 std::size(presence_labels) + std::size(danish::substitute_labels)>
      out{};
  std::size_t n = 0;
  for (const auto label : danish::absence_labels) out[n++] = {label, true, "", true};
  for (const auto label : danish::item_absence_labels) out[n++] = {label, true, "", true, false};
  for (const auto& label : presence_labels) out[n++] = label;
  for (const auto label : danish::substitute_labels)
    out[n++] = {label, false, "stedfortræder", false};
  return out;
}();

// Phrases after a list of names that say they were not there
// (danish/attendance.hpp).
constexpr auto& absence_phrases = danish::absence_phrases;

bool is_blank_byte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// Four-byte openings of the phrases ("delt", "var ", "er f", ...), which
// rule out most words before any comparison.
constexpr auto absence_openings = [] {
  std::array<std::uint32_t, std::size(absence_phrases)> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = danish::load4(absence_phrases[i].data());
  return out;
}();

constexpr auto absence_first_letters = [] {
  std::array<bool, 256> t{};
  for (const auto phrase : absence_phrases) t[static_cast<unsigned char>(phrase[0])] = true;
  return t;
}();

// The caseless_hash4() values of the openings, a byte each: the word scan
// tests every word after a blank.
constexpr auto absence_opening_hashes = [] {
  danish::byte_set<4096> t;
  for (const auto opening : absence_openings) t.set(danish::caseless_hash4(opening));
  return t;
}();

// The phrases by the caseless_hash4() of their opening, a bit a phrase in
// table order: a word that opens like one ("har ", "var ", "havde") is
// compared with the few that open so, not with every phrase.
static_assert(std::size(absence_phrases) <= 32, "a bit a phrase");
constexpr auto absence_phrases_by_hash = [] {
  std::array<std::uint32_t, 4096> t{};
  for (std::size_t i = 0; i < absence_openings.size(); ++i)
    t[danish::caseless_hash4(absence_openings[i])] |= std::uint32_t{1} << i;
  return t;
}();

// Length of the absence phrase starting at the word at `start` (the byte
// before it a blank), or 0.
std::size_t absence_phrase_at(std::string_view text, std::size_t start) {
  if (!absence_first_letters[static_cast<unsigned char>(text[start])]) return 0;
  if (start + 4 > text.size()) return 0;
  const std::uint32_t opening = danish::load4(text.data() + start);
  // The phrases in table order, as a walk of the whole table would meet them.
  for (std::uint32_t phrases = absence_phrases_by_hash[danish::caseless_hash4(opening)];
       phrases != 0; phrases &= phrases - 1) {
    const auto i = static_cast<std::size_t>(std::countr_zero(phrases));
    if (absence_openings[i] == opening &&
        text.compare(start, absence_phrases[i].size(), absence_phrases[i]) == 0) {
      return absence_phrases[i].size();
    }
  }
  return 0;
}

// Lines that name a place, where a person's name is a room or a building
// ("Mødested Mariehøj, Per Kirkeby").
constexpr std::string_view location_labels[] = {"mødested", "sted",       "adresse",
                                                "lokale",   "mødelokale", "location"};

// Qualifiers a role keeps ("kst. jobcenterchef"); others ("daværende") are
// dropped. Each is one of danish's role qualifiers (role_at() relies on it).
constexpr std::string_view kept_qualifiers[] = {"kst.", "konst.", "konstitueret", "fungerende",
                                                "fg."};

bool is_letter_at(std::string_view text, std::size_t pos) {
  std::size_t len = 0;
  return pos < text.size() && danish::is_word_char(danish::decode_at(text, pos, len));
}

bool is_ordinal(std::string_view word) {
  if (word.size() < 2 || word.back() != '.') return false;
  return std::all_of(word.begin(), word.end() - 1, [](char c) { return c >= '0' && c <= '9'; });
}

bool is_kept_qualifier(std::string_view folded) {
  return std::find(std::begin(kept_qualifiers), std::end(kept_qualifiers), folded) !=
             std::end(kept_qualifiers) ||
         danish::is_role_adjective(folded);
}

// The line starting at `start`.
span line_from(std::string_view text, std::size_t start) {
  const std::size_t end = text.find('\n', start);
  return {start, end == std::string_view::npos ? text.size() : end};
}

// Bytes of markup before a line's words. A form feed: the page break a
// PDF's text puts before a page's first line.
constexpr auto markup_bytes = [] {
  std::array<bool, 256> t{};
  for (const char c : std::string_view(" \t#*_-\f")) t[static_cast<unsigned char>(c)] = true;
  return t;
}();

// Inline, one table look-up a byte: every line of a text is asked.
inline std::size_t skip_markup(std::string_view text, std::size_t pos, std::size_t end) {
  while (pos < end && markup_bytes[static_cast<unsigned char>(text[pos])]) ++pos;
  return pos;
}

// The first four bytes of the line [start, end) (four at least) as
// danish::fold_case_into() folds them, when each is ASCII or a byte of a
// Latin-1 letter (0xC3 and a continuation byte, the follower of a fourth
// byte 0xC3 inside the line), which folding maps byte for byte; nullopt for
// anything else. label_at() and is_location_line() fold a line's head to
// compare it with their labels; most lines open with other bytes, and those
// of minutes often with non-ASCII ones ("Møde", "Åben", "Økonomi", "På").
std::optional<std::uint32_t> folded_opening(std::string_view text, std::size_t start,
                                            std::size_t end) {
  const std::string_view line = text.substr(0, end);
  std::array<char, 5> folded{};  // a letter at the fourth byte writes a fifth
  for (std::size_t i = 0; i < 4;) {
    const auto b = static_cast<unsigned char>(line[start + i]);
    if (b < 0x80) {
      folded[i++] = static_cast<char>(danish::lower_ascii(static_cast<char>(b)));
    } else if (danish::fold_latin1(line, start + i, folded.data() + i)) {
      i += 2;
    } else {
      return std::nullopt;
    }
  }
  return danish::load4(folded.data());
}

// The four-byte openings of the location labels, folded.
constexpr auto location_openings = [] {
  std::array<std::uint32_t, std::size(location_labels)> out{};
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = danish::load4(location_labels[i].data());
  return out;
}();

static_assert(std::all_of(std::begin(location_labels), std::end(location_labels),
                          [](std::string_view label) { return label.size() >= 4; }),
              "is_location_line() tests four bytes of each label first");

bool is_location_line(std::string_view text, const danish::line_index& lines, std::size_t pos) {
  const danish::line_span line = lines.line_at(pos);
  const std::size_t start = skip_markup(text, line.start, line.end);
  // Folding never lengthens text: a line shorter than four bytes opens no
  // label, and most lines are ruled out by their folded opening, before the
  // fold of their head.
  if (line.end - start < 4) return false;
  if (const std::optional<std::uint32_t> opening = folded_opening(text, start, line.end);
      opening && std::find(location_openings.begin(), location_openings.end(), *opening) ==
                     location_openings.end()) {
    return false;
  }
  char buffer[64];
  const std::string_view head = danish::fold_case_into(
      text.substr(start, std::min<std::size_t>(24, line.end - start)), buffer, sizeof buffer);
  for (const auto label : location_labels) {
    if (head.starts_with(label) && !is_letter_at(head, label.size())) return true;
  }
  return false;
}

// Reads "[ordinal|qualifier]* title" starting at `pos`; returns the role and
// sets `after` just past the title, or "" when no title starts there.
std::string role_at(std::string_view text, std::size_t pos, std::size_t limit, std::size_t& after) {
  std::string prefix;      // kept qualifiers and ordinals, as written
  std::string qualifiers;  // the same without ordinals
  std::size_t cursor = pos;
  for (int guard = 0; guard < 4 && cursor < limit; ++guard) {
    const span tok = token_at(text, cursor);
    if (tok.empty() || tok.end > limit) return {};
    const std::string_view word = text.substr(tok.start, tok.end - tok.start);
    std::string role = danish::role_of(word);
    if (!role.empty()) {
      after = tok.end;
      return (danish::is_ranked_role(role) ? prefix : qualifiers) + role;
    }
    // "Kultur- og fritidsdirektør": a title's first half, joined by "og".
    const bool title_half =
        word.size() > 1 && word.ends_with('-') && text.compare(tok.end, 4, " og ") == 0;
    const bool ordinal = is_ordinal(word);
    // Most words here are a name's ("Anne Holm"): no qualifier (the kept
    // ones are among danish's), told by two bytes before any folding.
    if (!title_half && !ordinal && !danish::may_be_role_qualifier(word)) return {};
    // Folded on the stack (a word too long for the buffer is folded into a string).
    char buffer[64];
    std::string long_word;
    std::string_view folded = danish::fold_case_into(word, buffer, sizeof buffer);
    if (folded.empty()) folded = long_word = danish::fold_case(word);
    if (title_half) {
      prefix.append(folded).append(" og ");
      qualifiers.append(folded).append(" og ");
      cursor = tok.end + 4;
      continue;
    }
    if (ordinal) {
      prefix.append(folded).append(" ");
    } else if (is_kept_qualifier(folded)) {
      prefix.append(folded).append(" ");
      qualifiers.append(folded).append(" ");
    } else if (!danish::is_role_qualifier(word)) {
      return {};
    }
    if (tok.end >= limit || text[tok.end] != ' ') return {};
    cursor = tok.end + 1;
  }
  return {};
}

// "Direktør for Børn og Unge |Helle": a title, "for" and the area it heads
// (capitalised words no name holds, joined by "og") before the name; the
// title is the role. `last` is the word right before the name.
std::string title_for_area_before(std::string_view text, span last) {
  constexpr int max_area_words = 4;
  span tok = last;
  for (int words = 0; words < max_area_words; ++words) {
    const std::string_view word = text.substr(tok.start, tok.end - tok.start);
    const bool area = danish::starts_upper(word) && danish::is_non_name_word(word);
    if (!area && word != "og") return {};
    if (tok.start < 2 || text[tok.start - 1] != ' ') return {};
    const span before = token_before(text, tok.start - 1);
    if (before.empty()) return {};
    if (text.substr(before.start, before.end - before.start) == "for") {
      if (!area || before.start < 2 || text[before.start - 1] != ' ') return {};
      const span title = token_before(text, before.start - 1);
      if (title.empty()) return {};
      return danish::role_of(text.substr(title.start, title.end - title.start));
    }
    tok = before;
  }
  return {};
}

// "Direktør |for Teknik og Miljø Kim Aagaard": after a title at `pos`,
// "for" and the area it heads (capitalised words no name holds, joined by
// "og"), as title_for_area_before reads them backwards; where the name
// starts, or `pos` when no area follows.
std::size_t name_after_area(std::string_view text, std::size_t pos, std::size_t limit) {
  while (pos < limit && text[pos] == ' ') ++pos;
  if (pos + 4 > limit || text.compare(pos, 4, "for ") != 0) return pos;
  const std::string_view area = text.substr(pos + 4, limit - pos - 4);
  const std::string_view name = danish::after_area(area);
  return name.data() == area.data() ? pos : static_cast<std::size_t>(name.data() - text.data());
}

// The role word at `word_start` stands after a comma, a parenthesis or a
// dash ("Navn (V), formand, Helle Dam", "Navn (A) - formand, Kenneth
// Roslev"): it is a list piece of its own, the entry before's. An ordinal
// or kept qualifier before the word is part of the piece ("Navn (A), 1.
// viceborgmester, Karen Dahl", trial BI).
bool closes_entry_before(std::string_view text, std::size_t word_start) {
  std::size_t before = word_start;
  while (before > 0 && text[before - 1] == ' ') --before;
  if (before == 0) return false;
  if (before < word_start) {
    const span word = token_before(text, before);
    const std::string_view prefix = text.substr(word.start, word.end - word.start);
    if (!word.empty() && (is_ordinal(prefix) || is_kept_qualifier(danish::fold_case(prefix)))) {
      before = word.start;
      while (before > 0 && text[before - 1] == ' ') --before;
      if (before == 0) return false;
    }
  }
  const char c = text[before - 1];
  return c == ',' || c == ')' || c == '-' || text.substr(0, before).ends_with("–");
}

// The role written just before `pos` ("Kst. jobcenterchef |Helle"), or "".
std::string role_before(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  bool comma = false;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ',')) {
    comma = comma || text[end - 1] == ',';
    --end;
  }
  const span tok = token_before(text, end);
  if (tok.empty()) return {};
  // "Navn (V), formand, Helle Dam (A)": a role that is a list piece of its
  // own, between commas, closes the entry before it ("Desuden
  // afsnitsleder, Rita Bråten" still heads this one).
  if (comma && closes_entry_before(text, tok.start)) return {};
  std::string role = danish::role_of(text.substr(tok.start, tok.end - tok.start));
  if (role.empty()) return comma ? std::string() : title_for_area_before(text, tok);
  if (tok.start >= 2 && text[tok.start - 1] == ' ') {
    const span before = token_before(text, tok.start - 1);
    const std::string_view word = text.substr(before.start, before.end - before.start);
    const std::string folded = danish::fold_case(word);
    if ((is_ordinal(word) && danish::is_ranked_role(role)) || is_kept_qualifier(folded)) {
      role = folded + " " + role;
    } else if (folded == "og" && before.start >= 2 && text[before.start - 1] == ' ') {
      // "Kultur- og fritidsdirektør": the first half of a title joined by "og".
      const span first = token_before(text, before.start - 1);
      const std::string_view half = text.substr(first.start, first.end - first.start);
      if (half.size() > 1 && half.ends_with('-')) role = danish::fold_case(half) + " og " + role;
    }
  }
  return role;
}

struct list_context {
  bool absent = false;
  std::string_view role;
  bool in_header = false;
  cue source = cue::attendance;
};

struct list_result {
  int chunks = 0;        ///< non-empty chunks
  int named_chunks = 0;  ///< chunks that held a name
};

// Reads what follows a name inside its list entry: "(A)", "(Afbud)",
// "(2. viceborgmester)", "- formand".
void read_entry_tail(std::string_view text, std::size_t pos, std::size_t end, person_mention& m) {
  while (pos < end) {
    if (text[pos] == '(') {
      const std::size_t close = text.find(')', pos);
      if (close == std::string_view::npos || close > end) break;
      const std::string_view content = text.substr(pos + 1, close - pos - 1);
      std::string party = danish::canonical_party(content);
      if (!party.empty()) {
        if (m.party.empty()) m.party = std::move(party);
        pos = close + 1;
        continue;
      }
      const std::string folded = danish::fold_case(content);
      if (folded.find("afbud") != std::string::npos || folded.find("fravær") != std::string::npos ||
          folded.find("deltog ikke") != std::string::npos) {
        m.absent = true;
      } else if (m.role.empty()) {
        m.role = role_phrase(content);
      }
      pos = close + 1;
      continue;
    }
    // A hyphen, or the lead byte of "–" before the comparison.
    if ((text[pos] == '-' || (text[pos] == '\xE2' && text.compare(pos, 3, "–") == 0)) &&
        m.role.empty()) {
      std::size_t after = pos + (text[pos] == '-' ? 1 : 3);
      while (after < end && text[after] == ' ') ++after;
      m.role = role_phrase(text.substr(after, end - after));
      pos = after;
      continue;
    }
    ++pos;
  }
}

// Calls `visit(chunk)` for each entry of the list [start, end) in order,
// empty ones too. A visit and no vector: a list is read once, and the
// vector's allocations cost more than its entries' tests.
template <class Visit>
void for_each_entry(std::string_view text, std::size_t start, std::size_t end, Visit visit) {
  int depth = 0;
  std::size_t chunk_start = start;
  for (std::size_t pos = start; pos < end; ++pos) {
    const char c = text[pos];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (depth > 0) continue;
    std::size_t sep = 0;
    if (c == ',' || c == ';' || c == '\n')
      sep = 1;
    else if (c != ' ')  // " og " and " samt " start with a blank
      continue;
    else if (text.compare(pos, 4, " og ") == 0 && (pos == 0 || text[pos - 1] != '-') &&
             !danish::joins_areas_at(text, pos))
      sep = 4;  // never in "Kultur- og fritidsdirektør", "Direktør for Teknik og Miljø X"
    else if (text.compare(pos, 6, " samt ") == 0)
      sep = 6;
    if (sep == 0) continue;
    visit(span{chunk_start, pos});
    chunk_start = pos + sep;
    pos += sep - 1;
  }
  visit(span{chunk_start, end});
}

// Appends the list's mentions to `mentions`, where the caller keeps them:
// they were moved from a list of their own. Those already there are other
// lists': an entry's tail ("Jens Hansen (A), formand") goes only to this list's.
list_result parse_list(std::string_view text, name_reader& names, std::size_t start,
                       std::size_t end, const list_context& context, const finder_options& options,
                       std::vector<person_mention>& mentions) {
  list_result result;
  const std::size_t first = mentions.size();
  auto has_entry = [&] { return mentions.size() > first; };
  for_each_entry(text, start, end, [&](const span chunk) {
    std::size_t pos = chunk.start;
    while (pos < chunk.end && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '-' ||
                               text[pos] == '*' || text[pos] == '#')) {
      ++pos;
    }
    if (text.compare(pos, 3, "•") == 0 || text.compare(pos, 2, "·") == 0)
      pos += text[pos] == '\xC2' ? 2 : 3;
    while (pos < chunk.end && text[pos] == ' ') ++pos;
    if (pos >= chunk.end) return;
    ++result.chunks;
    std::size_t after_role = pos;
    std::string lead_role = role_at(text, pos, chunk.end, after_role);
    if (!lead_role.empty()) {
      pos = name_after_area(text, after_role, chunk.end);
      while (pos < chunk.end && (text[pos] == ':' || text[pos] == ',' || text[pos] == ' ')) ++pos;
    }
    const auto name = pos < chunk.end ? names(pos) : std::nullopt;
    if (!name || name->end > chunk.end || name->words < options.min_name_parts) {
      // "Jens Hansen (A), formand": a lone title belongs to the entry before.
      const std::string role = role_phrase(text.substr(pos, chunk.end - pos));
      if (has_entry() && mentions.back().role.empty() && !role.empty() && lead_role.empty()) {
        mentions.back().role = role;
        ++result.named_chunks;
      } else if (!lead_role.empty() && pos >= chunk.end && has_entry() &&
                 mentions.back().role.empty()) {
        mentions.back().role = lead_role;
        ++result.named_chunks;
      }
      return;
    }
    // "Tina Damgaard, Liberal Alliance": a party's name of two capitalised
    // words is the entry before's party, no person.
    if (lead_role.empty() && has_entry()) {
      if (std::string party =
              danish::canonical_party(text.substr(name->start, name->end - name->start));
          !party.empty()) {
        if (mentions.back().party.empty()) mentions.back().party = std::move(party);
        ++result.named_chunks;
        return;
      }
    }
    ++result.named_chunks;
    person_mention m;
    m.start = name->start;
    m.end = name->end;
    m.role = lead_role;
    m.source = context.source;
    m.absent = context.absent;
    m.in_header = context.in_header;
    // "Merete Øverup indkaldt" under "Fraværende med afbud:": she sat in.
    if (m.absent &&
        danish::sat_in_verb_length(text.substr(name->start, chunk.end - name->start)) > 0) {
      m.absent = false;
      if (lead_role.empty()) m.role = "stedfortræder";
    }
    read_entry_tail(text, name->end, chunk.end, m);
    if (m.role.empty()) m.role = std::string(context.role);
    mentions.push_back(std::move(m));
  });
  return result;
}

static_assert(std::all_of(std::begin(attendance_labels), std::end(attendance_labels),
                          [](const attendance_label& l) { return l.folded.size() >= 4; }),
              "may_start_label() reads four bytes of each label");

constexpr std::size_t shortest_label = [] {
  std::size_t n = 64;
  for (const auto& label : attendance_labels) n = std::min(n, label.folded.size());
  return n;
}();

// Four-byte openings of the labels, folded ("møde", "øvri", "følg" too).
constexpr auto label_openings = [] {
  danish::byte_set<4096> t;
  for (const auto& label : attendance_labels) {
    t.set(danish::caseless_hash4(danish::load4(label.folded.data())));
  }
  return t;
}();

// False when the line at `start` cannot begin with any label: too short, or
// its first four bytes, folded, open none. Bytes that folded_opening()
// cannot fold are left to the full comparison. Inline: every line of a text
// is asked, most are ruled out here, and a call cost as much as the test.
[[gnu::always_inline]] inline bool may_start_label(std::string_view text, std::size_t start,
                                                   std::size_t end) {
  // Folding never lengthens text, so a label needs as many bytes as it has.
  if (end - start < shortest_label) return false;
  const std::uint32_t four = danish::load4(text.data() + start);
  if (!danish::has_non_ascii(four)) return label_openings.test(danish::caseless_hash4(four));
  const std::optional<std::uint32_t> folded = folded_opening(text, start, end);
  return !folded || label_openings.test(danish::caseless_hash4(*folded));
}

// The first four bytes of each label, in the order of attendance_labels: a
// line's folded head is compared with a label only when they agree.
constexpr auto label_heads = [] {
  std::array<std::uint32_t, std::size(attendance_labels)> out{};
  for (std::size_t i = 0; i < out.size(); ++i)
    out[i] = danish::load4(attendance_labels[i].folded.data());
  return out;
}();

// "Fraværende med afbud: X (O)" (Halsnæs): lowercase words up to a colon
// close the label (as the segmenter's skip_label_tail reads them); where
// the list starts after them, else `pos`.
std::size_t after_label_tail(std::string_view text, std::size_t pos, std::size_t end) {
  constexpr std::size_t max_tail = 24;
  if (pos >= end || text[pos] < 'a' || text[pos] > 'z') return pos;
  const std::size_t colon = text.find(':', pos);
  if (colon == std::string_view::npos || colon >= end || colon - pos > max_tail) return pos;
  for (std::size_t i = pos; i < colon; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c != ' ' && (c < 'a' || c > 'z') && c < 0x80) return pos;
  }
  std::size_t after = colon + 1;
  while (after < end && (text[after] == ' ' || text[after] == '\t')) ++after;
  return after;
}

// The label the line starts with at `start` (past markup), and where its
// list begins. Out of line: it folds into a buffer, which most lines, ruled
// out by label_of_line() first, need not pay for.
[[gnu::noinline]] const attendance_label* label_at(std::string_view text, span line,
                                                   std::size_t start, std::size_t& list_start) {
  // A label starts with a letter.
  if (!is_letter_at(text, start)) return nullptr;
  char buffer[96];
  const std::string_view head = danish::fold_case_into(
      text.substr(start, std::min<std::size_t>(40, line.end - start)), buffer, sizeof buffer);
  if (head.size() < shortest_label) return nullptr;
  const std::uint32_t head_four = danish::load4(head.data());
  for (std::size_t i = 0; i < attendance_labels.size(); ++i) {
    const attendance_label& label = attendance_labels[i];
    if (label_heads[i] != head_four || !head.starts_with(label.folded)) continue;
    const std::size_t after = label.folded.size();
    if (after < head.size() && head[after] != ':' && head[after] != ' ' && head[after] != '*' &&
        head[after] != '\t') {
      continue;
    }
    // Byte lengths agree: folding keeps the length of Danish letters.
    std::size_t pos = start + after;
    // Past the colon, emphasis and blanks, a no-break space too
    // ("Fraværende:&nbsp; Lone Langballe. ...", a web page's text).
    for (;;) {
      if (pos < line.end &&
          (text[pos] == '*' || text[pos] == ':' || text[pos] == ' ' || text[pos] == '\t')) {
        ++pos;
      } else if (pos + 1 < line.end && text.compare(pos, 2, "\xC2\xA0") == 0) {
        pos += 2;
      } else {
        break;
      }
    }
    // "Afbud fra Maria Holm (A), ...": the list after "fra".
    if (line.end - pos > 4 &&
        (text.compare(pos, 4, "fra ") == 0 || text.compare(pos, 4, "Fra ") == 0))
      pos += 4;
    pos = after_label_tail(text, pos, line.end);
    list_start = pos;
    return &label;
  }
  return nullptr;
}

// The label a line starts with, and where its list begins. Inline: every
// line of a text is asked (add_attendance()), and most fail its first tests.
[[gnu::always_inline]] inline const attendance_label* label_of_line(std::string_view text,
                                                                    span line,
                                                                    std::size_t& list_start) {
  const std::size_t start = skip_markup(text, line.start, line.end);
  // Most lines are rejected here, before folding.
  if (!may_start_label(text, start, line.end)) return nullptr;
  return label_at(text, line, start, list_start);
}

// "Ingen.", "-": an attendance list's line that names nobody.
bool names_nobody(std::string_view line) {
  line = danish::trim(line);
  while (!line.empty() && line.back() == '.') line.remove_suffix(1);
  char buffer[32];
  const std::string_view folded = danish::fold_case_into(line, buffer, sizeof buffer);
  return !folded.empty() &&
         std::find(std::begin(danish::empty_list_values), std::end(danish::empty_list_values),
                   folded) != std::end(danish::empty_list_values);
}

// "Ole-Henrik Dam, Direktør", a blank line, "Tina Bøgh Kristoffersen, Chef":
// a list whose entries are paragraphs of their own, as Word and PDF minutes
// print them. True when the line at `start` is such an entry: a short line
// that is no label, remark or empty list ("Ingen") and starts with a name,
// every part of it naming someone or their role.
bool entry_after_blank(std::string_view text, name_reader& names, std::size_t start,
                       const finder_options& options) {
  constexpr std::size_t max_entry = 100;
  if (start >= text.size() || text[start] == '\n') return false;
  const span entry = line_from(text, start);
  const std::string_view body = text.substr(entry.start, entry.end - entry.start);
  std::size_t ignored = 0;
  if (body.size() > max_entry || label_of_line(text, entry, ignored) != nullptr ||
      names_nobody(body) || danish::starts_with_remark_label(body) || body.ends_with(':'))
    return false;
  const list_context context{false, "", false, cue::attendance};
  std::vector<person_mention> mentions;
  const list_result parsed =
      parse_list(text, names, entry.start, entry.end, context, options, mentions);
  return !mentions.empty() && mentions.front().start == entry.start &&
         parsed.named_chunks == parsed.chunks;
}

// "Lisa Pihl Jensen, Ebbe" over "Christensen, Helle Hansen": the last entry
// of a comma list is one word of a name, broken over the line's end as PDF
// text wraps a list, so the line below goes on with the list.
bool ends_inside_a_name(std::string_view line) {
  const std::size_t comma = line.rfind(", ");
  if (comma == std::string_view::npos) return false;
  std::string_view last = line.substr(comma + 2);
  while (!last.empty() && (last.back() == ' ' || last.back() == '\r')) last.remove_suffix(1);
  const danish::name_part_kind kind = danish::name_part(last);
  return !last.empty() && last.find(' ') == std::string_view::npos &&
         (kind == danish::name_part_kind::word || kind == danish::name_part_kind::initial);
}

// The line `entry` starts with a name, past markup, a bullet and a role
// ("• Bent Vinther (stedfortræder)", "Næstformand Bo Friis (V)"); a line of
// prose does not ("I stedet for Hanne Storgaard deltog Bent Vinther.").
bool opens_with_a_name(std::string_view text, name_reader& names, span entry,
                       const finder_options& options) {
  std::size_t start = skip_markup(text, entry.start, entry.end);
  for (const std::string_view bullet : {"•", "▪", "·", "–"}) {
    if (text.substr(start, entry.end - start).starts_with(bullet)) {
      start = skip_markup(text, start + bullet.size(), entry.end);
      break;
    }
  }
  // "Næstformand Bo Friis (V)": the name after its role.
  std::size_t after_role = start;
  if (!role_at(text, start, entry.end, after_role).empty()) {
    start = name_after_area(text, after_role, entry.end);
    while (start < entry.end && (text[start] == ' ' || text[start] == ':')) ++start;
  }
  const list_context context{false, "", false, cue::attendance};
  std::vector<person_mention> mentions;
  parse_list(text, names, start, entry.end, context, options, mentions);
  return !mentions.empty() && mentions.front().start == start;
}

void add_attendance(std::string_view text, const danish::line_index& lines, name_reader& names,
                    std::size_t header_end, const finder_options& options,
                    std::vector<person_mention>& out) {
  std::size_t pos = 0;
  std::size_t line_number = 0;  // of the line holding `pos`
  // `pos` is always at the start of a line; the line index knows where it
  // ends (line_from() without a search for its LF).
  while (pos < text.size()) {
    const span line{pos, lines.line(line_number).end};
    pos = line.end + 1;
    ++line_number;
    std::size_t list_start = 0;
    const attendance_label* label = label_of_line(text, line, list_start);
    const bool in_header = line.start < header_end;
    if (label == nullptr || (!in_header && !label->in_items) || (in_header && !label->in_header))
      continue;
    // On the label's line the list ends with its sentence ("Afbud fra A (A).
    // Som suppleanter er indkaldt B (A).").
    std::size_t list_end =
        list_start + danish::list_sentence_end(text.substr(list_start, line.end - list_start));
    if (list_start >= line.end) {
      // The list follows on its own lines, one entry a line, up to a blank
      // line, or over one while the line after it is an entry of its own.
      std::size_t next = line.end + 1;
      if (next < text.size() && text[next] == '\n') ++next;
      std::size_t cursor = next;
      std::size_t listed_line = next;  // the start of the list's last line
      while (cursor < text.size()) {
        if (text[cursor] == '\n') {
          if (list_end < next || !entry_after_blank(text, names, cursor + 1, options)) break;
          ++cursor;
          continue;
        }
        const span entry_line = line_from(text, cursor);
        std::size_t ignored = 0;
        if (label_of_line(text, entry_line, ignored) != nullptr) break;
        // Without a blank line after it (a converter that drops them), the
        // list ends at a line that names nobody first, unless the line above
        // broke the list at a comma or the list is a table.
        if (list_end >= next && text[list_end - 1] != ',' && text[cursor] != '|' &&
            text[cursor] != '+' &&
            !ends_inside_a_name(text.substr(listed_line, list_end - listed_line)) &&
            !opens_with_a_name(text, names, entry_line, options))
          break;
        // "Ingen." under the label: the list is empty and ends there, also
        // when no blank line follows it (a converter that drops them).
        if (names_nobody(text.substr(entry_line.start, entry_line.end - entry_line.start))) {
          list_end = entry_line.end;
          break;
        }
        // "Bemærkninger: X medvirkede ikke ..." under an empty "Fraværende:".
        if (danish::starts_with_remark_label(
                text.substr(entry_line.start, entry_line.end - entry_line.start)))
          break;
        list_end = entry_line.end;
        listed_line = entry_line.start;
        cursor = entry_line.end + 1;
      }
      list_start = next;
      if (list_end < list_start) continue;
      if (list_end + 1 > pos) {
        pos = list_end + 1;
        if (pos < text.size()) line_number = lines.line_of(pos);
      }
    }
    const list_context context{label->absent, label->role, in_header, cue::attendance};
    parse_list(text, names, list_start, list_end, context, options, out);
  }
}

// A blank and the absence phrase after it: [blank, blank + length).
struct phrase_hit {
  std::size_t blank = 0;
  std::size_t length = 0;
};

// Ten times the longest list of names before an absence phrase in the
// fixtures (83 bytes), a fraction of a page.
constexpr std::size_t longest_absence_list = 1024;

void add_absence_phrases(std::string_view text, const danish::line_index& lines, name_reader& names,
                         const std::vector<phrase_hit>& phrases, const finder_options& options,
                         std::vector<person_mention>& out) {
  for (const phrase_hit& hit : phrases) {
    const std::size_t phrase = hit.blank;
    // The sentence before the phrase, within its line and at most
    // longest_absence_list bytes back, from a word's start: reading back to
    // the line's start cost quadratic time on a long line of phrases.
    std::size_t floor = lines.line_at(phrase).start;
    if (phrase - floor > longest_absence_list)
      floor = std::min(phrase, text.find(' ', phrase - longest_absence_list));
    std::size_t start = floor;
    const std::size_t stop = text.substr(floor, phrase + 2 - floor).rfind(". ");
    if (stop != std::string_view::npos) start = floor + stop + 2;
    start = skip_markup(text, start, phrase);
    const list_context context{true, "", false, cue::absence};
    const std::size_t first = out.size();
    const list_result result = parse_list(text, names, start, phrase, context, options, out);
    // Every entry a name, or all but one of three or more ("Peter Andersen,
    // Gert winther og Linda Peitersen deltog ikke", Hedensted: one surname in
    // lowercase does not make the others prose).
    const bool all_named = result.chunks > 0 && result.named_chunks == result.chunks;
    const bool all_but_one = result.chunks >= 3 && result.named_chunks + 1 == result.chunks;
    if (!all_named && !all_but_one)
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
  }
}

// The role in a parenthesis right after `pos` (" (2. viceborgmester)").
std::string role_in_next_parens(std::string_view text, std::size_t pos) {
  if (pos + 1 >= text.size() || text[pos] != ' ' || text[pos + 1] != '(') return {};
  const std::size_t close = text.find(')', pos + 2);
  if (close == std::string_view::npos || close - pos > 80) return {};
  return role_phrase(text.substr(pos + 2, close - pos - 2));
}

void add_party_cues(std::string_view text, const std::vector<danish::party_mention>& parties,
                    const finder_options& options, std::vector<person_mention>& out) {
  for (const auto& party : parties) {
    std::size_t name_end = 0;
    std::size_t after = party.end;
    if (party.parenthesised) {
      std::size_t open = party.start;
      while (open > 0 && text[open - 1] == ' ') --open;
      if (open == 0 || text[open - 1] != '(') continue;  // not the first party of a list
      name_end = open - 1;
      if (name_end > 0 && text[name_end - 1] == ' ') --name_end;
      after = text.find(')', party.end);
      after = after == std::string_view::npos ? party.end : after + 1;
    } else {
      if (party.start < 2 || text[party.start - 1] != ' ' || text[party.start - 2] != ',') continue;
      name_end = party.start - 2;
    }
    const auto name = name_backward(text, name_end);
    if (!name || name->words < options.min_name_parts || name->end != name_end) continue;
    // "(Radikale Venstre, Konservative, ...)": a list of parties, no member.
    if (!danish::canonical_party(text.substr(name->start, name->end - name->start)).empty())
      continue;
    person_mention m;
    m.start = name->start;
    m.end = name->end;
    m.party = party.value;
    m.source = cue::party;
    m.role = role_before(text, name->start);
    if (m.role.empty()) m.role = role_in_next_parens(text, after);
    out.push_back(std::move(m));
  }
}

// "Rie Nielsen, V fremsatte forslag", "1 medlem (Henrik Hansen, A)": a
// party's single letter after a comma, as some minutes write a member's
// party. find_party_mentions leaves bare letters out (mostly list markers),
// so these are found here, only for add_party_cues to try a name before them.
std::vector<danish::party_mention> comma_party_letters(std::string_view text) {
  std::vector<danish::party_mention> out;
  for (std::size_t comma = text.find(", "); comma != std::string_view::npos;
       comma = text.find(", ", comma + 1)) {
    const std::size_t start = comma + 2;
    // Most commas have a lowercase word after them. A letter that is no
    // ASCII capital and not led by 0xC3 is one byte too few for the tests
    // below (it has a second byte before any blank), so only these go on.
    if (start >= text.size() ||
        !((text[start] >= 'A' && text[start] <= 'Z') || text[start] == '\xC3'))
      continue;
    // One letter (two bytes for Æ, Ø, Å), then a blank, comma, ")" or the end.
    const std::size_t length = static_cast<unsigned char>(text[start]) == 0xC3 ? 2 : 1;
    const std::size_t end = start + length;
    if (end > text.size() || !danish::starts_upper(text.substr(start))) continue;
    if (end < text.size() && text[end] != ' ' && text[end] != ',' && text[end] != ')') continue;
    std::string value = danish::canonical_party(text.substr(start, length));
    if (value.empty()) continue;
    out.push_back({start, end, std::move(value), false});
  }
  return out;
}

// "Navn (direktør)", "Navn (centerchef for Arbejdsmarked)".
void add_parenthesised_roles(std::string_view text,
                             const std::vector<danish::parenthesis>& parentheses,
                             const finder_options& options, std::vector<person_mention>& out) {
  for (const danish::parenthesis& paren : parentheses) {
    const std::size_t open = paren.open;
    // A blank before the parenthesis first: it costs less than the role.
    if (open < 2 || text[open - 1] != ' ') continue;
    const std::string role = role_phrase(text.substr(open + 1, paren.close - open - 1));
    if (role.empty()) continue;
    const auto name = name_backward(text, open - 1);
    if (!name || name->words < options.min_name_parts || name->end != open - 1) continue;
    person_mention p;
    p.start = name->start;
    p.end = name->end;
    p.role = role;
    p.source = cue::role;
    out.push_back(std::move(p));
  }
}

// "og ejer af CONDI, " between a title and the name it introduces.
std::optional<name_span> name_after_gap(std::string_view text, name_reader& names, std::size_t pos,
                                        const finder_options& options) {
  const std::size_t limit = std::min(text.size(), pos + 60);
  for (std::size_t i = pos; i < limit; ++i) {
    const char c = text[i];
    if (c == '\n' || c == '(' || c == ')' || c == '.' || c == ':' || c == ';') return std::nullopt;
    if (c != ',') continue;
    if (i + 1 >= text.size() || text[i + 1] != ' ') return std::nullopt;
    const auto name = names(i + 2);
    if (!name || name->words < options.min_name_parts) return std::nullopt;
    const std::size_t e = name->end;
    const bool closes = e >= text.size() || text[e] == '.' || text[e] == ',' || text[e] == '\n' ||
                        text[e] == ')' || text.compare(e, 4, " og ") == 0;
    return closes ? name : std::nullopt;
  }
  return std::nullopt;
}

void add_role_cue(std::string_view text, name_reader& names, std::size_t start, std::size_t end,
                  const finder_options& options, std::vector<person_mention>& out) {
  const std::string_view word = text.substr(start, end - start);
  // role_of() asks may_be_role()'s question first; the word scan asked it inline.
  if (danish::role_of(word).empty()) return;
  std::string role = role_before(text, end);
  if (role.empty()) return;
  std::size_t name_pos = end;
  if (name_pos < text.size() && text[name_pos] == ',') {
    // "Navn (V), formand, Helle Dam (A)": the role is a list piece of its
    // own and belongs to the entry before, not to the name after it.
    if (closes_entry_before(text, start)) return;
    ++name_pos;
  }
  std::optional<name_span> name;
  if (name_pos + 1 < text.size() && text[name_pos] == ' ') name = names(name_pos + 1);
  if (!name || name->words < options.min_name_parts)
    name = name_after_gap(text, names, end, options);
  if (!name || name->words < options.min_name_parts) return;
  person_mention p;
  p.start = name->start;
  p.end = name->end;
  p.role = std::move(role);
  p.source = cue::role;
  out.push_back(std::move(p));
}

void add_first_name_cue(std::string_view text, const danish::line_index& lines, name_reader& names,
                        std::size_t start, std::size_t end, const finder_options& options,
                        std::vector<person_mention>& out) {
  if (!danish::starts_upper(text.substr(start, end - start))) return;
  if (end + 1 >= text.size() || text[end] != ' ' || !danish::starts_upper(text.substr(end + 1)))
    return;
  std::string_view first = text.substr(start, end - start);
  first = first.substr(0, first.find('-'));
  if (!danish::is_first_name(first)) return;
  const auto name = names(start);
  if (!name || name->words < std::max(2, options.min_name_parts)) return;
  if (is_location_line(text, lines, start)) return;
  person_mention p;
  p.start = name->start;
  p.end = name->end;
  p.source = cue::first_name;
  // "Direktør for Børn og Unge Helle Bruun Abildgaard": the title before the area.
  const span last =
      p.start >= 2 && text[p.start - 1] == ' ' ? token_before(text, p.start - 1) : span{};
  if (!last.empty()) p.role = title_for_area_before(text, last);
  out.push_back(std::move(p));
}

// Room for the mentions a kind of cue finds in `text`, reserved up front: a
// mention holds two strings, which each regrowth of its vector moved. The
// word scan and the other cues each find about one a kilobyte in minutes
// (one for 1,270 bytes on the bench); twice that spares nearly all
// regrowth, and a text with more only grows the vector as before.
std::size_t expected_mentions(std::string_view text) {
  constexpr std::size_t bytes_a_mention = 512;
  return text.size() / bytes_a_mention + 1;
}

// What one pass over the words finds: absence phrases, and mentions by the
// two word-started cues (titles and first names), each in text order.
struct word_findings {
  explicit word_findings(std::string_view text) : names(text) {}
  std::vector<phrase_hit> absence_phrases;
  std::vector<person_mention> cues;
  /// The names the cues read, for the cues after the scan to ask again.
  name_reader names;
};

// The bytes that danish::lower_ascii() turns into `lowered`: none for an
// ASCII capital, a small letter and its capital, any other byte itself.
std::array<int, 2> bytes_lowered_to(unsigned lowered) {
  if (lowered >= 'A' && lowered <= 'Z') return {-1, -1};
  if (lowered >= 'a' && lowered <= 'z')
    return {static_cast<int>(lowered), static_cast<int>(lowered) - 32};
  return {static_cast<int>(lowered), -1};
}

// danish::title_last_two_bytes() (by a word's last two bytes ASCII
// lowercased, the last one low) by the last two bytes as written, as the top
// half of load4() of a word's last four holds them (the last one high): the
// word scan's test is one shift and one bit test, with no byte lowercased.
// Built when the plugin is loaded, from the few pairs the titles end in.
const danish::bit_table<65536> title_last_two_as_written = [] {
  const danish::bit_table<65536>& lowered = danish::title_last_two_bytes();
  danish::bit_table<65536> t;
  for (std::size_t w = 0; w < lowered.words.size(); ++w) {
    for (std::uint64_t bits = lowered.words[w]; bits != 0; bits &= bits - 1) {
      const auto pair =
          static_cast<unsigned>(w * 64 + static_cast<unsigned>(std::countr_zero(bits)));
      for (const int before : bytes_lowered_to(pair >> 8)) {
        for (const int last : bytes_lowered_to(pair & 0xFF)) {
          if (before >= 0 && last >= 0)
            t.set(static_cast<unsigned>(last) * 256u + static_cast<unsigned>(before));
        }
      }
    }
  }
  return t;
}();

// Out of line: inlined into find_people() with the name reader, GCC gave
// the word loop one more instruction a word (some 2 M on the bench corpus).
[[gnu::noinline]] word_findings scan_words(std::string_view text, const danish::line_index& lines,
                                           const finder_options& options) {
  word_findings found(text);
  found.cues.reserve(expected_mentions(text));
  const danish::byte_set<4096>& title_tails = danish::title_tails();
  const char* const data = text.data();
  // Every blank followed by a letter starts a word, so every phrase is seen
  // here. The four-byte opening is tested too (as absence_phrase_at() does
  // first): most words after a blank start with a phrase's letter.
  auto may_open_absence = [&](std::size_t start) {
    return absence_first_letters[static_cast<unsigned char>(data[start])] && start > 0 &&
           is_blank_byte(data[start - 1]) && start + 4 <= text.size() &&
           absence_opening_hashes.test(danish::caseless_hash4(danish::load4(data + start)));
  };
  // Most words end like no title: may_be_role()'s tests, inline (a word
  // here has no punctuation for it to strip). The last two bytes rule out
  // most words with a letter from 0x80 near their end ("også", "møde"),
  // which the four-byte table leaves to them.
  auto may_be_title = [&](std::size_t start, std::size_t end) {
    if (end - start < 4) return false;
    const std::uint32_t tail = danish::load4(data + end - 4);
    return (danish::has_non_ascii(tail) || title_tails.test(danish::caseless_hash4(tail))) &&
           title_last_two_as_written.test(tail >> 16);
  };
  // A first name is capitalised and followed by a blank and a capital.
  // Most words are lowercase: that test first.
  const bool use_first_names = options.use_first_names;
  const std::size_t size = text.size();
  // The word after the blank is capitalised too (add_first_name_cue()
  // asks it): most capitalised words open a sentence ("Det er").
  auto is_lower_ascii = [](char c) { return c >= 'a' && c <= 'z'; };
  auto may_be_first_name = [data, use_first_names, size, is_lower_ascii](std::size_t start,
                                                                         std::size_t end) {
    return !is_lower_ascii(data[start]) && use_first_names && end + 1 < size && data[end] == ' ' &&
           !is_lower_ascii(data[end + 1]);
  };
  // The cues a word may give, as bits: the visit asks none of the tests
  // again. Most words give none, and are asked each test once, in this
  // order. The test is inlined into the word loop (see for_each_word()).
  enum : unsigned char { absence_cue = 1, title_cue = 2, first_name_cue = 4 };
  for_each_word(
      text,
      [&](std::size_t start, std::size_t end) __attribute__((always_inline))->unsigned char {
        if (may_open_absence(start)) {
          return absence_cue | (may_be_title(start, end) ? title_cue : 0) |
                 (may_be_first_name(start, end) ? first_name_cue : 0);
        }
        if (may_be_title(start, end))
          return title_cue | (may_be_first_name(start, end) ? first_name_cue : 0);
        return may_be_first_name(start, end) ? first_name_cue : 0;
      },
      [&](std::size_t start, std::size_t end, unsigned char cues) {
        if ((cues & absence_cue) != 0) {
          if (const std::size_t length = absence_phrase_at(text, start)) {
            found.absence_phrases.push_back({start - 1, length + 1});
          }
        }
        if ((cues & title_cue) != 0)
          add_role_cue(text, found.names, start, end, options, found.cues);
        if ((cues & first_name_cue) != 0) {
          add_first_name_cue(text, lines, found.names, start, end, options, found.cues);
        }
      });
  return found;
}

// `other` is dropped after the merge (merge_overlaps()): its strings are moved.
void merge_into(person_mention& kept, person_mention&& other) {
  if (kept.party.empty()) kept.party = std::move(other.party);
  if (kept.role.empty()) kept.role = std::move(other.role);
  kept.absent = kept.absent || other.absent;
  kept.in_header = kept.in_header || other.in_header;
  kept.source = std::min(kept.source, other.source);
}

// Merges the mentions of `found`, then those of `more`, as one list: the
// word scan's cues come after the other cues, and were moved after them.
std::vector<person_mention> merge_overlaps(std::vector<person_mention>& found,
                                           std::vector<person_mention>& more) {
  // The mentions' order is sorted as pointers: a mention holds two strings,
  // which every move of the sort moved. std::sort makes the same comparisons
  // and the same moves whatever it moves, so the order, ties too, is the one
  // a sort of the mentions gives.
  std::vector<person_mention*> order;
  order.reserve(found.size() + more.size());
  for (person_mention& m : found) order.push_back(&m);
  for (person_mention& m : more) order.push_back(&m);
  std::sort(order.begin(), order.end(), [](const person_mention* a, const person_mention* b) {
    if (a->start != b->start) return a->start < b->start;
    if (a->end != b->end) return a->end > b->end;
    return a->source < b->source;
  });
  std::vector<person_mention> out;
  out.reserve(order.size());
  for (person_mention* const next : order) {
    person_mention& m = *next;
    if (!out.empty() && m.start < out.back().end) {
      if (m.end > out.back().end && m.source < out.back().source) {
        person_mention replaced = std::move(m);
        merge_into(replaced, std::move(out.back()));
        out.back() = std::move(replaced);
      } else {
        merge_into(out.back(), std::move(m));
      }
      continue;
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace

std::string role_phrase(std::string_view phrase) {
  phrase = danish::trim(phrase);
  // Most phrases asked about are a parenthesis's party letters ("A", "SF"):
  // role_at() finds a role only in a word role_of() names, and a word shorter
  // than four bytes is none (danish/roles.hpp), so neither is a phrase that short.
  constexpr std::size_t shortest_title = 4;
  if (phrase.size() < shortest_title) return {};
  std::size_t after = 0;
  return role_at(phrase, 0, phrase.size(), after);
}

std::vector<person_mention> find_people(std::string_view text, std::size_t header_end,
                                        const finder_options& options) {
  const std::vector<danish::parenthesis> parentheses = danish::find_parentheses(text);
  return find_people(text, header_end, parentheses, danish::find_party_mentions(text, parentheses),
                     options);
}

std::vector<person_mention> find_people(std::string_view text, std::size_t header_end,
                                        const std::vector<danish::parenthesis>& parentheses,
                                        const std::vector<danish::party_mention>& parties,
                                        const finder_options& options) {
  // Lines found once: walking back to the last LF for each mention cost
  // quadratic time on a long line of names.
  const danish::line_index lines(text);
  word_findings words = scan_words(text, lines, options);
  // The cues below ask for the names at many of the scan's words again.
  name_reader& names = words.names;
  // The order of the cues below is the order merge_overlaps() sees ties in.
  std::vector<person_mention> found;
  found.reserve(expected_mentions(text));
  add_attendance(text, lines, names, header_end, options, found);
  add_absence_phrases(text, lines, names, words.absence_phrases, options, found);
  add_party_cues(text, parties, options, found);
  add_party_cues(text, comma_party_letters(text), options, found);
  add_parenthesised_roles(text, parentheses, options, found);
  return merge_overlaps(found, words.cues);
}

}  // namespace protokol::people
