#include "people_extractor.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <unordered_map>

#include "danish/attendance.hpp"
#include "danish/decisions.hpp"
#include "danish/parentheses.hpp"
#include "danish/parties.hpp"
#include "danish/party_mentions.hpp"
#include "danish/text.hpp"

namespace protokol::people {
namespace {

// The lowercase words of a name, one blank apart ("anne b. holm"): blanks
// folded (so words_of(fold_blanks(x)) is words_of(x): callers need not fold
// first), then case. One string, not a string a word: a name's words are
// worked out for every participant and spelling, and compared often.
struct name_words {
  std::string folded;
  std::size_t count = 0;       ///< words; 0 for a name of blanks
  std::size_t first_end = 0;   ///< where the first word ends in `folded`
  std::size_t last_start = 0;  ///< where the last word starts

  std::string_view first() const { return std::string_view(folded).substr(0, first_end); }
  std::string_view last() const { return std::string_view(folded).substr(last_start); }
};

name_words words_of(std::string_view name) {
  // fold_blanks_into() writes at most name.size() bytes.
  constexpr std::size_t on_stack = 128;
  char buffer[on_stack];
  std::string long_name;
  std::string_view one_blank;
  if (name.size() <= on_stack) {
    one_blank = danish::fold_blanks_into(name, buffer);
  } else {
    long_name = danish::fold_blanks(name);
    one_blank = long_name;
  }
  name_words words;
  words.folded = danish::fold_case(one_blank);
  // fold_blanks() leaves no blank at either end and no two together, and
  // folding case makes none: every blank parts two words.
  const std::string_view folded = words.folded;
  if (folded.empty()) return words;
  words.count = static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' ')) + 1;
  words.first_end = std::min(folded.find(' '), folded.size());
  const std::size_t last_blank = folded.rfind(' ');
  words.last_start = last_blank == std::string_view::npos ? 0 : last_blank + 1;
  return words;
}

// The word of `words` at `pos` (a word's start), with `pos` moved past it and its blank.
std::string_view word_at(std::string_view words, std::size_t& pos) {
  const std::size_t end = std::min(words.find(' ', pos), words.size());
  const std::string_view word = words.substr(pos, end - pos);
  pos = end + 1;
  return word;
}

bool is_subsequence(const name_words& small, const name_words& big) {
  const std::string_view wanted = small.folded;
  const std::string_view seen = big.folded;
  std::size_t wanted_pos = 0;
  for (std::size_t seen_pos = 0; seen_pos < seen.size() && wanted_pos < wanted.size();) {
    std::size_t after = wanted_pos;
    if (word_at(wanted, after) == word_at(seen, seen_pos)) wanted_pos = after;
  }
  return wanted_pos >= wanted.size();
}

bool same_words(const name_words& a, const name_words& b) {
  if (a.count == 0 || b.count == 0) return false;
  // Each test below needs the first words equal: most pairs link() tries
  // (every person known for each mention) differ by their first byte.
  if (a.folded[0] != b.folded[0]) return false;
  if (a.folded == b.folded) return true;
  if (a.first() != b.first() || a.last() != b.last() || a.count == 1 || b.count == 1) return false;
  return a.count < b.count ? is_subsequence(a, b) : is_subsequence(b, a);
}

// "Erik Jønssons bemærkninger": `genitive` is `base`, a name of two words
// or more, with an s after its last word. Text that names someone bare
// elsewhere writes the genitive so; same_words() tells them apart, as whole
// words.
bool is_genitive_of(const name_words& genitive, const name_words& base) {
  const std::string_view g = genitive.folded;
  const std::string_view b = base.folded;
  return base.count >= 2 && genitive.count == base.count && g.size() == b.size() + 1 &&
         g.back() == 's' && g.starts_with(b);
}

// One person of the document and what the text tells about them.
struct person {
  std::string value;  ///< canonical spelling
  name_words words;
  std::string header_party;
  std::string header_role;
  bool in_header = false;
  bool header_absent = false;
  std::string last_party;  ///< party at the person's latest mention in this meeting's text
};

class person_index {
 public:
  std::size_t link(std::string_view spelling) { return link(spelling, words_of(spelling)); }

  /// Room for `most` people: a person holds five strings, which each
  /// regrowth of the list moved.
  void reserve(std::size_t most) {
    people_.reserve(most);
    next_with_byte_.reserve(most);
  }

  /// link() for a spelling in the document's text, which outlives the
  /// index: a name is mostly written the same way each time, so its words
  /// are worked out once per spelling.
  std::size_t link_in_text(std::string_view spelling) {
    auto cached = words_by_spelling_.find(spelling);
    if (cached == words_by_spelling_.end()) {
      cached = words_by_spelling_.emplace(spelling, words_of(spelling)).first;
    }
    return link(spelling, cached->second);
  }

  /// The person among the first `anchors` whose name starts with the words
  /// of `spelling` and goes on ("Leif Wilson" cut by a line break from "Leif
  /// Wilson Laustsen"); nullopt when none or more than one.
  std::optional<std::size_t> longer_name(std::string_view spelling, std::size_t anchors) const {
    const name_words words = words_of(spelling);
    if (words.count < 2) return std::nullopt;
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < std::min(anchors, people_.size()); ++i) {
      // Its first words are these, a blank after them.
      const std::string_view longer = people_[i].words.folded;
      if (people_[i].words.count <= words.count || !longer.starts_with(words.folded) ||
          longer[words.folded.size()] != ' ')
        continue;
      if (found) return std::nullopt;
      found = i;
    }
    return found;
  }

  person& operator[](std::size_t i) { return people_[i]; }
  std::size_t size() const { return people_.size(); }

 private:
  std::size_t link(std::string_view spelling, const name_words& words) {
    // same_words() needs the first folded bytes equal: only the people whose
    // name starts with this one's byte are tried, in the order they came.
    const auto first = words.count == 0 ? 0u : static_cast<unsigned char>(words.folded[0]);
    if (words.count != 0) {
      for (std::size_t i = first_with_byte_[first]; i != none; i = next_with_byte_[i]) {
        if (!same_words(people_[i].words, words)) continue;
        if (words.count > people_[i].words.count) {
          people_[i].value = danish::fold_blanks(spelling);
          people_[i].words = words;
        }
        return i;
      }
      // No one of these words: the genitive of someone known ("Erik
      // Jønssons" after "Erik Jønsson"), or someone first named in the
      // genitive, whose bare name then becomes the value.
      for (std::size_t i = first_with_byte_[first]; i != none; i = next_with_byte_[i]) {
        if (is_genitive_of(words, people_[i].words)) return i;
        if (is_genitive_of(people_[i].words, words)) {
          people_[i].value = danish::fold_blanks(spelling);
          people_[i].words = words;
          return i;
        }
      }
    }
    // (Braces, not emplace_back's parentheses: clang 14, the fuzz build's
    // compiler, has no parenthesised aggregate initialisation.)
    people_.push_back({danish::fold_blanks(spelling), words, {}, {}, false, false, {}});
    const std::size_t added = people_.size() - 1;
    next_with_byte_.push_back(none);
    if (words.count != 0) {
      // A name of blanks matches no one: it is in no chain.
      if (last_with_byte_[first] == none) {
        first_with_byte_[first] = added;
      } else {
        next_with_byte_[last_with_byte_[first]] = added;
      }
      last_with_byte_[first] = added;
    }
    return added;
  }

  static constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::vector<person> people_;
  // The people whose folded name starts with each byte, a chain in the
  // order they were added: its first and last, and each one's next.
  std::array<std::size_t, 256> first_with_byte_ = filled_with_none();
  std::array<std::size_t, 256> last_with_byte_ = filled_with_none();
  std::vector<std::size_t> next_with_byte_;

  static std::array<std::size_t, 256> filled_with_none() {
    std::array<std::size_t, 256> out;
    out.fill(none);
    return out;
  }
  std::unordered_map<std::string_view, name_words> words_by_spelling_;
};

// Only blanks stand between `pos` and the end of its line.
bool ends_its_line(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return pos < text.size() && text[pos] == '\n';
}

// The letter in parentheses ending a title ("Budgetopfølgning (B)"), else "".
std::string_view letter_mark(std::string_view title) {
  constexpr std::size_t mark_size = 3;  // "(B)"
  if (title.size() < mark_size || !title.ends_with(')') || title[title.size() - mark_size] != '(')
    return {};
  return title.substr(title.size() - 2, 1);
}

// Whether most of the document's titles end in a case type's letter, B
// (beslutning), O (orientering) or D (drøftelse), and none in another
// letter: a system that prints one after every title. A council's
// "Medlemsforslag om gratis parkering (Ø)" names the proposing party.
bool titles_carry_type_marks(const document& doc) {
  constexpr std::size_t fewest_marked = 2;
  constexpr std::string_view type_letters = "BOD";
  std::size_t titled = 0;
  std::size_t marked = 0;
  for (const item& it : doc.items) {
    if (it.title.empty()) continue;
    ++titled;
    const std::string_view mark = letter_mark(it.title);
    if (mark.empty()) continue;
    if (type_letters.find(mark) == std::string_view::npos) return false;
    ++marked;
  }
  return marked >= fewest_marked && 2 * marked > titled;
}

// "2. Budgetopfølgning (B)", "Pkt. 1. Godkendelse af protokol (O)": a
// case's type after its title (B beslutning, O orientering; AffaldPlus and
// several agenda systems print one after every title), no party, unless a
// name stands before it ("Spørgsmål fra Anne Hansen (C)", "Forslag fra
// Enhedslisten (Ø)"). Asked only where most titles carry such a mark
// (titles_carry_type_marks).
bool is_title_type_mark(const document& doc, const danish::party_mention& p,
                        const std::vector<person_mention>& people,
                        const std::vector<danish::party_mention>& parties) {
  constexpr std::size_t longest_mark = 2;  // one letter, "Ø" too
  const std::string_view text(doc.text);
  if (!p.parenthesised || p.end - p.start > longest_mark || p.start < 2 ||
      text[p.start - 1] != '(' || p.end >= text.size() || text[p.end] != ')' ||
      !(p.end + 1 == text.size() || ends_its_line(text, p.end + 1)))
    return false;
  const std::string mark = "(" + std::string(text.substr(p.start, p.end - p.start)) + ")";
  const auto it = std::find_if(doc.items.begin(), doc.items.end(), [&](const item& i) {
    return i.start <= p.start && p.start < i.end;
  });
  if (it == doc.items.end() || !it->title.ends_with(mark) ||
      text.substr(it->start, p.start - it->start).find("\n\n") != std::string_view::npos)
    return false;
  const auto right_before = [&](const auto& m) {
    return m.end < p.start && p.start - m.end <= 2;  // "Hansen (C)"
  };
  return std::none_of(people.begin(), people.end(), right_before) &&
         std::none_of(parties.begin(), parties.end(), right_before);
}

bool in_ranges(const std::vector<danish::text_range>& ranges, std::size_t offset) {
  return std::any_of(ranges.begin(), ranges.end(), [&](const danish::text_range& r) {
    return r.start <= offset && offset < r.end;
  });
}

bool starts_before(const entity& a, const entity& b) { return a.start < b.start; }

// The entity types as strings: a copy of a string is a plain copy of its
// bytes, where assigning a C string measured its length and replaced.
const std::string person_type = "person";
const std::string party_type = "party";

// Replaces the document's person and party entities with new ones, a
// person's for each of `starts` (its offset, in text order), built by
// fill_person(entity, i), and a party's for each of `parties`, built by
// fill_party(entity, party), and orders all by offset, as a stable sort of
// [kept, persons, parties] would: ties keep that order. Each new entity is
// built where it stays (an entity holds seven strings, which every move
// moves), so the runs are merged by their offsets before they are built.
template <class FillPerson, class FillParty>
void replace_entities(document& doc, const std::vector<std::size_t>& starts,
                      const std::vector<const danish::party_mention*>& parties,
                      FillPerson fill_person, FillParty fill_party) {
  std::erase_if(doc.entities,
                [](const entity& e) { return e.type == "person" || e.type == "party"; });
  auto& kept = doc.entities;
  const bool runs_sorted =
      std::is_sorted(kept.begin(), kept.end(), starts_before) &&
      std::is_sorted(starts.begin(), starts.end()) &&
      std::is_sorted(parties.begin(), parties.end(),
                     [](const danish::party_mention* a, const danish::party_mention* b) {
                       return a->start < b->start;
                     });
  if (!runs_sorted) {
    kept.reserve(kept.size() + starts.size() + parties.size());
    for (std::size_t i = 0; i < starts.size(); ++i) fill_person(kept.emplace_back(), i);
    for (const danish::party_mention* p : parties) fill_party(kept.emplace_back(), *p);
    std::stable_sort(kept.begin(), kept.end(), starts_before);
    return;
  }
  // Three sorted runs merged at once; on a tie the earlier run goes first,
  // as the stable sort would put it.
  std::vector<entity> all;
  all.reserve(kept.size() + starts.size() + parties.size());
  std::size_t k = 0, p = 0, q = 0;
  while (k < kept.size() || p < starts.size() || q < parties.size()) {
    enum { none, from_kept, from_persons, from_parties } from = none;
    std::size_t first = 0;
    if (k < kept.size()) {
      from = from_kept;
      first = kept[k].start;
    }
    if (p < starts.size() && (from == none || starts[p] < first)) {
      from = from_persons;
      first = starts[p];
    }
    if (q < parties.size() && (from == none || parties[q]->start < first)) from = from_parties;
    if (from == from_kept) {
      all.push_back(std::move(kept[k++]));
    } else if (from == from_persons) {
      fill_person(all.emplace_back(), p++);
    } else {
      fill_party(all.emplace_back(), *parties[q++]);
    }
  }
  kept = std::move(all);
}

struct absence_record {
  std::vector<std::vector<std::size_t>>
      per_item;  ///< person indexes absent, per item, in text order
};

// Whether an absence note at `pos` in `it` is about this meeting: not in a
// section that quotes another meeting (danish::quotes_other_meeting).
bool notes_this_meeting(const item& it, std::size_t pos) {
  for (const section& s : it.sections) {
    if (pos >= s.start && pos < s.end) return !danish::quotes_other_meeting(s.kind);
  }
  return true;
}

// Whether "pkt" or "punkt" stands in `text`, in any case: the words the
// pattern of names_other_items() needs. By hand, not by fold_case() (a
// string a note): the words are ASCII, and no other byte folds to one. Each
// has a "k" before its "t": found by memchr, the bytes around it are read.
bool names_an_item(std::string_view text) {
  // (c | 0x20) is the lowercase of an ASCII letter, and no other byte gives one.
  auto reads = [&](std::size_t at, std::string_view lower) {
    for (std::size_t i = 0; i < lower.size(); ++i) {
      if ((text[at + i] | 0x20) != lower[i]) return false;
    }
    return true;
  };
  for (const char k : {'k', 'K'}) {
    for (std::size_t at = text.find(k); at != std::string_view::npos; at = text.find(k, at + 1)) {
      if (at + 1 >= text.size() || (text[at + 1] | 0x20) != 't') continue;
      if ((at >= 1 && reads(at - 1, "p")) || (at >= 3 && reads(at - 3, "pun"))) return true;
    }
  }
  return false;
}

// "Søren Nielsen (C) deltog ikke under punkt 3." in item 1's decision
// (Copenhagen's pages keep the meeting's attendance there): a note that
// names only other items is theirs, as the segmenter books it (review 38).
bool names_other_items(std::string_view text, std::size_t pos, std::string_view number) {
  // The note's line and the next: a note wrapped before its item's number.
  std::string_view sentence = text.substr(pos);
  const std::size_t lf = sentence.find('\n');
  if (lf != std::string_view::npos)
    sentence = sentence.substr(0, std::min(sentence.find('\n', lf + 1), sentence.size()));
  if (!names_an_item(sentence)) return false;
  static const RE2 item_number(
      R"((?i)\b(?:under|i|ved)\s+(?:behandlingen\s+af\s+)?(?:punkterne|punkt|pkt\.?)\s*(\d+))");
  re2::StringPiece digits;
  if (!RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), item_number, &digits))
    return false;
  return std::string_view(digits.data(), digits.size()) != number;
}

absence_record absences_of(const document& doc, const std::vector<person_mention>& mentions,
                           const std::vector<std::size_t>& person_of, person_index& people) {
  absence_record record;
  record.per_item.resize(doc.items.size());
  danish::meeting_date_cache date(doc);
  for (std::size_t i = 0; i < doc.items.size(); ++i) {
    const item& it = doc.items[i];
    // Mentions are in text order: visit only this item's.
    const auto first =
        std::lower_bound(mentions.begin(), mentions.end(), it.start,
                         [](const person_mention& pm, std::size_t at) { return pm.start < at; });
    // Worked out only for an item with a mention it decides about.
    std::optional<std::vector<danish::text_range>> current;
    for (std::size_t m = static_cast<std::size_t>(first - mentions.begin()); m < mentions.size();
         ++m) {
      const person_mention& pm = mentions[m];
      if (pm.start >= it.end) break;
      if (pm.party.empty() && (!pm.absent || pm.in_header)) continue;
      if (!current) current = danish::current_ranges(doc, it, date);
      if (!in_ranges(*current, pm.start)) continue;
      if (!pm.party.empty()) people[person_of[m]].last_party = pm.party;
      if (!pm.absent || pm.in_header || !notes_this_meeting(it, pm.start) ||
          names_other_items(doc.text, pm.start, it.number))
        continue;
      auto& list = record.per_item[i];
      if (std::find(list.begin(), list.end(), person_of[m]) == list.end())
        list.push_back(person_of[m]);
    }
  }
  // After the last item: the signature page ("Mette Busk (A)"), this
  // meeting's members with their parties, though no item's text.
  if (!doc.items.empty()) {
    const auto after =
        std::lower_bound(mentions.begin(), mentions.end(), doc.items.back().end,
                         [](const person_mention& pm, std::size_t at) { return pm.start < at; });
    for (auto m = after; m != mentions.end(); ++m) {
      if (!m->party.empty())
        people[person_of[static_cast<std::size_t>(m - mentions.begin())]].last_party = m->party;
    }
  }
  return record;
}

// An attendance label with nobody after it in the item's text ("Fraværende: ",
// "Fraværende: Ingen"): the item records that no one was absent.
bool item_notes_nobody_absent(const document& doc, const item& it) {
  return it.end > it.start && it.end <= doc.text.size() &&
         danish::notes_nobody_absent(
             std::string_view(doc.text).substr(it.start, it.end - it.start));
}

// Absent from every item that records absences, in more than one item: not
// at the meeting at all ("Tina Bodholdt-Nielsen (Løsgænger) deltog ikke på
// mødet" under each item).
std::vector<std::size_t> absent_from_meeting(const document& doc, const absence_record& record) {
  std::vector<std::size_t> recording;
  for (std::size_t i = 0; i < record.per_item.size(); ++i) {
    if (!record.per_item[i].empty()) recording.push_back(i);
  }
  if (recording.empty()) return {};
  // An item that notes nobody absent records absences too, and no one is
  // absent from it: then no one is absent from every item. Its text is read
  // only here, for a meeting where some item names someone absent (a search
  // of every item's lines cost more than the rest of this).
  for (std::size_t i = 0; i < record.per_item.size(); ++i) {
    if (record.per_item[i].empty() && item_notes_nobody_absent(doc, doc.items[i])) return {};
  }
  if (recording.size() < 2 && record.per_item.size() > 1) return {};
  std::vector<std::size_t> out;
  for (const std::size_t candidate : record.per_item[recording.front()]) {
    const bool everywhere = std::all_of(recording.begin(), recording.end(), [&](std::size_t i) {
      const auto& list = record.per_item[i];
      return std::find(list.begin(), list.end(), candidate) != list.end();
    });
    if (everywhere) out.push_back(candidate);
  }
  return out;
}

// "Torben Engholm deltog ikke i sagens behandling." (Horsens), "X deltog
// ikke under dette punkt": a line of the item's text `text` that names
// `name` and speaks of the item's treatment, not of the meeting.
bool notes_item_only(std::string_view text, std::string_view name) {
  static constexpr std::string_view item_words[] = {"behandling", "dette punkt", "punktet"};
  for (std::size_t at = text.find(name); at != std::string_view::npos;
       at = text.find(name, at + 1)) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view rest = text.substr(at + name.size(), end - at - name.size());
    if (std::any_of(std::begin(item_words), std::end(item_words),
                    [&](std::string_view w) { return rest.find(w) != std::string_view::npos; }))
      return true;
  }
  return false;
}

void complete_participants(document& doc, person_index& people,
                           const std::vector<std::size_t>& header_order,
                           const absence_record& record) {
  const std::vector<std::size_t> meeting_absent = absent_from_meeting(doc, record);
  std::vector<participant> out;
  std::vector<std::size_t> linked;
  // Each participant, header name and absentee is added at most once.
  const std::size_t most =
      doc.meeting.participants.size() + header_order.size() + meeting_absent.size();
  out.reserve(most);
  linked.reserve(most);
  auto add = [&](participant p, std::size_t who) {
    for (std::size_t i = 0; i < linked.size(); ++i) {
      if (linked[i] != who) continue;
      if (out[i].party.empty()) out[i].party = p.party;
      if (out[i].role.empty()) out[i].role = p.role;
      if (out[i].status.empty()) out[i].status = p.status;
      return;
    }
    out.push_back(std::move(p));
    linked.push_back(who);
  };
  // Moved, not copied: `out` replaces the list below, which nothing reads
  // after this loop.
  for (participant& written : doc.meeting.participants) {
    participant p = std::move(written);
    const std::size_t who = people.link(p.name);
    const person& known = people[who];
    // The header's party, else the one the items give ("Jacob Ejs (A) var
    // fraværende" under an attendance item).
    if (p.party.empty())
      p.party = known.header_party.empty() ? known.last_party : known.header_party;
    if (p.role.empty()) p.role = known.header_role;
    if (p.status.empty()) p.status = known.header_absent ? "absent" : "present";
    add(std::move(p), who);
  }
  for (const std::size_t who : header_order) {
    const person& known = people[who];
    add({known.value, known.header_party, known.header_role,
         known.header_absent ? "absent" : "present"},
        who);
  }
  for (const std::size_t who : meeting_absent) {
    const person& known = people[who];
    if (const auto listed = std::find(linked.begin(), linked.end(), who); listed != linked.end()) {
      // A member the header lists ("Medlemmer:") and every item of the
      // minutes notes as absent ("Fraværende med afbud: X (O)" under each)
      // was not there; absent from the last items only, X left early. One
      // item cannot tell ("X deltog ikke i behandlingen af punktet").
      const bool everywhere =
          record.per_item.size() > 1 &&
          std::all_of(record.per_item.begin(), record.per_item.end(),
                      [&](const std::vector<std::size_t>& list) {
                        return std::find(list.begin(), list.end(), who) != list.end();
                      });
      if (everywhere) out[static_cast<std::size_t>(listed - linked.begin())].status = "absent";
      continue;
    }
    // With one item only, "absent from every item" may be from that item alone.
    if (doc.items.size() == 1) {
      const item& only = doc.items.front();
      const std::string_view text = std::string_view(doc.text).substr(
          std::min(only.start, doc.text.size()), only.end - std::min(only.start, only.end));
      if (notes_item_only(text, known.value)) continue;
    }
    add({known.value, known.last_party, known.header_role, "absent"}, who);
  }
  for (std::size_t i = 0; i < out.size(); ++i) out[i].name = people[linked[i]].value;
  doc.meeting.participants = std::move(out);
}

// A letter, digit, hyphen or any byte of a UTF-8 sequence: a name found
// inside a longer word ("Hansen" in "Hansens", "Krogh" in "Krogh-Lund") is
// not that name.
bool is_word_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b >= 0x80 || b == '-' || (b >= '0' && b <= '9') ||
         ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
}

// The word at `at` ends in a colon: a label ("Fraværende:").
bool label_follows(std::string_view text, std::size_t at) {
  const std::size_t end = std::min(text.find_first_of(" \n", at), text.size());
  return end > at && text[end - 1] == ':';
}

// "Hele udvalget" (a list's "Deltagere: Hele udvalget"): a group, no name;
// a name's particles stay lowercase ("Karin la Cour", "Jens von Holstein").
bool reads_as_one_name(std::string_view name) {
  // Never "af" or "de": "Formand af Handicaprådet" is a role and a body (review 34).
  static constexpr std::string_view particles[] = {"la", "du", "von", "van", "der"};
  // "Hele Byrådet", "Alle medlemmer": a group.
  static constexpr std::string_view group_words[] = {"hele", "alle", "samtlige"};
  const std::string first = danish::fold_case(name.substr(0, name.find(' ')));
  if (std::find(std::begin(group_words), std::end(group_words), first) != std::end(group_words))
    return false;
  for (std::size_t pos = 0; pos < name.size();) {
    const std::string_view word = danish::next_word(name, pos);
    if (!word.empty() && !danish::starts_upper(word) &&
        std::find(std::begin(particles), std::end(particles), word) == std::end(particles))
      return false;
  }
  return true;
}

// The header's attendance entries the segmenter read but the finder had no
// cue for (an "Indkaldelse" list of names whose first names the table
// lacks: "Anstina Krogh", "Jos Bisschop"): each is a person where the
// header writes it, every word capitalised. The header only: it is short,
// and in the items a name needs its own cue.
void add_participants_written_in_header(std::string_view text, std::size_t header_end,
                                        const std::vector<participant>& participants,
                                        std::vector<person_mention>& mentions) {
  const std::string_view header = text.substr(0, std::min(header_end, text.size()));
  const std::size_t found = mentions.size();
  for (const participant& p : participants) {
    const std::string_view name = p.name;
    if (name.find(' ') == std::string_view::npos || !reads_as_one_name(name)) continue;
    for (std::size_t at = header.find(name); at != std::string_view::npos;
         at = header.find(name, at + 1)) {
      const std::size_t end = at + name.size();
      // Inside a longer word or name: "Karen Blixen Salen", a room (a label
      // after it, "... Karsten Skovbjerg Fraværende:", is no part of it).
      if ((at > 0 && is_word_byte(header[at - 1])) ||
          (end < header.size() && is_word_byte(header[end])) ||
          (end + 1 < header.size() && header[end] == ' ' &&
           danish::starts_upper(header.substr(end + 1)) && !label_follows(header, end + 1)))
        continue;
      const bool covered =
          std::any_of(mentions.begin(), mentions.end(),
                      [&](const person_mention& m) { return m.start < end && at < m.end; });
      if (covered) continue;
      person_mention seeded;
      seeded.start = at;
      seeded.end = end;
      seeded.source = cue::attendance;
      mentions.push_back(std::move(seeded));
    }
  }
  if (mentions.size() == found) return;
  std::sort(mentions.begin(), mentions.end(),
            [](const person_mention& a, const person_mention& b) { return a.start < b.start; });
}

// "John Engelhardt, V" (Glostrup's list of members, trial AX): a party's
// letter after a name and a comma, the person's party, is a party mention
// too, where no other mention covers it.
// `party_of(i)` is the party of mentions[i]'s person entity.
template <class PartyOf>
std::vector<danish::party_mention> party_letters_after_names(
    std::string_view text, const std::vector<person_mention>& mentions, PartyOf party_of,
    const std::vector<danish::party_mention>& parties) {
  std::vector<danish::party_mention> out;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const std::size_t name_end = mentions[i].end;
    const std::string& party = party_of(i);
    if (party.empty() || name_end + 2 >= text.size() || text[name_end] != ',' ||
        text[name_end + 1] != ' ')
      continue;
    const std::size_t start = name_end + 2;
    std::size_t end = start;
    while (end < text.size() && is_word_byte(text[end]) && text[end] != '-') ++end;
    const std::string_view letters = text.substr(start, end - start);
    if (letters.empty() || letters.size() > 3 || danish::canonical_party(letters) != party)
      continue;
    const bool covered = std::any_of(parties.begin(), parties.end(),
                                     [&](const auto& p) { return p.start < end && start < p.end; });
    if (!covered) out.push_back({start, end, party, false});
  }
  return out;
}

}  // namespace

bool same_person(std::string_view a, std::string_view b) {
  return same_words(words_of(a), words_of(b));
}

void extract_people(document& doc, const people_options& options) {
  const std::string_view text(doc.text);
  const std::size_t header_end =
      doc.items.empty() ? text.size() : std::min(doc.items.front().start, text.size());
  // The party and the title scans read the same parentheses: found once.
  const auto parentheses = danish::find_parentheses(text);
  const auto parties = danish::find_party_mentions(text, parentheses);
  auto mentions = find_people(text, header_end, parentheses, parties, options.finder);
  add_participants_written_in_header(text, header_end, doc.meeting.participants, mentions);

  person_index people;
  // Each participant and each mention is at most one person.
  people.reserve(doc.meeting.participants.size() + mentions.size());
  // The segmenter's participants come first: their spelling is the anchor,
  // and their party and role stand for a mention in the header that
  // names neither (a member table's row, "Karen Bøgh-Madsen, LO (formand)").
  for (const participant& p : doc.meeting.participants) {
    person& anchor = people[people.link(p.name)];
    if (anchor.header_party.empty()) anchor.header_party = p.party;
    if (anchor.header_role.empty()) anchor.header_role = p.role;
  }
  std::vector<std::size_t> person_of;
  person_of.reserve(mentions.size());
  std::vector<std::size_t> header_order;
  const std::size_t anchors = people.size();
  for (const person_mention& m : mentions) {
    const std::string_view spelling = text.substr(m.start, m.end - m.start);
    // A header list wrapped inside a name ("..., Leif Wilson" over
    // "Laustsen, ..."): the segmenter joined the name the line break cut.
    std::optional<std::size_t> joined;
    if (m.in_header && ends_its_line(text, m.end)) joined = people.longer_name(spelling, anchors);
    const std::size_t who = joined ? *joined : people.link_in_text(spelling);
    person_of.push_back(who);
    if (!m.in_header) continue;
    person& p = people[who];
    if (p.header_party.empty()) p.header_party = m.party;
    if (p.header_role.empty()) p.header_role = m.role;
    p.header_absent = p.header_absent || m.absent;
    if (!p.in_header) header_order.push_back(who);
    p.in_header = true;
  }

  // A person entity's party and role: the mention's, else its person's in the header.
  auto party_of = [&](std::size_t i) -> const std::string& {
    const person_mention& m = mentions[i];
    return m.party.empty() ? people[person_of[i]].header_party : m.party;
  };
  auto fill_person = [&](entity& e, std::size_t i) {
    const person_mention& m = mentions[i];
    const person& who = people[person_of[i]];
    e.type = person_type;
    e.text = std::string(text.substr(m.start, m.end - m.start));
    e.value = who.value;
    e.item = danish::item_number_at(doc, m.start);
    e.start = m.start;
    e.end = m.end;
    e.party = party_of(i);
    e.role = m.role.empty() ? who.header_role : m.role;
  };
  std::vector<danish::party_mention> letters =
      party_letters_after_names(text, mentions, party_of, parties);
  std::vector<danish::party_mention> all_parties;
  const std::vector<danish::party_mention>* party_list = &parties;
  if (!letters.empty()) {
    all_parties = parties;
    all_parties.insert(all_parties.end(), letters.begin(), letters.end());
    std::sort(all_parties.begin(), all_parties.end(),
              [](const danish::party_mention& a, const danish::party_mention& b) {
                return a.start < b.start;
              });
    party_list = &all_parties;
  }
  std::vector<const danish::party_mention*> party_rows;
  party_rows.reserve(party_list->size());
  const bool type_marks = titles_carry_type_marks(doc);
  for (const auto& p : *party_list) {
    if (type_marks && is_title_type_mark(doc, p, mentions, parties)) continue;
    party_rows.push_back(&p);
  }
  auto fill_party = [&](entity& e, const danish::party_mention& p) {
    e.type = party_type;
    e.text = std::string(text.substr(p.start, p.end - p.start));
    e.value = p.value;
    e.item = danish::item_number_at(doc, p.start);
    e.start = p.start;
    e.end = p.end;
  };
  std::vector<std::size_t> person_starts;
  person_starts.reserve(mentions.size());
  for (const person_mention& m : mentions) person_starts.push_back(m.start);
  replace_entities(doc, person_starts, party_rows, fill_person, fill_party);

  const absence_record record = absences_of(doc, mentions, person_of, people);
  if (options.fill_absences) {
    for (std::size_t i = 0; i < doc.items.size(); ++i) {
      if (!doc.items[i].absent.empty()) continue;
      for (const std::size_t who : record.per_item[i])
        doc.items[i].absent.push_back(people[who].value);
    }
  }
  if (options.fill_participants) complete_participants(doc, people, header_order, record);
}

}  // namespace protokol::people
