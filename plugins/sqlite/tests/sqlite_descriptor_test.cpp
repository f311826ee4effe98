// The descriptor the host reads: kind, name, requires/provides, parameters.
#include <gtest/gtest.h>

#include <string>

#include "sqlite_test_support.hpp"

namespace {

using protokol::sqlite_export::testing::sqlite_stage;

TEST(SqliteDescriptor, DeclaresOnePluginWithTheHostAbi) {
  const protokol::plugin_descriptor* plugin = protokol_plugin_definition::entry();
  EXPECT_EQ(plugin->abi_major, protokol::abi_major);
  EXPECT_EQ(plugin->abi_minor, protokol::abi_minor);
  EXPECT_STREQ(plugin->toolchain, protokol::toolchain_fingerprint);
  EXPECT_STREQ(plugin->name, "sqlite");
  ASSERT_EQ(plugin->stage_count, 1u);
}

TEST(SqliteDescriptor, ExporterNeedsMeetingAndItems) {
  EXPECT_STREQ(sqlite_stage().name, "sqlite");
  EXPECT_EQ(sqlite_stage().kind, protokol::stage_kind::exporter);
  EXPECT_STREQ(sqlite_stage().requires_, "meeting items");
  EXPECT_STREQ(sqlite_stage().provides, "export.sqlite");
}

TEST(SqliteDescriptor, PublicIsABooleanDefaultingToFalse) {
  ASSERT_EQ(sqlite_stage().param_count, 1u);
  const protokol::param_descriptor& p = sqlite_stage().params[0];
  EXPECT_STREQ(p.name, "public");
  EXPECT_EQ(p.type, protokol::param_type::boolean);
  EXPECT_STREQ(p.default_value, "false");
  EXPECT_FALSE(p.required);
  EXPECT_GT(std::string(p.doc).size(), 20u);
}

}  // namespace
