// <protokol/testing.hpp>, the SDK's test kit: stages it creates get what the
// host would give them, it refuses what the host refuses, with the host's
// words, and a chain runs as a pipeline runs. The shipped plugins in a chain:
// tests/integration/testing_kit_chain_test.cpp.
#include <gtest/gtest.h>

#include <filesystem>
#include <protokol/testing.hpp>
#include <stdexcept>
#include <string>

#include "inputs.hpp"
#include "plugin_registry.hpp"
#include "sha256.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
namespace pt = protokol::testing;
using protokol::test::fixture_plugin_dir;
using protokol::test::read_text;
using protokol::test::temp_dir;
using protokol::test::write_text;

namespace {

// A stage the test links directly, as a plugin's own tests link theirs.
class echo_stage final : public protokol::stage {
 public:
  explicit echo_stage(const protokol::stage_config& config)
      : suffix_(config.get_string("suffix")), times_(config.get_int("times")) {
    if (times_ < 1) throw std::invalid_argument("times must be at least 1");
  }
  void process(protokol::document& doc) const override {
    if (doc.text.find("fail") != std::string::npos) throw std::runtime_error("asked to fail");
    for (long long i = 0; i < times_; ++i) doc.text += suffix_;
  }

 private:
  const std::string suffix_;
  const long long times_;
};

constexpr protokol::param_descriptor echo_params[] = {
    {"suffix", protokol::param_type::string, "!", false, "What to append", nullptr},
    {"times", protokol::param_type::integer, "1", false, "How often", nullptr},
    {"who", protokol::param_type::string, nullptr, true, "Whom it is for", nullptr},
};

constexpr protokol::stage_descriptor echo =
    protokol::make_stage<echo_stage>(protokol::stage_kind::extractor, "echo",
                                     "Appends a suffix to the text", "text", "echo", echo_params);

fs::path fixture_file(const std::string& name) {
  return fs::path(fixture_plugin_dir(name)) / ("protokol_fixture_" + name + ".so");
}

}  // namespace

TEST(TestingKit, DefaultsAreFilledAndGivenValuesGoOnTop) {
  const pt::stage_under_test stage(echo, {.params = {{"who", "Anna"}, {"times", "3"}}});
  EXPECT_EQ(stage.id(), "echo");
  EXPECT_EQ(stage.config().params,
            (pt::parameters{{"suffix", "!"}, {"times", "3"}, {"who", "Anna"}}));
  EXPECT_TRUE(stage.config().output_dir.empty());
  EXPECT_TRUE(stage.config().sync_each_file);
  protokol::document doc;
  doc.text = "Hej";
  stage.process(doc);
  EXPECT_EQ(doc.text, "Hej!!!");
}

TEST(TestingKit, SetupReachesTheStageAsTheHostHandsIt) {
  const protokol::stage_config config = pt::config_for(
      echo,
      {.params = {{"who", "x"}}, .output_dir = "/tmp/out", .sync_each_file = false, .id = "e2"});
  EXPECT_EQ(config.stage_id, "e2");
  EXPECT_EQ(config.output_dir, "/tmp/out");
  EXPECT_FALSE(config.sync_each_file);
}

TEST(TestingKit, UnknownParameterNamesAreRefused) {
  EXPECT_EQ(pt::create_error(echo, {.params = {{"who", "x"}, {"tmies", "2"}}}),
            "stage 'echo' (echo) has no parameter 'tmies' (it has suffix, times, who)");
  EXPECT_THROW(pt::stage_under_test(echo, {.params = {{"who", "x"}, {"tmies", "2"}}}),
               std::runtime_error);
}

TEST(TestingKit, MissingRequiredParameterIsRefused) {
  EXPECT_EQ(pt::create_error(echo), "stage 'echo' needs parameter 'who': Whom it is for");
}

TEST(TestingKit, CreateErrorIsTheConstructorsMessage) {
  EXPECT_EQ(pt::create_error(echo, {.params = {{"who", "x"}, {"times", "0"}}}),
            "times must be at least 1");
  EXPECT_EQ(pt::create_error(echo, {.params = {{"who", "x"}}}), "");
  EXPECT_EQ(pt::error_of([] {
              pt::stage_under_test(echo, {.params = {{"who", "x"}, {"times", "0"}}});
            }),
            "stage 'echo' could not be created: times must be at least 1");
}

TEST(TestingKit, AThrowingStagesMessageIsReported) {
  const pt::stage_under_test stage(echo, {.params = {{"who", "x"}}, .id = "my-echo"});
  protokol::document doc;
  doc.text = "please fail";
  try {
    stage.process(doc);
    FAIL() << "process should throw";
  } catch (const pt::stage_error& e) {
    EXPECT_STREQ(e.what(), "asked to fail");
    EXPECT_EQ(e.stage(), "my-echo");
  }
}

TEST(TestingKit, DocumentFromTextIsWhatTheHostHandsTheFirstStage) {
  for (const std::string name : {"x.txt", "referat 2024.md", ".skjult.txt", "arkiv/a:b.pdf", "-"}) {
    const protokol::document doc = pt::document_from_text("Referat\r\nMøde\n", name);
    EXPECT_EQ(doc.key, protokol::key_for(name)) << name;
    EXPECT_EQ(doc.source.path, name);
    EXPECT_EQ(doc.raw, "Referat\r\nMøde\n");
    EXPECT_EQ(doc.source.bytes, doc.raw.size());
    EXPECT_TRUE(doc.text.empty());
    EXPECT_TRUE(doc.source.format.empty());
  }
  EXPECT_EQ(pt::document_from_text("").key, "test");
}

TEST(TestingKit, Sha256IsTheHostsFingerprint) {
  std::string bytes;
  for (std::size_t n = 0; n < 200; ++n) {
    EXPECT_EQ(pt::detail::sha256_hex(bytes), protokol::sha256_hex(bytes)) << n;
    bytes += static_cast<char>('a' + n % 26 + (n % 7 == 0 ? 100 : 0));
  }
  EXPECT_EQ(pt::detail::sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(TestingKit, DocumentFromFileKeepsThePathAsGiven) {
  temp_dir dir;
  write_text(dir / "Møde 1.txt", "Punkt 1: Budget\n");
  const protokol::document doc = pt::document_from_file(dir / "Møde 1.txt");
  EXPECT_EQ(doc.source.path, (dir / "Møde 1.txt").string());
  EXPECT_EQ(doc.key, "Møde_1");
  EXPECT_EQ(doc.raw, "Punkt 1: Budget\n");
  EXPECT_EQ(doc.source.sha256, protokol::sha256_hex(doc.raw));
  EXPECT_THROW(pt::document_from_file(dir / "none.txt"), std::runtime_error);
}

TEST(TestingKit, PluginLibraryFindsTheStagesOfAPluginFile) {
  const pt::plugin_library plugin(fixture_file("good"));
  EXPECT_STREQ(plugin.descriptor().name, "fixture-good");
  EXPECT_EQ(plugin.stage("fixture-count").param_count, 8u);
  EXPECT_EQ(plugin.find_stage("nope"), nullptr);
  EXPECT_EQ(pt::error_of([&] { (void)plugin.stage("nope"); }),
            fixture_file("good").string() +
                " has no stage 'nope' (it has fixture-text, fixture-count, fixture-export)");
}

// The same refusal as the host's loader, in the same words.
TEST(TestingKit, PluginLibraryRefusesWhatTheHostRefuses) {
  for (const std::string name : {"major", "minor", "toolchain", "no_entry"}) {
    auto host = protokol::load_plugin(fixture_file(name));
    ASSERT_FALSE(host) << name;
    std::string expected = host.errors().front().str();
    expected.replace(expected.find(": error: "), 9, ": ");
    EXPECT_EQ(pt::error_of([&] { pt::plugin_library{fixture_file(name)}; }), expected);
  }
  EXPECT_NE(pt::error_of([] {
              pt::plugin_library{fixture_file("not_elf")};
            }).find(": plugin refused: cannot load shared library: "),
            std::string::npos);
}

TEST(TestingKit, PluginSetRefusesAStageNameTwice) {
  pt::plugin_set plugins({fixture_plugin_dir("good")});
  plugins.load(fixture_plugin_dir("good"));  // the same file again counts once
  EXPECT_EQ(plugins.libraries().size(), 1u);
  EXPECT_NE(pt::error_of([&] {
              plugins.load(fixture_plugin_dir("duplicate"));
            }).find("plugin refused: stage 'fixture-text' is also provided by "),
            std::string::npos);
  EXPECT_EQ(pt::error_of([&] { (void)plugins.stage("fixture-txet"); }),
            "unknown stage 'fixture-txet' (loaded: fixture-text, fixture-count, fixture-export)");
}

TEST(TestingKit, ChainRunsItsStagesInOrderAndFinishes) {
  temp_dir out;
  const pt::plugin_set plugins({fixture_plugin_dir("good")});
  pt::chain run(plugins, {"fixture-text", {"fixture-count", {{"token", "t"}}}, "fixture-export"},
                {.output_dir = out.path()});
  const protokol::document doc = run.run(pt::document_from_text("Titel\na\nb\n", "m.txt"));
  EXPECT_EQ(doc.meeting.title, "Titel");
  EXPECT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(read_text(out / "fixture/m.txt"), "Titel\n3\n");
  run.finish();
  EXPECT_EQ(read_text(out / "fixture/index"), "m.txt\n");
  run.remove("m");
  EXPECT_FALSE(fs::exists(out / "fixture/m.txt"));
}

// As the host: the stage that failed is named, and an exporter that wrote
// before the failure takes its file back.
TEST(TestingKit, ChainFailureNamesTheStageAndTakesBackWhatExportersWrote) {
  temp_dir out;
  const pt::plugin_set plugins({fixture_plugin_dir("good")});
  const pt::chain run(plugins,
                      {"fixture-text", {"fixture-count", {{"token", "t"}}}, "fixture-export"},
                      {.output_dir = out.path()});
  protokol::document doc = pt::document_from_text("Titel\nFIXTURE-EXPORT-THROW\n", "m.txt");
  try {
    run.process(doc);
    FAIL() << "process should throw";
  } catch (const pt::stage_error& e) {
    EXPECT_EQ(e.stage(), "fixture-export");
    EXPECT_STREQ(e.what(), "fixture exporter failed after writing");
  }
  EXPECT_FALSE(fs::exists(out / "fixture/m.txt"));
  protokol::document early = pt::document_from_text("FIXTURE-THROW", "n.txt");
  EXPECT_EQ(pt::error_of([&] { run.process(early); }), "fixture asked to fail");
}

TEST(TestingKit, ChainRefusesWhatAPipelineCheckRefuses) {
  const pt::plugin_set plugins({fixture_plugin_dir("good")});
  EXPECT_EQ(pt::error_of([&] {
              pt::chain(plugins, {{"fixture-count", {{"token", "t"}}}});
            }),
            "stage 'fixture-count' requires 'text', which no earlier stage provides");
  EXPECT_EQ(pt::error_of([&] {
              pt::chain(plugins, {"fixture-text", "fixture-count"});
            }),
            "stage 'fixture-count' needs parameter 'token': A value that must be given");
  // Over a document made by hand, without the stages before it.
  pt::chain alone({.check_requires = false});
  alone.add(plugins.stage("fixture-count"), {{"token", "t"}});
  protokol::document doc;
  doc.text = "a\nb\n";
  alone.process(doc);
  EXPECT_EQ(doc.items.size(), 2u);
}
