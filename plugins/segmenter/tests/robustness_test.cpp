// Odd input never throws and never breaks the offsets: every item lies
// inside the text, items follow each other, sections lie inside their item.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "test_support.hpp"

namespace protokol::segmenter {
namespace {

void expect_consistent(const document& doc) {
  std::size_t previous_end = 0;
  for (const auto& it : doc.items) {
    EXPECT_GE(it.start, previous_end);
    EXPECT_LE(it.start, it.end);
    EXPECT_LE(it.end, doc.text.size());
    for (const auto& s : it.sections) {
      EXPECT_GE(s.start, it.start);
      EXPECT_LE(s.start, s.end);
      EXPECT_LE(s.end, it.end);
    }
    previous_end = it.end;
  }
}

TEST(SegmenterRobustness, OddDocumentsGiveWarningsNotExceptions) {
  for (const std::string& text :
       {std::string(), std::string("\n\n\n"), std::string("\f\f\f"), std::string("#"),
        std::string("# \n## \n**\n"), std::string("Punkt 0: Nul\n"),
        std::string("Punkt 9999: Sidst\nPunkt 1: Først\n"), std::string("1.\n2.\n3.\n"),
        std::string("Indholdsfortegnelse\n\t3\n.....\t4\n"),
        std::string("Side 1 af 2\nSide 2 af 2\nSide 3 af 2\n"), std::string(100000, 'x'),
        std::string("Punkt 1: ") + std::string(5000, 'a') + "\n",
        std::string("Beslutning\nBeslutning\n"),
        std::string("Afbud:\nFraværende\nAfbud/Fraværende:\n"),
        std::string("Punkt 1:\n\nPunkt 2:\n")}) {
    document doc;
    doc.text = text;
    EXPECT_NO_THROW(segment_document(doc, segment_options{})) << text.substr(0, 40);
    expect_consistent(doc);
  }
}

TEST(SegmenterRobustness, ShuffledCorpusLinesAndRandomBytes) {
  const std::string corpus =
      testing::read_file(testing::fixture_path("corpus/000_a4b572501006c254.txt")) +
      testing::read_file(testing::fixture_path("corpus/004_f36d0290eb02bd68.txt"));
  std::vector<std::string> lines;
  for (std::size_t pos = 0; pos < corpus.size();) {
    const std::size_t end = std::min(corpus.find('\n', pos), corpus.size());
    lines.push_back(corpus.substr(pos, end - pos));
    pos = end + 1;
  }
  std::mt19937 random(20240611);
  for (int round = 0; round < 50; ++round) {
    std::string text;
    const std::size_t n = 50 + random() % 400;
    for (std::size_t i = 0; i < n; ++i) {
      if (random() % 20 == 0) {
        for (int b = 0; b < 30; ++b) text += static_cast<char>(random() % 256);
      } else {
        text += lines[random() % lines.size()];
      }
      text += random() % 50 == 0 ? '\f' : '\n';
    }
    document doc;
    doc.text = text;
    EXPECT_NO_THROW(segment_document(doc, segment_options{}));
    expect_consistent(doc);
  }
}

TEST(SegmenterRobustness, SegmentingTwiceGivesTheSameResult) {
  document doc;
  doc.text = testing::read_file(testing::fixture_path("corpus/002_272ed4b7c6745111.txt"));
  segment_document(doc, segment_options{});
  const auto items = doc.items.size();
  const auto title = doc.items.back().title;
  doc.warnings.clear();
  segment_document(doc, segment_options{});
  EXPECT_EQ(doc.items.size(), items);
  EXPECT_EQ(doc.items.back().title, title);
  EXPECT_EQ(doc.meeting.participants.size(), 12u);
}

}  // namespace
}  // namespace protokol::segmenter
