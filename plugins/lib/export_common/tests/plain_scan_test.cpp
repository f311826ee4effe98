#include <gtest/gtest.h>

#include <export_common/plain_scan.hpp>
#include <random>
#include <string>

namespace {

using protokol::export_common::plain_scan;
using protokol::export_common::plain_scan_of_two;
using protokol::export_common::plain_scan_passing_tab_lf;

template <typename Scan>
std::size_t slow_skip(const Scan& scan, std::string_view s, std::size_t pos) {
  while (pos < s.size() && scan.is_plain(s[pos])) ++pos;
  return pos;
}

bool two_byte_character_at(std::string_view s, std::size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  return lead >= 0xC2 && lead <= 0xDF && i + 1 < s.size() &&
         (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80;
}

// What skip() promises: what it passed is plain bytes and whole well-formed
// two-byte characters, and it stopped at the end or at a byte not plain.
template <typename Scan>
void expect_a_valid_skip(const Scan& scan, std::string_view s, std::size_t pos) {
  const std::size_t stop = scan.skip(s, pos);
  ASSERT_LE(stop, s.size());
  for (std::size_t i = pos; i < stop; ++i) {
    if (scan.is_plain(s[i])) continue;
    ASSERT_TRUE(two_byte_character_at(s, i) && i + 2 <= stop) << "passed byte " << i;
    ++i;
  }
  if (stop < s.size()) {
    EXPECT_FALSE(scan.is_plain(s[stop]));
  }
}

TEST(PlainScan, StopsAtChosenCharactersControlsAndNonAscii) {
  constexpr plain_scan scan('&', '<', '>');
  EXPECT_EQ(scan.skip("abcdefghijkl&mn", 0), 12u);
  EXPECT_EQ(scan.skip("abcdefghijklmnop\nq", 0), 16u);
  EXPECT_EQ(scan.skip("abcdefghijkl\xE2\x80\x93", 0), 12u);
  EXPECT_EQ(scan.skip("abc", 0), 3u);
  EXPECT_EQ(scan.skip("a\x7F"
                      "bcdefghij",
                      0),
            11u);
}

template <typename Scan>
void expect_agreement_on_random_text(const Scan& scan, bool checked) {
  std::mt19937 random(7);
  const std::string alphabet = std::string("abc \"\\\n\t\x01\x7F\xC3\xA6\xFF", 13);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const std::size_t length = random() % 100;
    for (std::size_t i = 0; i < length; ++i) {
      s.push_back(random() % 4 == 0 ? alphabet[random() % alphabet.size()] : 'x');
    }
    for (std::size_t pos = 0; pos <= s.size(); ++pos) {
      if (checked) {
        ASSERT_EQ(scan.skip(s, pos), slow_skip(scan, s, pos)) << s;
      } else {
        expect_a_valid_skip(scan, s, pos);
      }
    }
  }
}

TEST(PlainScan, AgreesWithAByteByByteScanOnRandomText) {
  expect_agreement_on_random_text(plain_scan('"', '\\', '"'), false);
  expect_agreement_on_random_text(plain_scan_of_two('"', '\\', '"'), false);
  expect_agreement_on_random_text(plain_scan_of_two('"', '\\', '"', true), true);
  expect_agreement_on_random_text(plain_scan_of_two('\t', '"', '"'), false);
  expect_agreement_on_random_text(plain_scan('&', '<', '>'), false);
  expect_agreement_on_random_text(plain_scan('"', '\\', '"', true), true);
  expect_agreement_on_random_text(plain_scan('&', '<', '>', true), true);
  expect_agreement_on_random_text(plain_scan_passing_tab_lf('&', '<', '>'), false);
  expect_agreement_on_random_text(plain_scan_passing_tab_lf('&', '<', '>', true), true);
}

// copy_plain() copies what skip() passes, stops where it stops when the room
// suffices, and otherwise only where fewer than sixteen bytes of room are
// left, never storing past its limit.
template <typename Scan>
void expect_copies_as_skip_passes(const Scan& scan) {
  std::mt19937 random(5);
  const std::string alphabet = std::string("abc \"\\\n\t\x01\x7F\xC3\xA6\xFF", 13);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const std::size_t length = random() % 120;
    for (std::size_t i = 0; i < length; ++i)
      s.push_back(random() % 6 == 0 ? alphabet[random() % alphabet.size()] : 'x');
    const std::size_t pos = s.empty() ? 0 : random() % (s.size() + 1);
    const std::size_t room = random() % 3 == 0 ? 200 : random() % 40;
    std::string out(room + 32, '#');
    char* to = out.data();
    const std::size_t stop = scan.copy_plain(s, pos, to, out.data() + room);
    const std::size_t copied = static_cast<std::size_t>(to - out.data());
    const std::size_t skipped = scan.skip(s, pos);
    ASSERT_EQ(copied, stop - pos) << s;
    ASSERT_EQ(out.substr(0, copied), s.substr(pos, copied)) << s;
    ASSERT_EQ(out.substr(room), std::string(32, '#')) << s;
    if (room - copied >= 16) {
      ASSERT_EQ(stop, skipped) << s;
    } else {
      ASSERT_LE(stop, skipped) << s;
    }
  }
}

TEST(PlainScan, CopyPlainCopiesWhatSkipPasses) {
  expect_copies_as_skip_passes(plain_scan('"', '\\', '"'));
  expect_copies_as_skip_passes(plain_scan_of_two('"', '\\', '"'));
  expect_copies_as_skip_passes(plain_scan('&', '<', '>'));
  expect_copies_as_skip_passes(plain_scan('"', '\\', '"', true));
  expect_copies_as_skip_passes(plain_scan_passing_tab_lf('&', '<', '>'));
}

// Unchecked text: a block of sixteen bytes whose non-ASCII bytes are whole
// two-byte characters is passed whole; a character cut by the block's end,
// a three-byte character or a stray continuation byte stops the scan there.
TEST(PlainScan, PassesWholeTwoByteCharactersOfABlock) {
  constexpr plain_scan scan('&', '<', '>');
  EXPECT_EQ(scan.skip("\xC3\x98konomiudvalg & mere", 0), 15u);
  EXPECT_EQ(scan.skip("godkendt p\xC3\xA5 m\xC3\xB8"
                      "det <b>",
                      0),
            20u);
  EXPECT_EQ(scan.skip("abcdefghijklmno\xC3\xA6 and more", 0), 15u);  // cut at the block's end
  EXPECT_EQ(scan.skip("abcdefghijk\xE2\x80\x93mnopq", 0), 11u);      // three bytes
  EXPECT_EQ(scan.skip("abcdefghijk\xA6mnopqrstu", 0), 11u);          // a stray continuation
  EXPECT_EQ(scan.skip("abcdefghijk\xC0\xA6mnopqrstu", 0), 11u);      // overlong
}

// In a block that stops (at a character cut by its end, a three-byte
// character, a stray continuation byte, a lead byte without its
// continuation), the whole two-byte characters before the stop are passed
// too: the scan stops at the byte that needs the caller, not at the first
// "å" of the block. Lead bytes are C2..DF and continuation bytes 80..BF
// only, and a character whose lead byte lies before `pos` is not whole.
TEST(PlainScan, PassesWholeTwoByteCharactersBeforeAStopInTheirBlock) {
  constexpr plain_scan scan('&', '<', '>');
  EXPECT_EQ(scan.skip("godkendt p\xC3\xA5 \xE2\x80\x93 m\xC3\xB8"
                      "det i dag",
                      0),
            13u);  // an en dash
  EXPECT_EQ(scan.skip("\xC3\xA6"
                      "bcdefghijklmn\xC3\xB8 og mere",
                      0),
            15u);  // cut at the end
  EXPECT_EQ(scan.skip("\xC3\xA6\xA6"
                      "bcdefghijklmnop",
                      0),
            2u);  // a stray continuation
  EXPECT_EQ(scan.skip("ab\xC3\xC3\xA6"
                      "defghijklmnop",
                      0),
            2u);  // a lead alone
  EXPECT_EQ(scan.skip("ab\xC2\xA0\xDF\xBF\xC1\xBF"
                      "cdefghijkl",
                      0),
            6u);  // C1 is no lead
  EXPECT_EQ(scan.skip("ab\xC3\xBF\xC3\xC0"
                      "cdefghijklmnop",
                      0),
            4u);                                                // C0 no continuation
  const std::string tail_first = "abcdefghijklmnop\xC3\xA6rs";  // the last block starts at 4
  EXPECT_EQ(scan.skip(tail_first, 17), 17u);
  EXPECT_EQ(scan.skip(tail_first, 16), tail_first.size());
  constexpr plain_scan_passing_tab_lf xml('&', '<', '>');
  EXPECT_EQ(xml.skip("p\xC3\xA5\n\xC3\xB8\tand \xE2\x80\x93 more", 0), 11u);
}

// Fewer than sixteen bytes: the whole two-byte characters pass too (names,
// places), also one cut where the first and the last eight (or four) bytes
// meet in skip_short()'s block, and one whose second byte begins the last
// eight (or four); a byte both halves hold is plain when either tells so.
TEST(PlainScan, PassesWholeTwoByteCharactersOfAShortText) {
  constexpr plain_scan scan('&', '<', '>');
  EXPECT_EQ(scan.skip("S\xC3\xB8ren Hansen", 0), 13u);
  EXPECT_EQ(scan.skip("\xC3\x86r\xC3\xB8", 0), 5u);
  EXPECT_EQ(scan.skip("abc\xC3\xA6"
                      "fghijkl",
                      0),
            12u);  // the last eight begin with the "æ"'s second byte
  EXPECT_EQ(scan.skip("\xC3\xA6"
                      "bcd",
                      0),
            5u);  // the last four likewise
  EXPECT_EQ(scan.skip("S\xC3\xB8ren & Co", 0), 7u);
  EXPECT_EQ(scan.skip("S\xC3\xB8ren \xE2\x80\x93 A", 0), 7u);
  EXPECT_EQ(scan.skip("abcdefghij\xC3", 0), 10u);
  EXPECT_EQ(scan.skip("a\xC3\xA6", 0), 1u);  // fewer than four: byte by byte
  EXPECT_EQ(scan.skip("abcd\xA6", 0), 4u);
  EXPECT_EQ(scan.skip("S\xC3\xB8ren Hansen", 2), 2u);  // the lead byte before pos
  constexpr plain_scan_passing_tab_lf xml('&', '<', '>');
  EXPECT_EQ(xml.skip("\xC3\xA6\n\xC3\xB8\t\xC3\xA5<", 0), 8u);
  EXPECT_EQ(scan.skip("abcdefg\xC3\xA6xyz", 0), 12u);  // cut where the halves meet
  EXPECT_EQ(scan.skip("abcdefg\xC3\xA6xyz&", 0), 12u);
  // A lead byte alone last in the first eight, the last eight beginning
  // with a continuation byte: no character across the halves' meeting.
  EXPECT_EQ(scan.skip("abc\xC3\xA6"
                      "fg\xC3xyzw",
                      0),
            7u);
}

// XML's scan passes tab and LF, in blocks of sixteen, in the halves of eight
// and four and in blocks with whole two-byte characters, but stops at CR
// and the other controls, and where a tab or LF stand beside a stop.
TEST(PlainScan, TabAndLfPassWhereChosenPlain) {
  constexpr plain_scan_passing_tab_lf scan('&', '<', '>');
  EXPECT_EQ(scan.skip("first line\nsecond\tline\nthird line", 0), 33u);
  EXPECT_EQ(scan.skip("abcdefghijkl\nmn&", 0), 15u);
  EXPECT_EQ(scan.skip("abc\tdefghi\n&", 0), 11u);  // eight to fifteen bytes
  EXPECT_EQ(scan.skip("ab\nc\t&", 0), 5u);         // four to seven
  EXPECT_EQ(scan.skip("p\xC3\xA5 m\xC3\xB8\nde\tand more\r", 0), 19u);
  EXPECT_EQ(scan.skip("abcdefghijkl\nmn\x01op", 0), 15u);
  EXPECT_EQ(scan.skip("abcdefghij\tkl\rmnopq", 0), 13u);
  EXPECT_EQ(scan.skip("\n\t\n", 0), 3u);
  constexpr plain_scan json('"', '\\', '"');
  EXPECT_EQ(json.skip("abcdefghijkl\nmn&", 0), 12u);
}

// JSON's and CSV's scan looks for two characters (and the controls): its
// third is the first, whatever was given, in the blocks and byte by byte.
TEST(PlainScan, AScanOfTwoCharactersStopsAtBothAndNoThird) {
  constexpr plain_scan_of_two scan('"', '\\', 'x');
  EXPECT_EQ(scan.skip("abcdefghijklmnopx\"", 0), 17u);
  EXPECT_EQ(scan.skip("abcdefghijklmnopx\\", 0), 17u);
  EXPECT_EQ(scan.skip("abcdefghijklmnopxx", 0), 18u);
  EXPECT_EQ(scan.skip("xxxx\\", 0), 4u);
  EXPECT_EQ(scan.skip("axbxcx\"", 0), 6u);
  EXPECT_EQ(scan.skip("abcdefghijklmnopqrstuvwxyz\n", 0), 26u);
  EXPECT_TRUE(scan.is_plain('x'));
  EXPECT_FALSE(scan.is_plain('\\'));
}

TEST(PlainScan, CheckedUtf8PassesNonAsciiButStillStopsAtControls) {
  constexpr plain_scan scan('"', '\\', '"', true);
  EXPECT_EQ(scan.skip("abcdefghijkl\xC3\xA6mnop\"q", 0), 18u);
  EXPECT_EQ(scan.skip("\xC3\xA6\xC3\xB8\xC3\xA5\xC3\x85\n", 0), 8u);
  EXPECT_EQ(scan.skip("\xE2\x80\x93\x01", 0), 3u);
}

}  // namespace
