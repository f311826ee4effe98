#include "danish/decisions.hpp"

#include <gtest/gtest.h>

#include <string>

namespace pd = protokol::danish;

namespace {

protokol::document one_item(std::string text) {
  protokol::document doc;
  doc.text = std::move(text);
  protokol::item it;
  it.number = "1";
  it.start = doc.text.find("Punkt 1");
  it.end = doc.text.size();
  doc.items.push_back(it);
  return doc;
}

std::string joined(const protokol::document& doc, const std::vector<pd::text_range>& ranges) {
  std::string out;
  for (const auto& r : ranges) out += doc.text.substr(r.start, r.end - r.start);
  return out;
}

}  // namespace

TEST(DanishDecisions, ParsesDates) {
  EXPECT_EQ(pd::first_date("Beslutning fra Ældreudvalget, 2. juni 2022, pkt. 8:"), "2022-06-02");
  EXPECT_EQ(pd::first_date("REFERAT Udvalget d. 21-11-2022"), "2022-11-21");
  EXPECT_EQ(pd::first_date("den 04.10.2023"), "2023-10-04");
  EXPECT_EQ(pd::first_date("den 15. August 2019:"), "2019-08-15");
  EXPECT_EQ(pd::first_date("ingen dato 2022-2025"), "");
  EXPECT_EQ(pd::first_date("31-13-2022"), "");
}

// RE2's case folding matches month names written with Unicode look-alikes
// (the Kelvin sign for "k", the long s for "s"), which are no Danish month:
// no date, and no exception (issue 15 named this crash).
TEST(DanishDecisions, MonthNamesWithLookAlikesNeverThrow) {
  // Once a crash (std::stoi on a month RE2 matched through case folding). A
  // month is read by its first three letters, as "aug." is: a Kelvin sign
  // there is no month, a long s after them does not matter.
  EXPECT_EQ(pd::first_date("den 4. o\u212Atober 2023"), "");
  EXPECT_EQ(pd::first_date("den 15. augu\u017Ft 2019:"), "2019-08-15");
}

TEST(DanishDecisions, EveryWrittenFormTheHeaderReads) {
  // One date reader for every stage (danish/dates.hpp).
  EXPECT_EQ(pd::first_date("Beslutning i Økonomiudvalget den 4. okt. 2023:"), "2023-10-04");
  EXPECT_EQ(pd::first_date("Beslutning den 6/3-19"), "2019-03-06");
  EXPECT_EQ(pd::first_date("Beslutning 2022-11-21"), "2022-11-21");
  EXPECT_EQ(pd::first_date("onsdag den 4. marts 2026 kl. 16.30"), "2026-03-04");
  // RE2 finds the span; its parts are read by hand (find_date).
  EXPECT_EQ(pd::first_date("Møde 15-maj-2002"), "2002-05-15");
  EXPECT_EQ(pd::first_date("Meeting 7 March 2019"), "2019-03-07");
  EXPECT_EQ(pd::first_date("Thursday, March 7, 2019 - 17:00"), "2019-03-07");
  EXPECT_EQ(pd::first_date("den 21/11/2022"), "2022-11-21");
  EXPECT_EQ(pd::first_date("den 3.4.24"), "2024-04-03");
  // Not a real date first ("13-13-2023"): the next one.
  EXPECT_EQ(pd::first_date("13-13-2023 og 12-12-2023"), "2023-12-12");
}

TEST(DanishDecisions, MeetingDateFromFrontMatter) {
  const auto doc = one_item("REFERAT Udvalget d. 21-11-2022\n\nPunkt 1: Sag\n");
  EXPECT_EQ(pd::meeting_date(doc), "2022-11-21");
}

TEST(DanishDecisions, HistoryIsNotCurrent) {
  const auto doc = one_item(
      "REFERAT d. 21-11-2022\n\nPunkt 1: Sag\n\nIndstilling\n\nat godkende\n\nHistorik\n\n"
      "Beslutning fra Økonomiudvalget, 14. juni 2022, pkt. 24:\n\n(Ø) undlod.\n\n"
      "Supplerende sagsfremstilling\n\nNyt.\n\nBeslutning\n\nTiltrådt.\n\n(A) undlod.\n");
  const std::string current = joined(doc, pd::current_ranges(doc, doc.items[0]));
  EXPECT_EQ(current.find("(Ø) undlod."), std::string::npos);
  EXPECT_NE(current.find("(A) undlod."), std::string::npos);
  EXPECT_NE(current.find("Nyt."), std::string::npos);
  const std::string decision = joined(doc, pd::decision_ranges(doc, doc.items[0]));
  EXPECT_EQ(decision, "\nTiltrådt.\n\n(A) undlod.\n");
}

TEST(DanishDecisions, DecisionDatedTheMeetingDayIsCurrent) {
  const auto doc = one_item(
      "REFERAT d. 15-08-2019\n\nPunkt 1: Sag\n\nBeslutning fra Arbejdsmarkedsudvalget den 15. "
      "august 2019:\n\n"
      "Afbud: Torben Sørensen\n\nGodkendt\n");
  EXPECT_EQ(joined(doc, pd::decision_ranges(doc, doc.items[0])),
            "\nAfbud: Torben Sørensen\n\nGodkendt\n");
}

TEST(DanishDecisions, MarkdownVedtagelseHeading) {
  const auto doc = one_item(
      "# REFERAT d. 04-10-2023\n\n## Punkt 1: Sag\n\n## **Vedtagelse i Udvalget den "
      "04-10-2023**\n\n"
      "Udvalget tiltræder.\n\n## **Bilag**\n\nNotat\n");
  EXPECT_EQ(joined(doc, pd::decision_ranges(doc, doc.items[0])), "\nUdvalget tiltræder.\n\n");
}

TEST(DanishDecisions, SectionKindsWinOverHeadings) {
  auto doc = one_item("Punkt 1: Sag\nBeslutning\nA\nHistorik\nB\n");
  protokol::section decision{"Beslutning", "decision", "", doc.text.find("Beslutning"),
                             doc.text.find("Historik")};
  protokol::section history{"Historik", "history", "", doc.text.find("Historik"), doc.text.size()};
  doc.items[0].sections = {decision, history};
  EXPECT_EQ(joined(doc, pd::decision_ranges(doc, doc.items[0])), "Beslutning\nA\n");
  EXPECT_EQ(joined(doc, pd::current_ranges(doc, doc.items[0])), "Punkt 1: Sag\nBeslutning\nA\n");
}

TEST(DanishDecisions, BeslutningenTraeffesAfIsNoDecision) {
  const auto doc = one_item("Punkt 1: Sag\n\nBeslutningen træffes af\n\nUdvalget\n");
  EXPECT_TRUE(pd::decision_ranges(doc, doc.items[0]).empty());
}
