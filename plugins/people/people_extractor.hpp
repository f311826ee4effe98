// people_extractor.hpp: person and party entities, the meeting's
// participants and each item's absences, from the mentions people_finder
// finds. One canonical spelling per person links all its mentions.
#pragma once

#include <protokol/document.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "people_finder.hpp"

namespace protokol::people {

/// Tuning of extract_people().
struct people_options {
  finder_options finder;
  bool fill_participants = true;  ///< complete meeting.participants (never duplicates)
  bool fill_absences = true;      ///< fill item.absent where the segmenter left it empty
};

/// True when two spellings name the same person: equal after folding case
/// and blanks, or one has every word of the other in order with the same
/// first and last word ("Saime Inanc" and "Saime B. Inanc").
bool same_person(std::string_view a, std::string_view b);

/// Replaces the document's person and party entities with new ones and
/// completes participants and absences as `options` says.
void extract_people(document& doc, const people_options& options);

}  // namespace protokol::people
