// municipality.hpp: the municipality a document belongs to, only when the
// text tells it.
#pragma once

#include <string>
#include <string_view>

namespace protokol::segmenter {

/// The municipality named before " Kommune" in `text` ("Ballerup Kommune"
/// -> "Ballerup", "Københavns Kommune" -> "København"), or by a town hall
/// ("Ballerup Rådhus", "Lyngby Rådhus" -> "Lyngby-Taarbæk"); only names of
/// the 98 municipalities count. "" when none is written.
std::string municipality_in(std::string_view text);

/// The name of a letterhead line "<Name> Kommune" ("Egebjerg Kommune" ->
/// "Egebjerg"): one to three capitalised words before "Kommune" and nothing
/// else, whether or not the name is one of today's 98 (old minutes name the
/// municipalities merged in 2007). "" otherwise.
std::string municipality_of_letterhead(std::string_view line);

/// The municipality of a line ending in a postcode and a seat town ("5000
/// Odense C", "Flakhaven 2, 5000 Odense C"); "" otherwise.
std::string municipality_of_postcode_line(std::string_view text);

/// The full match of a postcode line's tail (the line, or what follows its
/// last comma, trimmed) with (\d{4})\s+(\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?):
/// the code and the town, as RE2 gives them. Read by hand where the tail is
/// ASCII and Latin-1 letters; RE2 reads the rest.
bool match_postcode_tail(std::string_view tail, std::string_view& code, std::string_view& town);

/// The municipality whose web address `text` holds ("www.odense.dk",
/// "egedalkommune.dk"): the host is the name in ASCII; "" otherwise.
std::string municipality_of_web_address(std::string_view text);

/// The one municipality whose own council or policies the text names
/// ("Hedensteds Kommunalbestyrelse", "Syddjurs Kommunes klimaplan"); ""
/// when none or more than one is named so.
std::string municipality_of_own_bodies(std::string_view text);

/// The municipality the document is about: the name of the municipality
/// ("X Kommune") that dominates the text, written at least three times and
/// at least twice as often (counting the bare name) as any other. "" when
/// no name dominates.
std::string dominant_municipality(std::string_view text);

}  // namespace protokol::segmenter
