// Lines, markdown markup and pdftotext page furniture.
#include "lines.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "heading_map.hpp"
#include "item_headings.hpp"
#include "test_support.hpp"
#include "text_util.hpp"
#include "titles.hpp"

namespace protokol::segmenter {
namespace {

using testing::segment_text;

bool never_protected(std::string_view) { return false; }

// Case folding as the case-insensitive helpers promise it, byte by byte:
// ASCII capitals, and a Latin-1 capital's second byte after its lead 0xC3
// (not the multiplication sign, 0x97). The plain definition the fast ones
// are tested against.
std::string fold(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + 32);
    if (i > 0 && static_cast<unsigned char>(s[i - 1]) == 0xC3 && c >= 0x80 && c <= 0x9E &&
        c != 0x97)
      out[i] = static_cast<char>(c + 0x20);
  }
  return out;
}

// append_clean() as its doc comment says it, word by word: the fast one
// copies runs of words with their single spaces and must agree.
std::string clean_word_by_word(std::string_view s) {
  std::string out;
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size();) {
    const bool nbsp = s.substr(i, 2) == "\xC2\xA0";
    if (nbsp || std::string_view(" \t\f\r\v\n").find(s[i]) != std::string_view::npos) {
      pending_space = true;
      i += nbsp ? 2 : 1;
    } else if ((s[i] == '*' || s[i] == '_') && i + 1 < s.size() && s[i + 1] == s[i]) {
      i += 2;
    } else {
      if (pending_space && !out.empty() && out.back() != ' ') out += ' ';
      pending_space = false;
      out += s[i++];
    }
  }
  return out;
}

TEST(SegmenterLines, CleaningCollapsesBlanksAndDropsEmphasisAsWordByWord) {
  const std::string_view pieces[] = {"a",    "Ø", " ", " ",  "\t",  "\xC2\xA0",
                                     "\xC2", "*", "_", "**", "x-y", "\n"};
  unsigned state = 7;
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const unsigned length = (state = state * 1103515245U + 12345U) >> 16 & 15U;
    for (unsigned k = 0; k < length; ++k) {
      state = state * 1103515245U + 12345U;
      s += pieces[(state >> 16) % std::size(pieces)];
    }
    std::string expected = clean_word_by_word(s);
    while (!expected.empty() && expected.back() == ' ') expected.pop_back();
    EXPECT_EQ(collapse_blanks(s), expected) << '"' << s << '"';
    std::string appended = "x ";
    append_clean(appended, s);
    EXPECT_EQ(appended, "x " + expected) << '"' << s << '"';
  }
}

// find_bytes() checks sixty-four starts at a time, then sixteen, then the
// last sixteen of the text (a shorter text goes to memchr): it finds what
// std::string_view::find finds, at
// every offset, in texts long enough for a few turns of sixty-four.
TEST(SegmenterLines, FindBytesFindsWhatFindFinds) {
  const std::string_view alphabet = "kommuneKae \xC3\xB8";
  unsigned state = 11;
  auto next = [&] { return (state = state * 1103515245U + 12345U) >> 16; };
  for (int round = 0; round < 30000; ++round) {
    std::string haystack;
    const unsigned length = next() % (round % 2 == 0 ? 80 : 300);
    for (unsigned k = 0; k < length; ++k) haystack += alphabet[next() % alphabet.size()];
    std::string needle;
    const unsigned needle_length = next() % 9;
    // Blanks at a needle's ends are probed one byte inside: some needles
    // get them.
    for (unsigned k = 0; k < needle_length; ++k) needle += alphabet[next() % 4];
    if (next() % 4 == 0) needle = "kommune";
    if (next() % 3 == 0) needle.insert(0, " ");
    if (next() % 3 == 0) needle += ' ';
    const std::size_t from = next() % (length + 2);
    const std::size_t expected = from > haystack.size()
                                     ? std::string_view::npos
                                     : std::string_view(haystack).find(needle, from);
    EXPECT_EQ(find_bytes(haystack, needle, from), expected)
        << '"' << haystack << "\" \"" << needle << "\" " << from;
  }
}

// count_byte() counts sixteen bytes at a time in byte lanes it sums before
// any can pass 255: it counts what std::count counts, in texts of every
// length up to several runs of 255 blocks, the byte dense or sparse.
TEST(SegmenterLines, CountByteCountsWhatStdCountCounts) {
  unsigned state = 13;
  auto next = [&] { return (state = state * 1103515245U + 12345U) >> 16; };
  for (int round = 0; round < 400; ++round) {
    const std::size_t length = round < 100 ? next() % 40 : next() % 12000;
    const unsigned density = 1 + next() % 8;  // one byte in `density` is a line feed
    std::string text;
    for (std::size_t k = 0; k < length; ++k)
      text += next() % density == 0 ? '\n' : static_cast<char>('a' + next() % 3);
    const auto expected = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    EXPECT_EQ(count_byte(text, '\n'), expected) << length << " bytes, 1 in " << density;
    EXPECT_EQ(count_byte(text, 'a'),
              static_cast<std::size_t>(std::count(text.begin(), text.end(), 'a')));
  }
  EXPECT_EQ(count_byte(std::string(255 * 16 * 3 + 7, '\xFF'), '\xFF'), 255u * 16 * 3 + 7);
}

// may_mark_closed() looks for its stems' pairs of bytes sixteen at a time:
// it answers as a search for each stem would, wherever the stem stands.
TEST(SegmenterLines, MayMarkClosedFindsEveryStemAtEveryOffset) {
  const std::string_view stems[] = {"ukke", "UKKE", "ortrolig", "ORTROLIG", "ffentlig", "FFENTLIG"};
  const std::string_view alphabet = "ukeortligfUKERTFn ø";
  unsigned state = 7;
  auto next = [&] { return (state = state * 1103515245U + 12345U) >> 16; };
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const unsigned length = next() % 70;
    for (unsigned k = 0; k < length; ++k) text += alphabet[next() % alphabet.size()];
    if (next() % 3 == 0) text.insert(next() % (text.size() + 1), stems[next() % 6]);
    const bool expected = std::any_of(std::begin(stems), std::end(stems), [&](std::string_view w) {
      return text.find(w) != std::string::npos;
    });
    EXPECT_EQ(may_mark_closed(text), expected) << '"' << text << '"';
  }
  // A stem ending the text: its pair among the last starts, which a line of
  // seventeen bytes or more reads in a sixteen overlapping the ones before.
  for (std::size_t pad = 0; pad <= 40; ++pad) {
    for (const std::string_view stem : stems) {
      const std::string text = std::string(pad, 'n') + std::string(stem);
      EXPECT_TRUE(may_mark_closed(text)) << '"' << text << '"';
      EXPECT_FALSE(may_mark_closed(text.substr(0, text.size() - 1) + "x")) << '"' << text << '"';
    }
  }
}

// holds_closed_marker_word() looks for its words' pairs of bytes sixteen at
// a time, the last sixteen or fewer in a zeroed copy: it answers as a search
// for each word would, wherever the word stands (texts of 0 to 80 bytes, so
// short titles and tails of every length), the bracketed words only when
// asked for them.
TEST(SegmenterLines, HoldsClosedMarkerWordFindsEveryWordAtEveryOffset) {
  const std::string_view words[] = {"ukket",   "UKKET",        "ukkede",      "UKKEDE",
                                    "rtrolig", "RTROLIG",      "ffentlig",    "FFENTLIG",
                                    "Closed",  "\xF0\x9F\x94", "onfidential", "ot public"};
  constexpr std::size_t bracketed_words = 2;  // the last two
  const std::string_view alphabet = "ukeortligfUKERTFCldnbp \xF0\x9F\x94\xC3\xB8";
  unsigned state = 9;
  auto next = [&] { return (state = state * 1103515245U + 12345U) >> 16; };
  for (int round = 0; round < 40000; ++round) {
    std::string text;
    const unsigned length = next() % 70;
    for (unsigned k = 0; k < length; ++k) text += alphabet[next() % alphabet.size()];
    if (next() % 3 == 0) {
      const std::string_view w = words[next() % std::size(words)];
      // Sometimes a word cut short by a byte: found only where a whole one stands.
      text.insert(next() % (text.size() + 1), next() % 4 == 0 ? w.substr(0, w.size() - 1) : w);
    }
    const bool bracketed = next() % 2 == 0;
    const std::size_t asked = std::size(words) - (bracketed ? 0 : bracketed_words);
    const bool expected =
        std::any_of(std::begin(words), std::begin(words) + asked,
                    [&](std::string_view w) { return text.find(w) != std::string::npos; });
    EXPECT_EQ(holds_closed_marker_word(text, bracketed), expected)
        << '"' << text << "\" " << bracketed;
  }
}

// equals_ci() and find_ci() compare byte by byte and fold only bytes that
// differ: they answer as folding every byte would (ASCII letters, and a
// Latin-1 letter's second byte after its lead 0xC3; the multiplication and
// division signs are no letters).
TEST(SegmenterLines, CaseInsensitiveCompareAgreesWithFoldingEveryByte) {
  const std::string bytes[] = {"a",    "A",    "k",    "K",    "[",    "{",
                               "@",    "`",    " ",    "\xC3", "\x85", "\xA5",
                               "\x97", "\xB7", "\x98", "\xB8", "\x9F", "\xBF"};
  unsigned state = 5;
  auto next = [&] { return (state = state * 1103515245U + 12345U) >> 16; };
  for (int round = 0; round < 40000; ++round) {
    std::string a;
    const unsigned length = next() % 9;
    for (unsigned k = 0; k < length; ++k) a += bytes[next() % std::size(bytes)];
    // `b`: a piece of `a` with bytes 0x20 apart put in (most of them the
    // same letter in the other case), or other bytes.
    const std::size_t from = next() % (a.size() + 1);
    std::string b = a.substr(from, next() % (a.size() - from + 1));
    for (char& c : b) {
      if (next() % 3 == 0) c = static_cast<char>(c ^ 0x20);
      if (next() % 9 == 0) c = bytes[next() % std::size(bytes)][0];
    }
    EXPECT_EQ(equals_ci(a, b), a.size() == b.size() && fold(a) == fold(b))
        << '"' << a << "\" \"" << b << '"';
    std::size_t expected = std::string::npos;
    for (std::size_t i = 0; b.size() <= a.size() && i + b.size() <= a.size(); ++i) {
      if (fold(a.substr(i, b.size())) == fold(b)) {
        expected = i;
        break;
      }
    }
    EXPECT_EQ(find_ci(a, b), expected) << '"' << a << "\" \"" << b << '"';
  }
}

// equals_ci() compares eight or four bytes at a time and goes byte by byte
// only where bytes differ in the case bit alone: it answers as folding every
// byte would on texts of every length, with a letter's two bytes across the
// words it loads and bytes 0x20 apart that are no letters ("@" and "`", the
// multiplication and division signs).
TEST(SegmenterLines, CaseInsensitiveCompareOfLongTextsAgreesWithFoldingEveryByte) {
  const std::string bytes[] = {"a", "A", "z",    "Z",    "@",    "`",    " ",    "\xC3",
                               "ø", "Ø", "\x97", "\xB7", "\x9F", "\xBF", "\x85", "\xA5"};
  unsigned state = 11;
  auto next = [&] { return (state = state * 1103515245U + 12345U) >> 16; };
  for (int round = 0; round < 40000; ++round) {
    std::string a;
    const unsigned length = next() % 40;
    for (unsigned k = 0; k < length; ++k) a += bytes[next() % std::size(bytes)];
    std::string b = a;
    for (char& c : b) {
      if (next() % 4 == 0) c = static_cast<char>(c ^ 0x20);
      if (next() % 40 == 0) c = bytes[next() % std::size(bytes)][0];
    }
    EXPECT_EQ(equals_ci(a, b), fold(a) == fold(b)) << '"' << a << "\" \"" << b << '"';
  }
  // A letter's lead byte last in the first eight, its second byte first in
  // the next; "@" and "`" past the eighth byte and in a four-byte load.
  EXPECT_TRUE(equals_ci("abcdefg\xC3\x98rn", "ABCDEFG\xC3\xB8RN"));
  EXPECT_FALSE(equals_ci("abcdefghi@", "abcdefghi`"));
  EXPECT_FALSE(equals_ci("ab@d", "ab`d"));
  EXPECT_FALSE(equals_ci("abcde\xC3\x97", "abcde\xC3\xB7"));
  EXPECT_TRUE(equals_ci("Sagsfremstilling", "SAGSFREMSTILLING"));
  EXPECT_FALSE(equals_ci("Sagsfremstilling", "Sagsfremstillinf"));
}

// The hand readers of item rows and decision headings take their words so:
// either case of ASCII letters and of "ø", the position moved past the word
// only where it is there whole.
TEST(SegmenterLines, SkipWordCiTakesAWholeWordInEitherCase) {
  struct case_ {
    std::string_view text;
    std::size_t from;
    std::string_view word;
    std::size_t after;  // where `p` ends; `from` when the word is not there
  };
  const case_ cases[] = {{"Punkt 3", 0, "punkt", 5},
                         {"PKT. 4", 0, "pkt", 3},
                         {"**pUnKt", 2, "punkt", 7},
                         {"AFGØRELSE i", 0, "afgørelse", 10},
                         {"Afgørelse", 0, "afgørelse", 10},
                         {"Punk", 0, "punkt", 0},
                         {"Punkr 3", 0, "punkt", 0},
                         {"Beslutning", 10, "i", 10},
                         {"@UNKT", 0, "`unkt", 0},
                         {"AFG\xC3\x98", 0, "afg\xC3\xB8", 5},
                         {"Dagsordens", 0, "dagsordenens", 0}};
  for (const case_& c : cases) {
    std::size_t p = c.from;
    EXPECT_EQ(skip_word_ci(c.text, p, c.word), c.after != c.from) << c.text;
    EXPECT_EQ(p, c.after) << c.text;
  }
}

// starts_upper() and starts_lower() (inline, byte tests) agree with the
// letter case of the first character as its code point gives it: ASCII
// letters, and U+00C0..U+00DE capitals, U+00DF..U+00FF small letters
// (but the signs U+00D7 and U+00F7), for every one- and two-byte start
// (an overlong two-byte form, 0xC0 or 0xC1 first, is no letter).
TEST(SegmenterLines, StartsUpperAndLowerFollowTheFirstCodePoint) {
  const auto code_point = [](std::string_view s) -> int {
    const auto b0 = static_cast<unsigned char>(s[0]);
    if (b0 < 0x80) return b0;
    if (s.size() > 1 && b0 >= 0xC2 && b0 <= 0xDF &&
        (static_cast<unsigned char>(s[1]) & 0xC0) == 0x80)
      return ((b0 & 0x1F) << 6) | (static_cast<unsigned char>(s[1]) & 0x3F);
    return -1;
  };
  const auto is_upper = [](int cp) {
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7);
  };
  const auto is_lower = [](int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7);
  };
  EXPECT_FALSE(starts_upper(""));
  EXPECT_FALSE(starts_lower(""));
  for (int first = 0; first < 256; ++first) {
    const std::string one(1, static_cast<char>(first));
    EXPECT_EQ(starts_upper(one), is_upper(code_point(one))) << first;
    EXPECT_EQ(starts_lower(one), is_lower(code_point(one))) << first;
    for (int second = 0; second < 256; ++second) {
      const std::string two = one + static_cast<char>(second) + "x";
      EXPECT_EQ(starts_upper(two), is_upper(code_point(two))) << first << ' ' << second;
      EXPECT_EQ(starts_lower(two), is_lower(code_point(two))) << first << ' ' << second;
    }
  }
}

// find_ci() probes two bytes of sixteen starts at a time before it compares:
// it finds what a search of the folded texts finds, from every offset, on
// lines long enough for the sixteen.
TEST(SegmenterLines, FindCiFindsWhatASearchOfFoldedTextsFinds) {
  const std::string pieces[] = {"k", "K", "o", "O", "m", "M", " ", "Ã¸", "Ã", "s"};
  unsigned state = 13;
  auto next = [&] { return (state = state * 1103515245U + 12345U) >> 16; };
  for (int round = 0; round < 20000; ++round) {
    std::string haystack;
    const unsigned length = next() % 60;
    for (unsigned k = 0; k < length; ++k) haystack += pieces[next() % std::size(pieces)];
    std::string needle;
    const unsigned needle_length = 1 + next() % 6;
    for (unsigned k = 0; k < needle_length; ++k) needle += pieces[next() % std::size(pieces)];
    if (next() % 3 == 0) needle.insert(0, " ");
    if (next() % 3 == 0) needle += ' ';
    const std::size_t from = next() % (haystack.size() + 2);
    const std::size_t expected =
        from > haystack.size() ? std::string::npos : fold(haystack).find(fold(needle), from);
    EXPECT_EQ(find_ci(haystack, needle, from), expected)
        << '"' << haystack << "\" \"" << needle << "\" " << from;
  }
}

// find_ci() and find_bytes() take the last starts of a text (fewer than
// sixteen) in one sixteen that ends at the text's end, its starts already
// ruled out shifted off: a needle at every offset of texts of every length
// is found there, the first of two copies wins, and a copy before `from` is
// passed over. The check for both: `find` finds `needle`, written as
// `placed`, at every offset of texts of its size to `longest` bytes.
template <class Find>
void expect_found_at_every_offset(Find find, std::string_view needle, std::string_view placed,
                                  std::size_t longest) {
  for (std::size_t size = needle.size(); size <= longest; ++size) {
    for (std::size_t at = 0; at + needle.size() <= size; ++at) {
      std::string text(size, 'x');
      text.replace(at, needle.size(), placed);
      EXPECT_EQ(find(text, needle, 0), at) << size << ' ' << at << ' ' << needle;
      EXPECT_EQ(find(text, needle, at), at) << size << ' ' << at << ' ' << needle;
      EXPECT_EQ(find(text, needle, at + 1), std::string::npos)
          << size << ' ' << at << ' ' << needle;
      const std::size_t later = at + needle.size() + 1;
      if (later + needle.size() <= size) {
        text.replace(later, needle.size(), needle);
        EXPECT_EQ(find(text, needle, 0), at) << size << ' ' << at << ' ' << needle;
        EXPECT_EQ(find(text, needle, at + 1), later) << size << ' ' << at << ' ' << needle;
      }
    }
  }
}

TEST(SegmenterLines, FindBytesFindsANeedleAtEveryOffsetOfTheLastStarts) {
  const auto find = [](std::string_view text, std::string_view needle, std::size_t from) {
    return find_bytes(text, needle, from);
  };
  for (const std::string_view needle : {"beslutning", " Beslutning ", "om", "s b"}) {
    expect_found_at_every_offset(find, needle, needle, 150);
  }
}

TEST(SegmenterLines, FindCiFindsANeedleAtEveryOffsetOfTheLastStarts) {
  const auto find = [](std::string_view text, std::string_view needle, std::size_t from) {
    return find_ci(text, needle, from);
  };
  for (const std::string_view needle : {"beslutning", " Beslutning:", "KOM", "s B"}) {
    std::string upper(needle);
    for (char& c : upper) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
    expect_found_at_every_offset(find, needle, upper, 90);
  }
}

// ordered_finder answers as find_bytes on each view: views of one text in
// order of position (overlapping, touching, empty), now and then one before
// the last, and views of another text.
TEST(SegmenterLines, OrderedFinderAnswersAsFindBytesOnEachView) {
  const std::string_view alphabet = "Bes lutning\n";
  unsigned state = 17;
  auto next = [&] { return (state = state * 1103515245U + 12345U) >> 16; };
  for (int round = 0; round < 2000; ++round) {
    std::string whole;
    const unsigned length = next() % 400;
    for (unsigned k = 0; k < length; ++k) whole += alphabet[next() % alphabet.size()];
    for (unsigned k = next() % 6; k > 0; --k)
      whole.insert(next() % (whole.size() + 1), " Beslutning ");
    const std::string other = whole;
    const std::string_view needle = next() % 2 == 0 ? " Beslutning " : "ing";
    ordered_finder finder(whole, needle);
    std::size_t at = 0;
    for (int view = 0; view < 40; ++view) {
      if (next() % 10 == 0 && at > 0) at -= next() % (at + 1);  // a view before the last
      if (at > whole.size()) break;
      const std::size_t size = next() % 40;
      const std::string_view text = next() % 12 == 0 ? std::string_view(other).substr(at, size)
                                                     : std::string_view(whole).substr(at, size);
      EXPECT_EQ(finder.find_in(text), find_bytes(text, needle))
          << '"' << whole << "\" at " << at << " size " << size;
      at += next() % 30;
    }
  }
}

// trim_end() settles most calls by the last byte, inline: it answers as the
// full walk over `chars` does, for any line and any set of characters.
TEST(SegmenterLines, TrimEndAnswersAsTheWalkOverItsCharacters) {
  const std::string pieces[] = {"a", ":", ".", " ", "\u2026", "\u2191", "\xE2", "\xA6", "\t", ","};
  const std::string_view sets[] = {":", ".:", ".:>^\u2191", ",", "\u2026.", ""};
  unsigned state = 23;
  auto next = [&] { return (state = state * 1103515245U + 12345U) >> 16; };
  for (int round = 0; round < 20000; ++round) {
    std::string line;
    for (unsigned k = next() % 8; k > 0; --k) line += pieces[next() % std::size(pieces)];
    const std::string_view chars = sets[next() % std::size(sets)];
    const std::string_view trimmed = trim(line);
    const std::string_view expected = trimmed.empty() ? trimmed : trim_end_chars(trimmed, chars);
    EXPECT_EQ(trim_end(line, chars), expected) << '"' << line << "\" \"" << chars << '"';
  }
  EXPECT_EQ(trim_end("Beslutning: ", ":"), "Beslutning");
  EXPECT_EQ(trim_end("Til toppen \u2191", ".:>^\u2191"), "Til toppen");
}

// to_lower() folds ASCII capitals and a Latin-1 capital's second byte after
// its lead 0xC3, nothing else: runs of leads and tails, the multiplication
// sign (0x97) and lowercase tails stay.
TEST(SegmenterLines, ToLowerAgreesWithFoldingEveryByte) {
  const std::string bytes[] = {"a",    "A",    "Z",    "[",    "@",    " ",
                               "\xC3", "\x85", "\x98", "\x97", "\xA5", "\x9F"};
  unsigned state = 29;
  auto next = [&] { return (state = state * 1103515245U + 12345U) >> 16; };
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (unsigned k = next() % 12; k > 0; --k) s += bytes[next() % std::size(bytes)];
    EXPECT_EQ(to_lower(s), fold(s)) << '"' << s << '"';
  }
  EXPECT_EQ(to_lower("ÆBLE Øst ÅEN"), "æble øst åen");
}

// to_lower() folds sixteen bytes at a time on lines of seventeen or more,
// each byte against the one before it (across the blocks' edges too): the
// same folding, with the bytes at the edges of each range it tests ("@" and
// "[" around the capitals, 0x7F and 0x9F around the tails, "1" and "A" after
// a lead, 0xC2 as another lead).
TEST(SegmenterLines, ToLowerFoldsLongLinesAsEveryByteOneByOne) {
  const std::string bytes[] = {"a",    "A",    "Z",    "[",    "@",    "`",    "z",
                               "1",    " ",    "\xC3", "\xC3", "\xC2", "\x80", "\x85",
                               "\x97", "\x9E", "\x9F", "\xBF", "\x7F", "\xFF", "\xC3\x98"};
  unsigned state = 31;
  auto next = [&] { return (state = state * 1103515245U + 12345U) >> 16; };
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (unsigned k = 10 + next() % 60; k > 0; --k) s += bytes[next() % std::size(bytes)];
    EXPECT_EQ(to_lower(s), fold(s)) << '"' << s << '"';
  }
  EXPECT_EQ(to_lower("GODKENDELSE AF DAGSORDEN FOR ÆBLEHAVEN ØST OG ÅEN"),
            "godkendelse af dagsorden for æblehaven øst og åen");
  // A lead as the last byte of the first sixteen folded together, its
  // capital's tail the first of the next sixteen.
  EXPECT_EQ(to_lower("0123456789ABCDEF\xC3\x98ZZZZZZZZZZZZZZZZ"),
            "0123456789abcdef\xC3\xB8zzzzzzzzzzzzzzzz");
}

// trim() settles most calls by the two end bytes, the rest as trim_blanks.
TEST(SegmenterLines, TrimDropsEveryBlankAtEitherEndOnly) {
  EXPECT_EQ(trim("Beslutning"), "Beslutning");
  EXPECT_EQ(trim(" \tBeslutning\r\n"), "Beslutning");
  EXPECT_EQ(trim("\u00A0Beslutning\u00A0"), "Beslutning");
  EXPECT_EQ(trim("Åbent ø"), "Åbent ø");
  EXPECT_EQ(trim("\x01Sag\x01"), "\x01Sag\x01");  // control bytes are no blanks
  EXPECT_EQ(trim("  "), "");
  EXPECT_EQ(trim(""), "");
  EXPECT_EQ(trim("A \u00A0"), "A");
}

TEST(SegmenterLines, SplitsAtNewlineAndFormFeedWithOffsets) {
  const std::string text = "abc\ndef\fghi";
  const auto lines = split_lines(text);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[1].raw, "def");
  EXPECT_EQ(lines[1].offset, 4u);
  EXPECT_TRUE(lines[2].page_break);
  EXPECT_EQ(lines[2].offset, 8u);
}

TEST(SegmenterLines, NoLineAfterTheFinalNewline) {
  EXPECT_EQ(split_lines("a\nb\n").size(), 2u);
  EXPECT_EQ(split_lines("").size(), 1u);
  // Lines are made in the vector's place and the empty last one taken off
  // again: the lines before it stay as they were made.
  EXPECT_EQ(split_lines("\n").size(), 1u);
  const auto lines = split_lines("# Punkt 1\n\nTekst\n\n");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].text, "Punkt 1");
  EXPECT_EQ(lines[0].md_level, 1);
  EXPECT_TRUE(lines[1].blank);
  EXPECT_EQ(lines[2].raw, "Tekst");
  EXPECT_EQ(lines[2].offset, 11u);
  EXPECT_FALSE(lines[2].blank);
  EXPECT_TRUE(lines[3].blank);
  EXPECT_EQ(lines[3].offset, 17u);
  const auto unended = split_lines("a\n\nb");
  ASSERT_EQ(unended.size(), 3u);
  EXPECT_EQ(unended[2].raw, "b");
}

TEST(SegmenterLines, StripsHeadingMarksAndWrappingBold) {
  std::uint8_t level = 0;
  bool emphasized = false;
  EXPECT_EQ(strip_markup("## **Punkt 3: Resultat**", level, emphasized), "Punkt 3: Resultat");
  EXPECT_EQ(level, 2);
  EXPECT_TRUE(emphasized);
  EXPECT_EQ(strip_markup("#### Rammer for indsatsen ##", level, emphasized),
            "Rammer for indsatsen");
  EXPECT_EQ(level, 4);
  EXPECT_EQ(strip_markup("**Mødested** Mariehøj", level, emphasized), "**Mødested** Mariehøj");
  EXPECT_EQ(level, 0);
  EXPECT_FALSE(emphasized);
  EXPECT_EQ(strip_markup("#hashtag", level, emphasized), "#hashtag");
  EXPECT_EQ(level, 0);
}

// docling marks a picture "<!-- image -->"; markdown writes one "![alt](src)".
TEST(SegmenterLines, PictureMarksAreBlankLines) {
  const auto lines = split_lines("<!-- image -->\n![Logo](logo.png)\n<!-- a\n![x] (y)\nReferat\n");
  EXPECT_TRUE(lines[0].blank);
  EXPECT_TRUE(lines[1].blank);
  EXPECT_FALSE(lines[2].blank);  // a comment that does not close on its line
  EXPECT_FALSE(lines[3].blank);
  const auto doc = segment_text(
      "<!-- image -->\n\n## Plan &amp; Teknikudvalget\n\nMødedato: 03.09.2024\n\n"
      "## 1. Godkendelse af dagsorden\n\n## Beslutning\n\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.title, "Plan &amp; Teknikudvalget");  // the read stage decodes "&amp;"
}

// marker puts an empty span before a heading's text, pandoc a bookmark.
TEST(SegmenterLines, EmptyAnchorsBeforeTheTextGo) {
  std::uint8_t level = 0;
  bool emphasized = false;
  EXPECT_EQ(strip_markup("## <span id=\"page-1-0\"></span>1. Godkendelse", level, emphasized),
            "1. Godkendelse");
  EXPECT_EQ(level, 2);
  EXPECT_EQ(strip_markup("# []{#_Toc161 .anchor}2. Budget", level, emphasized), "2. Budget");
  EXPECT_EQ(strip_markup("<a id=\"x\"></a><a name=\"y\"></a>**3. Tema**", level, emphasized),
            "3. Tema");
  EXPECT_TRUE(emphasized);
  // An element that shows text keeps it.
  EXPECT_EQ(strip_markup("<span id=\"a\">Tekst</span>", level, emphasized),
            "<span id=\"a\">Tekst</span>");
}

// html2text and markdownify write an agenda page's item titles as links.
TEST(SegmenterLines, ALineThatIsOneLinkIsItsText) {
  std::uint8_t level = 0;
  bool emphasized = false;
  EXPECT_EQ(
      strip_markup("## [1. Godkendelse af dagsorden](https://x.dk/punkt/1)", level, emphasized),
      "1. Godkendelse af dagsorden");
  EXPECT_EQ(strip_markup("**[2. Budget](https://x.dk/2)**", level, emphasized), "2. Budget");
  EXPECT_EQ(strip_markup("[Til toppen](#top)", level, emphasized), "Til toppen");
  // Two links, or text around one, stay as they are.
  for (const std::string_view keep :
       {"[bilag 1](a.pdf) og [bilag 2](b.pdf)", "Se [bilag 1](a.pdf)", "[a] b (c)", "[](x)"})
    EXPECT_EQ(strip_markup(keep, level, emphasized), keep);
}

TEST(SegmenterLines, PageNumberLines) {
  EXPECT_TRUE(is_page_number_line("Side 2 af 9"));
  EXPECT_TRUE(is_page_number_line("Side 12"));
  EXPECT_TRUE(is_page_number_line("- 3 -"));
  EXPECT_TRUE(is_page_number_line("3/9"));
  EXPECT_TRUE(is_page_number_line("Sidenr. 1043"));  // a protocol's running page count
  EXPECT_FALSE(is_page_number_line("18/9413"));
  EXPECT_FALSE(is_page_number_line("09/141"));  // a case number: no page has a leading zero
  EXPECT_FALSE(is_page_number_line("12/3"));
  EXPECT_FALSE(is_page_number_line("Sideløbende behandles sagen"));
  EXPECT_FALSE(is_page_number_line("2."));
}

TEST(SegmenterLines, RunningHeadersAtEveryPageBreakAreFurniture) {
  const std::string text =
      "Referat\nPunkt 1: A\nTekst et.\nSide 1 af 3\nØkonomiudvalget\nDato: 04.03.2025\nTekst to.\n"
      "Side 2 af 3\nØkonomiudvalget\nDato: 04.03.2025\nTekst tre.\nSide 3 af 3\n";
  auto lines = split_lines(text);
  mark_page_furniture(lines, &never_protected);
  EXPECT_FALSE(lines[0].furniture);
  EXPECT_FALSE(lines[2].furniture);
  EXPECT_TRUE(lines[3].furniture);
  EXPECT_TRUE(lines[4].furniture);
  EXPECT_TRUE(lines[5].furniture);
  EXPECT_FALSE(lines[6].furniture);
  EXPECT_TRUE(lines[8].furniture);
  EXPECT_TRUE(lines[9].furniture);
  EXPECT_FALSE(lines[10].furniture);
}

// The last page's footer ends the text, with no page break after it.
TEST(SegmenterLines, TheLastPagesFooterIsFurnitureToo) {
  const std::string text =
      "Sidenr. 1\nProtokol\nTekst et.\nByrådet 09-08-2010   Formandens initialer\n"
      "Sidenr. 2\nTekst to.\nByrådet 09-08-2010   Formandens initialer\n"
      "Sidenr. 3\nTekst tre.\nByrådet 09-08-2010   Formandens initialer\n";
  auto lines = split_lines(text);
  mark_page_furniture(lines, &never_protected);
  EXPECT_TRUE(lines[3].furniture);
  EXPECT_TRUE(lines[6].furniture);
  EXPECT_TRUE(lines[9].furniture);
  EXPECT_FALSE(lines[8].furniture);
}

TEST(SegmenterLines, ProtectedHeadingsAreNeverFurniture) {
  const std::string text =
      "Side 1 af 3\nBeslutning\nA.\nSide 2 af 3\nBeslutning\nB.\nSide 3 af 3\nBeslutning\n";
  auto lines = split_lines(text);
  mark_page_furniture(lines, [](std::string_view t) { return is_section_heading(t); });
  EXPECT_FALSE(lines[1].furniture);
  EXPECT_FALSE(lines[4].furniture);
}

TEST(SegmenterLines, NoFurnitureWithoutPageBreaks) {
  auto lines = split_lines("Referat\nReferat\nReferat\n");
  mark_page_furniture(lines, &never_protected);
  for (const auto& l : lines) EXPECT_FALSE(l.furniture);
}

TEST(SegmenterLines, MarkdownRuleIsABlankLine) {
  const auto lines = split_lines("Godkendt.\n\n---\n***\n- - -\n- Punkt\n");
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_TRUE(lines[2].blank);
  EXPECT_TRUE(lines[3].blank);
  EXPECT_TRUE(lines[4].blank);
  EXPECT_FALSE(lines[5].blank);
}

// Found by fuzz_segment: a bare "#" is not blank but has no text, whose
// last byte the footer test read.
TEST(SegmenterLines, BareHeadingMarkIsNoFurniture) {
  auto lines = split_lines("Tekst\n#\nSide 1\n\fTekst\nSide 2\n");
  ASSERT_FALSE(lines[1].blank);
  ASSERT_TRUE(lines[1].text.empty());
  mark_page_furniture(lines, &never_protected);
  EXPECT_FALSE(lines[1].furniture);
  EXPECT_TRUE(lines[2].furniture);
}

TEST(SegmenterLines, RepeatedFooterWithThePageNumberIsFurniture) {
  auto lines = split_lines(
      "Tekst\nmere\nØkonomiudvalget 14-03-2024 Side 1 af 3\n\fTekst\nmere\nmere\n"
      "Økonomiudvalget 14-03-2024 Side 2 af 3\n\fTekst\nØkonomiudvalget 14-03-2024 Side 3 af 3\n");
  mark_page_furniture(lines, &never_protected);
  // A form feed after a line end leaves an empty line: the footers are lines 2, 7 and 10.
  EXPECT_TRUE(lines[2].furniture);
  EXPECT_TRUE(lines[7].furniture);
  EXPECT_TRUE(lines[10].furniture);
  EXPECT_FALSE(lines[0].furniture);
  EXPECT_FALSE(lines[9].furniture);
}

// The pdf reader sets a right-aligned page number apart by a tab.
TEST(SegmenterLines, RepeatedHeaderWithATabBeforeThePageNumberIsFurniture) {
  auto lines = split_lines(
      "Tekst\nmere\n\fØkonomiudvalget, 12-03-2024\tSide 2 af 3\nTekst to\nmere\nmere\n"
      "\fØkonomiudvalget, 12-03-2024\tSide 3 af 3\nTekst tre\n");
  mark_page_furniture(lines, &never_protected);
  // A form feed after a line end leaves an empty line: the headers are lines 3 and 8.
  EXPECT_TRUE(lines[3].furniture);
  EXPECT_TRUE(lines[8].furniture);
  EXPECT_FALSE(lines[4].furniture);
  EXPECT_FALSE(lines[9].furniture);
}

// Hjørring's running header: the page number with a full stop after it.
TEST(SegmenterLines, RunningHeaderWithAStopAfterThePageNumber) {
  EXPECT_TRUE(is_page_number_line("Side 3."));
  auto lines = split_lines(
      "Hjørring Byråd\nBorgmesterkontoret      Side 1.\nTekst et\nmere\n"
      "Hjørring Byråd\nBorgmesterkontoret      Side 2.\nTekst to\n"
      "Hjørring Byråd\nBorgmesterkontoret      Side 3.\nTekst 2.\n");
  mark_page_furniture(lines, &never_protected);
  for (const std::size_t i : {0u, 1u, 4u, 5u, 7u, 8u}) EXPECT_TRUE(lines[i].furniture) << i;
  for (const std::size_t i : {2u, 3u, 6u, 9u}) EXPECT_FALSE(lines[i].furniture) << i;
}

TEST(SegmenterLines, TableOfContentsEntriesWithSideAreNoFooters) {
  // The same title twice on neighbouring lines is two entries, not a footer.
  auto lines = split_lines("Meddelelser Side 3\nMeddelelser Side 18\nBudget Side 4\n");
  mark_page_furniture(lines, &never_protected);
  for (const auto& l : lines) EXPECT_FALSE(l.furniture) << l.text;
}

// mark_page_links and strip_fold_buttons pass over a line by its first byte
// before stepping over a bullet: every bullet ("•", "·", "–", "-", "*")
// is still stepped over, and a line with neither a bullet nor a word's
// first letter is left as it is.
TEST(SegmenterLines, LinksAndFoldButtonsAfterEveryBulletAreFound) {
  auto lines = split_lines(
      "\u2022 Udskriv\n\u00B7 Udskriv\n\u2013 Print\n- Til toppen\n* Til toppen\n[3]Til toppen\n"
      "Til toppen\n\u2022 Budget\nBudget\n");
  mark_page_links(lines);
  ASSERT_EQ(lines.size(), 9u);
  for (std::size_t i = 0; i < 7; ++i) EXPECT_TRUE(lines[i].furniture) << lines[i].text;
  EXPECT_FALSE(lines[7].furniture);
  EXPECT_FALSE(lines[8].furniture);
  auto buttons = split_lines(
      "\u2022 fold dette punkt ind Resume\n- Luk alle punkter\n\u00B7 \u00C5bn alle punkter\n"
      "* Fold alle punkter ud\n\u2013 Fold dette punkt ud\n\u00C5bn alle punkter\nLuk alle "
      "punkter\n"
      "Sagen\n- Sagen\n");
  strip_fold_buttons(buttons);
  ASSERT_EQ(buttons.size(), 9u);
  EXPECT_EQ(buttons[0].text, "Resume");
  EXPECT_FALSE(buttons[0].furniture);
  for (std::size_t i = 1; i < 7; ++i) EXPECT_TRUE(buttons[i].furniture) << buttons[i].text;
  EXPECT_EQ(buttons[7].text, "Sagen");
  EXPECT_FALSE(buttons[7].furniture);
  EXPECT_EQ(buttons[8].text, "- Sagen");
  EXPECT_FALSE(buttons[8].furniture);
}

// A document site's view counter under its upload date (yumpu: "16.07.2013
// Views", the count lost) and its buttons that fold the text are no text.
TEST(SegmenterLines, ViewCountersAreFurniture) {
  EXPECT_TRUE(is_view_counter_line("16.07.2013 Views"));
  EXPECT_TRUE(is_view_counter_line("1.234 views"));
  EXPECT_FALSE(is_view_counter_line("Views"));
  EXPECT_FALSE(is_view_counter_line(" Views"));
  EXPECT_FALSE(is_view_counter_line("16. juli 2013 Views"));
  EXPECT_FALSE(is_view_counter_line("Ingen views"));
  EXPECT_TRUE(is_page_link_line("SHOW MORE"));
  EXPECT_TRUE(is_page_link_line("Show less"));
  std::vector<line> lines = split_lines("16.07.2013 Views\n\nTitel\n2013 Views på sagen\n");
  mark_page_links(lines);
  EXPECT_TRUE(lines[0].furniture);
  EXPECT_FALSE(lines[2].furniture);
  EXPECT_FALSE(lines[3].furniture);
}

// A web page's links under each item are no item's text.
TEST(SegmenterLines, PageLinksAreFurniture) {
  EXPECT_TRUE(is_page_link_line("Til toppen"));
  EXPECT_TRUE(is_page_link_line("Kopier link til punktet - Print"));
  EXPECT_TRUE(is_page_link_line("TILBAGE TIL TOPPEN"));
  EXPECT_TRUE(is_page_link_line("  • Udskriv"));  // a list's entry (Aabenraa's pages as text)
  EXPECT_TRUE(is_page_link_line("Til indholdsfortegnelse"));  // Lemvig (FICS)
  EXPECT_FALSE(is_page_link_line("Til toppen af listen kom forslaget om skolen."));
  // A long line may still shorten to a link: a run of what trim_end removes
  // after it (the test for long lines leaves these to it), a bullet before it.
  EXPECT_TRUE(is_page_link_line("Til toppen" + std::string(40, '.')));
  EXPECT_TRUE(is_page_link_line("Udskriv ..... : ..... : ..... : ..... : ..... :"));
  EXPECT_TRUE(is_page_link_line("Tilbage til indholdsfortegnelse \u2191 \u2191 \u2191"));
  EXPECT_TRUE(is_page_link_line("- Udskriv"));
  EXPECT_TRUE(is_page_link_line("\u2013\tUdskriv"));
  // past_bullet asks for the blank after a bullet of each size before it
  // compares any: every bullet is stepped over, and none without its blank.
  EXPECT_TRUE(is_page_link_line("\u00B7\tUdskriv"));
  EXPECT_TRUE(is_page_link_line("\u25AA Udskriv"));
  EXPECT_TRUE(is_page_link_line("\u25CF Til toppen"));
  EXPECT_TRUE(is_page_link_line("* Til toppen"));
  EXPECT_FALSE(is_page_link_line("-Udskriv"));
  EXPECT_FALSE(is_page_link_line("\u2022Udskriv"));
  EXPECT_FALSE(is_page_link_line("\u00B7Til toppen"));
  EXPECT_FALSE(is_page_link_line("**Udskriv"));
  EXPECT_TRUE(is_page_link_line("[15] Til toppen"));
  EXPECT_FALSE(is_page_link_line("Tilbage til indholdsfortegnelse, toppen.."));
  EXPECT_FALSE(is_page_link_line("Udskriv" + std::string(33, ' ') + "x."));
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\nTil toppen\n\n"
      "2. Meddelelser\n\nBeslutning\n\nIntet.\n\nTil toppen\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  EXPECT_EQ(doc.items[1].decision, "Intet.");
}

// text_of(lines, count): the text of the first `count` lines, which
// split_glued_section_headings searches instead of the whole text.
TEST(SegmenterLines, TextOfFirstLinesEndsWithTheLastOfThem) {
  const std::string text = "a\nbb\n\nccc\nd";
  const std::vector<line> lines = split_lines(text);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(text_of(lines, 0), "");
  EXPECT_EQ(text_of(lines, 1), "a");
  EXPECT_EQ(text_of(lines, 2), "a\nbb");
  EXPECT_EQ(text_of(lines, 4), "a\nbb\n\nccc");
  EXPECT_EQ(text_of(lines, 5), text);
  EXPECT_EQ(text_of(lines, 99), text);
  EXPECT_EQ(text_of(lines, 2).data(), text.data());
}

// The contents' heading glued to the line before it is split off on the
// last line of the top the search covers, and not below it.
TEST(SegmenterLines, GluedContentsHeadingSplitToTheTopsLastLine) {
  for (const std::size_t at :
       {std::size_t{0}, std::size_t{598}, std::size_t{599}, std::size_t{600}}) {
    std::string text;
    for (std::size_t i = 0; i < at; ++i) text += "Linje\n";
    text += "Egon Bo (I)Indholdsfortegnelse åbent møde\nSidste linje\n";
    std::vector<line> lines = split_lines(text);
    split_glued_section_headings(lines);
    if (at < 600) {
      ASSERT_GT(lines.size(), at + 1) << at;
      EXPECT_EQ(lines[at].text, "Egon Bo (I)") << at;
      EXPECT_EQ(lines[at + 1].text, "Indholdsfortegnelse åbent møde") << at;
    } else {
      EXPECT_EQ(lines[at].text, "Egon Bo (I)Indholdsfortegnelse åbent møde") << at;
    }
  }
}

}  // namespace
}  // namespace protokol::segmenter
