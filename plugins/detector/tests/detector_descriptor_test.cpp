// The descriptor the host reads, and the stage run through it.
#include <gtest/gtest.h>

#include <protokol/params.hpp>
#include <protokol/plugin.hpp>
#include <protokol/testing.hpp>
#include <string_view>

namespace protokol_plugin_definition {
const protokol::plugin_descriptor* entry() noexcept;
}

namespace {

const protokol::stage_descriptor& detect_stage() {
  return protokol_plugin_definition::entry()->stages[0];
}

TEST(DetectorDescriptor, DeclaresOnePluginWithTheHostAbi) {
  const protokol::plugin_descriptor* plugin = protokol_plugin_definition::entry();
  EXPECT_EQ(plugin->abi_major, protokol::abi_major);
  EXPECT_EQ(plugin->abi_minor, protokol::abi_minor);
  EXPECT_STREQ(plugin->toolchain, protokol::toolchain_fingerprint);
  EXPECT_STREQ(plugin->name, "detector");
  ASSERT_EQ(plugin->stage_count, 1u);
}

TEST(DetectorDescriptor, DetectStageRequiresTextAndProvidesFormatAndDialect) {
  const auto& stage = detect_stage();
  EXPECT_STREQ(stage.name, "detect");
  EXPECT_EQ(stage.kind, protokol::stage_kind::detector);
  EXPECT_STREQ(stage.requires_, "text");
  EXPECT_STREQ(stage.provides, "format dialect");
}

TEST(DetectorDescriptor, SampleBytesIsAnOptionalInteger) {
  const auto& stage = detect_stage();
  ASSERT_EQ(stage.param_count, 1u);
  EXPECT_STREQ(stage.params[0].name, "sample_bytes");
  EXPECT_EQ(stage.params[0].type, protokol::param_type::integer);
  EXPECT_STREQ(stage.params[0].default_value, "65536");
  EXPECT_FALSE(stage.params[0].required);
  EXPECT_GT(std::string_view(stage.params[0].doc).size(), 10u);
}

TEST(DetectorDescriptor, ProcessSetsFormatDialectAndConfidence) {
  const protokol::testing::stage_under_test stage(detect_stage());
  protokol::document doc;
  doc.text =
      "# Referat\n\n## Punkt 1: Godkendelse\n\n## Punkt 2: Budget\n\n**Beslutning**\n\n"
      "## Punkt 3: Eventuelt\n";
  stage.process(doc);
  EXPECT_EQ(doc.source.format, "markdown");
  EXPECT_EQ(doc.source.dialect, "markdown-export");
  EXPECT_GT(doc.source.confidence, 0.5);
}

TEST(DetectorDescriptor, TheHostRefusesATinySample) {
  std::vector<std::string> problems;
  protokol::bind_params(detect_stage(), {{"sample_bytes", "100"}}, problems);
  EXPECT_EQ(problems,
            std::vector<std::string>{"parameter 'sample_bytes' expects int >= 1024, got '100'"});
}

}  // namespace
