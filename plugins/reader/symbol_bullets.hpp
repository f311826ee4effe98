// symbol_bullets.hpp: Word's list bullets from symbol fonts, as bullets.
#pragma once

#include <string>

namespace protokol::reader {

/// Replaces, in place, a list bullet that Word sets in a symbol font and a
/// PDF or a copy from Word leaves as a private-use character (U+F0B7 of
/// Symbol, U+F0A7 and friends of Wingdings) with the bullet it shows:
/// "\uF0B7 Sagen" becomes "• Sagen". Only at the start of a line (after
/// blanks): elsewhere a private-use character is some font's own and is
/// left as it is. True when anything was replaced; one memchr over text
/// without them.
bool replace_symbol_bullets(std::string& text);

}  // namespace protokol::reader
