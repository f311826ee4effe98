#include "danish/party_mentions.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "danish/bytes.hpp"
#include "danish/parentheses.hpp"
#include "danish/parties.hpp"
#include "danish/party_table.hpp"
#include "danish/text.hpp"

namespace protokol::danish {
namespace {

// The spellings a word scan looks for (all but letters), grouped by their
// first two bytes, longest first in each group: at any offset the longest
// spelling that matches wins, as RE2's leftmost-first alternation of the
// spellings sorted longest first did.
class spelling_index {
 public:
  spelling_index() {
    std::vector<const party_spelling*> taken;
    for (const auto& s : party_spellings()) {
      if (s.form != party_form::letter) taken.push_back(&s);
    }
    std::stable_sort(taken.begin(), taken.end(), [](const auto* a, const auto* b) {
      return a->written.size() > b->written.size();
    });
    for (const party_spelling* s : taken) {
      const unsigned key = pair_key(s->written[0], s->written[1]);
      firsts_[static_cast<unsigned char>(s->written[0])] = true;
      const char first = s->written[0];
      capitals_and_l_ = capitals_and_l_ && ((first >= 'A' && first <= 'Z') || first == 'l');
      l_then_c3_ = l_then_c3_ && (first != 'l' || s->written[1] == '\xC3');
      auto group = std::find_if(groups_.begin(), groups_.end(),
                                [&](const group_of& g) { return g.key == key; });
      if (group == groups_.end()) group = groups_.insert(groups_.end(), group_of{key, {}});
      group->spellings.push_back(first_with(s->written));
      // A spelling of two bytes goes on with any byte.
      if (s->written.size() == 2) {
        group->thirds.fill(~std::uint64_t{0});
      } else {
        const auto third = static_cast<unsigned char>(s->written[2]);
        group->thirds[third / 64] |= std::uint64_t{1} << (third % 64);
      }
    }
    // A pair's group, one byte a pair: the test that a capital opens a
    // pair and the way to its spellings are one load.
    if (groups_.size() >= std::numeric_limits<std::uint8_t>::max()) {
      throw std::length_error("party spellings open more pairs than a byte numbers");
    }
    group_of_pair_.resize(65536);
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      group_of_pair_[groups_[g].key] = static_cast<std::uint8_t>(g + 1);
    }
  }

  /// Calls `visit(pos, group)` for every offset in [0, last) where a
  /// spelling may start (its first two bytes start one), in text order, with
  /// the group of spellings that start so (for longest_in_group()).
  template <class Visit>
  void for_each_start(std::string_view text, std::size_t last, Visit visit) const {
    std::size_t pos = 0;
#if defined(__SSE2__)
    // 64 bytes at a time while the first bytes are all capitals or "l".
    if (capitals_and_l_) {
      pos = l_then_c3_ ? for_each_start_in_blocks<true>(text, visit)
                       : for_each_start_in_blocks<false>(text, visit);
    }
#endif
    for (; pos < last; ++pos) {
      // Eight bytes at a time while the first bytes are all capitals or "l".
      if (capitals_and_l_) pos = next_capital_or_l(text, pos);
      if (pos >= last) break;
      if (!firsts_[static_cast<unsigned char>(text[pos])]) continue;
      if (const std::uint8_t group = group_at(text, pos); group != 0 && may_go_on(text, pos, group))
        visit(pos, group);
    }
  }

  /// The longest spelling written at `pos`, or nullptr: `group` is the one
  /// for_each_start() gave for `pos` (the scan found it, and the spellings'
  /// first two bytes are not looked up again).
  const party_spelling* longest_in_group(std::string_view text, std::size_t pos,
                                         std::uint8_t group) const {
    // The spellings of a group share their first two bytes; most differ
    // from the text by the third or the last ("Det er" against "Det
    // Konservative Folkeparti"), compared before the rest.
    const std::size_t left = text.size() - pos;
    for (const party_spelling* s : groups_[group - 1u].spellings) {
      const std::string_view w = s->written;
      if (w.size() > left ||
          (w.size() > 2 && (text[pos + 2] != w[2] || text[pos + w.size() - 1] != w.back())))
        continue;
      if (std::memcmp(text.data() + pos, w.data(), w.size()) == 0) return s;
    }
    return nullptr;
  }

 private:
  struct group_of {
    unsigned key;
    std::vector<const party_spelling*> spellings;
    /// The bytes a spelling of the group has third (all for a group with a
    /// spelling of two bytes), a bit each.
    std::array<std::uint64_t, 4> thirds{};
  };

  // False when no spelling of `group` (the one the bytes at `pos` open) can
  // stand at `pos`: the byte after the pair is none of their third bytes.
  // Most pairs the scan finds open a common word ("Det", "Kommunen",
  // "Udvalget"), no party: they are passed over without a visit.
  bool may_go_on(std::string_view text, std::size_t pos, std::uint8_t group) const {
    if (pos + 2 >= text.size()) return true;  // longest_in_group() judges the text's end
    const auto third = static_cast<unsigned char>(text[pos + 2]);
    return (groups_[group - 1u].thirds[third / 64] >> (third % 64) & 1) != 0;
  }

  static unsigned pair_key(char a, char b) {
    return static_cast<unsigned char>(a) * 256u + static_cast<unsigned char>(b);
  }

  // The table's first row with this spelling decides, as a lookup by text would.
  static const party_spelling* first_with(std::string_view written) {
    for (const auto& s : party_spellings()) {
      if (s.written == written) return &s;
    }
    return nullptr;
  }

  // 1 + the index of the group of spellings that the bytes at `pos` and
  // after it open, or 0; `pos` is before the text's last byte.
  std::uint8_t group_at(std::string_view text, std::size_t pos) const {
    return group_of_pair_[pair_key(text[pos], text[pos + 1])];
  }

#if defined(__SSE2__)
  // for_each_start() while every spelling starts with a capital or "l": a
  // bit for each capital in a block of 64 bytes ("Byrådet", "Mødet": a
  // capital every few words, most opening no spelling), each tested here.
  // Each block reads the byte after its 64, so every offset in it is before
  // the text's last byte. Returns where the blocks end.
  template <bool l_then_c3, class Visit>
  std::size_t for_each_start_in_blocks(std::string_view text, Visit& visit) const {
    std::size_t pos = 0;
    for (; pos + 65 <= text.size(); pos += 64) {
      for (std::uint64_t found = capitals_or_l64<l_then_c3>(text.data() + pos); found != 0;
           found &= found - 1) {
        const std::size_t at = pos + static_cast<std::size_t>(std::countr_zero(found));
        if (const std::uint8_t group = group_at(text, at); group != 0 && may_go_on(text, at, group))
          visit(at, group);
      }
    }
    return pos;
  }

  // A bit for each of the 64 bytes at `p` (bit i: byte i) that is an ASCII
  // capital or "l" (with `l_then_c3`, only an "l" followed by 0xC3, the lead
  // byte of "ø"; then the byte after the 64 is read too). A template: a test
  // of `l_then_c3` for each chunk cost as much as the chunk's compares.
  template <bool l_then_c3>
  static std::uint64_t capitals_or_l64(const char* p) {
    return mask64([&](int k) {
      const char* q = p + 16 * k;
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
      __m128i ell = _mm_cmpeq_epi8(v, _mm_set1_epi8('l'));
      if constexpr (l_then_c3) {
        const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + 1));
        ell = _mm_and_si128(ell, _mm_cmpeq_epi8(next, _mm_set1_epi8(static_cast<char>(0xC3))));
      }
      return _mm_or_si128(bytes_in_range16(v, 'A', 26), ell);
    });
  }
#endif

  // The first offset from `pos` holding an ASCII capital or "l"; near the
  // end of the text, a later offset is left to the caller's byte loop.
  static std::size_t next_capital_or_l(std::string_view text, std::size_t pos) {
    while (pos + 8 <= text.size()) {
      const int skip = first_marked_byte(candidates(load8(text.data() + pos)));
      pos += static_cast<std::size_t>(skip);
      if (skip < 8) break;
    }
    return pos;
  }

  // The 0x80 bit of each byte of `w` that is an ASCII capital or "l".
  static std::uint64_t candidates(std::uint64_t w) {
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t high = 0x80 * ones;
    const std::uint64_t low7 = w & ~high;  // sums below then carry into no neighbour
    const std::uint64_t from_a = low7 + (0x80 - 'A') * ones;
    const std::uint64_t past_z = low7 + (0x7F - 'Z') * ones;
    const std::uint64_t capital = from_a & ~past_z;
    const std::uint64_t l = ~(((low7 ^ 'l' * ones) + 0x7F * ones) | (low7 ^ 'l' * ones));
    return (capital | l) & ~w & high;
  }

  bool capitals_and_l_ = true;  ///< every spelling starts with a capital or "l"
  bool l_then_c3_ = true;       ///< every spelling starting with "l" goes on with 0xC3
  std::array<bool, 256> firsts_{};
  std::vector<group_of> groups_;
  std::vector<std::uint8_t> group_of_pair_;  ///< by pair_key(): 1 + group index, 0 for none
};

const spelling_index& spellings_to_find() {
  static const spelling_index index;
  return index;
}

bool word_bounded(std::string_view text, std::size_t start, std::size_t end) {
  std::size_t len = 0;
  if (start > 0 && is_word_char(decode_before(text, start, len))) return false;
  if (end < text.size() && is_word_char(decode_at(text, end, len))) return false;
  // "-" joins words: "SF-gruppen" is still SF, but "DD-MM" or "EL-biler" are not parties.
  if (end < text.size() && text[end] == '-') return false;
  return true;
}

bool sentence_initial(std::string_view text, std::size_t start) {
  std::size_t pos = start;
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t')) --pos;
  if (pos == 0) return true;
  const char before = text[pos - 1];
  return before == '\n' || before == '.' || before == ':' || before == '!' || before == '?' ||
         before == '*' || before == '#' || before == '-';
}

// The word of two capitals or more, at most `most_letters`, at `pos` (ASCII
// or Æ, Ø, Å), or "".
std::string_view capitals_word_at(std::string_view text, std::size_t pos,
                                  int most_letters = std::numeric_limits<int>::max()) {
  std::size_t at = pos;
  int letters = 0;
  std::size_t len = 0;
  while (at < text.size()) {
    const char32_t c = decode_at(text, at, len);
    if (!is_letter(c)) break;
    if (!is_upper(c) || ++letters > most_letters) return {};
    at += len;
  }
  return letters >= 2 ? text.substr(pos, at - pos) : std::string_view();
}

// A word in capitals next to this one means a heading or an acronym run
// ("ALT OM JOB"), not a party abbreviation.
bool in_capitals_run(std::string_view text, std::size_t start, std::size_t end) {
  auto capital_word_at = [&](std::size_t pos) { return !capitals_word_at(text, pos).empty(); };
  if (end + 1 < text.size() && text[end] == ' ' && capital_word_at(end + 1)) return true;
  if (start >= 2 && text[start - 1] == ' ') {
    std::size_t pos = start - 1;
    std::size_t len = 0;
    while (pos > 0 && is_letter(decode_before(text, pos, len))) pos -= len;
    if (pos < start - 1 && capital_word_at(pos)) return true;
  }
  return false;
}

// "KF, ØK, BY" (Mariagerfjord's "Forventet sagsgang": the committees a case
// goes through): a line that is nothing but codes of capitals set apart by
// ", ", one of them naming no party, is a list of offices' codes, and its
// abbreviations no parties ("KF" is Kultur og Fritid there, not Konservative
// Folkeparti). A sentence's list ("For stemte: KF, DF og SF", "KL, DF og SF")
// is no such line.
bool in_code_list(std::string_view text, std::size_t start, std::size_t end) {
  const std::size_t line_start = text.rfind('\n', start) + 1;  // npos + 1 == 0
  std::size_t line_end = text.find('\n', end);
  if (line_end == std::string_view::npos) line_end = text.size();
  std::string_view line = text.substr(line_start, line_end - line_start);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  // "Sagsgang: ØK, KF", or "Forventet sagsgang" on the line above: the
  // case's route labels the codes (a vote's "Imod stemte: EL, FN" or
  // "Undlod at stemme:" over "DF, NB, LP" lists parties).
  if (const std::size_t colon = line.rfind(": "); colon != std::string_view::npos) {
    const std::string label = fold_case(line.substr(0, colon));
    if (label.find("sagsgang") == std::string::npos || start < line_start + colon + 2) return false;
    line.remove_prefix(colon + 2);
  } else {
    // The last line with text above.
    std::size_t above_end = line_start;
    while (above_end > 0 && (text[above_end - 1] == '\n' || text[above_end - 1] == '\r' ||
                             text[above_end - 1] == ' '))
      --above_end;
    const std::size_t above_start = text.rfind('\n', above_end == 0 ? 0 : above_end - 1) + 1;
    if (above_end == 0 ||
        fold_case(text.substr(above_start, above_end - above_start)).find("sagsgang") ==
            std::string::npos)
      return false;
  }
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  bool office = false;
  std::size_t codes = 0;
  for (std::size_t pos = 0; pos <= line.size();) {
    std::size_t comma = line.find(", ", pos);
    if (comma == std::string_view::npos) comma = line.size();
    const std::string_view code = line.substr(pos, comma - pos);
    constexpr int longest_code = 4;
    if (capitals_word_at(code, 0, longest_code).size() != code.size() || code.empty()) return false;
    office = office || canonical_party(code).empty();
    ++codes;
    pos = comma + 2;
  }
  return codes >= 2 && office;
}

void add_parenthesised(std::string_view text, const std::vector<parenthesis>& parentheses,
                       std::vector<party_mention>& out) {
  std::vector<party_mention> parts;
  for (const parenthesis& paren : parentheses) {
    const std::size_t inner_start = paren.open + 1;
    const std::string_view body = text.substr(inner_start, paren.close - inner_start);
    // "(A, F, Ø)" and "(A og F)": every part must be a party, else it is prose.
    parts.clear();
    std::size_t pos = 0;
    bool all_parties = true;
    while (pos <= body.size() && all_parties) {
      std::size_t next = body.size();
      std::size_t sep_len = 0;
      for (std::size_t i = pos; i < body.size(); ++i) {
        if (body[i] == ',' || body[i] == '/' || body[i] == '+') {
          next = i;
          sep_len = 1;
          break;
        }
        if (body[i] == ' ' && body.compare(i, 4, " og ") == 0) {
          next = i;
          sep_len = 4;
          break;
        }
      }
      std::string_view part = body.substr(pos, next - pos);
      std::size_t part_start = pos;
      while (!part.empty() && part.front() == ' ') {
        part.remove_prefix(1);
        ++part_start;
      }
      while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
      std::string value = canonical_party(part);
      if (value.empty()) {
        all_parties = false;
        break;
      }
      parts.push_back({inner_start + part_start, inner_start + part_start + part.size(),
                       std::move(value), true});
      if (next == body.size()) break;
      pos = next + sep_len;
    }
    if (all_parties) out.insert(out.end(), parts.begin(), parts.end());
  }
}

void add_words(std::string_view text, std::vector<party_mention>& out) {
  const spelling_index& index = spellings_to_find();
  const std::size_t last = text.empty() ? 0 : text.size() - 1;
  std::size_t next = 0;  // past the last spelling taken: a spelling starts from here
  index.for_each_start(text, last, [&](std::size_t start, std::uint8_t group) {
    if (start < next) return;
    const party_spelling* s = index.longest_in_group(text, start, group);
    if (s == nullptr) return;
    const std::size_t end = start + s->written.size();
    next = end;
    if (!word_bounded(text, start, end)) return;
    if (s->common_word && sentence_initial(text, start)) return;
    if (s->form == party_form::abbreviation &&
        (in_capitals_run(text, start, end) || in_code_list(text, start, end)))
      return;
    out.push_back({start, end, std::string(s->canonical), false});
  });
}

}  // namespace

std::vector<party_mention> find_party_mentions(std::string_view text) {
  return find_party_mentions(text, find_parentheses(text));
}

std::vector<party_mention> find_party_mentions(std::string_view text,
                                               const std::vector<parenthesis>& parentheses) {
  std::vector<party_mention> found;
  add_parenthesised(text, parentheses, found);
  add_words(text, found);
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<party_mention> out;
  out.reserve(found.size());  // at most all of them: no regrowth moving their strings
  for (auto& m : found) {
    if (!out.empty() && m.start < out.back().end) continue;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace protokol::danish
