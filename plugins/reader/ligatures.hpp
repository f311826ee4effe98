// ligatures.hpp: Latin ligature characters spelt out.
#pragma once

#include <string>

namespace protokol::reader {

/// Replaces, in place, the Latin ligatures U+FB00..U+FB06 ("ﬁ", "ﬂ", "ﬀ",
/// "ﬃ", "ﬄ", "ﬅ", "ﬆ") with their letters. PDF fonts whose ToUnicode map
/// gives the ligature, not its letters, leave them in the text ("ﬂere",
/// "identiﬁcere"), where no word or name matches; NFC keeps them. True when
/// anything was replaced; one memchr over text without them.
bool expand_ligatures(std::string& text);

}  // namespace protokol::reader
