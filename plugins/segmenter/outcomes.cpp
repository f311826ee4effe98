#include "outcomes.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "text_util.hpp"

namespace protokol::segmenter {
namespace {

// What each rule takes from the table. Only some outcomes go on after a
// comma or a joining word: never "Godkendt ændring af byggefelter" or
// "Tiltrådt af Landsbyggefonden", a title's second half.
enum use : unsigned {
  opens = 1,    // opens_with_outcome: a capitalised opener of the line
  whole = 2,    // is_outcome_tail: the whole tail
  goes_on = 4,  // is_outcome_tail: an opener of a longer tail
  no_name = 8,  // is_outcome_word: a word that is no name
};

struct outcome {
  std::string_view words;
  unsigned uses;
};

constexpr outcome outcomes[] = {
    {"Godkendt", opens | whole | goes_on | no_name},
    {"Godkendes", opens | whole},
    {"Vedtaget", opens | whole | goes_on | no_name},
    {"Tiltrådt", opens | whole | goes_on | no_name},
    {"Anbefalet", opens | whole},
    {"Anbefales", opens | whole | no_name},
    {"Taget til efterretning", opens | whole | goes_on},
    {"Tages til efterretning", opens},
    {"Udsat", opens | whole},
    {"Drøftet", opens | whole},
    {"Afvist", opens | whole},
    {"Bevilget", opens | whole},
    {"Orienteringen", opens},
    {"Orienteringen taget til efterretning", whole},
    {"Ingen", opens | whole},
    {"Intet", opens | whole},
    {"Intet nyt", whole},
    {"Ok", whole},
    {"Ingen bemærkninger", whole},
    {"Intet at bemærke", whole},
    {"Enstemmigt", no_name},
};

}  // namespace

bool opens_with_outcome(std::string_view next) {
  for (const outcome& o : outcomes) {
    if (!(o.uses & opens) || !next.starts_with(o.words)) continue;
    if (next.size() == o.words.size()) return true;
    // The word ends there: "Godkendt." but not "Godkendtes".
    const auto after = static_cast<unsigned char>(next[o.words.size()]);
    if (after < 0x80 && !std::isalnum(after)) return true;
  }
  return false;
}

bool is_outcome_tail(std::string_view tail) {
  static constexpr std::string_view going_on[] = {" med ", " uden ", " idet ", " som "};
  return std::any_of(std::begin(outcomes), std::end(outcomes), [&](const outcome& o) {
    if ((o.uses & whole) && equals_ci(tail, o.words)) return true;
    if (!(o.uses & goes_on) || tail.size() <= o.words.size() || !starts_with_ci(tail, o.words))
      return false;
    const std::string_view rest = tail.substr(o.words.size());
    return rest.starts_with(',') ||
           std::any_of(std::begin(going_on), std::end(going_on),
                       [&](std::string_view w) { return starts_with_ci(rest, w); });
  });
}

bool is_outcome_word(std::string_view folded) {
  return std::any_of(std::begin(outcomes), std::end(outcomes), [&](const outcome& o) {
    return (o.uses & no_name) && equals_ci(folded, o.words);
  });
}

}  // namespace protokol::segmenter
