// The real CLI with the real plugins on PDF fixtures, end to end: the pdf
// stage in front of read, headings reaching the segmenter as items, and bad
// PDFs quarantined with their reasons.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace fs = std::filesystem;
using protokol::test::read_text;
using protokol::test::run_protokol;
using protokol::test::temp_dir;

namespace {

const std::string pdf_dir = std::string(PROTOKOL_SOURCE_DIR) + "/tests/fixtures/pdf";

TEST(PdfCli, ExportsAPdfWithItsItemsAndPages) {
  temp_dir dir;
  const auto r =
      run_protokol("run -q -p " + std::string(PDF_PIPELINE) + " -o " + (dir / "out").string() +
                   " " + pdf_dir + "/002_272ed4b7c6745111.reportlab.pdf");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto doc =
      nlohmann::json::parse(read_text(dir / "out/json/002_272ed4b7c6745111.reportlab.json"));
  EXPECT_EQ(doc["source"]["format"], "pdf");
  EXPECT_EQ(doc["source"]["encoding"], "PDF");
  EXPECT_EQ(doc["meeting"]["date"], "2023-03-14");
  ASSERT_EQ(doc["items"].size(), 11u);
  EXPECT_EQ(doc["items"][0]["number"], "1");
  EXPECT_EQ(doc["items"][0]["title"], "Meddelelser");
  EXPECT_EQ(doc["items"][7]["title"], "Nøgletal på beskæftigelsesområdet");
}

TEST(PdfCli, QuarantinesScannedEncryptedAndDamagedPdfsWithReasons) {
  temp_dir dir;
  const auto r = run_protokol("run -q -p " + std::string(PDF_PIPELINE) + " -o " +
                              (dir / "out").string() + " " + pdf_dir + "/bad");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  // Poppler's own messages ("Syntax Error: ...") are silenced.
  EXPECT_EQ(r.err.find("Error: "), std::string::npos) << r.err;
  std::string reasons;
  for (const auto& f : fs::recursive_directory_iterator(dir / "out/quarantine"))
    if (f.is_regular_file() && f.path().extension() == ".json") reasons += read_text(f.path());
  EXPECT_NE(reasons.find("no text layer (scanned PDF?): run OCR first"), std::string::npos);
  EXPECT_NE(reasons.find("encrypted PDF: "), std::string::npos);
  EXPECT_NE(reasons.find("damaged PDF: poppler could not open it"), std::string::npos);
}

}  // namespace
