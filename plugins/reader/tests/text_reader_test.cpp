#include "text_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "nfc.hpp"
#include "utf8_scan.hpp"

namespace protokol::reader {
namespace {

using namespace std::string_literals;

std::string message_of(const text_reader& reader, std::string_view raw) {
  try {
    reader.read(raw);
  } catch (const read_error& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(TextReader, Utf8WithLfIsCopied) {
  const read_result result = text_reader({}).read("Referat\nMøde\n");
  EXPECT_EQ(result.text, "Referat\nMøde\n");
  EXPECT_EQ(result.encoding, "UTF-8");
}

TEST(TextReader, EmptyFileIsRefused) {
  EXPECT_EQ(message_of(text_reader({}), ""), "empty file (0 bytes)");
}

TEST(TextReader, ByteOrderMarkAloneIsRefusedAsEmpty) {
  EXPECT_EQ(message_of(text_reader({}), "\xEF\xBB\xBF"), "empty file (no text in its 3 bytes)");
}

TEST(TextReader, FileOverMaxBytesIsRefused) {
  reader_options options;
  options.max_bytes = 10;
  EXPECT_EQ(message_of(text_reader(options), "Referat af mødet"),
            "file is 17 bytes, over the max_bytes limit of 10");
}

TEST(TextReader, NulByteMakesBinary) {
  EXPECT_EQ(message_of(text_reader({}), "abc\0def"s), "binary file: NUL byte at offset 3");
}

TEST(TextReader, NulOffsetCountsTheByteOrderMark) {
  EXPECT_EQ(message_of(text_reader({}),
                       "\xEF\xBB\xBF"
                       "ab\0"s),
            "binary file: NUL byte at offset 5");
}

TEST(TextReader, ManyControlBytesMakeBinary) {
  std::string raw(200, 'a');
  for (std::size_t i = 0; i < 200; i += 20) raw[i] = '\x01';
  EXPECT_EQ(message_of(text_reader({}), raw),
            "binary file: 10 control bytes in the first 200 bytes");
}

TEST(TextReader, ControlBytesAreCountedExactlyAmongAllOthers) {
  // Every byte but NUL, twice: 0x01-0x1F but tab, LF, VT, FF and CR count,
  // wherever they stand in the blocks the count takes at a time.
  std::string raw;
  for (int round = 0; round < 2; ++round)
    for (int b = 1; b < 256; ++b) raw += static_cast<char>(b);
  raw += "abc";
  EXPECT_EQ(message_of(text_reader({}), raw),
            "binary file: 52 control bytes in the first 513 bytes");
}

TEST(TextReader, AFewStrayControlBytesAreRemoved) {
  std::string raw(1000, 'a');
  raw[10] = '\x01';
  raw[500] = '\x1B';
  const read_result result = text_reader({}).read(raw);
  EXPECT_EQ(result.text, std::string(998, 'a'));
}

TEST(TextReader, Utf16LeWithBomIsConverted) {
  const read_result result = text_reader({}).read(
      "\xFF\xFE"
      "M\0\xF8\0"
      "d\0e\0\r\0\n\0"s);
  EXPECT_EQ(result.text, "Møde\n");
  EXPECT_EQ(result.encoding, "UTF-16LE BOM");
}

TEST(TextReader, Utf16BeWithBomIsConverted) {
  const read_result result = text_reader({}).read("\xFE\xFF\0M\0\xF8\0d\0e"s);
  EXPECT_EQ(result.text, "Møde");
  EXPECT_EQ(result.encoding, "UTF-16BE BOM");
}

TEST(TextReader, Utf32LeWithBomIsConverted) {
  const read_result result = text_reader({}).read("\xFF\xFE\0\0\xC5\0\0\0"s);
  EXPECT_EQ(result.text, "Å");
  EXPECT_EQ(result.encoding, "UTF-32LE BOM");
}

TEST(TextReader, Utf16WithOddLengthIsBinary) {
  EXPECT_EQ(message_of(text_reader({}),
                       "\xFF\xFE"
                       "M\0\xF8"s),
            "binary file: invalid UTF-16LE at byte offset 4");
}

TEST(TextReader, Utf16WithNulCharacterIsBinary) {
  EXPECT_EQ(message_of(text_reader({}),
                       "\xFF\xFE"
                       "M\0\0\0"s),
            "binary file: NUL character in UTF-16LE text");
}

TEST(TextReader, Windows1252WithSmartQuotesIsDetected) {
  const read_result result = text_reader({}).read(
      "\x93M\xF8"
      "de\x94 \x96 5 \x80\n"s);
  EXPECT_EQ(result.text, "“Møde” – 5 €\n");
  EXPECT_EQ(result.encoding, "windows-1252");
}

TEST(TextReader, Latin1WithoutC1BytesIsNamedLatin1) {
  const read_result result = text_reader({}).read(
      "\xC6ndret m\xF8"
      "de p\xE5 \xC5"
      "rhus Sygehus, 1\xBD time\n"s);
  EXPECT_EQ(result.text, "Ændret møde på Århus Sygehus, 1½ time\n");
  EXPECT_EQ(result.encoding, "ISO-8859-1");
}

TEST(TextReader, FallbackEncodingIsUsedWhenDetectionIsRefused) {
  reader_options options;
  options.fallback_encoding = "IBM865";  // DOS Nordic: 0x9B is ø
  const read_result result = text_reader(options).read(
      "K\x9B"
      "benhavn\n"s);
  EXPECT_EQ(result.text, "København\n");
  EXPECT_EQ(result.encoding, "IBM865");
}

TEST(TextReader, InvalidInEveryCandidateIsBinary) {
  reader_options options;
  options.fallback_encoding = "US-ASCII";
  EXPECT_EQ(message_of(text_reader(options),
                       "K\xF8"
                       "benhavn\n"s),
            "binary file: not valid as UTF-8 or US-ASCII");
}

TEST(TextReader, MostlyUtf8WithStrayWindows1252ByteIsRepaired) {
  const read_result result = text_reader({}).read("Mødet i Økonomiudvalget – d\xF8r\n"s);
  EXPECT_EQ(result.text, "Mødet i Økonomiudvalget – dør\n");
  EXPECT_EQ(result.encoding, "UTF-8 with windows-1252 bytes");
}

// The fallback's table of high bytes is made at the first file with a
// stray byte, not when the reader is made: one reader, read on several
// threads at once, makes it once and repairs every file alike, the first
// file read included.
TEST(TextReader, StrayBytesAreRepairedAlikeOnThreadsSharingAReader) {
  const text_reader reader({});
  EXPECT_EQ(reader.read("Udvalget godkendte indstillingen.\n"s).encoding, "UTF-8");
  std::vector<std::string> texts(8);
  std::vector<std::thread> threads;
  for (std::string& text : texts) {
    threads.emplace_back([&reader, &text] {
      for (int i = 0; i < 20; ++i)
        text = reader.read("Mødet i Økonomiudvalget – d\xF8r \x96 ø\n"s).text;
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& text : texts) EXPECT_EQ(text, "Mødet i Økonomiudvalget – dør – ø\n");
}

TEST(TextReader, DecomposedTextIsComposed) {
  EXPECT_EQ(text_reader({}).read("A\u030Arhus").text, "\u00C5rhus");
}

TEST(TextReader, NormalizeOffKeepsDecomposedText) {
  reader_options options;
  options.normalize = false;
  EXPECT_EQ(text_reader(options).read("A\u030Arhus").text, "A\u030Arhus");
}

TEST(TextReader, UnknownFallbackIsRefusedAtConstruction) {
  reader_options options;
  options.fallback_encoding = "klingon";
  EXPECT_THROW(text_reader{options}, std::invalid_argument);
}

// What every reader promises the stages (the read fuzz target's check, here
// on every make test): well-formed UTF-8, no CR, and NFC that NFC leaves as
// it is, for texts of the pieces that clean_text, the character references,
// ligatures, bullets, NFC and the zero-width step each change. The fuzz
// target found a zero-width space between a letter and its combining mark.
TEST(TextReader, TextIsCleanUtf8InNfcWhateverThePieces) {
  const std::string_view pieces[] = {
      "e",      "A",          " ",      "\n",     "\r",     "\r\n",   "\f",
      "\t",     "\xC2\x85",   "\u0301", "\u030A", "\u0308", "\u200B", "\u200D",
      "\u2060", "\uFEFF",     "\u2028", "\uFB01", "\uF0B7", "&#769;", "&#8203;",
      "&amp;",  "&lt;br&gt;", "<br>",   "\u00E5", "\u212B", "\xE9",   "\x7F"};
  unsigned state = 31;
  auto next = [&] { return (state = state * 1103515245U + 12345U) >> 16; };
  const text_reader reader({});
  for (int round = 0; round < 20000; ++round) {
    std::string raw = "x";
    for (unsigned k = next() % 10; k > 0; --k) raw += pieces[next() % std::size(pieces)];
    std::string text;
    try {
      text = reader.read(raw).text;
    } catch (const read_error&) {
      continue;  // empty once cleaned
    }
    EXPECT_TRUE(scan_utf8(text).valid) << raw;
    EXPECT_EQ(text.find('\r'), std::string::npos) << raw;
    std::string normalised = text;
    to_nfc(normalised);
    EXPECT_EQ(normalised, text) << raw;
  }
}

}  // namespace
}  // namespace protokol::reader
