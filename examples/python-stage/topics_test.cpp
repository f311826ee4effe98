// The example python stage end to end: topics.xml through the real CLI on
// the corpus, checking every topic entity against the text it points into.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "test_support.hpp"

namespace fs = std::filesystem;
using protokol::test::read_text;
using protokol::test::run_protokol;
using protokol::test::temp_dir;

namespace {

// topics.xml names its script relative to the repository root, as README.md
// tells users to run it; the guard puts the test there and back.
class current_dir_guard {
 public:
  explicit current_dir_guard(const fs::path& dir) : previous_(fs::current_path()) {
    fs::current_path(dir);
  }
  ~current_dir_guard() { fs::current_path(previous_); }
  current_dir_guard(const current_dir_guard&) = delete;
  current_dir_guard& operator=(const current_dir_guard&) = delete;

 private:
  fs::path previous_;
};

// Enough case folding for the keywords: ASCII and the Danish capitals.
std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  for (const auto& [upper, lower_case] :
       {std::pair<std::string, std::string>{"Æ", "æ"}, {"Ø", "ø"}, {"Å", "å"}})
    for (std::size_t at = s.find(upper); at != std::string::npos; at = s.find(upper, at))
      s.replace(at, upper.size(), lower_case);
  return s;
}

// The keyword lists of topics.py, lower case; the test must agree with it.
const std::map<std::string, std::vector<std::string>> topics = {
    {"klima", {"klima", "co2", "energi", "bæredygtig", "solceller", "varmeplan"}},
    {"skole", {"skole", "folkeskole", "elever", "undervisning", "sfo", "klasse"}},
    {"beskæftigelse", {"beskæftigelse", "ledige", "jobcenter", "flexjob", "lærling"}},
    {"ældre", {"ældre", "plejecenter", "hjemmepleje", "demens"}},
    {"trafik", {"trafik", "cykelsti", "parkering", "vejen", "busser"}},
};

bool starts_with_keyword(const std::string& word, const std::string& topic) {
  for (const auto& k : topics.at(topic))
    if (lower(word).rfind(k, 0) == 0) return true;
  return false;
}

}  // namespace

TEST(TopicsExample, TagsCorpusItemsWithTopicsAtTheirWords) {
  const temp_dir dir;
  const current_dir_guard here(PROTOKOL_SOURCE_DIR);
  const auto r = run_protokol("run -q -p examples/python-stage/topics.xml -o " +
                              (dir / "out").string() + " tests/fixtures/corpus");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::size_t tagged = 0;
  std::set<std::string> seen_topics;
  for (const auto& file : fs::directory_iterator(dir / "out/json")) {
    if (file.path().extension() != ".json") continue;  // the folder's marker file
    const auto doc = nlohmann::json::parse(read_text(file.path()));
    const std::string key = file.path().stem().string();
    const std::string text = read_text(dir / "out/text" / (key + ".txt"));
    std::map<std::string, std::pair<std::size_t, std::size_t>> item_spans;
    for (const auto& it : doc["items"])
      item_spans[it["number"].get<std::string>()] = {it["start"].get<std::size_t>(),
                                                     it["end"].get<std::size_t>()};
    for (const auto& e : doc["entities"]) {
      if (e["type"] != "topic") continue;
      ++tagged;
      const auto start = e["start"].get<std::size_t>();
      const auto end = e["end"].get<std::size_t>();
      const std::string word = e["text"];
      const std::string topic = e["value"];
      ASSERT_LE(end, text.size()) << key;
      EXPECT_EQ(text.substr(start, end - start), word) << key << " at " << start;
      ASSERT_TRUE(topics.count(topic)) << topic;
      EXPECT_TRUE(starts_with_keyword(word, topic)) << word << " as " << topic;
      ASSERT_TRUE(e["item"].is_string()) << key;
      const std::string number = e["item"];
      ASSERT_TRUE(item_spans.count(number)) << key << " item " << number;
      const auto [item_start, item_end] = item_spans.at(number);
      EXPECT_TRUE(start >= item_start && end <= item_end) << key << " " << word;
      seen_topics.insert(topic);
    }
  }
  EXPECT_GE(tagged, 10u);
  EXPECT_GE(seen_topics.size(), 3u);
}

// A known case: corpus 000, item 1 ("Besøg hos virksomheden CONDI") speaks
// of ledige in flexjob: beskæftigelse, at the word "flexjob" as written.
TEST(TopicsExample, FindsFlexjobInItemOneAsBeskaeftigelse) {
  const temp_dir dir;
  const current_dir_guard here(PROTOKOL_SOURCE_DIR);
  const auto r =
      run_protokol("run -q -p examples/python-stage/topics.xml -o " + (dir / "out").string() +
                   " tests/fixtures/corpus/000_a4b572501006c254.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto doc = nlohmann::json::parse(read_text(dir / "out/json/000_a4b572501006c254.json"));
  const std::string text = read_text(dir / "out/text/000_a4b572501006c254.txt");
  bool found = false;
  for (const auto& e : doc["entities"])
    if (e["type"] == "topic" && e["text"] == "flexjob" && e["item"] == "1") {
      EXPECT_EQ(e["value"], "beskæftigelse");
      EXPECT_EQ(e["start"].get<std::size_t>(), text.find("flexjob"));
      found = true;
    }
  EXPECT_TRUE(found);
}
