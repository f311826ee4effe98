// The reader on the PDF fixtures (tests/fixtures/pdf, made by make_pdfs.py
// from the corpus minutes with ReportLab and with cairo).
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "pdf_reader.hpp"

namespace protokol::pdf {
namespace {

const std::string dir = std::string(PROTOKOL_FIXTURES_DIR) + "/pdf/";
const char* const reportlab = "002_272ed4b7c6745111.reportlab.pdf";
const char* const cairo = "004_f36d0290eb02bd68.cairo.pdf";

std::string bytes_of(const std::string& name) {
  std::ifstream in(dir + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  if (s.str().empty()) throw std::runtime_error("missing fixture " + name);
  return s.str();
}

std::string read(const std::string& name, const pdf_options& options = {}) {
  const std::string raw = bytes_of(name);
  return read_pdf(raw, options);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::string line;
  for (const char c : text) {
    if (c == '\n' || c == '\f') {
      out.push_back(line);
      line.clear();
    } else {
      line += c;
    }
  }
  out.push_back(line);
  return out;
}

bool has_line(const std::string& text, const std::string& wanted) {
  const auto lines = lines_of(text);
  return std::find(lines.begin(), lines.end(), wanted) != lines.end();
}

std::string refusal(const std::string& name, const pdf_options& options = {}) {
  try {
    read(name, options);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "(read without error)";
}

class PdfFixtures : public ::testing::TestWithParam<const char*> {};

TEST_P(PdfFixtures, PutsOneFormFeedBetweenPages) {
  const std::string text = read(GetParam());
  const auto pages = std::count(text.begin(), text.end(), '\f') + 1;
  EXPECT_EQ(pages, GetParam() == std::string(reportlab) ? 14 : 12);
}

TEST_P(PdfFixtures, RemovesRunningHeadersAndPageNumbers) {
  const std::string text = read(GetParam());
  static const RE2 page_footer(R"((?m)^\s*Side \d+ af \d+\s*$)");
  EXPECT_FALSE(RE2::PartialMatch(text, page_footer));
  for (const auto& l : lines_of(text)) {
    EXPECT_FALSE(l.ends_with("d. 14-03-2023") && !l.starts_with("# REFERAT")) << l;
    EXPECT_FALSE(l.ends_with("d. 04-10-2023") && !l.starts_with("# REFERAT")) << l;
  }
}

// An agenda system's PDF prints its running header ("Økonomiudvalget,
// 12-03-2024<tab>Side 2 af 3") from page 2 on only: with the page number in
// it, two pages of three make it furniture.
TEST(PdfReader, RemovesARunningHeaderWithThePageNumberFromPageTwoOn) {
  const std::string text = read("holstebro_label_column.reportlab.pdf");
  EXPECT_EQ(text.find("Side 2 af 3"), std::string::npos) << text;
  EXPECT_EQ(text.find("Økonomiudvalget, 12-03-2024"), std::string::npos) << text;
  EXPECT_EQ(text.find("Kirkestræde 11"), std::string::npos) << text;  // the footer on every page
  EXPECT_NE(text.find("Deltagere\tAnne Kirk (A), formand\n\tBo Lund (V), næstformand\n"
                      "\tCarsten Møller (C)\n\tDorthe Vang (F)\n"),
            std::string::npos)
      << text;
  // A heading's title wrapped in its column is one heading.
  EXPECT_NE(text.find("### 2.\tRegnskab 2023 - overførsler til 2024 og genbevillinger\n"
                      "\tSagsnr.: 24/2211\n"),
            std::string::npos)
      << text;
  // Tabs: the five label rows, the three members under the first, the four
  // contents rows' page numbers, the four item headings (number, title) and
  // the case number under each title; none in the body.
  EXPECT_EQ(std::count(text.begin(), text.end(), '\t'), 5 + 3 + 4 + 4 + 4) << text;
}

TEST_P(PdfFixtures, OnlyAllowedControlCharacters) {
  const std::string text = read(GetParam());
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    EXPECT_FALSE(u < 0x20 && c != '\t' && c != '\n' && c != '\f') << static_cast<int>(u);
  }
}

INSTANTIATE_TEST_SUITE_P(TwoProducers, PdfFixtures, ::testing::Values(reportlab, cairo));

TEST(PdfReader, MarksTheTitleAndItemHeadingsAsMarkdownHeadings) {
  const std::string text = read(reportlab);
  EXPECT_TRUE(has_line(text,
                       "# REFERAT Erhvervs-, Beskæftigelses- og Uddannelsesudvalget d. "
                       "14-03-2023"));
  EXPECT_TRUE(has_line(text, "## Punkt 1: Meddelelser"));
  EXPECT_TRUE(has_line(text, "## Punkt 8: Nøgletal på beskæftigelsesområdet"));
  const std::string other = read(cairo);
  EXPECT_TRUE(has_line(other, "## Punkt 2: Møde med Handicaprådet"));
}

TEST(PdfReader, MarksWholeBoldLinesAndNotMixedOnes) {
  const std::string text = read(cairo);
  EXPECT_TRUE(has_line(text, "**Resumé**"));
  EXPECT_TRUE(has_line(text, "Mødested Mariehøj, Per Kirkeby"));
  EXPECT_TRUE(has_line(read(reportlab), "**Beslutning**"));
}

TEST(PdfReader, JoinsWordsBrokenOverLineEndsButNotCompoundsWithOg) {
  const std::string text = read(reportlab);
  EXPECT_NE(text.find("Ballerup Kommune har modtaget rapporteringsnotat fra revisionsfirmaet"),
            std::string::npos);
  EXPECT_EQ(text.find("rapporteringsn-"), std::string::npos);
  EXPECT_NE(text.find("Erhvervs-, Beskæftigelses- og Uddannelsesudvalget den 7. februar"),
            std::string::npos);
  EXPECT_NE(read(cairo).find("kommunens forvaltnings- og kommunikationskultur"), std::string::npos);
}

// Word's way to PDF (LibreOffice's export of the Word fixture): headings a
// point apart keep levels of their own, so the sub-heading in the case's
// text stands under "Sagsfremstilling"; Symbol-font bullets are bullets.
TEST(PdfReader, ReadsLibreOfficesExportOfAWordFile) {
  const std::string text = read("rudersdal_2023-10-04.libreoffice.pdf");
  EXPECT_TRUE(has_line(text, "#### Sagsfremstilling"));
  EXPECT_TRUE(has_line(text, "##### Resultat af analysen"));
  EXPECT_TRUE(has_line(text, "\u2022 Det nye nummer af Erhvervsnyt i Rudersdal"));
  EXPECT_EQ(text.find("\uF0B7"), std::string::npos);
}

// A page of short lines and one wrapped paragraph: the short heading is not
// full, so the case number under it stays a line of its own.
TEST(PdfReader, KeepsAShortHeadingApartFromTheLineUnderIt) {
  const std::string text = read("two_level_numbering.libreoffice.pdf");
  EXPECT_TRUE(has_line(text, "2.1 Orientering om regnskab for 1. halvår 2025"));
  EXPECT_TRUE(has_line(text, "Sagsnr.: 25/2044"));
}

TEST(PdfReader, ReadsTheTwoColumnPageLeftColumnFirst) {
  const std::string text = read(reportlab);
  const auto left_end = text.find("dyste om pokalen.");
  const auto right_start = text.find("5. Svar på spørgsmål om pensionsudbetaling");
  ASSERT_NE(left_end, std::string::npos);
  ASSERT_NE(right_start, std::string::npos);
  EXPECT_LT(left_end, right_start);
  // The paragraph that runs from the foot of the left column to the top of
  // the right one stays one paragraph.
  EXPECT_NE(text.find("bidrager mest til den danske samfundsøkonomi."), std::string::npos);
}

TEST(PdfReader, KeepsTableRowsOnOneLineWithCellsSplitByTab) {
  const std::string text = read(reportlab);
  static const RE2 row(R"((?m)^Meddelelser\.{3,}\t3$)");
  static const RE2 last(R"((?m)^Godkendelse af referat \(underskriftside\)\.{3,}\t20$)");
  EXPECT_TRUE(RE2::PartialMatch(text, row));
  EXPECT_TRUE(RE2::PartialMatch(text, last));
  // A table with three columns (003, Punkt 6), row by row.
  const std::string table = read("003_bfe7316b770d3aa7.reportlab.pdf");
  EXPECT_TRUE(has_line(table, "Antal borgere i alt\t125\t30"));
  EXPECT_TRUE(has_line(table, "Målopfyldelse (fleksjob og førtidspension)\t49%\t53%"));
}

TEST(PdfReader, ReadsQuarterTurnedPagesAsUpright) {
  EXPECT_EQ(read("rotated/002_272ed4b7c6745111.rotate90.pdf"), read(reportlab));
}

TEST(PdfReader, RefusesAScannedPdf) {
  EXPECT_EQ(refusal("bad/scanned.pdf"), "no text layer (scanned PDF?): run OCR first");
}

TEST(PdfReader, RefusesAnEncryptedPdf) {
  EXPECT_TRUE(refusal("bad/encrypted.pdf").starts_with("encrypted PDF: "));
  EXPECT_NE(refusal("bad/encrypted.pdf").find("qpdf --decrypt"), std::string::npos);
}

TEST(PdfReader, RefusesADamagedPdf) {
  EXPECT_EQ(refusal("bad/damaged.pdf"), "damaged PDF: poppler could not open it");
}

TEST(PdfReader, RefusesPdfsOverTheLimits) {
  pdf_options few_pages;
  few_pages.max_pages = 5;
  EXPECT_EQ(refusal(reportlab, few_pages), "PDF has 14 pages, more than pdf.max_pages=5");
  pdf_options few_bytes;
  few_bytes.max_bytes = 1000;
  EXPECT_TRUE(refusal(reportlab, few_bytes).starts_with("PDF too large: "));
  pdf_options no_time;
  no_time.max_seconds = 1e-9;
  EXPECT_TRUE(refusal(reportlab, no_time).starts_with("PDF took longer than pdf.max_seconds="));
  EXPECT_NE(refusal(reportlab, no_time).find("(stopped at page 1 of 14)"), std::string::npos);
}

TEST(PdfReader, KnowsPdfByItsMagicInTheFirstKilobyte) {
  EXPECT_TRUE(looks_like_pdf(bytes_of(reportlab)));
  EXPECT_TRUE(looks_like_pdf(std::string(1000, '\0') + "%PDF-1.4"));
  EXPECT_FALSE(looks_like_pdf(std::string(1020, ' ') + "%PDF-1.4"));
  EXPECT_FALSE(looks_like_pdf("REFERAT Økonomiudvalget\n"));
}

}  // namespace
}  // namespace protokol::pdf
