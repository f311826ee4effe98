// Every corpus file and dialect variant gets its expected format and dialect.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>

#include "detection.hpp"

namespace protokol::detector {
namespace {

namespace fs = std::filesystem;

const fs::path fixtures = PROTOKOL_FIXTURES_DIR;

// The fixtures as the read stage hands them on: the dialect variants keep
// pdftotext's form feeds, which the reader turns into line breaks.
std::string text_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  std::string text = out.str();
  std::erase(text, '\f');
  return text;
}

struct expectation {
  const char* file;
  const char* format;
  const char* dialect;
};

void PrintTo(const expectation& e, std::ostream* out) { *out << e.file; }

class DetectorFixtures : public ::testing::TestWithParam<expectation> {};

// Test names from the file stem, so ctest lists them by file.
std::string name_of(const ::testing::TestParamInfo<expectation>& info) {
  std::string name = fs::path(info.param.file).stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

TEST_P(DetectorFixtures, GetsExpectedFormatAndDialect) {
  const expectation& e = GetParam();
  source_info source;
  const detection found = detector(65536).detect(text_of(fixtures / e.file));
  SCOPED_TRACE("format " + found.format + " " + std::to_string(found.format_confidence) +
               ", dialect " + found.dialect + " " + std::to_string(found.dialect_confidence));
  apply_detection(source, found);
  EXPECT_EQ(source.format, e.format);
  EXPECT_EQ(source.dialect, e.dialect);
  if (std::string_view(e.dialect) != "generic") {
    EXPECT_GE(source.confidence, 0.5);
  } else {
    EXPECT_LT(source.confidence, 0.2);
  }
  RecordProperty("confidence", std::to_string(source.confidence));
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, DetectorFixtures,
    ::testing::Values(expectation{"corpus/000_a4b572501006c254.txt", "plain", "punkt-colon"},
                      expectation{"corpus/002_272ed4b7c6745111.txt", "plain", "punkt-colon"},
                      expectation{"corpus/003_bfe7316b770d3aa7.txt", "plain", "sagsnr-doknr"},
                      expectation{"corpus/004_f36d0290eb02bd68.txt", "markdown",
                                  "markdown-export"}),
    name_of);

INSTANTIATE_TEST_SUITE_P(
    Dialects, DetectorFixtures,
    ::testing::Values(
        expectation{"dialects/punkt_colon_wrapped.txt", "plain", "punkt-colon"},
        expectation{"dialects/sagsnr_doknr_numbered.txt", "plain", "sagsnr-doknr"},
        expectation{"dialects/markdown_export_bold.txt", "markdown", "markdown-export"},
        expectation{"dialects/numbered_heading_pdftotext.txt", "plain", "numbered-heading"},
        expectation{"dialects/numbered_heading_number_alone.txt", "plain", "numbered-heading"},
        expectation{"dialects/markdown_numbered.txt", "markdown", "numbered-heading"},
        expectation{"dialects/pkt_items.txt", "plain", "pkt"},
        expectation{"dialects/sag_items.txt", "plain", "pkt"},
        expectation{"dialects/punkt_without_colon.txt", "plain", "pkt"},
        expectation{"dialects/generic_letter.txt", "plain", "generic"}),
    name_of);

}  // namespace
}  // namespace protokol::detector
