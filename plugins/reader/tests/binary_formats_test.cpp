// Files that are not text are refused with their format named and a way out.
#include "binary_formats.hpp"

#include <gtest/gtest.h>

#include <string>

namespace protokol::reader {
namespace {

using namespace std::string_literals;

std::string utf16le(const std::string& ascii) {
  std::string out;
  for (char c : ascii) out += std::string{c, '\0'};
  return out;
}

std::string reason(const std::string& raw) { return unsupported_format(raw).value_or("(text)"); }

const std::string ole2 = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"s + std::string(500, '\0');

TEST(BinaryFormats, OldWordDocumentSaysSaveAsDocx) {
  EXPECT_EQ(reason(ole2 + utf16le("WordDocument")),
            "unsupported format: Word 97-2003 document (.doc); save it as .docx or PDF");
}

TEST(BinaryFormats, PasswordProtectedDocxIsNamedAsEncrypted) {
  EXPECT_EQ(reason(ole2 + utf16le("EncryptionInfo") + utf16le("EncryptedPackage")),
            "encrypted Office document (a password-protected .docx or .xlsx): remove the "
            "password and save it again");
}

TEST(BinaryFormats, OtherOle2FilesAreToldApart) {
  EXPECT_NE(reason(ole2 + utf16le("Workbook")).find("Excel 97-2003"), std::string::npos);
  EXPECT_NE(reason(ole2 + utf16le("__substg1.0_0037001F")).find("Outlook message"),
            std::string::npos);
  EXPECT_NE(reason(ole2).find("OLE2 compound file"), std::string::npos);
}

TEST(BinaryFormats, ZipContainersByTheirParts) {
  const std::string zip = "PK\x03\x04"s + std::string(26, '\0');
  EXPECT_NE(reason(zip + "word/document.xml").find("'docx' stage"), std::string::npos);
  EXPECT_NE(reason(zip + "xl/workbook.xml").find("Excel spreadsheet (.xlsx)"), std::string::npos);
  EXPECT_NE(reason(zip + "mimetypeapplication/vnd.oasis.opendocument.text").find("(.odt)"),
            std::string::npos);
  EXPECT_EQ(reason(zip + "data.bin"),
            "unsupported format: ZIP archive; unpack it into the archive folder");
}

TEST(BinaryFormats, PdfWithoutAPdfStageNamesTheStage) {
  EXPECT_NE(reason("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj").find("no 'pdf' stage"),
            std::string::npos);
}

TEST(BinaryFormats, ImagesAndRtf) {
  EXPECT_NE(reason("\xFF\xD8\xFF\xE0\0\x10JFIF"s).find("JPEG image"), std::string::npos);
  EXPECT_NE(reason("II*\0\x08\0\0\0"s).find("TIFF image"), std::string::npos);
  EXPECT_NE(reason("{\\rtf1\\ansi Referat").find("Rich Text Format"), std::string::npos);
}

TEST(BinaryFormats, EmailByItsHeaderFields) {
  EXPECT_NE(reason("From: a@b.dk\nTo: c@d.dk\nSubject: Referat\n\nHej").find("e-mail message"),
            std::string::npos);
  // Minutes that merely mention a sender are text.
  EXPECT_EQ(reason("Referat\nFrom: nobody\n"), "(text)");
  EXPECT_EQ(reason("From: a@b.dk\nreferat uden felter\n"), "(text)");
}

TEST(BinaryFormats, MinutesAreText) {
  EXPECT_EQ(reason("Økonomiudvalget\nReferat\n\nPunkt 1: Godkendelse af dagsorden\n"), "(text)");
  EXPECT_EQ(reason(""), "(text)");
}

}  // namespace
}  // namespace protokol::reader
