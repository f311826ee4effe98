// Throughput of the docx stage on the Word minutes fixtures and on a large
// generated document. Reports MB/s (of .docx bytes, and of text written) on
// stdout and as test properties; asserts only the result, since timings on
// a shared machine are no test.
#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

#include "docx_reader.hpp"
#include "test_docx.hpp"

namespace {

using protokol::docx::docx_options;
using protokol::docx::docx_reader;

void measure(const std::string& raw, const std::string& label, int repeat) {
  const docx_reader reader{docx_options{}};
  std::size_t text_bytes = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < repeat; ++i) text_bytes = reader.read(raw).value().size();
  const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
  const double docx_rate = static_cast<double>(raw.size()) * repeat / 1e6 / seconds.count();
  const double text_rate = static_cast<double>(text_bytes) * repeat / 1e6 / seconds.count();
  std::cout << "docx stage, " << label << " (" << raw.size() << " bytes .docx, " << text_bytes
            << " bytes text): " << docx_rate << " MB/s of .docx, " << text_rate
            << " MB/s of text\n";
  ::testing::Test::RecordProperty("docx_MB_per_s", std::to_string(docx_rate));
  ::testing::Test::RecordProperty("text_MB_per_s", std::to_string(text_rate));
  EXPECT_GT(text_bytes, 0u);
}

TEST(DocxThroughput, WordMinutesFixtures) {
  for (const char* name : {"ballerup_2023-03-14.word.docx", "rudersdal_2023-10-04.word.docx",
                           "odder_2019-08-15.word.docx"})
    measure(protokol::docx::test::fixture(std::string("docx/") + name), name, 50);
}

TEST(DocxThroughput, LargeGeneratedDocument) {
  std::string body;
  for (int i = 0; body.size() < (40u << 20); ++i) {
    body += "<w:p><w:pPr><w:pStyle w:val=\"Overskrift1\"/></w:pPr><w:r><w:t>Punkt " +
            std::to_string(i) + ": Forslag til ændring af lokalplan</w:t></w:r></w:p>";
    body +=
        "<w:p><w:r><w:t xml:space=\"preserve\">Udvalget for Børn og Unge besluttede at </w:t>"
        "</w:r><w:r><w:rPr><w:b/></w:rPr><w:t>godkende</w:t></w:r><w:r><w:t xml:space="
        "\"preserve\"> indstillingen – jf. § 17, stk. 4.</w:t></w:r></w:p>";
  }
  measure(protokol::docx::test::make_docx(body), "generated 40 MB document.xml", 1);
}

}  // namespace
