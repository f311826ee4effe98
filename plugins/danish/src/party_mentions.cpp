#include "danish/party_mentions.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "danish/parties.hpp"
#include "danish/party_table.hpp"
#include "danish/text.hpp"

namespace protokol::danish {
namespace {

const RE2& paren_pattern() {
  static const RE2 re(R"(\(([^()\n]{1,80})\))");
  return re;
}

std::string escape_spelling(std::string_view s) { return RE2::QuoteMeta(std::string(s)); }

// Longest spellings first: RE2's leftmost-first alternation then prefers
// "Radikale Venstre" over "Radikale".
const RE2& word_pattern() {
  static const std::unique_ptr<RE2> re = [] {
    std::vector<const party_spelling*> taken;
    for (const auto& s : party_spellings()) {
      if (s.form != party_form::letter) taken.push_back(&s);
    }
    std::stable_sort(taken.begin(), taken.end(), [](const auto* a, const auto* b) {
      return a->written.size() > b->written.size();
    });
    std::string pattern = "(";
    for (std::size_t i = 0; i < taken.size(); ++i) {
      if (i > 0) pattern += '|';
      pattern += escape_spelling(taken[i]->written);
    }
    pattern += ")";
    return std::make_unique<RE2>(pattern);
  }();
  return *re;
}

const party_spelling* spelling_of(std::string_view written) {
  for (const auto& s : party_spellings()) {
    if (s.written == written) return &s;
  }
  return nullptr;
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

// A word in capitals next to this one means a heading or an acronym run
// ("ALT OM JOB"), not a party abbreviation.
bool in_capitals_run(std::string_view text, std::size_t start, std::size_t end) {
  auto capital_word_at = [&](std::size_t pos) {
    std::size_t len = 0;
    int letters = 0;
    while (pos < text.size()) {
      const char32_t c = decode_at(text, pos, len);
      if (!is_letter(c)) break;
      if (!is_upper(c)) return false;
      ++letters;
      pos += len;
    }
    return letters >= 2;
  };
  if (end + 1 < text.size() && text[end] == ' ' && capital_word_at(end + 1)) return true;
  if (start >= 2 && text[start - 1] == ' ') {
    std::size_t pos = start - 1;
    std::size_t len = 0;
    while (pos > 0 && is_letter(decode_before(text, pos, len))) pos -= len;
    if (pos < start - 1 && capital_word_at(pos)) return true;
  }
  return false;
}

void add_parenthesised(std::string_view text, std::vector<party_mention>& out) {
  const RE2& re = paren_pattern();
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece inner;
  while (RE2::FindAndConsume(&input, re, &inner)) {
    const std::size_t inner_start = static_cast<std::size_t>(inner.data() - text.data());
    const std::string_view body(inner.data(), inner.size());
    // "(A, F, Ø)" and "(A og F)": every part must be a party, else it is prose.
    std::vector<party_mention> parts;
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
        if (body.compare(i, 4, " og ") == 0) {
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
  const RE2& re = word_pattern();
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece found;
  while (RE2::FindAndConsume(&input, re, &found)) {
    const std::size_t start = static_cast<std::size_t>(found.data() - text.data());
    const std::size_t end = start + found.size();
    if (!word_bounded(text, start, end)) continue;
    const party_spelling* s = spelling_of(std::string_view(found.data(), found.size()));
    if (s == nullptr) continue;
    if (s->common_word && sentence_initial(text, start)) continue;
    if (s->form == party_form::abbreviation && in_capitals_run(text, start, end)) continue;
    out.push_back({start, end, std::string(s->canonical), false});
  }
}

}  // namespace

std::vector<party_mention> find_party_mentions(std::string_view text) {
  std::vector<party_mention> found;
  add_parenthesised(text, found);
  add_words(text, found);
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  std::vector<party_mention> out;
  for (auto& m : found) {
    if (!out.empty() && m.start < out.back().end) continue;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace protokol::danish
