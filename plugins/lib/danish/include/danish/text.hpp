// danish/text.hpp: the few UTF-8 helpers the Danish tables need (letters of
// Latin-1 and Latin Extended-A, case folding, blank folding). Full Unicode
// is not needed here: Danish names and words stay within these blocks, and
// anything beyond them is treated as "not a letter", which only costs recall.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace protokol::danish {

/// The code point starting at byte `pos` of `text`; `length` receives its
/// byte length (1 for a stray byte, which decodes as U+FFFD).
inline char32_t decode_at(std::string_view text, std::size_t pos, std::size_t& length) {
  length = 1;
  if (pos >= text.size()) return 0;
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80) return b0;
  std::size_t need = 0;
  char32_t c = 0;
  if ((b0 & 0xE0) == 0xC0) {
    need = 1;
    c = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    need = 2;
    c = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    need = 3;
    c = b0 & 0x07;
  } else {
    return 0xFFFD;
  }
  if (pos + need >= text.size()) return 0xFFFD;
  for (std::size_t i = 1; i <= need; ++i) {
    const auto b = static_cast<unsigned char>(text[pos + i]);
    if ((b & 0xC0) != 0x80) return 0xFFFD;
    c = (c << 6) | (b & 0x3F);
  }
  length = need + 1;
  return c;
}

/// The code point ending just before byte `pos`; `length` receives its byte
/// length. Returns 0 at the start of the text.
char32_t decode_before(std::string_view text, std::size_t pos, std::size_t& length);

/// True for ASCII letters and the Latin-1 / Latin Extended-A letters.
inline bool is_letter(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  if (c >= 0xC0 && c <= 0xFF) return c != 0xD7 && c != 0xF7;
  return c >= 0x100 && c <= 0x17F;
}

/// True for an uppercase letter (A-Z, À-Þ except ×, and the uppercase
/// Latin Extended-A letters).
inline bool is_upper(char32_t c) {
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  // Latin Extended-A alternates upper/lower, except a few runs we can ignore.
  if (c >= 0x100 && c <= 0x137) return c % 2 == 0;
  if (c >= 0x139 && c <= 0x148) return c % 2 == 1;
  if (c >= 0x14A && c <= 0x177) return c % 2 == 0;
  return c == 0x178 || c == 0x179 || c == 0x17B || c == 0x17D;
}

/// True for letters and ASCII digits: what a word is made of.
inline bool is_word_char(char32_t c) { return is_letter(c) || (c >= '0' && c <= '9'); }

/// True when the first code point of `text` is an uppercase letter.
inline bool starts_upper(std::string_view text) {
  std::size_t len = 0;
  return !text.empty() && is_upper(decode_at(text, 0, len));
}

/// True when the first code point of `text` is a lowercase letter.
inline bool starts_lower(std::string_view text) {
  std::size_t len = 0;
  if (text.empty()) return false;
  const char32_t c = decode_at(text, 0, len);
  return is_letter(c) && !is_upper(c);
}

/// The word of `text` at `pos`, up to the next of `separators`, with `pos`
/// moved past that separator: `for (pos = 0; pos < text.size();)` and one
/// call a turn walks the words (an empty one between two separators).
inline std::string_view next_word(std::string_view text, std::size_t& pos,
                                  std::string_view separators = " ") {
  std::size_t end = text.find_first_of(separators, pos);
  if (end == std::string_view::npos) end = text.size();
  const std::string_view word = text.substr(pos, end - pos);
  pos = end + 1;
  return word;
}

/// Lowercase copy of `text` (ASCII, Latin-1 and Latin Extended-A letters);
/// other bytes are copied unchanged.
std::string fold_case(std::string_view text);

/// A letter of Latin-1 at `pos` (lead byte 0xC3 and a continuation byte:
/// "Æ", "ø") folded as fold_case() folds it, without decoding: À-Þ but ×
/// (0xD7) to the letter 0x20 on, two bytes into `out`. False, writing
/// nothing, for any other sequence. Inline: fold_case() asks it of every
/// non-ASCII letter.
inline bool fold_latin1(std::string_view text, std::size_t pos, char* out) {
  if (static_cast<unsigned char>(text[pos]) != 0xC3 || pos + 1 >= text.size()) return false;
  const auto second = static_cast<unsigned char>(text[pos + 1]);
  if ((second & 0xC0) != 0x80) return false;
  out[0] = text[pos];
  out[1] = static_cast<char>(second <= 0x9E && second != 0x97 ? second + 0x20 : second);
  return true;
}

/// fold_case() into `buffer` without allocating; an empty view when the
/// result does not fit (callers use it for single words).
std::string_view fold_case_into(std::string_view text, char* buffer, std::size_t capacity);

/// `text` with leading and trailing blanks removed and every run of blanks
/// (space, tab, no-break space, newline) turned into one space.
std::string fold_blanks(std::string_view text);

/// fold_blanks() into `buffer`, which must hold `text.size()` bytes (the
/// result is never longer).
std::string_view fold_blanks_into(std::string_view text, char* buffer);

/// Bytes of the list bullet that starts `text` ("• ", "- ", "▪\t": one of
/// "•", "·", "▪", "●", "-", "–", "*" and a blank or tab after it), without the
/// blank; 0 when `text` starts with none.
inline std::size_t bullet_length(std::string_view text) {
  // The first byte tells a bullet's size: "-" and "*" are one byte, "·"
  // (0xC2) two, "•", "▪", "●" and "–" (0xE2) three. No bullet is another's
  // prefix, so at most one can match; a switch on that byte turns most lines
  // away at once instead of seven comparisons (~275 instructions a bulleted
  // line).
  if (text.empty()) return 0;
  std::size_t size = 0;
  switch (static_cast<unsigned char>(text[0])) {
    case '-':
    case '*':
      size = 1;
      break;
    case 0xC2:
      size = text.starts_with("·") ? 2 : 0;
      break;
    case 0xE2:
      size = text.starts_with("•") || text.starts_with("▪") || text.starts_with("●") ||
                     text.starts_with("–")
                 ? 3
                 : 0;
      break;
    default:
      return 0;
  }
  if (size == 0 || text.size() <= size || (text[size] != ' ' && text[size] != '\t')) return 0;
  return size;
}

/// The first bytes of a list of words in both ASCII cases. A text whose
/// first byte is not among them starts with none of the words
/// (in any ASCII case): most lines are ruled out by one lookup instead of a
/// comparison per word.
class first_byte_set {
 public:
  template <class Words>
  constexpr explicit first_byte_set(const Words& words) {
    for (const std::string_view w : words) {
      if (w.empty()) {
        empty_word_ = true;
        continue;
      }
      const char c = w[0];
      bytes_[static_cast<unsigned char>(c)] = true;
      if (c >= 'a' && c <= 'z') bytes_[static_cast<unsigned char>(c - 32)] = true;
      if (c >= 'A' && c <= 'Z') bytes_[static_cast<unsigned char>(c + 32)] = true;
    }
  }
  /// False when `s` starts with none of the words.
  constexpr bool may_start(std::string_view s) const {
    return empty_word_ || (!s.empty() && bytes_[static_cast<unsigned char>(s[0])]);
  }

 private:
  std::array<bool, 256> bytes_{};
  bool empty_word_ = false;
};

/// The blanks RE2's `\s` matches: space, tab, line feed, form feed and
/// carriage return (not the vertical tab). Checks made before a pattern runs
/// must read its blanks as it does.
inline bool is_re2_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

/// The first place at or after `pos` that is no is_re2_blank() blank (or
/// text.size()): where a hand reader of a pattern goes on after its `\s*`.
inline std::size_t skip_re2_blanks(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_re2_blank(text[pos])) ++pos;
  return pos;
}

/// `text` without leading and trailing ASCII blanks (those of is_re2_blank).
inline std::string_view trim(std::string_view text) {
  while (!text.empty() && is_re2_blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_re2_blank(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace protokol::danish
