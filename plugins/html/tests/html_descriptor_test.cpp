// The descriptor the host reads and the stage as the host calls it.
#include <gtest/gtest.h>

#include <protokol/params.hpp>
#include <protokol/plugin.hpp>
#include <protokol/testing.hpp>
#include <string_view>

namespace protokol_plugin_definition {
const protokol::plugin_descriptor* entry() noexcept;
}

namespace {

const protokol::stage_descriptor& html_stage() {
  return protokol_plugin_definition::entry()->stages[0];
}

using protokol::testing::create_error;
using protokol::testing::error_of;
using protokol::testing::stage_under_test;

TEST(HtmlDescriptor, DeclaresOnePluginWithTheHostAbi) {
  const protokol::plugin_descriptor* plugin = protokol_plugin_definition::entry();
  EXPECT_EQ(plugin->abi_major, protokol::abi_major);
  EXPECT_STREQ(plugin->toolchain, protokol::toolchain_fingerprint);
  EXPECT_STREQ(plugin->name, "html");
  ASSERT_EQ(plugin->stage_count, 1u);
}

TEST(HtmlDescriptor, StageRequiresNothingAndProvidesText) {
  const auto& stage = html_stage();
  EXPECT_STREQ(stage.name, "html");
  EXPECT_EQ(stage.kind, protokol::stage_kind::other);
  EXPECT_STREQ(stage.requires_, "");
  EXPECT_STREQ(stage.provides, "text");
}

TEST(HtmlDescriptor, ParametersHaveTypesAndDefaults) {
  const auto& stage = html_stage();
  ASSERT_EQ(stage.param_count, 3u);
  const protokol::param_descriptor* p = stage.params;
  EXPECT_STREQ(p[0].name, "max_bytes");
  EXPECT_EQ(p[0].type, protokol::param_type::integer);
  EXPECT_STREQ(p[0].default_value, "33554432");
  EXPECT_STREQ(p[1].name, "fallback_encoding");
  EXPECT_STREQ(p[1].default_value, "windows-1252");
  EXPECT_STREQ(p[2].name, "keep_title");
  EXPECT_EQ(p[2].type, protokol::param_type::boolean);
  EXPECT_STREQ(p[2].default_value, "true");
}

TEST(HtmlDescriptor, TheHostRefusesMaxBytesOutsideOneByteToOneGib) {
  for (const char* value : {"0", "1073741825"}) {
    std::vector<std::string> problems;
    protokol::bind_params(html_stage(), {{"max_bytes", value}}, problems);
    EXPECT_EQ(problems, std::vector<std::string>{"parameter 'max_bytes' expects int in "
                                                 "1..1073741824, got '" +
                                                 std::string(value) + "'"});
  }
}

// The declared maximum is html_reader's own limit, not one byte less or more.
TEST(HtmlDescriptor, TheDeclaredMaximumIsTheReadersLimit) {
  const auto& stage = html_stage();
  EXPECT_EQ(create_error(stage, {.params = {{"max_bytes", stage.params[0].max_value}}}), "");
  // Past the host's check, the reader's own: one byte more is refused there too.
  protokol::stage_config config = protokol::testing::config_for(stage);
  config.params["max_bytes"] = "1073741825";
  std::string error;
  void* self = stage.create(config, error);
  EXPECT_EQ(self, nullptr);
  EXPECT_EQ(error, "max_bytes must be between 1 and 1073741824, got 1073741825");
  if (self != nullptr) stage.destroy(self);
}

TEST(HtmlDescriptor, UnknownFallbackEncodingIsRefused) {
  EXPECT_EQ(create_error(html_stage(), {.params = {{"fallback_encoding", "klingon-8"}}}),
            "fallback_encoding 'klingon-8' is not an encoding libxml2 can decode");
}

TEST(HtmlDescriptor, PageGetsTextFormatEncodingAndFullConfidence) {
  const stage_under_test stage(html_stage());
  protokol::document doc;
  doc.raw = "<!DOCTYPE html><html><body><h1>Referat</h1></body></html>";
  stage.process(doc);
  EXPECT_EQ(doc.text, "# Referat");
  EXPECT_EQ(doc.source.format, "html");
  EXPECT_EQ(doc.source.encoding, "UTF-8");
  EXPECT_EQ(doc.source.confidence, 1.0);
}

TEST(HtmlDescriptor, NonHtmlFileIsLeftUntouched) {
  const stage_under_test stage(html_stage());
  protokol::document doc;
  doc.raw = "# Referat\n\nMødedato<br>4. oktober\n";
  stage.process(doc);
  EXPECT_EQ(doc.text, "");
  EXPECT_EQ(doc.source.format, "");
  EXPECT_EQ(doc.source.encoding, "");
  EXPECT_EQ(doc.source.confidence, 0.0);
}

TEST(HtmlDescriptor, FileAnEarlierReaderTookIsLeftUntouched) {
  const stage_under_test stage(html_stage());
  protokol::document doc;
  doc.raw = "<html><body>x</body></html>";
  doc.text = "from the pdf reader";
  doc.source.format = "pdf";
  stage.process(doc);
  EXPECT_EQ(doc.text, "from the pdf reader");
  EXPECT_EQ(doc.source.format, "pdf");
}

TEST(HtmlDescriptor, OversizedPageIsRefusedWithItsSize) {
  const stage_under_test stage(html_stage(), {.params = {{"max_bytes", "40"}}});
  protokol::document doc;
  doc.raw = "<!DOCTYPE html><html><body><p>Referat</p></body></html>";
  EXPECT_EQ(error_of([&] { stage.process(doc); }),
            "HTML page is 55 bytes, over the html max_bytes limit of 40");
}

TEST(HtmlDescriptor, OversizedNonHtmlFileIsLeftToTheNextReader) {
  const stage_under_test stage(html_stage(), {.params = {{"max_bytes", "4"}}});
  protokol::document doc;
  doc.raw = "Punkt 1: Meddelelser\n";
  stage.process(doc);
  EXPECT_EQ(doc.text, "");
}

}  // namespace
