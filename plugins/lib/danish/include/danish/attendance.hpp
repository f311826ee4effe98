// danish/attendance.hpp: the words of attendance notes, one copy for every
// stage (the segmenter's member lists and item absences, the people
// extractor's participants). docs/segmentation.md and docs/entities.md list them.
#pragma once

#include <string_view>

namespace protokol::danish {

/// Labels of notes that name absent members ("Afbud: X", "Fraværende: X"),
/// lowercase, longest first so "afbud/fraværende" wins over "afbud".
inline constexpr std::string_view absence_labels[] = {
    "afbud/fraværende", "fraværende/afbud", "afbud / fraværende",
    "ikke til stede",   "ikke tilstede",    "fraværende",
    "forhindret",       "fravær",           "afbud",
};

/// Phrases after one or more names that say they were not there ("X deltog
/// ikke", "X havde meldt afbud"), lowercase. A blank stands before each in
/// the text, and no phrase holds a blank followed by the start of another,
/// so occurrences never overlap.
inline constexpr std::string_view absence_phrases[] = {
    "deltog ikke",       "deltager ikke",   "var fraværende", "er fraværende",
    "havde meldt afbud", "har meldt afbud", "meldte afbud",   "var ikke til stede",
    "var ikke tilstede", "var forhindret",
};

/// Labels of notes that name who sat in for an absent member
/// ("Stedfortrædere: X (V)"), lowercase.
inline constexpr std::string_view substitute_labels[] = {
    "stedfortrædere",
    "stedfortræder",
    "suppleanter",
    "suppleant",
};

}  // namespace protokol::danish
