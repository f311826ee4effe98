// The party table. Canonical values are ballot letters, the one spelling all
// minutes share; "Løsgænger" covers members outside any party. Reviewers:
// docs/parties.md lists this table; keep the two in step.
#include "danish/parties.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

#include "danish/bytes.hpp"
#include "danish/party_table.hpp"
#include "danish/remembered.hpp"
#include "danish/text.hpp"

namespace protokol::danish {
namespace {

using enum party_form;

constexpr party_spelling spellings[] = {
    // Letters of the national parties (ballot letters, 2022-2024).
    {"A", "A", letter, false},
    {"B", "B", letter, false},
    {"C", "C", letter, false},
    {"D", "D", letter, false},
    {"F", "F", letter, false},
    {"I", "I", letter, false},
    {"K", "K", letter, false},
    {"M", "M", letter, false},
    {"O", "O", letter, false},
    {"Q", "Q", letter, false},
    {"V", "V", letter, false},
    {"Æ", "Æ", letter, false},
    {"Ø", "Ø", letter, false},
    {"Å", "Å", letter, false},
    // Abbreviations used in minutes, the press and Folketinget.
    {"SD", "A", abbreviation, false},
    {"RV", "B", abbreviation, false},
    {"KF", "C", abbreviation, false},
    {"NB", "D", abbreviation, false},
    {"SF", "F", abbreviation, false},
    {"LA", "I", abbreviation, false},
    {"KD", "K", abbreviation, false},
    {"KRF", "K", abbreviation, false},
    {"DF", "O", abbreviation, false},
    {"FG", "Q", abbreviation, false},
    {"DD", "Æ", abbreviation, false},
    {"EL", "Ø", abbreviation, false},
    {"ALT", "Å", abbreviation, false},
    {"UFP", "Løsgænger", abbreviation, false},
    {"BP", "Borgernes Parti", abbreviation, false},
    // Shortened names with their full stop ("(Soc.dem.)", "(Kons.)"), as
    // older and smaller minutes write them; the stop itself is stripped.
    {"Soc.dem", "A", abbreviation, false},
    {"Soc. dem", "A", abbreviation, false},
    {"Soc. Dem", "A", abbreviation, false},
    {"Soc.Dem", "A", abbreviation, false},
    {"Socdem", "A", abbreviation, false},
    {"Soc", "A", abbreviation, false},
    {"Rad", "B", abbreviation, false},
    {"Rad. V", "B", abbreviation, false},
    {"Kons", "C", abbreviation, false},
    {"Enhl", "Ø", abbreviation, false},
    {"Løsg", "Løsgænger", abbreviation, false},
    // Full names, with the short forms people use in writing.
    {"Socialdemokratiet", "A", name, false},
    {"Socialdemokraterne", "A", name, false},
    {"Radikale Venstre", "B", name, false},
    {"Det Radikale Venstre", "B", name, false},
    {"Radikale", "B", name, true},
    {"De Radikale", "B", name, false},
    {"Det Konservative Folkeparti", "C", name, false},
    {"Konservative Folkeparti", "C", name, false},
    {"Konservativt Folkeparti", "C", name, false},  // as Ishøj's minutes of 2025 write it
    {"Det Konservative", "C", name, false},
    {"De Konservative", "C", name, false},
    {"Konservative", "C", name, true},
    {"Nye Borgerlige", "D", name, false},
    {"Socialistisk Folkeparti", "F", name, false},
    {"Liberal Alliance", "I", name, false},
    {"Kristendemokraterne", "K", name, false},
    {"KristenDemokraterne", "K", name, false},  // the party's own spelling
    {"Kristeligt Folkeparti", "K", name, false},
    {"Moderaterne", "M", name, false},
    {"Dansk Folkeparti", "O", name, false},
    {"Frie Grønne", "Q", name, false},
    {"Venstre", "V", name, true},
    {"Venstre, Danmarks Liberale Parti", "V", name, false},
    {"Danmarks Liberale Parti", "V", name, false},
    {"Enhedslisten", "Ø", name, false},
    {"Enhedslisten - De Rød-Grønne", "Ø", name, false},
    {"Enhedslisten – De Rød-Grønne", "Ø", name, false},
    {"De Rød-Grønne", "Ø", name, false},
    {"Alternativet", "Å", name, true},
    {"Danmarksdemokraterne", "Æ", name, false},
    {"Danmarksdemokraterne - Inger Støjberg", "Æ", name, false},
    {"Danmarksdemokraterne – Inger Støjberg", "Æ", name, false},
    {"Slesvigsk Parti", "S", name, false},
    // Founded 2024; its ballot letter is not in this table until a list of
    // letters confirms it, so its name is its value (as Løsgænger's is).
    {"Borgernes Parti", "Borgernes Parti", name, false},
    {"Løsgænger", "Løsgænger", name, false},
    {"Løsgængere", "Løsgænger", name, false},
    {"løsgænger", "Løsgænger", name, false},
    {"løsgængende", "Løsgænger", name, false},
    {"Uden for partierne", "Løsgænger", name, false},
    {"Uden for parti", "Løsgænger", name, false},
    {"Udenfor partierne", "Løsgænger", name, false},
    {"Partiløs", "Løsgænger", name, false},
};

// A lone letter is always a ballot letter: "S" is Slesvigsk Parti's letter in
// the municipalities where it sits, even though the press writes S for
// Socialdemokratiet (whose letter is A).

bool is_single_letter(std::string_view text) {
  std::size_t len = 0;
  const char32_t c = decode_at(text, 0, len);
  return len == text.size() && is_upper(c);
}

std::string_view strip_wrapping(std::string_view text) {
  for (;;) {
    text = trim(text);
    while (!text.empty() && (text.back() == '.' || text.back() == ',' || text.back() == ':')) {
      text.remove_suffix(1);
    }
    const bool wrapped = text.size() >= 2 && ((text.front() == '(' && text.back() == ')') ||
                                              (text.front() == '[' && text.back() == ']'));
    if (!wrapped) return text;
    text = text.substr(1, text.size() - 2);
  }
}

// canonical_party() gives up on text longer than this once folded.
static_assert([] {
  for (const auto& s : spellings) {
    if (s.written.size() > 64) return false;
  }
  return true;
}());

// Letters and abbreviations are short: longer text is compared with names only.
constexpr std::size_t longest_code = [] {
  std::size_t n = 0;
  for (const auto& s : spellings) {
    if (s.form != party_form::name) n = std::max(n, s.written.size());
  }
  return n;
}();

constexpr unsigned name_hash(std::string_view folded) {
  std::uint32_t h = 2166136261u;
  for (const char c : folded) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h >> 20;
}

// fold_case() of every spelling, made once, and a hash set of the names'
// folded forms: most text canonical_party() is asked about (a parenthesis's
// prose, a name) is no party name, and is ruled out before the comparisons.
struct folded_table {
  std::array<std::string, std::size(spellings)> names;
  bit_table<4096> name_hashes;
};

const folded_table& folded_names() {
  static const folded_table table = [] {
    folded_table out;
    for (std::size_t i = 0; i < std::size(spellings); ++i) {
      out.names[i] = fold_case(spellings[i].written);
      if (spellings[i].form == party_form::name) out.name_hashes.set(name_hash(out.names[i]));
    }
    return out;
  }();
  return table;
}

}  // namespace

std::span<const party_spelling> party_spellings() { return spellings; }

bool looks_like_party_code(std::string_view written) {
  constexpr std::size_t min_letters = 2, max_letters = 4;
  const std::string_view code = strip_wrapping(written);
  std::size_t letters = 0;
  for (std::size_t i = 0; i < code.size(); ++letters) {
    std::size_t len = 0;
    if (letters == max_letters || !is_upper(decode_at(code, i, len))) return false;
    i += len;
  }
  return letters >= min_letters;
}

bool names_local_list(std::string_view written) {
  constexpr std::size_t max_name = 48;
  const std::string_view name = strip_wrapping(written);
  std::size_t len = 0;
  if (name.empty() || name.size() > max_name || !is_upper(decode_at(name, 0, len))) return false;
  const std::string folded = fold_case(name);
  for (std::size_t pos = 0; pos < folded.size();) {
    const std::string_view word = next_word(folded, pos);
    if (word.ends_with("liste") || word.ends_with("listen")) return true;
  }
  return false;
}

namespace {

std::string read_canonical_party(std::string_view written) {
  // Most calls get prose from a parenthesis: fold blanks on the stack and
  // compare names with their folded forms made once.
  const std::string_view stripped = strip_wrapping(written);
  char blanks_buffer[256];
  std::string blanks_heap;
  std::string_view text;
  if (stripped.size() <= sizeof blanks_buffer) {
    text = fold_blanks_into(stripped, blanks_buffer);
  } else {
    blanks_heap = fold_blanks(stripped);
    text = blanks_heap;
  }
  if (text.empty()) return {};
  // Letters and abbreviations are matched as written: "el" and "i" are words.
  if (text.size() <= longest_code) {
    for (const auto& s : spellings) {
      if (s.form != party_form::name && s.written == text) return std::string(s.canonical);
    }
  }
  if (is_single_letter(text)) return std::string(text);  // a local list's letter
  // Longer than any name once folded: no name can match.
  char folded_buffer[64];
  const std::string_view folded = fold_case_into(text, folded_buffer, sizeof folded_buffer);
  if (folded.empty()) return {};
  const folded_table& table = folded_names();
  if (table.name_hashes.test(name_hash(folded))) {
    for (std::size_t i = 0; i < std::size(spellings); ++i) {
      if (spellings[i].form == party_form::name && table.names[i] == folded) {
        return std::string(spellings[i].canonical);
      }
    }
  }
  // "SF - Socialistisk Folkeparti", "A – Socialdemokratiet": the letter or
  // abbreviation and the name, when both say the same party.
  for (const std::string_view dash : {std::string_view(" - "), std::string_view(" – ")}) {
    const std::size_t at = text.find(dash);
    if (at == std::string_view::npos) continue;
    std::string left = canonical_party(text.substr(0, at));
    if (!left.empty() && left == canonical_party(text.substr(at + dash.size()))) return left;
  }
  return {};
}

}  // namespace

std::string canonical_party(std::string_view written) {
  // Minutes write the same few parties ("(A)", "(V)", "Venstre") and the
  // same short parentheses ("(bilag 2)") over and over.
  thread_local remembered_answers<std::string, 29, 256> remembered;
  return remembered(written, read_canonical_party);
}

}  // namespace protokol::danish
