// The test kit with the shipped plugins: a chain of the default pipeline's
// stages, loaded from the plugin folder, gives what `protokol run` gives.
#include <gtest/gtest.h>

#include <filesystem>
#include <protokol/testing.hpp>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace fs = std::filesystem;
namespace pt = protokol::testing;
using protokol::test::read_text;
using protokol::test::run_protokol;
using protokol::test::temp_dir;

namespace {

const fs::path corpus = fs::path(PROTOKOL_SOURCE_DIR) / "tests/fixtures/corpus";
const fs::path default_pipeline = fs::path(PROTOKOL_SOURCE_DIR) / "pipelines/default.xml";

const pt::plugin_set& shipped_plugins() {
  static const pt::plugin_set plugins({PROTOKOL_PLUGIN_DIR});
  return plugins;
}

// The stages of a shipped pipeline file (none of them sets a parameter).
std::vector<pt::step> stages_of(const fs::path& pipeline) {
  const std::string xml = read_text(pipeline);
  const std::string opening = "<stage use=\"";
  std::vector<pt::step> steps;
  for (std::size_t at = xml.find(opening); at != std::string::npos; at = xml.find(opening, at)) {
    at += opening.size();
    const std::size_t end = xml.find('"', at);
    steps.emplace_back(xml.substr(at, end - at));
  }
  return steps;
}

}  // namespace

TEST(TestingKitChain, ReadDetectSegmentGiveTheCorpusItems) {
  const pt::chain run(shipped_plugins(), {"read", "detect", "segment"});
  const protokol::document doc =
      run.run(pt::document_from_file(corpus / "002_272ed4b7c6745111.txt"));
  EXPECT_EQ(doc.key, "002_272ed4b7c6745111");
  EXPECT_EQ(doc.source.format, "plain");
  EXPECT_EQ(doc.source.encoding, "UTF-8");
  EXPECT_FALSE(doc.meeting.date.empty());
  ASSERT_FALSE(doc.items.empty());
  EXPECT_EQ(doc.items.front().number, "1");
}

TEST(TestingKitChain, ASegmenterRefusalIsReportedWithItsMessage) {
  const pt::chain run(shipped_plugins(), {"read", "detect", "segment"});
  protokol::document doc = pt::document_from_text("Prisliste\n\nKaffe 25 kr.\n", "priser.txt");
  try {
    run.process(doc);
    FAIL() << "a file without agenda items should fail";
  } catch (const pt::stage_error& e) {
    EXPECT_EQ(e.stage(), "segment");
    EXPECT_NE(std::string(e.what()).find("no agenda items found"), std::string::npos) << e.what();
  }
}

TEST(TestingKitChain, TheDefaultPipelineWritesWhatProtokolRunWrites) {
  const std::vector<pt::step> steps = stages_of(default_pipeline);
  ASSERT_GE(steps.size(), 10u);
  temp_dir dir;
  const auto cli = run_protokol("run -q -p " + default_pipeline.string() + " -o " +
                                (dir / "cli").string() + " " + corpus.string());
  ASSERT_EQ(cli.exit_code, 0) << cli.err;

  pt::chain run(shipped_plugins(), steps, {.output_dir = dir / "kit", .sync_each_file = false});
  std::vector<fs::path> files;
  for (const auto& f : fs::directory_iterator(corpus)) files.push_back(f.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    protokol::document doc = pt::document_from_file(file);
    // The CLI was given the folder: the path it records is folder/name.
    doc.source.path = (corpus / file.filename()).string();
    run.process(doc);
  }
  run.finish();

  for (const fs::path& file : files) {
    const std::string key = file.stem().string();
    for (const std::string& out : {"json/" + key + ".json", "xml/" + key + ".xml"}) {
      ASSERT_TRUE(fs::exists(dir / "kit" / out)) << out;
      EXPECT_EQ(read_text(dir / "kit" / out), read_text(dir / "cli" / out)) << out;
    }
  }
  for (const std::string table : {"meetings", "items", "entities", "attendance", "votes"}) {
    ASSERT_TRUE(fs::exists(dir / "kit/csv" / (table + ".csv"))) << table;
    EXPECT_EQ(read_text(dir / "kit/csv" / (table + ".csv")),
              read_text(dir / "cli/csv" / (table + ".csv")))
        << table;
  }
}
