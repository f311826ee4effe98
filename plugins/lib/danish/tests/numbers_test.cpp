#include "danish/numbers.hpp"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <array>
#include <random>
#include <string>
#include <utility>
#include <vector>

using protokol::danish::find_numbers;
using protokol::danish::number_match;

namespace {

std::vector<std::string> number_values(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& m : find_numbers(text)) out.push_back(m.value);
  return out;
}

number_match only(std::string_view text) {
  const auto found = find_numbers(text);
  EXPECT_EQ(found.size(), 1u) << text;
  return found.empty() ? number_match{} : found.front();
}

// Odense writes the year in full before the slash: "2007/34364",
// "2012/057275"; a season ("2023/2024", "2019/20") is no case number.
TEST(DanishNumbers, YearSlashSerial) {
  EXPECT_EQ(only("2007/34364").style, "year-slash-serial");
  EXPECT_EQ(only("2012/057275").value, "2012/057275");
  EXPECT_TRUE(number_values("skoleåret 2023/2024 og budget 2019/20").empty());
  EXPECT_EQ(only("23/11876").style, "yy-slash-serial");
}

}  // namespace

TEST(DanishNumbers, KleJournalNumber) {
  const auto m = only("Punkt 4: Virksomhedsprisen\n\n24.00.00-P00-1-22\n\nAnledning");
  EXPECT_EQ(m.value, "24.00.00-P00-1-22");
  EXPECT_EQ(m.style, "kle");
  EXPECT_EQ(m.kind, "case_number");
  EXPECT_EQ(only("00.01.00-A00-1-22").style, "kle");
}

// FICS (Lemvig) writes KLE subject and facet without a dash between and a
// serial without a year: "00.22.00G01-0002".
TEST(DanishNumbers, CompactKleJournalNumber) {
  const auto m = only(" 1                  Stefan Agger\n\n                 00.22.00G01-0002\n");
  EXPECT_EQ(m.value, "00.22.00G01-0002");
  EXPECT_EQ(m.style, "kle");
  EXPECT_EQ(m.kind, "case_number");
  EXPECT_EQ(only("13.03.00Ø60-0001").value, "13.03.00Ø60-0001");
  // Not a version number or a date with a letter glued on, nor a serial of seven digits.
  EXPECT_TRUE(number_values("version 01.02.03B04 og 00.22.00G01-1234567").empty());
}

TEST(DanishNumbers, OffsetsPointAtTheNumber) {
  const std::string text = "x\n15.00.00-A00-5-22\n";
  const auto m = only(text);
  EXPECT_EQ(text.substr(m.start, m.end - m.start), "15.00.00-A00-5-22");
}

TEST(DanishNumbers, LabelledCaseAndDocumentNumbers) {
  const auto found = find_numbers("Doknr.: 727-2018-127631\n\nSagsnr.: 727-2018-2162\n");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].kind, "document_number");
  EXPECT_EQ(found[0].value, "727-2018-127631");
  EXPECT_EQ(found[0].style, "municipality-year-serial");
  EXPECT_EQ(found[1].kind, "case_number");
  EXPECT_EQ(found[1].value, "727-2018-2162");
}

// "Sagsid.: 18/125" (Aabenraa's pages), "Sags-id: S2022-1234": the label
// ends in "id", and its number may be shorter than a bare one must be.
TEST(DanishNumbers, SagsidLabels) {
  EXPECT_EQ(number_values("Sagsid.: 18/125, Sagsinitialer: TMP"),
            std::vector<std::string>{"18/125"});
  EXPECT_EQ(number_values("Sags-id: S2022-1234"), std::vector<std::string>{"S2022-1234"});
  EXPECT_EQ(number_values("SAGS ID: 24/77"), std::vector<std::string>{"24/77"});
  EXPECT_TRUE(find_numbers("Det tog tid: 18/125 minutter").empty());
}

// "KLE-nr.: 00.01A00", "Emnenr.: 00.01A00": the case's class, as
// "Journalnr." holds it in Haderslev's minutes (trial AO).
TEST(DanishNumbers, ClassLabels) {
  EXPECT_EQ(number_values("KLE-nr.: 00.01A00   Sagsnr.: 08/4410"),
            (std::vector<std::string>{"00.01A00", "08/4410"}));
  EXPECT_EQ(number_values("KLE nr.: 00.01A00"), std::vector<std::string>{"00.01A00"});
  EXPECT_EQ(number_values("Emnenr.: 82.06.00G01"), std::vector<std::string>{"82.06.00G01"});
}

// "Dok.nr.: 300419-24, 300420-24": a list of numbers of one shape after one
// label; a number of another shape after it is no part of the list.
TEST(DanishNumbers, ALabelsListOfNumbers) {
  const auto found = find_numbers("Dok.nr.: 300419-24, 300420-24 og 300421-24\n");
  ASSERT_EQ(found.size(), 3u);
  for (const auto& n : found) EXPECT_EQ(n.kind, "document_number");
  EXPECT_EQ(found[2].value, "300421-24");
  EXPECT_EQ(number_values("Sagsnr.: 24/1234, 12 medlemmer"), std::vector<std::string>{"24/1234"});
  // "Sag nr. 98   Regnskab 1995": an item's number, no case's.
  EXPECT_TRUE(find_numbers("Sag nr. 98   Regnskab 1995").empty());
}

// "Journalnr.: A00" (Acadre at Hørsholm): a KLE handling facet alone is a
// class of cases, not a number; the full KLE number stays one.
TEST(DanishNumbers, AKleFacetAloneAfterALabelIsNoNumber) {
  EXPECT_TRUE(find_numbers("Journalnr.: A00").empty());
  EXPECT_TRUE(find_numbers("Sagsnr.: K09\n").empty());
  EXPECT_EQ(number_values("Journalnr.: 24.00.00-A00-1-17"),
            std::vector<std::string>{"24.00.00-A00-1-17"});
  EXPECT_EQ(number_values("Sagsnr.: A004"), std::vector<std::string>{"A004"});
}

TEST(DanishNumbers, LabelSpellings) {
  for (const char* label :
       {"Sagsnr.:", "Sags nr.", "Sag nr.", "J.nr.", "J. nr.", "Journalnr.", "Sagsnummer:"}) {
    const auto m = only(std::string(label) + " 23/11876");
    EXPECT_EQ(m.kind, "case_number") << label;
    EXPECT_EQ(m.value, "23/11876") << label;
  }
  for (const char* label : {"Doknr.:", "Dok.nr.:", "Dok. nr.", "Dokumentnr.", "Dokumentnummer:"}) {
    const auto m = only(std::string(label) + " 23/11876-4");
    EXPECT_EQ(m.kind, "document_number") << label;
    EXPECT_EQ(m.value, "23/11876-4") << label;
    EXPECT_EQ(m.style, "yy-slash-serial") << label;
  }
}

// Trial AV: other municipalities' spellings of the label, which alone makes
// a number of no known form ("A004") a case number.
TEST(DanishNumbers, MoreLabelSpellings) {
  for (const char* label : {"Jour.nr.:", "Journal-nr.:", "Sags.nr.:", "J.-nr.:"})
    EXPECT_EQ(number_values(std::string(label) + " A004"), std::vector<std::string>{"A004"})
        << label;
}

// Copenhagen 2005: a unit's letters lead the journal number, "J.nr. IU
// 14/2005"; the number is all of it. A capital word after a number is not.
TEST(DanishNumbers, AUnitsLettersLeadALabelledNumber) {
  const auto m = only("IU    1/2005  J.nr. IU 14/2005");
  EXPECT_EQ(m.value, "IU 14/2005");
  EXPECT_EQ(m.kind, "case_number");
  EXPECT_EQ(m.style, "other");
  EXPECT_EQ(number_values("Sagsnr.: 23/11876 TMU 2024"), std::vector<std::string>{"23/11876"});
  EXPECT_EQ(number_values("J.nr. A 2"), std::vector<std::string>{});
}

TEST(DanishNumbers, LabelledUnknownShapeIsOther) {
  const auto m = only("Sagsnr.: 123456");
  EXPECT_EQ(m.style, "other");
  EXPECT_EQ(m.value, "123456");
}

TEST(DanishNumbers, LabelOnItsOwnLine) {
  EXPECT_EQ(only("Sagsnr.:\n2012-28504").value, "2012-28504");
}

TEST(DanishNumbers, BareStyles) {
  EXPECT_EQ(only("727-2018-2162").style, "municipality-year-serial");
  EXPECT_EQ(only("306-2009-600").style, "municipality-year-serial");
  EXPECT_EQ(only("23/11876").style, "yy-slash-serial");
  EXPECT_EQ(only("18/9413").style, "yy-slash-serial");
  EXPECT_EQ(only("2012-28504").style, "year-serial");
  EXPECT_EQ(only("18-012345").style, "yy-serial");
  EXPECT_EQ(only("19-1234A").style, "yy-serial");
  EXPECT_EQ(only("EMN-2025-010561").style, "prefixed");
  EXPECT_EQ(only("038211-2014").style, "serial-year");
  EXPECT_EQ(only("12345-2013").style, "serial-year");
}

// A digit style is tried only where its run of digits and the byte after
// it stand (digit_style_at): each style, with "-" and with "–".
TEST(DanishNumbers, EachDigitStyleByItsRunAndTheByteAfter) {
  const std::pair<std::string_view, std::string_view> numbers[] = {
      {"24.00.00-P00-1-22", "kle"},
      {"24.00.00–P00–1–22", "kle"},
      {"727-2018-2162", "municipality-year-serial"},
      {"727–2018–2162", "municipality-year-serial"},
      {"2012-28504", "year-serial"},
      {"2012–28504", "year-serial"},
      {"18-012345", "yy-serial"},
      {"18–012345", "yy-serial"},
      {"2007/34364", "year-slash-serial"},
      {"23/11876", "yy-slash-serial"},
      {"038211-2014", "serial-year"},
      {"038211–2014", "serial-year"},
      {"12345-2013", "serial-year"},
      {"12345–2013", "serial-year"}};
  for (const auto& [number, style] : numbers) {
    const number_match found = only("Se sag " + std::string(number) + " om vejen.");
    EXPECT_EQ(found.style, style) << number;
    EXPECT_EQ(found.start, 7u) << number;
  }
}

TEST(DanishNumbers, EnDashIsNormalised) {
  EXPECT_EQ(only("24.00.00–P00–1–22").value, "24.00.00-P00-1-22");
}

TEST(DanishNumbers, NumberTrailingATitleIsFound) {
  EXPECT_EQ(number_values("Ledighed maj 2019\t727-2019-81907\n"),
            std::vector<std::string>{"727-2019-81907"});
}

TEST(DanishNumbers, DatesAreNotNumbers) {
  EXPECT_TRUE(number_values("d. 21-11-2022 og 2022-11-21 og pr. 11.10.22 og 30/9 2022 og 1/2-2023")
                  .empty());
  EXPECT_TRUE(number_values("temamøde d. 6/3-19 og 30/11-2023 og 21/11/2022 og 12/2023").empty());
  EXPECT_TRUE(number_values("Sagsnr.: 21-11-2022").empty());
}

TEST(DanishNumbers, RangesAreNotNumbers) {
  EXPECT_TRUE(number_values("perioden 2022-2025 og (2019-2022) samt 2018 - 2021").empty());
}

TEST(DanishNumbers, TimesPhonesPostcodesAmountsAreNotNumbers) {
  EXPECT_TRUE(number_values("kl. 16:30 og kl. 16.30-17.00").empty());
  EXPECT_TRUE(number_values("Tlf. 43 68 68 68, +45 4368 6868").empty());
  EXPECT_TRUE(number_values("Roskildevej 30, 2620 Albertslund").empty());
  EXPECT_TRUE(
      number_values("1.234.567 kr., 2,5 mio. kr., 120.000 kr. og 48.000-60.000 kr.").empty());
  EXPECT_TRUE(number_values("jf. § 17, stk. 4 og §§ 12-14").empty());
}

TEST(DanishNumbers, CprLikeNumbersAreNotNumbers) {
  EXPECT_TRUE(number_values("CPR 211122-1234 og 010190-1234 og 200190-1234").empty());
  // A serial and a year whose six digits are a real date: a CPR number's shape.
  EXPECT_TRUE(number_values("050527-2012 og 311299-2001").empty());
}

TEST(DanishNumbers, NumbersInsideLongerRunsAreNotTaken) {
  EXPECT_TRUE(number_values("ref. 1234-567890-12 og 123/45678 og A23/11876").empty());
}

// next_number_start() reads 31 offsets at a time, from masks of 32 bytes;
// a number is found wherever it stands against those blocks, led by prose
// whose Danish letters (0xC3 and a second byte from 0xA0) start none.
TEST(DanishNumbers, ANumberIsFoundAtEveryOffset) {
  const std::string filler = "på søen ";
  const std::string tail = " og så går vi videre til næste punkt på dagsordenen i dag.\n";
  for (const std::string number :
       {"24/1123", "727-2018-2162", "EMN-2025-010561", "ÆK-2020-1234", "KØ-2020-1234"}) {
    for (std::size_t offset = 0; offset < 80; ++offset) {
      std::string text;
      while (offset > 0 && text.size() + filler.size() < offset) text += filler;
      text.resize(offset, ' ');
      const auto found = find_numbers(text + number + tail);
      ASSERT_EQ(found.size(), 1u) << number << " at " << offset;
      EXPECT_EQ(found.front().start, offset) << number;
      EXPECT_EQ(found.front().value, number) << number << " at " << offset;
    }
  }
}

// The search for a label's word ("nr", "nummer", "id") reads 32 bytes at a
// time, then sixteen, then byte by byte: a label is found wherever it stands
// against those blocks, after prose with no such word or prose whose "nu"
// and "tid" are words the search stops at and passes, and however little
// text follows it. The number "18/125" is too short to be taken without
// its label.
TEST(DanishNumbers, ALabelIsFoundAtEveryOffset) {
  for (const std::string filler : {"på søen ", "nu tid på søen "}) {
    for (const std::string label : {"Sagsnr.: ", "Sagsnummer: ", "Sagsid: ", "SAGS-ID: "}) {
      for (const std::string tail :
           {"\n", " og så går vi videre til næste punkt på dagsordenen.\n"}) {
        for (std::size_t offset = 0; offset < 140; ++offset) {
          std::string text;
          while (text.size() < offset) text += filler;
          text.resize(offset, ' ');
          if (offset > 0) text.back() = ' ';
          EXPECT_EQ(number_values(text + label + "18/125" + tail),
                    std::vector<std::string>{"18/125"})
              << filler << label << " at " << offset;
        }
      }
    }
  }
}

// --- The label regex read by hand ----------------------------------------
//
// find_numbers reads the label regex ("Sagsnr.: 24/1123") by hand where the
// bytes are ASCII. Its answers must be those of the regex it replaced, kept
// here as the reference.

namespace {

// The label regex as numbers.cpp built it from its table of labels.
std::string reference_label_pattern() {
  std::string p = "(?i)(";
  p += R"((sags?[.-]?\s?nr|sags?nummer|j\.?-?\s?nr|jour\.?\s?nr|journal[-\s]?nr|journalnummer|)";
  p += R"(sags?[-\s]?id|kle[-\s]?nr|emnenr))";
  p += '|';
  p += R"((dok\.?\s?nr|dokument\s?nr|dokumentnummer))";
  p += R"()\.?[ \t]*:?[ \t]*\n?[ \t]*([A-ZÆØÅ]{1,4} [0-9][0-9./–-]*[0-9]|)"
       R"([0-9A-ZÆØÅ][0-9A-ZÆØÅ./–-]*[0-9A-Z]|[0-9]))";
  return p;
}

protokol::danish::detail::label_spans reference_label_at(std::string_view text, std::size_t start) {
  static const RE2 label(reference_label_pattern());
  std::array<re2::StringPiece, 5> m;
  protokol::danish::detail::label_spans spans;
  spans.found = label.Match(re2::StringPiece(text.data(), text.size()), start, text.size(),
                            RE2::ANCHOR_START, m.data(), 5);
  if (!spans.found) return spans;
  const auto offset = [&](const char* p) { return static_cast<std::size_t>(p - text.data()); };
  spans.match_end = offset(m[0].data()) + m[0].size();
  spans.label_end = offset(m[1].data()) + m[1].size();
  spans.token_start = offset(m[4].data());
  spans.token_end = spans.token_start + m[4].size();
  spans.kind = m[2].data() != nullptr ? 0 : 1;
  return spans;
}

std::string pick_one(std::mt19937& random, const std::vector<std::string>& choices) {
  return choices[std::uniform_int_distribution<std::size_t>(0, choices.size() - 1)(random)];
}

// A label, a near miss or a piece of one, then what may stand before a number.
std::string label_like(std::mt19937& random) {
  static const std::vector<std::string> heads{
      "Sags", "sag",  "SAGS", "j",   "J",   "Jour",     "journal",  "Journal", "kle",
      "KLE",  "Emne", "emne", "Dok", "dok", "Dokument", "dokument", "ſags",    "\u212Ale",
      "Sa",   "jo",   "Do",   "Em",  "s",   "x",        "",         "ÆØ",      "jou"};
  static const std::vector<std::string> joins{"",   "",   ".",  "-",   " ",  "\t", "\n", "\f",
                                              "\r", ".-", ". ", "-\n", "\v", "s",  "S"};
  static const std::vector<std::string> words{"nr", "NR", "Nr", "nummer", "Nummer", "id",
                                              "ID", "n",  "nu", "mer",    "ummer",  "nr.",
                                              "i",  "",   "nR", "numme",  "ſ",      "d"};
  static const std::vector<std::string> labels{
      "Sagsnr",     "Sags nr",     "sags.nr",        "Sag nr",    "Sagsnummer", "J.nr",
      "J.-nr",      "Jnr",         "jour.nr",        "Journalnr", "Journal-nr", "JOURNALNUMMER",
      "Sagsid",     "Sags-id",     "KLE-nr",         "Emnenr",    "Doknr",      "Dok.nr",
      "Dokumentnr", "Dokument nr", "Dokumentnummer", "sag\nnr",   "j\tnr",      "kle nr"};
  if (random() % 2 == 0) return pick_one(random, labels);
  return pick_one(random, heads) + pick_one(random, joins) + pick_one(random, words);
}

// What may follow a label: ".", ":", blanks, a line break, then a number or
// letters, separators and look-alike bytes.
std::string number_like(std::mt19937& random) {
  static const std::vector<std::string> leads{"",       ".",  ":",   ". ",   ".: ",  " : ",
                                              "\t:\t",  "\n", ".\n", " \n ", "\n\n", "..",
                                              ": \n\t", ":.", ";",   " ;"};
  static const std::vector<std::string> parts{
      "24", "1123", "7",  "2005",   "/", "-",  ".",  "–",     "IU", "iu ", "A",        "b",
      "Æ",  "ø",    "ſ",  "\u212A", " ", "  ", "x",  "ABCDE", "S",  "00",  ",",        ":",
      "(",  "\n",   "-2", "/3",     "K", "é",  "q1", "a1.",   "Å",  "\t",  "\xE2\x80", "1–2"};
  std::string out = pick_one(random, leads);
  for (int n = static_cast<int>(random() % 6); n >= 0; --n) out += pick_one(random, parts);
  return out;
}

void expect_same_label(std::string_view text, std::size_t start, std::size_t& by_hand) {
  const auto want = reference_label_at(text, start);
  const auto got = protokol::danish::detail::label_at(text, start);
  if (got.by_hand) ++by_hand;
  ASSERT_EQ(got.found, want.found) << '"' << text << "\" at " << start;
  if (!want.found) return;
  EXPECT_EQ(got.match_end, want.match_end) << text;
  EXPECT_EQ(got.label_end, want.label_end) << text;
  EXPECT_EQ(got.token_start, want.token_start) << text;
  EXPECT_EQ(got.token_end, want.token_end) << text;
  EXPECT_EQ(got.kind, want.kind) << text;
}

}  // namespace

TEST(DanishNumbers, LabelsReadByHandAsTheRegex) {
  std::size_t by_hand = 0;
  for (const std::string_view text :
       {"Sagsnr.: 24/1123", "J.nr. IU 14/2005", "Dok.nr.:\n 300419-24", "Journalnummer 12",
        "Sags-id: EMN-2025-010561", "KLE-nr.: A00", "Emnenr. 00.01.00", "Dokumentnr 5",
        "jour.nr. 7", "sag nr. 98 Regnskab", "Sagsnr.: Æ12", "Dok nr. 12–4", "ſagsnr. 1"}) {
    expect_same_label(text, 0, by_hand);
  }
  std::mt19937 random(20261207);
  std::size_t found = 0;
  for (int i = 0; i < 200000; ++i) {
    std::string text = random() % 8 == 0 ? pick_one(random, {"", "a", " ", "s"}) : "";
    const std::size_t start = text.size();
    text += label_like(random);
    if (random() % 4 != 0) text += number_like(random);
    expect_same_label(text, start, by_hand);
    if (reference_label_at(text, start).found) ++found;
    if (HasFailure()) return;
  }
  EXPECT_GT(found, 20000u);     // the random texts hold labels, not only misses
  EXPECT_GT(by_hand, 100000u);  // and most are read by hand
}
