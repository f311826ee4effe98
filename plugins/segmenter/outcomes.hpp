// outcomes.hpp: the few words a decision is recorded in ("Godkendt",
// "Taget til efterretning"), one table for the rules that look for them.
#pragma once

#include <cstddef>
#include <string_view>

namespace protokol::segmenter {

/// True when `next` opens with a capitalised outcome: the line under a title
/// that opens with one is the item's outcome, not the title's wrapped end
/// ("2. Godkendelse af referat fra de sidste 2 møder." over "Godkendt og
/// underskrevet", a local council's page without section headings; "Intet
/// nyt" under "Kort orientering ved graver Niels.", a church council's).
bool opens_with_outcome(std::string_view next);

/// True when `tail` (the text after a title's colon, trimmed and without a
/// closing full stop) is an outcome, any case: the whole of one ("Godkendt",
/// "Intet at bemærke"), or one that goes on after a comma or "med", "uden",
/// "idet", "som" ("Godkendt med de nævnte rettelser").
bool is_outcome_tail(std::string_view tail);

/// True for a word (lower case) no list of names holds because it records an
/// outcome ("godkendt", "enstemmigt").
bool is_outcome_word(std::string_view folded);

}  // namespace protokol::segmenter
