// nfc.hpp: Unicode Normalization Form C through ICU's Normalizer2.
#pragma once

#include <string>

namespace protokol::reader {

/// Puts well-formed UTF-8 `text` into NFC in place; leaves it untouched
/// (no copy) when it already is. Works in pieces cut after LF, which
/// composes with nothing, so any size fits ICU's 32-bit lengths.
void to_nfc(std::string& text);

}  // namespace protokol::reader
