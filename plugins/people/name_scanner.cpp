#include "name_scanner.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>

#include "danish/first_names.hpp"
#include "danish/names.hpp"
#include "danish/remembered.hpp"
#include "danish/roles.hpp"
#include "danish/text.hpp"
#include "words.hpp"

namespace protokol::people {
namespace {

constexpr bool is_separator(char32_t c) {
  switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case ',':
    case ';':
    case ':':
    case '(':
    case ')':
    case '[':
    case ']':
    case '"':
    case '!':
    case '?':
    case '/':
    case '*':
    case '#':
    case 0xA0:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2013:
    case 0x2014:
    case 0xAB:
    case 0xBB:
    case 0x00B7:
    case 0x2022:
      return true;
    default:
      return c == 0;
  }
}

enum class part { none, word, initial, particle };

part classify_uncached(std::string_view word) {
  if (!danish::role_of(word).empty()) return part::none;  // "Formand", "Erhvervschef"
  switch (danish::name_part(word)) {
    case danish::name_part_kind::word:
      return part::word;
    case danish::name_part_kind::initial:
      return part::initial;
    case danish::name_part_kind::particle:
      return part::particle;
    case danish::name_part_kind::none:
      break;
  }
  return part::none;
}

part classify(std::string_view word) {
  // classify_uncached() reads a word against the titles, particles,
  // abbreviations and non-name words (some 600 instructions a word), and
  // minutes name the same people over and over ("Jens Hansen (A)" in the
  // attendance list, in every vote, under "Underskrifter").
  thread_local danish::remembered_answers<part, 30, 512> remembered;
  return remembered(word, classify_uncached);
}

// "H.C.", "A.P.": initials glued together stand for first names written
// out ("H.C. Rasmussen" is as much a name as "Hans Christian Rasmussen"); a
// single initial ("B.") counts as no word of a name.
bool counts_as_word(part kind, std::string_view word) {
  if (kind == part::word) return true;
  return kind == part::initial && danish::is_initials(word) &&
         std::count(word.begin(), word.end(), '.') >= 2;
}

// is_separator() of every ASCII byte, so that tokens of ASCII letters need
// no decoding.
constexpr auto ascii_separators = [] {
  std::array<bool, 128> t{};
  for (char32_t c = 0; c < 128; ++c) t[c] = is_separator(c);
  return t;
}();

// "Peter Larsen Kaffe A/S": a company's form after a name (name_forward()).
// Each starts with a blank.
constexpr std::string_view company_forms[] = {" A/S", " I/S",     " K/S",
                                              " P/S", " a.m.b.a", " A.m.b.A"};
static_assert(std::all_of(std::begin(company_forms), std::end(company_forms),
                          [](std::string_view form) { return form.size() >= 2 && form[0] == ' '; }),
              "name_forward() tests a blank and the second byte of each form first");

constexpr auto company_form_second_bytes = [] {
  std::array<bool, 256> t{};
  for (const std::string_view form : company_forms) t[static_cast<unsigned char>(form[1])] = true;
  return t;
}();

}  // namespace

span token_at(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  // ASCII letters are no separators: eight at a time past them, the rest
  // byte by byte (most tokens are a word and end at a blank).
  while (end + 8 <= text.size()) {
    const int letters = words_detail::leading_ascii_letters(danish::load8(text.data() + end));
    end += static_cast<std::size_t>(letters);
    if (letters < 8) break;
  }
  while (end < text.size()) {
    const auto b = static_cast<unsigned char>(text[end]);
    if (b < 0x80) {
      if (ascii_separators[b]) break;
      ++end;
      continue;
    }
    std::size_t len = 0;
    if (is_separator(danish::decode_at(text, end, len))) break;
    end += len;
  }
  return {pos, end};
}

span token_before(std::string_view text, std::size_t end) {
  if (end > text.size()) return {end, end};  // nothing decodes past the end
  std::size_t start = end;
  // As token_at(): eight ASCII letters at a time, backwards.
  while (start >= 8) {
    const int letters =
        words_detail::trailing_ascii_letters(danish::load8(text.data() + start - 8));
    start -= static_cast<std::size_t>(letters);
    if (letters < 8) break;
  }
  while (start > 0) {
    const auto b = static_cast<unsigned char>(text[start - 1]);
    if (b < 0x80) {
      if (ascii_separators[b]) break;
      --start;
      continue;
    }
    std::size_t len = 0;
    const char32_t c = danish::decode_before(text, start, len);
    if (is_separator(c)) break;
    start -= len;
  }
  return {start, end};
}

std::string_view without_final_stop(std::string_view word) {
  if (word.ends_with('.') && danish::name_part(word) != danish::name_part_kind::initial) {
    word.remove_suffix(1);
  }
  return word;
}

std::optional<name_span> name_forward(std::string_view text, std::size_t pos, int max_parts) {
  name_span found{pos, pos, 0};
  int parts = 0;
  bool last_is_particle = false;
  std::size_t end_before_particle = pos;
  std::string_view previous_word;
  // The token after the one read and a single blank, read once for both
  // the loop's tests and its next turn.
  auto token_after = [&text](span tok) {
    return tok.end + 1 < text.size() && text[tok.end] == ' ' ? token_at(text, tok.end + 1) : span{};
  };
  for (span tok = token_at(text, pos);;) {
    if (tok.empty()) break;
    const std::string_view raw = text.substr(tok.start, tok.end - tok.start);
    const std::string_view word = without_final_stop(raw);
    // "Jens Hansen ApS": the company's form after its founder's name.
    if (parts > 0 && (word == "ApS" || word == "IVS")) return std::nullopt;
    const part kind = classify(word);
    if (kind == part::none) {
      // "Rude Skov Skole": capitalised words running into a place word are no person.
      if (parts > 0 && danish::starts_upper(word) && danish::is_non_name_word(word))
        return std::nullopt;
      break;
    }
    if (kind == part::particle && parts == 0) break;
    // "van der Weide": "der" only after another particle ("Anne Holm der ..." ends at Holm).
    if (kind == part::particle && !last_is_particle && danish::is_second_particle(word)) break;
    // "Torben Myrup Birgitte Tetzlaff" (a member column flattened without
    // commas, trial BB): a known first name after a surname, another name
    // part after it, starts the next person.
    const span next = token_after(tok);
    if (kind == part::word && found.words >= 2 && raw.size() == word.size() &&
        danish::is_first_name(word) && !danish::is_first_name(previous_word) && !next.empty() &&
        classify(text.substr(next.start, next.end - next.start)) == part::word)
      break;
    previous_word = word;
    if (kind != part::particle) end_before_particle = tok.start + word.size();
    last_is_particle = kind == part::particle;
    ++parts;
    if (counts_as_word(kind, word)) ++found.words;
    found.end = tok.start + word.size();
    if (word.size() != raw.size() || parts == max_parts) break;  // a full stop ends the sentence
    tok = next;                                                  // none: the name ends
  }
  if (last_is_particle) found.end = end_before_particle;
  if (found.words == 0) return std::nullopt;
  // "Peter Larsen Kaffe A/S", "Jens Hansen ApS": a company named after its
  // founder, no person.
  // ("ApS" and "IVS", read as words, end the name in the loop above.)
  const std::string_view after = text.substr(found.end);
  // Most names go on with no blank and a form's second byte: no form to compare.
  if (after.size() < 2 || after[0] != ' ' ||
      !company_form_second_bytes[static_cast<unsigned char>(after[1])])
    return found;
  for (const std::string_view form : company_forms) {
    if (!after.starts_with(form)) continue;
    std::size_t len = 0;
    if (after.size() == form.size() ||
        !danish::is_letter(danish::decode_at(after, form.size(), len)))
      return std::nullopt;
  }
  return found;
}

std::optional<name_span> name_reader::operator()(std::size_t pos) {
  // Fibonacci hashing: names start at positions that share low bits (a
  // table's column) more often than high product bits.
  const std::size_t index = (pos * 0x9E3779B97F4A7C15u) >> (64 - slot_bits);
  answer& slot = answers_[index];
  std::uint64_t& filled = filled_[index / 64];
  const std::uint64_t bit = std::uint64_t{1} << (index % 64);
  if ((filled & bit) == 0 || slot.pos != pos) {
    const std::optional<name_span> name = name_forward(text_, pos);
    slot = {pos, name ? name->end : pos, name ? name->words : 0};
    filled |= bit;
  }
  if (slot.words == 0) return std::nullopt;
  return name_span{pos, slot.end, slot.words};
}

std::optional<name_span> name_backward(std::string_view text, std::size_t end, int max_parts) {
  name_span found{end, end, 0};
  int parts = 0;
  std::size_t cursor = end;
  std::size_t first_word_start = end;
  for (;;) {
    const span tok = token_before(text, cursor);
    if (tok.empty()) break;
    std::string_view word = text.substr(tok.start, tok.end - tok.start);
    // Only the last word may be cut short by the caller; earlier ones ending
    // in a full stop close the sentence before the name.
    if (parts > 0 && without_final_stop(word).size() != word.size()) break;
    const part kind = classify(parts == 0 ? without_final_stop(word) : word);
    if (kind == part::none) break;
    // "der" joins only after another particle: the word before it must be one.
    if (kind == part::particle && danish::is_second_particle(word) && tok.start >= 2 &&
        text[tok.start - 1] == ' ') {
      const span before = token_before(text, tok.start - 1);
      if (before.empty() ||
          classify(text.substr(before.start, before.end - before.start)) != part::particle)
        break;
    }
    ++parts;
    if (counts_as_word(kind, word)) ++found.words;
    if (kind != part::particle) first_word_start = tok.start;
    found.start = tok.start;
    if (parts == max_parts) break;
    if (tok.start < 2 || text[tok.start - 1] != ' ' || text[tok.start - 2] == ' ') break;
    cursor = tok.start - 1;
  }
  if (found.words == 0) return std::nullopt;
  found.start = first_word_start;  // a name does not start with a particle
  return found;
}

}  // namespace protokol::people
