// The descriptor the host reads: stage name, kind, parameters, and the
// factory and process entries as the host calls them.
#include <gtest/gtest.h>

#include <protokol/params.hpp>
#include <protokol/plugin.hpp>
#include <protokol/testing.hpp>
#include <string_view>

namespace protokol_plugin_definition {
const protokol::plugin_descriptor* entry() noexcept;
}

namespace {

const protokol::stage_descriptor& read_stage() {
  const protokol::plugin_descriptor* plugin = protokol_plugin_definition::entry();
  return plugin->stages[0];
}

TEST(ReaderDescriptor, DeclaresOnePluginWithTheHostAbi) {
  const protokol::plugin_descriptor* plugin = protokol_plugin_definition::entry();
  EXPECT_EQ(plugin->abi_major, protokol::abi_major);
  EXPECT_EQ(plugin->abi_minor, protokol::abi_minor);
  EXPECT_STREQ(plugin->toolchain, protokol::toolchain_fingerprint);
  EXPECT_STREQ(plugin->name, "reader");
  ASSERT_EQ(plugin->stage_count, 1u);
}

TEST(ReaderDescriptor, ReadStageRequiresNothingAndProvidesText) {
  const auto& stage = read_stage();
  EXPECT_STREQ(stage.name, "read");
  EXPECT_EQ(stage.kind, protokol::stage_kind::other);
  EXPECT_STREQ(stage.requires_, "");
  EXPECT_STREQ(stage.provides, "text");
}

TEST(ReaderDescriptor, ParametersHaveTypesAndDefaults) {
  const auto& stage = read_stage();
  ASSERT_EQ(stage.param_count, 5u);
  const protokol::param_descriptor* p = stage.params;
  EXPECT_STREQ(p[0].name, "max_bytes");
  EXPECT_EQ(p[0].type, protokol::param_type::integer);
  EXPECT_STREQ(p[0].default_value, "67108864");
  EXPECT_STREQ(p[1].name, "fallback_encoding");
  EXPECT_EQ(p[1].type, protokol::param_type::string);
  EXPECT_STREQ(p[1].default_value, "windows-1252");
  EXPECT_STREQ(p[2].name, "normalize");
  EXPECT_EQ(p[2].type, protokol::param_type::boolean);
  EXPECT_STREQ(p[2].default_value, "true");
  EXPECT_STREQ(p[3].name, "char_refs");
  EXPECT_EQ(p[3].type, protokol::param_type::boolean);
  EXPECT_STREQ(p[3].default_value, "true");
  EXPECT_STREQ(p[4].name, "inline_tags");
  EXPECT_EQ(p[4].type, protokol::param_type::boolean);
  EXPECT_STREQ(p[4].default_value, "true");
  for (std::uint32_t i = 0; i < stage.param_count; ++i) {
    EXPECT_FALSE(p[i].required) << p[i].name;
    EXPECT_GT(std::string_view(p[i].doc).size(), 10u) << p[i].name;
  }
}

TEST(ReaderDescriptor, ProcessFillsTextAndEncoding) {
  const protokol::testing::stage_under_test stage(read_stage());
  protokol::document doc = protokol::testing::document_from_text("Referat\r\nMøde\r\n");
  stage.process(doc);
  EXPECT_EQ(doc.text, "Referat\nMøde\n");
  EXPECT_EQ(doc.source.encoding, "UTF-8");
}

TEST(ReaderDescriptor, ProcessReportsRefusalAsError) {
  const protokol::testing::stage_under_test stage(read_stage());
  protokol::document doc = protokol::testing::document_from_text("");
  EXPECT_EQ(protokol::testing::error_of([&] { stage.process(doc); }), "empty file (0 bytes)");
}

TEST(ReaderDescriptor, CreateRefusesUnknownFallbackEncoding) {
  EXPECT_EQ(protokol::testing::create_error(
                read_stage(), {.params = {{"fallback_encoding", "no-such-encoding"}}}),
            "fallback_encoding 'no-such-encoding' is not an encoding ICU can convert");
}

TEST(ReaderDescriptor, TheHostRefusesNonPositiveMaxBytes) {
  std::vector<std::string> problems;
  protokol::bind_params(read_stage(), {{"max_bytes", "0"}}, problems);
  EXPECT_EQ(problems, std::vector<std::string>{"parameter 'max_bytes' expects int >= 1, got '0'"});
}

}  // namespace
