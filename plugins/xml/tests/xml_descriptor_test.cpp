// The descriptor the host reads: kind, name, requires/provides, parameters.
#include <gtest/gtest.h>

#include <string>

#include "xml_test_support.hpp"

namespace {

using protokol::xml_export::testing::xml_stage;

TEST(XmlDescriptor, DeclaresOnePluginWithTheHostAbi) {
  const protokol::plugin_descriptor* plugin = protokol_plugin_definition::entry();
  EXPECT_EQ(plugin->abi_major, protokol::abi_major);
  EXPECT_EQ(plugin->abi_minor, protokol::abi_minor);
  EXPECT_STREQ(plugin->toolchain, protokol::toolchain_fingerprint);
  EXPECT_STREQ(plugin->name, "xml");
  ASSERT_EQ(plugin->stage_count, 1u);
}

TEST(XmlDescriptor, ExporterNeedsMeetingAndItems) {
  EXPECT_STREQ(xml_stage().name, "xml");
  EXPECT_EQ(xml_stage().kind, protokol::stage_kind::exporter);
  EXPECT_STREQ(xml_stage().requires_, "meeting items");
  EXPECT_STREQ(xml_stage().provides, "export.xml");
}

TEST(XmlDescriptor, PublicIsAnOptionalBooleanOffByDefault) {
  ASSERT_EQ(xml_stage().param_count, 1u);
  const protokol::param_descriptor& p = xml_stage().params[0];
  EXPECT_STREQ(p.name, "public");
  EXPECT_EQ(p.type, protokol::param_type::boolean);
  EXPECT_STREQ(p.default_value, "false");
  EXPECT_FALSE(p.required);
  EXPECT_GT(std::string(p.doc).size(), 20u);
}

}  // namespace
