// End to end: the real CLI with the html reader before read, on an HTML
// fixture of the real corpus minutes.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace {

using protokol::test::read_text;
using protokol::test::run_protokol;
using protokol::test::temp_dir;

const std::string source_dir = PROTOKOL_SOURCE_DIR;
const std::string pipeline = source_dir + "/pipelines/default.xml";

nlohmann::json run_on(const temp_dir& dir, const std::string& fixture, const std::string& key) {
  const auto r = run_protokol("run -q -p " + pipeline + " -o " + (dir / "out").string() + " " +
                              source_dir + "/tests/fixtures/html/" + fixture);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return nlohmann::json::parse(read_text(dir / "out/json" / (key + ".json")));
}

TEST(HtmlCli, FirstAgendaPageGivesItsItemsAndTitles) {
  temp_dir dir;
  const auto doc = run_on(dir, "firstagenda_albertslund.html", "firstagenda_albertslund");
  EXPECT_EQ(doc["source"]["format"], "html");
  EXPECT_EQ(doc["source"]["encoding"], "UTF-8");
  ASSERT_EQ(doc["items"].size(), 12u);
  EXPECT_EQ(doc["items"][0]["number"], "1");
  EXPECT_EQ(doc["items"][0]["title"], "Tema - Besøg hos virksomheden CONDI");
  EXPECT_EQ(doc["items"][0]["case_numbers"][0], "24.10.00-G20-1-20");
  EXPECT_EQ(doc["items"][11]["number"], "12");
  EXPECT_EQ(doc["items"][11]["title"], "Underskriftsblad");
  EXPECT_EQ(doc["meeting"]["date"], "2022-11-21");
}

TEST(HtmlCli, WordExportInWindows1252GivesItsItems) {
  temp_dir dir;
  const auto doc = run_on(dir, "word_odder.htm", "word_odder");
  EXPECT_EQ(doc["source"]["encoding"], "windows-1252");
  ASSERT_EQ(doc["items"].size(), 9u);
  EXPECT_EQ(doc["items"][3]["title"], "Tema: Fleksjobindsatsen i Odder Kommune");
  EXPECT_EQ(doc["items"][3]["document_numbers"][0], "727-2019-82092");
}

TEST(HtmlCli, MarkdownMinutesPassOnToReadUntouched) {
  temp_dir dir;
  const auto r = run_protokol("run -q -p " + pipeline + " -o " + (dir / "out").string() + " " +
                              source_dir + "/tests/fixtures/corpus/004_f36d0290eb02bd68.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto doc = nlohmann::json::parse(read_text(dir / "out/json/004_f36d0290eb02bd68.json"));
  EXPECT_EQ(doc["source"]["format"], "markdown");
  EXPECT_EQ(doc["items"].size(), 9u);
}

}  // namespace
