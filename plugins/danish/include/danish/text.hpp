// danish/text.hpp: the few UTF-8 helpers the Danish tables need (letters of
// Latin-1 and Latin Extended-A, case folding, blank folding). Full Unicode
// is not needed here: Danish names and words stay within these blocks, and
// anything beyond them is treated as "not a letter", which only costs recall.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace protokol::danish {

/// The code point starting at byte `pos` of `text`; `length` receives its
/// byte length (1 for a stray byte, which decodes as U+FFFD).
char32_t decode_at(std::string_view text, std::size_t pos, std::size_t& length);

/// The code point ending just before byte `pos`; `length` receives its byte
/// length. Returns 0 at the start of the text.
char32_t decode_before(std::string_view text, std::size_t pos, std::size_t& length);

/// True for ASCII letters and the Latin-1 / Latin Extended-A letters.
bool is_letter(char32_t c);

/// True for an uppercase letter (A-Z, À-Þ except ×, and the uppercase
/// Latin Extended-A letters).
bool is_upper(char32_t c);

/// True for letters and ASCII digits: what a word is made of.
bool is_word_char(char32_t c);

/// True when the first code point of `text` is an uppercase letter.
bool starts_upper(std::string_view text);

/// Lowercase copy of `text` (ASCII, Latin-1 and Latin Extended-A letters);
/// other bytes are copied unchanged.
std::string fold_case(std::string_view text);

/// fold_case() into `buffer` without allocating; an empty view when the
/// result does not fit (callers use it for single words).
std::string_view fold_case_into(std::string_view text, char* buffer, std::size_t capacity);

/// `text` with leading and trailing blanks removed and every run of blanks
/// (space, tab, no-break space, newline) turned into one space.
std::string fold_blanks(std::string_view text);

/// `text` without leading and trailing ASCII blanks.
std::string_view trim(std::string_view text);

}  // namespace protokol::danish
