// Which files the stage takes, and how it refuses the ones it cannot read:
// bombs, encryption, corruption, lying zip directories.
#include <gtest/gtest.h>

#include <cstring>

#include "docx_reader.hpp"
#include "test_docx.hpp"

namespace {

using protokol::docx::docx_options;
using protokol::docx::docx_reader;
using protokol::docx::test::fixture;
using protokol::docx::test::make_docx;
using protokol::docx::test::make_zip;

std::string refusal(const std::string& raw, const docx_options& options = {}) {
  try {
    (void)docx_reader(options).read(raw);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "(read)";
}

const std::string body = "<w:p><w:r><w:t>Godkendt</w:t></w:r></w:p>";

TEST(DocxArchive, TextFileIsNotOurs) {
  EXPECT_FALSE(docx_reader(docx_options{}).read("Punkt 1: Godkendt\n").has_value());
}

TEST(DocxArchive, SpreadsheetZipIsNotOurs) {
  EXPECT_FALSE(docx_reader(docx_options{}).read(fixture("docx/bad/spreadsheet.xlsx")).has_value());
}

TEST(DocxArchive, ZipThatOnlyMentionsTheDocumentPartIsNotOurs) {
  const std::string zip = make_zip({{"noter.txt", "se word/document.xml"}});
  ASSERT_NE(zip.find("word/document.xml"), std::string::npos);
  EXPECT_FALSE(docx_reader(docx_options{}).read(zip).has_value());
}

TEST(DocxArchive, ZipIsReadInPlace) {
  // Nothing but the bytes handed in: no file, no copy the caller sees.
  const std::string raw = make_docx(body);
  EXPECT_EQ(docx_reader(docx_options{}).read(raw).value(), "Godkendt\n");
}

TEST(DocxArchive, FileOverMaxBytesIsRefused) {
  docx_options options;
  options.limits.max_bytes = 100;
  const std::string raw = make_docx(body);
  EXPECT_EQ(refusal(raw, options),
            "Word document of " + std::to_string(raw.size()) + " bytes is over max_bytes (100)");
}

TEST(DocxArchive, TooManyEntriesAreRefused) {
  docx_options options;
  options.limits.max_entries = 1;
  EXPECT_EQ(refusal(make_docx(body), options),
            "Word document has 2 zip entries, over max_entries (1)");
}

TEST(DocxArchive, ZipBombIsRefusedByRatioBeforeUnpacking) {
  EXPECT_EQ(refusal(fixture("docx/bad/bomb_small.docx")),
            "zip bomb? word/document.xml would unpack to 10486041 bytes, ratio 1006:1, over "
            "max_ratio (200:1)");
}

TEST(DocxArchive, PartOverMaxPartBytesIsRefused) {
  docx_options options;
  options.limits.max_ratio = 5000;
  options.limits.max_part_bytes = 1 << 20;
  EXPECT_EQ(refusal(fixture("docx/bad/bomb_small.docx"), options),
            "Word document part word/document.xml would unpack to 10486041 bytes, over "
            "max_part_bytes (1048576)");
}

TEST(DocxArchive, BombOverTheDefaultLimitsIsRefused) {
  EXPECT_EQ(refusal(fixture("docx/bad/bomb_default_limits.docx")),
            "zip bomb? word/document.xml would unpack to 314573081 bytes, ratio 1028:1, over "
            "max_ratio (200:1)");
}

TEST(DocxArchive, SmallRepetitivePartIsNoBomb) {
  // Far past 200:1, but under 1 MiB unpacked: costs nothing to read.
  std::string many;
  for (int i = 0; i < 5000; ++i) many += "<w:p/>";
  EXPECT_EQ(docx_reader(docx_options{}).read(make_docx(many + body)).value(), "Godkendt\n");
}

// Rewrites the uncompressed size of `name` in its local header and in the
// central directory, as a forged archive would.
std::string with_declared_size(std::string zip, const std::string& name, std::uint32_t size) {
  for (std::size_t at = 0; (at = zip.find(name, at)) != std::string::npos; at += name.size()) {
    if (at >= 30 && zip.compare(at - 30, 4, "PK\x03\x04") == 0) {
      std::memcpy(zip.data() + at - 30 + 22, &size, 4);
    } else if (at >= 46 && zip.compare(at - 46, 4, "PK\x01\x02") == 0) {
      std::memcpy(zip.data() + at - 46 + 24, &size, 4);
    }
  }
  return zip;
}

TEST(DocxArchive, DirectoryThatUnderstatesASizeIsCaughtWhileReading) {
  std::string big;
  for (int i = 0; i < 2000; ++i)
    big += "<w:p><w:r><w:t>Beslutning " + std::to_string(i) + "</w:t></w:r></w:p>";
  const std::string forged = with_declared_size(make_docx(big), "word/document.xml", 100);
  const std::string why = refusal(forged);
  EXPECT_TRUE(why.starts_with("corrupt Word document (.docx): word/document.xml")) << why;
}

TEST(DocxArchive, EncryptedEntryIsRefused) {
  EXPECT_EQ(refusal(fixture("docx/bad/encrypted.docx")),
            "encrypted Word document: remove the password first");
}

TEST(DocxArchive, TruncatedZipIsRefusedAsCorrupt) {
  EXPECT_TRUE(refusal(fixture("docx/bad/truncated.docx"))
                  .starts_with("corrupt Word document (.docx): not a readable zip archive"));
}

TEST(DocxArchive, MalformedXmlNamesThePart) {
  EXPECT_TRUE(refusal(fixture("docx/bad/malformed_xml.docx"))
                  .starts_with("malformed XML in Word document part word/document.xml at byte "));
}

TEST(DocxArchive, MalformedStylesNamesThePart) {
  const std::string raw = make_zip({{"word/document.xml", protokol::docx::test::document_xml(body)},
                                    {"word/styles.xml", "<w:styles><w:style>"}});
  EXPECT_TRUE(refusal(raw).starts_with("malformed XML in Word document part word/styles.xml"))
      << refusal(raw);
}

// Found with fuzz_docx on a hand-made input: the body is read by recursion,
// and a hundred thousand nested content controls overflowed the stack.
// (Padding that does not compress gets such a part under the default
// max_ratio.)
TEST(DocxArchive, PartNestedDeeperThanWordNestsIsRefused) {
  std::string body;
  for (int i = 0; i < 100000; ++i) body += "<w:sdt><w:sdtContent>";
  body += "<w:p><w:r><w:t>Punkt 1</w:t></w:r></w:p>";
  for (int i = 0; i < 100000; ++i) body += "</w:sdtContent></w:sdt>";
  docx_options any_ratio;
  any_ratio.limits.max_ratio = 1000000;
  EXPECT_EQ(refusal(make_docx(body), any_ratio),
            "Word document part word/document.xml nests elements more than 256 deep");
}

TEST(DocxArchive, InvalidUtf8IsRefused) {
  EXPECT_EQ(refusal(make_docx("<w:p><w:r><w:t>\xC3(</w:t></w:r></w:p>")),
            "malformed UTF-8 in Word document part word/document.xml");
}

}  // namespace
