// The bench's long documents (`protokol_bench --doc-kb`): a corpus meeting
// grown by more agenda items. The default pipeline must find every item of
// them, or the bench would time a pipeline that gave up.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../bench/corpus_generator.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using protokol::bench::long_minutes;
using protokol::bench::split_at_items;
using protokol::test::read_text;
using protokol::test::run_protokol;
using protokol::test::temp_dir;
using protokol::test::write_text;

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

TEST(LongMinutes, DefaultPipelineFindsEveryItemOfEachGrownCorpusMeeting) {
  temp_dir dir;
  std::map<std::string, std::size_t> items_made;
  for (const auto& entry : fs::directory_iterator(corpus_meetings)) {
    const std::string text = long_minutes(read_text(entry.path()), 150'000);
    const std::string key = entry.path().stem().string();
    write_text(dir / "in" / (key + ".txt"), text);
    items_made[key] = split_at_items(text).items.size();
  }
  ASSERT_EQ(items_made.size(), 4u);
  const auto r = run_protokol("run -q -o " + (dir / "out").string() + " " + (dir / "in").string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const auto& [key, made] : items_made) {
    EXPECT_GE(made, 30u) << key;  // three times and more the template's items
    const auto doc = nlohmann::json::parse(read_text(dir / "out/json" / (key + ".json")));
    ASSERT_EQ(doc["items"].size(), made) << key;
    for (std::size_t i = 0; i < made; ++i) {
      EXPECT_EQ(doc["items"][i]["number"], std::to_string(i + 1)) << key;
    }
  }
}
