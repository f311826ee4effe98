// The descriptor the host reads: kind, name, requires/provides, parameters.
#include <gtest/gtest.h>

#include <protokol/plugin.hpp>
#include <string>

namespace protokol_plugin_definition {
const protokol::plugin_descriptor* entry() noexcept;
}

namespace {

const protokol::stage_descriptor& json_stage() {
  return protokol_plugin_definition::entry()->stages[0];
}

TEST(JsonDescriptor, DeclaresOnePluginWithTheHostAbi) {
  const protokol::plugin_descriptor* plugin = protokol_plugin_definition::entry();
  EXPECT_EQ(plugin->abi_major, protokol::abi_major);
  EXPECT_EQ(plugin->abi_minor, protokol::abi_minor);
  EXPECT_STREQ(plugin->toolchain, protokol::toolchain_fingerprint);
  EXPECT_STREQ(plugin->name, "json");
  ASSERT_EQ(plugin->stage_count, 1u);
}

TEST(JsonDescriptor, ExporterNeedsMeetingAndItems) {
  const protokol::stage_descriptor& stage = json_stage();
  EXPECT_STREQ(stage.name, "json");
  EXPECT_EQ(stage.kind, protokol::stage_kind::exporter);
  EXPECT_STREQ(stage.requires_, "meeting items");
  EXPECT_STREQ(stage.provides, "export.json");
}

TEST(JsonDescriptor, ParametersHaveTypesDefaultsAndDocs) {
  const protokol::stage_descriptor& stage = json_stage();
  ASSERT_EQ(stage.param_count, 3u);
  const protokol::param_descriptor* p = stage.params;
  EXPECT_STREQ(p[0].name, "indent");
  EXPECT_EQ(p[0].type, protokol::param_type::integer);
  EXPECT_STREQ(p[0].default_value, "2");
  EXPECT_STREQ(p[1].name, "ndjson");
  EXPECT_EQ(p[1].type, protokol::param_type::boolean);
  EXPECT_STREQ(p[1].default_value, "false");
  EXPECT_STREQ(p[2].name, "public");
  EXPECT_EQ(p[2].type, protokol::param_type::boolean);
  EXPECT_STREQ(p[2].default_value, "false");
  for (std::uint32_t i = 0; i < stage.param_count; ++i) {
    EXPECT_FALSE(p[i].required) << p[i].name;
    EXPECT_GT(std::string(p[i].doc).size(), 20u) << p[i].name;
  }
}

}  // namespace
