// danish/municipalities.hpp: the 98 Danish municipalities (kommuner), with
// the forms minutes write them in: the name ("Lyngby-Taarbæk"), the official
// name's first part when it differs ("Københavns" in "Københavns Kommune"),
// the genitive ("Odenses Byråd", "Aarhus' Byråd"), the town of the town hall
// and the postcodes of that town. docs/municipalities.md lists the table.
#pragma once

#include <span>
#include <string_view>

namespace protokol::danish {

/// One row of the municipality table.
struct municipality {
  std::string_view name;      ///< the municipality's name: "København", "Nordfyn"
  std::string_view official;  ///< the word(s) before "Kommune" in its official name
  std::string_view seat;      ///< town of the town hall, when it is not `name`; else ""
  int postcode_low = 0;       ///< postcodes of the seat town, [low, high]; 0 when not listed
  int postcode_high = 0;
};

/// The table, for review and tests (98 rows, in alphabetical order).
std::span<const municipality> municipalities();

/// The municipality's name for a word written before "Kommune": the name
/// itself ("Aarhus"), the official form ("Københavns", "Nordfyns") or the
/// genitive ("Odenses"); "" when no municipality is called so.
std::string_view municipality_named(std::string_view word);

/// municipality_named() for a name in capitals ("REBILD", "KØBENHAVNS"), as
/// an old letterhead prints it: case is ignored. "" when none is so called.
std::string_view municipality_named_ignoring_case(std::string_view word);

/// The municipality whose name's genitive `word` is ("Hedensteds",
/// "Aarhus'", "Københavns"), for "Hedensteds Kommunalbestyrelse"; "" if none.
std::string_view municipality_of_genitive(std::string_view word);

/// The municipality whose town hall stands in `town` ("Lyngby" ->
/// "Lyngby-Taarbæk", "Odense" -> "Odense"); "" when the town is no seat.
std::string_view municipality_of_seat(std::string_view town);

/// The municipality of a postcode line "5000 Odense C": the postcode lies
/// in the seat town's range and the town word matches the seat; else "".
std::string_view municipality_of_postcode(int postcode, std::string_view town);

/// The municipality whose web address `host` is, when the host is the
/// name in ASCII, with or without "kommune" ("odense", "soroe",
/// "egedalkommune"; æ, ø, å as ae, oe, aa, no hyphen); "" otherwise
/// ("kk", "ltk" and other abbreviations are not guessed).
std::string_view municipality_of_host(std::string_view host);

}  // namespace protokol::danish
