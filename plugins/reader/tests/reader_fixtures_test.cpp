// Every fixture file as the read stage sees it: encodings made by
// tests/fixtures/encodings/make_fixtures.py, the corpus and the dialect
// variants.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "text_reader.hpp"

namespace protokol::reader {
namespace {

namespace fs = std::filesystem;

const fs::path fixtures = PROTOKOL_FIXTURES_DIR;

std::string bytes_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

read_result read_fixture(const std::string& name, reader_options options = {}) {
  return text_reader(options).read(bytes_of(fixtures / "encodings" / name));
}

std::string message_of(const std::string& name, reader_options options = {}) {
  try {
    read_fixture(name, options);
  } catch (const read_error& e) {
    return e.what();
  }
  return "(no error)";
}

const std::string danish =
    "Referat af mødet i Børne- og Ungeudvalget\nÆndret dagsorden for Ølstykke og Århus\n";

TEST(ReaderFixtures, Utf8Bom) {
  const read_result result = read_fixture("utf8_bom.txt");
  EXPECT_EQ(result.text, danish);
  EXPECT_EQ(result.encoding, "UTF-8 BOM");
}

TEST(ReaderFixtures, Utf16LeBom) {
  const read_result result = read_fixture("utf16le_bom.txt");
  EXPECT_EQ(result.text, danish);
  EXPECT_EQ(result.encoding, "UTF-16LE BOM");
}

TEST(ReaderFixtures, Utf16BeBom) {
  const read_result result = read_fixture("utf16be_bom.txt");
  EXPECT_EQ(result.text, danish);
  EXPECT_EQ(result.encoding, "UTF-16BE BOM");
}

TEST(ReaderFixtures, Windows1252WithSmartQuotesAndEuro) {
  const read_result result = read_fixture("windows1252.txt");
  EXPECT_EQ(result.text, danish +
                             "Punkt 1: “Grøn omstilling” – budget på 5 € pr. borger\n"
                             "Udvalget bad om ‘én’ samlet plan… Mødet sluttede kl. 18.\n");
  EXPECT_EQ(result.encoding, "windows-1252");
}

TEST(ReaderFixtures, Latin1) {
  const read_result result = read_fixture("latin1.txt");
  EXPECT_EQ(result.text, danish + "Mødet varede 1½ time.\n");
  EXPECT_EQ(result.encoding, "ISO-8859-1");
}

TEST(ReaderFixtures, CrLf) {
  const read_result result = read_fixture("crlf.txt");
  EXPECT_EQ(result.text, danish);
  EXPECT_EQ(result.encoding, "UTF-8");
}

TEST(ReaderFixtures, CrOnly) { EXPECT_EQ(read_fixture("cr_only.txt").text, danish); }

TEST(ReaderFixtures, FormFeedInWrappedTitleKeepsOneParagraph) {
  EXPECT_EQ(
      read_fixture("form_feed_title.txt").text,
      "3. Forslag til lokalplan for området ved\nStationen og Rådhuspladsen\n\nSagsfremstilling\n");
}

TEST(ReaderFixtures, NoFinalNewlineStaysWithout) {
  EXPECT_EQ(read_fixture("no_final_newline.txt").text, "Referat\nMødet sluttede");
}

TEST(ReaderFixtures, MixedUtf8AndWindows1252) {
  const read_result result = read_fixture("mixed_utf8_windows1252.txt");
  EXPECT_EQ(result.text, "Mødet i Økonomiudvalget\nBemærk: dør og “tag”\n");
  EXPECT_EQ(result.encoding, "UTF-8 with windows-1252 bytes");
}

TEST(ReaderFixtures, EmptyIsRefused) { EXPECT_EQ(message_of("empty.txt"), "empty file (0 bytes)"); }

TEST(ReaderFixtures, PngIsRefusedWithItsFormatNamed) {
  EXPECT_EQ(message_of("binary.png"),
            "unsupported format: PNG image; run OCR and save the text, or find the minutes as PDF");
}

TEST(ReaderFixtures, TooLargeIsRefused) {
  reader_options options;
  options.max_bytes = 64;
  EXPECT_EQ(message_of("windows1252.txt", options),
            "file is 192 bytes, over the max_bytes limit of 64");
}

TEST(ReaderFixtures, CorpusFilesAreUtf8AndUnchanged) {
  for (const auto& entry : fs::directory_iterator(fixtures / "corpus")) {
    if (entry.path().extension() != ".txt") continue;
    const std::string raw = bytes_of(entry.path());
    const read_result result = text_reader({}).read(raw);
    EXPECT_EQ(result.encoding, "UTF-8") << entry.path().filename();
    EXPECT_EQ(result.text, raw) << entry.path().filename();
  }
}

std::string encode(std::string_view utf8, const char* encoding) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() + 16, '\0');
  const int32_t length =
      ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                   static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<std::size_t>(length));
  return out;
}

// Builds a new string: GCC 12 warns falsely (-Wrestrict) on string::replace.
std::string replace_all(std::string_view text, std::string_view from, std::string_view to) {
  std::string out;
  for (std::size_t at = text.find(from); at != std::string_view::npos; at = text.find(from)) {
    out.append(text.substr(0, at)).append(to);
    text.remove_prefix(at + from.size());
  }
  return out.append(text);
}

TEST(ReaderFixtures, CorpusAsWindows1252ReadsBackTheSameText) {
  for (const auto& entry : fs::directory_iterator(fixtures / "corpus")) {
    if (entry.path().extension() != ".txt") continue;
    const std::string utf8 = bytes_of(entry.path());
    const read_result result = text_reader({}).read(encode(utf8, "windows-1252"));
    EXPECT_EQ(result.encoding, "windows-1252") << entry.path().filename();
    EXPECT_EQ(result.text, utf8) << entry.path().filename();
  }
}

TEST(ReaderFixtures, CorpusAsLatin1ReadsBackTheSameText) {
  for (const auto& entry : fs::directory_iterator(fixtures / "corpus")) {
    if (entry.path().extension() != ".txt") continue;
    // The corpus's only characters outside Latin-1.
    const std::string utf8 = replace_all(replace_all(bytes_of(entry.path()), "–", "-"), "”", "\"");
    const read_result result = text_reader({}).read(encode(utf8, "ISO-8859-1"));
    EXPECT_EQ(result.encoding, "ISO-8859-1") << entry.path().filename();
    EXPECT_EQ(result.text, utf8) << entry.path().filename();
  }
}

TEST(ReaderFixtures, DialectFixturesReadWithoutLoss) {
  for (const auto& entry : fs::directory_iterator(fixtures / "dialects")) {
    if (entry.path().extension() != ".txt") continue;
    const read_result result = text_reader({}).read(bytes_of(entry.path()));
    EXPECT_EQ(result.encoding, "UTF-8") << entry.path().filename();
    EXPECT_EQ(result.text.find('\r'), std::string::npos) << entry.path().filename();
    EXPECT_EQ(result.text.find('\f'), std::string::npos) << entry.path().filename();
  }
}

TEST(ReaderFixtures, OneReaderServesManyThreads) {
  const text_reader reader({});
  const std::vector<std::string> names = {"windows1252.txt", "latin1.txt", "utf16le_bom.txt",
                                          "crlf.txt"};
  std::vector<std::string> raws;
  std::vector<read_result> expected;
  for (const std::string& name : names) {
    raws.push_back(bytes_of(fixtures / "encodings" / name));
    expected.push_back(reader.read(raws.back()));
  }
  std::vector<std::thread> threads;
  std::atomic<int> mismatches = 0;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int round = 0; round < 50; ++round) {
        for (std::size_t i = 0; i < raws.size(); ++i) {
          const read_result got = reader.read(raws[i]);
          if (got.text != expected[i].text || got.encoding != expected[i].encoding) ++mismatches;
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(mismatches, 0);
}

}  // namespace
}  // namespace protokol::reader
