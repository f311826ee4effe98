// Inside an item: numbers, sections, this meeting's decision apart from
// decision histories, attachments and absences.
#include "item_body.hpp"

#include <gtest/gtest.h>

#include "danish/attendance.hpp"
#include "numbers.hpp"
#include "people.hpp"
#include "test_support.hpp"
#include "titles.hpp"

namespace protokol::segmenter {
namespace {

using testing::segment_text;

std::vector<std::string> kinds(const item& it) {
  std::vector<std::string> out;
  for (const auto& s : it.sections) out.push_back(s.kind);
  return out;
}

// Stevns's item pages (trial AB): another committee's dated record above the
// item's own plain "Beslutning", no meeting date to compare with. The record
// is history: its absentee and its text are not this meeting's.
// drop_repeated keeps each value's first time, in order: up to sixteen
// values compared in place, more through a set; both the same.
TEST(SegmenterBody, RepeatedNumbersAreDroppedInOrder) {
  const auto dropped = [](std::vector<std::string> values) {
    drop_repeated(values);
    return values;
  };
  using list = std::vector<std::string>;
  EXPECT_EQ(dropped({}), list{});
  EXPECT_EQ(dropped({"24/1234"}), list{"24/1234"});
  EXPECT_EQ(dropped({"24/1234", "24/1234"}), list{"24/1234"});
  EXPECT_EQ(dropped({"b", "a", "b", "c", "a", "c", "d"}), (list{"b", "a", "c", "d"}));
  // A long value (no short-string buffer) moved down past a repeated one.
  const std::string long_value = "00.01.00-G01-1234-56 og mere tekst end en kort streng";
  EXPECT_EQ(dropped({"x", "x", long_value, "x", long_value}), (list{"x", long_value}));
  // Sixteen values and seventeen: in place and through the set alike.
  for (const std::size_t size : {15u, 16u, 17u, 40u}) {
    list values;
    list expected;
    for (std::size_t i = 0; i < size; ++i) {
      values.push_back(std::to_string(i % 7 * 3 % 7));
      if (i < 7) expected.push_back(std::to_string(i * 3 % 7));
    }
    EXPECT_EQ(dropped(values), expected) << size;
  }
}

TEST(SegmenterBody, ADatedRecordAboveTheItemsOwnDecisionIsHistory) {
  const auto doc = segment_text(
      "Referat\n\n424. Spildevandsplan, tillæg 1\n\nIndstilling\n\nForvaltningen indstiller, at\n\n"
      "1. høringsudkastet godkendes.\n\nBeslutning fra Plan, Miljø og Teknik, 30. november 2021, "
      "pkt. 563:\n\nIkke til stede: Jørgen Lund (N)\n\nAnbefales.\n\nBeslutning\n\n"
      "Et flertal anbefaler indstillingen.\n\n425. Eventuelt\n\nBeslutning\n\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].decision, "Et flertal anbefaler indstillingen.");
  EXPECT_TRUE(doc.items[0].absent.empty());
  // Without a plain decision below, the record is the decision.
  const auto alone = segment_text(
      "Referat\n\n424. Spildevandsplan\n\nBeslutning fra Plan, Miljø og Teknik, 30. november "
      "2021, pkt. 563:\n\nAnbefales.\n\n425. Eventuelt\n\nBeslutning\n\nIntet.\n");
  EXPECT_EQ(alone.items[0].decision, "Anbefales.");
}

// Prepare's exports say the title again under the heading, after the case's
// number or right below it: the line is the heading again, no body section.
// Text under the repeated title keeps its section, title line and all.
TEST(SegmenterBody, TheTitleSaidAgainUnderTheHeadingIsNoSection) {
  const auto doc = segment_text(
      "Referat\n\n447. Whistleblowerordning\n\nSagsnummer: 17/409\n\nWhistleblowerordning\n\n"
      "Sagsfremstilling\n\nByrådet har drøftet en ordning.\n\nBeslutning\n\nGodkendt.\n\n"
      "448. Meddelelser\n\nMeddelelser\n\nBeslutning\n\nTaget til efterretning.\n\n"
      "449. Eventuelt\n\nEventuelt\nIngen bemærkninger.\n\nBeslutning\n\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(kinds(doc.items[0]), (std::vector<std::string>{"case", "decision"}));
  EXPECT_EQ(doc.items[0].case_numbers, (std::vector<std::string>{"17/409"}));
  EXPECT_EQ(kinds(doc.items[1]), (std::vector<std::string>{"decision"}));
  EXPECT_EQ(doc.items[1].decision, "Taget til efterretning.");
  ASSERT_EQ(kinds(doc.items[2]), (std::vector<std::string>{"body", "decision"}));
  EXPECT_EQ(doc.items[2].sections[0].text, "Eventuelt\nIngen bemærkninger.");
}

TEST(SegmenterBody, SectionsByHeadingWithTextAndOffsets) {
  const std::string text =
      "Referat\n\nPunkt 1: Budget\n\nResumé\n\nKort om budgettet.\n\nBeslutning\n\nGodkendt.\n";
  const auto doc = segment_text(text);
  ASSERT_EQ(doc.items.size(), 1u);
  const item& it = doc.items[0];
  ASSERT_EQ(it.sections.size(), 2u);
  EXPECT_EQ(it.sections[0].heading, "Resumé");
  EXPECT_EQ(it.sections[0].kind, "summary");
  EXPECT_EQ(it.sections[0].text, "Kort om budgettet.");
  EXPECT_EQ(text.substr(it.sections[0].start, 7), "Resumé");
  EXPECT_EQ(text.substr(it.sections[1].end - 9, 9), "Godkendt.");
  EXPECT_EQ(it.decision, "Godkendt.");
  EXPECT_EQ(it.start, text.find("Punkt 1"));
  EXPECT_EQ(it.end, text.size());
}

// Copenhagen's edoc pages: "Tilstede var:" first under the agenda's
// approval, over one member a line: the meeting's attendance (read into the
// participants), no text of the decision.
TEST(SegmenterBody, ThosePresentListedUnderTheDecisionAreNoTextOfIt) {
  const auto doc = testing::segment_text(
      "1. Godkendelse af dagsorden\n\nBeslutning\n\nTilstede var:\nOverborgmester Frank "
      "Jensen\n\nBorgmester Pia Allerslev\n\nAfbud fra:\nBorgmester Morten Kabell grundet "
      "tjenesterejse.\n\nDagsorden godkendt uden bemærkninger.\n\n2. Eventuelt\n\nBeslutning\n"
      "\nTilstede var hele udvalget.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].decision, "Dagsorden godkendt uden bemærkninger.");
  EXPECT_EQ(doc.items[1].decision, "Tilstede var hele udvalget.");
  ASSERT_EQ(doc.meeting.participants.size(), 3u);
  EXPECT_EQ(doc.meeting.participants[0].name, "Frank Jensen");
  // The list ends at a line that is no name: the decision stays.
  const auto decided = testing::segment_text(
      "1. Godkendelse af dagsorden\n\nBeslutning\n\nTilstede var:\nAnne Hansen\nPeter "
      "Jensen\nGodkendt\n\n2. Budget\n\nBeslutning\n\nTil stede:\nAnne Hansen\nAnbefales\n"
      "Imod stemte Peter Jensen (V)\n");
  ASSERT_EQ(decided.items.size(), 2u);
  EXPECT_EQ(decided.items[0].decision, "Godkendt");
  EXPECT_EQ(decided.items[1].decision, "Anbefales\nImod stemte Peter Jensen (V)");
}

// Næstved's PDFs on flippingbook, their lines run together: the decision's
// record inside a line is a heading of its own; the case number before it,
// a line of its own; a sentence's "Beslutning" stays text.
TEST(SegmenterBody, ADecisionsRecordRunInWithTheTextAroundIt) {
  const auto doc = testing::segment_text(
      "Byrådet 20-12-2016\nPunkt 194: Godkendelse af dagsorden\n00.22.02-A26-1-13 Beslutning "
      "Byrådet, 20.12.2016 Cathrine Riegels Gudbergsen var fraværende. Godkendt.\nPunkt 195: "
      "Rute 54\nAdministrationen indstiller, at svaret godkendes. Beslutning Byrådet, 20.12.2016 "
      "Forslag til høringssvar godkendt.\nDansk Folkeparti kan ikke gå ind for beslutningen.\n"
      "Punkt 196: Eventuelt\nSagen drøftes. Beslutning om vejen træffes senere.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].case_numbers, std::vector<std::string>{"00.22.02-A26-1-13"});
  EXPECT_EQ(doc.items[0].decision, "Cathrine Riegels Gudbergsen var fraværende. Godkendt.");
  EXPECT_EQ(doc.items[0].absent, std::vector<std::string>{"Cathrine Riegels Gudbergsen"});
  EXPECT_EQ(
      doc.items[1].decision,
      "Forslag til høringssvar godkendt.\nDansk Folkeparti kan ikke gå ind for beslutningen.");
  EXPECT_EQ(doc.items[2].decision, "");
}

// Næstved's pages: "Landdistriktsudvalget, 19.11.2018" right under
// "Beslutning" says who decided when: no text of the decision; a committee
// under the law's "§ 17 stk. 4" is named after it.
TEST(SegmenterBody, TheBodyAndDateUnderTheDecisionsHeading) {
  const auto doc = testing::segment_text(
      "Referat\n§ 17 stk. 4, Landdistriktsudvalget 19. november 2018\n\n64. Godkendelse\n\n"
      "Sagsnr.: 00.22.00-G01-3-18\n\nBeslutning\n\nLanddistriktsudvalget, 19.11.2018\n\n"
      "Godkendt.\n\n65. Eventuelt\n\nBeslutning\n\nByrådet, 20.11.2018, godkendte sagen.\n");
  EXPECT_EQ(doc.meeting.committee, "Landdistriktsudvalget");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  EXPECT_EQ(doc.items[1].decision, "Byrådet, 20.11.2018, godkendte sagen.");  // a sentence
  EXPECT_TRUE(is_decision_stamp("Kultur- og Demokratiudvalget, 03.09.2018"));
  EXPECT_TRUE(is_decision_stamp("Udvalget for Plan og Teknik, 03.09.2018"));
  EXPECT_FALSE(is_decision_stamp("Hans Hansen, 03.09.2018"));
  // A decision that names a body before a date is no stamp.
  EXPECT_FALSE(is_decision_stamp("Udsat til Økonomiudvalget, 9. april 2024"));
  EXPECT_FALSE(is_decision_stamp("Genoptages i Teknisk Udvalg, 14. maj 2024"));
  EXPECT_FALSE(is_decision_stamp("Ældrerådet, Handicaprådet, 9. april 2024"));
  EXPECT_FALSE(is_decision_stamp("Økonomiudvalget oversender sagen til Byrådet, 26. marts 2024"));
  // A body named by an adjective, every word capitalised; a board ("nævnet").
  EXPECT_TRUE(is_decision_stamp("Teknisk Udvalg, 11.12.2017"));
  EXPECT_TRUE(is_decision_stamp("Taxinævnet, 30.11.2017"));
}

// Næstved's pages (trial AW): under "Beslutning" another body's stamp, dated
// another day, over its decision and its absences; then this meeting's
// stamp (a repeated dated line, furniture elsewhere) over this decision.
TEST(SegmenterBody, AStampOfAnotherMeetingOpensItsRecord) {
  const auto doc = testing::segment_text(
      "Referat\nTeknisk Udvalg 11. december 2017\n\n1. Godkendelse af dagsorden\n\nBeslutning\n"
      "\nTeknisk Udvalg, 11.12.2017\n\nGodkendt\n\n2. Ny taxilov\n\nSagsnr.: "
      "22.11.00-I04-1-17\n\nBeslutning\n\nTaxinævnet, 30.11.2017\n\nAnne Holm var fraværende.\n\n"
      "Taxinævnet tog orienteringen til efterretning.\n\nTeknisk Udvalg, 11.12.2017\n\nTaget til "
      "efterretning.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].decision, "Godkendt");
  EXPECT_EQ(doc.items[1].decision, "Taget til efterretning.");
  EXPECT_TRUE(doc.items[1].absent.empty());
  std::vector<std::string> kinds;
  for (const auto& s : doc.items[1].sections) kinds.push_back(s.kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"decision", "history", "decision"}));
  // Review 33: under "Historik" a stamp of the meeting's day (another body's,
  // or a page's running header) opens no decision.
  const auto history = testing::segment_text(
      "Referat\nByrådet 19. marts 2024\n\n1. Budgetopfølgning\n\nSagsfremstilling\n\nTal.\n\n"
      "Historik\n\nØkonomiudvalget, 19.03.2024\n\nAnbefales over for Byrådet.\n\nBeslutning\n\n"
      "Byrådet godkendte indstillingen.\n");
  ASSERT_EQ(history.items.size(), 1u);
  EXPECT_EQ(history.items[0].decision, "Byrådet godkendte indstillingen.");
}

// A web page's indented text (Aabenraa, Region Syddanmark): the
// indentation every line opens with is no part of the text; deeper lines
// keep what they have beyond it; the section still spans the lines.
TEST(SegmenterBody, TheIndentationOfEveryLineIsNoPartOfTheText) {
  const auto doc = testing::segment_text(
      "Referat\n\n1. Valg\n\n    Beslutning\n\n    Valgt blev:\n\n      Tove Lind\n    Karl "
      "Berg\n\n2. Eventuelt\n\nBeslutning\n\n\tIntet.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].decision, "Valgt blev:\n\n  Tove Lind\nKarl Berg");
  const section& s = doc.items[0].sections.back();
  EXPECT_NE(doc.text.substr(s.start, s.end - s.start).find("    Valgt blev:"), std::string::npos);
  EXPECT_EQ(doc.items[1].decision, "Intet.");
}

TEST(SegmenterBody, TextBeforeAnyHeadingIsABodySection) {
  const auto doc = segment_text(
      "Referat\n\nPunkt 1: Meddelelser\n\n00.01.10-P35-7-22\n\n1. Social "
      "revision\n\nTekst.\n\nBeslutning\n\nTaget til efterretning\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(kinds(doc.items[0]), (std::vector<std::string>{"body", "decision"}));
  EXPECT_EQ(doc.items[0].sections[0].heading, "");
  EXPECT_EQ(doc.items[0].sections[0].text, "1. Social revision\n\nTekst.");
  EXPECT_EQ(doc.items[0].case_numbers, (std::vector<std::string>{"00.01.10-P35-7-22"}));
}

// Minutes with no section heading anywhere print each decision under its
// title; an agenda's lone texts are no decisions.
TEST(SegmenterBody, LoneTextIsTheDecisionOfMinutesWithoutHeadings) {
  const auto doc = segment_text(
      "Referat for møde i Aarhus Byråd, 15. august 2012\n\n1. Plejeboliger\n\n"
      "Henvist til Sundheds- og Omsorgsudvalget.\nAugust Holm deltog ikke i sagens behandling.\n\n"
      "2. Vintertjeneste\n\nVedtaget.\n\n3. Eventuelt\n\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(kinds(doc.items[0]), (std::vector<std::string>{"decision"}));
  EXPECT_EQ(doc.items[0].decision, "Henvist til Sundheds- og Omsorgsudvalget.");
  EXPECT_EQ(doc.items[0].absent, (std::vector<std::string>{"August Holm"}));
  EXPECT_EQ(doc.items[1].decision, "Vedtaget.");
  const auto agenda = segment_text(
      "Dagsorden\n\n1. Plejeboliger\n\nSagen forelægges.\n\n2. Vintertjeneste\n\nOrientering.\n\n"
      "3. Eventuelt\n\nIntet.\n");
  ASSERT_EQ(agenda.items.size(), 3u);
  EXPECT_EQ(kinds(agenda.items[0]), (std::vector<std::string>{"body"}));
  EXPECT_EQ(agenda.items[0].decision, "");
}

// An item's facts table as PDF text gives it: the cells apart by a tab or a
// run of blanks, or stacked; "Status" with "Lukket" closes the item.
TEST(SegmenterBody, AStatusCellOfAFactsTableInPdfTextClosesTheItem) {
  for (const char* facts :
       {"Sagsnr.\t24/17005\nSagsbehandler\tLotte Bendixen\n\nStatus\tLukket\n",
        "Sagsnr.                  24/17005\n\nSagsbehandler            Lotte Bendixen\n\n"
        "Status                   Lukket\n",
        "Sagsnr.\n\n24/17005\n\nSagsbehandler\n\nLotte Bendixen\n\nStatus\n\nLukket\n",
        // The head row over the value row, each cell apart by one blank.
        "Sagsnr. Status\n\n24/17005 Lukket\n"}) {
    const auto doc = segment_text(std::string("Referat\n\nPunkt 6 Erstatningssag\n") + facts +
                                  "\nSagsfremstilling\nGrundejer kræver erstatning.\n\n"
                                  "Beslutning\nKravet afvises.\n");
    ASSERT_EQ(doc.items.size(), 1u) << facts;
    EXPECT_TRUE(doc.items[0].closed) << facts;
    EXPECT_EQ(doc.items[0].case_numbers, (std::vector<std::string>{"24/17005"})) << facts;
  }
  const auto open = segment_text(
      "Referat\n\nPunkt 6 Vejplan\nSagsnr.\t24/17005\nStatus\tÅben\n\nSagsfremstilling\n"
      "Planen.\n\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(open.items.size(), 1u);
  EXPECT_FALSE(open.items[0].closed);
  const auto open_row = segment_text(
      "Referat\n\nPunkt 6 Vejplan\nSagsnr. Status\n\n24/17005 Åben\n\nSagsfremstilling\n"
      "Planen.\n\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(open_row.items.size(), 1u);
  EXPECT_FALSE(open_row.items[0].closed);
}

// "Sagsnr. 2024-004512. Kommunen har sendt ...": the number is read, and the
// sentence after it is the item's text, not lost with a number line.
TEST(SegmenterBody, ASentenceAfterALabelledNumberIsText) {
  const auto doc = segment_text(
      "Referat\n\n**1. Høring: Kvalitetsstandard 2024**\n\nSagsnr. 2024-004512. Kommunen har "
      "sendt standarden i høring med frist 1. juni.\n\nBeslutning: Afgiver høringssvar.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].case_numbers, (std::vector<std::string>{"2024-004512"}));
  EXPECT_EQ(kinds(doc.items[0]), (std::vector<std::string>{"body", "decision"}));
  EXPECT_EQ(doc.items[0].decision, "Afgiver høringssvar.");
}

// A fact's label alone takes the value under it, never a sentence, a
// heading or a marker under an empty cell.
TEST(SegmenterBody, AFactsLabelAloneTakesOnlyAValueUnderIt) {
  const auto doc = segment_text(
      "Referat\n\n1. Udbud af rengøring\nSagsnr.: 25/3333\nForvaltning\nUdbuddet gennemføres i "
      "april.\nBeslutning\nGodkendt.\n\n2. Salg af grund\nSagsnr.: 25/4444\nSagsbehandler\nStatus\n"
      "Lukket\nBeslutning\nGodkendt.\n\n3. Vejplan\nSagsnr.: 25/1111\nSagsbehandler:\n"
      "Sagsfremstilling\nNy asfalt.\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].sections.front().text, "Udbuddet gennemføres i april.");
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_EQ(doc.items[1].decision, "Godkendt.");
  EXPECT_EQ(kinds(doc.items[2]), (std::vector<std::string>{"case", "decision"}));
}

// "Punktet er ikke offentligt." speaks of the item it stands in, also as
// its last line; a bare marker there marks the item below.
TEST(SegmenterBody, AClosedSentenceClosesItsOwnItem) {
  const auto doc = segment_text(
      "Referat\n\n1. Køb af grund\nSagsnr.: 25/4444\nBeslutning\nGodkendt.\nPunktet er ikke "
      "offentligt.\n\n2. Eventuelt\nBeslutning\nIntet.\n\n3. Personalesag\nSagen behandles på "
      "lukket møde.\n\n4. Budget\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 4u);
  EXPECT_TRUE(doc.items[0].closed);
  EXPECT_FALSE(doc.items[1].closed);
  EXPECT_TRUE(doc.items[2].closed);
  EXPECT_FALSE(doc.items[3].closed);
}

// An absence in the decision written on the heading's own line, as a web
// page saved as markdown bolds the label before the text; not in a history.
TEST(SegmenterBody, AbsenceOnTheDecisionHeadingsLine) {
  for (const char* heading : {"**Beslutning:** ", "Beslutning: "}) {
    const auto doc = segment_text(std::string("Referat\n\nTil stede: Gitte Frost (A), Hans Krogh "
                                              "(V)\n\n1. Eventuelt\n\n") +
                                  heading + "Godkendt. Hans Krogh deltog ikke i punktet.\n");
    ASSERT_EQ(doc.items.size(), 1u) << heading;
    EXPECT_EQ(doc.items[0].absent, (std::vector<std::string>{"Hans Krogh"})) << heading;
  }
  const auto history = segment_text(
      "Referat\n\n1. Budget\n\nSagens forløb\nBeslutning: Anbefales. Hans Krogh deltog ikke i "
      "punktet.\n\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(history.items.size(), 1u);
  EXPECT_TRUE(history.items[0].absent.empty());
}

// A letterhead and the committee above "Beslutningsprotokol": still minutes,
// whose lone texts are decisions.
TEST(SegmenterBody, ALetterheadAboveTheProtocolsName) {
  const auto doc = segment_text(
      "Nørhald Kommune\nØkonomiudvalget\nBeslutningsprotokol\n\nSag nr. 98   Regnskab 1995\n"
      "J.nr. 96/0211\n\nUdvalget vedtog at anbefale regnskabet.\n\nSag nr. 99   Lån\nJ.nr. "
      "96/0212\n\nUdvalget vedtog at anbefale lånet.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].decision, "Udvalget vedtog at anbefale regnskabet.");
}

// Aarhus's "Sagens forløb": dated entries of each body's treatment, whose
// absences are not this meeting's.
TEST(SegmenterBody, SagensForloebIsHistory) {
  const auto doc = segment_text(
      "Referat Aarhus Byråd 11-09-2019\n\n1. Hjemløshed\n\nBeslutning\nVedtaget.\n\n"
      "Sagens forløb\n19-08-2019 Magistraten\nFremsendes til byrådet.\n"
      "Rådmand Jette Skive deltog ikke i sagens behandling.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(kinds(doc.items[0]), (std::vector<std::string>{"decision", "history"}));
  EXPECT_TRUE(doc.items[0].absent.empty());
}

TEST(SegmenterBody, LabelledNumbersAnywhereBareNumbersOnlyUnderTheHeading) {
  const auto doc = segment_text(
      "Referat\n\nPunkt 1: Renovering\n\n306-2009-600\n\nSagsfremstilling\n\nSe "
      "bilag.\n\n2012-28504\n\n"
      "Dok.nr.: 2012-28504-3\n\nBilag\n\nKortbilag\n\nJ.nr. 12/27845\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].case_numbers, (std::vector<std::string>{"306-2009-600"}));
  EXPECT_EQ(doc.items[0].document_numbers, (std::vector<std::string>{"2012-28504-3"}));
}

TEST(SegmenterBody, ThisMeetingsDecisionAndTheHistoryApart) {
  const auto doc = segment_text(
      "Referat\nByrådet\nDato: 24.03.2025\n\nPunkt 1: Anlæg\n\nHistorik\n\n"
      "Udvalg: Børneudvalget, Dato: 03.03.2025\nBeslutning: Anbefales.\nFraværende: Lone Vang "
      "(F)\n\n"
      "Beslutning i Økonomiudvalget den 10-03-2025\n\nAnbefales.\n\nPeter Holm (C) deltog ikke i "
      "behandlingen af punktet.\n\n"
      "Beslutning i Byrådet den 24-03-2025\n\nGodkendt.\n\nRikke Dahl (A) deltog ikke i "
      "behandlingen af punktet.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  const item& it = doc.items[0];
  EXPECT_EQ(kinds(it), (std::vector<std::string>{"history", "history", "history", "decision"}));
  EXPECT_EQ(it.decision, "Godkendt.");
  EXPECT_EQ(it.absent, (std::vector<std::string>{"Rikke Dahl"}));
  EXPECT_EQ(it.sections[1].text, "Beslutning: Anbefales.\nFraværende: Lone Vang (F)");
}

TEST(SegmenterBody, HistoryDecisionsCanCountAsThisMeetings) {
  segment_options options;
  options.keep_history_decisions = false;
  const auto doc = segment_text(
      "Referat\nDato: 24.03.2025\n\nPunkt 1: Anlæg\n\nBeslutning i Økonomiudvalget den "
      "10-03-2025\n\nAnbefales.\n\n"
      "Peter Holm (C) deltog ikke i behandlingen af punktet.\n\nBeslutning i Byrådet den "
      "24-03-2025\n\nGodkendt.\n",
      options);
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(kinds(doc.items[0]), (std::vector<std::string>{"decision", "decision"}));
  EXPECT_EQ(doc.items[0].absent, (std::vector<std::string>{"Peter Holm"}));
  EXPECT_EQ(doc.items[0].decision, "Anbefales.\n\nGodkendt.");
}

TEST(SegmenterBody, TrailingAfbudLineIsAnAttendanceSection) {
  const auto doc = segment_text(
      "Referat\n\nPunkt 1: Meddelelser\n\nBeslutning\n\nTaget til efterretning\n\nBilag\n\n4.1 "
      "ANBEFALES Notat\n\n"
      "Afbud Allan Kristensen (C) (2. viceborgmester), Saime B. Inanc (Ø)\n\nPunkt 2: Eventuelt\n");
  ASSERT_EQ(doc.items.size(), 2u);
  const item& it = doc.items[0];
  EXPECT_EQ(kinds(it), (std::vector<std::string>{"decision", "attachments", "attendance"}));
  EXPECT_EQ(it.sections[2].heading, "Afbud");
  EXPECT_EQ(it.sections[2].text, "Allan Kristensen (C) (2. viceborgmester), Saime B. Inanc (Ø)");
  EXPECT_EQ(it.absent, (std::vector<std::string>{"Allan Kristensen", "Saime B. Inanc"}));
  EXPECT_EQ(it.attachments, (std::vector<std::string>{"4.1 ANBEFALES Notat"}));
}

TEST(SegmenterBody, AfbudInsideTheDecisionIsAnAbsenceNotDecisionText) {
  const auto doc = segment_text(
      "Referat\nDato: 15-08-2019\n\nPunkt 1: Dagsorden\n\nBeslutning fra Arbejdsmarkedsudvalget "
      "den 15. august 2019:\n\n"
      "Afbud: Torben Sørensen\n\nGodkendt\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(kinds(doc.items[0]), (std::vector<std::string>{"decision"}));
  // The section keeps the note; the decision leaves it out: it is an absence.
  EXPECT_EQ(doc.items[0].sections[0].text, "Afbud: Torben Sørensen\n\nGodkendt");
  EXPECT_EQ(doc.items[0].decision, "Godkendt");
  EXPECT_EQ(doc.items[0].absent, (std::vector<std::string>{"Torben Sørensen"}));
}

// A decision without attendance notes is its section's text, byte for byte
// (close() takes the section's text for it, not built a second time); with a
// note the two differ.
TEST(SegmenterBody, ADecisionWithoutNotesIsItsSectionsText) {
  const auto doc = segment_text(
      "Referat\n\nPunkt 1: Budget\n\nBeslutning\n\nGodkendt med bemærkning.\n\n"
      "Udvalget ønsker en status.\n\nPunkt 2: Eventuelt\n\nBeslutning\n\n"
      "Afbud: Torben Sørensen\n\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  ASSERT_EQ(doc.items[0].sections.size(), 1u);
  EXPECT_EQ(doc.items[0].sections[0].text,
            "Godkendt med bemærkning.\n\nUdvalget ønsker en status.");
  EXPECT_EQ(doc.items[0].decision, doc.items[0].sections[0].text);
  ASSERT_EQ(doc.items[1].sections.size(), 1u);
  EXPECT_EQ(doc.items[1].sections[0].text, "Afbud: Torben Sørensen\n\nIntet.");
  EXPECT_EQ(doc.items[1].decision, "Intet.");
}

// Found trying a Copenhagen local committee's page: notes between the
// decision's paragraphs leave one paragraph break, not the blank lines of
// every note; a "Fremmøde" heading over sentences is the item's attendance.
TEST(SegmenterBody, NotesLeftOutOfADecisionLeaveOneParagraphBreak) {
  const auto doc = segment_text(
      "Referat\n\nPunkt 1: Dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
      "Afbud: Torben Sørensen\n\nLis Holm havde meldt afbud.\n\nUdvalget ønsker en status.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].decision, "Godkendt.\n\nUdvalget ønsker en status.");
  EXPECT_EQ(doc.items[0].absent, (std::vector<std::string>{"Torben Sørensen", "Lis Holm"}));
}

TEST(SegmenterBody, SentencesUnderAnAttendanceHeadingAreTheItemsAttendance) {
  const auto doc = segment_text(
      "Referat\n\nPunkt 2: Dagsorden\n\nBeslutning\n\nDagsordenen blev godkendt.\n\n"
      "Fremmøde og inhabilitet:\n\nMikkel Houmann havde meldt afbud, og Peter Steffensen "
      "deltog i stedet.\n\nSheikh Mohammed udeblev uden afbud.\n\n"
      "Punkt 3: Eventuelt\n\nBeslutning\n\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(kinds(doc.items[0]), (std::vector<std::string>{"decision", "attendance"}));
  EXPECT_EQ(doc.items[0].decision, "Dagsordenen blev godkendt.");
  EXPECT_EQ(doc.items[0].absent, (std::vector<std::string>{"Mikkel Houmann", "Sheikh Mohammed"}));
  EXPECT_TRUE(doc.items[1].absent.empty());
}

// Found trying another Copenhagen local committee's page: absence labels
// over lists of names, one line or more, under the item that records the
// meeting's attendance. Who sat in ("Jes König deltog") is no absentee.
TEST(SegmenterBody, AbsenceLabelsOverListsOfNames) {
  const auto doc = segment_text(
      "Referat\n\n1. Valg af ordstyrer\n\nBeslutning\n\nValgt.\n\n"
      "2. Godkendelse af dagsordnen\n\nMødet sluttede kl. 21.33\n\nFraværende med afbud:\n"
      "Maria Bagger Grell, Merete Øverup indkaldt\nJens Askov og Henrik Bang-Pedersen, Jes König "
      "deltog\n\nFraværende i mødet:\nKaroline Bendixen til kl. 18.40 i punkt 2\n\n"
      "Fraværende uden afbud:\nJens Andersen\n\nKommende møder drøftes.\n\nBeslutning\n\n"
      "Godkendt.\n\n3. Orientering\n\nBeslutning\n\nTaget til efterretning.\n");
  ASSERT_EQ(doc.items.size(), 3u);  // the label under "2." is evidence of an item
  EXPECT_EQ(doc.items[1].absent,
            (std::vector<std::string>{"Maria Bagger Grell", "Jens Askov", "Henrik Bang-Pedersen",
                                      "Jens Andersen"}));
  EXPECT_TRUE(doc.items[0].absent.empty());
  EXPECT_TRUE(doc.items[2].absent.empty());
  // The same list with a blank line after every entry (a PDF's paragraphs).
  const auto spaced = segment_text(
      "Referat\n\n1. Dagsorden\n\nFraværende med afbud:\n\nMaria Bagger Grell\n\n"
      "Jens Askov og Henrik Bang-Pedersen\n\nKommende møder drøftes.\n\nBeslutning\n\n"
      "Godkendt.\n");
  ASSERT_EQ(spaced.items.size(), 1u);
  EXPECT_EQ(spaced.items[0].absent,
            (std::vector<std::string>{"Maria Bagger Grell", "Jens Askov", "Henrik Bang-Pedersen"}));
  // The label without its colon, its tail saying it (trial BK).
  const auto bare = segment_text(
      "Referat\n\n1. Eventuelt\n\nBeslutning\n\nIntet.\n\nFraværende med afbud\nElin "
      "Johansson\nJens B. Sørensen\n\nTil top\n");
  ASSERT_EQ(bare.items.size(), 1u);
  EXPECT_EQ(bare.items[0].absent, (std::vector<std::string>{"Elin Johansson", "Jens B. Sørensen"}));
}

// Found trying a web agenda page's layout: "Beslutning på byrådsmødet den
// <date>" heads this meeting's decision, and the substitutes' note under it
// is attendance, not decision text.
TEST(SegmenterBody, DecisionAtTheMeetingInLowercaseAndASubstitutesNote) {
  const auto doc = segment_text(
      "Referat\nDato: 22-06-2022\n\n1. Salg af ejendom\nSagsnr.: 21/216\nSagsfremstilling\n"
      "Tekst.\nBeslutning på byrådsmødet den 22. juni 2022\n"
      "Økonomiudvalgets indstilling godkendt.\nFraværende med afbud: Frederik Germann (L)\n"
      "Stedfortrædere: Bitten Jørgensen (V)\n\n2. Eventuelt\nSagsnr.: 21/217\n"
      "Beslutning\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(kinds(doc.items[0]), (std::vector<std::string>{"case", "decision"}));
  EXPECT_EQ(doc.items[0].decision, "Økonomiudvalgets indstilling godkendt.");
  EXPECT_EQ(doc.items[0].absent, (std::vector<std::string>{"Frederik Germann"}));
  // Lowercase and undated, or a sentence, is no decision heading.
  const auto prose = segment_text(
      "Referat\n\n1. Budget\nSagsnr.: 21/1\nSagsfremstilling\n"
      "Behandling på mødet blev udsat.\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(prose.items.size(), 1u);
  EXPECT_EQ(kinds(prose.items[0]), (std::vector<std::string>{"case", "decision"}));
}

TEST(SegmenterBody, AbsenceSentencesWithSeveralNames) {
  std::vector<std::string> names;
  collect_absent(
      "Tina Bodholdt-Nielsen (O), Lars Gravgaard Hansen (C) og Aklaq Ahmad (A) deltog ikke i "
      "mødet.",
      names);
  EXPECT_EQ(names, (std::vector<std::string>{"Tina Bodholdt-Nielsen", "Lars Gravgaard Hansen",
                                             "Aklaq Ahmad"}));
  names.clear();
  collect_absent("Sagen blev godkendt. Saime B. Inanc (Ø) var fraværende.", names);
  EXPECT_EQ(names, (std::vector<std::string>{"Saime B. Inanc"}));
  names.clear();
  collect_absent("Formanden deltog ikke i drøftelsen.", names);
  EXPECT_TRUE(names.empty());
  names.clear();
  collect_absent("Fraværende: Ingen", names);
  EXPECT_TRUE(names.empty());
  // A title before the name and a reason after it are no part of it.
  collect_listed_absent("Borgmester Anna Mee Allerslev pga. arbejde.", names);
  EXPECT_EQ(names, (std::vector<std::string>{"Anna Mee Allerslev"}));
  names.clear();
  // Who came, and who did not: the names after the exception.
  collect_absent("Godkendt. Alle medlemmer var mødt, bortset fra Bent Hansen.", names);
  EXPECT_EQ(names, (std::vector<std::string>{"Bent Hansen"}));
  names.clear();
  collect_absent("Planen blev godkendt, bortset fra punkt 3 om Jens Holm Vej.", names);
  EXPECT_TRUE(names.empty());
  // Who sent apologies, named after the phrase.
  collect_absent("Der er afbud fra Eivind Underbjerg Hansen og Kim Brandt.", names);
  EXPECT_EQ(names, (std::vector<std::string>{"Eivind Underbjerg Hansen", "Kim Brandt"}));
  names.clear();
  // ... also in parentheses after the decision (Fredericia), a party's
  // letter inside them.
  collect_absent("Godkendt (afbud fra Søren Larsen).", names);
  EXPECT_EQ(names, (std::vector<std::string>{"Søren Larsen"}));
  names.clear();
  collect_absent("Godkendt (afbud fra Søren Larsen (V) og Eva Holm (A)).", names);
  EXPECT_EQ(names, (std::vector<std::string>{"Søren Larsen", "Eva Holm"}));
  names.clear();
  // First names that are months in lowercase.
  collect_absent("August Kragh og Maj Britt Olsen deltog ikke i behandlingen.", names);
  EXPECT_EQ(names, (std::vector<std::string>{"August Kragh", "Maj Britt Olsen"}));
}

TEST(SegmenterBody, AttachmentNamesWithoutCountsAndNumbers) {
  std::vector<std::string> out;
  collect_attachments("1 bilag, heraf 1 anbefales", out);
  collect_attachments("Ungestrategi februar 2019 727-2019-83641", out);
  collect_attachments("727-2019-82441", out);
  collect_attachments("- Kortbilag", out);
  collect_attachments("Ungestrategi februar 2019", out);
  EXPECT_EQ(out, (std::vector<std::string>{"Ungestrategi februar 2019", "Kortbilag"}));
}

TEST(SegmenterBody, ContentHeadingUnderBilagIsAnAttachmentName) {
  const auto doc = segment_text(
      "Referat\n\nPunkt 1: "
      "Strategi\n\nBeslutning\n\nGodkendt.\n\nBilag\n\nHvidbog\n\nHøringssvar\n\nFolder\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].attachments,
            (std::vector<std::string>{"Hvidbog", "Høringssvar", "Folder"}));
}

TEST(SegmenterBody, UnknownMarkdownHeadingIsOtherWithAWarning) {
  const auto doc = segment_text(
      "# Referat\n\n## Punkt 1: Natur\n\n### Resumé\n\nTekst.\n\n#### 1. Naturpleje\n\nTekst.\n\n"
      "### Særlige forhold\n\nTekst.\n\n### Beslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(kinds(doc.items[0]), (std::vector<std::string>{"summary", "other", "decision"}));
  EXPECT_EQ(doc.items[0].sections[0].text, "Tekst.\n\n#### 1. Naturpleje\n\nTekst.");
  EXPECT_EQ(doc.warnings,
            (std::vector<std::string>{"segment: unknown heading \"Særlige forhold\" in item 1"}));
}

TEST(SegmenterBody, UnknownPlainHeadingLikeLineIsBodyText) {
  const auto doc = segment_text(
      "Referat\n\nPunkt 1: BID\n\nSagsfremstilling\n\nBID i Albertslund Midtby\n\nTekst.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(kinds(doc.items[0]), (std::vector<std::string>{"case"}));
  EXPECT_TRUE(doc.warnings.empty());
}

// Only the meeting's end ("Mødet hævet kl. 18.30") or a signature page ends
// the last item before the text does.
TEST(SegmenterBody, TextAfterTheLastItemStaysInIt) {
  const std::string text =
      "Referat\n\nPunkt 1: Eventuelt\n\nBeslutning\n\nIntet.\n\nPå vegne af udvalget\n";
  const auto doc = segment_text(text);
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].decision, "Intet.\n\nPå vegne af udvalget");
  EXPECT_EQ(doc.items[0].end, text.size());
}

// A table whose head row holds the labels and whose next row the values
// (Word and web pages): each number under its label, which says its kind.
TEST(SegmenterBody, NumbersInATableUnderTheirLabels) {
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\n\n| Sagsnr. | Dokumentnr. | Sagsansvarlig |\n"
      "| --- | --- | --- |\n| 22/4711 | 22/4711-3 | Karen Ebbesen |\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].case_numbers, (std::vector<std::string>{"22/4711"}));
  EXPECT_EQ(doc.items[0].document_numbers, (std::vector<std::string>{"22/4711-3"}));
  EXPECT_EQ(kinds(doc.items[0]), (std::vector<std::string>{"decision"}));
  // A values row of numbers only is read under its labels too.
  const auto numbers = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\n\n| Sagsnr. | Dokumentnr. |\n| 22/4711 | "
      "22/4711-3 |\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(numbers.items.size(), 1u);
  EXPECT_EQ(numbers.items[0].case_numbers, (std::vector<std::string>{"22/4711"}));
  EXPECT_EQ(numbers.items[0].document_numbers, (std::vector<std::string>{"22/4711-3"}));
}

TEST(SegmenterBody, BoldNumberLabelsOfAMarkdownExport) {
  const auto doc = segment_text(
      "# Referat\n\n### Punkt 1 - Hal\n\n**Sagsnr.:** 23/18765\n\n**Dok.nr.:** 23/18765-14\n\n"
      "**Beslutning**\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].case_numbers, (std::vector<std::string>{"23/18765"}));
  EXPECT_EQ(doc.items[0].document_numbers, (std::vector<std::string>{"23/18765-14"}));
  EXPECT_EQ(kinds(doc.items[0]), (std::vector<std::string>{"decision"}));
}

// Trial AV: labels of other municipalities were joined to the title and the
// item had no case number.
TEST(SegmenterBody, MoreSpellingsOfTheCaseNumbersLabel) {
  for (const std::string label : {"Jour.nr.:", "Journal-nr.:", "ESDH-sagsnr.:", "Sags.nr.:",
                                  "J.-nr.:", "Sags-nr.:", "Sag-nr.:"}) {
    const auto doc = segment_text("Referat\n\n1. Godkendelse af dagsorden\n" + label +
                                  " 24/1001\nBeslutning\nGodkendt.\n");
    ASSERT_EQ(doc.items.size(), 1u) << label;
    EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden") << label;
    EXPECT_EQ(doc.items[0].case_numbers, (std::vector<std::string>{"24/1001"})) << label;
  }
}

// is_number_label_line compares a line's two first bytes, folded, with each
// label start's before starts_with_ci: every start in any case still gets
// past, and a line that only shares a start's first byte does not.
TEST(SegmenterBody, NumberLabelsInAnyCaseGetPastTheTwoByteKeys) {
  const auto upper = [](std::string s) {
    for (char& c : s)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    return s;
  };
  const auto lower = [](std::string s) {
    for (char& c : s)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return s;
  };
  for (const std::string label :
       {"Sagsnr.: 24/1", "J.nr. 24/1", "Jnr. 24/1", "J nr. 24/1", "Journalnr. 24/1", "Dok.nr. 24/1",
        "Akt id 24/1", "Acadre: 24/1", "SBSYS 27.00.00-G01-1-23", "eDoc: 24/1", "Captia: 24/1",
        "ESDH 24/1", "Workzone: 24/1", "KLE-nr. 00.01A00", "Emnenr. 00.01A00", "**Sagsnr.:** 24/1",
        "__J.nr.__ 24/1"}) {
    EXPECT_TRUE(is_number_label_line(label)) << label;
    EXPECT_TRUE(is_number_label_line(upper(label))) << label;
    EXPECT_TRUE(is_number_label_line(lower(label))) << label;
  }
  for (const char* line : {"Sagen blev godkendt 24/1", "Jeg nr. 24/1", "Den 24/1", "S", "**S"})
    EXPECT_FALSE(is_number_label_line(line)) << line;
}

// is_number_label_line lets a line that opens with "sag" on to the pattern
// only where a byte the pattern lets follow comes next ("Sagsfremstilling",
// "Sagen", "Sagsbehandler" skip it): every spelling of a case label the
// pattern reads is still read, in any case.
TEST(SegmenterBody, EveryCaseLabelAfterSagGetsToThePattern) {
  const auto upper = [](std::string s) {
    for (char& c : s)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    return s;
  };
  for (const std::string label :
       {"Sagsnr. 24/1",    "Sags nr. 24/1",  "Sags.nr. 24/1", "Sags-nr. 24/1", "Sag.nr 24/1",
        "Sag-nr 24/1",     "Sag nr. 24/1",   "Sagnr 24/1",    "Sag\tnr. 24/1", "Sags\tnr. 24/1",
        "Sagsnummer 24/1", "Sagnummer 24/1", "Sags-id: 24/1", "Sagsid 24/1",   "Sag id 24/1",
        "Sagid 24/1",      "Sag-id 24/1",    "Sag: 24/1",     "Sag : 24/1",    "Sag\t: 24/1"}) {
    EXPECT_TRUE(is_number_label_line(label)) << label;
    EXPECT_TRUE(is_number_label_line(upper(label))) << label;
  }
  for (const char* line : {"Sagsfremstilling", "Sagen blev drøftet.", "Sagsbehandler: Bo Lund",
                           "Sag", "Sags", "Sagsf", "Sags:", "Sager nr. 3"})
    EXPECT_FALSE(is_number_label_line(line)) << line;
}

// names_after_lead searches a line for its leads and exceptions only when
// it holds "fra " or "undtage", which every one of them holds: each is
// still read, and a line with neither word gives nobody.
TEST(SegmenterBody, NamesAfterEveryLeadAndException) {
  for (const char* line :
       {"Der er afbud fra Bo Lund.", "Afbud fra Bo Lund", "Alle var til stede bortset fra Bo Lund.",
        "Alle var mødt med undtagelse af Bo Lund.", "Alle var tilstede undtagen Bo Lund."})
    EXPECT_EQ(names_after_lead(line), "Bo Lund") << line;
  for (const char* line : {"Godkendt.", "Bo Lund deltog ikke.", "Alle var mødt, dog ikke Bo Lund.",
                           "Godkendt, bortset fra punkt 3."})
    EXPECT_EQ(names_after_lead(line), "") << line;
}

TEST(SegmenterBody, OtherNumberLabels) {
  const auto doc = segment_text(
      "Referat\n\nPunkt 1: Dagsorden\nSags-ID: EMN-2024-001234\nBeslutning\nGodkendt.\n\n"
      "Punkt 2: Vejplan\nSag: 24/5566\nBeslutning\nGodkendt.\n\n"
      "Punkt 3: Takster\nAcadre: 24/2211\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].title, "Dagsorden");
  EXPECT_EQ(doc.items[0].case_numbers, (std::vector<std::string>{"EMN-2024-001234"}));
  EXPECT_EQ(doc.items[1].case_numbers, (std::vector<std::string>{"24/5566"}));
  // The case system's name alone is the label.
  EXPECT_EQ(doc.items[2].case_numbers, (std::vector<std::string>{"24/2211"}));
  EXPECT_TRUE(doc.items[2].sections.size() == 1u);
  // ... also without its colon, before the number: no part of the title.
  const auto bare = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nSBSYS 27.00.00-G01-1-23\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(bare.items.size(), 1u);
  EXPECT_EQ(bare.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(bare.items[0].case_numbers, (std::vector<std::string>{"27.00.00-G01-1-23"}));
  // The case's class before its number (trial AO: both had been lost).
  const auto classed = segment_text(
      "Referat\n\n342.  Fritagelse\nKLE-nr.: 00.01A00   Sagsnr.: 08/4410\n\nBeslutning\n"
      "Godkendt.\n\n343.  Takster\nEmnenr.: 00.01A21\nSagsnr.: 08/1127\n\nBeslutning\n"
      "Godkendt.\n");
  ASSERT_EQ(classed.items.size(), 2u);
  EXPECT_EQ(classed.items[0].case_numbers, (std::vector<std::string>{"00.01A00", "08/4410"}));
  EXPECT_EQ(classed.items[1].case_numbers, (std::vector<std::string>{"00.01A21", "08/1127"}));
  // "Emne nr. 2 fra sidste møde: ..." is a sentence, no label (review 30).
  const auto topic = segment_text(
      "Referat\n\n1. Eventuelt\nEmne nr. 2 fra sidste møde: Trafiksikkerhed ved skolen blev "
      "drøftet.\nBeslutning\nIntet.\n");
  ASSERT_EQ(topic.items.size(), 1u);
  EXPECT_TRUE(topic.items[0].case_numbers.empty());
  ASSERT_EQ(topic.items[0].sections.size(), 2u);
  EXPECT_NE(topic.items[0].sections[0].text.find("Trafiksikkerhed"), std::string::npos);
}

// "Sag 306-2009-600" over "Dok. 306-2019-263412", as one agenda system
// writes them: short labels before one number each; "Sag 2: Høring" and
// "Sag 12" hold no number.
TEST(SegmenterBody, ShortSagAndDokLabels) {
  const auto doc = segment_text(
      "Referat\n\n1.      Spørgetid for borgerne\n\nSag 306-2009-600\n\n"
      "Dok. 306-2019-263412\n\nInitialer: PIM\n\nBeslutning\n\nIngen spørgsmål.\n\n"
      "2.      Eventuelt\n\nSag 306-2009-601\n\nBeslutning\n\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].case_numbers, (std::vector<std::string>{"306-2009-600"}));
  EXPECT_EQ(doc.items[0].document_numbers, (std::vector<std::string>{"306-2019-263412"}));
  EXPECT_EQ(doc.items[1].case_numbers, (std::vector<std::string>{"306-2009-601"}));
  const auto prose = segment_text(
      "Referat\n\nPunkt 1: Dagsorden\nSagsnr.: 24/1\nSagsfremstilling\nSag 12 blev udsat.\n"
      "Beslutning\nGodkendt.\n");
  ASSERT_EQ(prose.items.size(), 1u);
  EXPECT_EQ(prose.items[0].case_numbers, (std::vector<std::string>{"24/1"}));
}

// PolWeb pages print "Initialer: PIM" between the item's numbers and its
// "Åbent"/"Lukket" marker; the marker still counts. A "Lukket" line under
// a section heading is text.
TEST(SegmenterBody, ClosedMarkerUnderShortLabelLines) {
  const auto doc = segment_text(
      "Referat\n\n1.      Salg af ejendom\n\nSag 306-2018-9931\n\nInitialer: TBC\n\n"
      "Lukket\n\nBeslutning\n\nGodkendt.\n\n2.      Meddelelser\n\nSag 306-2019-1\n\n"
      "Initialer: PIM\n\nÅbent\n\nBeslutning\n\nTaget til efterretning.\n\n"
      "3.      Vejnavne\n\nSagsfremstilling\n\nVejen hedder nu:\n\nLukket\n\n"
      "Beslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_TRUE(doc.items[0].closed);
  EXPECT_FALSE(doc.items[1].closed);
  EXPECT_FALSE(doc.items[2].closed);
  const auto prose = segment_text(
      "Referat\n\n1. Salg\nSag 24/1\nDer er tale om et salg: se bilag.\nLukket\n"
      "Beslutning\nGodkendt.\n");
  ASSERT_EQ(prose.items.size(), 1u);
  EXPECT_FALSE(prose.items[0].closed);
}

TEST(SegmenterBody, AttachmentNamesWithoutNumberingAndDocumentNumbers) {
  std::vector<std::string> out;
  collect_attachments("Bilag 1: Tillægsbevillinger BO1 2024 (Dok.nr. 13877/24)", out);
  collect_attachments("2. Elevprognose 2024", out);
  collect_attachments("3) Kort", out);
  collect_attachments("4.1 ANBEFALES Notat", out);
  EXPECT_EQ(out, (std::vector<std::string>{"Tillægsbevillinger BO1 2024", "Elevprognose 2024",
                                           "Kort", "4.1 ANBEFALES Notat"}));
  // A numbered list on one line; a semicolon inside a name stays.
  std::vector<std::string> line;
  collect_attachments("1. Udkast til handicappolitik; 2. Handicaprådets høringssvar", line);
  collect_attachments("Notat om skoler; status 2024", line);
  EXPECT_EQ(line,
            (std::vector<std::string>{"Udkast til handicappolitik", "Handicaprådets høringssvar",
                                      "Notat om skoler; status 2024"}));
}

TEST(SegmenterBody, EveryAbsencePhraseOfTheSharedVocabulary) {
  // danish/attendance.hpp, the table the people extractor reads too.
  std::vector<std::string> names;
  collect_absent("Anne Hansen (A) havde meldt afbud.", names);
  collect_absent("Peter Holm var forhindret.", names);
  collect_absent("Ole Dam (C) deltager ikke i mødet.", names);
  collect_absent("Forhindret: Mette Lund (F)", names);
  collect_absent("Kommunen deltog ikke.", names);  // no person's name
  EXPECT_EQ(names,
            (std::vector<std::string>{"Anne Hansen", "Peter Holm", "Ole Dam", "Mette Lund"}));
}

// collect_absent and is_attendance_note search a line only for the phrases
// whose words it holds: every phrase must still be found, alone on its line
// and after another phrase's words.
TEST(SegmenterBody, EachAbsencePhraseIsFoundPastTheWordsPrefilter) {
  for (const std::string_view phrase : danish::absence_phrases) {
    const std::string line = "Bent Hansen " + std::string(phrase) + ".";
    std::vector<std::string> names;
    collect_absent(line, names);
    EXPECT_EQ(names, std::vector<std::string>{"Bent Hansen"}) << line;
    EXPECT_TRUE(is_attendance_note(line)) << line;
    const std::string after_other = "Sagen var ikke klar. Bent Hansen " + std::string(phrase) + ".";
    names.clear();
    collect_absent(after_other, names);
    EXPECT_EQ(names, std::vector<std::string>{"Bent Hansen"}) << after_other;
  }
}

// The words prefilter reads a line sixteen starts at a time, the last
// sixteen overlapping the ones before, and a line too short for sixteen
// start by start: a phrase must be found at every offset, its last word
// ending the line or not, in the shortest line that holds it.
TEST(SegmenterBody, EachAbsencePhraseIsFoundAtEveryOffset) {
  for (const std::string_view phrase : danish::absence_phrases) {
    for (std::size_t pad = 0; pad <= 40; ++pad) {
      for (const std::string_view end : {".", ""}) {
        const std::string line =
            "Sag" + std::string(pad, 'x') + ". Bo Ek " + std::string(phrase) + std::string(end);
        std::vector<std::string> names;
        collect_absent(line, names);
        EXPECT_EQ(names, std::vector<std::string>{"Bo Ek"}) << line;
      }
    }
    const std::string alone = "Bo Ek " + std::string(phrase);
    std::vector<std::string> names;
    collect_absent(alone, names);
    EXPECT_EQ(names, std::vector<std::string>{"Bo Ek"}) << alone;
    EXPECT_TRUE(is_attendance_note(alone)) << alone;
  }
}

// collect_absent and is_attendance_note read no line with fewer than two
// capitals, as no name has fewer: a Danish capital (Æ, Ø, Å) counts as one.
TEST(SegmenterBody, ANameOfDanishCapitalsPastTheCapitalsPrefilter) {
  for (const std::string_view line :
       {"Øjvind Åberg deltog ikke.", "Æbbe Ølund havde meldt afbud.", "Afbud: Åse Østergård"}) {
    std::vector<std::string> names;
    collect_absent(line, names);
    EXPECT_EQ(names.size(), 1u) << line;
    EXPECT_TRUE(is_attendance_note(line)) << line;
  }
  std::vector<std::string> names;
  collect_absent("Godkendt, idet forvaltningen ikke deltog.", names);
  EXPECT_TRUE(names.empty());
  EXPECT_FALSE(is_attendance_note("Godkendt, idet forvaltningen ikke deltog."));
}

// absent_name searches a piece for the reasons after a name (" pga. ",
// " ved afbud") only where the reason's first letter follows a blank.
TEST(SegmenterBody, EveryReasonAfterAnAbsentNameIsCut) {
  std::vector<std::string> names;
  collect_absent(
      "Afbud: Lars Rytter ved afbud, Anna Hansen pga. arbejde, Bo Lund med afbud, Eva Holm "
      "ved forfald, Ib Dam pga sygdom, Ida Berg p.g.a. ferie, Jens Holm grundet kursus, Mette "
      "Lund på grund af sygdom",
      names);
  EXPECT_EQ(names, (std::vector<std::string>{"Lars Rytter", "Anna Hansen", "Bo Lund", "Eva Holm",
                                             "Ib Dam", "Ida Berg", "Jens Holm", "Mette Lund"}));
}

// split_attendance_line compares a line in full only with the labels whose
// first two bytes it shares, ignoring case, and only when its first four
// bytes hash as a label's do: every label is still read, in any case
// ("Afbud", "AFBUD", "Ikke til stede", "FRAVÆRENDE").
TEST(SegmenterBody, EveryAbsenceLabelIsReadInAnyCase) {
  std::vector<std::string_view> labels(std::begin(danish::absence_labels),
                                       std::end(danish::absence_labels));
  labels.insert(labels.end(), std::begin(danish::item_absence_labels),
                std::end(danish::item_absence_labels));
  for (const std::string_view spelling : labels) {
    if (spelling.starts_with("følgende")) continue;  // read as a lead word and its clause
    std::string capitalised(spelling);
    capitalised[0] = static_cast<char>(capitalised[0] - 32);
    std::string capitals(spelling);
    for (char& c : capitals)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    // "FRAVÆRENDE": a Latin-1 letter's second byte in capitals too.
    std::string all_capitals = capitals;
    for (std::size_t i = 1; i < all_capitals.size(); ++i) {
      const auto c = static_cast<unsigned char>(all_capitals[i]);
      if (static_cast<unsigned char>(all_capitals[i - 1]) == 0xC3 && c >= 0xA0 && c <= 0xBE &&
          c != 0xB7)
        all_capitals[i] = static_cast<char>(c - 0x20);
    }
    for (const std::string& written :
         {std::string(spelling), capitalised, capitals, all_capitals}) {
      const std::string text = written + ": Bent Hansen (A)";
      std::string_view label, names;
      ASSERT_TRUE(split_attendance_line(text, label, names)) << text;
      EXPECT_EQ(label, written) << text;
      EXPECT_EQ(names, "Bent Hansen (A)") << text;
    }
  }
  std::string_view label, names;
  EXPECT_FALSE(split_attendance_line("Afbuddet blev meddelt sent.", label, names));
  EXPECT_FALSE(split_attendance_line("Formanden bød velkommen.", label, names));
  EXPECT_FALSE(split_attendance_line("A", label, names));
  // Openings of two bytes that labels share, of four that none has.
  EXPECT_FALSE(split_attendance_line("Forvaltningen indstiller, at", label, names));
  EXPECT_FALSE(split_attendance_line("Fra mødet: Bent Hansen (A)", label, names));
  EXPECT_FALSE(split_attendance_line("Indstilling: Godkendt", label, names));
  EXPECT_FALSE(split_attendance_line("Afb", label, names));
}

// is_number_line turns a line without a digit away before it reads any
// label or number; a number line reads as one wherever its digits stand.
TEST(SegmenterBody, NumberLinesPastTheDigitPrefilter) {
  for (const std::string_view number_line :
       {"24/1123", "Sagsnr.: 24/1123", "Sagsnummer: EMN-2025-010561", "Dok.nr.: 23/18765-14",
        "FOU 35/2008", "Sag 306-2009-600", "Åbent - 2012/057275", "| Sagsnr.: | 24/1123 |",
        "J.nr. 01.02.03-P20-1-24"})
    EXPECT_TRUE(is_number_line(number_line)) << number_line;
  for (const std::string_view other :
       {"Sagsnr.:", "Notat om skoler", "Sagsnummer: ukendt", "FOU", "Lukket - ", "|  |"})
    EXPECT_FALSE(is_number_line(other)) << other;
}

TEST(SegmenterBody, AMemberWhoLeftAndTookNoPart) {
  std::vector<std::string> names;
  collect_absent(
      "Anja Lund Skovbo (F) forlod mødet kl. 16.45 og deltog ikke i behandlingen af "
      "punktet.",
      names);
  collect_absent("Godkendt. Ole Dam (C) deltog ikke.", names);
  EXPECT_EQ(names, (std::vector<std::string>{"Anja Lund Skovbo", "Ole Dam"}));
}

TEST(SegmenterBody, LabelWordsBeforeTheColonAreNoNames) {
  std::vector<std::string> names;
  collect_absent("Fraværende med afbud: Ole Dam (C)", names);
  EXPECT_EQ(names, (std::vector<std::string>{"Ole Dam"}));
}

TEST(SegmenterBody, AnAbsenceSharingItsLineWithTheDecisionStaysInIt) {
  // Only a line that is wholly an attendance note leaves the decision text.
  const auto doc = segment_text(
      "Referat\n\nPunkt 1: Budget\n\nBeslutning\n\nGodkendt. Anne Hansen (A) deltog ikke.\n"
      "Anne Hansen (A) deltog ikke under punktet. Sagen blev udsat til næste møde.\n"
      "Afbud: Peter Holm (C)\nUdvalget anbefaler forslaget.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].decision,
            "Godkendt. Anne Hansen (A) deltog ikke.\nAnne Hansen (A) deltog ikke under punktet. "
            "Sagen blev udsat til næste møde.\nUdvalget anbefaler forslaget.");
  EXPECT_EQ(doc.items[0].absent, (std::vector<std::string>{"Anne Hansen", "Peter Holm"}));
}

TEST(SegmenterBody, AClosedPartDividerEndsTheItemAboveAndClosesTheItemsBelow) {
  const auto doc = segment_text(
      "Referat\n\n1. Dagsorden\nBeslutning\nGodkendt.\n\nLUKKET MØDE\n\n"
      "2. Personalesag\nBeslutning\nGodkendt.\n\n3. Salg af grund\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  EXPECT_EQ(
      doc.text.substr(doc.items[0].start, doc.items[0].end - doc.items[0].start).find("LUKKET"),
      std::string::npos);
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_TRUE(doc.items[2].closed);
}

TEST(SegmenterBody, AClosedMarkerAboveAHeadingClosesThatItemOnly) {
  const auto doc = segment_text(
      "Referat\n\n1. Plan\nBeslutning\nGodkendt.\n\nLukket punkt\n\n2. Personalesag\n"
      "Beslutning\nGodkendt.\n\n3. Salg\nLukket\n\n4. Eventuelt\nBeslutning\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 4u);
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");  // the marker is not the decision's
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_TRUE(doc.items[2].closed);   // its own marker, under its heading
  EXPECT_FALSE(doc.items[3].closed);  // ... not the next item's
  const auto open = segment_text(
      "Referat\n\n1. Plan\nBeslutning\nGodkendt.\n\nÅbent punkt\n\n2. Budget\nBeslutning\n"
      "Godkendt.\n");
  ASSERT_EQ(open.items.size(), 2u);
  EXPECT_EQ(open.items[0].decision, "Godkendt.");
  EXPECT_FALSE(open.items[1].closed);
}

// Older council minutes say it in a sentence under the heading; in a
// decision or the case's text the words are text.
TEST(SegmenterBody, ASentenceUnderTheHeadingSayingClosedDoorsClosesTheItem) {
  const auto doc = segment_text(
      "Referat\n\nPunkt 1: Budget\nBeslutning\nGodkendt.\n\nPunkt 2: Køb af ejendom\n"
      "Sagsnr.: 05/0981\nPunktet behandles for lukkede døre.\n\nSagsfremstilling:\n"
      "Ejeren har tilbudt kommunen ejendommen.\n\nPunkt 3.\nSalg af bolig\nJ.nr.: "
      "82.02.00-G10-3-03\n\n"
      "Sagen blev behandlet for lukkede døre.\n\nLejer har tilbudt at købe boligen.\n\n"
      "Punkt 4: Plan\nSagsfremstilling:\nSagen behandles for lukkede døre.\n");
  ASSERT_EQ(doc.items.size(), 4u);
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_TRUE(doc.items[2].closed);
  EXPECT_FALSE(doc.items[3].closed);  // under a section heading: text
  EXPECT_TRUE(is_closed_door_note("Sagen blev behandlet for lukkede døre."));
  EXPECT_FALSE(is_closed_door_note("Mødet holdes for lukkede døre."));
  EXPECT_FALSE(is_closed_door_note("Til behandling - for lukkede døre"));
}

// The statutory phrase in other words (trial AV): in the title's
// parentheses, as a line without its full stop (it was joined into the
// title and the item published open), "Dette punkt er lukket.".
TEST(SegmenterBody, ClosedDoorsSaidInOtherWordsCloseTheItem) {
  for (const std::string closing : {"2. Personalesag (Behandles for lukkede døre)\n",
                                    "2. Personalesag (Lukket for offentligheden)\n",
                                    "2. Personalesag\nBehandles for lukkede døre\n",
                                    "2. Personalesag\nDette punkt er lukket.\n",
                                    "2. Personalesag\nLukket for offentligheden\n"}) {
    const auto doc = segment_text(
        "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\n\n1. Godkendelse af dagsorden\n"
        "Beslutning\nGodkendt.\n\n" +
        closing + "Sagsnr.: 24/1004\nBeslutning\nGodkendt.\n");
    ASSERT_EQ(doc.items.size(), 2u) << closing;
    EXPECT_FALSE(doc.items[0].closed) << closing;
    EXPECT_TRUE(doc.items[1].closed) << closing;
    EXPECT_EQ(doc.items[1].title, "Personalesag") << closing;
  }
  // "Denne sag er lukket." right under the heading closes; at the end of a
  // decision it says the case is finished, and closes neither item (review 32).
  const auto under = segment_text(
      "Referat\n\n1. Dagsorden\nBeslutning\nGodkendt.\n\n2. Klage\nDenne sag er lukket.\n"
      "Beslutning\nGodkendt.\n");
  ASSERT_EQ(under.items.size(), 2u);
  EXPECT_TRUE(under.items[1].closed);
  const auto finished = segment_text(
      "Referat\n\n1. Vejbelysning\nBeslutning\nLampen er udskiftet. Denne sag er lukket.\n"
      "Denne sag er lukket.\n\n2. Eventuelt\nBeslutning\nIntet.\n");
  ASSERT_EQ(finished.items.size(), 2u);
  EXPECT_FALSE(finished.items[0].closed);
  EXPECT_FALSE(finished.items[1].closed);
  // A place the public may not enter, in lowercase or after a dash; a title
  // wrapped onto "skal behandles for lukkede døre" (review 32).
  const auto open = segment_text(
      "Referat\n\n1. Fuglereservatet ved Engsøen (lukket for offentligheden)\nBeslutning\n"
      "Godkendt.\n\n2. Bålpladsen i Byskoven - lukket for offentligheden\nBeslutning\nGodkendt.\n"
      "\n3. Principper for hvilke sager om køb og salg af fast ejendom der fremover\nskal "
      "behandles for lukkede døre\nSagsnr.: 24/1003\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(open.items.size(), 3u);
  for (const auto& it : open.items) EXPECT_FALSE(it.closed) << it.title;
  EXPECT_TRUE(open.warnings.empty());  // the wrapped line is no stray marker (review 33)
  // Capitalised after a dash it closes (review 33: it had been published).
  const auto dash = segment_text(
      "Referat\n\n1. Dagsorden\nBeslutning\nGodkendt.\n\n2. Personalesag - Lukket for "
      "offentligheden\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(dash.items.size(), 2u);
  EXPECT_TRUE(dash.items[1].closed);
  EXPECT_EQ(dash.items[1].title, "Personalesag");
  EXPECT_EQ(open.items[0].title, "Fuglereservatet ved Engsøen (lukket for offentligheden)");
}

// pdftotext of minutes that start each item on a page of its own: every
// item ends "Godkendt." and an attendance note above the page's footer.
// They repeat at every page break, as running footers do, but are the
// items' own text.
TEST(SegmenterBody, EachItemsLastLinesOnItsOwnPageAreNoRunningFooter) {
  std::string text = "Plan- og Teknikudvalget\nReferat\n\n";
  for (int n = 1; n <= 3; ++n) {
    const std::string k = std::to_string(n);
    text += k + "    Åbent    Sag nummer " + k + "\nSagsnr.: 23/601" + k +
            "\n\nBeslutning:\nGodkendt.\n\nAfbud: Jens Ole Brandt (V)\n\n"
            "Plan- og Teknikudvalget 14.06.2023      Side " +
            k + " af 3\n\f";
  }
  const auto doc = segment_text(text);
  ASSERT_EQ(doc.items.size(), 3u);
  for (const auto& it : doc.items) {
    EXPECT_EQ(it.decision, "Godkendt.") << it.number;
    EXPECT_EQ(it.absent, (std::vector<std::string>{"Jens Ole Brandt"})) << it.number;
  }
}

// A status label under the heading, or a status column in the item's
// table of facts, says whether the item is open.
TEST(SegmenterBody, AStatusLineOrColumnSaysWhetherTheItemIsClosed) {
  const auto doc = segment_text(
      "Referat\n\nØkonomiudvalget\n\n1. Godkendelse af dagsorden\nStatus: Åben\nBeslutning:\n"
      "Godkendt.\n\n2. Personalesag\nSagsnr.: 24/1234\nStatus: Lukket\nSagsfremstilling:\n"
      "Tekst.\nBeslutning:\nGodkendt.\n\n3. Salg af grund\n| Sagsnr. | Status |\n| --- | --- |\n"
      "| 24/5555 | Lukket |\n\nBeslutning:\nGodkendt.\n\n4. Eventuelt\nSagstype: Lukket sag\n"
      "Beslutning:\nIntet.\n\n5. Plan\nSagsfremstilling:\nStatus: Lukket\n");
  ASSERT_EQ(doc.items.size(), 5u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden");
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_TRUE(doc.items[2].closed);
  EXPECT_EQ(doc.items[3].title, "Eventuelt");
  EXPECT_TRUE(doc.items[3].closed);
  EXPECT_FALSE(doc.items[4].closed);  // under a section heading: text
  bool closed = false;
  EXPECT_FALSE(is_status_line("Status: Sagen er lukket for nu", closed));
}

// A group heading between items ("## B. Sager til orientering") belongs to
// none of them.
TEST(SegmenterBody, AGroupHeadingBetweenItemsEndsTheItemAbove) {
  const auto doc = segment_text(
      "# Referat\n\nSocialudvalget\n\n## A. Sager til beslutning\n\n### 1. Budget\nSagsnr.: "
      "24/1\n\n"
      "**Beslutning:**\nGodkendt.\n\n## B. Sager til orientering\n\n### 2. Status\nSagsnr.: "
      "24/3\n\n"
      "**Beslutning:**\nTaget til efterretning.\n\nB. Sager til orientering\n\n3. Plan\nSagsnr.: "
      "24/4\n"
      "Beslutning:\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  for (const auto& it : doc.items) EXPECT_EQ(it.sections.size(), 1u) << it.number;
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  EXPECT_EQ(doc.items[1].decision, "Taget til efterretning.");
  EXPECT_TRUE(doc.warnings.empty());
  for (const auto& it : doc.items) EXPECT_FALSE(it.closed) << it.number;
  // A group whose words close the items below.
  const auto closed = segment_text(
      "Referat\n\nA. Sager til beslutning\n\n1. Budget\nSagsnr.: 24/1\nBeslutning:\nGodkendt.\n\n"
      "C. Lukkede punkter\n\n2. Salg\nSagsnr.: 24/2\nBeslutning:\nGodkendt.\n");
  ASSERT_EQ(closed.items.size(), 2u);
  EXPECT_FALSE(closed.items[0].closed);
  EXPECT_TRUE(closed.items[1].closed);
  // The group after a closed group is open again; a group inside a closed
  // part divider stays closed.
  const auto siblings = segment_text(
      "Referat\n\nB. Lukkede sager\n\n1. Salg\nSagsnr.: 24/1\nBeslutning:\nGodkendt.\n\n"
      "C. Sager til orientering\n\n2. Status\nSagsnr.: 24/2\nBeslutning:\nGodkendt.\n\n"
      "LUKKET MØDE\n\n3. Personalesag\nSagsnr.: 24/3\nBeslutning:\nGodkendt.\n\n"
      "D. Sager til orientering\n\n4. Køb\nSagsnr.: 24/4\nBeslutning:\nGodkendt.\n");
  ASSERT_EQ(siblings.items.size(), 4u);
  EXPECT_TRUE(siblings.items[0].closed);
  EXPECT_FALSE(siblings.items[1].closed);
  EXPECT_TRUE(siblings.items[2].closed);
  EXPECT_TRUE(siblings.items[3].closed);
}

// Word's multilevel list numbers the sections under the item's number.
TEST(SegmenterBody, SectionHeadingsNumberedUnderTheItem) {
  const auto doc = segment_text(
      "# Referat\n\n# 1. Godkendelse af dagsorden\n\n## 1.1 Beslutning\n\nGodkendt.\n\n"
      "# 2. Budget 2025\n\nSagsnr.: 24/2\n\n## 2.1 Sagsfremstilling\n\nTekst.\n\n"
      "## 2.2. Indstilling\n\nAt budgettet godkendes.\n\n## 2.3 Beslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  ASSERT_EQ(doc.items[1].sections.size(), 3u);
  EXPECT_EQ(doc.items[1].sections[0].kind, "case");
  EXPECT_EQ(doc.items[1].sections[1].kind, "recommendation");
  EXPECT_EQ(doc.items[1].decision, "Godkendt.");
  EXPECT_TRUE(doc.warnings.empty());
}

// A PDF keeps a table's columns apart by tabs: the head row of labels (in
// bold) over the row of values, a status column among them.
TEST(SegmenterBody, NumbersInATableWhoseCellsAreApartByTabs) {
  const auto doc = segment_text(
      "Referat\n\nØkonomiudvalget\n\n## 1. Godkendelse af dagsorden\n\n"
      "**Sagsnr.\tDokumentnr.\tSagsbehandler**\n\n24/401\t24/401-3\tLis Haugaard\n\n"
      "### Beslutning\n\nGodkendt.\n\n## 2. Salg af grund\n\nSagsnr.\tStatus\n\n"
      "23/9877\tLukket punkt\n\n### Beslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].case_numbers, (std::vector<std::string>{"24/401"}));
  EXPECT_EQ(doc.items[0].document_numbers, (std::vector<std::string>{"24/401-3"}));
  EXPECT_EQ(doc.items[0].sections.size(), 1u);
  EXPECT_EQ(doc.items[1].case_numbers, (std::vector<std::string>{"23/9877"}));
  EXPECT_TRUE(doc.items[1].closed);
  // A row a cell short: the PDF wrote its last cell on a line of its own.
  const auto short_row = segment_text(
      "Referat\n\n## 37. Godkendelse af dagsorden\n\n**Sagsnr.\tSagsbehandler\tDokumentnr.\t"
      "Status**\n\n24/5530\tMaja Thygesen\t24/5530-2\nÅbent punkt\n\n### "
      "Beslutning\n\nGodkendt.\n");
  ASSERT_EQ(short_row.items.size(), 1u);
  EXPECT_EQ(short_row.items[0].case_numbers, (std::vector<std::string>{"24/5530"}));
  EXPECT_EQ(short_row.items[0].document_numbers, (std::vector<std::string>{"24/5530-2"}));
  EXPECT_EQ(short_row.items[0].sections.size(), 1u);
}

// A label|value table of the case's facts (a web page's or a converter's
// rows): each number under its label, also after a row of no number.
TEST(SegmenterBody, NumbersInALabelAndValueTable) {
  const auto doc = segment_text(
      "Referat\n\n## 1. Budget\n\n| Sagsnr. | 24/3112 |\n| Sagsbehandler | Lis Holm |\n"
      "| Dokumentnr. | 24/3112-9 |\n\n### Beslutning\n\nGodkendt.\n\n## 2. Plan\n\n"
      "| Dokumentnr. | 24/3200-1 |\n\n### Beslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].case_numbers, (std::vector<std::string>{"24/3112"}));
  EXPECT_EQ(doc.items[0].document_numbers, (std::vector<std::string>{"24/3112-9"}));
  EXPECT_TRUE(doc.items[1].case_numbers.empty());
  EXPECT_EQ(doc.items[1].document_numbers, (std::vector<std::string>{"24/3200-1"}));
}

// A closed item's title is public: the heading's line alone, never the
// lines under it, which may be its withheld text.
TEST(SegmenterBody, AClosedItemsTitleIsTheHeadingLineAlone) {
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nBeslutning:\nGodkendt.\n\n"
      "2. Lukket punkt: Køb af ejendom\nDrøftet med sælger Hans Hansen\nBeslutning:\nGodkendt.\n\n"
      "LUKKET MØDE\n\n3. Personalesag\nMedarbejder Jens Jensen "
      "fratræder\nBeslutning:\nGodkendt.\n\n"
      "4. Budget for vej og\nkloak 2025\nBeslutning:\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 4u);
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_EQ(doc.items[1].title, "Køb af ejendom");
  EXPECT_TRUE(doc.items[2].closed);
  EXPECT_EQ(doc.items[2].title, "Personalesag");
  // Closed too, after the divider: a title wrapped onto a second line keeps
  // its first line only; the second stays the item's (withheld) text.
  EXPECT_TRUE(doc.items[3].closed);
  EXPECT_EQ(doc.items[3].title, "Budget for vej og");
}

// The minutes of a closed meeting: every item is closed.
TEST(SegmenterBody, ATitleSayingTheMeetingWasClosedClosesEveryItem) {
  const auto doc = segment_text(
      "Referat - lukket møde\nTeknik- og Miljøudvalget\n\nMødedato: 7. marts 2024\n\n"
      "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Køb af ejendom\n"
      "Sagsnr.: 24/9202\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_TRUE(doc.items[0].closed);
  EXPECT_TRUE(doc.items[1].closed);
  // A title naming an open and a closed part closes nothing by itself.
  const auto both = segment_text(
      "Referat af åbent og lukket møde\nTeknik- og Miljøudvalget\n\nMødedato: 7. marts 2024\n\n"
      "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(both.items.size(), 1u);
  EXPECT_FALSE(both.items[0].closed);
}

// A web page's print view: each page ends "Side N af M".
TEST(SegmenterBody, APrintViewsPageNumbersAreNoItemsText) {
  document doc;
  doc.text =
      "Referat\n\n1. Budget\nBeslutning\nGodkendt.\n\nSide 1 af 2\n\n2. Plan\nBeslutning\n"
      "Godkendt.\n\nSide 2 af 2\n";
  doc.source.format = "html";
  segment_document(doc, {});
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  EXPECT_EQ(doc.items[1].decision, "Godkendt.");
}

// add_names keeps the last list it read and its names (collect_absent and
// then is_attendance_note read the same sentence): a list asked again gives
// its names against the new target's, and a buffer reused for another list
// of the same length is read anew.
TEST(SegmenterBody, AbsentNamesOfTheSameListAskedTwice) {
  std::vector<std::string> names{"Carl Berg", "Anne Hansen"};
  collect_absent("Afbud: Anne Hansen, Bo Ek og Anne Hansen", names);
  EXPECT_EQ(names, (std::vector<std::string>{"Carl Berg", "Anne Hansen", "Bo Ek"}));
  names = {"Bo Ek"};
  collect_absent("Afbud: Anne Hansen, Bo Ek og Anne Hansen", names);
  EXPECT_EQ(names, (std::vector<std::string>{"Bo Ek", "Anne Hansen"}));
  std::string line = "Afbud: Anne Hansen";
  names.clear();
  collect_absent(line, names);
  EXPECT_EQ(names, (std::vector<std::string>{"Anne Hansen"}));
  line = "Afbud: Bent Jensen";
  names.clear();
  collect_absent(line, names);
  EXPECT_EQ(names, (std::vector<std::string>{"Bent Jensen"}));
  EXPECT_TRUE(is_attendance_note("Bent Jensen deltog ikke i mødet."));
  EXPECT_FALSE(is_attendance_note("Formanden deltog ikke i mødet."));
  // The words of the absence phrases a line holds are kept for the line
  // asked again, by its bytes: a reused buffer is searched anew.
  line = "Anne Hansen deltog selv.";
  names.clear();
  collect_absent(line, names);
  EXPECT_TRUE(names.empty());
  line = "Anne Hansen deltog ikke.";
  collect_absent(line, names);
  EXPECT_EQ(names, (std::vector<std::string>{"Anne Hansen"}));
  EXPECT_TRUE(is_attendance_note(line));
}

TEST(SegmenterBody, EveryAbsencePhraseGetsPastThePrefilter) {
  EXPECT_TRUE(every_absence_phrase_has_a_prefilter_word());
}

TEST(SegmenterBody, AnInhabilMemberIsAbsentFromTheItem) {
  const auto doc = segment_text(
      "Referat\n\n1. Lokalplan 45\nBeslutning\nInhabilitet: Peter Dahl (C)\nGodkendt.\n\n"
      "2. Vejnavne\nBeslutning\nGunnar Nielsen (V) erklærede sig inhabil.\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].absent, std::vector<std::string>{"Peter Dahl"});
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  EXPECT_EQ(doc.items[1].absent, std::vector<std::string>{"Gunnar Nielsen"});
}

// A web page's fold-out sections saved as text (Vesthimmerland): "• Resume"
// over the text is a heading; a list of heading words is text.
TEST(SegmenterBody, BulletedHeadingsOfFoldOutSections) {
  const auto doc = segment_text(
      "Referat\n\n  \u2022 1.\n    Anlægsbevilling\n\n    \u2022 Resume\n\n"
      "      Udvalget drøfter:\n      \u2022 Økonomi\n      \u2022 Trafik\n\n"
      "    \u2022 Beslutning\n\n      Anbefales.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  std::vector<std::string> kinds;
  for (const auto& s : doc.items[0].sections) kinds.push_back(s.kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"summary", "decision"}));
  EXPECT_NE(doc.items[0].decision.find("Anbefales."), std::string::npos);
}

// "Sagsnr:" alone over "09/141" (Region Syddanmark): the label's number,
// though too short to stand bare, and no page number "9 of 141".
TEST(SegmenterBody, ANumberLabelAloneOverAShortNumber) {
  const auto doc = segment_text(
      "Referat\n\n1.      Fusion af Fynbus og Sydtrafik\nSagsnr:\n09/141\nResumé\nTekst.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].case_numbers, std::vector<std::string>{"09/141"});
}

// Viborg's pages saved as text: every section an entry of a list ("•
// Sagsfremstilling"); "Historik" without the bullet is a heading inside the
// text, and "• Bilag" right over "• Indstilling" an empty section (the page's
// links to the attachments left out), not a list of words.
TEST(SegmenterBody, SectionsAsAListsEntries) {
  const auto doc = segment_text(
      "Referat\n\n  \u2022 1. Handicaprådet\n    \u2022 Sagsfremstilling\n\n      Historik\n\n"
      "      Tekst.\n\n    \u2022 Bilag\n\n    \u2022 Indstilling\n\n      Tekst.\n\n"
      "    \u2022 Beslutning i Byrådet den 24-04-2019\n\n      Godkendt.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  std::vector<std::string> kinds;
  for (const auto& s : doc.items[0].sections) kinds.push_back(s.kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"case", "attachments", "recommendation", "decision"}));
  EXPECT_NE(doc.items[0].sections[0].text.find("Historik"), std::string::npos);
  // An earlier body's decision record without the bullet is still a section
  // (Jammerbugt: "Beslutning fra Økonomiudvalget, 17. marts 2021, pkt. 32:").
  const auto record = segment_text(
      "Referat\nMødedato: 25. marts 2021\n\n  \u2022 35. Regnskab\n    \u2022 Indstilling\n\n"
      "      Tekst.\n\n"
      "      Beslutning fra Økonomiudvalget, 17. marts 2021, pkt. 32:\n\n      Anbefales.\n\n"
      "    \u2022 Beslutning\n\n      Godkendt.\n");
  ASSERT_EQ(record.items.size(), 1u);
  std::vector<std::string> record_kinds;
  for (const auto& s : record.items[0].sections) record_kinds.push_back(s.kind);
  EXPECT_EQ(record_kinds, (std::vector<std::string>{"recommendation", "history", "decision"}));
}

// Svendborg's decisions: "Afbud fra A (A), B (V). Som suppleanter er
// indkaldt C (A)." The list ends with its sentence: the substitutes came.
TEST(SegmenterBody, AnAbsenceListEndsWithItsSentence) {
  const auto absent = [](const std::string& note) {
    const auto doc = segment_text("Referat\n\n1. Sag\nBeslutning\nGodkendt.\n" + note + "\n\n" +
                                  "2. Sag\nBeslutning\nGodkendt.\n");
    return doc.items.at(0).absent;
  };
  EXPECT_EQ(absent("Afbud fra Maria Holm (A), Birger Lund (V). Som suppleanter er indkaldt Claus "
                   "Kross (A), Karen Kruse (V). Kommunalbestyrelsen godkendte dette."),
            (std::vector<std::string>{"Maria Holm", "Birger Lund"}));
  EXPECT_EQ(absent("Afbud: Anne V. Kristensen, Bo Holm."),
            (std::vector<std::string>{"Anne V. Kristensen", "Bo Holm"}));
  // Anne Dahl came from item 2 on: away from item 1 too.
  EXPECT_EQ(absent("Fraværende: Bo Holm (V). Anne Dahl (A) deltog fra punkt 2."),
            (std::vector<std::string>{"Bo Holm", "Anne Dahl"}));
  // A page flattened to one paragraph (Næstved): the decision's date runs
  // into the sentence; a numbered list's entry under "Afbud:" (Glostrup).
  EXPECT_EQ(absent("Byrådet, 20.09.2016 Helle Jessen og Niels True var fraværende. Godkendt."),
            (std::vector<std::string>{"Helle Jessen", "Niels True"}));
  EXPECT_EQ(absent("Afbud:\n1. Rasmus Sønderby, Ø"), std::vector<std::string>{"Rasmus Sønderby"});
  // Bulleted entries, each with who sat in after a dash (a local committee
  // of København).
  EXPECT_EQ(
      absent("Fravær med afbud:\n\n  \u2022 Keith Gray \u2013 Anders Lundsager deltager som "
             "suppleant\n  \u2022 Rune Solvang \u2013 Rikke Lauritsen deltager som suppleant"),
      (std::vector<std::string>{"Keith Gray", "Rune Solvang"}));
}

}  // namespace
// LibreOffice's text export writes a bulleted list as "<tab>•<tab>text".
TEST(SegmenterBody, ABulletedAbsenceSentenceNamesTheMember) {
  const auto doc = segment_text(
      "Referat\n\n1. Budget\n\nBeslutning\n\nAnbefales.\n\t\u2022\tJakob Lund (\u00D8) var "
      "frav\u00E6rende.\n- Anne Holm deltog ikke i behandlingen af punktet.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].absent, (std::vector<std::string>{"Jakob Lund", "Anne Holm"}));
}

// A converter writes an item's attendance note as a table row.
TEST(SegmenterBody, AnAttendanceNoteAsATableRow) {
  const auto doc = segment_text(
      "# Referat\n\n## 1. Budget 2025\n\n### Beslutning\n\nAnbefales.\n\n"
      "| Fraværende: | Bo Lund (V) |\n|---|---|\n\n## 2. Orientering\n\n### Beslutning\n\n"
      "Taget til efterretning.\n\n| Fraværende | Bo Lund (V), Eva Dahl (Ø) |\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].absent, std::vector<std::string>{"Bo Lund"});
  EXPECT_EQ(doc.items[1].absent, (std::vector<std::string>{"Bo Lund", "Eva Dahl"}));
}

TEST(SegmenterBody, ACaseNumberInATableRowUnderTheHeading) {
  // Word minutes made markdown: the item's numbers in a table under its heading.
  const auto doc = segment_text(
      "# Referat\n\n## 1. Budget 2025\n\n| Sagsnr.:  | 24/1123 |\n|-----------|---------|\n\n"
      "### Beslutning\n\nGodkendt.\n\n## 2. Orientering\n\n| Sag nr. | 24/3310 |\n|---|---|\n\n"
      "### Beslutning\n\nTaget til efterretning.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].case_numbers, std::vector<std::string>{"24/1123"});
  EXPECT_EQ(doc.items[1].case_numbers, std::vector<std::string>{"24/3310"});
  // Neither the row nor the rule under it is left as a section of text.
  ASSERT_EQ(doc.items[0].sections.size(), 1u);
  EXPECT_EQ(doc.items[0].sections[0].heading, "Beslutning");
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// A council's minutes: "Konklusion:" is the item's outcome when nothing
// else decides it; under a case with a decision after it, it stays the
// administration's assessment.
TEST(SegmenterBody, AConclusionDecidesAnItemWithoutDecision) {
  const auto doc = testing::segment_text(
      "Referat fra møde i Handicaprådet\n\nAd 1) Godkendelse af dagsorden\nKonklusion: Dagsordenen "
      "blev godkendt.\n\nAd 2) Budget\nSagsfremstilling\nTekst.\nKonklusion\nForvaltningen "
      "vurderer "
      "budgettet realistisk.\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].decision, "Dagsordenen blev godkendt.");
  EXPECT_EQ(doc.items[0].sections[0].kind, "decision");
  EXPECT_EQ(doc.items[1].decision, "Godkendt.");
  EXPECT_EQ(doc.items[1].sections[1].kind, "assessment");
  // An agenda's conclusion is the administration's: no meeting decided yet.
  const auto agenda = testing::segment_text(
      "Dagsorden\nTeknik- og Miljøudvalget\n\n1. Vejvedligeholdelse\nSagsfremstilling:\nTekst.\n"
      "Konklusion:\nForvaltningen vurderer, at 12 km vej skal renoveres.\n\n2. Eventuelt\n");
  ASSERT_FALSE(agenda.items.empty());
  EXPECT_EQ(agenda.items[0].decision, "");
}

// "Referat:" under the title, or under the item's first text, heads its
// decision (a council's minutes); it is no part of the title.
TEST(SegmenterBody, AReferatLabelHeadsTheDecision) {
  const auto doc = testing::segment_text(
      "Referat fra møde i Ældrerådet\n\nAd pkt. 1 Godkendelse af dagsorden\nReferat:\nGodkendt.\n\n"
      "Ad pkt. 2 Orientering om flygtninge\nJette Bruun orienterede.\nReferat:\nRådet tog "
      "orienteringen til efterretning.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  EXPECT_EQ(doc.items[1].decision, "Rådet tog orienteringen til efterretning.");
  ASSERT_EQ(doc.items[1].sections.size(), 2u);
  EXPECT_EQ(doc.items[1].sections[0].kind, "body");
  // "Ad." with its abbreviation's full stop (a harbour's board).
  const auto dotted = testing::segment_text(
      "Referat fra bestyrelsesmøde\n\nAd. 1. Godkendelse af dagsorden\nReferat:\nGodkendt.\n\n"
      "Ad. 2. Havnefoged\nReferat:\nAnsat.\n");
  ASSERT_EQ(dotted.items.size(), 2u);
  EXPECT_EQ(dotted.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(dotted.items[1].title, "Havnefoged");
  EXPECT_EQ(dotted.items[1].decision, "Ansat.");
}

// eDoc's row of facts with its status cell last: as a text browser lays it
// out, and as a table row (pandoc's empty head row over it is no text).
TEST(SegmenterBody, AStatusCellAfterTheNumbersClosesTheItem) {
  for (const char* row : {"   Sag nr.: 24/3390 Dok. nr.: 24/3390-5 Lukket punkt",
                          "|    |    |    |    |    |\n|---|---|---|---|---|\n| Sag nr.: | "
                          "24/3390 | Dok. nr.: | 24/3390-5 | Lukket punkt |"}) {
    const auto doc = testing::segment_text(
        std::string("Referat - Teknisk Udvalg\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\n"
                    "Godkendt.\n\n2. Erstatningssag\n\n") +
        row + "\n\nSagsbeskrivelse\n\nSkadelidte kræver 310.000 kr.\n\nBeslutning\n\nGodkendt.\n");
    ASSERT_EQ(doc.items.size(), 2u) << row;
    EXPECT_TRUE(doc.items[1].closed) << row;
    EXPECT_EQ(doc.items[1].case_numbers, (std::vector<std::string>{"24/3390"})) << row;
    EXPECT_EQ(doc.items[1].document_numbers, (std::vector<std::string>{"24/3390-5"})) << row;
    EXPECT_EQ(doc.items[1].sections.front().kind, "case") << row;
  }
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// A web page's footer after the minutes (saved, or dumped by a text
// browser) is no text of the last item; lynx's numbered links are page links.
TEST(SegmenterBody, APagesFooterEndsTheLastItem) {
  const auto doc = testing::segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\n   Godkendt.\n   [15]Til toppen\n\n"
      "2. Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n\nSidst opdateret: 13. februar "
      "2024\n\nHorsens Kommune · Rådhustorvet 4 · 8700 Horsens · Tlf. 76 29 29 29\n\nReferences\n\n"
      "   1. file:///cookiepolitik\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");  // without the dump's indent
  EXPECT_EQ(doc.items[1].decision, "Taget til efterretning.");
  for (const char* footer : {"Fandt du det, du søgte?", "References", "Var siden nyttig?"})
    EXPECT_TRUE(is_page_footer_line(footer)) << footer;
  for (const char* text : {"Sidst opdateret af forvaltningen", "Kommunen har 40 ansatte.",
                           "senest opdateret 1. marts 2023, hvor",
                           "Horsens Kommune, Rådhustorvet 4, 8700 Horsens, Tlf. 76 29 29 29"})
    EXPECT_FALSE(is_page_footer_line(text)) << text;
  // A line of the last item's text that reads like a footer's, with the
  // decision under it, cuts nothing off (review).
  const auto inside = testing::segment_text(
      "Referat\n\n1. Affaldsplan\n\nSagsfremstilling\n\nPlanen blev\n\nSidst opdateret: 1. "
      "marts 2023\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(inside.items.size(), 1u);
  EXPECT_EQ(inside.items[0].decision, "Godkendt.");
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// "Direktionen indstiller," opens the recommendation under a summary
// (Region Midtjylland); under "Indstilling" it is that section's text.
TEST(SegmenterBody, ARecommendationsSentenceWithItsComma) {
  const auto doc = testing::segment_text(
      "Referat\n\n1. Rønland\n\nResume\n\nMiljøstyrelsen traf afgørelse.\n\nDirektionen "
      "indstiller,\n\nat regionen genoptager søgsmålet.\n\nBeslutning\n\nGodkendt.\n\n2. "
      "Trafik\n\nIndstilling\n\nDirektionen indstiller,\n\nat orienteringen tages til "
      "efterretning.\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  std::vector<std::string> first, second;
  for (const auto& s : doc.items[0].sections) first.push_back(s.kind);
  for (const auto& s : doc.items[1].sections) second.push_back(s.kind);
  EXPECT_EQ(first, (std::vector<std::string>{"summary", "recommendation", "decision"}));
  EXPECT_EQ(second, (std::vector<std::string>{"recommendation", "decision"}));
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// Copenhagen serves each item as a page, the meeting's end noted right
// under its title: the item's text follows, not the end of the minutes.
TEST(SegmenterBody, TheMeetingsEndRightUnderTheLastTitleEndsNothing) {
  const auto doc = testing::segment_text(
      "2. Godkendelse af dagsordnen\n\nMødet sluttede kl.21.33\n\nFraværende med afbud:\nMaria "
      "Bagger Grell\n\nBeslutning\n\nDagsorden blev godkendt som udsendt.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].decision, "Dagsorden blev godkendt som udsendt.");
  EXPECT_EQ(doc.items[0].absent, (std::vector<std::string>{"Maria Bagger Grell"}));
  // Under the item's text it ends the item, as ever.
  const auto ended = testing::segment_text(
      "1. Eventuelt\n\nBeslutning\n\nIntet.\n\nMødet sluttede kl. 21.33\n\nAnne Holm\nBo Lund\n");
  ASSERT_EQ(ended.items.size(), 1u);
  EXPECT_EQ(ended.items[0].decision, "Intet.");
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// A small body's page (a waterworks): each item's outcome after its
// title's colon; the minute-taker's signature under the last item.
TEST(SegmenterBody, AnOutcomeAfterTheTitlesColonAndTheMinuteTakersSignature) {
  const auto doc = testing::segment_text(
      "Referat af bestyrelsesmøde den 22. november 2018\n\n1.Godkendelse af dagsorden: "
      "Godkendt\n\n2. Regnskab: godkendt.\n\n3. Lokalplan 12: Boliger ved åen\n\n"
      "4. Driftsrapport: Intet\n\nReferent Poul Erik Sandholt\n\nDel på Facebook\n");
  ASSERT_EQ(doc.items.size(), 4u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(doc.items[0].decision, "Godkendt");
  ASSERT_EQ(doc.items[0].sections.size(), 1u);
  const section& s = doc.items[0].sections[0];
  EXPECT_EQ(doc.text.substr(s.start, s.end - s.start), "Godkendt");
  EXPECT_EQ(doc.items[1].title, "Regnskab");
  EXPECT_EQ(doc.items[1].decision, "godkendt.");
  // A title's second half is no outcome.
  EXPECT_EQ(doc.items[2].title, "Lokalplan 12: Boliger ved åen");
  EXPECT_EQ(doc.items[2].decision, "");
  EXPECT_EQ(doc.items[3].title, "Driftsrapport");
  EXPECT_EQ(doc.items[3].decision, "Intet");
  EXPECT_EQ(doc.items[3].sections.size(), 1u);
  // Going on after an outcome's word only with a comma or "med", "uden",
  // "idet", "som": else a title's second half.
  EXPECT_NE(outcome_after_colon("Budget: Godkendt med bemærkninger"), std::string_view::npos);
  EXPECT_NE(outcome_after_colon("Budget: Godkendt, idet X"), std::string_view::npos);
  EXPECT_EQ(outcome_after_colon("Lokalplan 12: Godkendt ændring af byggefelter"),
            std::string_view::npos);
  EXPECT_EQ(outcome_after_colon("Helhedsplan: Tiltrådt af Landsbyggefonden"),
            std::string_view::npos);
  EXPECT_EQ(outcome_after_colon("Status: Ingen ventelister"), std::string_view::npos);
  EXPECT_TRUE(is_minute_taker_line("Referent: Bente"));
  EXPECT_TRUE(is_minute_taker_line("Pbv. Bente Thomsen"));
  EXPECT_FALSE(is_minute_taker_line("Referenten udsendes til alle medlemmer."));
  EXPECT_FALSE(is_minute_taker_line("Referent: Bente – Fremover vil referent altid være den"));
}

// A waterworks' page writes each item's text on its title's line: with
// most items so, the text after ": ", "? " or ". " and a capital is each
// item's decision; a title's colon alone (one item so) stays the title.
TEST(SegmenterBody, ItemsWhoseTextStandsOnTheTitlesLine) {
  const auto doc = testing::segment_text(
      "Referat af bestyrelsesmøde den 22. november 2018\n\n1.Godkendelse af dagsorden: "
      "Godkendt\n\n2. Meddelelser fra formanden: De digitale registreringer forventes klar 1. "
      "december.\n\n3. Hvem skal levere vandet? Vi må afvente og se hvad Meløse gør.\n\n4. "
      "Orientering om FVH møde den 26. september 2018. PS orienterede om mødet i foreningen.\n\n"
      "5. Næste møde torsdag den 21. februar 2019 kl. 19.00 hos PS\n");
  ASSERT_EQ(doc.items.size(), 5u);
  EXPECT_EQ(doc.items[1].title, "Meddelelser fra formanden");
  EXPECT_EQ(doc.items[1].decision, "De digitale registreringer forventes klar 1. december.");
  const section& s = doc.items[1].sections.at(0);
  EXPECT_EQ(doc.text.substr(s.start, s.end - s.start), doc.items[1].decision);
  EXPECT_EQ(doc.items[2].title, "Hvem skal levere vandet?");
  EXPECT_EQ(doc.items[3].title, "Orientering om FVH møde den 26. september 2018");
  EXPECT_EQ(doc.items[4].title, "Næste møde torsdag den 21. februar 2019 kl. 19.00 hos PS");
  // In minutes whose items have their text below, a title's colon stays.
  const auto usual = testing::segment_text(
      "Referat\n\n1. Lokalplan 12: Boliger ved åen og nye veje i området\n\nSagsnr.: 24/1\n\n2. "
      "Budget\n\nBeslutning\n\nGodkendt.\n\n3. Eventuelt\n\nBeslutning\n\nIntet.\n");
  ASSERT_EQ(usual.items.size(), 3u);
  EXPECT_EQ(usual.items[0].title, "Lokalplan 12: Boliger ved åen og nye veje i området");
  EXPECT_EQ(text_after_title("Budget 2024. Første behandling"), std::string_view::npos);
  EXPECT_EQ(text_after_title("Renovering af Skt. Jørgens Skole og Skt. Nikolaj Kirke"),
            std::string_view::npos);
  // An agenda's titles with a colon hold no sentences: no text is split off.
  const auto agenda = testing::segment_text(
      "Teknik- og Miljøudvalget\n\n1. Lokalplan nr. 45: Boligområde ved Skovvej i Nordby\n\n"
      "Sagsnr.: 24/1\n\n2. Kommuneplantillæg nr. 12: Nyt erhvervsområde ved motorvejen\n\n"
      "Sagsnr.: 24/2\n\n3. Orientering: Status på byggeriet af den nye skole\n\nSagsnr.: 24/3\n\n"
      "4. Eventuelt\n\nSagsnr.: 24/4\n");
  ASSERT_EQ(agenda.items.size(), 4u);
  EXPECT_EQ(agenda.items[0].title, "Lokalplan nr. 45: Boligområde ved Skovvej i Nordby");
  EXPECT_EQ(agenda.items[0].decision, "");
  // A closed marker before the text closes the item: its text is withheld.
  const auto closed = testing::segment_text(
      "Referat af bestyrelsesmøde\n\n1. Meddelelser: Registreringerne er klar i december.\n\n"
      "2. Vandet: Vi må afvente og se hvad Meløse gør.\n\n3. Personalesag (Lukket): "
      "Vandværkspasser Søren Kjær er opsagt pr. 1. januar.\n");
  ASSERT_EQ(closed.items.size(), 3u);
  EXPECT_EQ(closed.items[2].title, "Personalesag");
  EXPECT_TRUE(closed.items[2].closed);
}

// The minute-taker's line is the item's own text right under its title, or
// with more than a few lines, or a section, after it: a closed last item
// keeps its text (it had belonged to no item, and been public).
TEST(SegmenterBody, AMinuteTakersLineWithTextAfterItEndsNothing) {
  const std::string head =
      "Referat af mødet den 12. marts 2024\n\n1. Budget\n\nBeslutning\nGodkendt.\n\n";
  const auto closed = testing::segment_text(
      head +
      "2. Personalesag (Lukket)\n\nReferent: Anne Hansen\n\nSagsfremstilling\nPeter "
      "Jensen søger orlov.\n\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(closed.items.size(), 2u);
  EXPECT_TRUE(closed.items[1].closed);
  EXPECT_EQ(closed.items[1].decision, "Godkendt.");
  EXPECT_EQ(closed.items[1].end, closed.text.size());
  const auto other = testing::segment_text(
      head +
      "2. Eventuelt\n\nEn borger spurgte til vejen.\n\nRef. Lokalplanudvalget\n\nSagen "
      "om lokalplan 45 drøftes videre på næste møde, når forvaltningen har svaret.\n");
  ASSERT_EQ(other.items.size(), 2u);
  EXPECT_EQ(other.items[1].end, other.text.size());
  const auto sentence = testing::segment_text(
      head + "2. Eventuelt\n\nRef. Lokalplanudvalget\n\nSagen drøftes på næste møde.\n");
  EXPECT_EQ(sentence.items[1].end, sentence.text.size());
  // An item about the minute-taker holds the line as its text.
  const auto referent =
      testing::segment_text(head + "2. Valg af referent\n\nReferent: Anne Hansen\n");
  EXPECT_EQ(referent.items[1].end, referent.text.size());
}

// "Følgende udeblev uden afbud: X, Y og Z." (Copenhagen's local committees):
// a lead word and a clause saying who stayed away, then the list.
TEST(SegmenterBody, WhoFollowingStayedAway) {
  const auto doc = testing::segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nDagsordenen blev godkendt.\n\n"
      "Følgende udeblev uden afbud: Cecilie Ryhl Olsson, Julie Svensson Knudsen og Ole "
      "Vilstrup.\n\n2. Eventuelt\n\nBeslutning\n\nFølgende havde meldt afbud:\n\nBadar Shah og "
      "Mara Frej.\n\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(
      doc.items[0].absent,
      (std::vector<std::string>{"Cecilie Ryhl Olsson", "Julie Svensson Knudsen", "Ole Vilstrup"}));
  EXPECT_EQ(doc.items[1].absent, (std::vector<std::string>{"Badar Shah", "Mara Frej"}));
  std::string_view label, names;
  EXPECT_FALSE(split_attendance_line("Følgende punkter blev behandlet: 1, 2 og 3", label, names));
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// "Fortroligt" over "sagsnummer 7/123." is a sentence wrapped in a PDF's
// column, no number line: a closed item keeps its case numbers in a public
// run, so its body's sentences must not give any.
TEST(SegmenterBody, ASentencesWrappedTailGivesNoCaseNumber) {
  const auto doc = testing::segment_text(
      "Referat\n\n1. Personalesag\n\nSagsnr.: 24-003614\n\nLukket\n\nSagsfremstilling\n\n"
      "Sagen vedrører en konkret personalesag. Fortroligt\nsagsnummer 23/4567.\n\n"
      "Beslutning\n\nGodkendt.\n\nSagsnr. 24/9911\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_TRUE(doc.items[0].closed);
  EXPECT_EQ(doc.items[0].case_numbers, (std::vector<std::string>{"24-003614", "24/9911"}));
  // "j.nr." is how many write it: under a heading or after a sentence's end
  // it is a number line (review 27).
  const auto lower = testing::segment_text(
      "Referat\n\n1. Tilsyn\n\nSagsfremstilling\n\nMiljøstyrelsen har ført tilsyn.\n"
      "j.nr. 01.02.03-P20-1-24\n\nSagsnumre\njnr. 24/1234\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(lower.items.size(), 1u);
  EXPECT_EQ(lower.items[0].case_numbers,
            (std::vector<std::string>{"01.02.03-P20-1-24", "24/1234"}));
}

// Randers's NemAgenda pages: the attachments table's column heads "Bilag
// Funktioner" over "Ingen bilag" under every decision.
TEST(SegmenterBody, NemAgendasAttachmentsTableEndsTheDecision) {
  const auto doc = testing::segment_text(
      "Byrådet\n\nPunkt Titel\n88 Indkaldelse af stedfortræder\nResume\n\nBo Holm (A) er "
      "forhindret.\n\nBeslutning\n\nTiltrådt.\n\nBilag Funktioner\nIngen bilag\n\n\nPunkt "
      "Titel\n89 Klage over afgørelse\nResume\n\nKlagen skal behandles.\n\nBeslutning\n\n"
      "Klagen afvist.\n\nBilag Funktioner\nKlagen.pdf\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].decision, "Tiltrådt.");
  EXPECT_TRUE(doc.items[0].attachments.empty());
  EXPECT_EQ(doc.items[1].decision, "Klagen afvist.");
  EXPECT_EQ(doc.items[1].attachments, std::vector<std::string>{"Klagen.pdf"});
}

// PolWeb's item pages (Odsherred's integration council): no header, the
// meeting's date and place under each decision's heading.
TEST(SegmenterBody, TheMeetingsDateAndPlaceUnderTheDecisionsHeading) {
  const auto doc = testing::segment_text(
      "66.    Temadag for Integrationsrådet\n\nSag 306-2014-5450\n\nÅbent\n\nSagsfremstilling\n\n"
      "Der skal fastlægges en ny dato.\n\nBeslutning fra Integrationsrådet\n\nDato: 10. december "
      "2015\n\nSted: Café Lulu, Algade 25, 4500 Nykøbing Sj.\n\nFraværende: Burkhard Sievers, "
      "Jette Isling\n\nDatoen blev fastlagt.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].decision, "Datoen blev fastlagt.");
  EXPECT_EQ(doc.meeting.date, "2015-12-10");
  EXPECT_EQ(doc.meeting.location, "Café Lulu, Algade 25, 4500 Nykøbing Sj.");
  EXPECT_EQ(doc.meeting.committee, "Integrationsrådet");
  // Under a decision's text the lines are its own.
  const auto later = testing::segment_text(
      "Referat\n\nMødedato: 4. marts 2019\n\n1. Temadag\n\nBeslutning\n\nTemadagen holdes her:\n"
      "Dato: 9. april 2019\nSted: Café Lulu\n");
  ASSERT_EQ(later.items.size(), 1u);
  EXPECT_EQ(later.meeting.date, "2019-03-04");
  EXPECT_EQ(later.items[0].decision, "Temadagen holdes her:\nDato: 9. april 2019\nSted: Café Lulu");
  // The case's history first, this meeting's block last; a block of another
  // day is another meeting's; a sentence is no fact (review 28).
  const auto history = testing::segment_text(
      "Referat\nByrådet\nMødedato: 3. december 2024\n\n1. Salg af grund\n\nBeslutning fra "
      "Økonomiudvalget\nDato: 20. november 2024\nSted: Mødelokale 1, Rådhuset\nAnbefales.\n\n"
      "Beslutning fra Byrådet\nDato: 3. december 2024\nSted: Byrådssalen, Rådhuset\nGodkendt.\n");
  EXPECT_EQ(history.meeting.location, "Byrådssalen, Rådhuset");
  // A time after the date, after a comma or a dash (review 29).
  const auto timed = testing::segment_text(
      "66. Temadag\n\nBeslutning fra Integrationsrådet\nDato: 10. december 2015, kl. 17.00\n"
      "Sted: Café Lulu\n\nDatoen blev fastlagt.\n");
  EXPECT_EQ(timed.meeting.date, "2015-12-10");
  EXPECT_EQ(timed.meeting.location, "Café Lulu");
  const auto sentence = testing::segment_text(
      "Referat\nMødedato: 3. december 2024\n\n1. Frister\n\nBeslutning\nDato: 15. januar 2025 "
      "blev fastsat som frist.\nSted: Rådhuset, hvor materialet ligger.\n");
  ASSERT_EQ(sentence.items.size(), 1u);
  EXPECT_EQ(sentence.meeting.location, "");
  EXPECT_EQ(
      sentence.items[0].decision,
      "Dato: 15. januar 2025 blev fastsat som frist.\nSted: Rådhuset, hvor materialet ligger.");
}

// Sbsys's public copy of a supplementary agenda (trial AK): the closed part's
// divider after the last open item, no item under it.
// "Åbent møde kl. 16.00" over "Lukket møde kl. 17.30" ending the header:
// the meeting's parts scheduled, no divider over item 1 (trial BD). Without
// both times the closed part's divider closes every item below it, as a
// closed item published is the harm to avoid (review 36).
TEST(SegmenterBody, TheMeetingsPartsScheduledInTheHeaderCloseNoItem) {
  const auto items = [](const std::string& header) {
    const auto doc = testing::segment_text(
        header +
        "\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n2. Køb af "
        "ejendom\nLukket punkt\n\nBeslutning\n\nGodkendt.\n");
    std::string out;
    for (const auto& it : doc.items) out += it.closed ? "closed " : "open ";
    return out;
  };
  EXPECT_EQ(items("Referat\n\nØkonomiudvalget\nÅbent møde kl. 16.00\nLukket møde kl. 17.30"),
            "open closed ");
  // A closed part's schedule line before the open meeting's (review 38).
  EXPECT_EQ(items("Referat\n\nByrådet\nLukket møde kl. 16.00\nByrådsmøde kl. 17.00\nSted: "
                  "Byrådssalen"),
            "open closed ");
  for (const std::string header :
       {"Referat\n\nØkonomiudvalget\nÅbne punkter\nLukkede punkter",
        "Referat\n\nØkonomiudvalget\nTillægsdagsorden\nLukket møde",
        "Referat\n\nØkonomiudvalget\nSAGER TIL BESLUTNING\nLUKKET MØDE",
        "Referat\n\nØkonomiudvalget\nDagsorden - åbent møde\nLukket møde",
        "Dagsorden - lukket møde\nBeskæftigelsesudvalget",
        "Referat\nDagsorden - lukket møde\nBeskæftigelsesudvalget",
        "Dagsorden - lukkede punkter\nBeskæftigelsesudvalget",
        // The header's only part line, naming the meeting, further down (review 37).
        "Referat\nØkonomiudvalget\nMødedato: 13. marts 2024\nDagsorden - lukket møde\nSted: "
        "Udvalgsværelse 1\nDeltagere: Anne Holm",
        // Its time on the line, no other meeting's beside it (review 39).
        "Referat\nØkonomiudvalget\nDato: 13. marts 2024\nLukket møde kl. 15.00\nSted: "
        "Udvalgsværelse 1",
        "Referat\nØkonomiudvalget\nLukket møde torsdag den 14. marts 2024 kl. 16.30",
        "Referat\nØkonomiudvalget - lukket møde den 13. marts 2024 kl. 15.00",
        // A field or a sentence with a time is no other meeting's line (review 40).
        "Referat\nØkonomiudvalget\nLukket møde torsdag den 14. marts 2024 kl. 15.00\n"
        "Mødetidspunkt: kl. 15.00",
        "Referat\nØkonomiudvalget\nLukket møde kl. 15.00\nMødelokale 3, Rådhuset, Klostergade 12"})
    EXPECT_EQ(items(header), "closed closed ") << header;
}

// Review 40: a closed part the header schedules but no divider of the body
// shows is withheld whole; the items above the body's open divider, under a
// header naming the closed part first, are closed; an item another item's
// decision says is closed is closed.
TEST(SegmenterBody, ClosedPartsTheBodyDoesNotMark) {
  const auto closed = [](const std::string& text) {
    std::string out;
    for (const auto& it : testing::segment_text(text).items) out += it.closed ? "1" : "0";
    return out;
  };
  EXPECT_EQ(closed("Referat\n\nØkonomiudvalget\nÅbent møde kl. 16.00\nLukket møde kl. 17.30\n\n"
                   "1. Dagsorden\nBeslutning\nGodkendt.\n\nSager behandlet bag lukkede "
                   "døre i salen\n\n2. Køb af ejendom\nBeslutning\nGodkendt.\n"),
            "11");
  EXPECT_EQ(closed("Referat\n\nByrådet\nLukket møde kl. 16.00\nByrådsmøde kl. 17.00\n\n1. "
                   "Personalesag\nBeslutning\nGodkendt.\n\nÅBENT MØDE\n\n2. Dagsorden\n"
                   "Beslutning\nGodkendt.\n"),
            "10");
  EXPECT_EQ(closed("Referat\n\n1. Dagsorden\nBeslutning\nDagsordenen blev godkendt. Punkt 3 "
                   "behandles for lukkede døre.\n\n2. Plan\nBeslutning\nGodkendt.\n\n3. Køb af "
                   "ejendom\nBeslutning\nGodkendt.\n"),
            "001");
  for (const std::string sentence :
       {"Punktet behandles i lukket møde.", "Behandles på lukket møde", "Dette er et lukket punkt.",
        "Sagen er lukket for offentligheden."})
    EXPECT_EQ(closed("Referat\n\n1. Dagsorden\nBeslutning\nGodkendt.\n\n2. Køb af ejendom\n" +
                     sentence + "\nBeslutning\nGodkendt.\n"),
              "01")
        << sentence;
}

TEST(SegmenterBody, AnEmptyClosedPartAfterTheLastItemIsNoText) {
  const auto doc = testing::segment_text(
      "Referat\n\n171. Indkaldelse af stedfortræder\n\nBeslutning\n\nGodkendt.\n\n"
      "Lukkede dagsordenspunkter\nTillægsdagsorden til mødet i Byrådet\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  // With items under it the divider starts the closed part as before.
  const auto closed = testing::segment_text(
      "Referat\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n\nLukkede dagsordenspunkter\n\n"
      "2. Køb af ejendom\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(closed.items.size(), 2u);
  EXPECT_TRUE(closed.items[1].closed);
}

// Næstved's flippingbook pages (trial AK): the decision's record opening a
// line, its text run in after the date.
TEST(SegmenterBody, ARecordOpeningALineWithItsTextRunIn) {
  const auto doc = testing::segment_text(
      "Byrådets møde 2012\n\n112. Indkaldelse af stedfortræder\n\nSagsnr.: 2012-20431\n\n"
      "Beslutning Byrådet, 24.04.2012 Torben Kjærgaard var fraværende. Godkendt.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].decision, "Torben Kjærgaard var fraværende. Godkendt.");
  EXPECT_EQ(doc.items[0].absent, std::vector<std::string>{"Torben Kjærgaard"});
}

// Copenhagen's pages keep the meeting's attendance notes in item 1's
// decision: a note naming other items is theirs, not item 1's (trial BA).
TEST(SegmenterBody, ANoteNamingAnotherItemIsThatItems) {
  const auto doc = testing::segment_text(
      "Referat\n\nDeltagere:\nSøren Nielsen (C)\nAnna Berg (Ø)\n\n1. Godkendelse af dagsorden\n"
      "Beslutning\nGodkendt.\nSøren Nielsen (C) deltog ikke under punkt 3.\n\n2. Plan\nBeslutning\n"
      "Godkendt.\n\n3. Vejbelysning\nBeslutning\nGodkendt.\nAnna Berg (Ø) deltog ikke i "
      "behandlingen af dette punkt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_TRUE(doc.items[0].absent.empty());
  EXPECT_TRUE(doc.items[1].absent.empty());
  EXPECT_EQ(doc.items[2].absent, (std::vector<std::string>{"Anna Berg", "Søren Nielsen"}));
}

// The note wrapped before its item's number, "Pkt." in capitals (review 38).
TEST(SegmenterBody, ANoteNamingAnotherItemWrappedOverTwoLines) {
  for (const std::string note : {"Sofie Kjær (F) deltog ikke i behandlingen af\npunkt 3.",
                                 "Sofie Kjær (F) deltog ikke under Pkt. 3."}) {
    const auto doc = testing::segment_text(
        "Referat\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n" + note +
        "\n\n2. Plan\nBeslutning\nGodkendt.\n\n3. Vej\nBeslutning\nGodkendt.\n");
    ASSERT_EQ(doc.items.size(), 3u) << note;
    EXPECT_EQ(doc.items[2].absent, std::vector<std::string>{"Sofie Kjær"}) << note;
  }
}

}  // namespace protokol::segmenter
