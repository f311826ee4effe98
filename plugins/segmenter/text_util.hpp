// text_util.hpp: byte-level helpers for UTF-8 Danish text that never
// allocate: trimming, case-insensitive comparison, letter case of the first
// character. Case folding covers ASCII and the Latin-1 letters (Æ Ø Å É Ü
// ...), which is all Danish headings and labels need.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "danish/text.hpp"

namespace protokol::segmenter {

/// `s` without leading and trailing blanks (space, tab, form feed, CR,
/// no-break space): trim_blanks, after a check inline of the two end bytes,
/// which settles most calls (nearly every rule trims the line it asks of).
std::string_view trim_blanks(std::string_view s);
inline std::string_view trim(std::string_view s) {
  // Every blank byte is at most ' '; a no-break space starts with 0xC2 and
  // ends with 0xA0.
  const auto byte = [](char c) { return static_cast<unsigned char>(c); };
  if (!s.empty() && byte(s.front()) > ' ' && byte(s.front()) != 0xC2 && byte(s.back()) > ' ' &&
      byte(s.back()) != 0xA0)
    return s;
  return trim_blanks(s);
}

/// Splits "Label: value" and a table's row as text gives it, the cells apart
/// by a tab or a run of two or more blanks ("Status<TAB>Lukket", "Status
/// Lukket" with blanks between): the label before the first colon, tab or
/// run, and the value after it, trimmed, a colon before it dropped ("Status
/// : Lukket"). False when `text` has none of them.
bool split_label_value(std::string_view text, std::string_view& label, std::string_view& value);

/// The digits `text` starts with, at most `max_digits` of them ("12. Budget"
/// gives "12"); empty when it starts with none.
std::string_view leading_digits(std::string_view text, std::size_t max_digits = 3);

/// The value of `digits` when all of them are digits, at most four of them
/// ("12" gives 12); 0 for "", "12a" and anything else.
unsigned digits_value(std::string_view digits);

/// trim_end() once `s` is trimmed and ends in one of the bytes of `chars`.
std::string_view trim_end_chars(std::string_view s, std::string_view chars);

/// `s` without trailing characters (UTF-8) from `chars`, then trimmed.
/// Inline: most calls (a line without its colon) end at the last byte.
inline std::string_view trim_end(std::string_view s, std::string_view chars) {
  s = trim(s);
  if (s.empty()) return s;
  // Every character of `chars` ends in one of its bytes: a last byte that
  // is none of them ends the work. `chars` is a few bytes: no memchr.
  for (const char c : chars) {
    if (c == s.back()) return trim_end_chars(s, chars);
  }
  return s;
}

/// True when `a` and `b` are equal ignoring case (ASCII and Latin-1 letters).
/// Inline: most calls compare a line with a label of another length.
bool equals_ci_same_size(std::string_view a, std::string_view b);
inline bool equals_ci(std::string_view a, std::string_view b) {
  return a.size() == b.size() && equals_ci_same_size(a, b);
}

/// True when `s` equals one of `list` ignoring case (equals_ci).
bool equals_ci_any(std::string_view s, std::span<const std::string_view> list);

/// True when `s` starts with `prefix` ignoring case. Inline: called on
/// every line, and most calls end at the first byte.
inline bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  if (prefix.empty()) return true;
  // A Latin-1 letter's first byte is the same in both cases, so folding
  // ASCII alone decides the first byte.
  const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  return lower(s[0]) == lower(prefix[0]) && equals_ci(s.substr(0, prefix.size()), prefix);
}

/// Whether `t` has `word` at `p` ignoring case (starts_with_ci), as
/// (?i:word) matches a word of ASCII letters and "ø" in text of ASCII and
/// Latin-1; moves `p` past it. The hand readers of item rows and decision
/// headings take their words so.
inline bool skip_word_ci(std::string_view t, std::size_t& p, std::string_view word) {
  if (!starts_with_ci(t.substr(p), word)) return false;
  p += word.size();
  return true;
}

/// The first-byte prefilter for lists of labels (danish/text.hpp).
using danish::first_byte_set;

/// The first two bytes of `s` (two at least) with 0x20 set in each: bytes
/// equal ignoring case (equals_ci) are equal or 0x20 apart, so equal so. A
/// label's key against a line's rules out most labels before starts_with_ci.
constexpr std::uint16_t folded_first_two(std::string_view s) {
  return static_cast<std::uint16_t>(((static_cast<unsigned char>(s[0]) | 0x20) << 8) |
                                    (static_cast<unsigned char>(s[1]) | 0x20));
}

/// Position of `needle` in `haystack` ignoring case, or npos.
std::size_t find_ci(std::string_view haystack, std::string_view needle, std::size_t from = 0);

/// find_bytes(view, needle) for views into one `whole` text asked in order
/// of position (a document's lines, pass by pass): the whole text is searched
/// lazily, once, instead of every view on its own. A pass asking each of a
/// document's lines for one phrase spent ~190 instructions a line, most of it
/// setting up searches of short lines. A view outside `whole`, or before the
/// last one asked, is searched on its own.
class ordered_finder {
 public:
  ordered_finder(std::string_view whole, std::string_view needle)
      : whole_(whole), needle_(needle) {}
  /// The needle's position in `view`, as find_bytes(view, needle) gives it.
  /// Inline: asked of every line, most of which hold no match, and nearly
  /// all of them answered by the last search (~31 instructions a call out
  /// of line).
  std::size_t find_in(std::string_view view);

 private:
  std::string_view whole_;
  std::string_view needle_;
  std::size_t searched_from_ = std::string_view::npos;  // npos: nothing searched yet
  std::size_t next_ = std::string_view::npos;  // the first match at or after searched_from_
};

/// How many times `byte` stands in `text` (std::count). Sixteen bytes at a
/// time: a whole document's line feeds are counted before its lines are cut
/// (a memchr call a line cost more than the count).
std::size_t count_byte(std::string_view text, char byte);

/// Position of `needle` in `haystack` at or after `from`, or npos. Uses
/// memmem, which is much faster than string_view::find for needles whose
/// first byte is common (a blank, a vowel).
std::size_t find_bytes(std::string_view haystack, std::string_view needle, std::size_t from = 0);

inline std::size_t ordered_finder::find_in(std::string_view view) {
  constexpr std::size_t npos = std::string_view::npos;
  const std::less<const char*> before;
  if (view.empty() || before(view.data(), whole_.data()) ||
      before(whole_.data() + whole_.size(), view.data() + view.size()))
    return find_bytes(view, needle_);
  const auto begin = static_cast<std::size_t>(view.data() - whole_.data());
  // The last search's first match is this view's too when the search began
  // at or before the view and found nothing before it.
  if (searched_from_ == npos || begin < searched_from_ || (next_ != npos && next_ < begin)) {
    searched_from_ = begin;
    next_ = find_bytes(whole_, needle_, begin);
  }
  if (next_ == npos || next_ + needle_.size() > begin + view.size()) return npos;
  return next_ - begin;
}

/// "|---|:---:|": the rule under a markdown table's header row (lines.cpp
/// writes a grid table's borders so too).
bool is_table_rule_line(std::string_view s);

// A Latin-1 letter is 0xC3 followed by 0x80..0xBF; 0x80..0x9E are the
// uppercase ones (except 0x97, the multiplication sign), lowercase = +0x20.
inline constexpr unsigned char latin1_lead = 0xC3;

constexpr bool is_latin1_upper_tail(unsigned char c) { return c >= 0x80 && c <= 0x9E && c != 0x97; }
constexpr bool is_latin1_lower_tail(unsigned char c) { return c >= 0x9F && c <= 0xBF && c != 0xB7; }

/// True when the first character is an uppercase letter. Inline: called
/// for nearly every line by many rules, where the call cost more than the test.
inline bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  const auto c = static_cast<unsigned char>(s[0]);
  if (c >= 'A' && c <= 'Z') return true;
  return c == latin1_lead && s.size() > 1 && is_latin1_upper_tail(static_cast<unsigned char>(s[1]));
}

/// No lowercase letter in `text` (ASCII, or Latin-1's in UTF-8), and a capital.
bool in_capitals(std::string_view text);

/// True when the first character is a lowercase letter. Inline, as starts_upper.
inline bool starts_lower(std::string_view s) {
  if (s.empty()) return false;
  const auto c = static_cast<unsigned char>(s[0]);
  if (c >= 'a' && c <= 'z') return true;
  return c == latin1_lead && s.size() > 1 && is_latin1_lower_tail(static_cast<unsigned char>(s[1]));
}

/// True when the last character is a lowercase letter.
bool ends_lower(std::string_view s);

/// True when the first byte is an ASCII digit.
inline bool starts_digit(std::string_view s) { return !s.empty() && s[0] >= '0' && s[0] <= '9'; }

/// True when `s` holds an ASCII digit anywhere: a byte test, cheaper than
/// find_first_of("0123456789"), for prefilters asked of every line
/// (std::any_of, which libstdc++ unrolls: a plain loop cost 6 % more).
inline bool holds_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// Lowercase copy (ASCII and Latin-1 letters).
std::string to_lower(std::string_view s);

/// Copy with every run of blanks turned into one space and the ends trimmed.
std::string collapse_blanks(std::string_view s);

/// Appends `s` to `out` with runs of blanks collapsed to one space and
/// emphasis markers ("**", "__") removed.
void append_clean(std::string& out, std::string_view s);

/// The document text as the segmenter matches it: no-break and thin spaces
/// are plain spaces, soft hyphens and zero-width characters (U+200B..U+200D,
/// U+2060, U+FEFF) are gone, so "Punkt\u00a01:" and "Sags\u00adfremstilling"
/// match like "Punkt 1:" and "Sagsfremstilling". `original()` maps a byte
/// offset in `text` back to the document's own text.
class matching_text {
 public:
  explicit matching_text(std::string_view original);

  /// The text to match: the original itself when nothing needed a change.
  std::string_view text() const { return changed_ ? std::string_view(text_) : original_; }

  /// The offset in the original text of byte `offset` of `text()`.
  std::size_t original(std::size_t offset) const;

 private:
  struct shift {
    std::size_t from;     ///< offset in text_ from which `removed` applies
    std::size_t removed;  ///< bytes dropped before it, in all
  };
  std::string_view original_;
  std::string text_;
  std::vector<shift> shifts_;
  bool changed_ = false;
};

}  // namespace protokol::segmenter
