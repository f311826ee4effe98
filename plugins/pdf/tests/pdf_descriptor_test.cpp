// The descriptor the host reads, and the stage as the host calls it:
// limits bound by their declared ranges, non-PDFs left untouched.
#include <gtest/gtest.h>

#include <protokol/params.hpp>
#include <protokol/plugin.hpp>
#include <protokol/testing.hpp>
#include <string_view>

namespace protokol_plugin_definition {
const protokol::plugin_descriptor* entry() noexcept;
}

namespace {

const protokol::stage_descriptor& pdf_stage() {
  return protokol_plugin_definition::entry()->stages[0];
}

using protokol::testing::create_error;
using protokol::testing::error_of;
using protokol::testing::stage_under_test;

TEST(PdfDescriptor, DeclaresAReaderStageNamedPdf) {
  const protokol::plugin_descriptor* plugin = protokol_plugin_definition::entry();
  EXPECT_EQ(plugin->abi_major, protokol::abi_major);
  EXPECT_STREQ(plugin->name, "pdf");
  ASSERT_EQ(plugin->stage_count, 1u);
  const auto& stage = pdf_stage();
  EXPECT_STREQ(stage.name, "pdf");
  EXPECT_EQ(stage.kind, protokol::stage_kind::other);
  EXPECT_STREQ(stage.requires_, "");
  EXPECT_STREQ(stage.provides, "text");
}

TEST(PdfDescriptor, ParametersHaveTypesAndDefaults) {
  const auto& stage = pdf_stage();
  ASSERT_EQ(stage.param_count, 3u);
  const protokol::param_descriptor* p = stage.params;
  EXPECT_STREQ(p[0].name, "max_bytes");
  EXPECT_STREQ(p[0].default_value, "268435456");
  EXPECT_STREQ(p[1].name, "max_pages");
  EXPECT_STREQ(p[1].default_value, "2000");
  EXPECT_STREQ(p[2].name, "max_seconds");
  EXPECT_EQ(p[2].type, protokol::param_type::real);
  for (std::uint32_t i = 0; i < stage.param_count; ++i) {
    EXPECT_FALSE(p[i].required) << p[i].name;
    EXPECT_GT(std::string_view(p[i].doc).size(), 10u) << p[i].name;
  }
}

TEST(PdfDescriptor, TheHostRefusesLimitsOutsideTheirRanges) {
  const struct {
    const char* name;
    const char* value;
    const char* error;
  } cases[] = {
      {"max_bytes", "0", "parameter 'max_bytes' expects int in 1..2147483647, got '0'"},
      {"max_bytes", "3000000000",
       "parameter 'max_bytes' expects int in 1..2147483647, got '3000000000'"},
      {"max_pages", "0", "parameter 'max_pages' expects int >= 1, got '0'"},
      {"max_seconds", "0", "parameter 'max_seconds' expects float >= 0.001, got '0'"},
  };
  for (const auto& c : cases) {
    std::vector<std::string> problems;
    protokol::bind_params(pdf_stage(), {{c.name, c.value}}, problems);
    EXPECT_EQ(problems, std::vector<std::string>{c.error});
  }
}

TEST(PdfDescriptor, LeavesNonPdfAndClaimedDocumentsUntouched) {
  const stage_under_test stage(pdf_stage());
  protokol::document text_file;
  // The magic counts only in the first 1024 bytes, as in Acrobat.
  text_file.raw = std::string(1100, ' ') + "Referat nævner %PDF-1.4 først her\n";
  stage.process(text_file);
  EXPECT_TRUE(text_file.text.empty());
  EXPECT_TRUE(text_file.source.format.empty());
  protokol::document claimed;
  claimed.raw = "%PDF-1.4 broken";
  claimed.text = "already read";
  stage.process(claimed);
  EXPECT_EQ(claimed.text, "already read");
}

TEST(PdfDescriptor, ProcessReportsADamagedPdfAsError) {
  const stage_under_test stage(pdf_stage());
  protokol::document doc;
  doc.raw = "%PDF-1.7\n%garbage with no objects at all\n";
  EXPECT_EQ(error_of([&] { stage.process(doc); }), "damaged PDF: poppler could not open it");
}

}  // namespace
