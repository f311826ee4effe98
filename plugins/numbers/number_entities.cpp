#include "number_entities.hpp"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <optional>
#include <string_view>
#include <utility>

#include "danish/decisions.hpp"
#include "danish/numbers.hpp"
#include "danish/text.hpp"

namespace protokol::numbers {
namespace {

// Headings of attachment lists, compared lowercase without markup.
constexpr std::string_view attachment_headings[] = {"bilag", "bilagsliste", "bilag til punktet",
                                                    "vedlagte bilag"};

std::string_view strip_markup(std::string_view line) {
  auto markup = [](char c) {
    return c == '#' || c == '*' || c == '_' || c == ' ' || c == '\t' || c == ':';
  };
  while (!line.empty() && markup(line.front())) line.remove_prefix(1);
  while (!line.empty() && markup(line.back())) line.remove_suffix(1);
  return line;
}

bool is_attachment_heading(std::string_view line) {
  // Every line of the text is asked: fold into a small buffer, and a line too
  // long for it is no heading (the longest is 17 bytes).
  const std::string_view stripped = strip_markup(line);
  if (stripped.empty()) return false;
  // Most lines start with a letter no heading starts with and are not folded at all.
  static constexpr danish::first_byte_set heading_starts(attachment_headings);
  if (!heading_starts.may_start(stripped)) return false;
  char buffer[32];
  const std::string_view folded = danish::fold_case_into(stripped, buffer, sizeof buffer);
  if (folded.empty()) return false;
  return std::find(std::begin(attachment_headings), std::end(attachment_headings), folded) !=
         std::end(attachment_headings);
}

// Words that name a document before its number without "nr." ("Dok.
// 306-2019-263412", "dokument 306-2019-263412"), compared lowercase. The
// labels with "nr." are danish::find_numbers()'s; the segmenter reads the
// same short labels on a number's own line (short_labels in its numbers.cpp).
constexpr std::string_view document_words[] = {"dok", "dok.", "dokument"};

// The word before `start` (over blanks and a colon), lowercase, in
// `buffer`; empty when none or longer than the buffer.
std::string_view word_before(std::string_view text, std::size_t start, char (&buffer)[32]) {
  std::size_t end = start;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == ':')) --end;
  if (end == start) return {};
  std::size_t begin = end;
  while (begin > 0 && end - begin < sizeof buffer && text[begin - 1] != ' ' &&
         text[begin - 1] != '\t' && text[begin - 1] != '\n') {
    --begin;
  }
  return danish::fold_case_into(strip_markup(text.substr(begin, end - begin)), buffer,
                                sizeof buffer);
}

// True when the word before `start` is one of document_words: the number
// is a document's, whatever its style.
bool after_document_word(std::string_view text, std::size_t start) {
  char buffer[32];
  const std::string_view word = word_before(text, start, buffer);
  return std::find(std::begin(document_words), std::end(document_words), word) !=
         std::end(document_words);
}

// "21/2009": a serial and a year (19xx or 20xx) after the slash, as plans
// are numbered ("tillæg 24/15432 til lejekontrakten" is a case's: review 34).
bool names_a_year(std::string_view value) {
  const std::size_t slash = value.find('/');
  if (slash == std::string_view::npos) return false;
  const std::string_view year = value.substr(slash + 1);
  return year.size() == 4 && (year.starts_with("19") || year.starts_with("20")) &&
         std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "kommuneplantillæg 21/2009", "Tillæg 12/2020", "Lokalplan 1/2019": a
// plan's number, no case's (Gentofte, trial AX).
bool after_plan_word(std::string_view text, std::size_t start) {
  char buffer[32];
  const std::string_view word = word_before(text, start, buffer);
  return word.ends_with("tillæg") || word == "lokalplan" || word == "kommuneplan";
}

// A line an attachment list is made of: a short title, not a sentence or a heading.
bool looks_like_attachment_line(std::string_view line) {
  line = danish::trim(line);
  return line.size() <= 200 && !line.ends_with('.') && !line.ends_with(':');
}

// Items are in text order: the last one starting at or before `offset`,
// when it holds it.
const item* item_at(const document& doc, std::size_t offset) {
  auto it = std::upper_bound(doc.items.begin(), doc.items.end(), offset,
                             [](std::size_t off, const item& i) { return off < i.start; });
  if (it == doc.items.begin()) return nullptr;
  --it;
  return offset < it->end ? &*it : nullptr;
}

// The section holding `offset` decides, when the segmenter gave it a kind.
std::optional<bool> section_verdict(const item& it, std::size_t offset) {
  for (const section& s : it.sections) {
    if (s.start <= offset && offset < s.end && !s.kind.empty()) {
      return s.kind == "attachments" || is_attachment_heading(s.heading);
    }
  }
  return std::nullopt;
}

}  // namespace

namespace {

// How far before a number walk_up() reads: a list's few title lines above
// it fit many times over.
constexpr std::size_t walk_budget = 4096;

// The last LF in [from, to), or npos.
std::size_t last_lf(std::string_view text, std::size_t from, std::size_t to) {
  if (to <= from) return std::string_view::npos;
  const void* lf = memrchr(text.data() + from, '\n', to - from);
  return lf == nullptr ? std::string_view::npos
                       : static_cast<std::size_t>(static_cast<const char*>(lf) - text.data());
}

// True when a walk up from a number stops at `line`: a "Bilag" heading
// (then `heading` is set), or a line that is no attachment title.
bool stops_walk(std::string_view line, bool& heading) {
  heading = is_attachment_heading(line);
  return heading || (!danish::trim(line).empty() && !looks_like_attachment_line(line));
}

}  // namespace

void attachment_lists::build_tables() const {
  const std::string_view text(doc_.text);
  lines_.emplace(text);
  stop_at_or_above_.reserve(lines_->size());
  heading_.reserve(lines_->size());
  for (std::size_t n = 0; n < lines_->size(); ++n) {
    const danish::line_span span = lines_->line(n);
    bool heading = false;
    const bool stops = stops_walk(text.substr(span.start, span.end - span.start), heading);
    heading_.push_back(heading);
    stop_at_or_above_.push_back(stops    ? static_cast<std::ptrdiff_t>(n)
                                : n == 0 ? -1
                                         : stop_at_or_above_.back());
  }
}

bool attachment_lists::from_tables(std::size_t offset, std::size_t floor) const {
  if (!lines_) build_tables();
  const std::size_t own = lines_->line_of(offset);
  if (own == 0 || lines_->line(own).start <= floor) return false;
  const std::ptrdiff_t stop = stop_at_or_above_[own - 1];
  if (stop < 0) return false;
  const auto decisive = static_cast<std::size_t>(stop);
  return lines_->line(decisive).start > floor && heading_[decisive];
}

// The lines above the number's, nearest first, up to the first that stops
// the walk; a line starting at or before `floor` (the item's heading line,
// or the text's first line) answers false, whether it stops the walk or not.
std::optional<bool> attachment_lists::walk_up(std::size_t offset, std::size_t floor) const {
  const std::string_view text(doc_.text);
  const std::size_t low = offset > walk_budget ? offset - walk_budget : 0;
  const std::size_t from = std::max(floor, low);
  // The LF that ends the line above; none after `floor`: the number's own
  // line starts at or before it.
  std::size_t end = last_lf(text, from, offset);
  for (;;) {
    if (end == std::string_view::npos) {
      if (floor >= low) return false;
      return std::nullopt;
    }
    const std::size_t lf = last_lf(text, from, end);
    if (lf == std::string_view::npos) {
      if (floor >= low) return false;  // this line starts at or before `floor`
      return std::nullopt;
    }
    const std::size_t start = lf + 1;
    bool heading = false;
    if (stops_walk(text.substr(start, end - start), heading)) return heading;
    end = lf;
  }
}

bool attachment_lists::contains(std::size_t offset) const {
  const item* it = item_at(doc_, offset);
  if (it != nullptr)
    if (const std::optional<bool> verdict = section_verdict(*it, offset)) return *verdict;
  // The number's own line may carry the attachment's title ("Ledighed maj
  // 2019  727-2019-81907"), so only lines above count, up to the first that
  // decides; the item's own heading line is never part of a list.
  const std::size_t floor = it != nullptr ? it->start : 0;
  if (!lines_) {
    if (const std::optional<bool> answer = walk_up(offset, floor)) return *answer;
  }
  return from_tables(offset, floor);
}

std::vector<entity> extract_numbers(const document& doc, const number_options& options) {
  std::vector<entity> out;
  const attachment_lists attachments(doc);
  std::vector<danish::number_match> found = danish::find_numbers(doc.text);
  // Sized once and filled in place: an entity is seven strings, which every
  // reallocation of a growing vector would move again.
  out.reserve(found.size());
  for (auto& m : found) {
    if (!options.styles.empty() &&
        std::find(options.styles.begin(), options.styles.end(), m.style) == options.styles.end()) {
      continue;
    }
    if (!m.labelled && after_plan_word(doc.text, m.start) && names_a_year(m.value)) continue;
    entity& e = out.emplace_back();
    e.type = std::move(m.kind);
    if (!m.labelled && ((options.attachments_are_documents && attachments.contains(m.start)) ||
                        after_document_word(doc.text, m.start))) {
      e.type = "document_number";
    }
    e.text = doc.text.substr(m.start, m.end - m.start);
    e.value = std::move(m.value);
    e.item = danish::item_number_at(doc, m.start);
    e.start = m.start;
    e.end = m.end;
    e.style = std::move(m.style);
  }
  return out;
}

}  // namespace protokol::numbers
