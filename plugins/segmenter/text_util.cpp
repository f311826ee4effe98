#include "text_util.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <functional>
#include <iterator>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace protokol::segmenter {
namespace {

unsigned char fold_at(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c >= 'A' && c <= 'Z') return static_cast<unsigned char>(c + 32);
  if (i > 0 && static_cast<unsigned char>(s[i - 1]) == latin1_lead && is_latin1_upper_tail(c)) {
    return static_cast<unsigned char>(c + 0x20);
  }
  return c;
}

// Number of bytes of a blank at `i` (0 when none): ASCII blanks and U+00A0.
std::size_t blank_at(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\v' || c == '\n') return 1;
  if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < s.size() &&
      static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    return 2;
  }
  return 0;
}

std::size_t blank_before(std::string_view s, std::size_t end) {
  if (end == 0) return 0;
  const char c = s[end - 1];
  if (c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\v' || c == '\n') return 1;
  if (end >= 2 && static_cast<unsigned char>(s[end - 2]) == 0xC2 &&
      static_cast<unsigned char>(c) == 0xA0) {
    return 2;
  }
  return 0;
}

}  // namespace

bool equals_ci_any(std::string_view s, std::span<const std::string_view> list) {
  for (const auto v : list) {
    if (equals_ci(s, v)) return true;
  }
  return false;
}

std::string_view trim_blanks(std::string_view s) {
  std::size_t begin = 0;
  while (begin < s.size()) {
    const std::size_t n = blank_at(s, begin);
    if (n == 0) break;
    begin += n;
  }
  std::size_t end = s.size();
  while (end > begin) {
    const std::size_t n = blank_before(s, end);
    if (n == 0) break;
    end -= n;
  }
  return s.substr(begin, end - begin);
}

std::string_view trim_end_chars(std::string_view s, std::string_view chars) {
  for (bool removed = true; removed && !s.empty();) {
    removed = false;
    // `chars` is UTF-8: compare whole characters, never single bytes of one.
    for (std::size_t i = 0; i < chars.size();) {
      std::size_t n = 1;
      const auto lead = static_cast<unsigned char>(chars[i]);
      if (lead >= 0xF0) {
        n = 4;
      } else if (lead >= 0xE0) {
        n = 3;
      } else if (lead >= 0xC0) {
        n = 2;
      }
      const std::string_view c = chars.substr(i, n);
      i += n;
      if (s.ends_with(c)) {
        s = trim(s.substr(0, s.size() - c.size()));
        removed = true;
        break;
      }
    }
  }
  return s;
}

namespace {

// Bytes [from, to) of `a` and `b` fold alike, the bytes before `from`
// matched already.
bool bytes_fold_alike(std::string_view a, std::string_view b, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    // Equal bytes fold alike (the bytes before them matched already, and
    // the Latin-1 lead byte folds to itself only). Bytes that differ fold
    // alike when they are one letter in two cases, 0x20 apart: an ASCII
    // letter, or a Latin-1 letter's second byte after the lead.
    const auto x = static_cast<unsigned char>(a[i]);
    const auto y = static_cast<unsigned char>(b[i]);
    if (x == y) continue;
    const unsigned char upper = std::min(x, y);
    if ((x ^ y) != 0x20) return false;
    if (upper >= 'A' && upper <= 'Z') continue;
    if (i == 0 || static_cast<unsigned char>(a[i - 1]) != latin1_lead ||
        !is_latin1_upper_tail(upper))
      return false;
  }
  return true;
}

}  // namespace

bool equals_ci_same_size(std::string_view a, std::string_view b) {
  // Eight or four bytes at a time (find_fixed, starts_with_ci and the item
  // rows compare lines with labels and headings, ~6 instructions a byte one
  // by one): bytes that fold alike are equal or 0x20 apart, so equal bytes
  // need no more look and a difference in any other bit settles the answer;
  // only bytes with a case difference go byte by byte. The last load of a
  // size that is no multiple overlaps the one before it.
  const std::size_t n = a.size();
  const auto fold_alike = [&](std::size_t at, auto width) {
    using word = decltype(width);
    word x = 0;
    word y = 0;
    std::memcpy(&x, a.data() + at, sizeof(word));
    std::memcpy(&y, b.data() + at, sizeof(word));
    const word differ = static_cast<word>(x ^ y);
    if (differ == 0) return true;
    constexpr word case_bits = static_cast<word>(0x2020202020202020);
    return (differ & static_cast<word>(~case_bits)) == 0 &&
           bytes_fold_alike(a, b, at, at + sizeof(word));
  };
  if (n >= 8) {
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      if (!fold_alike(i, std::uint64_t{})) return false;
    }
    return i == n || fold_alike(n - 8, std::uint64_t{});
  }
  if (n >= 4) return fold_alike(0, std::uint32_t{}) && fold_alike(n - 4, std::uint32_t{});
  return bytes_fold_alike(a, b, 0, n);
}

std::size_t find_ci(std::string_view haystack, std::string_view needle, std::size_t from) {
  if (needle.empty()) return from <= haystack.size() ? from : std::string_view::npos;
  if (from > haystack.size() || haystack.size() - from < needle.size())
    return std::string_view::npos;
  // Bytes that match fold alike, so they are equal or 0x20 apart: equal with
  // 0x20 set in both. Two bytes of the needle are probed so (the first and
  // the last, or the ones inside where blanks stand at the ends), and only
  // starts with both are compared in full.
  const std::size_t last = needle.size() - 1;
  const std::size_t p1 = needle.front() == ' ' && last > 1 ? 1 : 0;
  const std::size_t p2 = needle.back() == ' ' && last > p1 + 1 ? last - 1 : last;
  const auto fold = [](char c) { return static_cast<char>(c | 0x20); };
  const char first = fold(needle[p1]);
  const char second = fold(needle[p2]);
  const char* const start = haystack.data() + from;
  const std::size_t size = haystack.size() - from;
  std::size_t done = 0;  // every match starting before start + done is ruled out
#if defined(__SSE2__)
  const __m128i bit = _mm_set1_epi8(0x20);
  const __m128i first_byte = _mm_set1_epi8(first);
  const __m128i second_byte = _mm_set1_epi8(second);
  // Bit k: the start at + k has both probed bytes.
  const auto probe = [&](std::size_t at) {
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(
        _mm_cmpeq_epi8(
            _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(start + at + p1)), bit),
            first_byte),
        _mm_cmpeq_epi8(
            _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(start + at + p2)), bit),
            second_byte))));
  };
  // The starts of `mask` (bit k: start done + k) in order: the first that
  // holds the needle, npos for none.
  const auto first_match = [&](unsigned mask) {
    for (; mask != 0; mask &= mask - 1) {
      const std::size_t candidate = done + static_cast<std::size_t>(std::countr_zero(mask));
      if (candidate + last < size &&
          equals_ci_same_size(std::string_view(start + candidate, needle.size()), needle))
        return from + candidate;
    }
    return std::string_view::npos;
  };
  for (; done + p2 + 16 <= size; done += 16) {
    if (const std::size_t found = first_match(probe(done)); found != std::string_view::npos)
      return found;
  }
  // Fewer than sixteen starts are left: one more sixteen that ends at the
  // text's end and overlaps the starts already ruled out, which are shifted
  // off its mask, where the byte loop below took up to fifteen turns (most
  // lines asked are under a hundred bytes, so the tail was most of a call).
  if (done > 0 && done + last < size) {
    const std::size_t back = size - p2 - 16;  // the loop stopped: back < done <= back + 16
    const unsigned mask = probe(back) >> (done - back);
    return first_match(mask);
  }
#endif
  for (; done + last < size; ++done) {
    if (fold(start[done + p1]) == first && fold(start[done + p2]) == second &&
        equals_ci_same_size(std::string_view(start + done, needle.size()), needle))
      return from + done;
  }
  return std::string_view::npos;
}

std::size_t find_bytes(std::string_view haystack, std::string_view needle, std::size_t from) {
  if (from > haystack.size()) return std::string_view::npos;
  // memmem may not be given a null pointer, which an empty view may hold
  // (found by fuzz_segment: an empty header line).
  if (needle.empty()) return from;
  if (haystack.size() - from < needle.size()) return std::string_view::npos;
  const char* const start = haystack.data() + from;
  const std::size_t size = haystack.size() - from;
  std::size_t done = 0;  // every match starting before start + done is ruled out
#if defined(__SSE2__)
  // Sixteen starts at a time: a match has two of the needle's bytes at their
  // offsets from the start (W. Muła's "SIMD-friendly algorithms for substring
  // searching"); the few starts with both are compared in full. glibc's
  // memmem sets up a shift table on every call, which costs more than the
  // search on the short lines and phrases here. The last starts go in a
  // sixteen that overlaps the ones before; a text with fewer than sixteen
  // starts goes by memchr to the first probed byte. Needles of one
  // byte, and machines without SSE2, go to memmem.
  if (needle.size() >= 2) {
    const std::size_t last = needle.size() - 1;
    // The two bytes probed: the first and the last, unless a blank stands
    // there and a byte inside can take its place. Blanks are every sixth
    // byte of a text, so " Beslutning " probed at its blanks passes every
    // word of the right length on to the full compare; "B" and "g" pass few.
    const std::size_t p1 = needle.front() == ' ' && last > 1 ? 1 : 0;
    const std::size_t p2 = needle.back() == ' ' && last - 1 > p1 ? last - 1 : last;
    const __m128i first_byte = _mm_set1_epi8(needle[p1]);
    const __m128i last_byte = _mm_set1_epi8(needle[p2]);
    // The starts at `at` of the sixteen whose probed bytes both match.
    const char* const firsts = start + p1;
    const char* const lasts = start + p2;
    const auto probe = [&](std::size_t at) {
      return _mm_and_si128(
          _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(firsts + at)),
                         first_byte),
          _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(lasts + at)), last_byte));
    };
    // The starts of `mask` (bit k: start done + k) in order: the first whose
    // bytes are the needle's, npos for none.
    const auto first_match = [&](std::uint64_t mask) {
      for (; mask != 0; mask &= mask - 1) {
        const std::size_t candidate = done + static_cast<std::size_t>(std::countr_zero(mask));
        if (candidate + last < size &&
            std::memcmp(start + candidate, needle.data(), needle.size()) == 0)
          return from + candidate;
      }
      return std::string_view::npos;
    };
    const auto bits = [](__m128i m) {
      return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(m)));
    };
    // Sixty-four starts a turn on long texts (the whole document's scans):
    // one test for the four sixteens, as most turns have no start with both
    // bytes; fewer instructions a byte than a test for each sixteen.
    for (; done + p2 + 64 <= size; done += 64) {
      const __m128i m0 = probe(done);
      const __m128i m1 = probe(done + 16);
      const __m128i m2 = probe(done + 32);
      const __m128i m3 = probe(done + 48);
      if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(m0, m1), _mm_or_si128(m2, m3))) == 0)
        continue;
      const std::uint64_t mask = bits(m0) | (bits(m1) << 16) | (bits(m2) << 32) | (bits(m3) << 48);
      if (const std::size_t found = first_match(mask); found != std::string_view::npos)
        return found;
    }
    for (; done + p2 + 16 <= size; done += 16) {
      if (const std::size_t found = first_match(bits(probe(done))); found != std::string_view::npos)
        return found;
    }
    // Fewer than sixteen starts are left after a sixteen: one more sixteen
    // that ends at the text's end and overlaps the starts already ruled
    // out, which are shifted off its mask (a memchr call a hit cost more).
    if (done > 0 && done + last < size) {
      const std::size_t back = size - p2 - 16;  // the loop stopped: back < done <= back + 16
      return first_match(bits(probe(back)) >> (done - back));
    }
    // A text shorter than sixteen starts: memchr to each probed first byte.
    while (done + last < size) {
      const void* hit = std::memchr(start + done + p1, needle[p1], size - last - done);
      if (hit == nullptr) break;
      done = static_cast<std::size_t>(static_cast<const char*>(hit) - start) - p1;
      if (start[done + p2] == needle[p2] &&
          std::memcmp(start + done, needle.data(), needle.size()) == 0)
        return from + done;
      ++done;
    }
    return std::string_view::npos;
  }
#endif
  const void* hit = ::memmem(start + done, size - done, needle.data(), needle.size());
  return hit == nullptr ? std::string_view::npos
                        : static_cast<std::size_t>(static_cast<const char*>(hit) - haystack.data());
}

bool is_table_rule_line(std::string_view s) {
  s = trim(s);
  return s.starts_with('|') && s.find('-') != std::string_view::npos &&
         s.find_first_not_of("|-: ") == std::string_view::npos;
}

bool ends_lower(std::string_view s) {
  if (s.empty()) return false;
  const auto c = static_cast<unsigned char>(s.back());
  if (c >= 'a' && c <= 'z') return true;
  return s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == latin1_lead &&
         is_latin1_lower_tail(c);
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time (every title's key is folded, ~12 instructions a
  // byte one by one): fold_at's two cases as masks, each byte compared with
  // the one before it. An ASCII capital gains 0x20, and so does a Latin-1
  // capital's second byte (0x80..0x9E but 0x97, after the lead byte 0xC3).
  // Bytes are compared as signed after flipping the top bit.
  if (s.size() > 16) {
    out[0] = static_cast<char>(fold_at(s, 0));
    const auto at = [](char c) { return _mm_set1_epi8(static_cast<char>(c ^ '\x80')); };
    const __m128i flip = _mm_set1_epi8('\x80');
    const __m128i bit = _mm_set1_epi8(0x20);
    for (i = 1; i + 16 <= s.size(); i += 16) {
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i - 1));
      const __m128i c = _mm_xor_si128(bytes, flip);
      const __m128i ascii_capital =
          _mm_and_si128(_mm_cmpgt_epi8(c, at('A' - 1)), _mm_cmplt_epi8(c, at('Z' + 1)));
      const __m128i latin1_capital = _mm_andnot_si128(
          _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\x97')),
          _mm_and_si128(
              _mm_cmpeq_epi8(before, _mm_set1_epi8(static_cast<char>(latin1_lead))),
              _mm_and_si128(_mm_cmpgt_epi8(c, at('\x7F')), _mm_cmplt_epi8(c, at('\x9F')))));
      const __m128i folded =
          _mm_or_si128(bytes, _mm_and_si128(_mm_or_si128(ascii_capital, latin1_capital), bit));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(out.data() + i), folded);
    }
  }
#endif
  for (; i < s.size(); ++i) out[i] = static_cast<char>(fold_at(s, i));
  return out;
}

std::string collapse_blanks(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  append_clean(out, s);
  return out;
}

namespace {

// Bytes append_clean() looks at: blanks (0xC2 may lead a no-break space) and
// the emphasis marks; the bytes between them are copied as they are.
constexpr auto clean_stops = [] {
  std::array<bool, 256> t{};
  for (const unsigned char c : {' ', '\t', '\f', '\r', '\v', '\n', '*', '_'}) t[c] = true;
  t[0xC2] = true;
  return t;
}();

}  // namespace

void append_clean(std::string& out, std::string_view s) {
  s = trim(s);
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t blank = blank_at(s, i);
    if (blank > 0) {
      pending_space = true;
      i += blank;
      continue;
    }
    if ((s[i] == '*' || s[i] == '_') && i + 1 < s.size() && s[i + 1] == s[i]) {
      i += 2;
      continue;
    }
    if (pending_space && !out.empty() && out.back() != ' ') out += ' ';
    pending_space = false;
    // A run goes on over single spaces between words: they are copied as
    // they are, where stopping at each would append word by word.
    std::size_t end = i + 1;
    while (end < s.size()) {
      if (!clean_stops[static_cast<unsigned char>(s[end])]) {
        ++end;
      } else if (s[end] == ' ' && end + 1 < s.size() &&
                 !clean_stops[static_cast<unsigned char>(s[end + 1])]) {
        end += 2;
      } else {
        break;
      }
    }
    out.append(s.substr(i, end - i));
    i = end;
  }
}

namespace {

// Characters changed for matching: the UTF-8 bytes and their replacement
// ("" removes the character). Reviewers: docs/segmentation.md, "Lines".
struct invisible {
  std::string_view bytes;
  std::string_view replacement;
};
constexpr invisible invisibles[] = {
    {"\xC2\xA0", " "},      // no-break space
    {"\xE2\x80\xAF", " "},  // narrow no-break space
    {"\xE2\x80\x89", " "},  // thin space
    {"\xC2\xAD", ""},       // soft hyphen
    {"\xE2\x80\x8B", ""},   // zero-width space
    {"\xE2\x80\x8C", ""},   // zero-width non-joiner
    {"\xE2\x80\x8D", ""},   // zero-width joiner
    {"\xE2\x81\xA0", ""},   // word joiner
    {"\xEF\xBB\xBF", ""},   // zero-width no-break space (BOM)
};

const invisible* invisible_at(std::string_view text, std::size_t i) {
  for (const auto& v : invisibles) {
    if (text.substr(i, v.bytes.size()) == v.bytes) return &v;
  }
  return nullptr;
}

// The first byte at or after `from` that can start a character matching_text
// replaces (they all start with C2, E2 or EF; most texts have none), for
// `from` asked in increasing order. Each lead byte's next place is kept and
// searched for again only once `from` has passed it: a text with a dash
// ("–", E2 80 93) on every page and no no-break space (C2 A0) was searched
// to its end for C2 at every dash.
class lead_finder {
 public:
  explicit lead_finder(std::string_view s) : s_(s) {}

  std::size_t next(std::size_t from) {
    std::size_t nearest = s_.size();
    for (std::size_t k = 0; k < leads.size(); ++k) {
      // Still the next one unless `from` passed it, or the search began
      // after `from` (not so in matching_text, but a wrong answer else).
      if (from < searched_from_[k] || (next_[k] < from && next_[k] != s_.size())) {
        const void* p =
            from < s_.size() ? std::memchr(s_.data() + from, leads[k], s_.size() - from) : nullptr;
        next_[k] = p == nullptr ? s_.size()
                                : static_cast<std::size_t>(static_cast<const char*>(p) - s_.data());
        searched_from_[k] = from;
      }
      nearest = std::min(nearest, next_[k]);
    }
    return nearest;
  }

 private:
  static constexpr std::array<char, 3> leads = {'\xC2', '\xE2', '\xEF'};
  std::string_view s_;
  std::array<std::size_t, 3> next_{};
  // Where each byte was last searched from; past the end: not yet.
  std::array<std::size_t, 3> searched_from_{std::string_view::npos, std::string_view::npos,
                                            std::string_view::npos};
};

}  // namespace

matching_text::matching_text(std::string_view original) : original_(original) {
  lead_finder leads(original);
  std::size_t i = leads.next(0);
  while (i < original.size() && invisible_at(original, i) == nullptr) i = leads.next(i + 1);
  if (i == original.size()) return;
  changed_ = true;
  text_.reserve(original.size());
  std::size_t removed = 0;
  std::size_t done = 0;
  for (; i < original.size(); i = leads.next(i + 1)) {
    const invisible* v = invisible_at(original, i);
    if (v == nullptr) continue;
    text_.append(original.substr(done, i - done));
    text_.append(v->replacement);
    removed += v->bytes.size() - v->replacement.size();
    // A replaced character keeps its own offset; what follows moves.
    shifts_.push_back({text_.size(), removed});
    done = i + v->bytes.size();
    i = done - 1;
  }
  text_.append(original.substr(done));
}

std::size_t matching_text::original(std::size_t offset) const {
  if (!changed_) return offset;
  // The last shift that starts at or before `offset`.
  auto it = std::upper_bound(shifts_.begin(), shifts_.end(), offset,
                             [](std::size_t o, const shift& s) { return o < s.from; });
  if (it == shifts_.begin()) return offset;
  return offset + std::prev(it)->removed;
}

std::size_t count_byte(std::string_view text, char byte) {
  std::size_t count = 0;
  const char* p = text.data();
  const char* const end = p + text.size();
#if defined(__SSE2__)
  // Each block adds 1 to a byte lane per hit (cmpeq gives -1), four blocks a
  // step; the lanes are summed into `count` before any of them can pass 255.
  constexpr std::size_t max_blocks = 252;
  const __m128i wanted = _mm_set1_epi8(byte);
  const auto hits = [&](const char* at) {
    return _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(at)), wanted);
  };
  while (end - p >= 16) {
    const char* const stop = p + 16 * std::min(static_cast<std::size_t>(end - p) / 16, max_blocks);
    __m128i lanes = _mm_setzero_si128();
    for (; stop - p >= 64; p += 64) {
      lanes = _mm_sub_epi8(lanes, _mm_add_epi8(_mm_add_epi8(hits(p), hits(p + 16)),
                                               _mm_add_epi8(hits(p + 32), hits(p + 48))));
    }
    for (; p < stop; p += 16) lanes = _mm_sub_epi8(lanes, hits(p));
    const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
    count += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) +
             static_cast<std::size_t>(_mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
  }
#endif
  for (; p < end; ++p) count += *p == byte ? 1 : 0;
  return count;
}

std::string_view leading_digits(std::string_view text, std::size_t max_digits) {
  std::size_t n = 0;
  while (n < text.size() && n < max_digits && text[n] >= '0' && text[n] <= '9') ++n;
  return text.substr(0, n);
}

unsigned digits_value(std::string_view digits) {
  if (digits.empty() || digits.size() > 4) return 0;
  unsigned value = 0;
  for (const char c : digits) {
    if (c < '0' || c > '9') return 0;
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  return value;
}

bool split_label_value(std::string_view text, std::string_view& label, std::string_view& value) {
  std::size_t cut = text.find_first_of(":\t");
  if (const std::size_t blanks = text.find("  "); blanks < cut) cut = blanks;
  if (cut == std::string_view::npos) return false;
  label = trim(text.substr(0, cut));
  value = trim(text.substr(cut + 1));
  if (value.starts_with(':')) value = trim(value.substr(1));
  return true;
}

// No lowercase letter in `text` (ASCII, or Latin-1's in UTF-8: C3 A0-BF),
// and a capital.
bool in_capitals(std::string_view text) {
  bool capital = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 'a' && c <= 'z') return false;
    if (c == 0xC3 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0xA0)
      return false;
    capital = capital || (c >= 'A' && c <= 'Z');
  }
  return capital;
}

}  // namespace protokol::segmenter
