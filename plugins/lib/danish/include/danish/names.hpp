// danish/names.hpp: what a person's name looks like in Danish minutes, and
// the capitalised words that are never part of one (months, weekdays,
// institutions, street and place suffixes).
#pragma once

#include <string_view>

namespace protokol::danish {

/// What a single word (no blanks) can be inside a person's name.
enum class name_part_kind {
  none,      ///< not part of a name
  word,      ///< capitalised word: "Tina", "Bodholdt-Nielsen", "Kücükain", "O'Brien"
  initial,   ///< one capital and a full stop: "B."; a short first name: "Chr.", "Kr."
  particle,  ///< lowercase joiner inside a name: "von", "van", "de", "la", "du"
};

/// "B.", "H.C.", "Ø.": capitals each followed by a full stop.
bool is_initials(std::string_view word);

/// Classifies one word. Words in capitals ("CONDI", "BID"), words with
/// digits and words is_non_name_word() knows are `none`.
name_part_kind name_part(std::string_view word);

/// True for capitalised words that never belong to a person's name:
/// months and weekdays, institution and office words ("Kommune",
/// "Udvalget", "Center", "Direktionen"), and words ending in street, place
/// or organisation suffixes ("-vej", "-gade", "-udvalget", "-kommune").
bool is_non_name_word(std::string_view word);

/// True when " og " between `before` and `after` joins two areas of a title
/// ("Direktør for Teknik og Miljø"), not two people: `before` is a
/// capitalised word is_non_name_word() knows, `after` is capitalised.
bool joins_areas(std::string_view before, std::string_view after);

/// joins_areas() for the " og " at `pos` in `text`: the words right before
/// and after it ("Afbud: Rådmand for Sundhed og Omsorg Tina Vad (A)").
bool joins_areas_at(std::string_view text, std::size_t pos);

/// What follows the area a title heads ("Sundhed og Omsorg Tina Vad" gives
/// "Tina Vad"): capitalised words is_non_name_word() knows, joined by "og",
/// and the blanks after them; `text` itself when it opens with none.
std::string_view after_area(std::string_view text);

/// True when the full stop ending at `stop` (exclusive: text[stop - 1] is
/// the stop) closes a part of a name, not a sentence: an initial ("Saime B.
/// Inanc") or a first name written short ("Birgit Aa. Ravnkilde").
bool stop_ends_name_part(std::string_view text, std::size_t stop);

/// True for a particle that joins a name only after another particle:
/// "der", "den", "ter", "ten" ("van der Weide"; never "Anne Holm der ...").
bool is_second_particle(std::string_view word);

/// The suffix half of is_non_name_word(): a word longer than one of the
/// street, place or organisation endings that ends so ("Idrætssamvirke",
/// "Vestergade"), not one of the plain words ("Gade", "Maj").
bool has_non_name_ending(std::string_view word);

}  // namespace protokol::danish
