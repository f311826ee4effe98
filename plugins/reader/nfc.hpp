// nfc.hpp: Unicode Normalization Form C through ICU's Normalizer2.
#pragma once

#include <string>

namespace protokol::reader {

/// Puts well-formed UTF-8 `text` into NFC in place; leaves it untouched
/// (no copy) when it already is. Works in pieces cut after LF, which
/// composes with nothing, so any size fits ICU's 32-bit lengths.
void to_nfc(std::string& text);

/// Removes the characters that show nothing and join or part nothing in
/// Danish text: zero-width space, non-joiner, joiner, word joiner and a
/// byte order mark inside the text (U+200B, U+200C, U+200D, U+2060, U+FEFF).
/// A web page's editor leaves them before names and labels, where every
/// stage would have to skip them (trial BL: "\u200bThorkild Gruelund (C)
/// deltog ikke" hid the absence from the people stage). Readers call
/// to_nfc_without_zero_width() below, never this after to_nfc().
void drop_zero_width(std::string& text);

/// drop_zero_width(), then to_nfc(): every reader's last step. In this
/// order, as a zero-width character between a letter and its combining mark
/// keeps NFC from composing them: "e\u200B\u0301" is NFC, and dropping the
/// U+200B after to_nfc() would leave "e\u0301", which is not (the read fuzz
/// target found it).
void to_nfc_without_zero_width(std::string& text);

}  // namespace protokol::reader
