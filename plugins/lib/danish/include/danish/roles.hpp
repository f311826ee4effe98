// danish/roles.hpp: titles of members and officials ("formand",
// "kommunaldirektør", "erhvervschef") as they stand before or after a name.
#pragma once

#include <string>
#include <string_view>

#include "danish/bytes.hpp"

namespace protokol::danish {

/// The role a single word names, lowercase ("Formand" -> "formand",
/// "Erhvervschef" -> "erhvervschef"), or "" when the word is no title.
/// Known titles come from a table; compounds ending in a title word
/// ("-chef", "-direktør", "-leder", "-konsulent", ...) are titles too.
/// Definite and plural forms ("Direktøren", "konsulenter") are not: they
/// name an office, never introduce a person's name.
std::string role_of(std::string_view word);

/// A quick test for scanning every word of a text: false when role_of()
/// surely finds no title in `word`, without folding or building a string.
bool may_be_role(std::string_view word);

/// The caseless_hash4() values of the last four bytes of every title and
/// title ending (where those bytes are ASCII). A word shorter than four
/// bytes, or whose last four bytes are ASCII and hash outside this set, is
/// no title: a scanner can test this inline before calling may_be_role().
const byte_set<4096>& title_tails();

/// The last two bytes of every title and title ending, lowercase, as
/// `256 * byte + byte`; a small letter's second UTF-8 byte ("ø" C3 B8) is
/// there with its capital's too ("Ø" C3 98). A word of four bytes or more
/// whose last two bytes, ASCII letters lowercased, are not among them is no
/// title (may_be_role() asks this last): a scanner can test it inline too.
const bit_table<65536>& title_last_two_bytes();

/// True for the titles that come in ranks and so may follow an ordinal
/// ("1. næstformand", "2. viceborgmester", "1. suppleant"). Before any
/// other title a number is a list's numbering ("1. Overborgmester Frank
/// Jensen (A)"), not part of the role. `role` as role_of() gives it.
bool is_ranked_role(std::string_view role);

/// True for words that qualify a title in front of it: "kst.",
/// "konstitueret", "fungerende", "daværende", "tidligere", "ny".
bool is_role_qualifier(std::string_view word);

/// A quick test before is_role_qualifier() and is_role_adjective(): false
/// when `word` is surely neither (its first two bytes, ASCII, open none of
/// them in any case), without folding it.
bool may_be_role_qualifier(std::string_view word);

/// True for adjectives that are part of a title ("teknisk chef", "faglig
/// konsulent", "administrerende direktør"); each is a role qualifier too.
bool is_role_adjective(std::string_view word);

}  // namespace protokol::danish
