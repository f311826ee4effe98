// notes.hpp: footnotes, taken out of a page's text.
#pragma once

#include <vector>

#include "layout.hpp"

namespace protokol::pdf {

/// Drops a page's footnotes, as the Word reader drops them: the notes at the
/// page's foot ("1Jf. bekendtgørelse ...", with the lines under them) and
/// their marks in the text (a small raised number glued to the word before
/// it: "juli.¹"). A note is only taken when both are on the page, so "m²"
/// keeps its 2. `rows` are the page's body rows, top to bottom.
void drop_footnotes(std::vector<line>& rows, double page_height);

}  // namespace protokol::pdf
