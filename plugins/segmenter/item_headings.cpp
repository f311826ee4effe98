#include "item_headings.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <utility>
#include <vector>

#include "danish/dates.hpp"
#include "header.hpp"
#include "heading_map.hpp"
#include "numbers.hpp"
#include "outcomes.hpp"
#include "people.hpp"
#include "text_util.hpp"
#include "titles.hpp"
#include "utf8/utf8.hpp"

namespace protokol::segmenter {
namespace {

constexpr item_pattern patterns_table[] = {
    // "Punkt 3: Title", "Punkt 3 Title", "Punkt 3, Title", "Pkt. 3", "Punkt nr. 3 -",
    // "Dagsordenspunkt 3", "Punkt: 3 Title", "Dagsordenens punkt 3. Title"
    // (councils' minutes).
    {"punkt", item_style::labelled, "punkt|pkt|dagsordenspunkt|dagsordenens punkt",
     R"([*_]*(?i:punkt|pkt\.?|dagsordenspunkt|dagsordenens\s+punkt)(?:\s+(?i:nr)\.?)?(?:\s*:)?\s*(\d{1,4})(?:\s*[:.,)–-]|[*_]|\s|$)[*_\s]*(.*))"},
    // "Sag 3: Title", "Sag nr. 3 Title", "Sag: 3 Title" (never "Sag 12/27845").
    {"sag", item_style::labelled, "sag |sag:",
     R"([*_]*(?i:sag)(?:\s+(?i:nr)\.?)?(?:\s*:)?\s+(\d{1,4})(?:\s*[:.,)–-]|[*_]|\s|$)[*_\s]*(.*))"},
    // "Nr.1 - Title", "Nr. 1: Title": a separator is required ("Nr. 3 i ..." is prose);
    // a column's gap will do before a body's case number and a full stop
    // ("Nr. 27           BR 551/06. Title", Copenhagen's council protocols of
    // 2006; never a table's row "Nr. 1     Hovedgaden 450.000 kr.").
    {"nr", item_style::labelled, "nr",
     R"([*_]*(?i:nr)\.?\s*(\d{1,4})(?:\s*[:–-][*_\s]*(.*)|(?:\s{2,}|\t)\s*(\p{Lu}{1,4} \d{1,5}/(?:\d{2}|\d{4})\. \p{Lu}.*)))"},
    // "Ad 1. Title", "Ad pkt. 2: Title", "Ad punkt 3 Title", "Ad. 1. Title": minutes
    // that answer the agenda point by point.
    {"ad", item_style::labelled, "ad |ad.",
     R"([*_]*(?i:ad)\.?\s+(?:(?i:punkt|pkt)\.?\s*)?(\d{1,3})(?:\s*[:.,)–-]|[*_]|\s|$)[*_\s]*(.*))"},
    // "3. Title", or "3." alone with the title on a later line; "3\. Title"
    // where a markdown export escaped the list marker; "3.Title (B)" without
    // the blank when a capital follows ("3.maj", "1.500" are no headings).
    {"numbered", item_style::numbered, "",
     R"([*_]*(\d{1,3})\\?\.(?:[*_]*\s+[*_]*(.*)|[*_]*()|(\p{Lu}.*)))"},
    // "3 (Åben) Title", "3. (Lukket) Title": the number, then whether the
    // item is open or closed (kept in the title for strip_closed_markers).
    {"marked", item_style::numbered, "",
     R"([*_]*(\d{1,3})\.?\s+[*_]*(\((?i:åben|åbent|lukket)(?:\s+(?i:punkt|sag))?\).*))", '('},
    // "3 : Title", "3: Title" (never a time: "16:00").
    {"colon", item_style::numbered, "", R"([*_]*(\d{1,3})\s*:\s+[*_]*(\S.*))"},
    // "3  Title": the number and the title apart by two or more blanks or a
    // tab, as web pages lay them out with no-break spaces.
    {"spaced", item_style::numbered, "", R"((\d{1,3})(?:\s{2,}|\t)\s*(\S.*))"},
    // "3.2 Title", "3.2. Title": two-level numbering, items under group
    // headings ("3. Sager til orientering"); never a section ("2.1 Baggrund").
    {"dotted", item_style::numbered, "", R"([*_]*(\d{1,2})\.(?:\d{1,2})\.?[*_]*\s+[*_]*(\S.*))"},
    // "## 1 Godkendelse af dagsorden": in a heading (markdown or bold) a
    // number and one blank before a capital will do, as an HTML reader
    // gives "<h2>1&nbsp;&nbsp;Title</h2>"; in running text it is a count.
    // "### 1 ### Title": a converter that marks each span of a heading
    // (pymupdf4llm's forerunner) repeats the heading's marks before the title.
    {"headed", item_style::numbered, "", R"([*_]*(\d{1,3})\s+(?:#{1,6}\s+)?[*_]*(\p{Lu}.*))", '\0',
     true},
    // "1 Åbent<tab>Title", "5 Lukket   Title": the number, then a column
    // saying whether the item is open (kept in the title for
    // strip_column_marker), then a tab or a run of blanks; or the column
    // alone ("1 Åbent" over the title: pdftotext's reading of that row).
    // A single blank before a capitalised title will do too ("2 Lukket Køb af
    // ejendom", a Word table's row flattened by a PDF's text), and so will a
    // colon after the status ("3 Lukket punkt: Køb af ejendom", pdfminer's
    // reading of a number cell beside the title).
    {"column", item_style::numbered, "",
     R"([*_]*(\d{1,3})\.?\s+[*_]*((?:Åbent|Åben|ÅBENT|Lukket|LUKKET)(?:(?:\t|\s{2,})\s*\S.*| \p{Lu}.*|(?:\s+(?i:punkt|sag))?\s*:\s*\S.*|\s*)|)"
     // "3 Åbent punkt", "5 Lukket sag", "5 Fortroligt", "5 lukket": the
     // status in other words, alone over the title.
     R"((?i:åbent|åben|lukket)(?:\s+(?i:punkt|sag|behandling|møde))?(?:\s*\([^()]{1,40}\))?\s*|)"
     R"((?i:fortroligt|ikke offentligt)(?:\s+(?i:punkt|sag))?\s*))"},
    // "1) Godkendelse af dagsorden": a list's closing parenthesis; a capital
    // must follow ("1) at ..." is a recommendation's point).
    {"paren", item_style::numbered, "", R"([*_]*(\d{1,3})\)\s+[*_]*(\p{Lu}.*))"},
    // "1 - Godkendelse af dagsorden": the number, a dash between blanks, a capital.
    {"dash", item_style::numbered, "", R"([*_]*(\d{1,3})\s+[-–]\s+[*_]*(\p{Lu}.*))"},
    // "§ 12. Godkendelse af dagsorden", "§ 3 Budget": the paragraph sign of
    // older council protocols; a capital must follow ("§ 17, stk. 4" is law).
    {"paragraph", item_style::numbered, "§", R"([*_]*§\s*(\d{1,3})\.?\s+[*_]*(\p{Lu}.*))"},
    // "1Godkendelse af dagsorden" (Frederikssund's pages saved as text): the
    // number glued to a capitalised word ("3D-print" is no heading).
    {"glued", item_style::numbered, "", R"([*_]*(\d{1,3})([A-ZÆØÅ][a-zæøåé].*))"},
    // "ØU 45/2024 Regnskab 2023", "BK 31/2023 Title": the committee's code,
    // the item's number and the year, as a case (tried only on lines that
    // start with 1-4 capitals and a blank before a digit: patterns_for).
    {"coded", item_style::labelled, "",
     R"([*_]*[A-ZÆØÅ]{1,4}\s+(\d{1,4})/(?:\d{2}|\d{4})\s+[*_]*(\p{Lu}.*))"},
    // "49/1. Spørgetid (Åben sag)" (a council's minutes of 2004): the item's
    // number for the year, a slash, its place on this agenda, a full stop and
    // a capital. The year's number is the item's, as the minutes cite it.
    {"slashed", item_style::numbered, "", R"([*_]*(\d{1,4})/\d{1,3}\.\s+[*_]*(\p{Lu}.*))"},
};

// The row of two-level numbers, and of the group headings above them.
constexpr std::size_t dotted_row = 8;
constexpr std::size_t punkt_row = 0;
constexpr std::size_t nr_row = 2;
constexpr std::size_t numbered_row = 4;
constexpr std::size_t colon_row = 6;
constexpr std::size_t spaced_row = 7;
constexpr std::size_t headed_row = 9;
constexpr std::size_t column_row = 10;
constexpr std::size_t paren_row = 11;
constexpr std::size_t dash_row = 12;
constexpr std::size_t paragraph_row = 13;
constexpr std::size_t glued_row = 14;
constexpr std::size_t coded_row = 15;
constexpr std::size_t slashed_row = 16;
static_assert(std::string_view(patterns_table[dotted_row].name) == "dotted");
static_assert(std::string_view(patterns_table[punkt_row].name) == "punkt");
static_assert(std::string_view(patterns_table[slashed_row].name) == "slashed");
static_assert(std::string_view(patterns_table[numbered_row].name) == "numbered");
static_assert(std::string_view(patterns_table[colon_row].name) == "colon");
static_assert(std::string_view(patterns_table[spaced_row].name) == "spaced");
static_assert(std::string_view(patterns_table[headed_row].name) == "headed");
static_assert(std::string_view(patterns_table[nr_row].name) == "nr");
static_assert(std::string_view(patterns_table[column_row].name) == "column");
static_assert(std::string_view(patterns_table[paren_row].name) == "paren");
static_assert(std::string_view(patterns_table[dash_row].name) == "dash");
static_assert(std::string_view(patterns_table[paragraph_row].name) == "paragraph");
static_assert(std::string_view(patterns_table[glued_row].name) == "glued");
static_assert(std::string_view(patterns_table[coded_row].name) == "coded");

// "1Godkendelse": a capital right after the leading digits, before the
// glued row's RE2 is tried (most lines starting with a digit have a blank
// or a full stop there).
// What follows the leading markup and digits of `t`.
std::string_view after_digits(std::string_view t) {
  std::size_t i = 0;
  while (i < t.size() && (t[i] == '*' || t[i] == '_')) ++i;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  return t.substr(i);
}

bool capital_after_digits(std::string_view t) {
  const std::string_view rest = after_digits(t);
  return !rest.empty() && ((rest[0] >= 'A' && rest[0] <= 'Z') || rest[0] == '\xC3');
}

// A digit, or the markup before one ("**1** Title"), starts `t`.
bool may_start_number(std::string_view t) {
  return !t.empty() && ((t[0] >= '0' && t[0] <= '9') || t[0] == '*' || t[0] == '_');
}

// "1 Godkendelse": one blank and a capital after the leading digits (what
// the headed row needs), checked before anything looks at the lines under.
bool blank_capital_after_digits(std::string_view t) {
  const std::string_view rest = after_digits(t);
  return rest.size() > 1 && rest.size() < t.size() && rest[0] == ' ' &&
         ((rest[1] >= 'A' && rest[1] <= 'Z') || rest[1] == '\xC3' || rest[1] == '*' ||
          rest[1] == '_');
}

// The `\s+[*_]*(\p{Lu}.*)` that ends the paren and dash rows' patterns:
// blanks, emphasis, then a byte that may start a capital (A-Z, or a byte of
// a character outside ASCII). "1) at ...", "02 - nogle af ...": a
// recommendation's point, a list's entry.
bool blanks_then_may_be_capital(std::string_view t) {
  std::size_t i = 0;
  while (i < t.size() && danish::is_re2_blank(t[i])) ++i;
  if (i == 0) return false;
  while (i < t.size() && (t[i] == '*' || t[i] == '_')) ++i;
  return i < t.size() && ((t[i] >= 'A' && t[i] <= 'Z') || static_cast<unsigned char>(t[i]) >= 0x80);
}

// "1) Title", "1 - Title": the paren and dash rows' RE2 only after their
// separator (most lines starting with a digit have a full stop there) and a
// byte that may start a capital.
bool paren_after_digits(std::string_view t) {
  const std::string_view rest = after_digits(t);
  return rest.starts_with(") ") && blanks_then_may_be_capital(rest.substr(1));
}
bool dash_after_digits(std::string_view t) {
  constexpr std::string_view hyphen = " - ";
  constexpr std::string_view en_dash = " – ";
  const std::string_view rest = after_digits(t);
  if (rest.starts_with(hyphen)) return blanks_then_may_be_capital(rest.substr(hyphen.size() - 1));
  if (rest.starts_with(en_dash)) return blanks_then_may_be_capital(rest.substr(en_dash.size() - 1));
  return false;
}

// "49/1. Title": the `slashed` row is tried only where a slash, one to three
// digits, a full stop and a blank follow the digits (not on a case number,
// "18/9413").
bool slash_after_digits(std::string_view t) {
  const std::string_view rest = after_digits(t);
  if (!rest.starts_with('/')) return false;
  std::size_t i = 1;
  while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9') ++i;
  return i >= 2 && i <= 4 && i + 1 < rest.size() && rest[i] == '.' &&
         danish::is_re2_blank(rest[i + 1]);
}

// "ØU 45/2024 Title": the `coded` row is tried only where the line's first
// digits are followed by a slash (the code before them holds none; not "I
// 2019 og 2020 ...").
bool slash_after_first_digits(std::string_view t) {
  const std::size_t digit = t.find_first_of("0123456789");
  return digit != std::string_view::npos && after_digits(t.substr(digit)).starts_with('/');
}

// "§ 12. Title": the `paragraph` row is tried only where a digit follows the
// sign and its blanks (not on "§" as a list's bullet, "§ Indsats").
bool digit_after_paragraph_sign(std::string_view t) {
  while (!t.empty() && (t.front() == '*' || t.front() == '_')) t.remove_prefix(1);
  constexpr std::string_view sign = "\u00A7";
  if (!t.starts_with(sign)) return false;
  t.remove_prefix(sign.size());
  while (!t.empty() && danish::is_re2_blank(t.front())) t.remove_prefix(1);
  return starts_digit(t);
}

// Whether "Åben..."/"Lukket..." follows the number and a blank ("1 Åbent<tab>
// Title"): the `column` row is tried only then.
bool column_marker_follows(std::string_view t) {
  std::size_t p = 0;
  while (p < t.size() && (t[p] == '*' || t[p] == '_')) ++p;
  while (p < t.size() && t[p] >= '0' && t[p] <= '9') ++p;
  if (p < t.size() && t[p] == '.') ++p;
  while (p < t.size() && (t[p] == ' ' || t[p] == '\t' || t[p] == '*' || t[p] == '_')) ++p;
  // "Lukket", "Åbent", "Fortroligt", "Ikke offentligt", in either case.
  const std::string_view rest = t.substr(p);
  if (rest.empty()) return false;
  const char lead = static_cast<char>(rest[0] | 0x20);
  return lead == 'l' || lead == 'f' || lead == 'i' || rest.starts_with("\u00C5") ||
         rest.starts_with("\u00E5");
}

// What may follow the full stop of "3." in the numbered row: markup or a
// blank before the title, or a capital ("3.Title"; any letter of more bytes
// may be one).
bool may_follow_item_number(char c) {
  return c == '*' || c == '_' || danish::is_re2_blank(c) || (c >= 'A' && c <= 'Z') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// What each row of numbers needs right after the digits (the coded and
// paragraph rows: around them), checked before its RE2: most lines starting
// with a digit ("1 bilag, heraf 1 anbefales", "1) at ...", "18/9413") are no
// heading, and each row's RE2 reads the whole line to say so (and is compiled
// only when a line first gets that far: compiled_row). Every check holds
// wherever the row's pattern matches.
bool separator_may_follow_digits(std::size_t row, std::string_view t) {
  switch (row) {
    case numbered_row: {  // "3. Title", "3\. Title", "3.Title", "3." alone
      const std::string_view rest = after_digits(t);
      const std::size_t dot = rest.starts_with('.') ? 1 : rest.starts_with("\\.") ? 2 : 0;
      // Never "51.61.20-A26-3-32" (a KLE journal number under every heading).
      return dot > 0 && (dot == rest.size() || may_follow_item_number(rest[dot]));
    }
    case colon_row: {  // "3 : Title", "3: Title"
      std::string_view rest = after_digits(t);
      while (!rest.empty() && danish::is_re2_blank(rest.front())) rest.remove_prefix(1);
      return rest.starts_with(':');
    }
    case spaced_row: {  // "3  Title", "3<tab>Title"
      const std::string_view rest = after_digits(t);
      return !rest.empty() && danish::is_re2_blank(rest[0]) &&
             (rest[0] == '\t' || (rest.size() > 1 && danish::is_re2_blank(rest[1])));
    }
    case dotted_row: {  // "3.2 Title", "3.2. Title"
      const std::string_view rest = after_digits(t);
      if (rest.size() < 2 || rest[0] != '.' || rest[1] < '0' || rest[1] > '9') return false;
      // The second number, a full stop after it, then markup or a blank
      // (never "24.00.00-P00-1-20").
      std::size_t p = 1;
      while (p < rest.size() && rest[p] >= '0' && rest[p] <= '9') ++p;
      if (p > 3) return false;
      if (p < rest.size() && rest[p] == '.') ++p;
      return p < rest.size() && (rest[p] == '*' || rest[p] == '_' || danish::is_re2_blank(rest[p]));
    }
    case column_row:
      return column_marker_follows(t);
    case paren_row:
      return paren_after_digits(t);
    case dash_row:
      return dash_after_digits(t);
    case glued_row:
      return capital_after_digits(t);
    case slashed_row:
      return slash_after_digits(t);
    case coded_row:
      return slash_after_first_digits(t);
    case paragraph_row:
      return digit_after_paragraph_sign(t);
    default:
      return true;
  }
}

constexpr std::size_t max_heading_length = 300;
// How far after a heading its evidence (case number, section heading) may stand.
constexpr std::size_t evidence_lines = 4;
// Item numbers may skip this many (closed items left out, numbering per year).
constexpr unsigned max_gap_labelled = 20;
constexpr unsigned max_gap_numbered = 3;
// A heading glued to a sentence ends its line; a longer tail is prose.
constexpr std::size_t max_glued_title = 150;
// Wrapped title lines are short; a long line is body text.
constexpr std::size_t max_title_line = 200;

// Words a wrapped title line cannot end with: the title goes on. The
// abbreviations at the end are followed by a number ("Budgetopfølgning pr."
// + "31. januar 2024").
constexpr std::string_view continuation_words[] = {
    "og",   "i",     "for",        "af",    "til",   "med",  "på",  "om",  "fra", "ved",
    "samt", "eller", "mellem",     "efter", "under", "over", "den", "det", "de",  "en",
    "et",   "vedr.", "vedrørende", "inkl.", "pr.",   "nr.",  "jf.", "ca.", "at",  "som",
};

// Row `Row`'s RE2, compiled the first time a line gets as far as the row
// (thread-safe, as every function-local static): a process whose documents
// hold no "§ 12." or "ØU 45/2024" line never compiles those rows. Compiling
// a row costs RE2 ~1-4 M instructions (its \p{Lu} classes), all seventeen
// ~43 M, more than RE2 spends matching them on 400 documents.
template <std::size_t Row>
const RE2& compiled_row() {
  static const RE2 re(patterns_table[Row].regex);
  return re;
}

template <std::size_t... Row>
constexpr auto compiled_rows_of(std::index_sequence<Row...>) {
  return std::array<const RE2& (*)(), sizeof...(Row)>{&compiled_row<Row>...};
}

// compiled_row<Row> of every row, by index.
constexpr auto compiled_rows =
    compiled_rows_of(std::make_index_sequence<std::size(patterns_table)>{});

const RE2& row_pattern(std::size_t row) { return compiled_rows[row](); }

// Whether RE2's ".*" takes all of `rest`: every character but a line feed,
// where each character is well-formed UTF-8 (RE2 refuses a stray byte).
// False says "not known", never "no".
bool any_text_certainly(std::string_view rest) {
  return rest.find('\n') == std::string_view::npos && utf8::is_valid_utf8(rest);
}

// The `numbered` row's pattern, [*_]*(\d{1,3})\\?\.(?:[*_]*\s+[*_]*(.*)|[*_]*()|(\p{Lu}.*)),
// read by hand: most lines asked are such headings, and RE2 takes ~2,000
// instructions a line to say so. 1 for a match, 0 for none, -1 where the
// hand reading is not sure (a capital past ASCII, a tail RE2's ".*" may
// refuse): RE2 answers those.
int read_numbered_row(std::string_view t) {
  std::size_t p = 0;
  while (p < t.size() && (t[p] == '*' || t[p] == '_')) ++p;
  const std::size_t digits = p;
  while (p < t.size() && p - digits <= 3 && t[p] >= '0' && t[p] <= '9') ++p;
  // No digit, or a fourth: a digit stands where the pattern needs '\' or '.'.
  if (p == digits || p - digits > 3) return 0;
  if (p < t.size() && t[p] == '\\') ++p;
  if (p >= t.size() || t[p] != '.') return 0;
  const std::size_t after_dot = ++p;
  while (p < t.size() && (t[p] == '*' || t[p] == '_')) ++p;
  if (p == t.size()) return 1;  // "3." alone, its marks after it
  const auto certainly = [](std::string_view rest) { return any_text_certainly(rest) ? 1 : -1; };
  // A blank after the marks: the title follows ("3. Title").
  if (danish::is_re2_blank(t[p])) return certainly(t.substr(p + 1));
  // Otherwise only "3.Title": a capital right after the full stop.
  if (p != after_dot) return 0;
  const auto c = static_cast<unsigned char>(t[p]);
  if (c >= 0x80) return -1;
  if (c < 'A' || c > 'Z') return 0;
  return certainly(t.substr(p + 1));
}

// True where the `punkt` row's pattern certainly matches all of `t` ("Punkt
// 3: Title", "Pkt. 12 Title", "Dagsordenspunkt 3", "Punkt nr. 3 -"): one way
// through the pattern, in ASCII, is followed; where it fails (a letter of
// more bytes, any other form) RE2 answers. Nearly every line asked matches.
bool certainly_punkt_row(std::string_view t) {
  std::size_t p = 0;
  while (p < t.size() && (t[p] == '*' || t[p] == '_')) ++p;
  // (?i:punkt|pkt\.?|dagsordenspunkt|dagsordenens\s+punkt)
  if (skip_word_ci(t, p, "pkt")) {
    if (p < t.size() && t[p] == '.') ++p;
  } else if (skip_word_ci(t, p, "dagsordens")) {
    if (!skip_word_ci(t, p, "punkt")) return false;
  } else if (skip_word_ci(t, p, "dagsordenens")) {
    const std::size_t word = danish::skip_re2_blanks(t, p);
    if (word == p) return false;
    p = word;
    if (!skip_word_ci(t, p, "punkt")) return false;
  } else if (!skip_word_ci(t, p, "punkt")) {
    return false;
  }
  // (?:\s+(?i:nr)\.?)?
  if (std::size_t nr = danish::skip_re2_blanks(t, p); nr > p && skip_word_ci(t, nr, "nr")) {
    if (nr < t.size() && t[nr] == '.') ++nr;
    p = nr;
  }
  // (?:\s*:)?\s*(\d{1,4})
  p = danish::skip_re2_blanks(t, p);
  if (p < t.size() && t[p] == ':') p = danish::skip_re2_blanks(t, p + 1);
  const std::size_t digits = p;
  while (p < t.size() && p - digits <= 4 && t[p] >= '0' && t[p] <= '9') ++p;
  if (p == digits || p - digits > 4) return false;
  // (?:\s*[:.,)–-]|[*_]|\s|$)[*_\s]*(.*): the end, or one such byte (or
  // the dash "–") and any text after it.
  if (p == t.size()) return true;
  constexpr std::string_view en_dash = "\u2013";
  if (t.substr(p).starts_with(en_dash)) return any_text_certainly(t.substr(p + en_dash.size()));
  const char c = t[p];
  const bool separator = danish::is_re2_blank(c) || c == '*' || c == '_' || c == ':' || c == '.' ||
                         c == ',' || c == ')' || c == '-';
  return separator && any_text_certainly(t.substr(p + 1));
}

// True where the `dotted` row's pattern certainly matches all of `t`
// ("3.2 Title", "3.2. Title", "**3.2** Title"): one way through
// [*_]*(\d{1,2})\.(?:\d{1,2})\.?[*_]*\s+[*_]*(\S.*) is followed; where it
// fails RE2 answers.
bool certainly_dotted_row(std::string_view t) {
  std::size_t p = 0;
  while (p < t.size() && (t[p] == '*' || t[p] == '_')) ++p;
  const auto one_or_two_digits = [&] {
    const std::size_t from = p;
    while (p < t.size() && p - from <= 2 && t[p] >= '0' && t[p] <= '9') ++p;
    return p > from && p - from <= 2;
  };
  if (!one_or_two_digits() || p >= t.size() || t[p] != '.') return false;
  ++p;
  if (!one_or_two_digits()) return false;
  if (p < t.size() && t[p] == '.') ++p;
  while (p < t.size() && (t[p] == '*' || t[p] == '_')) ++p;
  const std::size_t title = danish::skip_re2_blanks(t, p);
  // At least one blank, then a title whose first character is no blank.
  return title > p && title < t.size() && any_text_certainly(t.substr(title));
}

// Whether row `row`'s pattern matches all of `t`; without submatches RE2
// answers from its DFA, where no hand reading is sure.
bool row_matches(std::size_t row, std::string_view t) {
  if (row == numbered_row) {
    if (const int known = read_numbered_row(t); known >= 0) return known == 1;
  }
  if (row == punkt_row && certainly_punkt_row(t)) return true;
  if (row == dotted_row && certainly_dotted_row(t)) return true;
  return RE2::FullMatch(re2::StringPiece(t.data(), t.size()), row_pattern(row));
}

// The first words of every row, split once.
struct start_words {
  std::vector<std::pair<std::string_view, std::size_t>> words;  // word, row
  std::vector<std::size_t> digit_rows;                          // in table order
  start_words() {
    for (std::size_t i = 0; i < std::size(patterns_table); ++i) {
      std::string_view starts = patterns_table[i].starts;
      if (i == coded_row) continue;  // by its own first bytes: patterns_for
      if (starts.empty()) digit_rows.push_back(i);
      while (!starts.empty()) {
        const std::size_t bar = std::min(starts.find('|'), starts.size());
        words.emplace_back(starts.substr(0, bar), i);
        starts.remove_prefix(std::min(bar + 1, starts.size()));
      }
    }
  }
};

const start_words& start_index() {
  static const start_words index;
  return index;
}

// The pattern rows worth trying on `t`, by its first word: a line that
// starts with neither a digit nor an item label skips RE2 entirely.
std::span<const std::size_t> patterns_for(std::string_view t) {
  while (!t.empty() && (t[0] == '*' || t[0] == '_')) t.remove_prefix(1);
  const start_words& index = start_index();
  if (starts_digit(t)) return index.digit_rows;
  // "ØU 45/2024 Title": 1-4 capitals (ASCII or a two-byte Æ, Ø, Å), a blank, a digit.
  static constexpr std::size_t coded_rows[] = {coded_row};
  std::size_t p = 0;
  int capitals = 0;
  while (p < t.size() && capitals < 5) {
    if (t[p] >= 'A' && t[p] <= 'Z') {
      ++p;
    } else if (t[p] == '\xC3' && p + 1 < t.size() &&
               (t[p + 1] == '\x86' || t[p + 1] == '\x98' || t[p + 1] == '\x85')) {
      p += 2;
    } else {
      break;
    }
    ++capitals;
  }
  if (capitals >= 1 && capitals <= 4 && p + 1 < t.size() && t[p] == ' ' && t[p + 1] >= '0' &&
      t[p + 1] <= '9')
    return coded_rows;
  // Most lines start with no label's first letter: no label to compare.
  static const first_byte_set label_starts = [&] {
    std::vector<std::string_view> words;
    for (const auto& entry : index.words) words.push_back(entry.first);
    return first_byte_set(words);
  }();
  if (!label_starts.may_start(t)) return {};
  for (const auto& [word, row] : index.words) {
    if (starts_with_ci(t, word)) return {&row, 1};
  }
  return {};
}

bool ends_with_word(std::string_view text, std::string_view word) {
  if (text.size() < word.size() || !equals_ci(text.substr(text.size() - word.size()), word))
    return false;
  return text.size() == word.size() || text[text.size() - word.size() - 1] == ' ';
}

// The title line does not finish the title: "... lokalplan for", "... og",
// "Erhvervs-", "... 2024 -".
bool wants_continuation(std::string_view text) {
  text = trim(text);
  if (text.empty()) return false;
  const char last = text.back();
  if (last == ',' || last == '-' || last == '&' || last == '/' || last == '(' ||
      text.ends_with("–"))
    return true;
  for (const auto w : continuation_words) {
    if (ends_with_word(text, w)) return true;
  }
  return false;
}

// "5.Meddelelser fra formand, sekretær, kasserer og medlemmer." over
// "Formand: Ingen meddelelser" (a seniors' council's minutes): under a title
// that ended in a full stop, a line with a label or ending in a colon is the
// item's text ("Godkendt med følgende ændring:"). A title's second line
// after a full stop ("Lokalplan 358 for ... Kildegårdsvej." over "Endelig
// vedtagelse", Gentofte) has no colon.
bool text_after_full_stop(std::string_view title, std::string_view next) {
  title = trim(title);
  next = trim(next);
  return title.ends_with('.') && !wants_continuation(title) &&
         (next.ends_with(':') || next.find(": ") != std::string_view::npos);
}

bool is_bullet(std::string_view text) {
  if (text.size() < 2) return false;
  if ((text[0] == '-' || text[0] == '*') && text[1] == ' ') return true;
  if (static_cast<unsigned char>(text[0]) < 0xC2) return false;  // the rest are multibyte
  for (const std::string_view bullet : {"• ", "· ", "§ ", "▪ ", "◦ "})
    if (text.starts_with(bullet)) return true;
  return false;
}

// "forslag_tillaeg_1.pdf": an attachment's file name, as a web page links it
// under the item's heading.
bool is_file_name(std::string_view t) {
  static constexpr std::string_view extensions[] = {".pdf", ".docx", ".doc", ".xlsx",
                                                    ".xls", ".pptx", ".odt"};
  // "application/pdf icon udkast.pdf": a file link with its type's icon
  // named before it (Stevns's pages saved as text).
  for (const std::string_view type :
       {std::string_view("application/"), std::string_view("image/")}) {
    if (!t.starts_with(type)) continue;
    const std::size_t icon = t.find(" icon ");
    if (icon != std::string_view::npos) t = t.substr(icon + 6);
  }
  if (t.find(' ') != std::string_view::npos) return false;
  return std::any_of(std::begin(extensions), std::end(extensions), [&](std::string_view e) {
    return t.size() > e.size() && equals_ci(t.substr(t.size() - e.size()), e);
  });
}

// "Høring: Forslag til Kommuneplan 2023-2035": the consultation's label and
// what is put out for it, no sentence. Under a heading without a title of
// its own ("18", "Punkt 18") it is the title, as many titles begin so;
// "Beslutning: Godkendt" and the other labels stay sections.
bool labelled_title(std::string_view text) {
  const heading_match h = classify_heading(text);
  return h && h.type == heading_type::fixed && h.kind == kind::consultation &&
         !h.inline_text.empty() && !h.inline_text.ends_with('.');
}

// Lines that never continue a title. `lone_number`: the title of a lone
// number ("18" over its title) is looked for, which a labelled title may be.
bool stops_title(const line& l, bool lone_number = false) {
  const std::string_view t = l.text;
  std::string_view label, names;
  bool closed = false;
  // A table's row ("| Sagsnr. | Dokumentnr. |") is no title's words either.
  // "Referat:" under the title heads the decision (a council's minutes), as
  // does "Referat" (Region Nordjylland's pages).
  // A markdown heading under a lone label is its title ("Punkt 5" over "##
  // Forhandling om grundkøb": a card's number in a box of its own).
  return (l.md_level > 0 && !lone_number) || t.size() > max_title_line || is_bullet(t) ||
         is_file_name(t) || t == "Referat:" || t == "Referat" || is_lettered_group_line(t) ||
         trim(t).starts_with('|') ||
         (is_section_heading(t) && !(lone_number && labelled_title(t))) || is_number_line(l) ||
         is_number_label_line(t) || is_closed_line(t) ||
         (starts_upper(t) && is_closed_door_note(t)) || is_open_line(t) ||
         is_status_line(t, closed) || split_attendance_line(t, label, names) ||
         is_page_number_line(t) || match_item_heading(l).has_value();
}

// At most this many fact lines stand between a lone heading and its title.
constexpr std::size_t max_case_facts = 10;

// "Acadre sagsnr.: 17/10438", "Journalnr.: A00", "Sagsforløb: ØU - Åben sag",
// "Sagsbehandler: Marianne Godtfredsen": a fact of the case, no title.
bool is_case_fact_line(const line& l) {
  if (is_number_line(l) || is_number_label_line(l.text)) return true;
  const std::string_view t = trim(l.text);
  const std::size_t colon = t.find(':');
  return colon != std::string_view::npos && is_case_fact_label(t.substr(0, colon));
}

// The line under a lone heading that may hold its title: the next one, or
// the first after the case's facts ("Punkt: 1" over "Acadre sagsnr.:
// 17/10438" ... "Sagsbehandler: X" over the title: Acadre at Hørsholm),
// when that line reads as a title, not a sentence. `bound` when none.
std::size_t title_line_below(const std::vector<line>& lines, std::size_t heading, std::size_t bound,
                             bool& after_facts) {
  const std::size_t next = next_content(lines, heading + 1, bound);
  std::size_t candidate = next;
  std::size_t facts = 0;
  while (candidate < bound && facts < max_case_facts && is_case_fact_line(lines[candidate])) {
    candidate = next_content(lines, candidate + 1, bound);
    ++facts;
  }
  after_facts = facts > 0 && candidate < bound && !lines[candidate].text.ends_with('.') &&
                lines[candidate].text.size() <= max_title_line / 2;
  return after_facts ? candidate : next;
}

}  // namespace

bool is_attendance_label_line(std::string_view text) {
  std::string_view label, names;
  if (!split_attendance_line(text, label, names)) return false;
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return false;
  return names.empty() || colon < static_cast<std::size_t>(names.data() - text.data());
}

namespace {

// A line that says an item has begun above it: a case number, a section
// heading, a closed or open marker or an attendance label.
bool is_evidence_line(const line& l) {
  bool closed = false;
  return is_status_line(l.text, closed) || is_section_heading(l.text) || is_number_line(l) ||
         is_number_label_line(l.text) || is_number_head_row(l.text) || is_closed_line(l.text) ||
         is_open_line(l.text) || is_attendance_label_line(l.text) ||
         classify_bulleted_heading(l.text);
}

// Evidence of an item (a case number, a section heading, a status) among
// the `lines_to_look` lines with text after line `j`, before `bound`.
bool evidence_soon_after(const std::vector<line>& lines, std::size_t j, std::size_t bound,
                         std::size_t lines_to_look = 2) {
  std::size_t k = j;
  for (std::size_t seen = 0; seen < lines_to_look; ++seen) {
    k = next_content(lines, k + 1, bound);
    if (k >= bound) return false;
    if (is_evidence_line(lines[k])) return true;
  }
  return false;
}

// Line `j`, long and right under a title, goes on in lowercase, ends no
// sentence and stands right over the item's evidence, or over one more such
// line of a title that goes on ("... tillæg nr. 12 til Kommuneplan 2021-2033 og udtalelse til
// Miljøstyrelsen -" over "godkendelse af forslag til offentlig høring" over
// "Sagsnr.: 24/1002"): the title's rest, not a paragraph's first line.
bool title_rest_over_evidence(const std::vector<line>& lines, std::size_t j, std::size_t bound,
                              std::string_view title) {
  const std::string_view rest = trim(lines[j].text);
  // A title's wrapped rest goes on in lowercase (in capitals under a title
  // in capitals); a capitalised line, or one ending as a sentence or a
  // remark does, is the item's text ("Formanden orienterede om ... i juni"
  // right over "Beslutning").
  const bool goes_on = starts_lower(rest) || (in_capitals(title) && in_capitals(rest));
  if (!goes_on || rest.ends_with('.') || rest.ends_with('?') || rest.ends_with(')')) return false;
  const std::size_t k = next_content(lines, j + 1, bound);
  if (k >= bound) return false;
  if (is_evidence_line(lines[k])) return true;
  return wants_continuation(rest) && starts_lower(trim(lines[k].text)) &&
         !trim(lines[k].text).ends_with('.') && evidence_soon_after(lines, k, bound, 1);
}

// The whole of `t` is a number of one to three digits (checked on every
// line before the lines around it are looked at).
bool is_number_alone(std::string_view t) {
  return !t.empty() && t.size() <= 3 &&
         std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A number alone on line `i`, not next to a page break (where it is the
// page's number): pdftotext's item number column.
bool is_bare_number_line(const std::vector<line>& lines, std::size_t i) {
  return is_number_alone(lines[i].text) && !lines[i].page_break &&
         !(i + 1 < lines.size() && lines[i + 1].page_break);
}

// True when the line right above `heading` (no blank between) is an item
// heading too: the heading is an entry of a list ("1. ..." over "2. ...").
bool in_a_tight_list(const std::vector<line>& lines, std::size_t heading) {
  return heading > 0 && !lines[heading - 1].blank && match_item_heading(lines[heading - 1]);
}

// The blanks before a line's text.
std::size_t indentation(const line& l) { return l.raw.find_first_not_of(" \t"); }

// The last entry of a list: a candidate right under another as far in (not
// " 2.  2. Orientering" under "  1. Rasmus Sønderby", Glostrup: the next item
// after a list inside item 1).
bool ends_a_list(const std::vector<line>& lines, std::size_t heading) {
  return in_a_tight_list(lines, heading) &&
         indentation(lines[heading - 1]) == indentation(lines[heading]);
}

// Evidence that a candidate heads an item: what comes right after its
// title is a case number, a section heading or a closed or open marker.
// "Referat" right under the title is its decision's heading, but not under
// the last entry of an agenda list ("Dagsorden:" over "1. ..." to "3. ...",
// then "Referat:" over the items), where it heads the minutes.
bool has_evidence(const std::vector<line>& lines, std::size_t heading, std::size_t from) {
  std::size_t seen = 0;
  for (std::size_t i = from; i < lines.size() && seen < evidence_lines; ++i) {
    const line& l = lines[i];
    if (l.blank || l.furniture) continue;
    ++seen;
    // The next item's heading: what follows is its evidence.
    if (match_item_heading(l) || is_bare_number_line(lines, i)) return false;
    if (is_evidence_line(l)) return true;
    if (seen == 1 && minutes_heading_under_title(l.text)) return !in_a_tight_list(lines, heading);
  }
  return false;
}

bool toc_lists(const toc& contents, std::string_view title) {
  if (!contents.found || title.empty()) return false;
  const std::string key = title_key(title);
  return std::any_of(contents.entries.begin(), contents.entries.end(),
                     [&](const toc_entry& e) { return entry_matches(e, key); });
}

// A case number on a line of its own over the heading, bare
// ("85.02.02-G01-5-17", Sbsys) or labelled ("J.nr. 19.03.00-Ø02-1-06 (ØK)"
// over "25Den Selvejende ...", Struer's Word minutes), with nothing but
// blank lines between: where it stands, in lines above the heading; 0 when
// none.
std::size_t number_line_above(const std::vector<line>& lines, std::size_t heading,
                              std::size_t floor) {
  std::size_t i = heading;
  while (i > floor && lines[i - 1].blank) --i;
  if (i == floor) return 0;
  const line& l = lines[i - 1];
  if (l.furniture || !is_number_line(l)) return 0;
  return heading - (i - 1);
}

// A candidate's score (docs/segmentation.md): what evidence adds, and what a
// numbered line right over another of its style takes away (an agenda list).
constexpr int evidence_weight = 3;
constexpr int listed_weight = 3;  ///< a table of contents or agenda list names the item
constexpr int numbered_list_penalty = 3;
constexpr int labelled_list_penalty = 4;

struct scored {
  item_candidate c;
  bool evidence = false;
  bool listed = false;
  bool closed_only = false;  ///< the closed mark on the heading is its only evidence
  bool list_entry = false;   ///< an entry of a list inside an item: it fills no numbering
  bool closes_list = false;  ///< a list's last entry over evidence: the enclosing item's
};

// "2. Meddelelser:" over "Formanden orienterede om budgettet." (a seniors'
// council's minutes, Høje-Taastrup): a title of a few words ending in a
// colon, over a sentence rather than a list's first point, heads an item
// more likely than it opens a list ("1. Budgettet omfatter:" over "- drift").
bool short_title_over_prose(const std::vector<line>& lines, std::size_t at,
                            std::string_view title) {
  constexpr std::size_t max_words = 4;
  constexpr std::size_t max_bytes = 40;
  if (!title.ends_with(':') || title.size() > max_bytes || !starts_upper(title) ||
      static_cast<std::size_t>(std::count(title.begin(), title.end(), ' ')) >= max_words)
    return false;
  const std::size_t next = next_content(lines, at + 1, lines.size());
  if (next >= lines.size()) return false;
  const std::string_view below = trim(lines[next].text);
  return starts_upper(below) && !is_bullet(below) && !match_item_heading(lines[next]) &&
         !is_section_heading(below);
}

// Scores a candidate; see docs/segmentation.md for the weights.
scored score(const std::vector<line>& lines, const item_candidate& c, const toc& contents) {
  scored s{c, false, false};
  std::size_t after = c.line + 1;
  std::string_view title = c.title;
  if (title.empty()) {
    after = next_content(lines, c.line + 1, lines.size());
    if (after < lines.size() && !stops_title(lines[after], true)) {
      title = lines[after].text;
      ++after;
    }
  }
  // "2. Kapacitetsplan 2025-2030 (2024-0198823)": the case number is on the heading line.
  // "468. Gensidig orientering - Lukket punkt": a public page gives a closed
  // item its title alone, so the marker is the evidence.
  bool closed = false;
  strip_closed_markers(title, closed);
  // Evidence under a list's last entry is the item's that holds the list:
  // "Beslutning" after "  1. Ministeren afviser ..." over "  2. Ministeriet
  // afviser ..." (a web page whose item headings were left out, Ishøj);
  // discount_lists_inside_items hands it to that item where it finds one.
  const bool under = has_evidence(lines, c.line, after);
  s.closes_list = under && ends_a_list(lines, c.line);
  // A case number right above the heading is evidence too, where a
  // document prints it there (see attach_numbers_above).
  const bool shown = trailing_number(title) != std::string_view::npos ||
                     (under && !s.closes_list) || number_line_above(lines, c.line, 0) > 0;
  s.evidence = closed || shown;
  s.closed_only = closed && !shown;
  s.listed = toc_lists(contents, title);
  const bool labelled = c.style == item_style::labelled;
  int v = labelled ? 3 : 1;
  if (s.evidence) v += evidence_weight;
  if (s.listed) v += listed_weight;
  // A closed heading with evidence of its own wins a tie with a list's entry
  // of its number inside it ("2. Lukket punkt: Ejendomssag" over "1. Hans
  // ...", "2. Grete ...", each with a decision): its text stays withheld.
  if (closed && shown) v += 1;
  if (lines[c.line].md_level > 0 || lines[c.line].emphasized) v += 1;
  if (!s.evidence && !s.listed) {
    const std::size_t next = next_content(lines, c.line + 1, lines.size());
    if (next < lines.size()) {
      const auto follower = match_item_heading(lines[next]);
      if (follower && follower->style == c.style)
        v -= labelled ? labelled_list_penalty : numbered_list_penalty;
    }
    if (!labelled && (title.ends_with(":") || title.ends_with(",") || title.ends_with(";")))
      v -= short_title_over_prose(lines, c.line, title) ? 1 : 3;
    if (!labelled && title.size() > 150) v -= 2;
  }
  s.c.score = v;
  return s;
}

// The last of the candidates from `i` on that stand each right under the
// one before (a list, line under line); `i` when the next is not.
std::size_t end_of_list(const std::vector<line>& lines, const std::vector<scored>& cands,
                        std::size_t i) {
  std::size_t j = i;
  while (j + 1 < cands.size() &&
         next_content(lines, cands[j].c.line + 1, lines.size()) == cands[j + 1].c.line)
    ++j;
  return j;
}

// "Dagsorden:" over "1. Godkendelse af referat" to "4. Eventuelt", line under
// line, then "Referat:" and the items under the same numbers and titles with
// their minutes as prose (a council's or a board's minutes): the list is the
// agenda's table of contents without page numbers. An item it names is
// listed, as one a table of contents names, so an item with no case number
// or section heading under it stays an item beside one that has them.
void mark_items_an_agenda_list_names(const std::vector<line>& lines, std::vector<scored>& cands) {
  constexpr std::size_t min_list = 3;
  for (std::size_t i = 0; i < cands.size(); ++i) {
    const std::size_t j = end_of_list(lines, cands, i);
    if (j - i + 1 < min_list) {
      i = j;
      continue;
    }
    for (std::size_t k = j + 1; k < cands.size(); ++k) {
      scored& s = cands[k];
      if (s.listed || s.c.title.empty()) continue;
      const std::string key = title_key(s.c.title);
      for (std::size_t e = i; e <= j; ++e) {
        if (cands[e].c.number == s.c.number && cands[e].c.minor == s.c.minor &&
            title_key(cands[e].c.title) == key) {
          s.listed = true;
          s.c.score += listed_weight;
          break;
        }
      }
    }
    return;  // the first list is the agenda's
  }
}

// "1. Godkendelse af dagsorden" ... "15. Tegningsret ..." over "16. Lukket
// punkt." ... "20. Lukket punkt." (Region Hovedstaden's and Region
// Nordjylland's pages): the agenda as a list, line under line, before the
// items' headings or instead of them. A closed mark in such a list says
// which items are closed, not that the line heads one: the list's closed
// lines lose that evidence, and the penalty of a line in a list applies.
// A list is four candidates or more, each right under the one before, two of
// them open and without evidence (closed items with nothing under them at
// the end of minutes are no such list).
void discount_closed_marks_in_agenda_lists(const std::vector<line>& lines,
                                           std::vector<scored>& cands) {
  constexpr std::size_t min_list = 4;
  constexpr std::size_t min_bare_open = 2;
  for (std::size_t i = 0; i < cands.size();) {
    const std::size_t j = end_of_list(lines, cands, i);
    const std::size_t bare_open = static_cast<std::size_t>(
        std::count_if(cands.begin() + static_cast<std::ptrdiff_t>(i),
                      cands.begin() + static_cast<std::ptrdiff_t>(j + 1),
                      [](const scored& s) { return !s.evidence && !s.listed; }));
    if (j - i + 1 >= min_list && bare_open >= min_bare_open) {
      for (std::size_t k = i; k <= j; ++k) {
        scored& s = cands[k];
        if (!s.closed_only) continue;
        s.evidence = false;
        s.c.score -= evidence_weight;
        if (!s.listed && k < j) s.c.score -= numbered_list_penalty;
      }
    }
    i = j + 1;
  }
}

// "3. Orientering om hjemmeplejen" over "Ældrerådet havde følgende
// bemærkninger:" and a list "1. ...", "2. ...", "3. Ældrerådet ønsker en
// status." right over "Beslutning:": a list that starts again at 1, line
// under line, after a heading numbered as high as its first entry is inside
// that item. Its entries are no items, though a section heading follows the
// last; an entry the agenda list names keeps its mark.
void discount_lists_inside_items(const std::vector<line>& lines, std::vector<scored>& cands) {
  const auto no_blank_between = [&](std::size_t from, std::size_t to) {
    return std::none_of(lines.begin() + static_cast<std::ptrdiff_t>(from),
                        lines.begin() + static_cast<std::ptrdiff_t>(to),
                        [](const line& l) { return l.blank; });
  };
  for (std::size_t i = 1; i < cands.size();) {
    std::size_t j = end_of_list(lines, cands, i);
    // Entries over a line of their own each ("1. Det faldende ..." over
    // "Besparelse på 11,7 mio. kr."), no blank line between them.
    while (j + 1 < cands.size() && no_blank_between(cands[j].c.line, cands[j + 1].c.line)) ++j;
    // The list's entries count 1, 2, 3 at one markdown level, each with its
    // text on its line; a lone number or a heading after them starts an item.
    // An entry numbered above the item around the list may be the next item
    // ("3. Budget" under item 2's list "1.", "2."): only those up to the
    // item's own number compete with it, unless no blank line parts the
    // entry from the one before ("1. Det faldende ...", "2. Den forventede
    // ...", "3. Regulering ..." in item 2, each over a line of its own,
    // Lolland's minutes: its "3." had become an item and taken item 2's
    // decision).
    const auto entry = [&](std::size_t k) {
      return !cands[k].c.title.empty() && cands[k].c.minor == 0 &&
             cands[k].c.number == cands[i].c.number + (k - i) &&
             (cands[k].c.number <= cands[i - 1].c.number ||
              (k > i && no_blank_between(cands[k - 1].c.line, cands[k].c.line))) &&
             lines[cands[k].c.line].md_level == lines[cands[i].c.line].md_level;
    };
    std::size_t last = i;
    while (last < j && entry(last + 1)) ++last;
    // Three entries at least: "Afbud:" over "1. Rasmus Sønderby, Ø" right
    // over the next item "2. Orientering" (Glostrup) is a list of one.
    constexpr std::size_t min_entries = 3;
    const bool inside = last - i + 1 >= min_entries && entry(i) && cands[i].c.number == 1 &&
                        cands[i - 1].c.number >= cands[i].c.number;
    bool moved = false;  // the evidence of an entry is the item's around the list
    for (std::size_t k = i; inside && k <= last; ++k) {
      scored& s = cands[k];
      if (s.listed) continue;
      if (s.evidence) s.c.score -= evidence_weight;
      moved = moved || s.evidence || s.closes_list;
      s.evidence = false;
      s.list_entry = true;
      s.c.score -= numbered_list_penalty;
    }
    if (moved && !cands[i - 1].evidence) {
      cands[i - 1].evidence = true;
      cands[i - 1].c.score += evidence_weight;
    }
    i = j + 1;
  }
}

// "3. Lukket punkt: Ejendomssag" over "1. Salg til ...", text, "2.
// Udlejning", text, "3. Nedrivning", text, "Beslutning", then "4. Eventuelt":
// points of the item's text, numbered from 1 up to at most the item's own
// number, with paragraphs between them (not line under line, as
// discount_lists_inside_items reads them). No point shows evidence but the
// last, whose evidence (the item's "Beslutning") is the enclosing item's;
// the next item's number, or nothing, follows the points.
void discount_points_inside_items(const std::vector<line>& lines, std::vector<scored>& cands) {
  constexpr std::size_t min_points = 2;
  for (std::size_t i = 1; i < cands.size(); ++i) {
    const scored& item = cands[i - 1];
    if (cands[i].c.number != 1 || cands[i].c.minor > 0 || item.c.number < 2 || !item.evidence)
      continue;
    const auto point = [&](std::size_t k) {
      return cands[k].c.minor == 0 && cands[k].c.number == 1 + (k - i) &&
             cands[k].c.number <= item.c.number &&
             lines[cands[k].c.line].md_level == lines[cands[i].c.line].md_level;
    };
    std::size_t last = i;
    while (last + 1 < cands.size() && point(last + 1)) ++last;
    const bool next_item = last + 1 == cands.size() || cands[last + 1].c.number > item.c.number;
    const bool bare = std::all_of(cands.begin() + static_cast<std::ptrdiff_t>(i),
                                  cands.begin() + static_cast<std::ptrdiff_t>(last),
                                  [](const scored& s) { return !s.evidence && !s.listed; });
    if (last - i + 1 < min_points || !next_item || !bare || cands[last].listed) continue;
    for (std::size_t k = i; k <= last; ++k) {
      scored& s = cands[k];
      if (s.evidence) s.c.score -= evidence_weight;
      s.evidence = false;
      s.c.score -= numbered_list_penalty;
    }
    i = last;
  }
}

// The best increasing chain of numbers through the candidates (in text
// order): each number follows a smaller one, skipped numbers cost. With
// two-level numbers ("3.2") an item follows the one before it in its group
// ("3.1") or, as the first of its group, any item of an earlier group.
std::vector<item_candidate> best_chain(const std::vector<scored>& cands, item_style style,
                                       int* chain_score = nullptr) {
  if (chain_score != nullptr) *chain_score = 0;
  if (cands.empty()) return {};
  const bool labelled = style == item_style::labelled;
  const unsigned max_gap = labelled ? max_gap_labelled : max_gap_numbered;
  const int gap_cost = labelled ? 1 : 2;
  const int start_cost = labelled ? 1 : 3;
  // "3.2" is key 302 (minors have at most two digits); "3" is key 3.
  const bool two_level =
      std::any_of(cands.begin(), cands.end(), [](const scored& s) { return s.c.minor > 0; });
  const unsigned minors = two_level ? 100 : 1;
  const auto key = [&](unsigned number, unsigned minor) { return number * minors + minor; };
  unsigned top = 0;
  for (const auto& s : cands) top = std::max(top, s.c.number);
  struct best_at {
    int value = 0;
    int index = -1;
  };
  std::vector<best_at> by_key((top + 1) * minors);
  // The best chain ending in each group (two-level numbers only).
  std::vector<best_at> by_group(two_level ? top + 1 : 0);
  std::vector<int> total(cands.size());
  std::vector<int> prev(cands.size(), -1);
  const auto lower = [&](unsigned n) { return n > max_gap + 1 ? n - max_gap - 1 : 0; };
  for (std::size_t i = 0; i < cands.size(); ++i) {
    const item_candidate& c = cands[i].c;
    const unsigned n = c.minor > 0 ? c.minor : c.number;  // the level that counts on
    const bool first = c.number == 1 && (c.minor == 0 || c.minor == 1);
    int best = c.score - (first ? 0 : start_cost);
    int from = -1;
    const auto consider = [&](const best_at& at, unsigned skipped) {
      if (at.index < 0) return;
      const int v = at.value + c.score - gap_cost * static_cast<int>(skipped);
      if (v >= best) {
        best = v;
        from = at.index;
      }
    };
    for (unsigned k = lower(n); k < n; ++k)
      consider(by_key[c.minor > 0 ? key(c.number, k) : key(k, 0)], n - 1 - k);
    if (c.minor > 0 && c.minor <= max_gap + 1) {
      for (unsigned g = lower(c.number); g < c.number; ++g)
        consider(by_group[g], c.number - 1 - g + c.minor - 1);
    }
    total[i] = best;
    prev[i] = from;
    // Ties go to the later candidate: its chain leaves less text between items.
    const auto keep = [&](best_at& at) {
      if (at.index < 0 || best >= at.value) at = {best, static_cast<int>(i)};
    };
    keep(by_key[key(c.number, c.minor)]);
    if (c.minor > 0) keep(by_group[c.number]);
  }
  int end = -1;
  for (std::size_t i = 0; i < cands.size(); ++i) {
    // Ties go to the later end: a longer stretch of the document is covered.
    if (end < 0 || total[i] >= total[static_cast<std::size_t>(end)]) end = static_cast<int>(i);
  }
  if (end < 0 || total[static_cast<std::size_t>(end)] <= 0) return {};
  if (chain_score != nullptr) *chain_score = total[static_cast<std::size_t>(end)];
  std::vector<item_candidate> chain;
  for (int i = end; i >= 0; i = prev[static_cast<std::size_t>(i)])
    chain.push_back(cands[static_cast<std::size_t>(i)].c);
  std::reverse(chain.begin(), chain.end());
  return chain;
}

std::string_view title_line_text(const line& l) { return trim(l.text); }

// Where the first digit of `t` stands (t.size() when none).
std::size_t first_digit(std::string_view t) {
  std::size_t i = 0;
  while (i < t.size() && !(t[i] >= '0' && t[i] <= '9')) ++i;
  return i;
}

unsigned read_digits(std::string_view t, std::size_t& i) {
  unsigned number = 0;
  for (; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i)
    number = number * 10 + static_cast<unsigned>(t[i] - '0');
  return number;
}

// The first run of digits in `t` goes on with "-", "/" or "." and a digit:
// "306-2009-600", "12/27845" are case numbers, not item numbers.
bool continues_as_case_number(std::string_view t) {
  std::size_t i = first_digit(t);
  read_digits(t, i);
  return i + 1 < t.size() && (t[i] == '-' || t[i] == '/' || t[i] == '.') && t[i + 1] >= '0' &&
         t[i + 1] <= '9';
}

// After a pattern row matched, the number is the first run of digits (and,
// for two-level numbers, the run after its full stop) and the title what
// follows the separators (":", ".", ")", "-", "–", markup).
void split_heading(std::string_view t, bool two_level, item_candidate& out) {
  std::size_t i = first_digit(t);
  out.number = read_digits(t, i);
  // "ØU 45/2024 Title": the year after the number is no part of the title.
  if (i + 1 < t.size() && t[i] == '/' && t[i + 1] >= '0' && t[i + 1] <= '9') {
    ++i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  }
  if (two_level && i < t.size() && t[i] == '.') {
    ++i;
    out.minor = read_digits(t, i);
  }
  for (;;) {
    // '#': "1 ### Title" (headed, above); '|': "**Pkt. 6**|  **Title**", a
    // table's cells (html2text writes a table without its outer bars).
    if (i < t.size() && std::string_view(" \t:.,)-*_\\#|").find(t[i]) != std::string_view::npos) {
      ++i;
    } else if (t.substr(i).starts_with("–")) {
      i += std::string_view("–").size();
    } else {
      break;
    }
  }
  std::string_view title = trim(t.substr(i));
  while (!title.empty() && (title.back() == '*' || title.back() == '_'))
    title = trim(title.substr(0, title.size() - 1));
  // " 1.  1. Godkendelse af dagsordenen" (Glostrup): the number said twice.
  // Not "2. 2. behandling af budgettet", whose title starts with an ordinal.
  if (const std::string number = std::to_string(out.number) + ". ";
      !two_level && title.starts_with(number) && starts_upper(trim(title.substr(number.size()))))
    title = trim(title.substr(number.size()));
  out.title = title;
}

// "1. Drift", "2. Anlæg", "3. Finansiering" a blank line apart inside an
// item: a candidate numbered N with one numbered N - 1 between it and the
// item above goes on with that list, unless a section heading stands
// between them ("2. Anlæg" over "Beslutning:" over "3. Lokalplan 112": the
// list ended in the item above).
bool counts_on_a_list(const std::vector<line>& lines, const std::vector<scored>& numbered,
                      std::size_t from, const item_candidate& c) {
  return std::any_of(numbered.begin(), numbered.end(), [&](const scored& s) {
    if (s.c.line <= from || s.c.line >= c.line || s.c.minor > 0 || s.c.number + 1 != c.number)
      return false;
    for (std::size_t k = s.c.line + 1; k < c.line; ++k)
      if (!lines[k].blank && is_section_heading(lines[k].text)) return false;
    return true;
  });
}

// The heading the line right above `at` (blank lines between) makes, if any.
heading_match heading_above(const std::vector<line>& lines, std::size_t at) {
  const std::size_t above = prev_content(lines, at);
  return above == std::string::npos ? heading_match{} : classify_heading(lines[above].text);
}

// "1. Title" over every item, each with evidence under it: a list whose
// numbering starts again at each entry, as HTML of one <ol> per item and
// markdown's lazy "1." for every entry come out as text. The candidates
// numbered 1 that show evidence, in their order, numbered from 1
// (`renumbered`), when there are at least two and all stand at one
// indentation; else none ("  1. Byrådet hjemtager et lån." under "1.
// Title": a recommendation's point, Horsens). Where the titled candidates
// are all numbered 1 and three or more have text of their own under them,
// evidence or not, they are such a list too (a church council's page: "1.
// Meddelelser" over a paragraph, no section heading anywhere; a seniors'
// council's blog, "Referat:" under some), unless a title starts in
// lowercase ("1. at ..." under each item's recommendation). A case's own
// section heading numbered 1 ("1. Resumé", "1. Indstilling": a converter's
// list) is none of them, nor is an entry of a tight list or one under a line
// ending in a colon ("Formanden orienterede om følgende:" over "1. ...",
// "1. ..."); "1. Økonomi" may be an item. Nor are any such items where one
// of them is closed: its text may hold "1." lines of its own, which would
// become open items (a review's case), so the list is read as before.
// "Indstilling" right over "1. Kultur og Fritid indstiller, at ..." (a web
// page's <ol> of one entry under each section heading, the items its
// unnumbered headings): an entry of that section's text (a review's case:
// read as items numbered 1 again and again, a closed item's decision had
// become an open item 4). Only a recommendation's or a decision's heading:
// Odder's minutes print "Sagsfremstilling" over each item's "1. Title".
bool under_a_section_heading(const std::vector<line>& lines, std::size_t at) {
  const heading_match h = heading_above(lines, at);
  return h && (h.kind == kind::recommendation || h.kind == kind::decision);
}

// The number of a list's entry, "3. Text" (digits, a full stop, a blank); 0
// when the line is none.
unsigned entry_number(std::string_view t) {
  const std::string_view digits = leading_digits(t);
  const std::size_t n = digits.size();
  return n > 0 && n + 1 < t.size() && t[n] == '.' && t[n + 1] == ' ' ? digits_value(digits) : 0;
}

// "Sagsfremstilling" over "  1. Kommune- og Regionsorientering ...", "  2.
// Nyhedsmail fra KL ...", "  3. Orientering ..." (Ishøj's web pages, whose
// item headings were left out): a list counting from 1, entry under entry at
// one indentation, right under a section heading, is that section's text;
// `c` is one of its entries. Lines that wrap an entry may stand between its
// entries (an entry too long to be a candidate is found so too); a blank line
// or a heading may not, and a list of one entry is none ("Sagsfremstilling"
// over each item's "1. Title" in Odder's minutes).
bool entry_of_a_sections_list(const std::vector<line>& lines, const item_candidate& c) {
  if (c.minor > 0 || c.number == 0) return false;
  const std::size_t indent = indentation(lines[c.line]);
  const auto entry_at = [&](std::size_t k) {
    return indentation(lines[k]) == indent ? entry_number(lines[k].text) : 0u;
  };
  const auto in_the_list = [&](std::size_t k) {
    return !lines[k].blank && !lines[k].furniture && !is_section_heading(lines[k].text);
  };
  if (entry_at(c.line) != c.number) return false;  // "Punkt 2", "**2. Title**"
  // Up to the entry numbered 1.
  std::size_t first = c.line;
  for (std::size_t k = c.line; entry_at(first) > 1;) {
    if (k == 0 || !in_the_list(--k)) return false;
    if (const unsigned n = entry_at(k); n != 0) {
      if (n + 1 != entry_at(first)) return false;
      first = k;
    }
  }
  // A second entry under the first.
  if (first == c.line) {
    std::size_t k = first + 1;
    while (k < lines.size() && in_the_list(k) && entry_at(k) == 0) ++k;
    if (k >= lines.size() || !in_the_list(k) || entry_at(k) != 2) return false;
  }
  const heading_match h = heading_above(lines, first);
  return h && h.inline_text.empty() && h.kind != kind::content;
}

bool heads_a_cases_section(std::string_view title) {
  const heading_match h = classify_heading(title);
  if (!h) return false;
  for (const std::string_view k :
       {kind::summary, kind::case_, kind::recommendation, kind::decision})
    if (h.kind == k) return true;
  return false;
}

std::vector<item_candidate> restarted_numbering(const std::vector<line>& lines,
                                                const std::vector<scored>& numbered,
                                                int& chain_score) {
  constexpr std::size_t min_bare_ones = 3;
  const auto may_be_bare = [&](const item_candidate& c) {
    if (c.title.empty() || heads_a_cases_section(c.title)) return false;
    const bool tight =
        in_a_tight_list(lines, c.line) || (c.line + 1 < lines.size() && !lines[c.line + 1].blank &&
                                           match_item_heading(lines[c.line + 1]));
    std::size_t above = c.line;
    while (above > 0 && lines[above - 1].blank) --above;
    return !tight && !(above > 0 && trim(lines[above - 1].text).ends_with(':'));
  };
  bool bare = true;
  std::size_t with_text = 0;
  for (std::size_t k = 0; k < numbered.size() && bare; ++k) {
    const item_candidate& c = numbered[k].c;
    if (!may_be_bare(c)) continue;
    bool closed = false;
    strip_closed_markers(c.title, closed);
    if (c.number != 1 || c.minor > 0 || starts_lower(c.title) || closed) bare = false;
    // Text under it: a line before the next candidate's.
    const std::size_t under = next_content(lines, c.line + 1, lines.size());
    if (under < (k + 1 < numbered.size() ? numbered[k + 1].c.line : lines.size())) ++with_text;
  }
  bare = bare && with_text >= min_bare_ones;
  std::vector<item_candidate> out;
  int total = 0;
  std::size_t ones = 0;
  for (const scored& s : numbered) {
    // "8." after seven items numbered "1.": a list restarted with its
    // number (LibreOffice's <ol start="8"> for the closed part) stands
    // where the count puts it, unless it stands in a list ("3. Hastighed"
    // under "2. Kryds" inside an item).
    const bool counted = !out.empty() && s.c.number == out.size() + 1 &&
                         !in_a_tight_list(lines, s.c.line) &&
                         !counts_on_a_list(lines, numbered, out.back().line, s.c);
    if ((!s.evidence && (!bare || !may_be_bare(s.c))) || s.c.minor > 0 ||
        (s.c.number != 1 && !counted))
      continue;
    if (!out.empty() && indentation(lines[s.c.line]) != indentation(lines[out.front().line]))
      return {};
    if (s.c.number == 1) ++ones;
    out.push_back(s.c);
    total += s.c.score;
  }
  if (ones < 2) return {};
  for (std::size_t k = 0; k < out.size(); ++k) {
    out[k].number = static_cast<unsigned>(k + 1);
    out[k].renumbered = true;
  }
  chain_score = total;
  return out;
}

// "1. Godkendelse af dagsorden" over "Godkendt.", then "3. Ansøgning" with
// its case number and sections, then "4. Eventuelt" over "Intet." (a board's
// or council's minutes: the short items hold a paragraph only). Where some
// numbered candidates show evidence, one without fills the numbering when
// its number lies strictly between those of the candidates with evidence
// around it (before the first: under its number; after the last: above it)
// and above the number of the last one kept, so that "1.", "2." under
// "3." (a list inside an item, which starts again at 1) never do. It has a
// title and text under it, and stands in no list ("1. Skolevej" over "2.
// Kryds": a list's lines are no items).
template <class Shows>
std::vector<bool> fills_the_numbering(const std::vector<line>& lines,
                                      const std::vector<scored>& cands, const Shows& shows) {
  std::vector<bool> fills(cands.size(), false);
  unsigned last = 0;  // number of the last candidate kept or showing evidence
  for (std::size_t i = 0; i < cands.size(); ++i) {
    const scored& s = cands[i];
    if (shows(s)) {
      last = s.c.number;
      continue;
    }
    if (s.c.minor > 0 || s.c.number <= last || s.c.title.empty() || s.list_entry ||
        in_a_tight_list(lines, s.c.line))
      continue;
    // Text under it, or its own sub-item ("2. Meddelelser" over "2.1 Nyt fra formanden").
    const std::size_t under = next_content(lines, s.c.line + 1, lines.size());
    if (under >= lines.size()) continue;
    if (const auto below = match_item_heading(lines[under]);
        below && !(below->number == s.c.number && below->minor > 0))
      continue;
    std::size_t next = i + 1;
    while (next < cands.size() && !shows(cands[next])) ++next;
    if (next < cands.size() && s.c.number >= cands[next].c.number) continue;
    fills[i] = true;
    last = s.c.number;
  }
  return fills;
}

// Whether the chain has an item `number` (not "number.1").
bool holds_item(const std::vector<item_candidate>& chain, unsigned number) {
  return std::any_of(chain.begin(), chain.end(),
                     [&](const item_candidate& c) { return c.number == number && c.minor == 0; });
}

// "Punkt 7", "Punkt 9: Nøgletal", "Punkt 8: Lukket: ...", "Punkt 10": two
// items printed in each other's place (taken in another order at the
// meeting, or a typing error) make no increasing chain, and the chain kept
// only one of them; the other's text had run into the item above (a closed
// item's into an open one). A candidate with evidence of its own whose
// number the chain lacks goes back in where it stands when it swaps places
// with its neighbour in the chain: 7, [9], 8, 10 or 2, 4, [3], 5.
void restore_swapped_items(const std::vector<scored>& cands, std::vector<item_candidate>& chain) {
  for (const scored& s : cands) {
    if (!s.evidence || s.c.minor > 0 || holds_item(chain, s.c.number)) continue;
    const auto after = std::find_if(chain.begin(), chain.end(),
                                    [&](const item_candidate& c) { return c.line > s.c.line; });
    if (after == chain.begin() || after == chain.end()) continue;
    const item_candidate& here = *(after - 1);
    const item_candidate& next = *after;
    if (here.minor > 0 || next.minor > 0) continue;
    const unsigned n = s.c.number;
    // 2, 4, [3], 5: it belongs before the item above it.
    const bool before_here = n + 1 == here.number && next.number == here.number + 1 &&
                             (after - 1 == chain.begin() || (after - 2)->number + 1 == n);
    // 7, [9], 8, 10: it belongs after the item below it.
    const bool after_next = n == next.number + 1 && here.number + 1 == next.number &&
                            (after + 1 == chain.end() || (after + 1)->number == n + 1);
    if (before_here || after_next) chain.insert(after, s.c);
  }
}

// The chain of one form of numbered candidates when it beats the labelled
// chain of `labelled_items` headings, else nothing. Numbered headings win
// only with a chain of at least three, more than twice as long as the
// labelled one: with fewer candidates they need no scoring.
std::vector<item_candidate> numbered_chain(const std::vector<line>& lines, const toc& contents,
                                           const std::vector<item_candidate>& numbered_lines,
                                           std::size_t labelled_items, int& chain_score) {
  chain_score = 0;
  if (numbered_lines.empty()) return {};
  if (labelled_items > 0 &&
      (numbered_lines.size() < 3 || numbered_lines.size() <= 2 * labelled_items))
    return {};
  std::vector<scored> numbered;
  numbered.reserve(numbered_lines.size());
  for (const auto& c : numbered_lines) {
    // A "1." right under a section heading is that section's list, not an
    // item (an agenda's empty "Beslutning" stands over the next item's number,
    // never over a first one).
    if ((c.number == 1 && c.minor == 0 && under_a_section_heading(lines, c.line)) ||
        entry_of_a_sections_list(lines, c))
      continue;
    numbered.push_back(score(lines, c, contents));
  }
  mark_items_an_agenda_list_names(lines, numbered);
  discount_closed_marks_in_agenda_lists(lines, numbered);
  discount_lists_inside_items(lines, numbered);
  discount_points_inside_items(lines, numbered);
  // Where some numbered headings show evidence, the others are list entries;
  // not so a heading at the markdown level of every heading that shows
  // evidence ("## 9. Underskriftsark": a signature sheet, nothing under it).
  const auto shows = [](const scored& s) { return s.evidence || s.listed; };
  const bool any_evidence = std::any_of(numbered.begin(), numbered.end(), shows);
  std::optional<std::uint8_t> item_level;
  for (const scored& s : numbered) {
    if (!shows(s)) continue;
    const std::uint8_t level = lines[s.c.line].md_level;
    item_level = !item_level || *item_level == level ? level : 0;
  }
  const auto at_item_level = [&](const scored& s) {
    return item_level.value_or(0) > 0 && lines[s.c.line].md_level == *item_level;
  };
  // Before list entries are dropped below: its count looks at them (its
  // items are the candidates with evidence, which all stay).
  int restarted_score = 0;
  auto restarted = restarted_numbering(lines, numbered, restarted_score);
  if (any_evidence) {
    const std::vector<bool> fills = fills_the_numbering(lines, numbered, shows);
    std::size_t k = 0;
    std::erase_if(numbered, [&](const scored& s) {
      const bool keep = shows(s) || at_item_level(s) || fills[k];
      ++k;
      return !keep;
    });
  }
  auto by_number = best_chain(numbered, item_style::numbered, &chain_score);
  // More items said "1." than the best chain has (a list inside one of them
  // may count 1, 2, 3), or a chain of one: the numbering started again.
  if ((restarted.size() >= 2 && by_number.size() < 2) ||
      (restarted.size() >= 3 && restarted.size() > by_number.size())) {
    by_number = std::move(restarted);
    chain_score = restarted_score;
  }
  const bool outnumbers = by_number.size() >= 3 && by_number.size() > 2 * labelled_items;
  if (!outnumbers && labelled_items > 0) return {};
  // An extraordinary meeting may have one or two items: a short numbered
  // chain counts when its headings show evidence.
  if (!outnumbers && numbered_lines.size() < 3 && !any_evidence) return {};
  restore_swapped_items(numbered, by_number);
  return by_number;
}

// A line that may be (part of) a title standing above its heading: short,
// no sentence, nothing else a title never takes.
bool title_above_line(const line& l) {
  return !l.blank && !l.furniture && !l.text.ends_with(".") && !stops_title(l);
}

// How many lines right above `c` (no blank between) make its title: 0 when
// none, or when more than `max_lines` such lines stand there (a paragraph).
std::size_t title_lines_above(const std::vector<line>& lines, const item_candidate& c,
                              std::size_t floor, std::size_t max_lines) {
  std::size_t n = 0;
  while (c.line > floor + n && title_above_line(lines[c.line - n - 1])) {
    if (++n > max_lines) return 0;
  }
  if (n > 0) return n;
  // Word gives every paragraph a blank line of its own: "Title", blank,
  // "Sag nr. 3". A one-line paragraph above the blank line, with a blank
  // line (or the region's start) above it, is the title; `above` counts the
  // blank line too.
  if (c.line < floor + 2 || !lines[c.line - 1].blank) return 0;
  const std::size_t title = c.line - 2;
  if (!title_above_line(lines[title])) return 0;
  return title == floor || lines[title - 1].blank ? 2 : 0;
}

// "Title" over "Sag nr. 3": a heading without a title on its line whose
// next line cannot be a title takes the lines right above it. When both
// could be, the document decides: the title stands above when more
// headings have a title only above than only below.
void attach_titles_above(const std::vector<line>& lines, std::vector<item_candidate>& chain,
                         std::size_t max_lines) {
  struct sides {
    std::size_t above = 0;
    bool below = false;
  };
  std::vector<sides> found(chain.size());
  std::size_t only_above = 0, only_below = 0;
  for (std::size_t k = 0; k < chain.size(); ++k) {
    const item_candidate& c = chain[k];
    if (!c.title.empty()) continue;
    const std::size_t floor = k > 0 ? chain[k - 1].line + 1 : 0;
    const std::size_t bound = k + 1 < chain.size() ? chain[k + 1].line : lines.size();
    bool after_facts = false;
    const std::size_t next = title_line_below(lines, c.line, bound, after_facts);
    found[k] = {title_lines_above(lines, c, floor, max_lines),
                next < bound && !stops_title(lines[next], true)};
    if (found[k].above > 0 && !found[k].below) ++only_above;
    if (found[k].above == 0 && found[k].below) ++only_below;
  }
  // The same line above every heading ("Økonomiudvalget" atop each page of
  // an Acadre PDF, every item on a page of its own) is a running header.
  std::string_view first_above;
  std::size_t with_above = 0;
  bool all_same = true;
  for (std::size_t k = 0; k < chain.size(); ++k) {
    if (found[k].above != 1) continue;
    const std::string_view text = lines[chain[k].line - 1].text;
    if (with_above++ == 0) first_above = text;
    all_same = all_same && text == first_above;
  }
  if (with_above >= 2 && all_same) return;
  for (std::size_t k = 0; k < chain.size(); ++k) {
    if (found[k].above > 0 && (!found[k].below || only_above > only_below))
      chain[k].above = found[k].above;
  }
}

// "85.02.02-G01-5-17" over "140. Title": a document that prints each item's
// case number above its heading (Sbsys; labelled in Struer's "J.nr. ..."
// over "25Den ...") rather than under it. When more headings have a number
// line above than a number line under them, and at least two, each number
// above starts its item: it is not the last line of the item before. So
// does the number above the one item of a page.
void attach_numbers_above(const std::vector<line>& lines, std::vector<item_candidate>& chain) {
  std::vector<std::size_t> found(chain.size(), 0);
  std::size_t above = 0, below = 0;
  for (std::size_t k = 0; k < chain.size(); ++k) {
    const item_candidate& c = chain[k];
    if (c.above > 0) continue;  // a lone "1." too (its title on the next line)
    const std::size_t floor = k > 0 ? chain[k - 1].line + 1 : 0;
    const std::size_t bound = k + 1 < chain.size() ? chain[k + 1].line : lines.size();
    found[k] = number_line_above(lines, c.line, floor);
    if (found[k] > 0) ++above;
    const std::size_t next = next_content(lines, c.line + 1, bound);
    if (next < bound && is_number_line(lines[next])) ++below;
  }
  constexpr std::size_t min_numbers_above = 2;
  // A page of one item ("Sagnr.: 1-21-78-2-18" over "1. Title", a region's
  // print page): above it is the header, no item before that could end so.
  const bool only_item = chain.size() == 1 && above == 1 && below == 0;
  if (!only_item && (above < min_numbers_above || above <= below)) return;
  for (std::size_t k = 0; k < chain.size(); ++k) chain[k].numbers_above = found[k];
}

// "2. Sager til orientering" over "2.1 Title": the group heading closest
// above the first item of each group (after the item before it) belongs to
// no item, so the previous item, or the header, ends before it.
void attach_group_headings(std::vector<item_candidate>& chain,
                           const std::vector<item_candidate>& groups) {
  for (std::size_t k = 0; k < chain.size(); ++k) {
    item_candidate& c = chain[k];
    if (c.minor == 0 || (k > 0 && chain[k - 1].number == c.number)) continue;
    const std::size_t floor = k > 0 ? chain[k - 1].line + 1 : 0;
    for (auto g = groups.rbegin(); g != groups.rend(); ++g) {
      if (g->line >= c.first_line()) continue;
      if (g->line < floor) break;
      if (g->number == c.number) {
        c.lead = c.first_line() - g->line;
        break;
      }
    }
  }
}

// Where in `t` a glued heading may start: right after a sentence end
// (".", "!", "?", ")", a quote), at most one blank between.
bool glue_point(std::string_view t, std::size_t p) {
  if (p == 0 || p >= t.size()) return false;
  const char c = t[p];
  if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) return false;
  std::size_t q = p;
  if (t[q - 1] == ' ') --q;
  if (q == 0) return false;
  const std::string_view before = t.substr(0, q);
  return before.ends_with(".") || before.ends_with("!") || before.ends_with("?") ||
         before.ends_with(")") || before.ends_with("\"") || before.ends_with("”");
}

// "Godkendelse af dagsordenÅbn/luk punkt" (Solrød): a web page's button to
// fold the item out, glued to its title when the page is saved as text.
std::string_view without_page_button(std::string_view title) {
  static constexpr std::string_view buttons[] = {"Åbn/luk punkt", "Åbn / luk punkt", "Fold ud",
                                                 "Fold ind",      "Vis/skjul",       "Vis / skjul"};
  // "Godkendelse af dagsordenVis mere om Godkendelse af dagsorden": any
  // short prompt glued to the title (a capital right after a lowercase
  // letter) that ends by saying the title again.
  constexpr std::size_t min_title = 8;
  constexpr std::size_t longest_prompt = 50;
  for (std::size_t n = title.size() / 2; n >= min_title; --n) {
    const std::string_view head = title.substr(0, n);
    if (!title.ends_with(head) || title.size() - 2 * n > longest_prompt) continue;
    const std::string_view prompt = title.substr(n, title.size() - 2 * n);
    if (!prompt.empty() && starts_upper(prompt) && ends_lower(head)) return head;
  }
  // "Godkendelse af dagsordenKlik her for at folde ud og læse mere om
  // Godkendelse af dagsorden" (Hedensted): an accordion's prompt glued to the
  // title, saying it again.
  static constexpr std::string_view prompts[] = {"Klik her for at folde ud",
                                                 "Klik her for at læse mere"};
  for (const std::string_view prompt : prompts) {
    if (const std::size_t at = title.find(prompt); at != std::string_view::npos && at > 0)
      return trim(title.substr(0, at));
  }
  for (const std::string_view button : buttons) {
    if (title.size() > button.size() && title.ends_with(button))
      return trim(title.substr(0, title.size() - button.size()));
  }
  return title;
}

// How far into a labelled heading its number stands ("Dagsordenspunkt nr. 12").
constexpr std::size_t max_label_lead = 28;

// The heading `expected` glued into line `i`, as the byte in its text
// where it starts; npos when there is none. It must have the form of the
// chain's headings (`like`) and a title.
std::size_t find_glued(const std::vector<line>& lines, std::size_t i, const item_candidate& like,
                       unsigned expected, const toc& contents) {
  const line& l = lines[i];
  if (l.blank || l.furniture || l.md_level > 0 || l.emphasized) return std::string_view::npos;
  const std::string_view t = l.text;
  const std::string number = std::to_string(expected);
  // Both forms below need the number's digits at or after the glue point
  // (within its first max_label_lead bytes): a line without them, as most
  // are, is passed over, and no glue point can lie further back than that.
  const std::size_t first = t.find(number);
  if (first == std::string_view::npos) return std::string_view::npos;
  const std::size_t reach = first + number.size();
  // "Der var ingen spørgsmål50/2. Ansøgning ..." (a council's minutes of
  // 2004 as a page gives them): a heading numbered "50/2." is glued to the
  // last word itself; no sentence ends there.
  const bool slashed = like.form == slashed_row;
  for (std::size_t p = reach > max_label_lead ? std::max<std::size_t>(1, reach - max_label_lead)
                                              : 1;
       p < t.size(); ++p) {
    const bool after_word = slashed && starts_digit(t.substr(p)) &&
                            !(t[p - 1] >= '0' && t[p - 1] <= '9') && t[p - 1] != ' ';
    if (!glue_point(t, p) && !after_word) continue;
    // Most glue points are sentences' starts: only one that can be heading
    // `expected` goes to the patterns (a numbered form starts with the
    // number, a labelled one names it within its first words).
    const std::string_view rest = t.substr(p);
    if (starts_digit(rest)) {
      std::size_t end = 0;
      if (read_digits(rest, end) != expected) continue;
    } else if (like.style != item_style::labelled ||
               rest.substr(0, max_label_lead).find(number) == std::string_view::npos) {
      continue;
    }
    line tail = l;
    tail.text = t.substr(p);
    const auto c = match_item_heading(tail);
    // A title is no sentence: "Se stk.3. Tallene findes i bilaget." ends in a full stop.
    if (!c || c->number != expected || c->form != like.form || c->title.empty() ||
        c->title.ends_with(".") || c->title.size() > max_glued_title)
      continue;
    // The evidence must stand right under the line: a wrapped paragraph
    // ("... afsnit 2. 3. Kvartal viste" / "det største fald.") has its
    // section heading only lines later.
    const std::size_t next = next_content(lines, i + 1, lines.size());
    if ((next < lines.size() && is_evidence_line(lines[next])) || toc_lists(contents, c->title))
      return p;
  }
  return std::string_view::npos;
}

// Cuts line `i` at byte `p` of its text; the second half becomes line i + 1.
void split_line(std::vector<line>& lines, std::size_t i, std::size_t p) {
  line head = lines[i];
  const std::size_t cut = static_cast<std::size_t>(head.text.data() + p - head.raw.data());
  line tail = head;
  tail.raw = head.raw.substr(cut);
  tail.offset = head.offset + cut;
  tail.text = trim(head.text.substr(p));
  tail.page_break = false;
  tail.number_line = -1;
  head.raw = head.raw.substr(0, cut);
  head.text = trim(head.text.substr(0, p));
  head.number_line = -1;
  lines[i] = head;
  lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(i) + 1, tail);
}

// The labelled suffixed pattern's "(?i:punkt|pkt\.?|sag)\s+" read from
// `p`: where the blanks after the word end, npos where no ASCII blank
// ([\t\n\f\r ], RE2's \s) ends a word of at most seven bytes ("pKt."
// with a Kelvin sign, which (?i) folds to "k", is six; "punKt" seven). The
// digits stand right there in a line the pattern matches; scanning a
// sentence ("Sagen er ...") for its first digit cost ~4 M instructions
// over the 400 bench documents.
std::size_t after_label_word(std::string_view t, std::size_t p) {
  constexpr std::size_t longest_label_word = 7;
  const auto is_blank = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  };
  const std::size_t bound = std::min(t.size(), p + longest_label_word + 1);
  std::size_t q = p;
  while (q < bound && !is_blank(t[q])) ++q;
  if (q == bound || q == p) return std::string_view::npos;
  while (q < t.size() && is_blank(t[q])) ++q;
  return q;
}

// Whether a line may head an item numbered with a letter in `style`
// ("2a. Title", "Punkt 2 a: Title"): the pattern runs only then.
bool may_be_suffixed(std::string_view t, item_style style) {
  std::size_t p = 0;
  while (p < t.size() && (t[p] == '*' || t[p] == '_')) ++p;
  if (style == item_style::labelled) {
    if (p >= t.size() || std::string_view("pPsS").find(t[p]) == std::string_view::npos)
      return false;
    p = after_label_word(t, p);
    if (p == std::string_view::npos) return false;
  }
  const std::size_t digits = p;
  while (p < t.size() && t[p] >= '0' && t[p] <= '9') ++p;
  if (p == digits || p - digits > 3) return false;
  if (p < t.size() && (t[p] == ' ' || (t[p] == '.' && style == item_style::numbered))) ++p;
  return p + 1 < t.size() && std::isalpha(static_cast<unsigned char>(t[p])) &&
         std::string_view(" \t.):,-*_").find(t[p + 1]) != std::string_view::npos;
}

// "• 423. Title", "- 423. Title": a web page's items as a list, the bullets
// kept when the page was saved as text or read by the html reader.
// "•" and "▪" start with 0xE2, "·" with 0xC2: most lines start otherwise.
bool may_start_with_bullet(std::string_view t) {
  return !t.empty() && (t[0] == '-' || t[0] == '\xE2' || t[0] == '\xC2');
}

std::string_view without_list_bullet(std::string_view t) {
  if (!may_start_with_bullet(t)) return t;
  for (const std::string_view bullet : {"\u2022 ", "\u00B7 ", "\u25AA ", "- "}) {
    if (!t.starts_with(bullet)) continue;
    const std::string_view rest = trim(t.substr(bullet.size()));
    // "• Punkt 1 Title" (Vallensbæk) as "• 423. Title".
    const bool labelled = starts_with_ci(rest, "punkt ") || starts_with_ci(rest, "pkt.");
    return starts_digit(rest) || labelled ? rest : t;
  }
  return t;
}

// "| **Pkt. 6** | **Title** |": a markdown table's row of an item's number
// and title (a web page's table as markdown): the row without its outer
// bars; the bar between the cells is a separator of the heading.
std::string_view without_table_bars(std::string_view t) {
  t = trim(t.substr(1));
  if (t.ends_with('|')) t = trim(t.substr(0, t.size() - 1));
  return t;
}

// A case number's shape: digits, capitals (a KLE number's `G01`) and the
// separators `-` `/` `.`, with at least one separator and four digits.
bool shaped_like_case_number(std::string_view s) {
  constexpr int min_digits = 4;
  int digits = 0;
  bool separated = false;
  for (const char c : s) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == '-' || c == '/' || c == '.') {
      separated = true;
    } else if (c < 'A' || c > 'Z') {
      return false;
    }
  }
  return separated && digits >= min_digits;
}

// "24-1699 - 7. Lukket: Title" (an agenda page's `<summary>`, Kalundborg):
// the item's case number before its heading, a dash between them; the
// heading is what follows the dash. A lead of 1-3 digits alone is the
// item's own number (`1 - Title`, the dash row), so it must hold a
// separator.
std::string_view without_case_number_lead(std::string_view t) {
  constexpr std::size_t max_lead = 24;
  if (!starts_digit(t)) return t;
  // The lead is the line's first word; the dash right after it.
  const std::size_t dash = t.find(' ');
  if (dash == std::string_view::npos || dash > max_lead) return t;
  const std::string_view after = t.substr(dash);
  if (!after.starts_with(" - ") && !after.starts_with(" \u2013 ")) return t;
  if (!shaped_like_case_number(t.substr(0, dash))) return t;
  const std::string_view rest = trim(t.substr(t.find(' ', dash + 1) + 1));
  return starts_digit(rest) ? rest : t;
}

// An item found between the chain's headings after the chain was made
// ("2a. Title" after "2.", a closed item in the numbering's gap), heading
// line `line`: `from`'s style and form, none of what `from`'s own lines said
// (its title's lines above, its numbers or group over it, a status before
// its number, being a case-number, status or untitled heading).
item_candidate inserted_candidate(const item_candidate& from, std::size_t line,
                                  std::string_view title) {
  item_candidate c = from;
  c.line = line;
  c.title = title;
  c.suffix = 0;
  c.above = 0;
  c.numbers_above = 0;
  c.lead = 0;
  c.number_is_heading = c.status_is_heading = c.status_first = c.renumbered = c.untitled_page =
      c.one_line_title = false;
  return c;
}

}  // namespace

std::span<const item_pattern> item_patterns() { return patterns_table; }

std::string item_candidate::label() const {
  std::string out = std::to_string(number);
  if (minor > 0) out += "." + std::to_string(minor);
  if (suffix != 0) out += suffix;
  return out;
}

namespace {

// insert_suffixed_items' patterns, each compiled the first time a line
// passes may_be_suffixed (most processes' documents hold no such line, and
// each pattern's \p{Lu} costs RE2 ~3 M instructions to compile).
// "2a. Title", "2 a) Title", "7.a Title".
const RE2& suffixed_numbered_pattern() {
  static const RE2 numbered(
      R"([*_]*(\d{1,3})(?: ?([a-zA-Z])[.):]|\.([a-zA-Z])[.):]?)[*_]*\s+[*_]*(\p{Lu}.*))");
  return numbered;
}

// "Punkt 2a: Title", "Pkt. 2 A Title", "Sag 2 a - Title".
const RE2& suffixed_labelled_pattern() {
  static const RE2 labelled(
      R"([*_]*(?i:punkt|pkt\.?|sag)\s+(\d{1,3}) ?([a-zA-Z])(?:\s*[:.,)–-]|[*_])?[*_\s]+(\p{Lu}.*))");
  return labelled;
}

}  // namespace

void insert_suffixed_items(const std::vector<line>& lines, std::vector<item_candidate>& headings) {
  for (std::size_t k = 0; k < headings.size(); ++k) {
    const item_candidate& h = headings[k];
    if (h.minor > 0) continue;
    const std::size_t bound =
        k + 1 < headings.size() ? headings[k + 1].region_start() : lines.size();
    for (std::size_t i = h.line + 1; i < bound; ++i) {
      const std::string_view t = lines[i].text;
      if (lines[i].blank || lines[i].furniture || t.size() > max_heading_length ||
          !may_be_suffixed(t, h.style))
        continue;
      re2::StringPiece number, letter, dotted_letter, title;
      const bool matched =
          h.style == item_style::numbered
              ? RE2::FullMatch(re2::StringPiece(t.data(), t.size()), suffixed_numbered_pattern(),
                               &number, &letter, &dotted_letter, &title)
              : RE2::FullMatch(re2::StringPiece(t.data(), t.size()), suffixed_labelled_pattern(),
                               &number, &letter, &title);
      if (!matched) continue;
      if (letter.empty()) letter = dotted_letter;  // "7.a"
      if (std::string_view(number.data(), number.size()) != std::to_string(h.number)) continue;
      // Evidence right under it ("2a. Stier" over "2b. Cykelstier" in a
      // list is text, even with a heading a few lines on).
      const std::size_t next = next_content(lines, i + 1, bound);
      if (next >= bound || !is_evidence_line(lines[next])) continue;
      const char suffix = static_cast<char>(std::tolower(static_cast<unsigned char>(letter[0])));
      if (suffix <= h.suffix) continue;  // "2b" follows "2a", never the other way
      item_candidate c = inserted_candidate(h, i, std::string_view(title.data(), title.size()));
      c.suffix = suffix;
      headings.insert(headings.begin() + static_cast<std::ptrdiff_t>(k) + 1, c);
      break;  // the inserted item is visited next, for a "2b" after it
    }
  }
}

namespace {

// Whether the first number of `t` goes on as a range of items in a
// sentence: "20-21 blev ...", the dash between the numbers and a lowercase
// word after them; with blanks around the dash only in a sentence that ends
// so ("Punkt 4 - 5 fra sidste møde udsættes til oktober."; "Punkt 3 - 10 års
// vedligeholdelsesplan", "Punkt 3 - 4. behandling", "Pkt. 3 - 12 nye boliger"
// are headings).
bool names_item_range(std::string_view t) {
  std::size_t i = t.find_first_of("0123456789");
  if (i == std::string_view::npos) return false;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  const bool spaced = i < t.size() && t[i] == ' ';
  if (spaced && !trim(t).ends_with('.')) return false;
  while (i < t.size() && t[i] == ' ') ++i;
  if (t.substr(i).starts_with("-")) {
    i += 1;
  } else if (t.substr(i).starts_with("–")) {
    i += std::string_view("–").size();
  } else {
    return false;
  }
  while (spaced && i < t.size() && t[i] == ' ') ++i;
  if (i >= t.size() || t[i] < '0' || t[i] > '9') return false;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
  const std::string_view after = t.substr(i);
  return after.empty() || (after.starts_with(' ') && starts_lower(trim(after)));
}

}  // namespace

std::optional<item_candidate> match_item_heading(const line& l, bool as_heading) {
  const std::string_view t = may_start_with_bullet(l.text) ? without_list_bullet(l.text)
                             : l.text.starts_with('|')     ? without_table_bars(l.text)
                                                           : without_case_number_lead(l.text);
  if (t.empty() || t.size() > max_heading_length) return std::nullopt;
  // "• 1" alone, the title on the next line (Dragør's web pages): a bulleted
  // number is a lone heading number even without its full stop.
  if (t.size() <= 3 && t.size() < l.text.size() &&
      std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    item_candidate out;
    out.style = item_style::numbered;
    out.form = static_cast<std::uint8_t>(numbered_row);
    split_heading(t, false, out);
    if (out.number == 0) return std::nullopt;
    return out;
  }
  // Without submatches RE2 answers from its DFA; the parts are then cut out by hand.
  const auto rows = patterns_for(t);
  // Rows that cannot match skip RE2: a heading-only row outside a heading
  // line, a row whose byte the line lacks.
  const bool heading = as_heading || l.md_level > 0 || l.emphasized || l.column_headed;
  const auto row = std::find_if(rows.begin(), rows.end(), [&](std::size_t i) {
    const item_pattern& p = patterns_table[i];
    return (heading || !p.heading_only) &&
           (p.needs == '\0' || t.find(p.needs) != std::string_view::npos) &&
           separator_may_follow_digits(i, t) && row_matches(i, t);
  });
  if (row == rows.end()) return std::nullopt;
  // "Sag 306-2009-600", "Sag 12/27845": a case number after the label.
  if (std::string_view(patterns_table[*row].name) == "sag" && continues_as_case_number(t))
    return std::nullopt;
  // "Dagsordenens punkt 20-21 blev besluttet behandlet under ét": a range of
  // items in a sentence, no heading.
  if (patterns_table[*row].style == item_style::labelled && names_item_range(t))
    return std::nullopt;
  item_candidate out;
  out.style = patterns_table[*row].style;
  out.form = static_cast<std::uint8_t>(*row);
  split_heading(t, *row == dotted_row, out);
  // "1. at ...", "Punkt 3 i dagsordenen ...": a list entry or a sentence;
  // "3 lukket punkt" alone is the status column's.
  if (starts_lower(out.title) && l.md_level == 0 &&
      !(*row == column_row && is_closed_line(out.title)))
    return std::nullopt;
  // "Punkt 2 A: Title": an item added after item 2 (insert_suffixed_items).
  if (out.title.size() > 2 && std::isalpha(static_cast<unsigned char>(out.title[0])) &&
      (out.title[1] == ':' || out.title[1] == ')' ||
       (out.title[1] == ' ' && (out.title[2] == '-' || out.title[2] == ':'))))
    return std::nullopt;
  if (out.number == 0) return std::nullopt;
  // "2.1 Baggrund": a numbered section of an item.
  if (*row == dotted_row && (out.minor == 0 || is_section_heading(out.title))) return std::nullopt;
  // "Ad 1." alone or "Ad 2. Anbefales.": a decision answering the points of
  // its recommendation; an item answered so names its title on the line.
  if (std::string_view(patterns_table[*row].name) == "ad" &&
      (out.title.empty() || out.title.ends_with('.')))
    return std::nullopt;
  return out;
}

namespace {

// "Dagsordenspunkt 1: Godkendelse af dagsorden" in the decision under "1.
// Godkendelse af dagsorden" (Copenhagen): a labelled line repeating the
// number and title of a numbered heading above it is that item's heading
// said again, not an item.
void drop_repeated_headings(std::vector<scored>& labelled,
                            const std::vector<std::vector<item_candidate>>& numbered_lines,
                            const std::vector<line>& lines) {
  // Also under a labelled heading ("Punkt 1. Godkendelse af dagsorden"):
  // the later of two labelled lines with one number and title, right under
  // a decision's heading (an agenda's list above the items says them first).
  const auto under_decision = [&](std::size_t i) {
    std::size_t above = i;
    while (above > 0 && lines[above - 1].blank) --above;
    return above > 0 && classify_heading(lines[above - 1].text).kind == kind::decision;
  };
  // Asked once a candidate: a document may hold many labelled lines.
  std::vector<signed char> under(labelled.size(), -1);
  const auto later_under_decision = [&](std::size_t b) {
    if (under[b] < 0) under[b] = under_decision(labelled[b].c.line) ? 1 : 0;
    return under[b] == 1;
  };
  std::vector<bool> repeated(labelled.size(), false);
  for (std::size_t a = 0; a < labelled.size(); ++a) {
    const item_candidate& first = labelled[a].c;
    if (first.title.empty()) continue;
    for (std::size_t b = 0; b < labelled.size(); ++b) {
      const item_candidate& later = labelled[b].c;
      if (later.line > first.line && later.number == first.number && later_under_decision(b) &&
          later.minor == first.minor && !later.title.empty() &&
          title_key(later.title) == title_key(first.title))
        repeated[b] = true;
    }
  }
  // One pass, in the order of `repeated`.
  std::erase_if(labelled, [&, index = std::size_t{0}](const scored& l) mutable {
    if (repeated[index++]) return true;
    if (l.c.title.empty()) return false;
    std::string key;  // made only when a numbered heading has the number
    for (const auto& form : numbered_lines) {
      for (const item_candidate& n : form) {
        if (n.line >= l.c.line) break;
        if (n.number != l.c.number || n.minor != l.c.minor) continue;
        // A lone number's title is the next line ("1", blank, "Title").
        std::string_view title = n.title;
        if (title.empty()) {
          const std::size_t next = next_content(lines, n.line + 1, l.c.line);
          if (next < l.c.line) title = lines[next].text;
        }
        if (title.empty()) continue;
        if (key.empty()) key = title_key(l.c.title);
        if (title_key(title) == key) return true;
      }
    }
    return false;
  });
}

// "Ad 1. Hanne M. Abildgaard blev valgt som formand ..." right under
// "Beslutning i Kommunalbestyrelsen den 05-12-2017": the decision answers
// the points of its recommendation; no item starts there. (A title ending in
// a full stop says so already; a converter that wraps the line cuts it off.)
bool answers_decision(const std::vector<line>& lines, const item_candidate& c) {
  if (std::string_view(patterns_table[c.form].name) != "ad") return false;
  std::size_t above = c.line;
  while (above > 0 && (lines[above - 1].blank || lines[above - 1].furniture)) --above;
  if (above == 0) return false;
  // "Beslutning: Godkendt." over "Ad 2) Personsag": the decision above was
  // said on its line, so the next point of the agenda starts (a council's
  // minutes number their items so); "Beslutning: Ad 1. Godkendt." answers
  // points.
  const heading_match h = classify_heading(lines[above - 1].text);
  return h.kind == kind::decision && (h.inline_text.empty() || h.inline_text.starts_with("Ad ") ||
                                      h.inline_text.starts_with("ad "));
}

// "Direktionen indstiller, at" over "  1. Byrådet hjemtager et lån." (Horsens)
// and " 2. Udvalgets anbefalinger ..." under " 1. ..." (Stevns): the points
// of a sentence that ends in "at" are no items.
bool continues_sentence_above(const std::vector<line>& lines, std::size_t i) {
  constexpr std::size_t max_points = 20;
  std::size_t above = i;
  for (std::size_t points = 0; points <= max_points; ++points) {
    while (above > 0 && (lines[above - 1].blank || lines[above - 1].furniture)) --above;
    if (above == 0) return false;
    const std::string_view t = trim_end(lines[above - 1].text, ":");
    if (t.ends_with(" at") || t.ends_with(",at")) return true;
    // Over an earlier point of the list ("1. Udvalget behandler ..."), look on.
    const std::string_view rest = after_digits(t);
    if (rest.size() == t.size() || !(rest.starts_with(". ") || rest.starts_with(") ")))
      return false;
    --above;
  }
  return false;
}

// Line `next` stands right under line `i`, or after one blank line when `i`
// is a paragraph of its own (a blank line above it too, as a PDF's
// paragraphs stand): "1 Musik 310.000 kr." over "2 Teater 220.000 kr." over
// a blank line is a list of counts, not a heading over its section.
bool under_heading(const std::vector<line>& lines, std::size_t i, std::size_t next) {
  if (next == i + 1) return true;
  // A page's link between ("1 Title", blank, "Udskriv", blank, "Sagsid.: ...",
  // pandoc's plain text of a saved page) is as if it were not there: the
  // blank lines around it are one.
  bool blank = false;
  std::size_t run = 0;  // blank lines in a row
  for (std::size_t k = i + 1; k < next; ++k) {
    if (lines[k].furniture) {
      run = 0;
      continue;
    }
    if (!lines[k].blank || ++run > 1) return false;
    blank = true;
  }
  return !blank || (!lines[next].page_break && (i == 0 || lines[i - 1].blank));
}

// The next line with text under line `i` (see under_heading), past a
// closed or open marker right under it ("111 Personaleforhold" over
// "Lukket punkt" over "Beslutning", a web page's card); lines.size() when
// none stands there.
std::size_t content_under(const std::vector<line>& lines, std::size_t i) {
  std::size_t next = next_content(lines, i + 1, lines.size());
  if (next >= lines.size() || !under_heading(lines, i, next)) return lines.size();
  if (!is_closed_line(lines[next].text) && !is_open_line(lines[next].text)) return next;
  const std::size_t marker = next;
  next = next_content(lines, marker + 1, lines.size());
  return next < lines.size() && under_heading(lines, marker, next) ? next : lines.size();
}

// The next line with text under line `i` (content_under) is a case
// number, labelled or bare.
bool case_number_under(const std::vector<line>& lines, std::size_t i) {
  const std::size_t next = content_under(lines, i);
  return next < lines.size() &&
         (is_number_line(lines[next]) || is_number_label_line(lines[next].text));
}

// The next line with text under line `i` (see under_heading) is a section
// heading ("Beslutning").
bool section_under(const std::vector<line>& lines, std::size_t i) {
  const std::size_t next = content_under(lines, i);
  return next < lines.size() &&
         (is_section_heading(lines[next].text) || classify_bulleted_heading(lines[next].text));
}

// "1." alone over "stedfortræder på Det Konservatives liste ...": an
// ordinal of the sentence a converter broke there, not a lone item number,
// whose title starts with a capital.
bool lone_number_over_lowercase(const std::vector<line>& lines, const item_candidate& c,
                                std::size_t i) {
  if (!c.title.empty() || c.style != item_style::numbered) return false;
  const std::size_t next = next_content(lines, i + 1, lines.size());
  return next < lines.size() && starts_lower(lines[next].text);
}

// A number alone on its line ("1", a blank line, "Title"), as pdftotext
// gives the number's column of a row "1   Title" (or Word's "1<tab>Title"):
// the heading, with no title of its own (assemble_title takes the next
// line), when a line fit to be a title follows. Sets `title` to that line.
// Next to a page break the number is the page's.
std::optional<item_candidate> bare_number_heading(const std::vector<line>& lines, std::size_t i,
                                                  std::size_t& title) {
  // A title may end in a full stop ("Udpegning af et nyt medlem til
  // bestyrelsen for I/S Infra Service."); a long sentence is body text.
  constexpr std::size_t max_title_sentence = 100;
  if (!is_bare_number_line(lines, i)) return std::nullopt;
  title = next_content(lines, i + 1, lines.size());
  // One blank line between, or more around a page's furniture ("1", blank,
  // "Side 3.", blank, "Title": a running header's page number).
  const auto furniture = static_cast<std::size_t>(
      std::count_if(lines.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                    lines.begin() + static_cast<std::ptrdiff_t>(std::min(title, lines.size())),
                    [](const line& l) { return l.furniture; }));
  if (title >= lines.size() || title > i + 2 + 2 * furniture || lines[title].page_break ||
      !starts_upper(lines[title].text) ||
      (lines[title].text.ends_with('.') && lines[title].text.size() > max_title_sentence) ||
      (is_evidence_line(lines[title]) && !is_closed_line(lines[title].text) &&
       !labelled_title(lines[title].text)))
    return std::nullopt;
  item_candidate c;
  c.number = static_cast<unsigned>(std::stoul(std::string(lines[i].text)));
  if (c.number == 0) return std::nullopt;
  c.style = item_style::numbered;
  c.form = static_cast<std::uint8_t>(numbered_row);
  return c;
}

// "1" alone over "Stefan Agger - udtræden af kommunalbestyrelsen" with its
// case number "00.22.00G01-0002" or a section soon under it, or over "Lukket
// punkt" (a closed item's title withheld). A number alone is often a page's
// or a table's, so what follows the title must show the item (in order
// from 1, bare_numbered_items takes them without).
std::optional<item_candidate> bare_number_over_title(const std::vector<line>& lines,
                                                     std::size_t i) {
  std::size_t title = 0;
  auto c = bare_number_heading(lines, i, title);
  // "14" over "Lukket punkt": the marker shows the item.
  if (c && !is_closed_line(lines[title].text) && !evidence_soon_after(lines, title, lines.size()))
    return std::nullopt;
  return c;
}

// "Lukket 2 Køb af ejendom", "LUKKET 2. Køb": a closed status, then a
// number; `text` is left at the number. ("Lukket vej" has no number.)
bool status_before_number(std::string_view& text) {
  constexpr std::string_view word = "lukket";
  if (text.size() <= word.size() + 1 || !starts_with_ci(text, word) ||
      (text[word.size()] != ' ' && text[word.size()] != '\t'))
    return false;
  const std::string_view rest = trim(text.substr(word.size()));
  if (rest.empty() || rest.front() < '0' || rest.front() > '9') return false;
  text = rest;
  return true;
}

}  // namespace

// "Punkt 1: ..." ... "Lukket punkt: Køb af ejendom" over "Sagsnr.: 24/1009"
// ... "Punkt 3: ...": a closed item printed without its number fills the
// gap in the numbering (the privacy audit: its text had been item 1's). Only
// a line after a blank one, opening with a closed marker, with evidence
// right under it.
void insert_unnumbered_closed_items(const std::vector<line>& lines,
                                    std::vector<item_candidate>& chain) {
  for (std::size_t k = 0; k + 1 < chain.size(); ++k) {
    const item_candidate& here = chain[k];
    const item_candidate& next = chain[k + 1];
    if (here.minor > 0 || next.minor > 0 || next.number != here.number + 2) continue;
    const unsigned missing = here.number + 1;
    // 7, 9, 8, 10 (restore_swapped_items): nothing is missing.
    if (holds_item(chain, missing)) continue;
    for (std::size_t i = here.line + 1; i < next.region_start(); ++i) {
      const line& l = lines[i];
      if (l.blank || l.furniture || i == 0 || !lines[i - 1].blank) continue;
      // "2 Køb af ejendom (Lukket)" in another form than the items' ("1.",
      // "3."): the missing number first, then a title that is marked closed;
      // or the status before the number ("Lukket 2 Køb af ejendom", a card's
      // badge first).
      std::string_view title = l.text;
      const bool status_first = status_before_number(title);
      const std::string_view digits = leading_digits(title);
      const unsigned number = digits_value(digits);
      if (status_first && number != missing) continue;
      bool closed = status_first;
      if (!digits.empty() && number == missing) {
        title = trim(title.substr(digits.size()));
        if (title.starts_with('.')) title = trim(title.substr(1));
        strip_closed_markers(title, closed);  // the title keeps its marker
      }
      if ((!closed && !starts_with_closed_marker(l.text)) ||
          !evidence_soon_after(lines, i, next.region_start()))
        continue;
      item_candidate c = inserted_candidate(here, i, closed ? title : l.text);
      c.number = missing;
      c.status_first = status_first;
      chain.insert(chain.begin() + static_cast<std::ptrdiff_t>(k + 1), c);
      break;
    }
  }
}

// "9" over its title, then "10 Ændring af ..." and "11 Lukket punkt: ..."
// (pdfminer puts a number cell of one digit on a line of its own and one of
// two digits beside its title): a heading in another form that goes on with
// the numbering after the chain's last item, its case number or first
// section right under it, is the next item. (The closed item had been the
// text of the last open one.) Not a point of a list inside the last item
// ("3) At borgmesteren bemyndiges" under "2) ...", "Beslutning:" after it),
// and never an open item after a closed one: a closed item's points would
// be published.
void append_items_in_other_forms(const std::vector<line>& lines,
                                 const std::vector<std::vector<item_candidate>>& forms,
                                 std::vector<item_candidate>& chain) {
  if (chain.empty()) return;
  const std::size_t chain_form = chain.back().form;
  while (chain.back().minor == 0) {
    const item_candidate& last = chain.back();
    const item_candidate* next = nullptr;
    for (std::size_t f = 0; f < forms.size(); ++f) {
      if (f == chain_form) continue;
      for (const item_candidate& c : forms[f]) {
        if (c.line <= last.line || c.number != last.number + 1 || c.minor > 0) continue;
        if (next == nullptr || c.line < next->line) next = &c;
        break;
      }
    }
    if (next == nullptr || !evidence_soon_after(lines, next->line, lines.size()) ||
        in_a_tight_list(lines, next->line))
      return;
    // A lone number's title is the next line ("2", blank, "Lukket punkt: Køb").
    const auto closed = [&](const item_candidate& c) {
      std::string_view title = c.title;
      if (title.empty()) {
        const std::size_t below = next_content(lines, c.line + 1, lines.size());
        if (below < lines.size()) title = lines[below].text;
      }
      bool marked = false;
      strip_closed_markers(title, marked);
      return marked;
    };
    if (closed(last) && !closed(*next)) return;
    chain.push_back(*next);
  }
}

std::vector<item_candidate> find_item_headings(const std::vector<line>& lines, const toc& contents,
                                               const item_options& options) {
  std::vector<scored> labelled;
  // Numbered candidates by form ("3. X", "3 : X", "3  X"): one document
  // numbers its items in one form, so each form makes its own chain.
  std::vector<std::vector<item_candidate>> numbered_lines(std::size(patterns_table));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const line& l = lines[i];
    if (l.blank || l.furniture) continue;
    if (contents.holds(i)) continue;
    auto c = match_item_heading(l);
    // "1 Godkendelse af dagsorden" over "Sagsnr.: 24/18233" or "Beslutning":
    // a number, one blank and a capital head an item in running text too
    // when its case number or first section stands right under it (Word's
    // "1<tab>Title" in a PDF, the tab come out as one blank); elsewhere they
    // are a count ("1 Musik 310.000 kr.").
    // Each test after a cheap look at the line's first byte (a digit, a
    // bullet): they are not inlined, and this runs on every line.
    if (!c &&
        ((may_start_number(l.text) && blank_capital_after_digits(l.text)) ||
         (may_start_with_bullet(l.text) &&
          blank_capital_after_digits(without_list_bullet(l.text)))) &&
        (case_number_under(lines, i) || section_under(lines, i)))
      c = match_item_heading(l, true);
    if (!c && is_number_alone(l.text)) c = bare_number_over_title(lines, i);
    if (!c || lone_number_over_lowercase(lines, *c, i)) continue;
    c->line = i;
    if (answers_decision(lines, *c) || continues_sentence_above(lines, i)) continue;
    if (c->style == item_style::labelled) {
      labelled.push_back(score(lines, *c, contents));
    } else if (options.numbered_items) {
      numbered_lines[c->form].push_back(*c);
    }
  }
  drop_repeated_headings(labelled, numbered_lines, lines);
  auto chain = best_chain(labelled, item_style::labelled);
  const std::size_t labelled_items = chain.size();
  int best_score = 0;
  bool numbered_won = false;
  for (const auto& form : numbered_lines) {
    int s = 0;
    auto by_number = numbered_chain(lines, contents, form, labelled_items, s);
    if (by_number.empty()) continue;
    // The form whose chain explains the document best; on ties the earlier row.
    if (!numbered_won || s > best_score) {
      best_score = s;
      numbered_won = true;
      chain = std::move(by_number);
    }
  }
  // The labelled chain's count decided against the numbered forms as found.
  if (!numbered_won) restore_swapped_items(labelled, chain);
  insert_unnumbered_closed_items(lines, chain);
  if (numbered_won) append_items_in_other_forms(lines, numbered_lines, chain);
  attach_titles_above(lines, chain, options.max_title_lines);
  attach_numbers_above(lines, chain);
  // "2. Lukkede sager" over "2.1 Title", or "# 2 Lukkede sager" (a Word
  // heading numbered without its stop).
  std::vector<item_candidate> groups = numbered_lines[numbered_row];
  groups.insert(groups.end(), numbered_lines[headed_row].begin(), numbered_lines[headed_row].end());
  std::sort(groups.begin(), groups.end(),
            [](const item_candidate& a, const item_candidate& b) { return a.line < b.line; });
  attach_group_headings(chain, groups);
  return chain;
}

// Plain decision headings ("Beslutning") standing alone on their lines
// outside the contents; decision records ("Beslutning i Økonomiudvalget den
// ...") do not count: one item may hold the records of several meetings.
std::size_t decision_headings(const std::vector<line>& lines, const toc& contents) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank || lines[i].furniture) continue;
    if (contents.holds(i)) continue;
    if (classify_heading(lines[i].text).is_plain_decision()) ++n;
  }
  return n;
}

std::vector<item_candidate> heading_led_items(const std::vector<line>& lines, const toc& contents) {
  // Markdown's levels 1-6, and a whole line in bold as one more (a Word
  // document's headings as pandoc or a converter writes them:
  // "**Årsregnskab 2016**"); 0 is no heading.
  constexpr std::uint8_t bold_level = 7;
  constexpr std::size_t levels = bold_level + 1;
  const auto level_of = [&](std::size_t i) -> std::uint8_t {
    const line& l = lines[i];
    return l.md_level > 0 ? l.md_level : l.emphasized ? bold_level : 0;
  };
  std::array<std::size_t, levels> evidenced{};
  const auto may_head = [&](std::size_t i) {
    const line& l = lines[i];
    return level_of(i) > 0 && !l.blank && !l.furniture && !contents.holds(i) &&
           starts_upper(l.text) && !is_section_heading(l.text) && !is_evidence_line(l);
  };
  // An item's evidence among the first lines under the heading: a case
  // number or a section heading ("Medlemmer: ..." under "# Referat" is none).
  const auto shows_item = [&](std::size_t i) {
    constexpr std::size_t lines_to_look = 4;
    std::size_t k = i;
    for (std::size_t seen = 0; seen < lines_to_look; ++seen) {
      k = next_content(lines, k + 1, lines.size());
      if (k >= lines.size() || level_of(k) == level_of(i)) return false;
      const line& l = lines[k];
      if (is_number_line(l) || is_number_label_line(l.text) || is_section_heading(l.text) ||
          is_closed_line(l.text))
        return true;
    }
    return false;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (may_head(i) && shows_item(i)) ++evidenced[level_of(i)];
  }
  const auto level = static_cast<std::uint8_t>(
      std::max_element(evidenced.begin(), evidenced.end()) - evidenced.begin());
  if (evidenced[level] < 2) return {};
  std::vector<item_candidate> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!may_head(i) || level_of(i) != level) continue;
    if (out.empty() && !shows_item(i)) continue;  // the header's headings
    item_candidate c;
    c.line = i;
    c.number = static_cast<unsigned>(out.size() + 1);
    c.style = item_style::numbered;
    c.form = static_cast<std::uint8_t>(numbered_row);
    c.title = lines[i].text;
    out.push_back(c);
  }
  if (2 * evidenced[level] < out.size()) out.clear();
  // Bold lines said again ("**Teknik og Miljø**", the department over each
  // case number) are a column of the page, not the items' titles.
  if (level == bold_level) {
    for (std::size_t a = 0; a < out.size(); ++a)
      for (std::size_t b = a + 1; b < out.size(); ++b)
        if (equals_ci(out[a].title, out[b].title)) return {};
  }
  return out;
}

std::vector<item_candidate> case_led_items(const std::vector<line>& lines, const toc& contents) {
  std::vector<item_candidate> out;
  bool evidence = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const line& l = lines[i];
    if (l.blank || l.furniture) continue;
    if (contents.holds(i)) continue;
    if (!out.empty() && !evidence && is_section_heading(l.text)) evidence = true;
    // "  • Sagsid.: 17/21413": a web page's list bullet before the label.
    const std::string_view label_line = strip_bullet(trim(l.text));
    if (!is_number_label_line(label_line)) continue;
    const bool numbered = is_number_line(label_line);
    const std::size_t title = next_content(lines, i + 1, lines.size());
    if (title >= lines.size()) continue;
    item_candidate c;
    c.number = static_cast<unsigned>(out.size() + 1);
    c.style = item_style::numbered;
    c.form = static_cast<std::uint8_t>(numbered_row);
    if (is_section_heading(lines[title].text)) {
      // "Sagsnr.: 22/131" over "Beslutning i Kommunalbestyrelsen den ...": no
      // title; the label alone ("Sagsid.:" over "Beslutning Byrådet den
      // 25-10-2017", Assens: the agenda's approval has no case) as well.
      c.line = i;
      c.number_is_heading = true;
      out.push_back(c);
      continue;
    }
    if (!numbered || stops_title(lines[title]) || is_evidence_line(lines[title]) ||
        !starts_upper(lines[title].text))
      continue;
    c.line = title;
    c.title = trim(lines[title].text);
    c.numbers_above = title - i;
    out.push_back(c);
    i = title;
  }
  if (!evidence) out.clear();
  // One case-led item but two decisions or more: items whose headings were
  // not found ("1) Title" in a layout the table lacks) would hide in the
  // header and in this item; better no item, and the document quarantined
  // with its reason.
  if (out.size() == 1 && decision_headings(lines, contents) > 1) out.clear();
  return out;
}

namespace {

// Item `number` of a layout without item headings, starting at line `at`.
item_candidate headingless_item(std::size_t at, std::size_t number) {
  item_candidate c;
  c.line = at;
  c.number = static_cast<unsigned>(number);
  c.style = item_style::numbered;
  c.form = static_cast<std::uint8_t>(numbered_row);
  return c;
}

}  // namespace

std::vector<item_candidate> status_led_items(const std::vector<line>& lines, const toc& contents) {
  constexpr std::size_t min_items = 2;
  std::vector<item_candidate> out;
  bool decided = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const line& l = lines[i];
    if (l.blank || l.furniture) continue;
    if (contents.holds(i)) continue;
    if (!out.empty() && !decided && classify_heading(l.text).kind == kind::decision) decided = true;
    if (!is_open_line(l.text) && !is_closed_line(l.text)) continue;
    const std::size_t next = next_content(lines, i + 1, lines.size());
    // A status over anything but a section heading belongs to some other
    // layout (a title under it, a column of a list): no item of this kind.
    if (next >= lines.size() || !is_section_heading(lines[next].text)) return {};
    item_candidate c = headingless_item(i, out.size() + 1);
    c.status_is_heading = true;
    out.push_back(c);
  }
  if (out.size() < min_items || !decided) return {};
  return out;
}

std::vector<item_candidate> section_cycle_items(const std::vector<line>& lines,
                                                const toc& contents) {
  constexpr std::size_t min_items = 2;
  // The section headings standing alone, in order, with their kinds; a
  // contents heading ("Indhold") is the page's, above the items.
  std::vector<std::pair<std::size_t, std::string_view>> headings;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const line& l = lines[i];
    if (l.blank || l.furniture || contents.holds(i)) continue;
    heading_match h = classify_heading(l.text);
    if (!h) h = classify_bulleted_heading(l.text);
    if (h && h.inline_text.empty() && h.kind != kind::content) headings.emplace_back(i, h.kind);
  }
  // The opener: the first heading after the first decision that is none,
  // nor one that follows an item's decision ("Bilag", empty when a page's
  // links to the attachments were left out; "Fraværende"). Or the page's
  // first heading, when it comes again after the decision with only headings
  // that may close an item between: "Beslutning", "Beslutningstema",
  // "Bilag", then "Sagsfremstilling" (Ishøj's pages).
  const auto may_close_an_item = [](std::string_view k) {
    return k == kind::attachments || k == kind::attendance || k == kind::process ||
           k == kind::summary;
  };
  std::string_view opener;
  bool decided = false;
  for (const auto& [i, k] : headings) {
    if (k == kind::decision) {
      decided = true;
    } else if (decided && k != kind::attachments && k != kind::attendance) {
      const bool first_again = k == headings.front().second;
      if (opener.empty() || first_again) opener = k;
      if (first_again || !may_close_an_item(k)) break;
    }
  }
  // Item 1 starts at the first heading: the opener, or a decision alone (the
  // agenda's approval).
  if (opener.empty() ||
      (headings.front().second != opener && headings.front().second != kind::decision))
    return {};
  std::vector<item_candidate> out;
  decided = false;  // the current item holds a decision
  for (const auto& [i, k] : headings) {
    if (out.empty() || (k == opener && decided)) {
      item_candidate c = headingless_item(i, out.size() + 1);
      c.untitled_page = true;
      out.push_back(c);
      decided = false;
    } else if (k == opener) {
      return {};  // the opener again before a decision: no such cycle
    }
    if (k == kind::decision) decided = true;
  }
  if (out.size() < min_items) return {};
  return out;
}

namespace {

// One of the first lines names the document minutes ("Referat af møde i ...").
bool named_minutes(const std::vector<line>& lines) {
  constexpr std::size_t first_lines = 5;
  static constexpr std::string_view minutes_words[] = {"referat", "dagsorden",
                                                       "beslutningsprotokol", "protokol"};
  for (std::size_t i = 0, seen = 0; i < lines.size() && seen < first_lines; ++i) {
    if (lines[i].blank || lines[i].furniture) continue;
    ++seen;
    if (std::any_of(std::begin(minutes_words), std::end(minutes_words),
                    [&](std::string_view w) { return starts_with_ci(lines[i].text, w); }))
      return true;
  }
  return false;
}

}  // namespace

namespace {

// "Mødedato: 23.08.2017, kl. 11:00", "Mødested: ...": a header label of the
// table with its colon.
bool is_labelled_line(std::string_view text) {
  text = trim(text);
  for (const header_label& l : header_labels()) {
    const std::string_view label = l.label;
    if (text.size() > label.size() && text[label.size()] == ':' && starts_with_ci(text, label))
      return true;
  }
  return false;
}

// The title line of a page of one item that leads with the meeting's labels
// and no word naming it minutes (Copenhagen's ".../referat/punkt-4":
// "Mødedato: ..." and "Mødested: ..." over the item's title): the first line
// after the labels, when it is no heading; lines.size() otherwise.
std::size_t title_below_labels(const std::vector<line>& lines) {
  std::size_t i = next_content(lines, 0, lines.size());
  if (i >= lines.size() || !is_labelled_line(lines[i].text)) return lines.size();
  while (i < lines.size() && is_labelled_line(lines[i].text))
    i = next_content(lines, i + 1, lines.size());
  if (i >= lines.size() || !starts_upper(lines[i].text) ||
      classify_heading(lines[i].text).type != heading_type::none)
    return lines.size();
  return i;
}

}  // namespace

namespace {

// The section headings alone on their lines from line `from` on: how many,
// how many decisions, and the first's line (lines.size() if none).
struct page_headings {
  std::size_t count = 0;
  std::size_t decisions = 0;
  std::size_t first = 0;
  bool repeated = false;  ///< a kind heads two sections: two items' sections
  bool restarts = false;  ///< the first heading's kind again after a decision: a next item
};

page_headings headings_from(const std::vector<line>& lines, const toc& contents, std::size_t from) {
  page_headings out;
  out.first = lines.size();
  std::vector<std::string_view> kinds;
  for (std::size_t i = from; i < lines.size(); ++i) {
    const line& l = lines[i];
    if (l.blank || l.furniture) continue;
    if (contents.holds(i)) continue;
    const heading_match h = classify_heading(l.text);
    if (h.type != heading_type::fixed || !h.inline_text.empty()) continue;
    if (out.first == lines.size()) out.first = i;
    ++out.count;
    if (out.decisions > 0 && h.kind == kinds.front()) out.restarts = true;
    if (h.kind == kind::decision) ++out.decisions;
    if (std::find(kinds.begin(), kinds.end(), h.kind) != kinds.end()) out.repeated = true;
    kinds.push_back(h.kind);
  }
  return out;
}

}  // namespace

std::vector<item_candidate> one_item_page(const std::vector<line>& lines, const toc& contents) {
  constexpr std::size_t min_headings = 3;
  if (!named_minutes(lines)) return {};
  const page_headings h = headings_from(lines, contents, 0);
  // Two decisions say two items whose headings were not found: better no
  // item (and the document quarantined with its reason) than one made of both.
  // So does the first section's heading again after the decision
  // ("Sagsfremstilling" over a page's second item, cut before its decision):
  // section_cycle_items reads such a page.
  if (h.count < min_headings || h.decisions != 1 || h.first == 0 || h.restarts) return {};
  item_candidate c = headingless_item(h.first, 1);
  c.untitled_page = true;
  return {c};
}

std::vector<item_candidate> labelled_item_page(const std::vector<line>& lines,
                                               const toc& contents) {
  // A title says more than a word naming the minutes: two headings do here.
  constexpr std::size_t min_headings = 2;
  const std::size_t title = title_below_labels(lines);
  if (title == lines.size()) return {};
  const page_headings h = headings_from(lines, contents, title + 1);
  // Two sections of one kind: two items whose headings were not found.
  if (h.count < min_headings || h.decisions != 1 || h.repeated) return {};
  item_candidate c = headingless_item(title, 1);
  c.title = trim(lines[title].text);
  return {c};
}

namespace {

// "1 Godkendelse af dagsorden" over "Godkendt", "2 Meddelelser fra
// formanden", ... (a waterworks' minutes typed without full stops or blank
// lines): in running text a number before a capital is a count, so only a
// run of three or more lines numbered 1, 2, 3 ... in order, each a short
// title without a sentence's stop, reads as the items.
std::vector<item_candidate> plain_numbered_items(const std::vector<line>& lines,
                                                 const toc& contents) {
  constexpr std::size_t min_items = 3;
  constexpr std::size_t longest_title = 100;
  std::vector<item_candidate> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const line& l = lines[i];
    if (l.blank || l.furniture || contents.holds(i)) continue;
    const std::string_view digits = leading_digits(l.text);
    if (digits.empty() || digits.size() > 3 || l.text.size() <= digits.size() + 1 ||
        l.text[digits.size()] != ' ')
      continue;
    const std::string_view title = trim(l.text.substr(digits.size() + 1));
    if (!starts_upper(title) || title.size() > longest_title || title.ends_with('.') ||
        std::stoul(std::string(digits)) != out.size() + 1)
      continue;
    item_candidate c = headingless_item(i, out.size() + 1);
    c.title = title;
    c.one_line_title = true;  // "Godkendt" under it is the outcome, no wrapped title
    out.push_back(c);
  }
  if (out.size() < min_items) out.clear();
  return out;
}

}  // namespace

std::vector<item_candidate> bare_numbered_items(const std::vector<line>& lines,
                                                const toc& contents) {
  if (!named_minutes(lines)) return {};
  std::vector<item_candidate> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const line& l = lines[i];
    if (l.blank || l.furniture) continue;
    if (contents.holds(i)) continue;
    auto c = match_item_heading(l);
    // "1", blank, "Title": the title is the next line.
    std::size_t title = 0;
    const bool bare =
        !c && is_number_alone(l.text) && (c = bare_number_heading(lines, i, title)).has_value();
    // In order from the first: 1, 2, 3, or a council's running numbers
    // from where this meeting's agenda starts (7, 8, 9; an excerpt's 2, 3).
    if (!c || c->form != numbered_row || c->minor != 0 || (c->title.empty() && !bare) ||
        (!out.empty() && c->number != out.back().number + 1))
      continue;
    c->line = i;
    out.push_back(*c);
  }
  // Not from 1: three items at least, so that a page's number or a count
  // over a capitalised line makes no chain, and no title an outcome ("2",
  // blank, "Godkendt.": a page's number over the decision below it).
  constexpr std::size_t min_running_items = 3;
  if (!out.empty() && out.front().number != 1 &&
      (out.size() < min_running_items ||
       std::any_of(out.begin(), out.end(), [&](const item_candidate& c) {
         const std::size_t title = next_content(lines, c.line + 1, lines.size());
         return title < lines.size() && is_outcome_tail(trim_end(trim(lines[title].text), "."));
       })))
    out.clear();
  if (out.size() < 2) out = plain_numbered_items(lines, contents);
  return out;
}

namespace {

// A word of two to four capitals alone on its line ("DIR", "BFU"): an
// office's code, which no title wraps onto.
bool is_office_code(std::string_view text) {
  if (text.size() < 2 || text.size() > 4) return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

namespace {

// A line at least this long is a wrapped line of a paragraph (pdftotext
// and pypdf wrap at 80 to 110 bytes); a title's next line is its short rest.
constexpr std::size_t min_paragraph_line = 70;

// A list's letter starts `text`: "a) Orientering", "b. Budget".
bool starts_list_letter(std::string_view text) {
  return text.size() >= 3 && text[0] >= 'a' && text[0] <= 'z' &&
         (text[1] == ')' || text[1] == '.') && text[2] == ' ';
}

// A lowercase word starts `text`, not a list's letter ("a) Orientering").
bool starts_lower_word(std::string_view text) {
  const std::string_view first = text.substr(0, text.find(' '));
  return starts_lower(first) && first.size() >= 2 &&
         first.find_first_of(").:") == std::string_view::npos;
}

}  // namespace

// Where a number label and its number close a title ("... dagsorden
// Sagsnr.: 24/00112"), after words of the title; npos when none does.
std::size_t trailing_number_label(std::string_view title) {
  constexpr std::size_t max_tail = 48;
  const std::size_t from = title.size() > max_tail ? title.size() - max_tail : 0;
  for (std::size_t at = title.find(' ', from); at != std::string_view::npos;
       at = title.find(' ', at + 1)) {
    const std::string_view tail = title.substr(at + 1);
    if (at > 0 && is_number_label_line(tail) && is_number_line(tail)) return at + 1;
  }
  return std::string_view::npos;
}

// "Forhandling om lejemål (lukket punkt)  24/12110": a row of a Word table
// over each item (number, title, case number), its cells apart by two
// blanks or a tab. Where the case number's cell starts; npos when none.
std::size_t number_cell_start(std::string_view title) {
  const std::size_t blanks = title.rfind("  ");
  const std::size_t tab = title.rfind('\t');
  const std::size_t gap = blanks == std::string_view::npos ? tab
                          : tab == std::string_view::npos  ? blanks
                                                           : std::max(blanks, tab);
  if (gap == std::string_view::npos || gap == 0) return std::string_view::npos;
  const std::string_view cell = trim(title.substr(gap));
  return starts_digit(cell) && is_number_line(cell) ? gap : std::string_view::npos;
}

namespace {

// "BR 551/06. Tillæg nr. 1 til lokalplan ..." (Copenhagen's council
// protocols, 2006): a body's letters and its case number opening the title,
// then a full stop and a capital. Where the title starts after them; 0 when
// it opens otherwise.
std::size_t leading_case_number(std::string_view title) {
  static const RE2 pattern(R"(^(\p{Lu}{1,4} \d{1,5}/(?:\d{2}|\d{4})\. )\p{Lu})");
  constexpr std::size_t longest_prefix = 16;
  if (title.substr(0, longest_prefix).find('/') == std::string_view::npos) return 0;
  re2::StringPiece prefix;
  if (!RE2::PartialMatch(title, pattern, &prefix)) return 0;
  return prefix.size();
}

}  // namespace

item_title assemble_title(const std::vector<line>& lines, const item_candidate& heading,
                          std::size_t bound, const toc& contents, std::size_t max_lines) {
  item_title out;
  out.last_line = heading.line;
  if (heading.untitled_page) return out;  // no title; the body starts at `line`
  std::string title;
  bool column_closed = false;  // "5   Lukket   Title"
  std::string_view first = heading.title;
  // "PUNKT 1   ÅBEN SAG" over "GODKENDELSE AF DAGSORDEN" (KMD): the status
  // alone after the label, the title on the next line.
  if (heading.style == item_style::labelled && (is_closed_line(first) || is_open_line(first))) {
    column_closed = is_closed_line(first);
    first = {};
  }
  if (const std::size_t cell = number_cell_start(first); cell != std::string_view::npos) {
    out.number = std::string(trim(first.substr(cell)));
    first = trim(first.substr(0, cell));
  }
  append_title_text(title, strip_column_marker(first, column_closed, heading.form == column_row));
  std::size_t used = title.empty() ? 0 : 1;
  if (heading.above > 0) {
    // "Title" over "Sag nr. 3": the lines above are the whole title.
    for (std::size_t i = heading.first_line(); i < heading.line; ++i)
      if (!lines[i].blank) join_title_line(title, title_line_text(lines[i]));
    used = max_lines;
  } else if (heading.one_line_title) {
    used = max_lines;
  } else if (title.empty()) {
    // A lone "3." or "Punkt 3": the title is the next line (or the first
    // after the case's facts).
    bool after_facts = false;
    const std::size_t next = title_line_below(lines, heading.line, bound, after_facts);
    if (next < bound && !stops_title(lines[next], true)) {
      append_title_text(title, title_line_text(lines[next]));
      out.last_line = next;
      used = 1;
      if (after_facts) {
        out.facts_begin = heading.line + 1;
        out.facts_end = next;
      }
    }
  }
  // The entry of the table of contents that names this item, if any.
  const toc_entry* entry = nullptr;
  if (contents.found && !title.empty()) {
    const std::string key = title_key(title);
    for (const auto& e : contents.entries) {
      if (entry_matches(e, key)) {
        entry = &e;
        break;
      }
    }
  }
  while (used > 0 && used < max_lines) {
    // "Kapacitetsplan 2025-2030 (2024-0198823)": the case number closes the title.
    if (trailing_number(title) != std::string_view::npos) break;
    std::size_t j = out.last_line + 1;
    bool blank = false;
    bool page_break = false;
    while (j < bound && (lines[j].blank || lines[j].furniture)) {
      blank = blank || lines[j].blank;
      page_break = page_break || lines[j].furniture || lines[j].page_break;
      ++j;
    }
    page_break = page_break || (j < bound && lines[j].page_break);
    // "... Farum Hovedgade - endelig" over "vedtagelse": a section's word in
    // lowercase right under the title is the title's wrapped end, not a heading.
    // So is it after a blank line when both are bold ("**2. ... - endelig**",
    // blank, "**vedtagelse**": pdftohtml sets a wrapped heading's lines as
    // paragraphs of their own).
    const bool both_bold = lines[out.last_line].emphasized && j < bound && lines[j].emphasized;
    const bool wrapped_word = j < bound && (!blank || both_bold) && lines[j].md_level == 0 &&
                              starts_lower(lines[j].text) && is_section_heading(lines[j].text);
    // "Lukket punkt - personsag" under the title: a marker and its reason.
    if (j >= bound || (stops_title(lines[j]) && !wrapped_word) ||
        starts_with_closed_marker(lines[j].text))
      break;
    const std::string_view next = title_line_text(lines[j]);
    std::string joined = title;
    join_title_line(joined, next);
    const std::string current = title_key(title);
    // "Whistleblowerordning" over "Whistleblowerordning" (Prepare pages say
    // the title twice; with the blank line between lost, they touch).
    if (title_key(next).starts_with(current)) break;
    // "DIR" / "FOU" under a Herning item: the codes of the offices on its case
    // (but "udskiftning til" / "LED" goes on).
    if (is_office_code(next) && !wants_continuation(title)) break;
    bool take = false;
    if (entry != nullptr && entry->key.size() > current.size()) {
      // The table of contents knows the full title, or more of it.
      const auto names = [&](const std::string& t) {
        const std::string longer = title_key(t);
        return entry->key.starts_with(longer) || longer.starts_with(entry->key);
      };
      take = names(joined);
      if (!take && ends_lower(title) && starts_lower(next)) {
        // "erhvervs" + "område": a word broken at the line end, its hyphen lost.
        std::string glued = title;
        append_title_text(glued, next);
        take = names(glued);
        if (take) joined = std::move(glued);
      }
    } else if (entry != nullptr && entry->key == current) {
      take = false;  // the table of contents says the title is complete
    } else if (!blank || page_break) {
      // Adjacent lines (or lines split by a page break) wrap a title unless
      // the next one reads as a sentence of body text.
      // A line starting with a digit ("1. at ...") is a list, unless the
      // title cannot end here ("... pr." + "31. januar 2024").
      // A capitalised sentence under a title that can end ("Ad 1. Godkendelse
      // af dagsorden" over "Godkendt.") is the item's text.
      const bool sentence =
          next.ends_with(".") &&
          (next.size() > 60 || (starts_upper(next) && !wants_continuation(title)));
      // "a) Orientering om budgetseminar." under "Meddelelser": the item's
      // list of points, as a number starts one.
      // A line as long as a paragraph's wrapped line under a title that can
      // end is that paragraph's (a converter that drops blank lines).
      // But a long line that ends no sentence right over the item's evidence
      // (or over one more line of a title that goes on) is the title's rest:
      // "... i Hørning samt tillæg" over "nr. 12 til Kommuneplan 2021-2033 -
      // godkendelse af forslag til offentlig høring" over "Sagsnr.: 24/1002".
      const bool paragraph_line = next.size() >= min_paragraph_line && !wants_continuation(title) &&
                                  !title_rest_over_evidence(lines, j, bound, title);
      // (Only under a title ended by a full stop: "... Multihuset,
      // anlægsramme" over "Godkendt af Byrådet 2021" wraps.)
      const bool outcome = trim(title).ends_with('.') && opens_with_outcome(next);
      take = !sentence && !paragraph_line && !outcome && !text_after_full_stop(title, next) &&
             ((!starts_digit(next) && !starts_list_letter(next)) || wants_continuation(title));
    } else {
      // After a blank line only a title that cannot end here goes on, or one
      // whose next paragraph goes on in lowercase right above the item's case
      // number or first section ("... med tilhørende", blank, "handleplan
      // for indsatsen ...", "Sagsnr.: 23/30411": Enter pressed inside a long
      // heading in Word, each piece a paragraph).
      const bool goes_on_in_lowercase =
          starts_lower_word(next) && !next.ends_with('.') && evidence_soon_after(lines, j, bound);
      take = (wants_continuation(title) || goes_on_in_lowercase) &&
             next.size() <= max_title_line / 2 && !(next.ends_with(".") && next.size() > 60);
    }
    if (!take) break;
    title = std::move(joined);
    out.last_line = j;
    ++used;
  }
  bool closed = false;
  std::string_view stripped =
      strip_closed_markers(without_empty_parentheses(without_page_button(title)), closed);
  if (const std::size_t open = trailing_number(stripped); open != std::string_view::npos) {
    out.number = std::string(trim(stripped.substr(open + 1, stripped.size() - open - 2)));
    stripped = strip_closed_markers(stripped.substr(0, open), closed);
  } else if (const std::size_t label = trailing_number_label(stripped);
             label != std::string_view::npos) {
    // "Godkendelse af dagsorden Sagsnr.: 24/00112": a Word heading's soft
    // line break before the case number, joined with a blank.
    out.number = std::string(trim(stripped.substr(label)));
    stripped = trim(stripped.substr(0, label));
  } else if (const std::size_t after = heading.form == nr_row ? leading_case_number(stripped) : 0;
             after != 0) {
    out.leading_case = std::string(trim_end(trim(stripped.substr(0, after)), "."));
    stripped = trim(stripped.substr(after));
  }
  // "2. Meddelelser:": the colon that leads to the item's text is no part of its title.
  if (stripped.size() > 1 && stripped.ends_with(':')) stripped = trim(trim_end(stripped, ":"));
  out.title = std::string(stripped);
  out.closed = closed || column_closed;
  return out;
}

void split_glued_section_headings(std::vector<line>& lines) {
  static constexpr std::string_view glued[] = {"Referat", "Beslutning", "Sagsfremstilling",
                                               "Indstilling"};
  // "Egon Bo (I)Indholdsfortegnelse åbent møde", "13Indholdsfortegnelse
  // lukket møde" (Region Sjælland's PDFs): the contents' heading glued to
  // the line before it, a member's party or a page's number.
  constexpr std::string_view contents = "Indholdsfortegnelse";
  constexpr std::size_t contents_lines = 600;  // the contents stand near the top (parse_toc)
  // One search of the text's top, line by line (the lines are views into
  // one text). The search ends with the top's lines, the only ones asked:
  // a document without the heading was searched to its end (~18,000
  // instructions). Lines split below only move later lines down, so the
  // lines asked stay inside the top.
  ordered_finder finder(text_of(lines, contents_lines), contents);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view t = lines[i].text;
    if (lines[i].blank) continue;
    const std::size_t at = i < contents_lines ? finder.find_in(t) : std::string_view::npos;
    if (at != std::string_view::npos && at > 0 &&
        (t[at - 1] == ')' || (t[at - 1] >= '0' && t[at - 1] <= '9'))) {
      split_line(lines, i, at);
      ++i;
      continue;
    }
    if (lines[i].blank || !starts_digit(t)) continue;
    for (const std::string_view word : glued) {
      if (t.size() < word.size() + 4 || !t.ends_with(word)) continue;
      const std::string_view title = t.substr(0, t.size() - word.size());
      if (!ends_lower(title) && !(title.back() >= '0' && title.back() <= '9')) continue;
      split_line(lines, i, title.size());
      ++i;
      break;
    }
  }
}

void split_run_in_records(std::vector<line>& lines) {
  constexpr std::string_view word = " Beslutning ";
  constexpr std::size_t longest_record = 80;
  ordered_finder finder(text_of(lines), word);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    const std::string_view t = lines[i].text;
    // "Beslutning Byrådet, 24.04.2012 Torben Kjærgaard var fraværende. ...":
    // the record opening the line, the decision's text (a capital) after it.
    if (t.starts_with(word.substr(1))) {
      const std::string_view after = t.substr(word.size() - 1);
      const danish::date_match date = danish::find_date(after.substr(0, longest_record));
      if (date.iso.empty() || !is_decision_stamp(after.substr(0, date.end))) continue;
      std::size_t rest = word.size() - 1 + date.end;
      while (rest < t.size() && t[rest] == ' ') ++rest;
      if (rest < t.size() && starts_upper(t.substr(rest))) split_line(lines, i, rest);
      continue;
    }
    // One search of the whole text, line by line.
    const std::size_t at = finder.find_in(t);
    if (at == std::string_view::npos) continue;
    // The body and the date after the word, a stamp of its own.
    const std::string_view after = t.substr(at + word.size());
    const danish::date_match date = danish::find_date(after.substr(0, longest_record));
    if (date.iso.empty() || !is_decision_stamp(after.substr(0, date.end))) continue;
    const std::size_t record = at + 1;
    std::size_t rest = at + word.size() + date.end;
    while (rest < t.size() && t[rest] == ' ') ++rest;
    if (rest < t.size()) split_line(lines, i, rest);
    split_line(lines, i, record);
    ++i;  // the record's line; the text after it is looked at next
  }
}

void split_glued_headings(std::vector<line>& lines, std::vector<item_candidate>& headings,
                          const toc& contents) {
  for (std::size_t k = 0; k < headings.size(); ++k) {
    // Two-level numbers do not say which number comes next ("3.3" or "4.1").
    if (headings[k].minor > 0) continue;
    const unsigned expected = headings[k].number + 1;
    if (k + 1 < headings.size() && headings[k + 1].number == expected) continue;
    const std::size_t bound = k + 1 < headings.size() ? headings[k + 1].line : lines.size();
    for (std::size_t i = headings[k].line + 1; i < bound; ++i) {
      if (contents.holds(i)) continue;
      const std::size_t p = find_glued(lines, i, headings[k], expected, contents);
      if (p == std::string_view::npos) continue;
      split_line(lines, i, p);
      for (std::size_t m = k + 1; m < headings.size(); ++m) ++headings[m].line;
      item_candidate c = *match_item_heading(lines[i + 1]);
      c.line = i + 1;
      // The new heading's own stretch is searched next, for the number after it.
      headings.insert(headings.begin() + static_cast<std::ptrdiff_t>(k) + 1, c);
      break;
    }
  }
}

}  // namespace protokol::segmenter
