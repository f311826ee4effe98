// danish/parties.hpp: Danish party names, letters and abbreviations mapped to
// one canonical value each. The table is data (parties.cpp), reviewed by people
// who know Danish politics; docs/parties.md lists it.
#pragma once

#include <string>
#include <string_view>

namespace protokol::danish {

/// Canonical party value for a party as written: a letter ("A", "V", "Ø"),
/// an abbreviation ("SF" -> "F", "EL" -> "Ø"), a full name
/// ("Socialdemokratiet" -> "A"), or an independent ("Løsgænger",
/// "uden for partierne", "UFP" -> "Løsgænger"). Surrounding parentheses and
/// blanks are ignored. Returns "" when `written` is not a known party.
std::string canonical_party(std::string_view written);

/// True when `written` has the shape of a party code: two to four capital
/// letters ("UP", "LP", "ØL"), parentheses and blanks around ignored,
/// whether or not canonical_party() knows it. A list's code for a local
/// list or a member outside the parties is no role ("Navn (UP)").
bool looks_like_party_code(std::string_view written);

/// True when `written` names a local list ("Borgerlisten", "Lokallisten Ny
/// Kurs", "Tværpolitisk Liste"): capitalised, a word ending in "liste" or
/// "listen". Like an unknown code it is no role, and no canonical party.
bool names_local_list(std::string_view written);

}  // namespace protokol::danish
