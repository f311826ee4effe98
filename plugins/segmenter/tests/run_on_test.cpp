#include "run_on.hpp"

#include <gtest/gtest.h>

#include <string>

#include "test_support.hpp"

namespace protokol::segmenter {
namespace {

// A docplayer-like transcript: each page of the PDF one line, its number
// first (trial AM, Rebild 2011; names fictional).
const std::string run_on =
    "REFERAT Kultur og Fritidsudvalget\n\n"
    "1 REFERAT Mødedato: 9. marts 2011. Mødetidspunkt: 17:00. Sted: Mødelokale 2, Terndrup "
    "Rådhus. Møde slut: 19:25 Fraværende: Henrik Holm Christensen\n\n"
    "3 1. Godkendelse af dagsorden J.nr.: A10. Sagsnr.: 11/5571 Sagsfremstilling: Godkendelse af "
    "dagsordenen. Beslutning: Godkendt. Henrik Holm Christensen deltog ikke i sagens behandling. "
    "2. Budgetopfølgning pr. 28. februar Sagsnr.: 11/11959 Sagsfremstilling: Forvaltningen har "
    "udarbejdet en budgetopfølgning, der viser et mindreforbrug på 1,2 mio. kr. i forhold til "
    "det korrigerede budget, jf. pkt. 2. om rammerne. Lokalerne på Chr. 8. Vej 7 lejes. "
    "Beslutning: Taget til efterretning.\n";

TEST(RunOnText, BreaksBeforeLabelsAndItemNumbersKeepingTheLength) {
  std::string text = run_on;
  EXPECT_GT(break_run_on_lines(text), 0u);
  ASSERT_EQ(text.size(), run_on.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != run_on[i]) {
      EXPECT_TRUE(run_on[i] == ' ' && text[i] == '\n') << i;
    }
  }
  EXPECT_NE(text.find("\nMødetidspunkt: 17:00."), std::string::npos);
  EXPECT_NE(text.find("\nFraværende: Henrik"), std::string::npos);
  EXPECT_NE(text.find("3\n1. Godkendelse af dagsorden"), std::string::npos);  // the page's number
  EXPECT_NE(text.find("\nSagsnr.: 11/5571\nSagsfremstilling:"), std::string::npos);
  EXPECT_NE(text.find("behandling.\n2. Budgetopfølgning"), std::string::npos);
  // No break after "pkt." or inside a sentence's number.
  EXPECT_NE(text.find("jf. pkt. 2. om rammerne"), std::string::npos);
  EXPECT_NE(text.find("Chr. 8. Vej 7"), std::string::npos);  // a street, no item 8
}

TEST(RunOnText, OrdinaryTextIsLeftAsItIs) {
  std::string text =
      "Referat\n\nMødedato: 9. marts 2011\n\n1. Godkendelse af dagsorden\n\nBeslutning:\n"
      "Godkendt.\n\n2. Budget\n\n" +
      std::string(500, 'x') + " Beslutning: Godkendt.\n";
  const std::string before = text;
  EXPECT_EQ(break_run_on_lines(text), 0u);
  EXPECT_EQ(text, before);
}

// A web page's long paragraphs with a label or two (review 31): no run-on.
TEST(RunOnText, LongParagraphsWithFewLabelsAreLeftAsTheyAre) {
  std::string text =
      "Referat\n\n1. Budget\n\nSagsfremstilling\nForvaltningen har udarbejdet en plan for "
      "budgettet, som udvalget drøfter. Planen beskriver de vigtigste ændringer i forhold til "
      "sidste "
      "år, herunder nye anlæg, og den er sendt i høring hos de berørte parter. Bilag: 1. Planen 2. "
      "Notatet om anlæg, som forvaltningen har skrevet til mødet, og som udvalget har fået med "
      "dagsordenen til orientering. Tidsplan: Planen vedtages i juni efter høringen.\n";
  const std::string before = text;
  EXPECT_EQ(break_run_on_lines(text), 0u);
  EXPECT_EQ(text, before);
}

TEST(RunOnText, TheSegmenterReadsTheBrokenText) {
  const auto doc = testing::segment_text(run_on);
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(doc.items[0].case_numbers, (std::vector<std::string>{"11/5571"}));
  EXPECT_EQ(doc.items[1].title, "Budgetopfølgning pr. 28. februar");
  EXPECT_EQ(doc.items[1].case_numbers, (std::vector<std::string>{"11/11959"}));
  EXPECT_EQ(doc.meeting.start_time, "17:00");
  EXPECT_EQ(doc.meeting.location, "Mødelokale 2, Terndrup Rådhus");
  ASSERT_FALSE(doc.warnings.empty());
  EXPECT_EQ(doc.warnings.front(),
            "segment: the text runs pages together on single lines; broken into lines before its "
            "labels and item numbers");
}

}  // namespace
}  // namespace protokol::segmenter
