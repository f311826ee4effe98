// The descriptor the host reads: stage name, kind, parameters, and the
// constructor's checks of the limits.
#include <gtest/gtest.h>

#include <protokol/params.hpp>
#include <protokol/plugin.hpp>
#include <protokol/testing.hpp>

#include "test_docx.hpp"

namespace protokol_plugin_definition {
const protokol::plugin_descriptor* entry() noexcept;
}

namespace {

const protokol::stage_descriptor& docx_stage() {
  return protokol_plugin_definition::entry()->stages[0];
}

using protokol::testing::create_error;
using protokol::testing::error_of;
using protokol::testing::stage_under_test;

TEST(DocxDescriptor, DeclaresOnePluginWithTheHostAbi) {
  const protokol::plugin_descriptor* plugin = protokol_plugin_definition::entry();
  EXPECT_EQ(plugin->abi_major, protokol::abi_major);
  EXPECT_STREQ(plugin->toolchain, protokol::toolchain_fingerprint);
  EXPECT_STREQ(plugin->name, "docx");
  ASSERT_EQ(plugin->stage_count, 1u);
}

TEST(DocxDescriptor, StageRequiresNothingAndProvidesText) {
  const auto& stage = docx_stage();
  EXPECT_STREQ(stage.name, "docx");
  EXPECT_EQ(stage.kind, protokol::stage_kind::other);
  EXPECT_STREQ(stage.requires_, "");
  EXPECT_STREQ(stage.provides, "text");
}

TEST(DocxDescriptor, ParametersHaveTypesAndDefaults) {
  const auto& stage = docx_stage();
  ASSERT_EQ(stage.param_count, 5u);
  const protokol::param_descriptor* p = stage.params;
  const std::pair<const char*, const char*> expected[] = {{"max_bytes", "67108864"},
                                                          {"max_part_bytes", "268435456"},
                                                          {"max_ratio", "200"},
                                                          {"max_entries", "10000"},
                                                          {"page_breaks", "all"}};
  for (std::uint32_t i = 0; i < stage.param_count; ++i) {
    EXPECT_STREQ(p[i].name, expected[i].first);
    EXPECT_STREQ(p[i].default_value, expected[i].second);
    EXPECT_EQ(p[i].type, i < 4 ? protokol::param_type::integer : protokol::param_type::choice);
    EXPECT_FALSE(p[i].required);
  }
}

TEST(DocxDescriptor, TheHostRefusesALimitBelowOne) {
  for (const char* name : {"max_bytes", "max_part_bytes", "max_ratio", "max_entries"}) {
    std::vector<std::string> problems;
    protokol::bind_params(docx_stage(), {{name, "0"}}, problems);
    EXPECT_EQ(problems, std::vector<std::string>{"parameter '" + std::string(name) +
                                                 "' expects int >= 1, got '0'"});
  }
}

TEST(DocxDescriptor, TheHostRefusesAnUnknownPageBreakMode) {
  std::vector<std::string> problems;
  protokol::bind_params(docx_stage(), {{"page_breaks", "some"}}, problems);
  EXPECT_EQ(problems,
            std::vector<std::string>{
                "parameter 'page_breaks' expects enum (one of all|hard|none), got 'some'"});
}

TEST(DocxDescriptor, ProcessSetsTextAndSourceOfAWordDocument) {
  const stage_under_test stage(docx_stage());
  protokol::document doc;
  doc.raw = protokol::docx::test::make_docx("<w:p><w:r><w:t>Godkendt</w:t></w:r></w:p>");
  stage.process(doc);
  EXPECT_EQ(doc.text, "Godkendt\n");
  EXPECT_EQ(doc.source.format, "docx");
  EXPECT_EQ(doc.source.encoding, "DOCX");
  EXPECT_EQ(doc.source.confidence, 1.0);
}

TEST(DocxDescriptor, ProcessLeavesOtherFilesAndClaimedTextAlone) {
  const stage_under_test stage(docx_stage());
  protokol::document text_file;
  text_file.raw = "Punkt 1\n";
  stage.process(text_file);
  EXPECT_TRUE(text_file.text.empty());
  EXPECT_TRUE(text_file.source.format.empty());
  protokol::document claimed;
  claimed.raw = protokol::docx::test::make_docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>");
  claimed.text = "fra en anden læser";
  stage.process(claimed);
  EXPECT_EQ(claimed.text, "fra en anden læser");
}

TEST(DocxDescriptor, ProcessFailsWithTheReason) {
  const stage_under_test stage(docx_stage());
  protokol::document doc;
  doc.raw = protokol::docx::test::fixture("docx/bad/encrypted.docx");
  EXPECT_EQ(error_of([&] { stage.process(doc); }),
            "encrypted Word document: remove the password first");
}

}  // namespace
