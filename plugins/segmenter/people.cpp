#include "people.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <optional>
#include <span>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "danish/attendance.hpp"
#include "danish/bytes.hpp"
#include "danish/first_names.hpp"
#include "danish/names.hpp"
#include "danish/parties.hpp"
#include "danish/roles.hpp"
#include "danish/text.hpp"
#include "outcomes.hpp"
#include "text_util.hpp"

namespace protokol::segmenter {
namespace {

// The answer to the last text asked, kept per thread: collect_absent and
// then is_attendance_note ask about the same line of a decision. Texts are
// compared by their bytes, not their address.
template <class Answer>
class last_answer {
 public:
  template <class Compute>
  const Answer& of(std::string_view text, Compute compute) {
    if (!filled_ || text != text_) {
      answer_ = compute(text);
      text_.assign(text);
      filled_ = true;
    }
    return answer_;
  }

 private:
  std::string text_;
  Answer answer_{};
  bool filled_ = false;
};

// Markers inside parentheses that say a listed member is absent.
constexpr std::string_view absent_markers[] = {
    "afbud",       "fraværende",  "fravær",     "ikke til stede", "ikke tilstede",
    "forfald",     "deltog ikke", "med afbud",  "uden afbud",     "ved afbud",
    "meldt afbud", "med forfald", "ved forfald"};
// "Navn (A) - Deltog" (Ballerup's pages): the attendance column, no role.
constexpr std::string_view present_markers[] = {"deltog", "til stede", "tilstede", "mødt"};
// Values of an empty attendance list.
// "Ikke registreret": what web agenda systems write where no one was recorded.
constexpr auto& empty_values = danish::empty_list_values;

// What follows a name in an attendance list and is no part of it: the
// reason for an absence. The first three also say the person was absent.
constexpr std::string_view absence_reasons[] = {" ved afbud", " med afbud",   " ved forfald",
                                                " pga. ",     " pga ",        " p.g.a. ",
                                                " grundet ",  " på grund af "};
constexpr std::size_t reasons_saying_absent = 3;
static_assert(std::all_of(std::begin(absence_reasons), std::end(absence_reasons),
                          [](std::string_view r) { return r.size() >= 2 && r[0] == ' '; }),
              "may_follow_blank reads a reason's second byte as the one after its blank");

// The bytes that follow a blank in `text`, a bit each by their low six bits
// (a capital and a lowercase letter never share one). Asked of every piece
// of an absence list before its reasons (" pga. ", " ved afbud") are
// searched for: a name's blanks are followed by capitals, so most pieces
// are searched for none.
std::uint64_t bytes_after_blanks(std::string_view text) {
  std::uint64_t bits = 0;
  for (std::size_t i = 0; i + 1 < text.size(); ++i)
    if (text[i] == ' ') bits |= std::uint64_t{1} << (static_cast<unsigned char>(text[i + 1]) & 63);
  return bits;
}

// False when `phrase`, a blank and more, is certainly not in a text whose
// bytes_after_blanks are `bits`.
bool may_follow_blank(std::uint64_t bits, std::string_view phrase) {
  return ((bits >> (static_cast<unsigned char>(phrase[1]) & 63)) & 1) != 0;
}

// Phrases between a substitute and the member they sit in for: "Søren
// Friis (V) deltog i stedet for Karen Hviid (V)".
// "... deltog som stedfortræder for ..." before "... som stedfortræder for
// ...": the verb is no part of the substitute's name.
constexpr std::string_view instead_of_phrases[] = {
    " deltog i stedet for ",          " mødte i stedet for ",          " i stedet for ",
    " deltog som stedfortræder for ", " mødte som stedfortræder for ", " som stedfortræder for ",
    " deltog som suppleant for ",     " mødte som suppleant for ",     " som suppleant for "};

// Lowercase list pieces that say the person before is a substitute for
// the one named after them: "Navn (A), suppleant for Navn (A)".
constexpr std::string_view substitute_words[] = {"stedfortræder for", "suppleant for"};
// "Afbud: Peter Madsen (O), i stedet mødte Lis Berg (O)": who sat in for the
// one before, present.
constexpr std::string_view instead_words[] = {"i stedet mødte ", "i stedet deltog ",
                                              "i stedet deltager "};
constexpr std::size_t max_name_words = 6;

// Splits at commas, semicolons and the joiners " og ", " samt ", " & " that
// stand outside parentheses, and after a parenthesis a capitalised word
// follows ("Anne Kirk (A) Bo Lund (V)": a list whose commas a converter
// lost). "Social- og Sundhedsudvalget" keeps its "og".
std::vector<std::string_view> split_list(std::string_view list) {
  std::vector<std::string_view> out;
  int depth = 0;
  std::size_t start = 0;
  const auto cut = [&](std::size_t end, std::size_t next) {
    const std::string_view piece = trim(list.substr(start, end - start));
    if (!piece.empty()) out.push_back(piece);
    start = next;
  };
  for (std::size_t i = 0; i < list.size(); ++i) {
    const char c = list[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) {
      --depth;
      if (depth == 0 && i + 2 < list.size() && list[i + 1] == ' ' &&
          starts_upper(list.substr(i + 2))) {
        cut(i + 1, i + 2);
        continue;
      }
    }
    if (depth > 0) continue;
    if (c == ',' || c == ';' || c == '\n') {
      cut(i, i + 1);
      continue;
    }
    if (c != ' ') continue;  // every joiner starts with a blank
    for (const std::string_view joiner :
         {std::string_view(" og "), std::string_view(" samt "), std::string_view(" & ")}) {
      if (list.substr(i, joiner.size()) == joiner && i > start && list[i - 1] != '-' &&
          !danish::joins_areas_at(list, i)) {
        cut(i, i + joiner.size());
        i += joiner.size() - 1;
        break;
      }
    }
  }
  cut(list.size(), list.size());
  return out;
}

// Party names, letters and abbreviations are short, start with a capital or
// "løsgænger", and hold no digits and no parentheses: "2. viceborgmester",
// "centerchef for By og Miljø" and "Navn (A)" are not asked about.
bool may_be_party(std::string_view s) {
  constexpr std::size_t max_party_words = 4;
  if (s.empty() || s.find_first_of("0123456789()") != std::string_view::npos) return false;
  if (!starts_upper(s) && !starts_with_ci(s, "løsgænger") && !starts_with_ci(s, "uden for"))
    return false;
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) < max_party_words;
}

std::string lower_clean(std::string_view s) {
  return to_lower(collapse_blanks(trim_end(s, ",.;:")));
}

// A role as docs/entities.md defines it: what follows the title ("for
// Arbejdsmarked" in "centerchef for Arbejdsmarked") is no part of it.
std::string role_text(std::string_view s) {
  // "ansat i Center for Social Indsats (referent)": the title in parentheses.
  s = trim(s);
  if (const std::size_t open = s.rfind('('); open != std::string_view::npos && s.ends_with(')')) {
    const std::string_view inner = trim(s.substr(open + 1, s.size() - open - 2));
    if (!danish::role_of(inner).empty()) return lower_clean(inner);
  }
  std::string role = lower_clean(s);
  // "centerchef for Arbejdsmarked", "afdelingsleder i Center for ...": the
  // title without the place it is held in.
  for (const std::string_view in : {std::string_view(" for "), std::string_view(" i ")}) {
    const std::size_t at = role.find(in);
    if (at == std::string::npos) continue;
    const std::string_view title(role.data(), at);
    const std::size_t space = title.rfind(' ');
    const std::string_view last = space == std::string_view::npos ? title : title.substr(space + 1);
    if (!danish::role_of(last).empty()) {
      role.resize(at);
      break;
    }
  }
  return role;
}

// "(UP)", "(Borgerlisten)": a party code or a local list the party table
// does not know. It is no role, and no party: every party value is canonical.
bool unknown_party(std::string_view group) {
  return danish::looks_like_party_code(group) || danish::names_local_list(group);
}

// "Stedfortræder Jarl Feyling", "Suppleant: Bo Lund": a substitute's name
// after the word.
bool names_substitute(std::string_view group) {
  for (const std::string_view word :
       {std::string_view("stedfortræder"), std::string_view("suppleant")}) {
    if (!starts_with_ci(group, word)) continue;
    std::string_view rest = trim(group.substr(word.size()));
    if (rest.starts_with(':')) rest = trim(rest.substr(1));
    return starts_upper(rest);
  }
  return false;
}

// "afbud", "Deltog", "deltog ikke i behandlingen af punkt: 12": what an
// entry's dash or colon may be followed by, other than a role.
bool says_attendance(std::string_view tail) {
  const std::string lower = lower_clean(tail);
  return equals_ci_any(lower, absent_markers) || equals_ci_any(lower, present_markers) ||
         notes_attendance(tail);
}

// "Fremover vil referent altid være den der sidst holdt bestyrelsesmøde."
// after "Referent: Bente –": a remark of more words than any role has.
bool is_sentence(std::string_view tail) {
  constexpr std::size_t most_role_words = 6;
  tail = trim(tail);
  return static_cast<std::size_t>(std::count(tail.begin(), tail.end(), ' ')) >= most_role_words;
}

// What a dash after an entry says: "Navn (F) – afbud" absent, "Navn (A) -
// Deltog" or "Navn (A)- deltog ikke i behandlingen af punkt: 12" nothing (the
// list's own status, a note on some items), "Navn - formand" the role.
void read_dash_tail(std::string_view tail, participant& p) {
  const std::string lower = lower_clean(tail);
  // "Navn (Æ) - Kursus": why the member was away, no role.
  if (equals_ci_any(lower, absent_markers) || danish::is_absence_reason(tail)) {
    p.status = "absent";
  } else if (equals_ci_any(lower, present_markers) || notes_attendance(tail)) {
    // present is the list's own status
  } else if (std::string party =
                 may_be_party(trim(tail)) ? danish::canonical_party(trim(tail)) : std::string();
             !party.empty()) {
    if (p.party.empty()) p.party = std::move(party);  // "Anne Jensen - Venstre"
  } else if (p.role.empty() && !is_sentence(tail)) {
    p.role = role_text(tail);
  }
}

// "1. næstformand- afbud": the marker after a rank's dash; "" when the dash
// is none (or "social- og sundhedsudvalget", a word's dash).
std::string_view marker_after_dash(std::string_view piece, std::string_view& head) {
  for (const std::string_view dash : {std::string_view("- "), std::string_view("– ")}) {
    const std::size_t d = piece.rfind(dash);
    if (d == std::string_view::npos || d == 0) continue;
    const std::string_view tail = trim(piece.substr(d + dash.size()));
    if (says_attendance(tail)) {
      head = trim(piece.substr(0, d));
      return tail;
    }
  }
  return {};
}

// "1. næstformand", "2. viceborgmester- afbud": a rank alone, its ordinal
// before a lowercase title ("1. næstformand Bo Lund" names the holder).
bool is_rank(std::string_view piece) {
  std::size_t digits = 0;
  while (digits < piece.size() && digits < 2 && piece[digits] >= '0' && piece[digits] <= '9')
    ++digits;
  if (digits == 0 || !piece.substr(digits).starts_with(". ")) return false;
  for (std::size_t pos = digits + 2; pos < piece.size();) {
    if (!starts_lower(piece.substr(pos)) && piece[pos] != '-') return false;
    const std::size_t space = piece.find(' ', pos);
    if (space == std::string_view::npos) break;
    pos = space + 1;
  }
  return true;
}

// "(Danmarks Naturfredningsforening)", "(Landboforeningen)": the body a
// member of a council or board sits for. It is no role; "Navn (Danmarks
// Naturfredningsforening), formand" is the chair. Capitalised and naming no
// title, and several words or one ending as bodies do: "(Suppleant)",
// "(Kasserer)", "(Medarbejderrepræsentant)" are roles.
bool names_organisation(std::string_view group) {
  static constexpr std::string_view body_endings[] = {
      "forening", "foreningen", "forbund", "forbundet", "råd",          "rådet",
      "samvirke", "samvirket",  "selskab", "selskabet", "organisation", "klub"};
  if (!starts_upper(group)) return false;
  std::size_t words = 0;
  for (std::size_t at = 0; at < group.size();) {
    std::size_t end = group.find(' ', at);
    if (end == std::string_view::npos) end = group.size();
    if (!danish::role_of(trim_end(group.substr(at, end - at), ",.")).empty()) return false;
    ++words;
    at = end + 1;
  }
  if (words > 1) return true;
  const std::string word = to_lower(group);
  return std::any_of(std::begin(body_endings), std::end(body_endings),
                     [&](std::string_view e) { return std::string_view(word).ends_with(e); });
}

// "midlertidigt for X", "stedfortræder for X", "mødte i stedet for X": a
// parenthesis saying whom the member sits in for.
bool sits_in_for(std::string_view group) {
  static constexpr std::string_view leads[] = {"midlertidigt for ",   "stedfortræder for ",
                                               "suppleant for ",      "i stedet for ",
                                               "mødte i stedet for ", "deltog i stedet for "};
  return std::any_of(std::begin(leads), std::end(leads),
                     [&](std::string_view l) { return starts_with_ci(group, l); });
}

// "(fra kl. 16.30)", "(til kl. 17.30)", "(deltog fra pkt. 2)", "(forlod
// mødet kl. 18.00)", "(ankom kl. 16.45)", "(via Teams)", "(deltog
// virtuelt)": a remark on when or how the member took part; "(er til
// EU-møde i Polen)", "(har anden mødeaktivitet)": a clause with its own verb
// tells why or how (trial BK). Never a role.
bool is_attendance_remark(std::string_view group) {
  static constexpr std::string_view openings[] = {
      "fra ", "til ", "via ", "deltog ", "forlod ", "ankom ", "mødte ", "kom ", "gik ", "deltager ",
      // a clause's own verb
      "er ", "var ", "har ", "havde ", "skal ", "skulle ", "kan ", "kunne ", "må ", "blev "};
  return std::any_of(std::begin(openings), std::end(openings),
                     [&](std::string_view o) { return starts_with_ci(group, o); });
}

// What one parenthesis after a name says of the person: a status, a party,
// a role, or whom the person sits for. "(formand, DH Ærø)", "(A, formand)":
// each part of a group with commas says one thing.
void read_group(std::string_view group, participant& p) {
  // "(ferie)", "(pga. sygdom)": why the member was away, no role.
  if (equals_ci_any(group, absent_markers) || danish::is_absence_reason(group)) {
    p.status = "absent";
  } else if (std::string party =
                 may_be_party(group) ? danish::canonical_party(group) : std::string();
             !party.empty()) {
    if (p.party.empty()) p.party = std::move(party);
  } else if (unknown_party(group)) {
    // No role, and the party stays empty.
  } else if (names_substitute(group) || names_organisation(group)) {
    // "(Stedfortræder Jarl Feyling, fraværende ved sag 1-4.)": who sat
    // in for the member, not the member's role; "(Landboforeningen)":
    // whom the member sits for.
  } else if (sits_in_for(group)) {
    // "(midlertidigt for Vicky B. Lund)": the member sits in for another;
    // "(suppleant for X)" says so in its own word, as the entities do.
    if (p.role.empty()) p.role = starts_with_ci(group, "suppleant") ? "suppleant" : "stedfortræder";
  } else if (const std::size_t comma = group.find(", "); comma != std::string_view::npos) {
    // "(fra kl. 17.00, næstformand)": each part says its own (review 38).
    read_group(trim(group.substr(0, comma)), p);
    read_group(trim(group.substr(comma + 2)), p);
  } else if (starts_with_ci(group, "fra ") && may_be_party(group.substr(4)) &&
             !danish::canonical_party(group.substr(4)).empty()) {
    // "(fra Venstre)": the member's party (review 38).
    if (p.party.empty()) p.party = danish::canonical_party(group.substr(4));
  } else if (is_attendance_remark(group)) {
    // "(fra kl. 16.30)", "(via Teams)", "(er til EU-møde)": when, how or why the
    // member took part or not, no role (trials BI, BK).
  } else if (p.role.empty()) {
    p.role = role_text(group);
  }
}

// One person: "Navn (A) (2. viceborgmester) (Afbud)", "Navn (A) - formand",
// "Formand Navn", "Kst. jobcenterchef Navn".
participant parse_person(std::string_view piece, std::string_view status) {
  participant p;
  p.status = std::string(status);
  std::string outside;
  std::size_t pos = 0;
  while (pos < piece.size()) {
    const std::size_t open = piece.find('(', pos);
    if (open == std::string_view::npos) {
      outside.append(piece.substr(pos));
      break;
    }
    outside.append(piece.substr(pos, open - pos));
    const std::size_t close = piece.find(')', open);
    const std::string_view group = trim(piece.substr(
        open + 1, (close == std::string_view::npos ? piece.size() : close) - open - 1));
    pos = close == std::string_view::npos ? piece.size() : close + 1;
    if (!group.empty()) read_group(group, p);
  }
  std::string_view name = trim(outside);
  for (const std::string_view dash : {std::string_view(" - "), std::string_view(" – ")}) {
    const std::size_t d = name.find(dash);
    if (d != std::string_view::npos) {
      read_dash_tail(name.substr(d + dash.size()), p);
      name = trim(name.substr(0, d));
    }
  }
  // "Susanne Due Kristensen: Afbud", "Lars Gaardhøj: Deltog" (Region
  // Hovedstaden's pages): the status after a colon.
  if (const std::size_t colon = name.find(": "); colon != std::string_view::npos) {
    const std::string_view tail = trim(name.substr(colon + 2));
    if (says_attendance(tail)) {
      read_dash_tail(tail, p);
      name = trim(name.substr(0, colon));
    }
  }
  // "Lars Rytter ved afbud", "Anna Hansen pga. arbejde". Searched only for
  // the reasons whose first letter follows a blank in the name (as
  // absent_name does): a name's blanks are followed by capitals. The name
  // only shrinks below, so the bytes after its blanks stay a superset.
  const std::uint64_t after_blanks = bytes_after_blanks(name);
  for (std::size_t r = 0; r < std::size(absence_reasons); ++r) {
    if (!may_follow_blank(after_blanks, absence_reasons[r])) continue;
    const std::size_t at = find_bytes(name, absence_reasons[r]);
    if (at == std::string_view::npos) continue;
    if (r < reasons_saying_absent) p.status = "absent";
    name = trim(name.substr(0, at));
  }
  // A title before the name: "Formand Anne Hansen", "Kst. jobcenterchef Helle W".
  std::string_view rest = name;
  std::string leading;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    if (space == std::string_view::npos) break;
    const std::string_view word = rest.substr(0, space);
    // "1. næstformand Bo Lund": an ordinal ranks the title right after it.
    const std::string_view after = trim(rest.substr(space + 1));
    const bool ordinal =
        word.size() >= 2 && word.size() <= 3 && word.back() == '.' &&
        std::all_of(word.begin(), word.end() - 1, [](char c) { return c >= '0' && c <= '9'; }) &&
        !danish::role_of(after.substr(0, after.find(' '))).empty();
    // "Kultur- og fritidsdirektør Søren Buch": a title's first half, joined by "og".
    const bool first_half = word.size() > 1 && word.ends_with('-') && starts_with_ci(after, "og ");
    if (first_half) {
      if (!leading.empty()) leading += ' ';
      leading += to_lower(word) + " og";
      rest = trim(after.substr(3));
      continue;
    }
    const bool qualifier = ordinal || danish::is_role_qualifier(word);
    const bool title = !danish::role_of(word).empty();
    if (!qualifier && !title) break;
    if (!leading.empty()) leading += ' ';
    leading += to_lower(trim_end(word, ":"));  // "Formand: Navn"
    rest = trim(rest.substr(space + 1));
    if (title) break;
  }
  // "Rådmand for Sundhed og Omsorg Tina Vad": the area the title heads;
  // "Koncerndirektør fra Region Hovedstaden Svend Hartling": the body the
  // person comes from.
  if (!leading.empty() && (rest.starts_with("for ") || rest.starts_with("fra ")))
    rest = danish::after_area(rest.substr(4));
  if (!leading.empty() && starts_upper(rest)) {
    if (p.role.empty()) p.role = leading;
    name = rest;
  }
  // "Borgerservice Anne Grethe Frisk" (what a list split at "og" left of
  // "Direktør for Arbejdsmarked og Borgerservice Anne Grethe Frisk"): an
  // area's word before the name is no part of it.
  for (std::size_t space = name.find(' '); space != std::string_view::npos;
       space = name.find(' ')) {
    const std::string_view first = name.substr(0, space);
    const std::string_view rest = trim(name.substr(space + 1));
    if (!starts_upper(first) || !danish::is_non_name_word(first) ||
        rest.find(' ') == std::string_view::npos)
      break;
    name = rest;
  }
  // "Marianne Hjort (C) formand": a title after the name, with no comma.
  if (const std::size_t space = name.rfind(' '); space != std::string_view::npos) {
    const std::string_view last = trim_end(name.substr(space + 1), ",.;:");
    if (starts_lower(last) && !danish::role_of(last).empty()) {
      if (p.role.empty()) p.role = to_lower(last);
      name = trim(name.substr(0, space));
    }
  }
  p.name = collapse_blanks(trim_end(name, ",.;:"));
  return p;
}

}  // namespace

std::string_view strip_bullet(std::string_view piece) {
  const std::size_t bullet = danish::bullet_length(piece);
  return bullet == 0 ? piece : trim(piece.substr(bullet));
}

std::string_view strip_list_marker(std::string_view piece) {
  piece = strip_bullet(piece);
  std::size_t digits = 0;
  while (digits < piece.size() && digits < 3 && piece[digits] >= '0' && piece[digits] <= '9')
    ++digits;
  if (digits == 0 || digits > 2 || digits + 2 > piece.size() ||
      (piece[digits] != '.' && piece[digits] != ')') || piece[digits + 1] != ' ')
    return piece;
  const std::string_view rest = trim(piece.substr(digits + 2));
  return starts_upper(rest) ? rest : piece;
}

namespace {

std::string_view sentence_start(std::string_view text, std::size_t end) {
  std::size_t start = 0;
  for (std::size_t i = 1; i + 1 < end; ++i) {
    if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i + 1] == ' ') {
      // "Saime B. Inanc", "Birgit Aa. Ravnkilde": an initial or a first name
      // written short; "kl. 16.45", "pkt. 3": an abbreviation before a
      // number ends nothing.
      const bool initial = text[i] == '.' && danish::stop_ends_name_part(text, i + 1);
      const bool before_number =
          text[i] == '.' && i + 2 < end && text[i + 2] >= '0' && text[i + 2] <= '9';
      if (!initial && !before_number) start = i + 2;
    }
  }
  // "\t•\tJakob Lund (Ø) var fraværende.": a list item's bullet is no name.
  return strip_bullet(trim(text.substr(start, end - start)));
}

// The name alone: parentheses ("(A)", "(formand)") and a " - role" tail
// dropped. Cheaper than parse_person, which also reads parties and roles.
std::string person_name(std::string_view piece) {
  // Most pieces hold no parenthesis ("Bent Hansen"): the name is read from
  // the piece itself, not copied byte by byte first.
  std::string outside;
  std::string_view name = piece;
  if (piece.find('(') != std::string_view::npos) {
    int depth = 0;
    for (const char c : piece) {
      if (c == '(') ++depth;
      if (depth == 0) outside += c;
      if (c == ')' && depth > 0) --depth;
    }
    name = outside;
  }
  for (const std::string_view dash : {std::string_view(" - "), std::string_view(" – ")}) {
    const std::size_t d = name.find(dash);
    if (d != std::string_view::npos) name = name.substr(0, d);
  }
  return collapse_blanks(trim_end(name, ",.;:"));
}

// "Fraværende: X (A), stedfortræder Y (A)": a lowercase word before a name
// is that person's role, not a role of the one before. A substitute sits
// in for someone absent, so is present whatever the list says.
std::optional<participant> titled_person(std::string_view piece, std::string_view status) {
  const std::size_t space = piece.find(' ');
  if (space == std::string_view::npos) return std::nullopt;
  const std::string_view rest = trim(piece.substr(space + 1));
  if (!starts_upper(rest) || !looks_like_name(person_name(rest))) return std::nullopt;
  const std::string role = lower_clean(piece.substr(0, space));
  participant p = parse_person(rest, role.starts_with("stedfortræder") ? "present" : status);
  p.role = role;
  return p;
}

// "Borgmester Anna Mee Allerslev pga. arbejde", "Lars Rytter ved afbud": an
// absence list's entry without the reason after the name and the title before it
// (with its area or body: "Koncerndirektør fra Region Hovedstaden Svend Hartling",
// as parse_person reads it).
std::string absent_name(std::string_view piece) {
  const std::uint64_t after_blanks = bytes_after_blanks(piece);
  for (const std::string_view reason : absence_reasons) {
    if (!may_follow_blank(after_blanks, reason)) continue;
    if (const std::size_t at = find_bytes(piece, reason); at != std::string_view::npos)
      piece = piece.substr(0, at);
  }
  std::string name = person_name(piece);
  const std::size_t space = name.find(' ');
  if (space != std::string::npos &&
      !danish::role_of(std::string_view(name).substr(0, space)).empty()) {
    std::string_view rest = std::string_view(name).substr(space + 1);
    if (rest.starts_with("for ") || rest.starts_with("fra "))
      rest = danish::after_area(rest.substr(4));
    if (looks_like_name(rest)) return std::string(rest);
  }
  return name;
}

// The names of `list` add_names keeps, in order, a name again as often as
// it stands there (add_names drops those its target holds already).
std::vector<std::string> absent_names_in(std::string_view list) {
  std::vector<std::string> out;
  list = trim(list);
  if (list.empty() || equals_ci_any(trim_end(list, "."), empty_values)) return out;
  for (std::string_view piece : split_list(list)) {
    piece = strip_bullet(trim(piece));  // "  • Keith Gray – Anders Lundsager deltager ..."
    // "Beslutning Byrådet, 20.09.2016 Helle Jessen og Niels True var
    // fraværende." (a page flattened to one paragraph): the decision's date
    // before the name is no part of it.
    while (starts_digit(piece) && piece.find(' ') != std::string_view::npos)
      piece = trim(piece.substr(piece.find(' ')));
    if (danish::sat_in_verb_length(piece) > 0) continue;  // who sat in for the absent
    std::string name = absent_name(piece);
    if (looks_like_name(name)) out.push_back(std::move(name));
  }
  return out;
}

void add_names(std::string_view list, std::vector<std::string>& names) {
  // Reading a sentence's names costs ~6,000 instructions.
  thread_local last_answer<std::vector<std::string>> names_of_list;
  for (const std::string& name : names_of_list.of(list, absent_names_in)) {
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
}

// "Økonomiudvalget", "Byrådet", "Kommunalbestyrelsen": one word naming a
// body.
bool names_a_body_alone(std::string_view name) {
  static constexpr std::string_view body_endings[] = {"udvalget", "udvalg", "rådet", "bestyrelsen"};
  return name.find(' ') == std::string_view::npos &&
         std::any_of(std::begin(body_endings), std::end(body_endings),
                     [&](std::string_view e) { return name.ends_with(e); });
}

// "(F)" alone: "Jens Otto Bruun, (F)" put a comma before the party.
std::string_view parenthesised(std::string_view piece) {
  if (piece.size() < 3 || piece.front() != '(' || piece.back() != ')') return {};
  const std::string_view inner = piece.substr(1, piece.size() - 2);
  if (inner.find_first_of("()") != std::string_view::npos) return {};
  return trim(inner);
}

// "Søren Friis (V) deltog i stedet for Karen Hviid (V)": the substitute,
// present with the role "stedfortræder", and the member, absent.
bool add_substitution(std::string_view piece, std::vector<participant>& out) {
  for (const std::string_view phrase : instead_of_phrases) {
    const std::size_t at = find_bytes(piece, phrase);
    if (at == std::string_view::npos) continue;
    // Only outside parentheses: "(mødte i stedet for X)" is a role note.
    const std::string_view before = piece.substr(0, at);
    if (std::count(before.begin(), before.end(), '(') !=
        std::count(before.begin(), before.end(), ')'))
      return false;
    participant sub = parse_person(piece.substr(0, at), "present");
    participant member = parse_person(trim_end(piece.substr(at + phrase.size()), "."), "absent");
    if (sub.name.empty() || member.name.empty() || !starts_upper(member.name)) return false;
    if (sub.role.empty()) sub.role = "stedfortræder";
    out.push_back(std::move(sub));
    out.push_back(std::move(member));
    return true;
  }
  return false;
}

// "Niels Jørgen Pretzmann (V) - Jane Koller deltog som suppleant.", "Keith
// Gray – Anders Lundsager deltager som suppleant" (Jammerbugt, a local
// committee of København, Region Syddanmark): the member was absent and the
// one after the dash sat in.
bool add_dash_substitution(std::string_view piece, std::vector<participant>& out) {
  static constexpr std::string_view verbs[] = {" deltog som ", " deltager som ", " mødte som ",
                                               " var indkaldt som ", " er indkaldt som "};
  for (const std::string_view dash : {std::string_view(" - "), std::string_view(" – ")}) {
    const std::size_t d = piece.find(dash);
    if (d == std::string_view::npos) continue;
    const std::string_view tail = trim(piece.substr(d + dash.size()));
    for (const std::string_view verb : verbs) {
      const std::size_t at = find_bytes(tail, verb);
      if (at == std::string_view::npos) continue;
      const std::string_view as = tail.substr(at + verb.size());
      if (!starts_with_ci(as, "suppleant") && !starts_with_ci(as, "stedfortræder")) continue;
      participant member = parse_person(piece.substr(0, d), "absent");
      participant sub = parse_person(tail.substr(0, at), "present");
      if (member.name.empty() || sub.name.empty() || !starts_upper(sub.name)) return false;
      sub.role = "stedfortræder";
      out.push_back(std::move(member));
      out.push_back(std::move(sub));
      return true;
    }
    // "Kirsten Dahl, Scleroseforeningen – stedfortræder Bo Munk deltog": the
    // word first, then the substitute; before the dash the member (or what
    // the member before comes from).
    for (const std::string_view word :
         {std::string_view("stedfortræder "), std::string_view("suppleant ")}) {
      if (!starts_with_ci(tail, word)) continue;
      std::string_view who = trim(tail.substr(word.size()));
      for (const std::string_view verb :
           {std::string_view(" deltog"), std::string_view(" mødte")}) {
        if (who.ends_with(verb)) who = trim(who.substr(0, who.size() - verb.size()));
      }
      participant sub = parse_person(who, "present");
      if (sub.name.empty() || !starts_upper(sub.name) || !looks_like_name(sub.name)) return false;
      sub.role = std::string(trim(word));
      if (participant member = parse_person(piece.substr(0, d), "absent");
          looks_like_name(member.name) && has_name_shape(member.name))
        out.push_back(std::move(member));
      out.push_back(std::move(sub));
      return true;
    }
  }
  return false;
}

}  // namespace

bool looks_like_name(std::string_view name) {
  name = trim(name);
  std::size_t words = 0;
  std::size_t proper = 0;
  std::size_t pos = 0;
  while (pos < name.size()) {
    const std::string_view word = danish::next_word(name, pos);
    if (word.empty()) continue;
    ++words;
    const auto part = danish::name_part(word);
    if (part == danish::name_part_kind::none) return false;
    if (part != danish::name_part_kind::particle) ++proper;
    if (words == 1 && part == danish::name_part_kind::particle) return false;
  }
  return proper >= 2 && words <= max_name_words;
}

// A capitalised word of `name` that no name holds (danish::is_non_name_word).
bool holds_non_name_word(std::string_view name) {
  for (std::size_t pos = 0; pos < name.size();) {
    const std::string_view word = danish::next_word(name, pos);
    if (starts_upper(word) && danish::is_non_name_word(word)) return true;
  }
  return false;
}

// Two words or more, each capitalised but not in capitals, or a particle
// ("von", "de"): the shape of a name. Looser than looks_like_name, which
// also turns away names that hold a street or place word ("Helle Gade").
bool has_name_shape(std::string_view name) {
  std::size_t words = 0;
  for (std::size_t pos = 0; pos < name.size();) {
    const std::string_view word = danish::next_word(name, pos);
    if (word.empty()) continue;
    if (!starts_upper(word)) {
      if (danish::name_part(word) == danish::name_part_kind::particle) continue;
      return false;
    }
    // The second letter (after a two-byte first one: "Ø") is lowercase.
    const std::size_t second = static_cast<unsigned char>(word[0]) >= 0xC0 ? 2 : 1;
    if (word.size() > second && starts_upper(word.substr(second))) return false;
    ++words;
  }
  return words >= 2;
}

// "Deltog ikke under punkt 2", "Forlod mødet kl. 19.30": a note on when a
// member took part, standing under the member's entry.
bool notes_attendance(std::string_view text) {
  static constexpr std::string_view openings[] = {
      "deltog ",          "forlod ",         "ankom ",         "ankommer ",    "fraværende under ",
      "til stede under ", "ikke til stede ", "ikke tilstede ", "møder senere", "kommer senere"};
  text = trim(strip_bullet(trim(text)));
  return text.size() <= 60 &&
         std::any_of(std::begin(openings), std::end(openings),
                     [&](std::string_view o) { return starts_with_ci(text, o); });
}

namespace {

// "Egebjerg 2", "Punkt 8": a capitalised word, and a digit before any
// parenthesis ("Ida Berg (A) (1. viceborgmester)" is a person).
bool is_address(std::string_view piece) {
  const std::string_view outside = piece.substr(0, piece.find('('));
  return starts_upper(outside) &&
         std::any_of(outside.begin(), outside.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

// "Anne Sejr Holm", "Bo Lund (V), Ida Berg", "Anne Hansen, formand": two
// capitalised words or more and no lowercase word but a short one ("og",
// "i") before the first comma (a role may follow it), parentheses aside;
// never a document's or body's name ("Åben Dagsorden", "Referat
// Økonomiudvalget") or an outcome ("Godkendt Enstemmigt").
bool reads_as_names(std::string_view value) {
  constexpr std::size_t longest_small_word = 3;
  static constexpr std::string_view document_words[] = {
      "dagsorden", "referat", "beslutningsprotokol", "protokol", "indholdsfortegnelse"};
  const std::size_t first_comma = value.find(',');
  std::size_t capitalised = 0;
  for (std::size_t pos = 0; pos < value.size();) {
    const bool before_comma = pos < first_comma;  // a role may follow the comma
    const std::string_view word = danish::next_word(value, pos, " ,");
    if (word.empty() || word.front() == '(' || word.back() == ')') continue;
    const std::string folded = to_lower(word);
    if (equals_ci_any(folded, document_words) || is_outcome_word(folded) ||
        folded.find("udvalg") != std::string::npos)
      return false;
    if (starts_upper(word)) {
      ++capitalised;
    } else if (word.size() > longest_small_word && before_comma) {
      return false;
    }
  }
  return capitalised >= 2;
}

namespace {

// "Fraværende: Ingen Bemærkninger:" (a header run together on one line,
// Haderslev): a remark's label after a blank ends the list.
std::string_view before_remark_label(std::string_view list) {
  for (std::size_t blank = list.find(' '); blank != std::string_view::npos;
       blank = list.find(' ', blank + 1)) {
    if (danish::starts_with_remark_label(list.substr(blank + 1))) return list.substr(0, blank);
  }
  return list;
}

// "Simon Pihl Sørensen deltog Jan Kaspersen deltog" (a table of names and
// their status flattened onto the label's line, docslib: trial AX): each
// name, then its status word; empty when the list is not all such pairs.
std::vector<participant> name_status_pairs(std::string_view list) {
  static constexpr std::string_view present_words[] = {"deltog", "mødt", "fremmødt"};
  static constexpr std::string_view absent_words[] = {"afbud", "fraværende"};
  constexpr std::size_t min_pairs = 2;
  std::vector<participant> out;
  if (list.find_first_of(",;(") != std::string_view::npos) return {};
  std::size_t name_start = 0;
  for (std::size_t pos = 0; pos < list.size();) {
    const std::size_t word_start = pos;
    const std::string_view word = danish::next_word(list, pos);
    const bool present = equals_ci_any(word, present_words);
    if (!present && !equals_ci_any(word, absent_words)) continue;
    const std::string_view name = trim(list.substr(name_start, word_start - name_start));
    if (!looks_like_name(name)) return {};
    out.push_back({std::string(name), "", "", present ? "present" : "absent"});
    name_start = std::min(pos, list.size());
  }
  if (out.size() < min_pairs || !trim(list.substr(name_start)).empty()) return {};
  return out;
}

// "Torben Myrup Birgitte Tetzlaff Uffe Bro" (a member column a PDF's
// transcript flattened without commas, trial BB): a run of plain capitalised
// words longer than a name, split before each known first name that follows
// a word that is none. Any other piece is itself. A bracket at the run's
// end stays with its last name ("... Lene Stangerup (referent)", trial BJ).
void add_run_of_names(std::string_view piece, std::vector<std::string_view>& out) {
  constexpr std::size_t longest_name = 4;  // words; "Anne Marie Holm Nielsen"
  std::string_view run = piece;
  if (const std::size_t open = piece.rfind(" (");
      open != std::string_view::npos && piece.ends_with(')') && piece.find('(') == open + 1)
    run = piece.substr(0, open);
  std::vector<std::string_view> words;
  for (std::size_t pos = 0; pos < run.size();) {
    const std::size_t end = std::min(run.find(' ', pos), run.size());
    if (end > pos) words.push_back(run.substr(pos, end - pos));
    pos = end + 1;
  }
  const auto plain_word = [](std::string_view w) {
    return starts_upper(w) && danish::name_part(w) == danish::name_part_kind::word;
  };
  std::vector<std::size_t> cuts{0};
  if (words.size() > longest_name && std::all_of(words.begin(), words.end(), plain_word)) {
    for (std::size_t i = 1; i + 1 < words.size(); ++i) {
      if (danish::is_first_name(words[i]) && !danish::is_first_name(words[i - 1]) &&
          i - cuts.back() >= 2)
        cuts.push_back(i);
    }
  }
  if (cuts.size() < 2) {
    out.push_back(piece);
    return;
  }
  cuts.push_back(words.size());
  for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
    const char* first = words[cuts[c]].data();
    const std::string_view last = words[cuts[c + 1] - 1];
    const char* end =
        c + 2 == cuts.size() ? piece.data() + piece.size() : last.data() + last.size();
    out.emplace_back(first, static_cast<std::size_t>(end - first));
  }
}

}  // namespace

std::vector<participant> parse_people(std::string_view list, std::string_view status,
                                      std::string_view default_role) {
  std::vector<participant> out;
  list = trim(before_remark_label(list));
  if (std::vector<participant> pairs = name_status_pairs(list); !pairs.empty()) return pairs;
  if (list.empty() || equals_ci_any(trim_end(list, "."), empty_values)) return out;
  bool after_address = false;
  std::string group_party;  // "V: Anne Jensen, Bo Holm": the party of the names after it
  std::vector<std::string_view> pieces;
  for (const std::string_view piece : split_list(list)) add_run_of_names(trim(piece), pieces);
  for (std::string_view piece : pieces) {
    piece = strip_list_marker(piece);
    // "..., Ib Madsen, og Andrea Terp Christensen": a comma before "og".
    if (piece.starts_with("og ") && starts_upper(trim(piece.substr(3))))
      piece = trim(piece.substr(3));
    if (const std::size_t colon = piece.find(": "); colon != std::string_view::npos && colon > 0 &&
                                                    colon <= 30 &&
                                                    may_be_party(piece.substr(0, colon))) {
      if (std::string party = danish::canonical_party(piece.substr(0, colon)); !party.empty()) {
        group_party = std::move(party);
        piece = trim(piece.substr(colon + 2));
      }
    }
    // "Irene Bendtsen, Egebjerg 2, Ballerup, Punkt 8" (a guest with an
    // address and the item she came for): no name holds a number, and the
    // one word after an address is its town.
    const bool town = after_address && piece.find(' ') == std::string_view::npos;
    after_address = is_address(piece);
    if (after_address || town) continue;
    if (add_dash_substitution(piece, out) || add_substitution(piece, out)) continue;
    if (const std::string_view group = parenthesised(piece); !group.empty() && !out.empty()) {
      std::string party = may_be_party(group) ? danish::canonical_party(group) : std::string();
      if (!party.empty()) {
        if (out.back().party.empty()) out.back().party = std::move(party);
      } else if (equals_ci_any(group, absent_markers)) {
        out.back().status = "absent";  // "Navn, (Afbud)"
      } else if (unknown_party(group)) {
        // "Navn, (UP)": an unknown party, no role.
      } else if (out.back().role.empty()) {
        out.back().role = role_text(group);  // "Navn, (formand)"
      }
      continue;
    }
    // "Navn (A), suppleant for Navn (A)": the one before sits in for a member.
    // "Navn (A), formand": a lowercase piece or a rank is the role of the
    // one before ("Navn (O), 1. næstformand- afbud": the rank, then the marker).
    // "Gitte Holm, formand (A)", "..., 1. viceborgmester (Venstre)": the role,
    // then the party of the one before (not "stedfortræder Bo Lund (A)" or
    // "suppleant for Jonas Holt (A)", whose party is the name's).
    std::string role_party;
    if (const std::size_t open = piece.rfind('(');
        !out.empty() && open != std::string_view::npos && open > 0 && piece.ends_with(')')) {
      const std::string_view group = trim(piece.substr(open + 1, piece.size() - open - 2));
      const std::string_view role = trim(piece.substr(0, open));
      bool names_someone = false;  // a capitalised word after the first
      for (std::size_t space = role.find(' '); space != std::string_view::npos && !names_someone;
           space = role.find(' ', space + 1))
        names_someone = starts_upper(role.substr(space + 1));
      if ((starts_lower(role) || is_rank(role)) && !names_someone && may_be_party(group)) {
        role_party = danish::canonical_party(group);
        if (!role_party.empty()) piece = role;
      }
    }
    bool role_piece = !out.empty() && (starts_lower(piece) || is_rank(piece));
    // "Navn (C), Næstformand- afbud" (Region Sjælland): a capitalised role
    // of one word before the marker's dash (never "Claus- afbud", a name).
    if (!role_piece && !out.empty()) {
      std::string_view head;
      role_piece = !marker_after_dash(piece, head).empty() &&
                   head.find(' ') == std::string_view::npos && !danish::role_of(head).empty();
    }
    if (role_piece) {
      std::string_view head;
      if (const std::string_view tail = marker_after_dash(piece, head); !tail.empty()) {
        read_dash_tail(tail, out.back());
        piece = head;
      }
    }
    if (role_piece) {
      bool substitute = false;
      for (const std::string_view w : instead_words) {
        if (!starts_with_ci(piece, w)) continue;
        participant member = parse_person(trim(piece.substr(w.size())), "present");
        if (member.name.empty() || !starts_upper(member.name)) break;
        if (member.role.empty()) member.role = "stedfortræder";
        out.push_back(std::move(member));
        substitute = true;
        break;
      }
      if (substitute) continue;
      for (const std::string_view w : substitute_words) {
        if (!starts_with_ci(piece, w)) continue;
        participant member = parse_person(trim(piece.substr(w.size())), "absent");
        if (member.name.empty() || !starts_upper(member.name)) break;
        if (out.back().role.empty()) out.back().role = std::string(w.substr(0, w.find(' ')));
        out.back().status = "present";
        out.push_back(std::move(member));
        substitute = true;
        break;
      }
      if (substitute) continue;
    }
    // "Navn, Socialdemokratiet": a party piece is their party.
    if (role_piece) {
      if (std::optional<participant> p = titled_person(piece, status)) {
        out.push_back(std::move(*p));
        continue;
      }
      if (!role_party.empty() && out.back().party.empty()) out.back().party = role_party;
      if (equals_ci_any(lower_clean(piece), absent_markers)) {
        out.back().status = "absent";  // "Navn (A), afbud"
      } else if (!default_role.empty() &&
                 danish::role_of(piece.substr(0, piece.find(' '))).empty()) {
        // "Referent: Mette Lauridsen, sekretariatet": the unit she works in;
        // the label says her role.
      } else if (notes_attendance(piece)) {
        // "Afbud Kjeld Flemming, møder senere Finn Rolf": a note, no role.
      } else if (out.back().role.empty()) {
        out.back().role = role_text(piece);
      }
      continue;
    }
    if (!out.empty() && out.back().party.empty() && may_be_party(piece)) {
      if (std::string party = danish::canonical_party(piece); !party.empty()) {
        out.back().party = std::move(party);
        continue;
      }
    }
    if (!out.empty() && piece.find(' ') == std::string_view::npos) {
      if (std::string role = danish::role_of(piece); !role.empty() && out.back().role.empty()) {
        out.back().role = std::move(role);
        continue;
      }
    }
    // "Navn, UP": a party code the table does not know is no person.
    if (danish::looks_like_party_code(piece)) continue;
    // "Merete Øverup indkaldt" under "Fraværende med afbud:": she sat in.
    const std::size_t verb = danish::sat_in_verb_length(piece);
    const bool sat_in = verb > 0;
    if (sat_in) {
      const std::string_view bare = trim_end(piece, ". ");
      piece = trim(bare.substr(0, bare.size() - verb));
    }
    participant p = parse_person(piece, sat_in ? std::string_view("present") : status);
    if (sat_in && status == "absent" && p.role.empty()) p.role = "stedfortræder";
    if (p.name.empty() || !starts_upper(p.name) || equals_ci_any(p.name, empty_values)) continue;
    // "Deltagere:" over "Ældrerådets medlemmer", "Alle medlemmer": the
    // members as a group, no person.
    if (const std::string_view last = std::string_view(p.name).substr(p.name.rfind(' ') + 1);
        equals_ci(last, "medlemmer") || equals_ci(last, "medlemmerne"))
      continue;
    if (p.party.empty()) p.party = group_party;
    // "Tønder Kommune – Kommunalbestyrelsen" (a page's running header under
    // an empty "Fraværende:"): a municipality is no person.
    if (p.name.ends_with(" Kommune")) continue;
    // "Økonomiudvalget, Mandag den 08-04-2013" (a running header under an
    // empty "Afbud:", Langeland): a body's name is no person.
    if (names_a_body_alone(p.name)) continue;
    // "Ruth Jensen, LyngbyGuiderne", "Lone Nygaard Jensen, Chef for Center for
    // Social Indsats": after a person with a full name, a piece without a
    // name's shape is what that person comes from, not another person; led
    // by a title ("Chef for ..."), it is that person's role. (A list of
    // surnames alone, "Jensen, Hansen", names people by one word.) So is a
    // piece ending in an association's or body's word ("Hanne Dyhr, Danske
    // Handicaporganisationer").
    // So is one that still holds a word no name holds ("Ældre Sagen Ikast"
    // left as "Sagen Ikast"). A common first name alone is a person of a list
    // of first names ("Tilstede: Carsten, Anne Grete, Jørn").
    const bool body =
        p.party.empty() && (danish::has_non_name_ending(p.name.substr(p.name.rfind(' ') + 1)) ||
                            holds_non_name_word(p.name));
    // "Desuden deltog: Center for Miljø og Natur, Teknisk Forvaltning": a
    // unit first is nobody's (review 41's rerun of review 32).
    if (body && out.empty()) continue;
    if (!out.empty() && ((has_name_shape(out.back().name) && !has_name_shape(p.name) &&
                          !danish::is_first_name(p.name)) ||
                         body)) {
      const std::string_view first = piece.substr(0, piece.find(' '));
      if (out.back().role.empty() && !danish::role_of(first).empty())
        out.back().role = role_text(piece);
      else if (out.back().role.empty())
        out.back().role = std::move(p.role);  // "Karen Bøgh-Madsen, LO (formand)"
      continue;
    }
    out.push_back(std::move(p));
  }
  // The label's role ("Sekretær") only when the list gives none, and never to
  // a member the list says was away ("Stedfortræder: Niels Ebbesen (F) deltog
  // som stedfortræder for Frida Krogh": she is no substitute).
  for (auto& p : out) {
    if (p.role.empty() && p.status == status) p.role = std::string(default_role);
  }
  return out;
}

// The labels of absence notes under an item: the absence labels, and the
// item-only ones ("Inhabil: X").
constexpr auto item_note_labels = [] {
  std::array<std::string_view,
             std::size(danish::absence_labels) + std::size(danish::item_absence_labels)>
      out{};
  std::size_t n = 0;
  for (const auto l : danish::absence_labels) out[n++] = l;
  for (const auto l : danish::item_absence_labels) out[n++] = l;
  return out;
}();

// Each label's folded_first_two: a line is compared in full only with the
// labels that start as it does.
constexpr auto item_note_label_keys = [] {
  std::array<std::uint16_t, std::size(item_note_labels)> out{};
  for (std::size_t k = 0; k < out.size(); ++k) out[k] = folded_first_two(item_note_labels[k]);
  return out;
}();
static_assert(std::all_of(item_note_labels.begin(), item_note_labels.end(),
                          [](std::string_view l) { return l.size() >= 2; }),
              "item_note_label_keys reads two bytes of every label");

// The item_note_label_keys as a set of all 65536 keys, a bit each.
// split_attendance_line is asked of every line: one whose first two bytes
// open no label ("Sagen", "Det"; not "Forvaltningen", which opens as
// "forfald" does) is turned away before the labels are looked at.
constexpr auto item_note_label_key_set = [] {
  std::array<std::uint64_t, 65536 / 64> bits{};
  for (const std::uint16_t key : item_note_label_keys)
    bits[key / 64] |= std::uint64_t{1} << (key % 64);
  return bits;
}();

constexpr bool opens_as_an_item_note_label(std::uint16_t key) {
  return ((item_note_label_key_set[key / 64] >> (key % 64)) & 1) != 0;
}

// The item_note_labels' first four bytes by danish::caseless_hash4, which
// sets the 0x20 bit of each byte first: bytes equal ignoring case
// (starts_with_ci) are equal or 0x20 apart, so a line that starts with a
// label hashes as the label does, whatever its bytes. Many lines open as a
// label's first two bytes do ("Forvaltningen" as "forfald", "Fra" as
// "fravær", "Indstilling" as "inhabil") and were compared with all the
// labels one by one; their four bytes turn most of them away.
constexpr auto item_note_label_openings = [] {
  danish::bit_table<4096> t;
  for (const std::string_view l : item_note_labels)
    t.set(danish::caseless_hash4(danish::load4(l.data())));
  return t;
}();
static_assert(std::all_of(item_note_labels.begin(), item_note_labels.end(),
                          [](std::string_view l) { return l.size() >= 4; }),
              "item_note_label_openings reads four bytes of every label");

namespace {

// False when no item note label opens `text`, certainly.
bool may_open_as_an_item_note_label(std::string_view text) {
  return text.size() >= 4 && opens_as_an_item_note_label(folded_first_two(text)) &&
         item_note_label_openings.test(danish::caseless_hash4(danish::load4(text.data())));
}

}  // namespace

bool split_attendance_line(std::string_view text, std::string_view& label,
                           std::string_view& names) {
  text = trim(text);
  // "| Fraværende: | Bo Lund (V) |": a table row of the label and its names
  // (markdown from a PDF converter, a Word table).
  if (text.starts_with('|')) {
    text = trim(text.substr(1));
    while (text.ends_with('|')) text = trim(text.substr(0, text.size() - 1));
  }
  // "Følgende udeblev uden afbud: X, Y og Z.", "Følgende havde meldt afbud:"
  // (Copenhagen): a lead word and a clause saying who stayed away, then the list.
  if (starts_with_ci(text, "følgende ")) {
    constexpr std::size_t max_clause = 48;
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon > max_clause) return false;
    const std::string_view clause = text.substr(0, colon);
    for (const std::string_view word : {"afbud", "udeblev", "fravær", "forfald", "forhindret"}) {
      if (find_bytes(clause, word) == std::string_view::npos) continue;
      label = clause;
      names = trim(text.substr(colon + 1));
      return true;
    }
    return false;
  }
  if (!may_open_as_an_item_note_label(text)) return false;
  const std::uint16_t key = folded_first_two(text);
  for (std::size_t k = 0; k < item_note_labels.size(); ++k) {
    const std::string_view spelling = item_note_labels[k];
    if (key != item_note_label_keys[k] || !starts_with_ci(text, spelling)) continue;
    std::string_view rest = text.substr(spelling.size());
    // The label ends at the line's end, a colon, a dash, a blank or a cell's
    // end: not "Afbuddet".
    if (!rest.empty() && rest[0] != ':' && rest[0] != ' ' && rest[0] != '\t' && rest[0] != '-' &&
        rest[0] != '|' && !rest.starts_with("–")) {
      continue;
    }
    label = text.substr(0, spelling.size());
    rest = trim(rest);
    while (!rest.empty() && (rest[0] == ':' || rest[0] == '-' || rest[0] == '|'))
      rest = trim(rest.substr(1));
    if (rest.starts_with("–")) rest = trim(rest.substr(std::string_view("–").size()));
    if (starts_with_ci(rest, "fra ")) rest = trim(rest.substr(4));
    // "Fraværende med afbud: X": lowercase words that end the label.
    if (const std::size_t colon = rest.find(':');
        starts_lower(rest) && colon != std::string_view::npos && colon <= 24) {
      rest = trim(rest.substr(colon + 1));
    }
    // "Fraværende med afbud" alone on its line, the names under it (trial
    // BK, a Copenhagen local committee's item page).
    for (const std::string_view tail : {"med afbud", "uden afbud", "med forfald"})
      if (equals_ci(rest, tail)) rest = {};
    names = rest;
    return true;
  }
  return false;
}

namespace {

// Every absence phrase (danish/attendance.hpp) holds one of these: most
// lines hold none and stop here.
// A word of every phrase in danish::absence_phrases (a test checks it).
constexpr std::string_view absence_phrase_words[] = {"ikke",    "fravær",  "afbud",  "forhindret",
                                                     "inhabil", "udeblev", "forfald"};

bool may_hold_absence_phrase(std::string_view text) {
  for (const std::string_view word : absence_phrase_words)
    if (find_bytes(text, word) != std::string_view::npos) return true;
  return false;
}

// Whether `text` may hold a name add_names keeps: looks_like_name wants two
// parts each starting with a capital, an ASCII one or a letter of more bytes
// (Æ, Ø, Å and the rest start with a byte from 0xC0), and the names are
// pieces of the text. Most lines of a decision ("Godkendt.", "Udvalget
// anbefaler indstillingen.") hold one such byte or none.
bool may_hold_a_name(std::string_view text) {
  int capitals = 0;
  for (const char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if (((b >= 'A' && b <= 'Z') || b >= 0xC0) && ++capitals == 2) return true;
  }
  return false;
}

// Every word of absence_phrase_words has four bytes at least: a word starts
// where its first four bytes, read as one number, stand.
constexpr std::size_t absence_word_prefix = 4;
static_assert(std::all_of(std::begin(absence_phrase_words), std::end(absence_phrase_words),
                          [](std::string_view w) { return w.size() >= absence_word_prefix; }));
constexpr auto absence_word_prefixes = [] {
  std::array<std::uint32_t, std::size(absence_phrase_words)> out{};
  for (std::size_t w = 0; w < out.size(); ++w)
    out[w] = danish::load4(absence_phrase_words[w].data());
  return out;
}();

// The bits of the words of absence_phrase_words starting at `at` (at most
// one word does), which has four bytes of `text` from it.
unsigned absence_words_at(std::string_view text, std::size_t at) {
  const std::uint32_t four = danish::load4(text.data() + at);
  for (std::size_t w = 0; w < std::size(absence_phrase_words); ++w) {
    if (four == absence_word_prefixes[w] && text.substr(at).starts_with(absence_phrase_words[w]))
      return 1u << w;
  }
  return 0;
}

#if defined(__SSE2__)
// Bit k: start `d` + k has the first and the fourth byte of a word of
// absence_phrase_words. Those two bytes rule out more starts than the first
// two: "for", "af", "ud" and "in" open many words.
template <std::size_t... W>
unsigned may_start_absence_words16(const char* d, std::index_sequence<W...>) {
  const __m128i first = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d));
  const __m128i fourth = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + 3));
  const auto starts = [&](std::string_view w) {
    return _mm_and_si128(_mm_cmpeq_epi8(first, _mm_set1_epi8(w[0])),
                         _mm_cmpeq_epi8(fourth, _mm_set1_epi8(w[3])));
  };
  __m128i any = _mm_setzero_si128();
  ((any = _mm_or_si128(any, starts(absence_phrase_words[W]))), ...);
  return static_cast<unsigned>(_mm_movemask_epi8(any));
}
#endif

// The words of absence_phrase_words that `text` holds, a bit each, in one
// pass: sixteen starts at a time are probed for a word's first and fourth
// byte (as find_bytes probes for one word), and the few starts with both are
// compared in full. Seven find_bytes read a long line seven times: ~1,570
// instructions a line on the bench.
unsigned scan_absence_words(std::string_view text) {
  if (text.size() < absence_word_prefix) return 0;
  // Starts that leave room for a word's first four bytes.
  const std::size_t starts = text.size() - (absence_word_prefix - 1);
  unsigned held = 0;
  std::size_t start = 0;
#if defined(__SSE2__)
  constexpr std::size_t lanes = 16;
  if (starts >= lanes) {
    constexpr auto words = std::make_index_sequence<std::size(absence_phrase_words)>();
    const auto add_words = [&](unsigned mask, std::size_t at) {
      for (; mask != 0; mask &= mask - 1)
        held |= absence_words_at(text, at + static_cast<std::size_t>(std::countr_zero(mask)));
    };
    for (; start + lanes <= starts; start += lanes)
      add_words(may_start_absence_words16(text.data() + start, words), start);
    if (start == starts) return held;
    // The last starts in a sixteen that ends with them, the starts already
    // read shifted off its mask.
    const std::size_t last = starts - lanes;
    const std::size_t done = start - last;
    add_words(may_start_absence_words16(text.data() + last, words) >> done << done, last);
    return held;
  }
#endif
  for (; start < starts; ++start) held |= absence_words_at(text, start);
  return held;
}

// The words of absence_phrase_words that `text` holds, a bit each.
unsigned absence_words_in(std::string_view text) {
  thread_local last_answer<unsigned> words_of_text;
  return words_of_text.of(text, scan_absence_words);
}

// The words of absence_phrase_words each phrase of danish::absence_phrases
// holds, a bit each. A text holds a phrase only if it holds all of the
// phrase's words: a line with "ikke" alone is searched for the six phrases
// with "ikke", not all twenty-three.
constexpr auto absence_phrase_word_bits = [] {
  std::array<unsigned, std::size(danish::absence_phrases)> out{};
  for (std::size_t p = 0; p < out.size(); ++p)
    for (std::size_t w = 0; w < std::size(absence_phrase_words); ++w)
      if (danish::absence_phrases[p].find(absence_phrase_words[w]) != std::string_view::npos)
        out[p] |= 1u << w;
  return out;
}();

// Whether phrase `p` of danish::absence_phrases may be in a text holding
// the words `held` (absence_words_in): false only when it certainly is not.
bool may_hold_phrase(unsigned held, std::size_t p) {
  return (held & absence_phrase_word_bits[p]) == absence_phrase_word_bits[p];
}

// The offset of the blank before the next `phrase` at or after `from` (the
// phrase follows a name), npos when there is none.
std::size_t find_absence_phrase(std::string_view text, std::string_view phrase,
                                std::size_t from = 0) {
  for (std::size_t pos = from; (pos = find_bytes(text, phrase, pos)) != std::string_view::npos;
       ++pos)
    if (pos > 0 && text[pos - 1] == ' ') return pos - 1;
  return std::string_view::npos;
}

}  // namespace

bool every_absence_phrase_has_a_prefilter_word() {
  return std::all_of(std::begin(danish::absence_phrases), std::end(danish::absence_phrases),
                     [](std::string_view phrase) {
                       return std::any_of(
                           std::begin(absence_phrase_words), std::end(absence_phrase_words),
                           [&](std::string_view w) { return phrase.find(w) != phrase.npos; });
                     });
}

void collect_listed_absent(std::string_view line, std::vector<std::string>& names) {
  add_names(line, names);
}

bool holds_absence_phrase(std::string_view text) {
  if (!may_hold_absence_phrase(text)) return false;
  return std::any_of(std::begin(danish::absence_phrases), std::end(danish::absence_phrases),
                     [&](std::string_view phrase) {
                       return find_absence_phrase(text, phrase) != std::string_view::npos;
                     });
}

bool is_attendance_note(std::string_view text) {
  std::string_view label, list;
  if (split_attendance_line(text, label, list)) return true;
  // "Stedfortrædere: Bitten Jørgensen (V)": who sat in, a note like "Afbud: X".
  static constexpr first_byte_set substitute_label_starts(danish::substitute_labels);
  if (substitute_label_starts.may_start(text)) {
    for (const std::string_view substitutes : danish::substitute_labels) {
      if (starts_with_ci(text, substitutes) && text.substr(substitutes.size()).starts_with(':'))
        return true;
    }
  }
  if (!may_hold_a_name(text)) return false;
  const unsigned held = absence_words_in(text);
  if (held == 0) return false;
  for (std::size_t p = 0; p < std::size(danish::absence_phrases); ++p) {
    if (!may_hold_phrase(held, p)) continue;
    const std::string_view phrase = danish::absence_phrases[p];
    const std::size_t pos = find_absence_phrase(text, phrase);
    if (pos == std::string_view::npos) continue;
    // The note must be the whole line: nothing before it ("Godkendt. X deltog
    // ikke.") and no sentence after it.
    const std::string_view sentence = sentence_start(text, pos);
    if (sentence.data() != text.data()) continue;
    const std::size_t stop = text.find(". ", pos);
    if (stop != std::string_view::npos && !trim(text.substr(stop + 1)).empty()) continue;
    std::vector<std::string> names;
    add_names(sentence, names);
    if (!names.empty()) return true;
  }
  return false;
}

namespace {

// The list after a lead phrase, to the sentence's end: a full stop after an
// initial ("Anne V. Kristensen") ends nothing, and "..., der havde meldt
// afbud" is the reason, no name (the line may end after "der").
// "Afbud fra X stedfortræder Y" (Hvidovre): the names before the bare word;
// who sat in for them follows it (add_substitutes in header.cpp).
std::string_view before_substitute(std::string_view list) {
  for (const std::string_view substitute :
       {std::string_view(" stedfortræder "), std::string_view(" suppleant ")}) {
    if (const std::size_t c = find_bytes(list, substitute); c != std::string_view::npos)
      list = list.substr(0, c);
  }
  return list;
}

std::string_view list_to_sentence_end(std::string_view rest) {
  // "Godkendt (afbud fra Søren Larsen).": the parenthesis the list stands
  // in ends it; a party's "(A)" inside the list does not.
  int depth = 0;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '(') ++depth;
    if (rest[i] == ')' && --depth < 0) {
      rest = rest.substr(0, i);
      break;
    }
  }
  for (std::size_t dot = rest.find('.'); dot != std::string_view::npos;
       dot = rest.find('.', dot + 1)) {
    const bool initial = dot >= 1 && starts_upper(rest.substr(dot - 1)) &&
                         (dot == 1 || rest[dot - 2] == ' ' || rest[dot - 2] == '.');
    if (!initial) {
      rest = rest.substr(0, dot);
      break;
    }
  }
  rest = trim(rest);
  for (const std::string_view clause : {std::string_view(", der"), std::string_view(", som")}) {
    for (std::size_t c = find_bytes(rest, clause); c != std::string_view::npos;
         c = find_bytes(rest, clause, c + 1)) {
      if (c + clause.size() == rest.size() || rest[c + clause.size()] == ' ') {
        rest = rest.substr(0, c);
        break;
      }
    }
  }
  return trim(before_substitute(rest));
}

}  // namespace

std::string_view names_after_lead(std::string_view text) {
  // "Der er afbud fra A og B", "Der var meldt afbud fra A": who sent
  // apologies, named after the phrase ("Afbud fra:" is a label, read as one).
  static constexpr std::string_view absence_leads[] = {"afbud fra ", "Afbud fra "};
  static constexpr std::string_view exceptions[] = {"bortset fra ", "med undtagelse af ",
                                                    "undtagen "};
  static constexpr std::string_view came[] = {"mødt", "til stede", "tilstede"};
  // Every lead and exception holds one of two words: a line with neither
  // (most lines of a decision) is searched twice, not five times.
  static constexpr std::string_view lead_words[] = {"fra ", "undtage"};
  constexpr auto holds_a_lead_word = [](std::string_view phrase) {
    return std::any_of(std::begin(lead_words), std::end(lead_words),
                       [&](std::string_view w) { return phrase.find(w) != phrase.npos; });
  };
  static_assert(
      std::all_of(std::begin(absence_leads), std::end(absence_leads), holds_a_lead_word) &&
          std::all_of(std::begin(exceptions), std::end(exceptions), holds_a_lead_word),
      "the prefilter's words are in every lead and exception");
  if (std::none_of(std::begin(lead_words), std::end(lead_words), [&](std::string_view w) {
        return find_bytes(text, w) != std::string_view::npos;
      }))
    return {};
  for (const std::string_view lead : absence_leads) {
    if (const std::size_t at = find_bytes(text, lead); at != std::string_view::npos)
      return list_to_sentence_end(text.substr(at + lead.size()));
  }
  for (const std::string_view exception : exceptions) {
    const std::size_t at = find_bytes(text, exception);
    if (at == std::string_view::npos) continue;
    // The exception qualifies who came ("Alle var mødt, bortset fra ..."),
    // not any other statement ("godkendt, bortset fra punkt 3").
    const std::string_view before = text.substr(0, at);
    if (std::none_of(std::begin(came), std::end(came), [&](std::string_view w) {
          return find_bytes(before, w) != std::string_view::npos;
        }))
      continue;
    return list_to_sentence_end(text.substr(at + exception.size()));
  }
  return {};
}

namespace {

// "X (F) forlod mødet kl. 16.45 og deltog ikke i behandlingen": the names
// stand before the first verb.
std::string_view before_leaving(std::string_view subject) {
  const std::size_t at = find_bytes(subject, " forlod mødet ");
  return at == std::string_view::npos ? subject : subject.substr(0, at);
}

}  // namespace

void collect_absent(std::string_view text, std::vector<std::string>& names) {
  if (!may_hold_a_name(text)) return;  // asked of every line of a decision
  std::string_view label;
  std::string_view list;
  if (split_attendance_line(text, label, list)) {
    // The list ends with its sentence; "Som suppleanter deltog Y" after it
    // names who came (add_substitutes in header.cpp).
    add_names(before_substitute(list.substr(0, danish::list_sentence_end(list))), names);
    return;
  }
  if (const std::string_view listed = names_after_lead(text); !listed.empty())
    add_names(listed, names);
  const unsigned held = absence_words_in(text);
  if (held == 0) return;
  for (std::size_t p = 0; p < std::size(danish::absence_phrases); ++p) {
    if (!may_hold_phrase(held, p)) continue;
    const std::string_view phrase = danish::absence_phrases[p];
    std::size_t pos = 0;
    while ((pos = find_absence_phrase(text, phrase, pos)) != std::string_view::npos) {
      // "X var ikke til stede under den lukkede del af mødet": absent from
      // the closed items, not this one (add_item_absences_from_header).
      const std::string_view rest = text.substr(pos, text.find('.', pos) - pos);
      if (find_bytes(rest, " lukkede ") == std::string_view::npos &&
          find_bytes(rest, " lukket ") == std::string_view::npos)
        add_names(before_leaving(sentence_start(text, pos)), names);
      pos += 1 + phrase.size();
    }
  }
}

void collect_regrets(std::string_view text, std::vector<std::string>& names) {
  // Phrases that say a member was not at the meeting at all; "deltog ikke"
  // may be about some items only (add_item_absences_from_header reads those).
  static constexpr std::string_view regrets[] = {
      "havde meldt afbud", "har meldt afbud", "meldte afbud",   "havde meldt forfald",
      "har meldt forfald", "meldte forfald",  "var forhindret", "udeblev",
  };
  // "Bodil Kornum (A) var fraværende. I stedet deltog Silas Munk (A)." (Lyngby-
  // Taarbæk): away from the whole meeting when the sentence ends there, not
  // "var fraværende under behandlingen af punkt 3".
  // "X (F) deltog ikke i mødet.": so too, not "deltog ikke i mødet under punkt 3".
  static constexpr std::string_view away_phrases[] = {"var fraværende", "deltog ikke i mødet"};
  if (find_bytes(text, "afbud") == std::string_view::npos &&
      find_bytes(text, "forfald") == std::string_view::npos &&
      find_bytes(text, "forhindret") == std::string_view::npos &&
      find_bytes(text, "udeblev") == std::string_view::npos &&
      find_bytes(text, "fraværende") == std::string_view::npos &&
      find_bytes(text, "deltog ikke") == std::string_view::npos)
    return;
  for (const auto phrase : regrets) {
    for (std::size_t pos = 0;
         (pos = find_absence_phrase(text, phrase, pos)) != std::string_view::npos;
         pos += 1 + phrase.size()) {
      add_names(sentence_start(text, pos), names);
    }
  }
  for (const std::string_view away : away_phrases) {
    for (std::size_t pos = 0;
         (pos = find_absence_phrase(text, away, pos)) != std::string_view::npos;
         pos += 1 + away.size()) {
      const std::size_t after = pos + 1 + away.size();  // pos is the blank before the phrase
      if (after == text.size() || text[after] == '.' || text[after] == ',' || text[after] == ';')
        add_names(sentence_start(text, pos), names);
    }
  }
}

}  // namespace protokol::segmenter
