// danish/roles.hpp: titles of members and officials ("formand",
// "kommunaldirektør", "erhvervschef") as they stand before or after a name.
#pragma once

#include <string>
#include <string_view>

namespace protokol::danish {

/// The role a single word names, lowercase ("Formand" -> "formand",
/// "Erhvervschef" -> "erhvervschef"), or "" when the word is no title.
/// Known titles come from a table; compounds ending in a title word
/// ("-chef", "-direktør", "-leder", "-konsulent", ...) are titles too.
/// Definite and plural forms ("Direktøren", "konsulenter") are not: they
/// name an office, never introduce a person's name.
std::string role_of(std::string_view word);

/// True for words that qualify a title in front of it: "kst.",
/// "konstitueret", "fungerende", "daværende", "tidligere", "ny".
bool is_role_qualifier(std::string_view word);

}  // namespace protokol::danish
