// text_util.hpp: byte-level helpers for UTF-8 Danish text that never
// allocate: trimming, case-insensitive comparison, letter case of the first
// character. Case folding covers ASCII and the Latin-1 letters (Æ Ø Å É Ü
// ...), which is all Danish headings and labels need.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace protokol::segmenter {

/// `s` without leading and trailing blanks (space, tab, form feed, CR,
/// no-break space).
std::string_view trim(std::string_view s);

/// `s` without trailing characters from `chars`, then trimmed.
std::string_view trim_end(std::string_view s, std::string_view chars);

/// True when `a` and `b` are equal ignoring case (ASCII and Latin-1 letters).
bool equals_ci(std::string_view a, std::string_view b);

/// True when `s` starts with `prefix` ignoring case.
bool starts_with_ci(std::string_view s, std::string_view prefix);

/// Position of `needle` in `haystack` ignoring case, or npos.
std::size_t find_ci(std::string_view haystack, std::string_view needle, std::size_t from = 0);

/// True when the first character is an uppercase letter.
bool starts_upper(std::string_view s);

/// True when the first character is a lowercase letter.
bool starts_lower(std::string_view s);

/// True when the first byte is an ASCII digit.
inline bool starts_digit(std::string_view s) { return !s.empty() && s[0] >= '0' && s[0] <= '9'; }

/// Lowercase copy (ASCII and Latin-1 letters).
std::string to_lower(std::string_view s);

/// Copy with every run of blanks turned into one space and the ends trimmed.
std::string collapse_blanks(std::string_view s);

/// Appends `s` to `out` with runs of blanks collapsed to one space and
/// emphasis markers ("**", "__") removed.
void append_clean(std::string& out, std::string_view s);

}  // namespace protokol::segmenter
