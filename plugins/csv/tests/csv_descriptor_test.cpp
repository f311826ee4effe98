// The descriptor the host reads: kind, name, requires/provides, parameters.
#include <gtest/gtest.h>

#include <string>

#include "csv_test_support.hpp"

namespace {

using protokol::csv_export::testing::csv_stage;

TEST(CsvDescriptor, DeclaresOnePluginWithTheHostAbi) {
  const protokol::plugin_descriptor* plugin = protokol_plugin_definition::entry();
  EXPECT_EQ(plugin->abi_major, protokol::abi_major);
  EXPECT_EQ(plugin->abi_minor, protokol::abi_minor);
  EXPECT_STREQ(plugin->toolchain, protokol::toolchain_fingerprint);
  EXPECT_STREQ(plugin->name, "csv");
  ASSERT_EQ(plugin->stage_count, 1u);
}

TEST(CsvDescriptor, ExporterNeedsMeetingAndItems) {
  EXPECT_STREQ(csv_stage().name, "csv");
  EXPECT_EQ(csv_stage().kind, protokol::stage_kind::exporter);
  EXPECT_STREQ(csv_stage().requires_, "meeting items");
  EXPECT_STREQ(csv_stage().provides, "export.csv");
}

TEST(CsvDescriptor, ParametersHaveTypesDefaultsAndDocs) {
  ASSERT_EQ(csv_stage().param_count, 5u);
  const protokol::param_descriptor* p = csv_stage().params;
  EXPECT_STREQ(p[0].name, "separator");
  EXPECT_EQ(p[0].type, protokol::param_type::string);
  EXPECT_STREQ(p[0].default_value, ",");
  EXPECT_STREQ(p[1].name, "bom");
  EXPECT_EQ(p[1].type, protokol::param_type::boolean);
  EXPECT_STREQ(p[1].default_value, "false");
  EXPECT_STREQ(p[2].name, "neutralize_formulas");
  EXPECT_EQ(p[2].type, protokol::param_type::boolean);
  EXPECT_STREQ(p[2].default_value, "true");
  EXPECT_STREQ(p[3].name, "public");
  EXPECT_EQ(p[3].type, protokol::param_type::boolean);
  EXPECT_STREQ(p[3].default_value, "false");
  EXPECT_STREQ(p[4].name, "dialect");
  EXPECT_EQ(p[4].type, protokol::param_type::choice);
  EXPECT_STREQ(p[4].default_value, "rfc4180");
  EXPECT_STREQ(p[4].choices, "rfc4180|excel");
  for (std::uint32_t i = 0; i < csv_stage().param_count; ++i) {
    EXPECT_FALSE(p[i].required) << p[i].name;
    EXPECT_GT(std::string(p[i].doc).size(), 20u) << p[i].name;
  }
}

}  // namespace
