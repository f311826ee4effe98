// The text exporter end to end: what it writes is the text every offset in
// the JSON output points into.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace fs = std::filesystem;
using protokol::test::read_text;
using protokol::test::run_protokol;
using protokol::test::temp_dir;
using protokol::test::write_text;

namespace {

const std::string source_dir = PROTOKOL_SOURCE_DIR;

TEST(TextExporter, TheShippedTextPipelineWritesWhatTheReaderMade) {
  temp_dir dir;
  // CRLF and windows-1252 in, UTF-8 and LF out: the file is what `read` made.
  write_text(dir / "in/odder.txt",
             "Byr\xE5"
             "det\r\n1. Godkendelse af dagsorden\r\n");
  const auto r = run_protokol("run -q -p " + source_dir + "/pipelines/text.xml -o " +
                              (dir / "out").string() + " " + (dir / "in").string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_text(dir / "out/text/odder.txt"), "Byrådet\n1. Godkendelse af dagsorden\n");
}

TEST(TextExporter, OffsetsInTheJsonPointIntoTheTextFile) {
  temp_dir dir;
  write_text(dir / "p.xml", R"(<pipeline name="t" version="1">
  <stage use="read"/><stage use="detect"/><stage use="segment"/>
  <stage use="json"/><stage use="text"/>
</pipeline>)");
  const std::string input = source_dir + "/tests/fixtures/corpus/000_a4b572501006c254.txt";
  const auto r = run_protokol("run -q -p " + (dir / "p.xml").string() + " -o " +
                              (dir / "out").string() + " " + input);
  ASSERT_LE(r.exit_code, 1) << r.err;
  const std::string text = read_text(dir / "out/text/000_a4b572501006c254.txt");
  const auto doc = nlohmann::json::parse(read_text(dir / "out/json/000_a4b572501006c254.json"));
  ASSERT_FALSE(doc["items"].empty());
  for (const auto& item : doc["items"]) {
    const auto start = item["start"].get<std::size_t>();
    ASSERT_LT(start, text.size());
    // The heading line at the item's offset holds the item's title.
    const std::string line = text.substr(start, text.find('\n', start) - start);
    const std::string title = item["title"].get<std::string>();
    EXPECT_NE(line.find(title.substr(0, std::min<std::size_t>(title.size(), 12))),
              std::string::npos)
        << line;
    EXPECT_TRUE(item["page"].is_null());
  }
}

TEST(TextExporter, HasNoPublicMode) {
  temp_dir dir;
  write_text(dir / "p.xml", R"(<pipeline name="t" version="1">
  <stage use="read"/><stage use="text"><param name="public">true</param></stage>
</pipeline>)");
  const auto r = run_protokol("validate " + (dir / "p.xml").string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("public"), std::string::npos) << r.err;
}

}  // namespace
