#include "numbers.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <unordered_set>

#include "danish/bytes.hpp"
#include "danish/numbers.hpp"
#include "table_rows.hpp"
#include "text_util.hpp"

namespace protokol::segmenter {
namespace {

// Number lines are short; longer lines are sentences that mention a number.
constexpr std::size_t max_number_line = 160;

// First letters of every label, to skip the pattern on other lines; a
// label may follow the name of the case system ("Acadre sagsnr.:").
constexpr std::string_view label_starts[] = {"sag",    "j.",   "jnr",      "j nr",  "jour",
                                             "dok",    "akt",  "acadre",   "sbsys", "edoc",
                                             "captia", "esdh", "workzone", "kle",   "emne"};

constexpr std::size_t sag_start = 0;
static_assert(label_starts[sag_start] == "sag", "may_go_on_as_case_label reads what follows it");

// Each label start's folded_first_two.
constexpr auto label_start_keys = [] {
  std::array<std::uint16_t, std::size(label_starts)> out{};
  for (std::size_t k = 0; k < out.size(); ++k) out[k] = folded_first_two(label_starts[k]);
  return out;
}();
static_assert(std::all_of(std::begin(label_starts), std::end(label_starts),
                          [](std::string_view s) { return s.size() >= 2; }),
              "label_start_keys reads two bytes of every start");

// The label_start_keys as a set of all 65536 keys: a line whose first two
// bytes open no start ("De", "Se", "Ef" pass the first byte) is turned away
// before the starts are looked at one by one.
constexpr auto label_start_key_set = [] {
  danish::bit_table<65536> t;
  for (const std::uint16_t key : label_start_keys) t.set(key);
  return t;
}();

// A label, after the name of the case system or not ("Acadre sagsnr.:"),
// or the system's name alone with a colon ("Acadre: 24/2211") or before the
// number ("SBSYS 27.00.00-G01-1-23", "Acadre 23/456").
const RE2& label_pattern() {
  static const RE2 re(
      R"(^[*_]*(?i:(?:acadre|sbsys|edoc|captia|esdh|workzone)\s*(?::|\d)|)"
      R"((?:(?:acadre|sbsys|edoc|captia|esdh|workzone)[-\s]+)?)"
      R"((?:sags?[.-]?\s?nr\.?|sags?nummer|sag\s+nr\.?|sags?[-\s]?id|sag\s*:|)"
      R"(j\.?-?\s?nr\.?|jour\.?\s?nr\.?|journal[-\s]?nr\.?|)"
      R"(kle[-\s]?nr\.?|emnenr\.?|)"
      R"(journalnummer|dok\.?\s?nr\.?|dokument\s?nr\.?|dokumentnummer|akt\s?id)\s*:?))");
  return re;
}

bool is_separator(char c) {
  return c == ' ' || c == '\t' || c == ',' || c == ';' || c == ':' || c == '.' || c == '/' ||
         c == '-' || c == '(' || c == ')' || c == '|';
}

bool has_emphasis(std::string_view text) {
  return text.find("**") != std::string_view::npos || text.find("__") != std::string_view::npos;
}

// "**Sagsnr.:** 24/4512" (markdown exports): the label may be bold.
std::string_view skip_emphasis(std::string_view text) {
  while (!text.empty() && (text[0] == '*' || text[0] == '_')) text.remove_prefix(1);
  return text;
}

// danish::find_numbers on the text without emphasis markers, so that a bold
// label ("**Dok.nr.:** 23/18765-14") still decides the kind. Offsets are
// not used by the callers; the copy is made only for the rare marked line.
std::vector<danish::number_match> find_numbers_unmarked(std::string_view text) {
  if (!has_emphasis(text)) return danish::find_numbers(text);
  std::string clean;
  append_clean(clean, text);
  return danish::find_numbers(clean);
}

// "Sag 306-2009-600", "Dok. 306-2019-263412": a short label (no "nr.")
// before exactly one number of a known form, nothing else on the line. The
// label says the kind; "Sag 2: Høring" (an item heading) holds no number.
struct short_label {
  std::string_view word;
  bool document;
};
constexpr short_label short_labels[] = {{"sag ", false}, {"dok. ", true}, {"dok ", true}};

std::optional<danish::number_match> short_label_number(std::string_view text, bool& document) {
  text = trim(text);
  for (const auto& l : short_labels) {
    if (!starts_with_ci(text, l.word)) continue;
    const std::string_view rest = trim(text.substr(l.word.size()));
    const auto found = danish::find_numbers(rest);
    if (found.size() != 1 || found[0].start != 0 || found[0].end != rest.size()) return {};
    document = l.document;
    return found[0];
  }
  return {};
}

// "FOU 35/2008": a unit's one to four capitals and a blank before a number
// (Copenhagen's case numbers, 2005-2009): the length of the capitals and the
// blank, 0 when `text` starts otherwise.
std::size_t unit_prefix(std::string_view text) {
  std::size_t p = 0;
  while (p < text.size() && p < 5 && text[p] >= 'A' && text[p] <= 'Z') ++p;
  return p >= 1 && p <= 4 && p + 1 < text.size() && text[p] == ' ' &&
                 starts_digit(text.substr(p + 1))
             ? p + 1
             : 0;
}

// The number of `text` when it is a unit's capitals and one number, all of it.
std::optional<std::string> unit_number(std::string_view text) {
  text = trim(text);
  const std::size_t prefix = unit_prefix(text);
  if (prefix == 0) return std::nullopt;
  const auto found = danish::find_numbers(text.substr(prefix));
  if (found.size() != 1 || found[0].start != 0 || found[0].end != text.size() - prefix)
    return std::nullopt;
  return std::string(text.substr(0, prefix)) + found[0].value;
}

// The bytes label_pattern() lets follow "sag" at a line's start (after a
// system's name nothing does): "sags?[.-]?\s?nr", "sags?nummer",
// "sag\s+nr", "sags?[-\s]?id", "sag\s*:", ignoring case. A byte of more
// than ASCII is let through (RE2 folds "ſ" with "s" too). The lines that
// open so ("Sagsfremstilling", "Sagen", "Sagsbehandler": 1,289 of the 3,374
// calls over the bench's documents) then skip RE2.
bool may_follow_sag(char c, bool after_s) {
  const auto byte = static_cast<unsigned char>(c);
  if (byte >= 0x80) return true;
  const char lower = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (lower == 'n' || lower == 'i' || c == '.' || c == '-' || danish::is_re2_blank(c)) return true;
  return !after_s && c == ':';
}

// False when `rest`, what follows "sag" at a line's start, certainly opens
// no case number label.
bool may_go_on_as_case_label(std::string_view rest) {
  if (rest.empty()) return false;
  if (rest[0] == 's' || rest[0] == 'S') return rest.size() > 1 && may_follow_sag(rest[1], true);
  return may_follow_sag(rest[0], false);
}

}  // namespace

bool is_number_label_line(std::string_view text) {
  text = trim(text);
  if (text.empty() || text.size() > max_number_line) return false;
  const std::string_view head = skip_emphasis(text);
  static constexpr first_byte_set first_bytes(label_starts);
  // Every start is two bytes or more; the two first, folded, rule out most
  // starts before starts_with_ci ("Der", "Som", "Efter" begin as none does).
  if (head.size() < 2 || !first_bytes.may_start(head)) return false;
  const std::uint16_t key = folded_first_two(head);
  if (!label_start_key_set.test(key)) return false;
  std::size_t k = 0;
  while (k < std::size(label_starts) &&
         !(label_start_keys[k] == key && starts_with_ci(head, label_starts[k])))
    ++k;
  if (k == std::size(label_starts)) return false;
  if (k == sag_start && !may_go_on_as_case_label(head.substr(3))) return false;
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), label_pattern());
}

bool is_number_head_row(std::string_view text) {
  const std::string_view t = trim(text);
  if (!t.starts_with('|') && t.find('\t') == std::string_view::npos) return false;
  const std::vector<std::string_view> cells = row_cells(text);
  return cells.size() >= 2 &&
         std::any_of(cells.begin(), cells.end(),
                     [](std::string_view c) { return is_number_label_line(c); }) &&
         std::none_of(cells.begin(), cells.end(), [](std::string_view c) {
           return c.find_first_of("0123456789") != std::string_view::npos;
         });
}

// A bare number line is short and mostly digits and separators.
constexpr std::size_t max_bare_line = 64;

// "00.01.00A04 - " (a KLE subject and action facet, no serial: the case's
// class, not its number) before the case number; where it ends, else 0.
// A blank after the dash: "00.17.00-A00-8-16" is a whole journal number.
std::size_t kle_class_end(std::string_view text) {
  static const RE2 kle_class(R"(\d{2}\.\d{2}\.\d{2}[-–]?[A-ZÆØÅ]\d{2}\s*[-–]\s+)");
  re2::StringPiece input(text.data(), text.size());
  if (!RE2::Consume(&input, kle_class)) return 0;
  return static_cast<std::size_t>(input.data() - text.data());
}

std::string_view after_status(std::string_view text, bool& closed) {
  static constexpr std::string_view statuses[] = {"Åbent", "Åben", "Lukket"};
  const std::string_view t = trim(text);
  for (const std::string_view status : statuses) {
    if (!starts_with_ci(t, status)) continue;
    const std::string_view rest = trim(t.substr(status.size()));
    for (const std::string_view dash : {std::string_view("- "), std::string_view("– ")}) {
      if (!rest.starts_with(dash)) continue;
      closed = status == "Lukket";
      const std::string_view numbers = trim(rest.substr(dash.size()));
      return numbers.substr(kle_class_end(numbers));
    }
  }
  return text;
}

bool is_number_line(std::string_view text) {
  text = trim(text);
  // "| Sagsnr.: | 24/1123 |" (a converter's table): '|' separates.
  if (text.starts_with('|')) text = trim(text.substr(1));
  if (text.empty() || text.size() > max_number_line) return false;
  // Every number danish::find_numbers reads holds two digits or more, and a
  // bare number line four: a line without a digit is no number line. Asked
  // of every attachment's name ("Notat om skoler"), most of which hold none.
  if (!holds_digit(text)) return false;
  // "CHL 36/2008" under the title (Copenhagen's lokaludvalg, trial BK).
  if (unit_number(text)) return true;
  bool closed = false;
  if (text[0] == '\xC3' || text[0] == 'L' || text[0] == 'l') text = after_status(text, closed);
  const bool labelled = is_number_label_line(text);
  bool document = false;
  if (!labelled && short_label_number(text, document)) return true;
  if (!labelled) {
    if (text.size() > max_bare_line || (!starts_digit(text) && !starts_upper(text))) return false;
    const auto digits =
        std::count_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits < 4 || static_cast<std::size_t>(digits) * 3 < text.size()) return false;
  }
  if (labelled) {
    const auto found = find_numbers_unmarked(text);
    if (found.empty()) return false;
    // "Sagsnr. 2024-004512. Kommunen har sendt standarden i høring.": a
    // sentence after the number is the item's text, the line no number line.
    const std::string_view rest = trim(text.substr(std::min(found.back().end, text.size())));
    constexpr std::size_t min_sentence_words = 4;
    return !(rest.ends_with('.') &&
             static_cast<std::size_t>(std::count(rest.begin(), rest.end(), ' ')) + 1 >
                 min_sentence_words);
  }
  const auto found = danish::find_numbers(text);
  if (found.empty()) return false;
  // Outside the numbers only separators may remain.
  std::size_t pos = 0;
  for (const auto& m : found) {
    for (std::size_t i = pos; i < m.start && i < text.size(); ++i) {
      if (!is_separator(text[i])) return false;
    }
    pos = std::max(pos, m.end);
  }
  for (std::size_t i = pos; i < text.size(); ++i) {
    if (!is_separator(text[i])) return false;
  }
  return true;
}

bool is_number_line(const line& l) {
  if (l.number_line < 0) l.number_line = is_number_line(l.text) ? 1 : 0;
  return l.number_line == 1;
}

std::size_t trailing_number(std::string_view title) {
  constexpr std::size_t max_number = 40;
  title = trim(title);
  if (title.size() < 7 || title.back() != ')' || !starts_digit(title.substr(title.size() - 2)))
    return std::string_view::npos;
  const std::size_t open = title.rfind('(');
  if (open == std::string_view::npos || open == 0 || title.size() - open > max_number)
    return std::string_view::npos;
  const std::string_view inside = trim(title.substr(open + 1, title.size() - open - 2));
  // "(sagsnr. 24/4512)": with its label.
  if (is_number_label_line(inside)) {
    const auto labelled = danish::find_numbers(inside);
    return labelled.size() == 1 && labelled[0].end == inside.size() ? open : std::string_view::npos;
  }
  // "Meddelelser(FOU 35/2008)": a unit's capitals before the number.
  if (unit_number(inside)) return open;
  const auto found = danish::find_numbers(inside);
  if (found.size() != 1 || found[0].start != 0 || found[0].end != inside.size())
    return std::string_view::npos;
  return open;
}

void collect_numbers(std::string_view text, std::vector<std::string>& cases,
                     std::vector<std::string>& documents) {
  bool document = false;
  if (const auto m = short_label_number(text, document)) {
    (document ? documents : cases).push_back(m->value);
    return;
  }
  if (std::optional<std::string> unit = unit_number(text)) {
    cases.push_back(std::move(*unit));
    return;
  }
  for (const auto& m : find_numbers_unmarked(text)) {
    (m.kind == "document_number" ? documents : cases).push_back(m.value);
  }
}

void drop_repeated(std::vector<std::string>& values) {
  // An item's one to a few numbers: each compared with those kept before
  // it, in place. A set and a new vector cost ~960 instructions an item's
  // case numbers (4.9 M over the 400 bench documents), most of it
  // allocating for one or two values.
  constexpr std::size_t few_values = 16;
  if (values.size() <= few_values) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
      const auto kept_end = values.begin() + static_cast<std::ptrdiff_t>(kept);
      if (std::find(values.begin(), kept_end, values[i]) != kept_end) continue;
      if (kept != i) values[kept] = std::move(values[i]);
      ++kept;
    }
    values.resize(kept);
    return;
  }
  // A set, not a search per value: one item may hold thousands of numbers.
  std::unordered_set<std::string_view> seen;
  std::vector<std::string> kept;
  kept.reserve(values.size());
  for (std::string& v : values) {
    if (seen.count(v) != 0) continue;
    kept.push_back(std::move(v));
    seen.insert(kept.back());  // reserved: kept's strings never move
  }
  values = std::move(kept);
}

}  // namespace protokol::segmenter
