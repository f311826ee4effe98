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

}  // namespace protokol::danish
