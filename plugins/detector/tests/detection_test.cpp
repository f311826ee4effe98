#include "detection.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

namespace protokol::detector {
namespace {

detection found(std::string format, std::string dialect, double confidence) {
  detection d;
  d.format = std::move(format);
  d.dialect = std::move(dialect);
  d.confidence = confidence;
  return d;
}

TEST(ApplyDetection, FirstDetectorFillsEmptySource) {
  source_info source;
  apply_detection(source, found("plain", "punkt-colon", 0.8));
  EXPECT_EQ(source.format, "plain");
  EXPECT_EQ(source.dialect, "punkt-colon");
  EXPECT_DOUBLE_EQ(source.confidence, 0.8);
}

TEST(ApplyDetection, MoreConfidentDetectorOverrides) {
  source_info source;
  apply_detection(source, found("plain", "generic", 0.1));
  apply_detection(source, found("plain", "acme-agenda", 0.7));
  EXPECT_EQ(source.dialect, "acme-agenda");
  EXPECT_DOUBLE_EQ(source.confidence, 0.7);
}

TEST(ApplyDetection, LessOrEquallyConfidentDetectorChangesNothing) {
  source_info source;
  apply_detection(source, found("markdown", "markdown-export", 0.9));
  apply_detection(source, found("plain", "generic", 0.9));
  apply_detection(source, found("plain", "pkt", 0.5));
  EXPECT_EQ(source.format, "markdown");
  EXPECT_EQ(source.dialect, "markdown-export");
  EXPECT_DOUBLE_EQ(source.confidence, 0.9);
}

TEST(ApplyDetection, DialectOnlyAnswerKeepsFormat) {
  source_info source;
  apply_detection(source, found("plain", "generic", 0.1));
  apply_detection(source, found("", "acme-agenda", 0.6));
  EXPECT_EQ(source.format, "plain");
  EXPECT_EQ(source.dialect, "acme-agenda");
}

TEST(ApplyDetection, WeakerAnswerStillFillsEmptyField) {
  source_info source;
  apply_detection(source, found("", "acme-agenda", 0.6));
  apply_detection(source, found("plain", "generic", 0.1));
  EXPECT_EQ(source.format, "plain");
  EXPECT_EQ(source.dialect, "acme-agenda");
  EXPECT_DOUBLE_EQ(source.confidence, 0.6);
}

TEST(Detector, ConfidenceIsTheWeakerOfFormatAndDialect) {
  const detection d = detector(65536).detect("Kære borgere\n\nVelkommen.\n");
  EXPECT_EQ(d.format, "plain");
  EXPECT_EQ(d.dialect, "generic");
  EXPECT_DOUBLE_EQ(d.confidence, std::min(d.format_confidence, d.dialect_confidence));
  EXPECT_DOUBLE_EQ(d.confidence, 0.1);
}

// Plain text's format confidence grows with the non-blank lines seen: lines
// of nothing but spaces, tabs, form feeds and CRs are not counted, a line
// with anything else after them is.
TEST(Detector, BlankLinesAreNotCountedAsSeen) {
  const detector d(65536);
  const double one_line = d.detect("Kære borgere\n").format_confidence;
  EXPECT_DOUBLE_EQ(d.detect("Kære borgere\n \n\t\n\f\n\r\n \t\f\r\n\n").format_confidence,
                   one_line);
  EXPECT_GT(d.detect("Kære borgere\n \t x\n").format_confidence, one_line);
  EXPECT_GT(d.detect("Kære borgere\n\f\r.\n").format_confidence, one_line);
}

TEST(Detector, EmptyTextIsPlainGeneric) {
  const detection d = detector(65536).detect("");
  EXPECT_EQ(d.format, "plain");
  EXPECT_EQ(d.dialect, "generic");
}

TEST(Detector, HeadingsDeepInAHugeFileAreSeen) {
  // Only prose in the first 64 KiB; the items come later, as after a long
  // participant list or a table of contents.
  std::string text;
  while (text.size() < (1u << 20)) text += "Udvalget drøftede sagen og tog den til efterretning.\n";
  for (int i = 1; text.size() < (40u << 20); ++i) {
    text += "Pkt. " + std::to_string(i % 40 + 1) + " Godkendelse af budget\n";
    for (int k = 0; k < 200; ++k) text += "Udvalget drøftede sagen og tog den til efterretning.\n";
  }
  const auto start = std::chrono::steady_clock::now();
  const detection d = detector(65536).detect(text);
  const std::chrono::duration<double, std::milli> ms = std::chrono::steady_clock::now() - start;
  std::cout << "detect on " << text.size() / 1000000 << " MB: " << ms.count() << " ms\n";
  EXPECT_EQ(d.dialect, "pkt");
}

TEST(Detector, OneDetectorServesManyThreads) {
  const detector shared(65536);
  const std::string texts[] = {"Pkt. 1 A\nPkt. 2 B\n",
                               "# Punkt 1: A\n## Punkt 2: B\n# Punkt 3: C\n",
                               "Punkt 1: A\nSagsnr.: 1\nDoknr.: 2\n"};
  std::vector<std::string> expected;
  for (const std::string& text : texts) expected.push_back(shared.detect(text).dialect);
  std::atomic<int> mismatches = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int round = 0; round < 200; ++round) {
        for (std::size_t i = 0; i < std::size(texts); ++i) {
          if (shared.detect(texts[i]).dialect != expected[i]) ++mismatches;
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(mismatches, 0);
  EXPECT_EQ(expected, (std::vector<std::string>{"pkt", "markdown-export", "sagsnr-doknr"}));
}

}  // namespace
}  // namespace protokol::detector
