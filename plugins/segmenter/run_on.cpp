#include "run_on.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

#include "header.hpp"
#include "heading_map.hpp"
#include "text_util.hpp"

namespace protokol::segmenter {
namespace {

// A line this long is a page run together, not a paragraph: a paragraph of
// minutes seldom holds more than a few hundred bytes...
constexpr std::size_t min_run_on_line = 400;
// ... and a text of such lines has few line breaks for its size (minutes
// as written average 40 to 80 bytes a line).
constexpr std::size_t min_bytes_per_line = 100;
// In such a text, shorter pages are run together too: lines from this long
// on are broken.
constexpr std::size_t min_broken_line = 80;
// How far from its first letter a label's colon may stand ("Beslutning i
// Udvalget for Kultur og Planlægning den 6. april 2010:").
constexpr std::size_t longest_label = 90;

// "Sagsnr.:", "J.nr.:": the case and document numbers' labels.
constexpr std::string_view number_labels[] = {"sagsnr",    "sags nr", "sags-nr", "sagsid",
                                              "sags-id",   "j.nr",    "j. nr",   "jnr",
                                              "journalnr", "dok.nr",  "doknr"};

// Words an item's number follows without ending a sentence ("kl. 16. ",
// "pkt. 2. ", "nr. 3. ").
// "Chr. 8. Vej 7" (Silkeborg, trial BB): a first name written short before a
// king's number, in a street's name.
constexpr std::string_view number_words[] = {"kl.", "pkt.", "nr.",  "jf.", "stk.",
                                             "ca.", "side", "chr.", "fr.", "kr."};

bool is_label(std::string_view candidate) {
  const std::string_view name = trim(trim_end(candidate, ":"));
  if (name.empty()) return false;
  if (classify_heading(candidate)) return true;
  // "Beslutning i den :": a decision's record whose body and date the PDF's
  // text lost.
  if (const std::size_t blank = name.find(' '); blank != std::string_view::npos) {
    const std::string_view rest = name.substr(blank + 1);
    if ((rest.starts_with("i ") || rest.starts_with("fra ")) &&
        classify_heading(name.substr(0, blank)).kind == kind::decision)
      return true;
  }
  for (const header_label& l : header_labels())
    if (equals_ci(name, l.label)) return true;
  return std::any_of(std::begin(number_labels), std::end(number_labels),
                     [&](std::string_view w) { return equals_ci(trim_end(name, "."), w); });
}

// A label with its colon starts at `p` ("Mødedato: ...", "SAGSFREMSTILLING:
// ..."), no sentence's end before the colon.
bool label_at(std::string_view line, std::size_t p) {
  if (!starts_upper(line.substr(p))) return false;
  const std::size_t colon = line.find(':', p);
  if (colon == std::string_view::npos || colon - p > longest_label) return false;
  const std::string_view candidate = line.substr(p, colon + 1 - p);
  if (candidate.find(". ") != std::string_view::npos &&
      !std::any_of(std::begin(number_labels), std::end(number_labels),
                   [&](std::string_view w) { return starts_with_ci(candidate, w); }))
    return false;
  return is_label(candidate);
}

// An item's number starts at `p` after a sentence's end: "Godkendt. 2.
// Budget", "2010: 3. Orientering".
bool item_number_at(std::string_view line, std::size_t p) {
  std::size_t end = p;
  while (end < line.size() && end - p < 3 && line[end] >= '0' && line[end] <= '9') ++end;
  if (end == p || end + 2 >= line.size() || line[end] != '.' || line[end + 1] != ' ' ||
      !starts_upper(line.substr(end + 2)))
    return false;
  // The word before the blank at p - 1: a sentence's end, or the page's
  // number that opens the line ("3 1. Godkendelse af dagsorden").
  const std::size_t word_start = line.find_last_of(" \n", p - 2) + 1;  // npos + 1 == 0
  const std::string_view before = line.substr(word_start, p - 1 - word_start);
  if (before.empty()) return false;
  if (before.find_first_not_of("0123456789") == std::string_view::npos) {
    // The page's number: opening the line, or after "Side" ("Lejre Kommune
    // Side 1 1. Godkendelse af dagsorden").
    if (word_start == 0) return true;
    const std::size_t side = line.find_last_of(" \n", word_start - 2) + 1;
    return word_start >= 2 && equals_ci(line.substr(side, word_start - 1 - side), "side");
  }
  if (std::string_view(".:)!?").find(before.back()) == std::string_view::npos) return false;
  return std::none_of(std::begin(number_words), std::end(number_words),
                      [&](std::string_view w) { return equals_ci(before, w); });
}

// A case number right before a label ("... og Planlægning 09/11998
// Beslutningstema: ..."): the number heads the item's facts, no part of the
// title before it.
bool case_number_at(std::string_view line, std::size_t p) {
  std::size_t end = p;
  while (end < line.size() && line[end] != ' ') ++end;
  const std::string_view token = line.substr(p, end - p);
  const std::size_t slash = token.find('/');
  if (slash == std::string_view::npos || slash < 2 || token.size() - slash < 4 ||
      token.find_first_not_of("0123456789/-") != std::string_view::npos)
    return false;
  // "Sagsnr.: 11/11959 Sagen afgøres i:": the number of the label before it.
  return p >= 2 && line[p - 2] != ':' && end + 1 < line.size() && label_at(line, end + 1);
}

}  // namespace

std::size_t break_run_on_lines(std::string& text) {
  // Most texts have short lines on average: the count of lines settles them
  // (counted sixteen bytes at a time) before a pass from line to line
  // (memchr) for the longest.
  const std::size_t lines = count_byte(text, '\n') + 1;
  if (text.size() / lines < min_bytes_per_line) return 0;
  std::size_t longest = 0;
  for (std::size_t start = 0; start < text.size();) {
    const void* found = std::memchr(text.data() + start, '\n', text.size() - start);
    const std::size_t end =
        found ? static_cast<std::size_t>(static_cast<const char*>(found) - text.data())
              : text.size();
    longest = std::max(longest, end - start);
    if (!found) break;
    start = end + 1;
  }
  if (longest < min_run_on_line) return 0;
  // The blanks to break, found before any is: a text of long paragraphs
  // (a web page's text with few line breaks) holds a label or two, a page
  // run together several.
  constexpr std::size_t min_labels = 3;
  std::vector<std::size_t> cuts;
  std::size_t labels = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end - start >= min_broken_line) {
      const std::string_view line(text.data() + start, end - start);
      // From the second word on: the line's first word starts a line already.
      for (std::size_t p = 2; p < line.size(); ++p) {
        if (line[p - 1] != ' ' || line[p - 2] == ' ') continue;
        const bool label = label_at(line, p);
        if (label || item_number_at(line, p) || case_number_at(line, p)) {
          cuts.push_back(start + p - 1);
          labels += label ? 1 : 0;
        }
      }
    }
    start = end + 1;
  }
  if (labels < min_labels) return 0;
  for (const std::size_t cut : cuts) text[cut] = '\n';
  return cuts.size();
}

}  // namespace protokol::segmenter
