// The descriptor: what `protokol plugins review` shows and validate checks.
#include <gtest/gtest.h>

#include <string>

#include "review_test_support.hpp"

namespace {

using protokol::review_export::testing::review_stage;

TEST(ReviewDescriptor, IsOneExporterStageNamedReview) {
  const protokol::plugin_descriptor* plugin = protokol_plugin_definition::entry();
  EXPECT_EQ(std::string(plugin->name), "review");
  ASSERT_EQ(plugin->stage_count, 1u);
  EXPECT_EQ(review_stage().kind, protokol::stage_kind::exporter);
  EXPECT_EQ(std::string(review_stage().name), "review");
  EXPECT_EQ(std::string(review_stage().requires_), "meeting items");
  EXPECT_EQ(std::string(review_stage().provides), "export.review");
}

TEST(ReviewDescriptor, PublicIsABooleanDefaultingToFalse) {
  ASSERT_EQ(review_stage().param_count, 1u);
  const protokol::param_descriptor& p = review_stage().params[0];
  EXPECT_EQ(std::string(p.name), "public");
  EXPECT_EQ(p.type, protokol::param_type::boolean);
  EXPECT_EQ(std::string(p.default_value), "false");
  EXPECT_FALSE(p.required);
}

}  // namespace
