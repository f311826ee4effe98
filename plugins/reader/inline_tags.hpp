// inline_tags.hpp: HTML markup left inside text and markdown files.
#pragma once

#include <string>

namespace protokol::reader {

/// Removes, in place, the HTML tags of the table in inline_tags.cpp that
/// converters, page scrapers and copied web text leave in a text or
/// markdown file ("Mødelokale: M5<br />", "<strong>Referat</strong>",
/// "| Anne Kirk (A)<br>Bo Lund (V) |", Word's "<o:p></o:p>"). A line break
/// tag (<br>, and <p>/<div> inside a line) becomes a line break; in a
/// markdown table row, where a line break would end the row, it becomes
/// "; " (or " " after a comma or an end of sentence). Every other tag of the
/// table goes, keeping its text. Anything else that starts with '<' ("< 5 %",
/// "<foo>", a tag spanning lines) stays as it is. Costs one memchr over text
/// without '<'. True when anything was removed.
bool strip_inline_tags(std::string& text);

}  // namespace protokol::reader
