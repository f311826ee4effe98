// The bench's corpora (`protokol_bench`, `--doc-kb`): the corpus meetings
// with digits varied, and grown by more agenda items. The default pipeline
// must find every item of them, or the bench would time a pipeline that
// gave up.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../bench/corpus_generator.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using protokol::bench::generate_corpus;
using protokol::bench::long_minutes;
using protokol::bench::split_at_items;
using protokol::test::read_text;
using protokol::test::run_protokol;
using protokol::test::temp_dir;

namespace {

const fs::path corpus_meetings = fs::path(PROTOKOL_SOURCE_DIR) / "tests/fixtures/corpus";

constexpr std::string_view small_minutes =
    "Referat\n\nPunkt 1: Meddelelser\nIntet.\n1. at sagen tages til efterretning.\n"
    "## **Punkt 2: Budget**\nPunkt 7 uden kolon.\n###Punkt 8: ikke en overskrift\n"
    "# Punkt 3: Underskrifter\nSlut.";

}  // namespace

TEST(LongMinutes, SplitsAtItemHeadingsOnly) {
  const auto parts = split_at_items(small_minutes);
  EXPECT_EQ(parts.head, "Referat\n\n");
  ASSERT_EQ(parts.items.size(), 3u);
  EXPECT_EQ(parts.items[0].before_number, "Punkt ");
  EXPECT_EQ(parts.items[0].after_number,
            ": Meddelelser\nIntet.\n1. at sagen tages til efterretning.\n");
  EXPECT_EQ(parts.items[1].before_number, "## **Punkt ");
  EXPECT_EQ(parts.items[2].before_number, "# Punkt ");
  EXPECT_EQ(parts.items[2].after_number, ": Underskrifter\nSlut.");
}

TEST(LongMinutes, NumbersItemsOnAndKeepsTheLastItemLast) {
  const std::string text = long_minutes(small_minutes, 400);
  EXPECT_GE(text.size(), 400u);
  const auto parts = split_at_items(text);
  ASSERT_GE(parts.items.size(), 6u);
  for (std::size_t i = 0; i + 1 < parts.items.size(); ++i) {
    EXPECT_EQ(parts.items[i].after_number.substr(0, 3), i % 2 == 0 ? ": M" : ": B") << i;
  }
  EXPECT_TRUE(
      text.ends_with("# Punkt " + std::to_string(parts.items.size()) + ": Underskrifter\nSlut."));
  EXPECT_EQ(long_minutes("Ingen punkter her.", 400), "Ingen punkter her.");
}

// The bench's corpora as protokol_bench generates them (digits varied but
// the item numbers), at the fixtures' own sizes and grown to 150 KB: the
// default pipeline finds every item of every document.
TEST(LongMinutes, DefaultPipelineFindsEveryItemOfTheBenchCorpora) {
  std::vector<fs::path> templates;
  for (const auto& entry : fs::directory_iterator(corpus_meetings))
    templates.push_back(entry.path());
  std::sort(templates.begin(), templates.end());
  for (const std::size_t document_bytes : {std::size_t{0}, std::size_t{150'000}}) {
    temp_dir dir;
    const std::size_t documents =
        generate_corpus(templates, dir / "in", 4 * std::max<std::size_t>(document_bytes, 40'000),
                        42, document_bytes);
    ASSERT_GE(documents, 4u);
    const auto r =
        run_protokol("run -q -o " + (dir / "out").string() + " " + (dir / "in").string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (std::size_t d = 0; d < documents; ++d) {
      const std::string key = "doc" + std::to_string(d);
      const std::size_t made = split_at_items(read_text(dir / "in" / (key + ".txt"))).items.size();
      if (document_bytes > 0) {
        EXPECT_GE(made, 30u) << key;  // three times the template's and more
      }
      const auto doc = nlohmann::json::parse(read_text(dir / "out/json" / (key + ".json")));
      ASSERT_EQ(doc["items"].size(), made) << key << " of " << document_bytes << " bytes";
      for (std::size_t i = 0; i < made; ++i) {
        EXPECT_EQ(doc["items"][i]["number"], std::to_string(i + 1)) << key;
      }
    }
  }
}
