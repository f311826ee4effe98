// Vote phrases. The phrase tables are data (docs/entities.md lists them).
#include "vote_parser.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <utility>

#include "danish/bytes.hpp"
#include "danish/decisions.hpp"
#include "danish/names.hpp"
#include "danish/parties.hpp"
#include "danish/text.hpp"

namespace protokol::votes {

// Found by the phrase's first byte: libstdc++'s rfind calls memcmp at every
// offset back from `from`.
std::size_t rfind_phrase(std::string_view text, std::string_view phrase, std::size_t from) {
  if (phrase.empty() || phrase.size() > text.size()) return text.rfind(phrase, from);
  for (std::size_t at = std::min(from, text.size() - phrase.size());; --at) {
    at = text.rfind(phrase.front(), at);
    if (at == std::string_view::npos) return at;
    if (text.compare(at, phrase.size(), phrase) == 0) return at;
    if (at == 0) return std::string_view::npos;
  }
}

namespace {

enum class side { for_, against, abstained };

// Words that stand before a list without being part of it.
constexpr std::string_view list_openers[] = {
    "et flertal bestående af",
    "et mindretal bestående af",
    // "Et flertal på 22 (A, V, F, B)": the count, then the list.
    "et flertal på",
    "et mindretal på",
    "flertallet på",
    "mindretallet på",
    "flertallet bestående af",
    "mindretallet bestående af",
    "et flertal af",
    "et mindretal af",
    "et flertal",
    "et mindretal",
    "flertallet",
    "mindretallet",
    "medlemmerne fra",
    "medlemmet fra",
    "medlemmerne af",
    "partierne",
    "partiet",
    "repræsentanterne for",
    "repræsentanten for",
    "dog",
    "idet",
    // "Alle stemte for, undtagen Bo Jensen (Ø), der stemte imod".
    "undtagen",
    "bortset fra",
};

struct verb_phrase {
  std::string_view folded;
  side vote;
  /// A vote only on what was voted on, or at the sentence's end ("anbefaler
  /// ikke indstillingen", "var imod."), not "anbefaler ikke kun ...", "var
  /// imod at udskyde sagen", "tager afstand fra tonen i debatten".
  bool on_the_proposal = false;
};

// What a vote is on, right after a denied verb.
constexpr std::string_view voted_on[] = {"indstillingen", "forslaget",   "beslutningen",
                                         "anbefalingen",  "indstilling", "forslag"};

// "er imod forslaget om at udskyde sagen og stemmer for indstillingen",
// "stemmer ikke for indstillingen, men undlader at stemme": the sentence
// says the vote itself after the denied verb.
bool votes_otherwise_after(std::string_view folded, std::size_t after) {
  std::size_t end = folded.find_first_of(".\n", after);
  if (end == std::string_view::npos) end = folded.size();
  const std::string_view rest = folded.substr(after, end - after);
  for (const std::string_view w : {" stemmer for", " stemte for", " undlader", " undlod"})
    if (rest.find(w) != std::string_view::npos) return true;
  return false;
}

// The verb ending at `after` is followed by what was voted on or ends its
// sentence or clause.
bool on_the_proposal_at(std::string_view folded, std::size_t after) {
  while (after < folded.size() && folded[after] == ' ') ++after;
  // "kan ikke godkende, at sagen udskydes": a clause is what is denied.
  if (after < folded.size() && folded[after] == ',') return folded.compare(after, 5, ", at ") != 0;
  if (after >= folded.size() || folded[after] == '.' || folded[after] == ';' ||
      folded[after] == '\n')
    return true;
  return std::any_of(std::begin(voted_on), std::end(voted_on), [&](std::string_view w) {
    return folded.compare(after, w.size(), w) == 0 &&
           (after + w.size() >= folded.size() ||
            !std::isalpha(static_cast<unsigned char>(folded[after + w.size()])));
  });
}

// Conjunctions that open a clause inside a sentence; a list after one
// starts after it.
// "Imod stemte A og B, der ønskede skatten nedsat": a relative clause too.
constexpr std::string_view clause_conjunctions[] = {", idet ",  ", men ", ", mens ", ", hvor ",
                                                    ", fordi ", ", da ",  ", der ",  ", som "};

// After a list: "V og O stemte imod".
constexpr verb_phrase verbs_after[] = {
    {"stemte hverken for eller imod", side::abstained},
    {"undlod at stemme", side::abstained},
    {"undlod", side::abstained},
    {"stemte blankt", side::abstained},
    {"stemte for", side::for_},
    {"stemmer for", side::for_},
    {"stemte imod", side::against},
    {"stemmer imod", side::against},
    {"kunne ikke tiltræde", side::against},
    {"kan ikke tiltræde", side::against},
    {"kunne ikke anbefale", side::against},
    {"kan ikke anbefale", side::against},
    {"kunne ikke gå ind for", side::against},
    {"kan ikke gå ind for", side::against},
    {"kunne ikke stemme for", side::against},
    {"kan ikke stemme for", side::against},
    {"kunne ikke støtte", side::against},
    {"kan ikke støtte", side::against},
    {"tiltrådte ikke", side::against},
    // "X (F) anbefaler ikke indstillingen": the verb denied, before the
    // verbs below read it as a vote for; on the proposal only.
    {"tiltræder ikke", side::against, true},
    {"anbefalede ikke", side::against, true},
    {"anbefaler ikke", side::against, true},
    {"godkendte ikke", side::against, true},
    {"godkender ikke", side::against, true},
    {"kunne ikke godkende", side::against, true},
    {"kan ikke godkende", side::against, true},
    {"ønskede ikke at anbefale", side::against, true},
    {"ønsker ikke at anbefale", side::against, true},
    {"ønskede ikke at godkende", side::against, true},
    {"ønsker ikke at godkende", side::against, true},
    {"tog afstand fra", side::against, true},
    {"tager afstand fra", side::against, true},
    {"var imod", side::against, true},
    {"er imod", side::against, true},
    {"stemmer ikke for", side::against, true},
    // "X (V) ønskede sin stemme imod ført til protokol".
    {"ønskede sin stemme imod", side::against},
    {"ønskede sin stemme for", side::for_},
    // A majority that approves votes for: "Et flertal bestående af A og F godkendte".
    {"godkendte", side::for_},
    {"godkender", side::for_},
    {"tiltrådte", side::for_},
    {"tiltræder", side::for_},
    {"anbefalede", side::for_},
    {"anbefaler", side::for_},
    {"vedtog", side::for_},
};

// The verbs' first two bytes, as a set of pairs: after a blank, most
// words open no verb, and are passed over without a comparison each.
constexpr auto verb_openings = [] {
  std::array<std::uint64_t, 1024> bits{};
  for (const auto& verb : verbs_after) {
    const unsigned pair = static_cast<unsigned char>(verb.folded[0]) << 8 |
                          static_cast<unsigned char>(verb.folded[1]);
    bits[pair >> 6] |= std::uint64_t{1} << (pair & 63);
  }
  return bits;
}();

static_assert(std::all_of(std::begin(verbs_after), std::end(verbs_after),
                          [](const verb_phrase& v) { return v.folded.size() >= 2; }),
              "verb_openings reads two bytes of each verb");

// Each verb's first four bytes as one number (danish::load4), compared with
// the four at a word's start before the whole verb: most words that open
// like a verb ("til", "kan", "er") go on otherwise, and are then turned
// away without a call to compare each of the verbs of their first byte.
constexpr auto verb_prefixes = [] {
  std::array<std::uint32_t, std::size(verbs_after)> prefixes{};
  for (std::size_t k = 0; k < prefixes.size(); ++k)
    prefixes[k] = danish::load4(verbs_after[k].folded.data());
  return prefixes;
}();

static_assert(std::all_of(std::begin(verbs_after), std::end(verbs_after),
                          [](const verb_phrase& v) { return v.folded.size() >= 4; }),
              "verb_prefixes reads four bytes of each verb");

// True when a verb of verbs_after may start at `pos` of `folded`.
bool may_open_verb(std::string_view folded, std::size_t pos) {
  if (pos + 1 >= folded.size()) return false;
  const unsigned pair =
      static_cast<unsigned char>(folded[pos]) << 8 | static_cast<unsigned char>(folded[pos + 1]);
  return (verb_openings[pair >> 6] >> (pair & 63) & 1) != 0;
}

std::string_view trim_punct(std::string_view s) {
  s = danish::trim(s);
  while (!s.empty() && (s.back() == '.' || s.back() == ':' || s.back() == ';')) s.remove_suffix(1);
  return danish::trim(s);
}

std::string_view strip_openers(std::string_view list) {
  list = danish::trim(list);
  const std::string folded = danish::fold_case(list);
  // "Et flertal i udvalget (A, V og C)", "Et mindretal i Byrådet": the body
  // after the majority's words is no voter.
  for (const std::string_view opener :
       {"et flertal i ", "et mindretal i ", "flertallet i ", "mindretallet i "}) {
    if (!folded.starts_with(opener)) continue;
    // "Et flertal i Teknik- og Miljøudvalget (A, F og Ø)": up to the list's
    // parenthesis, else the body's one word.
    std::size_t body_end = folded.find('(', opener.size());
    if (body_end == std::string::npos) body_end = folded.find(' ', opener.size());
    if (body_end != std::string::npos) return danish::trim(list.substr(body_end));
  }
  for (const auto opener : list_openers) {
    if (folded.starts_with(opener) &&
        (folded.size() == opener.size() || folded[opener.size()] == ' ' ||
         folded[opener.size()] == '(')) {
      return danish::trim(list.substr(opener.size()));
    }
  }
  return list;
}

// "Jens Hansen (A)" -> "Jens Hansen"; a name needs two capitalised words.
std::string name_value(std::string_view element) {
  const std::size_t paren = element.find('(');
  if (paren != std::string_view::npos) element = danish::trim(element.substr(0, paren));
  int words = 0;
  int initials = 0;  // "J.P. Skytte", "Aa. Bjerregaard": a surname after initials is a name
  std::size_t pos = 0;
  while (pos < element.size()) {
    const auto kind = danish::name_part(danish::next_word(element, pos));
    if (kind == danish::name_part_kind::none) return {};
    if (kind == danish::name_part_kind::word) ++words;
    if (kind == danish::name_part_kind::initial) ++initials;
  }
  return words >= 2 || (words == 1 && initials > 0) ? danish::fold_blanks(element) : std::string();
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_count(std::string_view digits) {
  constexpr std::size_t max_digits = 4;  // no council has 10,000 members
  if (!all_digits(digits) || digits.size() > max_digits) return -1;
  int n = 0;
  for (const char c : digits) n = n * 10 + (c - '0');
  return n;
}

// `s` without the characters of `chars` (bytes; "–" is three) and blanks at its end.
std::string_view trim_end_chars(std::string_view s, std::string_view chars) {
  for (;;) {
    s = danish::trim(s);
    if (s.ends_with("–")) {
      if (chars.find("–") == std::string_view::npos) return s;
      s.remove_suffix(std::string_view("–").size());
    } else if (!s.empty() && chars.find(s.back()) != std::string_view::npos &&
               static_cast<unsigned char>(s.back()) < 0x80) {
      s.remove_suffix(1);
    } else {
      return s;
    }
  }
}

// A count beside a list is not a member: "A, F og Ø (15)", "A, F og Ø (15
// stemmer)", "15 (A, F og Ø)", "15 stemmer (A, F og Ø)", "5 medlemmer
// (A+V+C)". Returns the list without it and sets `count` (-1 when there is none).
std::string_view split_count(std::string_view list, int& count) {
  static constexpr std::string_view votes_word[] = {" stemmer", " stemme", " st.", " medlemmer",
                                                    " medlem"};
  const auto count_words = [](std::string_view s) {
    for (const auto word : votes_word)
      if (s.ends_with(word)) return danish::trim(s.substr(0, s.size() - word.size()));
    return s;
  };
  count = -1;
  // "A, V, F og C – i alt 21 stemmer", "Ø og O, i alt 4": the total after the list.
  if (const std::size_t total = list.rfind("i alt ");
      total != std::string_view::npos && total > 0) {
    const std::string_view digits =
        count_words(danish::trim(trim_end_chars(list.substr(total + 6), ").")));
    if (all_digits(digits)) {
      count = to_count(digits);
      return trim_end_chars(danish::trim(list.substr(0, total)), "-–,(");
    }
  }
  if (list.ends_with(')')) {
    const std::size_t open = list.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      const std::string_view inside =
          count_words(danish::trim(list.substr(open + 1, list.size() - open - 2)));
      if (all_digits(inside)) {
        count = to_count(inside);
        return danish::trim(list.substr(0, open));
      }
    }
  }
  const std::size_t open = list.find('(');
  if (open != std::string_view::npos && list.ends_with(')')) {
    const std::string_view before = count_words(danish::trim(list.substr(0, open)));
    if (all_digits(before)) {
      count = to_count(before);
      return list.substr(open);
    }
  }
  return list;
}

std::vector<std::string_view> split_members(std::string_view list) {
  std::vector<std::string_view> out;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t pos = 0; pos < list.size(); ++pos) {
    const char c = list[pos];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (depth > 0) continue;
    std::size_t sep = 0;
    if (c == ',' || c == '+' || c == '/' || c == ';')
      sep = 1;
    else if (c != ' ')  // both words below open with a blank: no compare elsewhere
      continue;
    else if (list.compare(pos, 4, " og ") == 0)
      sep = 4;
    else if (list.compare(pos, 6, " samt ") == 0)
      sep = 6;
    if (sep == 0) continue;
    out.push_back(list.substr(start, pos - start));
    start = pos + sep;
    pos += sep - 1;
  }
  out.push_back(list.substr(start));
  return out;
}

// "O (Niels D. Kelberg)", "V (Tage Ebbesen, Poul Erik Bach)", "Ø: Bente
// Nørgaard": the members of a party named, as a list does when the party's
// members voted apart. Empty unless every one is a name.
std::vector<std::string> named_members(std::string_view member) {
  std::string_view party;
  std::string_view names;
  if (const std::size_t open = member.find('(');
      open != std::string_view::npos && open > 0 && member.ends_with(')')) {
    party = member.substr(0, open);
    names = member.substr(open + 1, member.size() - open - 2);
  } else if (const std::size_t colon = member.find(':');
             colon != std::string_view::npos && colon > 0) {
    party = member.substr(0, colon);
    names = member.substr(colon + 1);
  } else {
    return {};
  }
  if (danish::canonical_party(danish::trim(party)).empty()) return {};
  std::vector<std::string> out;
  for (const std::string_view name : split_members(names)) {
    std::string value = name_value(trim_punct(name));
    if (value.empty()) return {};
    out.push_back(std::move(value));
  }
  return out;
}

void add_unique(std::vector<std::string>& to, const std::vector<std::string>& values) {
  for (const auto& v : values) {
    if (std::find(to.begin(), to.end(), v) == to.end()) to.push_back(v);
  }
}

void add(vote_record& record, side s, const std::vector<std::string>& values) {
  add_unique(s == side::for_      ? record.for_
             : s == side::against ? record.against
                                  : record.abstained,
             values);
}

// The first count the text gives for a side stays.
void set_count(vote_record& record, side s, int count) {
  int& to = s == side::for_      ? record.for_count
            : s == side::against ? record.against_count
                                 : record.abstained_count;
  if (count >= 0 && to < 0) to = count;
}

int match_count(const re2::StringPiece& digits) {
  return to_count(std::string_view(digits.data(), digits.size()));
}

// "A, V og C. Ø stemte imod.": the full stop at `stop` after a party's
// letter at a list's end ("og C", ", C"), a party named right after it,
// ends the sentence; "C." is no initial there ("Bo Berg og C. Hansen" goes
// on in a name).
bool stop_after_party_letter(std::string_view text, std::size_t stop) {
  std::size_t word = stop;
  while (word > 0 && text[word - 1] != ' ' && text[word - 1] != '\n') --word;
  const std::string_view letter = text.substr(word, stop - word);
  const std::string_view before = text.substr(0, word);
  if (letter.empty() || letter.size() > 2 || danish::canonical_party(letter).empty()) return false;
  std::string_view next = text.substr(std::min(stop + 1, text.size()));
  while (!next.empty() && next.front() == ' ') next.remove_prefix(1);
  next = next.substr(0, std::min(next.find_first_of(" ,\n"), next.size()));
  // "Alle stemte for, undtagen Ø. Ingen undlod at stemme.": a word that
  // opens a sentence and is no name after the letter.
  static constexpr std::string_view sentence_openers[] = {
      "Ingen", "Alle", "Der", "Det", "Den", "De", "Forslaget", "Indstillingen", "Sagen", "Punktet"};
  if (std::find(std::begin(sentence_openers), std::end(sentence_openers), next) !=
      std::end(sentence_openers))
    return true;
  if (!(before.ends_with(" og ") || before.ends_with(", "))) return false;
  // "og A. C. Jensen": another initial goes on in the name (review 35).
  return !next.ends_with('.') && !danish::canonical_party(next).empty();
}

std::size_t sentence_start(std::string_view text, std::size_t pos) {
  std::size_t start = pos;
  while (start > 0) {
    const char c = text[start - 1];
    if (c == '\n') {
      // "... fra puljen. Henning Duus (V)" over "og Ejner Stub (Æ) stemte
      // imod": a line that goes on in lowercase after a line that ended no
      // sentence is the same sentence, as pdftotext wraps it.
      std::size_t above = start - 1;
      while (above > 0 && (text[above - 1] == ' ' || text[above - 1] == '\r')) --above;
      const bool wrapped =
          above > 0 && text[above - 1] != '\n' &&
          std::string_view(".:!?").find(text[above - 1]) == std::string_view::npos &&
          start < text.size() && text[start] >= 'a' && text[start] <= 'z';
      if (!wrapped) break;
    }
    // A full stop ends a sentence, except after a part of a name.
    if (c == ' ' && start >= 2 && text[start - 2] == '.' &&
        (!danish::stop_ends_name_part(text, start - 1) || stop_after_party_letter(text, start - 2)))
      break;
    --start;
  }
  return start;
}

// "\t•\tA (A) og B (V) stemte for.": a list item's bullet and the blanks
// around it are no part of the sentence's subject.
std::size_t after_bullet(std::string_view text, std::size_t start, std::size_t end) {
  const auto skip_blanks = [&] {
    while (start < end && (text[start] == ' ' || text[start] == '\t')) ++start;
  };
  skip_blanks();
  const std::size_t bullet = danish::bullet_length(text.substr(start, end - start));
  if (bullet > 0) {
    start += bullet;
    skip_blanks();
  }
  return start;
}

std::size_t sentence_end(std::string_view text, std::size_t pos) {
  for (std::size_t i = pos; i < text.size(); ++i) {
    // A line that goes on in "(1)." or "og F." was wrapped inside the
    // sentence (pandoc wraps markdown at 72 columns).
    if (text[i] == '\n' &&
        !(i + 1 < text.size() && (text[i + 1] == '(' || danish::starts_lower(text.substr(i + 1)))))
      return i;
    if (text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) {
      // An initial or a short first name ("Aa.", "Chr.") goes on in the name.
      if (!danish::stop_ends_name_part(text, i + 1) || stop_after_party_letter(text, i)) return i;
    }
  }
  return text.size();
}

// "Venstres byrådsgruppe", "Det Konservative Folkepartis gruppe", and
// "Venstres" in "Venstres og Det Radikale Venstres byrådsgrupper": a party's
// group on the council, named by the party's genitive. "" otherwise.
std::string party_of_group(std::string_view member) {
  static constexpr std::string_view groups[] = {" byrådsgruppe",
                                                " byrådsgrupper",
                                                " kommunalbestyrelsesgruppe",
                                                " kommunalbestyrelsesgrupper",
                                                " gruppe",
                                                " grupper"};
  for (const auto group : groups) {
    if (member.ends_with(group)) {
      member = danish::trim(member.substr(0, member.size() - group.size()));
      break;
    }
  }
  // "SF's byrådsgruppe", "SF’s": the genitive of a party's letters.
  for (const std::string_view apostrophe : {std::string_view("'s"), std::string_view("’s")}) {
    if (member.size() > apostrophe.size() && member.ends_with(apostrophe))
      return danish::canonical_party(member.substr(0, member.size() - apostrophe.size()));
  }
  // "SF-gruppen": the party's letters, a hyphen and the word.
  constexpr std::string_view hyphened_group = "-gruppen";
  if (member.ends_with(hyphened_group))
    return danish::canonical_party(member.substr(0, member.size() - hyphened_group.size()));
  if (member.size() < 2 || member.back() != 's') return {};
  return danish::canonical_party(member.substr(0, member.size() - 1));
}

// A local list without a letter, named by capitalised words ending in
// "liste(n)": "Borgerlisten", "Fælleslisten", "Den Sociale Fællesliste".
bool is_local_list(std::string_view member) {
  if (member.size() <= 6 || !(member.ends_with("listen") || member.ends_with("liste")))
    return false;
  int words = 0;
  for (std::size_t pos = 0; pos < member.size();)
    if (!danish::starts_upper(danish::next_word(member, pos)) || ++words > 4) return false;
  return true;
}

// The members of a vote list, and in `count` the count written beside them
// ("A, F og Ø (15)", "15 (A, F)") or the count that is the whole list
// ("(15)", "15", "Ingen" is 0); -1 when there is none.
std::vector<std::string> read_vote_list(std::string_view list, int& count, int known_count = -1) {
  list = split_count(trim_punct(list), count);
  while (list.size() >= 2 && list.front() == '(' && list.back() == ')')
    list = trim_punct(list.substr(1, list.size() - 2));
  if (count < 0)
    count = list.size() == 5 && danish::fold_case(list) == "ingen" ? 0 : to_count(list);
  std::vector<std::string> out;
  if (list.empty()) return out;
  std::size_t names = 0;
  std::size_t parties = 0;
  std::size_t parties_after_names = 0;
  bool party_after_name = false;  // "Henrik Hansen, A": the party of the name before it
  bool after_bare_name = false;   // after a name with no party of its own
  bool after_name = false;
  for (std::string_view member : split_members(list)) {
    member = trim_punct(member);
    if (member.empty()) continue;
    // "A (undtagen Henrik Hansen)": the party, but for one member who voted
    // otherwise (named where that vote is).
    if (const std::size_t open = member.find(" ("); open != std::string_view::npos) {
      const std::string_view inside = member.substr(open + 2);
      for (const std::string_view but : {"undtagen ", "dog ikke ", "bortset fra "}) {
        if (inside.starts_with(but)) member = danish::trim(member.substr(0, open));
      }
    }
    // "A (9), C (10) og Anne Ehrenreich (ufp), i alt 28" (Region Hovedstaden):
    // each party with its members' count; the side's count is the total.
    if (member.ends_with(')')) {
      if (const std::size_t open = member.rfind(" (");
          open != std::string_view::npos &&
          all_digits(member.substr(open + 2, member.size() - open - 3)))
        member = danish::trim(member.substr(0, open));
    }
    // "Gruppe A", "Liste H" (Hvidovre): a party's group or list by its letter.
    for (const std::string_view group : {std::string_view("Gruppe "), std::string_view("Liste ")}) {
      if (member.starts_with(group)) member = trim_punct(member.substr(group.size()));
    }
    std::string value = danish::canonical_party(member);
    // "Socialdemokratiet (A)", "Borgerlisten (L)": a party's name with its
    // letter, not a person with a party.
    if (value.empty() && member.ends_with(')')) {
      if (const std::size_t open = member.rfind('('); open != std::string_view::npos && open > 0) {
        std::string letter =
            danish::canonical_party(member.substr(open + 1, member.size() - open - 2));
        if (!letter.empty() && name_value(member.substr(0, open)).empty())
          value = std::move(letter);
      }
    }
    const bool party = !value.empty();
    if (!party) {
      if (std::vector<std::string> named = named_members(member); !named.empty()) {
        for (std::string& n : named) {
          ++names;
          if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(std::move(n));
        }
        after_name = true;
        continue;
      }
    }
    if (value.empty()) value = name_value(member);
    const bool name = !party && !value.empty();
    if (value.empty()) value = party_of_group(member);
    // "Borgerlisten", "Lokallisten": a local list without a letter, as written.
    if (value.empty() && is_local_list(member)) value = std::string(member);
    if (value.empty()) return {};
    if (party && after_name) party_after_name = true;
    if (party) ++parties;
    if (party && after_bare_name) ++parties_after_names;
    after_name = name;
    after_bare_name = name && member.find('(') == std::string_view::npos;
    if (name) ++names;
    if (std::find(out.begin(), out.end(), value) == out.end()) out.push_back(std::move(value));
  }
  // "1 medlem (Henrik Hansen, A)": as many members counted as named, so each
  // party after a name is that member's, not a party that voted so.
  const int counted = count >= 0 ? count : known_count;  // "2 stemmer for (Ib Søby, Ø, ...)"
  // "Ali Demir, Ø, stemte imod": every party right after a name is that
  // member's, too.
  if ((party_after_name && counted >= 0 && static_cast<std::size_t>(counted) == names) ||
      (parties > 0 && parties == parties_after_names &&
       list.find(" og ") == std::string_view::npos)) {
    std::erase_if(out, [](const std::string& v) { return !danish::canonical_party(v).empty(); });
  }
  return out;
}

// Adds the members of the list text[start, end) to side `s`; returns the
// count written beside them (-1: none).
int add_list(std::string_view text, std::size_t start, std::size_t end, side s,
             vote_record& record) {
  int count = -1;
  std::string_view list = text.substr(start, end - start);
  std::string unwrapped;  // a list sentence_end() let go on over a line break
  if (list.find('\n') != std::string_view::npos) {
    unwrapped.assign(list);
    std::replace(unwrapped.begin(), unwrapped.end(), '\n', ' ');
    list = unwrapped;
  }
  std::vector<std::string> voters = read_vote_list(list, count);
  // "Imod stemte 1 medlem: V. Indstillingens punkt 2 blev godkendt.": "V."
  // read as an initial let the list run on into the next sentence (a line a
  // converter joined); the list up to that full stop is the list.
  if (voters.empty()) {
    if (const std::size_t stop = list.find(". "); stop != std::string_view::npos) {
      count = -1;
      voters = read_vote_list(list.substr(0, stop), count);
    }
  }
  // "Imod stemte: V (1), idet Venstre ønsker ...": the reason after the list
  // is a clause of its own.
  for (const std::string_view conjunction : clause_conjunctions) {
    if (!voters.empty()) break;
    if (const std::size_t at = list.find(conjunction); at != std::string_view::npos) {
      count = -1;
      voters = read_vote_list(list.substr(0, at), count);
    }
  }
  // "Imod stemte: Æ, I – i alt 2 med følgende bemærkning: ...": the list
  // ends with its total (a count of votes: never "i alt 12 mio. kr.").
  if (voters.empty()) {
    if (const std::size_t total = list.find("i alt "); total != std::string_view::npos) {
      std::size_t end = total + 6;
      while (end < list.size() && list[end] >= '0' && list[end] <= '9') ++end;
      const std::string_view after = list.substr(end);
      const bool ends_count = after.empty() || after.starts_with(",") || after.starts_with(". ") ||
                              after == "." || after.starts_with(" stemme") ||
                              after.starts_with(" med ");
      if (end > total + 6 && ends_count) {
        count = -1;
        voters = read_vote_list(list.substr(0, end), count);
      }
    }
  }
  add(record, s, std::move(voters));
  return count;
}

// "For stemte:", "Imod:", "Stemmer for:", "Undlod at stemme 2:", "Følgende undlod at stemme:"
// (Copenhagen's council, 2006): a side's label, at a
// line's start (after a list's bullet: danish::bullet_length's) or after "Afstemning:", a closing
// parenthesis or a sentence's end ("Godkendt. For stemte: V, C og F (4)", as a converter joins a
// decision's lines into one paragraph), or a comma before the other side ("For stemte: A, V og C
// (3), imod stemte: F (1).").
const RE2& side_label() {
  static const RE2 label(
      R"((?im)(?:^(?:[ \t\f*\-]|•|·|▪|●|–)*|(?:afstemning[ \t]*:|ved navneopråb|[).!?:,;])[ \t]+)(?:følgende[ \t]+)?(for stemte|stemte for|stemmer for|for forslaget stemte|for|imod stemte|stemte imod|stemmer imod|imod forslaget stemte|imod|undlod at stemme|undlod|hverken for eller imod stemte|hverken for eller imod|stemte hverken for eller imod|blanke|blank)(?:[ \t]+(\d+)(?:[ \t]+(?:medlemmer|medlem|stemmer|stemme))?)?[ \t]*:[ \t]*)");
  return label;
}

side side_of_label(std::string_view which_text) {
  const std::string which = danish::fold_case(which_text);
  const bool neither = which.find("hverken") != std::string::npos;
  if (which.find("imod") != std::string::npos && !neither) return side::against;
  if (which.find("for") != std::string::npos && !neither) return side::for_;
  return side::abstained;
}

void labelled_lists(std::string_view text, vote_record& record) {
  // "Imod stemte Ø og V.": the side first and no colon, at a sentence's start;
  // also with what was voted on between ("For ændringsforslaget stemte 2 (Ø og F).",
  // "For flertalsindstillingen fra ØK stemte 11 (...)", Rebild); "Undlod at
  // stemme 5 (Dansk Folkeparti, ...)".
  // "For stemte 3 (A, V og C), imod stemte 1 (F).": the other side after a
  // comma or "og" in the same sentence, only with the verb right after it.
  static const RE2 side_first(
      R"((?i)(?:(?:^|[.!?\n])(?:[ \t\f*\-]|•|·|▪|●|–)*(?:(for|imod)(?:[ \t]+[^\s.,:]+){0,4}[ \t]+stemte|(undlod)[ \t]+at[ \t]+stemme)|(?:[,;][ \t]*(?:og[ \t]+|mens[ \t]+)?|[ \t]+(?:og|mens)[ \t]+)(for|imod)[ \t]+stemte)[ \t]+)");
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m[4];
  // Every such list holds "stemte" or "undlod" (any case): most decisions skip the pattern.
  const bool stemte = text.find("temte") != std::string_view::npos ||
                      text.find("TEMTE") != std::string_view::npos ||
                      text.find("ndlod") != std::string_view::npos ||
                      text.find("NDLOD") != std::string_view::npos;
  std::size_t pos = stemte ? 0 : text.size();
  while (pos < text.size() && side_first.Match(input, pos, text.size(), RE2::UNANCHORED, m, 4)) {
    const std::size_t list_start =
        static_cast<std::size_t>(m[0].data() - text.data()) + m[0].size();
    pos = std::max(list_start, pos + 1);
    const re2::StringPiece& which = m[1].empty() ? m[3] : m[1];
    const side s = !m[2].empty() ? side::abstained
                   : danish::fold_case(std::string_view(which.data(), which.size())) == "imod"
                       ? side::against
                       : side::for_;
    // "Undlod at stemme 5 (...)" only: with a colon ("Undlod at stemme 1:
    // ...", a table's row) the labelled lists below read it.
    // "Undlod at stemme 0" alone on its line (Aabenraa's netpub pages, under
    // "Imod stemte 0"): the count and no list.
    if (s == side::abstained) {
      std::size_t p = list_start;
      while (p < text.size() && text[p] >= '0' && text[p] <= '9') ++p;
      const std::size_t digits_end = p;
      while (p < text.size() && (text[p] == ' ' || text[p] == '\t')) ++p;
      if (p > list_start && (p >= text.size() || text[p] == '\n') && digits_end > list_start) {
        set_count(record, s, to_count(text.substr(list_start, digits_end - list_start)));
        continue;
      }
      if (p == list_start || p >= text.size() || text[p] != '(') continue;
    }
    std::size_t end = sentence_end(text, list_start);
    // "For stemte A, F og C. Imod stemte Ø": "C." reads as an initial, so
    // the next side's start ends this list.
    re2::StringPiece next[1];
    if (side_first.Match(input, list_start, end, RE2::UNANCHORED, next, 1))
      end = static_cast<std::size_t>(next[0].data() - text.data());
    set_count(record, s, add_list(text, list_start, end, s, record));
  }
  // Every other label ends in a colon (after a count: "For stemte 6
  // medlemmer:"); a decision without one has no labelled list.
  if (text.find(':') == std::string_view::npos) return;
  // Fetched (compiled, the first time) only here, after the colon test: a
  // run whose decisions hold no colon never compiles it.
  const RE2& label = side_label();
  pos = 0;
  while (pos < text.size() && label.Match(input, pos, text.size(), RE2::UNANCHORED, m, 3)) {
    const std::size_t list_start =
        static_cast<std::size_t>(m[0].data() - text.data()) + m[0].size();
    pos = std::max(list_start, pos + 1);
    const side s = side_of_label(std::string_view(m[1].data(), m[1].size()));
    // "Afstemning: For: A, F, Ø (12) Imod: V, C (8)": the next label on the
    // line ends this list.
    std::size_t end = sentence_end(text, list_start);
    re2::StringPiece next[2];
    if (label.Match(input, list_start, end, RE2::UNANCHORED, next, 2)) {
      end = static_cast<std::size_t>(next[1].data() - text.data());
      // "A, V og C (3), imod stemte: F": the comma before the next side.
      while (end > list_start && (text[end - 1] == ' ' || text[end - 1] == ',' ||
                                  text[end - 1] == ';' || text[end - 1] == '\t'))
        --end;
    }
    const int count = add_list(text, list_start, end, s, record);
    set_count(record, s, m[2].empty() ? count : match_count(m[2]));
    set_count(record, s, count);
  }
}

// "X ønskede følgende protokoltilføjelse: "Enhedslisten kan ikke støtte
// ..."": words in quotation marks are a statement quoted, no vote.
bool inside_quotes(std::string_view text, std::size_t pos) {
  int straight = 0, open = 0;
  for (std::size_t i = 0; i < pos && i < text.size(); ++i) {
    if (text[i] == '"') ++straight;
    // Both curly quotes open with the byte 0xE2: only there is compared
    // further, not at every byte before the verb.
    if (text[i] != '\xE2') continue;
    if (text.substr(i).starts_with("\u201C")) ++open;  // “
    if (text.substr(i).starts_with("\u201D")) --open;  // ”
  }
  return straight % 2 == 1 || open > 0;
}

void subject_verb(std::string_view text, vote_record& record) {
  const std::string folded = danish::fold_case(text);  // same byte offsets for Danish letters
  std::size_t last_verb_end = 0;
  for (std::size_t pos = 0; pos < folded.size(); ++pos) {
    // A verb follows a blank: most offsets are ruled out before any comparison.
    if (pos == 0 || folded[pos - 1] != ' ' || !may_open_verb(folded, pos)) continue;
    // No verb is shorter than four bytes: none fits in fewer.
    if (folded.size() - pos < 4) continue;
    const std::uint32_t opening = danish::load4(folded.data() + pos);
    for (const auto& verb : verbs_after) {
      if (opening != verb_prefixes[static_cast<std::size_t>(&verb - verbs_after)]) continue;
      if (folded.compare(pos, verb.folded.size(), verb.folded) != 0) continue;
      const std::size_t after = pos + verb.folded.size();
      if (after < folded.size() && std::isalpha(static_cast<unsigned char>(folded[after])))
        continue;
      if (verb.on_the_proposal &&
          (!on_the_proposal_at(folded, after) || votes_otherwise_after(folded, after)))
        break;
      if (inside_quotes(text, pos)) continue;
      std::size_t start = sentence_start(text, pos);
      // "A og F stemte for, V og C stemte imod": a list after another verb
      // of its sentence starts after that verb.
      if (last_verb_end > start && last_verb_end < pos) {
        start = last_verb_end;
        while (start < pos && (text[start] == ',' || text[start] == ' ')) ++start;
        for (const std::string_view joiner : {"og ", "mens "}) {
          if (folded.compare(start, joiner.size(), joiner) == 0) start += joiner.size();
        }
      }
      // "Godkendt, idet V og O undlod at stemme": the list starts after the
      // clause's conjunction.
      const std::size_t clause_start = start;
      for (const std::string_view conjunction : clause_conjunctions) {
        if (start > pos) break;
        // Searched back from `pos` to `start` only, not to the text's first
        // byte: the last one from `pos` back, as before, when it is after
        // `start` (and taken when it ends by `pos`).
        const std::string_view reach =
            std::string_view(folded).substr(start, pos + conjunction.size() - start);
        const std::size_t at = rfind_phrase(reach, conjunction, pos - start);
        if (at != std::string_view::npos && start + at + conjunction.size() <= pos)
          start += at + conjunction.size();
      }
      std::size_t list_end = pos - 1;  // the blank before the verb
      // "Alle stemte for, undtagen Bo Jensen (Ø), der stemte imod": the verb
      // right after a relative "der" or "som" has the words before it for
      // its subject, when it votes on the proposal ("Enhedslisten, der
      // stemte imod budgettet i oktober, kan tiltræde" tells of another vote,
      // review 35).
      if (const std::size_t rel = std::string_view(", der ").size();
          start + 1 >= pos && start >= clause_start + rel &&
          (folded.compare(start - rel, rel, ", der ") == 0 ||
           folded.compare(start - rel, rel, ", som ") == 0)) {
        if (!on_the_proposal_at(folded, after)) {
          pos = after;
          break;
        }
        list_end = start - rel;
        start = clause_start;
        // "Anbefales, bortset fra Morten Kjær (O), som undlod at stemme".
        for (const std::string_view but : {"undtagen ", "bortset fra "}) {
          const std::size_t at = folded.rfind(but, list_end);
          if (at != std::string::npos && at >= start) start = at + but.size();
        }
      }
      start = after_bullet(text, start, pos);
      last_verb_end = after;
      // The count beside the list: "A, C og V (6) anbefaler", "O (1) kan ikke
      // anbefale"; "Ingen undlod at stemme" is nobody, a count of 0.
      int count = -1;
      std::string_view list = text.substr(start, list_end > start ? list_end - start : 0);
      std::string unwrapped;  // a list over a line break (sentence_start)
      if (list.find('\n') != std::string_view::npos) {
        unwrapped.assign(list);
        std::replace(unwrapped.begin(), unwrapped.end(), '\n', ' ');
        list = unwrapped;
      }
      add(record, verb.vote, read_vote_list(strip_openers(list), count));
      set_count(record, verb.vote, count);
      pos = after;
      break;
    }
  }
}

// "A, V og C stemte for, Ø imod.": the other side's verb left out after
// the comma.
void elliptic_other_side(std::string_view text, vote_record& record) {
  static constexpr std::pair<std::string_view, std::string_view> clauses[] = {
      {"stemte for, ", " imod"}, {"stemte imod, ", " for"}};
  for (const auto& [verb, other_word] : clauses) {
    const side other = other_word == " imod" ? side::against : side::for_;
    for (std::size_t at = text.find(verb); at != std::string_view::npos;
         at = text.find(verb, at + 1)) {
      const std::size_t start = at + verb.size();
      const std::string_view rest =
          danish::trim(text.substr(start, sentence_end(text, start) - start));
      if (!rest.ends_with(other_word)) continue;
      int count = -1;
      add(record, other, read_vote_list(rest.substr(0, rest.size() - other_word.size()), count));
      set_count(record, other, count);
    }
  }
}

// "Godkendt af et flertal bestående af A, V og C.", "Forkastet af et flertal
// på 7 (A, F, Ø)": the verb before the majority says its side.
void passive_majority(std::string_view text, vote_record& record) {
  if (text.find("lertal") == std::string_view::npos) return;
  // Compiled at the first decision past the test above, not at the first.
  static const RE2 passive(
      R"((?i)\b(godkendt|vedtaget|anbefalet|tiltrådt|forkastet|afvist)\s+af\s+(?:et\s+)?flertal(?:let)?(?:\s+bestående\s+af|\s+på)?\s+)");
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m[2];
  for (std::size_t pos = 0;
       pos < text.size() && passive.Match(input, pos, text.size(), RE2::UNANCHORED, m, 2);) {
    const auto start = static_cast<std::size_t>(m[0].data() - text.data()) + m[0].size();
    pos = start;
    const std::string verb = danish::fold_case(std::string_view(m[1].data(), m[1].size()));
    const side s = verb == "forkastet" || verb == "afvist" ? side::against : side::for_;
    set_count(record, s, add_list(text, start, sentence_end(text, start), s, record));
  }
}

// Counts with their side named and a list after each: "med 5 stemmer for
// (A, F), 2 imod (V) og 1 undlod (O)". True when a side for or against was
// read (an abstention alone leaves a tally's sides to counted()).
bool counted_sides(std::string_view text, vote_record& record) {
  static const RE2 side_count(
      R"((?i)\b(\d+)\s+(?:stemmer?\s+)?(for|imod|undlod|blanke?|hverken for eller imod)\s*\(([^()]*)\))");
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m[4];
  std::size_t pos = 0;
  bool found = false;
  while (pos < text.size() && side_count.Match(input, pos, text.size(), RE2::UNANCHORED, m, 4)) {
    pos = static_cast<std::size_t>(m[0].data() - text.data()) + m[0].size();
    const std::string which = danish::fold_case(std::string_view(m[2].data(), m[2].size()));
    int listed = -1;
    const auto members =
        read_vote_list(std::string_view(m[3].data(), m[3].size()), listed, match_count(m[1]));
    if (members.empty()) continue;
    const side named = which == "for"    ? side::for_
                       : which == "imod" ? side::against
                                         : side::abstained;
    add(record, named, members);
    set_count(record, named, match_count(m[1]));
    found = found || named != side::abstained;
    // "19 stemmer for (A, V, F) mod 8 (O, C)": "mod" names the other side.
    if (named == side::for_) {
      // "... mod 5.": the count alone.
      static const RE2 against_after(
          R"((?i)\s*,?\s*(?:og\s+)?mod\s+(\d+)\b\s*(?:stemmer?\s*)?(?:\(([^()]*)\))?)");
      re2::StringPiece a[3];
      if (against_after.Match(input, pos, text.size(), RE2::ANCHOR_START, a, 3)) {
        // Without a list the text goes on from here ("mod 6 imod (A, F)").
        if (!a[2].empty()) {
          pos = static_cast<std::size_t>(a[0].data() - text.data()) + a[0].size();
          add(record, side::against, parse_vote_list(std::string_view(a[2].data(), a[2].size())));
        }
        set_count(record, side::against, match_count(a[1]));
      }
    }
  }
  return found;
}

// A decision with these turns a tally's sides round: its majority voted against.
constexpr std::string_view rejecting_verbs[] = {"forkastet", "forkastes", "faldt",
                                                "afvist",    "afvises",   "nedstemt"};

void counted(std::string_view text, vote_record& record) {
  static const RE2 tally(
      R"((?i)(vedtaget|vedtages|vedtog|godkendt|godkendes|godkendte|anbefalet|anbefales|anbefalede|tiltrådt|tiltrådte|besluttede|forkastet|forkastes|faldt|afvist|afvises|nedstemt)\s+med\s+(\d+)\s+stemmer?\s*(?:for\s*)?(?:\(([^()]*)\)\s*)?mod\s+(\d+)\s*(?:stemmer?\s*)?(?:imod\s*)?\(([^()]*)\))");
  // A tally lists its sides in parentheses, or only the minority ("godkendt
  // med 6 stemmer mod 2 (Ø og F)"); sides named beside their counts say
  // themselves who is for and who against.
  if (text.find('(') == std::string_view::npos || counted_sides(text, record)) return;
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m[6];
  std::size_t pos = 0;
  while (pos < text.size() && tally.Match(input, pos, text.size(), RE2::UNANCHORED, m, 6)) {
    pos = static_cast<std::size_t>(m[0].data() - text.data()) + m[0].size();
    const std::string verb = danish::fold_case(std::string_view(m[1].data(), m[1].size()));
    const bool rejected = std::find(std::begin(rejecting_verbs), std::end(rejecting_verbs), verb) !=
                          std::end(rejecting_verbs);
    const side first_side = rejected ? side::against : side::for_;
    const side second_side = rejected ? side::for_ : side::against;
    add(record, first_side, parse_vote_list(std::string_view(m[3].data(), m[3].size())));
    add(record, second_side, parse_vote_list(std::string_view(m[5].data(), m[5].size())));
    set_count(record, first_side, match_count(m[2]));
    set_count(record, second_side, match_count(m[4]));
    const std::size_t end = sentence_end(text, pos);
    // Compiled at the first tally read, not at the first decision.
    static const RE2 abstain(
        R"((?i)(\d+)\s+(?:undlod|stemte hverken for eller imod|stemte blankt|blank[e]?)\s*(?:at stemme\s*)?\(([^()]*)\))");
    re2::StringPiece a[3];
    if (abstain.Match(input, pos, end, RE2::UNANCHORED, a, 3)) {
      add(record, side::abstained, parse_vote_list(std::string_view(a[2].data(), a[2].size())));
      set_count(record, side::abstained, match_count(a[1]));
    }
  }
}

// "Afstemning: For 3, imod 1, undlod 0": each side's word before its
// count, at a line's start or after "Afstemning:" (never "afstemningen
// gav for 312, imod 198", review 35). Compiled where counts_only() first
// asks it, after the other tallies and its "mod" test: a run without such
// a decision never compiles it.
const RE2& words_first_tally() {
  static const RE2 words_first(
      R"((?im)(?:^[ \t]*|afstemning[ \t]*:[ \t]*)for\s*:?\s*(\d{1,3})\s*,?\s*(?:og\s+)?imod\s*:?\s*(\d{1,3})\b(?:\s*,?\s*(?:og\s+)?(?:undlod(?:\s+at\s+stemme)?|blanke?)\s*:?\s*(\d{1,3})\b)?)");
  return words_first;
}

// Counts without lists: "vedtaget med 9 stemmer for og 2 imod", "9 for, 2
// imod og 1 undlod", "med 9 stemmer mod 2" (the first count is for).
void counts_only(std::string_view text, vote_record& record) {
  static const RE2 sides(
      R"((?i)\b(\d+)\s+(?:stemmer?\s+)?for\b[^.\n]{0,40}?\b(\d+)\s+(?:stemmer?\s+)?(?:imod|mod)\b)");
  // "med 9 stemmer mod 2", "med 5 stemmer imod 4": the majority first, for
  // or against as the verb says ("forkastet med 5 stemmer mod 4": 5 against).
  // "Vedtaget med 3 mod 1 stemme": the word after the second count, the
  // decision's verb right before (never "Regionsrådet har godkendt aftalen
  // med 25 mod 16 stemmer", another body's vote: review 35).
  static const RE2 tally(
      R"((?i)\b(\d+)\s+stemmer?\s+(?:for\s+)?i?mod\s+(\d+)\b|\b(?:vedtaget|godkendt|anbefalet|tiltrådt|forkastet|afvist)\s+med\s+(\d+)\s+i?mod\s+(\d+)\s+stemmer?\b)");
  // One side only: "godkendt med 20 stemmer for", "forkastet med 12 stemmer imod".
  static const RE2 one_side(R"((?i)\bmed\s+(\d+)\s+stemmer?\s+(for|imod)\b)");
  // A side counted with its list ("4 stemmer for og 1 imod (Ø)": only the
  // minority has one) leaves the other side's count to be read here.
  if (record.for_count >= 0 && record.against_count >= 0) return;
  // Each pattern holds a count (\d, ASCII digits in RE2): most decisions
  // ("Godkendt.", "Anbefales.") have no digit and ask none of them.
  if (std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return;
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m[5];
  if (sides.Match(input, 0, text.size(), RE2::UNANCHORED, m, 3)) {
    set_count(record, side::for_, match_count(m[1]));
    set_count(record, side::against, match_count(m[2]));
  } else if (tally.Match(input, 0, text.size(), RE2::UNANCHORED, m, 5)) {
    // The verb before the tally, or inside it ("Forkastet med 3 mod 4 stemmer").
    const std::string before = danish::fold_case(
        text.substr(0, static_cast<std::size_t>(m[0].data() - text.data()) + m[0].size()));
    const bool rejected =
        std::any_of(std::begin(rejecting_verbs), std::end(rejecting_verbs),
                    [&](std::string_view verb) { return before.find(verb) != std::string::npos; });
    const bool word_after = m[1].empty();  // "med 3 mod 1 stemme"
    set_count(record, rejected ? side::against : side::for_, match_count(word_after ? m[3] : m[1]));
    set_count(record, rejected ? side::for_ : side::against, match_count(word_after ? m[4] : m[2]));
  } else if ((text.find("mod") != std::string_view::npos ||
              text.find("MOD") != std::string_view::npos) &&
             words_first_tally().Match(input, 0, text.size(), RE2::UNANCHORED, m, 4)) {
    set_count(record, side::for_, match_count(m[1]));
    set_count(record, side::against, match_count(m[2]));
    if (!m[3].empty()) set_count(record, side::abstained, match_count(m[3]));
    return;
  } else if (one_side.Match(input, 0, text.size(), RE2::UNANCHORED, m, 3)) {
    const bool against = danish::fold_case(std::string_view(m[2].data(), m[2].size())) == "imod";
    set_count(record, against ? side::against : side::for_, match_count(m[1]));
  } else {
    return;
  }
  // "1 undlod", "1 stemme, der undlod at stemme". Compiled at the first
  // decision with a count, not at the first decision.
  static const RE2 abstained(
      R"((?i)\b(\d+)\s+(?:stemmer?\s*,?\s*(?:der\s+)?)?(?:undlod|blanke?|stemte blankt|hverken for eller imod)\b)");
  const std::size_t after = static_cast<std::size_t>(m[0].data() - text.data()) + m[0].size();
  re2::StringPiece a[2];
  if (abstained.Match(input, after, sentence_end(text, after), RE2::UNANCHORED, a, 2))
    set_count(record, side::abstained, match_count(a[1]));
}

// "Alle stemte for, og ingen var imod": a side that names nobody is no
// exception to unanimity; its words are blanked before the exceptions are
// looked for (trial AY).
void blank_nobody_phrases(std::string& folded) {
  static constexpr std::string_view nobody[] = {
      "ingen stemte imod",      "ingen var imod", "ingen imod",         "ingen stemte mod",
      "ingen undlod at stemme", "ingen undlod",   "ingen stemmer imod", "ingen stemte blankt"};
  for (std::string_view phrase : nobody)
    for (std::size_t at = folded.find(phrase); at != std::string::npos;
         at = folded.find(phrase, at + phrase.size()))
      folded.replace(at, phrase.size(), phrase.size(), ' ');
}

// "Enstemmigt vedtaget", "Anbefales enstemmigt", "et enstemmigt udvalg";
// "Et enigt udvalg godkendte", "Udvalget var enigt", "Godkendt med alle
// stemmer", "Alle stemte for"; never "ikke enstemmigt", "Udvalget var ikke
// enigt", nor members or parties who agree ("V og A var enige om ..."),
// nor a board heard on the case ("Bestyrelsen var enig i ..."). The words
// beside "enstemmigt" say it only where the rest of their sentence names
// no exception, other side or vote ("Alle stemte for, undtagen Bo Jensen
// (Ø)", "med alle stemmer mod 2 (Ø)", "..., men forslaget blev forkastet
// med 5 stemmer mod 4"); a number or a "men" alone cancels nothing ("Et
// enigt udvalg godkendte regnskabet, men ønsker en status", review 33).
bool says_unanimous(std::string_view text) {
  static constexpr std::string_view exceptions[] = {"undtagen", "undtagelse", "bortset fra",
                                                    " dog ",    " mod ",      "imod",
                                                    "undlod",   "stemte",     "stemmer"};
  // Every phrase holds one of these bytes (any case); most decisions none.
  static constexpr std::string_view cues[] = {"nstemmig", "NSTEMMIG", "enig", "ENIG",
                                              "lle stem", "LLE STEM", "Enig"};
  if (std::none_of(std::begin(cues), std::end(cues),
                   [&](std::string_view c) { return text.find(c) != std::string_view::npos; }))
    return false;
  // Compiled at the first decision with a cue, not at the first decision:
  // its two \pL cost some ten million instructions, and a run whose
  // decisions hold no cue never needs it. "\pL*(?:udvalget|rådet)", not
  // "\pL*udvalget|\pL*rådet": RE2 compiles each \pL into its own UTF-8
  // automaton (some five million instructions), and the two read the same:
  // the letters before "udvalget" or "rådet" run from the start to the
  // word's end either way.
  static const RE2 word(R"((?i)\b(ikke\s+)?(?:(enstemmig(?:t|e)?)|et\s+enigt\s+\pL+|)"
                        R"((?:\pL*(?:udvalget|rådet)|kommunalbestyrelsen)\s+var\s+enig[et]?|)"
                        R"(med\s+alle\s+stemmer|alle\s+stemte\s+for)\b)");
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m[3];
  std::size_t pos = 0;
  while (pos < text.size() && word.Match(input, pos, text.size(), RE2::UNANCHORED, m, 3)) {
    pos = static_cast<std::size_t>(m[0].data() - text.data()) + m[0].size();
    if (!m[1].empty()) continue;
    if (!m[2].empty()) return true;
    std::string rest = danish::fold_case(text.substr(pos, sentence_end(text, pos) - pos));
    blank_nobody_phrases(rest);
    if (std::none_of(std::begin(exceptions), std::end(exceptions),
                     [&](std::string_view w) { return rest.find(w) != std::string::npos; }))
      return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> parse_vote_list(std::string_view list) {
  int count = -1;
  return read_vote_list(list, count);
}

namespace {

// "Ændringsforslaget blev forkastet med 9 stemmer for (V) og 20 imod (...).
// Herefter blev indstillingen godkendt med 25 stemmer ...": each tally is a
// vote of its own; the second starts at its sentence.
vote_blocks tally_blocks(std::string_view decision) {
  static const RE2 tally(R"((?i)\bmed\s+\d+\s+stemmer?\b)");
  vote_blocks out;
  const re2::StringPiece input(decision.data(), decision.size());
  re2::StringPiece m;
  std::size_t last_sentence = std::string_view::npos;
  for (std::size_t pos = 0;
       pos < decision.size() && tally.Match(input, pos, decision.size(), RE2::UNANCHORED, &m, 1);) {
    const auto at = static_cast<std::size_t>(m.data() - decision.data());
    pos = at + m.size();
    // "forkastet med 8 stemmer for (V) og med 19 stemmer imod (A)": one
    // sentence is one vote, whatever it counts.
    const std::size_t sentence = sentence_start(decision, at);
    if (sentence == last_sentence) continue;
    last_sentence = sentence;
    if (++out.count == 2) out.second = sentence;
  }
  return out;
}

}  // namespace

vote_blocks find_vote_blocks(std::string_view decision) {
  vote_blocks out;
  // Most decisions hold no tally: one byte scan spares the pattern.
  if (decision.find("temme") != std::string_view::npos) out = tally_blocks(decision);
  if (out.count >= 2) return out;
  const re2::StringPiece input(decision.data(), decision.size());
  // The starts of the for sides: labels ("For stemte:"), and sentences
  // that name what was voted on ("For ændringsforslaget stemte 2 (Ø og F).",
  // then "For stemte 19: ..." on the budget itself).
  static const RE2 for_sentence(R"((?i)(?:^|[.!?]\s|\n)[ \t*•-]*(for\s+\S+\s+stemte)\b)");
  std::vector<std::size_t> starts;
  re2::StringPiece m[2];
  if (decision.find(':') != std::string_view::npos) {
    const RE2& label = side_label();
    for (std::size_t pos = 0; pos < decision.size() &&
                              label.Match(input, pos, decision.size(), RE2::UNANCHORED, m, 2);) {
      const auto at = static_cast<std::size_t>(m[0].data() - decision.data());
      pos = std::max(at + m[0].size(), pos + 1);
      // Where the side's words start: a sentence below may find the same.
      if (side_of_label(std::string_view(m[1].data(), m[1].size())) == side::for_)
        starts.push_back(static_cast<std::size_t>(m[1].data() - decision.data()));
    }
  }
  if (decision.find("temte") != std::string_view::npos) {
    for (std::size_t pos = 0;
         pos < decision.size() &&
         for_sentence.Match(input, pos, decision.size(), RE2::UNANCHORED, m, 2);) {
      const auto at = static_cast<std::size_t>(m[1].data() - decision.data());
      pos = at + m[1].size();
      if (std::find(starts.begin(), starts.end(), at) == starts.end()) starts.push_back(at);
    }
  }
  if (starts.size() <= out.count) return out;
  std::sort(starts.begin(), starts.end());
  out.count = starts.size();
  out.second = starts.size() >= 2 ? starts[1] : std::string_view::npos;
  return out;
}

vote_record parse_votes(std::string_view decision) {
  return parse_first_vote(decision, find_vote_blocks(decision));
}

vote_record parse_first_vote(std::string_view decision, const vote_blocks& blocks) {
  // "Ad 1" / "For stemte: ..." / "Ad 2" / "For stemte: ...": the first vote.
  decision = decision.substr(0, blocks.second);
  vote_record record;
  labelled_lists(decision, record);
  counted(decision, record);
  passive_majority(decision, record);
  subject_verb(decision, record);
  elliptic_other_side(decision, record);
  counts_only(decision, record);
  // "Udvalget var enigt i indstillingen, men Enhedslisten kan ikke tiltræde
  // punkt 3.": a side against or abstaining, or a count of them, is no
  // unanimous vote, whatever words stand beside it (review 34).
  record.unanimous = says_unanimous(decision) && record.against.empty() &&
                     record.abstained.empty() && record.against_count <= 0 &&
                     record.abstained_count <= 0;
  return record;
}

// False when `text` certainly holds none of unread_vote()'s cues: each
// holds "tem", "tal" or "imod" ("stemte", "flertal", "9 for og 2 imod"),
// and under (?i) RE2 matches these letters to their ASCII capitals only
// (no other character folds to t, e, m, a, l, i, o or d). Setting the 0x20
// bit lowercases a capital; a byte it turns into a letter by mistake only
// lets the pattern look.
bool may_hold_vote_cue(std::string_view text) {
  const auto is = [&](std::size_t at, char lower) { return (text[at] | 0x20) == lower; };
  for (std::size_t i = 0; i + 3 <= text.size(); ++i) {
    if (is(i, 't') && ((is(i + 1, 'e') && is(i + 2, 'm')) || (is(i + 1, 'a') && is(i + 2, 'l'))))
      return true;
    if (is(i, 'i') && i + 4 <= text.size() && is(i + 1, 'm') && is(i + 2, 'o') && is(i + 3, 'd'))
      return true;
  }
  return false;
}

std::string unread_vote(std::string_view decision) {
  // Most decisions hold no cue: a byte scan spares the pattern's search.
  if (!may_hold_vote_cue(decision)) return {};
  // Cues a reader takes for a vote; "stemmer" alone also means "agrees".
  // Counts without voters are read as counts (parse_votes), so never come here.
  static const RE2 cue(
      R"((?i)\b(stemte|stemmerne|undlod at stemme|flertal(?:let)?|mindretal(?:let)?|afstemning|\d+\s+stemmer?|\d+\s+for\s+og\s+\d+\s+imod)\b)");
  re2::StringPiece input(decision.data(), decision.size());
  re2::StringPiece word;
  while (RE2::FindAndConsume(&input, cue, &word)) {
    const std::string cue_word = danish::fold_case(std::string_view(word.data(), word.size()));
    // "Indstillingen blev anbefalet uden afstemning": there was no vote.
    const auto before = static_cast<std::size_t>(word.data() - decision.data());
    constexpr std::string_view without = "uden ";
    if (cue_word == "afstemning" && before >= without.size() &&
        danish::fold_case(decision.substr(before - without.size(), without.size())) == without)
      continue;
    return "\"" + cue_word + "\" reads like a vote, but no voters could be read";
  }
  return {};
}

std::string decision_text(const document& doc, const item& it) {
  danish::meeting_date_cache date(doc);
  return decision_text(doc, it, date);
}

std::string decision_text(const document& doc, const item& it, danish::meeting_date_cache& date) {
  std::string out;
  if (!it.decision.empty()) {
    out = it.decision;
  } else {
    for (const auto& r : danish::decision_ranges(doc, it, date)) {
      if (!out.empty()) out += '\n';
      out.append(doc.text, r.start, r.end - r.start);
    }
  }
  flatten_table_rows(out);
  join_wrapped_lines(out);
  return out;
}

void join_wrapped_lines(std::string& text) {
  // "... Kurt Sejersen (O)" over "   undlod at stemme." (a text browser's
  // dump wraps at 80 columns): a line that goes on in lowercase on the next
  // is one sentence with it, so a vote's side stays with its voters.
  std::size_t lf = text.find('\n');
  if (lf == std::string::npos) return;
  std::string out;
  out.reserve(text.size());
  std::size_t copied = 0;
  for (; lf != std::string::npos; lf = text.find('\n', lf + 1)) {
    std::size_t next = lf + 1;
    while (next < text.size() && (text[next] == ' ' || text[next] == '\t')) ++next;
    if (next >= text.size() || lf == 0) continue;
    const char before = text[lf - 1];
    if (before == '\n' || before == '.' || before == ':' || before == '!' || before == '?')
      continue;
    if (!danish::starts_lower(std::string_view(text).substr(next))) continue;
    out.append(text, copied, lf - copied);
    out += ' ';
    copied = next;
  }
  if (copied == 0) return;
  out.append(text, copied, std::string::npos);
  text.swap(out);
}

namespace {

// "For stemte", "Imod", "Undlod at stemme": a vote side's label alone in a cell.
bool is_side_cell(std::string_view cell) {
  static const RE2 side(
      R"((?i)(?:for stemte|stemte for|for|imod stemte|stemte imod|imod|undlod at stemme|undlod|hverken for eller imod|blanke?))");
  return cell.size() <= 40 && RE2::FullMatch(re2::StringPiece(cell.data(), cell.size()), side);
}

}  // namespace

void flatten_table_rows(std::string& text) {
  if (text.find('|') == std::string::npos) return;
  std::string out;
  out.reserve(text.size());
  // "| For | Imod | Undlod |" over "| A, V, C (5) | Ø (1) | F (1) |": a head
  // row of the sides, whose cells label the cells of the row under it.
  std::vector<std::string> heads;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t lf = std::min(text.find('\n', pos), text.size());
    std::string_view line(text.data() + pos, lf - pos);
    const bool last = lf == text.size();
    pos = lf + 1;
    const std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] != '|') {
      out += line;
    } else if (line.find_first_not_of("|-: \t") == std::string_view::npos) {
      continue;  // "|---|---|": the rule under the head row
    } else {
      // "| For stemte: | A, F og Ø (3) |": the cells, a blank between them.
      std::vector<std::string_view> cells;
      for (std::size_t i = first; i < line.size();) {
        const std::size_t bar = std::min(line.find('|', i + 1), line.size());
        if (const std::string_view cell = danish::trim(line.substr(i + 1, bar - i - 1));
            !cell.empty())
          cells.push_back(cell);
        i = bar;
      }
      // "| For stemte | 22 | A, B og V |", "| For | A, F, Ø | 4 |": a side's
      // label without its colon gets the colon a label line has, its count
      // before it ("For stemte 22: A, B og V"); not in a head row of the
      // sides ("| For | Imod | Undlod |").
      if (cells.size() >= 2 && std::all_of(cells.begin(), cells.end(), is_side_cell)) {
        heads.assign(cells.begin(), cells.end());
        continue;
      }
      if (!heads.empty()) {
        // Each side's label, a colon, its cell: one label line each.
        const std::vector<std::string> labels = std::exchange(heads, {});
        if (labels.size() == cells.size()) {
          for (std::size_t c = 0; c < cells.size(); ++c) {
            if (c > 0) out += '\n';
            out.append(labels[c]).append(": ").append(cells[c]);
          }
          if (!last) out += '\n';
          continue;
        }
      }
      const bool side_row = !cells.empty() && is_side_cell(cells[0]) &&
                            std::count_if(cells.begin(), cells.end(), is_side_cell) == 1;
      const auto count =
          side_row ? std::find_if(cells.begin() + 1, cells.end(), all_digits) : cells.end();
      for (auto c = cells.begin(); c != cells.end(); ++c) {
        if (c == count) continue;
        if (c != cells.begin()) out += ' ';
        out += *c;
        if (side_row && c == cells.begin()) {
          if (count != cells.end()) out.append(" ").append(*count);
          out += ':';
        }
      }
    }
    if (!last) out += '\n';
  }
  text.swap(out);
}

}  // namespace protokol::votes
