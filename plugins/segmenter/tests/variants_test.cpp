// Layouts of agenda systems not in the corpus (tests/fixtures/segmenter/),
// written after the descriptions in the corpus README. Exact values.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace protokol::segmenter {
namespace {

using testing::segment_fixture;
using strings = std::vector<std::string>;

strings titles(const document& doc) {
  strings out;
  for (const auto& it : doc.items) out.push_back(it.number + " " + it.title);
  return out;
}

strings kinds(const item& it) {
  strings out;
  for (const auto& s : it.sections) out.push_back(s.kind);
  return out;
}

TEST(SegmenterVariants, TitlesWrappedOverTwoAndThreeLines) {
  const auto doc = segment_fixture("segmenter/wrapped_titles.txt");
  EXPECT_EQ(titles(doc),
            (strings{"1 Godkendelse af lokalplan nr. 412 for et nyt boligområde ved Skovvej samt "
                     "tilhørende tillæg nr. 7 til Kommuneplan 2021-2033 og miljøvurdering",
                     "2 Orientering om vintertjenesten",
                     "3 Budgetopfølgning pr. 31. maj 2024 for Teknik- og Miljøudvalgets område"}));
  EXPECT_EQ(doc.items[0].case_numbers, (strings{"24/10233"}));
  EXPECT_EQ(kinds(doc.items[0]), (strings{"summary", "recommendation", "decision"}));
  EXPECT_TRUE(doc.warnings.empty());
}

TEST(SegmenterVariants, ItemWithoutCaseNumber) {
  const auto doc = segment_fixture("segmenter/wrapped_titles.txt");
  EXPECT_TRUE(doc.items[1].case_numbers.empty());
  EXPECT_TRUE(doc.items[1].document_numbers.empty());
  EXPECT_EQ(doc.items[2].case_numbers, (strings{"24/9812"}));
}

TEST(SegmenterVariants, HeaderWithLabelsOnSeparateLines) {
  const auto doc = segment_fixture("segmenter/wrapped_titles.txt");
  EXPECT_EQ(doc.meeting.title, "Referat");
  EXPECT_EQ(doc.meeting.committee, "Teknik- og Miljøudvalget");
  EXPECT_EQ(doc.meeting.date, "2024-06-12");
  EXPECT_EQ(doc.meeting.start_time, "17:00");
  EXPECT_EQ(doc.meeting.location, "Byrådssalen, Viborg Rådhus");
  EXPECT_EQ(doc.meeting.municipality, "Viborg");
  const auto& p = doc.meeting.participants;
  ASSERT_EQ(p.size(), 5u);
  EXPECT_EQ(p[0].name, "Anne Holm");
  EXPECT_EQ(p[0].role, "formand");
  EXPECT_EQ(p[2].party, "F");
  EXPECT_EQ(p[3].party, "Ø");
  EXPECT_EQ(p[4].name, "Erik Bach");
  EXPECT_EQ(p[4].party, "C");
  EXPECT_EQ(p[4].status, "absent");
}

void expect_page_break_title(const document& doc) {
  EXPECT_EQ(titles(doc),
            (strings{"1 Godkendelse af dagsorden",
                     "2 Forslag til ændring af takster for hjemmepleje og madservice 2025",
                     "3 Eventuelt"}));
  EXPECT_EQ(doc.items[1].case_numbers, (strings{"25/4711"}));
  EXPECT_EQ(kinds(doc.items[1]), (strings{"case", "decision"}));
  EXPECT_EQ(doc.items[1].decision, "Anbefales.");
  EXPECT_EQ(doc.items[2].decision, "Intet.");
  EXPECT_EQ(doc.meeting.committee, "Økonomiudvalget");
  EXPECT_EQ(doc.meeting.date, "2025-03-04");
  EXPECT_EQ(doc.meeting.start_time, "15:00");
  EXPECT_TRUE(doc.warnings.empty());
}

TEST(SegmenterVariants, FormFeedInsideATitle) {
  expect_page_break_title(segment_fixture("segmenter/formfeed_title.txt"));
}

TEST(SegmenterVariants, FormFeedTurnedNewlineInsideATitle) {
  expect_page_break_title(segment_fixture("segmenter/formfeed_as_newline.txt"));
}

TEST(SegmenterVariants, TableOfContentsCutShortAndDisagreeing) {
  const auto doc = segment_fixture("segmenter/toc_cut.txt");
  EXPECT_EQ(
      titles(doc),
      (strings{"1 Godkendelse af dagsorden",
               "2 Skolernes kvalitetsrapport 2023/24 med fokus på elevernes trivsel og faglige "
               "resultater i indskolingen",
               "3 Personalesag", "4 Orientering fra forvaltningen", "5 Eventuelt"}));
  EXPECT_TRUE(doc.items[2].closed);
  EXPECT_EQ(doc.items[2].case_numbers, (strings{"24/19001"}));
  EXPECT_EQ(doc.warnings,
            (strings{"segment: item 5 \"Eventuelt\" is not in the table of contents",
                     "segment: table of contents entry \"Temadrøftelse om fremtidens dagtilbud\" "
                     "has no item"}));
}

TEST(SegmenterVariants, TocCheckCanBeSwitchedOff) {
  segment_options options;
  options.toc_check = false;
  EXPECT_TRUE(segment_fixture("segmenter/toc_cut.txt", options).warnings.empty());
}

TEST(SegmenterVariants, ZeroItemsIsAWarningNotAnError) {
  const auto doc = segment_fixture("segmenter/no_items.txt");
  EXPECT_TRUE(doc.items.empty());
  EXPECT_EQ(doc.warnings, (strings{"segment: no agenda items found"}));
  EXPECT_EQ(doc.meeting.title, "Referat");
  EXPECT_EQ(doc.meeting.front_matter,
            "Mødet blev aflyst på grund af manglende beslutningsdygtighed.");
}

TEST(SegmenterVariants, EmptyTextIsAWarningNotAnError) {
  const auto doc = testing::segment_text("");
  EXPECT_TRUE(doc.items.empty());
  EXPECT_EQ(doc.warnings, (strings{"segment: no agenda items found"}));
}

TEST(SegmenterVariants, NumberedLayoutWithPageHeadersAndFooters) {
  const auto doc = segment_fixture("segmenter/numbered_pdftotext.txt");
  EXPECT_EQ(titles(doc),
            (strings{"1 Godkendelse af dagsorden", "2 Tilskud til foreningernes sommeraktiviteter",
                     "3 Orientering om udlånsstatistik 2024", "4 Eventuelt"}));
  EXPECT_EQ(doc.items[1].case_numbers, (strings{"25-000431"}));
  EXPECT_EQ(kinds(doc.items[1]), (strings{"case", "recommendation", "decision"}));
  EXPECT_EQ(
      doc.items[1].sections[1].text,
      "Forvaltningen indstiller,\n1. at puljen fordeles som foreslået, og\n2. at ansøgningsfristen "
      "fastsættes til 1. april 2025.");
  EXPECT_EQ(doc.items[1].decision, "Godkendt.");
  EXPECT_EQ(doc.items[2].decision, "Taget til efterretning.");
  EXPECT_EQ(doc.meeting.committee, "Kultur- og Fritidsudvalget");
  EXPECT_EQ(doc.meeting.location, "Kulturhuset, lokale 3");
  EXPECT_EQ(doc.meeting.start_time, "16:00");
  const auto& p = doc.meeting.participants;
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[0].role, "formand");
  EXPECT_EQ(p[2].party, "O");
  EXPECT_EQ(p[3].name, "Ole Rask");
  EXPECT_EQ(p[3].party, "I");
  EXPECT_EQ(p[3].status, "absent");
  EXPECT_TRUE(doc.warnings.empty());
}

TEST(SegmenterVariants, NumberAloneOnALine) {
  const auto doc = segment_fixture("segmenter/lone_number.txt");
  EXPECT_EQ(titles(doc), (strings{"1 Godkendelse af dagsorden",
                                  "2 Ansøgning om tilskud til frivilligt socialt arbejde 2025",
                                  "3 Orientering"}));
  EXPECT_EQ(doc.items[1].case_numbers, (strings{"2025-00417"}));
  EXPECT_EQ(doc.items[1].decision, "Bevilget som indstillet.");
  EXPECT_EQ(doc.meeting.committee, "Social- og Sundhedsudvalget");
  EXPECT_EQ(doc.meeting.date, "2025-01-14");
  EXPECT_EQ(doc.meeting.start_time, "15:00");
}

TEST(SegmenterVariants, PktItemsWithAClosedItem) {
  const auto doc = segment_fixture("segmenter/pkt_items.txt");
  EXPECT_EQ(titles(doc), (strings{"1 Godkendelse af dagsorden", "2 Erstatningssag",
                                  "3 Spildevandsplan 2025-2030"}));
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_EQ(doc.items[1].case_numbers, (strings{"2012-28504"}));
  EXPECT_EQ(doc.items[2].case_numbers, (strings{"306-2009-600"}));
  EXPECT_EQ(kinds(doc.items[2]), (strings{"case", "decision"}));
  EXPECT_EQ(doc.meeting.committee, "Miljøudvalget");
  EXPECT_EQ(doc.meeting.date, "2025-04-09");
  EXPECT_EQ(doc.meeting.start_time, "08:30");
}

TEST(SegmenterVariants, SagItems) {
  const auto doc = segment_fixture("segmenter/sag_items.txt");
  EXPECT_EQ(titles(doc),
            (strings{"1 Godkendelse af referat", "2 Høring om kvalitetsstandarder for hjemmehjælp",
                     "3 Eventuelt"}));
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  EXPECT_EQ(doc.items[1].case_numbers, (strings{"EMN-2025-010561"}));
  EXPECT_EQ(doc.items[1].decision, "Ældrerådet afgiver høringssvar som drøftet.");
  EXPECT_EQ(kinds(doc.items[2]), (strings{"body"}));
  EXPECT_EQ(doc.meeting.committee, "Ældrerådet");
}

TEST(SegmenterVariants, CouncilProposalsAndPerItemAbsence) {
  const auto doc = segment_fixture("segmenter/council_proposals.txt");
  EXPECT_EQ(titles(doc),
            (strings{"1 Forslag fra DD og LA om lavere dækningsafgift",
                     "2 Forslag fra EL og Tove Bak, UFP om gratis skolemad", "3 Meddelelser"}));
  EXPECT_EQ(doc.items[0].absent, (strings{"Ulla Smed"}));
  EXPECT_EQ(doc.items[1].absent, (strings{"Niels Thomsen"}));
  EXPECT_EQ(kinds(doc.items[1]), (strings{"case", "decision", "attendance"}));
  EXPECT_TRUE(doc.items[2].absent.empty());
  EXPECT_EQ(doc.meeting.committee, "Byrådet");
  EXPECT_EQ(doc.meeting.municipality, "Favrskov");
  EXPECT_EQ(doc.meeting.start_time, "19:00");
  const auto& p = doc.meeting.participants;
  ASSERT_EQ(p.size(), 7u);
  EXPECT_EQ(p[0].role, "borgmester");
  EXPECT_EQ(p[2].party, "Æ");
  EXPECT_EQ(p[3].party, "I");
  EXPECT_EQ(p[4].party, "Ø");
  EXPECT_EQ(p[5].party, "Løsgænger");
  EXPECT_EQ(p[6].name, "Vibeke Holst");
  EXPECT_EQ(p[6].role, "centerchef");
  for (const auto& person : p) EXPECT_EQ(person.status, "present") << person.name;
}

TEST(SegmenterVariants, CaseNumberStylesOfOtherMunicipalities) {
  const auto doc = segment_fixture("segmenter/case_number_styles.txt");
  ASSERT_EQ(doc.items.size(), 4u);
  EXPECT_EQ(doc.items[0].case_numbers, (strings{"12/27845"}));
  EXPECT_EQ(doc.items[1].case_numbers, (strings{"2012-28504"}));
  EXPECT_EQ(doc.items[1].document_numbers, (strings{"2012-28504-3"}));
  EXPECT_EQ(doc.items[2].case_numbers, (strings{"306-2009-600", "12/27845"}));
  EXPECT_EQ(doc.items[2].attachments, (strings{"Kortbilag"}));
  EXPECT_EQ(doc.items[3].case_numbers, (strings{"EMN-2025-010561"}));
  for (const auto& it : doc.items) EXPECT_FALSE(it.closed);
}

TEST(SegmenterVariants, DecisionHistoryOfEarlierMeetings) {
  const auto doc = segment_fixture("segmenter/decision_history.txt");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(kinds(doc.items[0]), (strings{"case", "history", "history", "history", "decision"}));
  EXPECT_EQ(doc.items[0].absent, (strings{"Rikke Dahl"}));
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
}

TEST(SegmenterVariants, MarkdownHeadingsAndBoldItems) {
  const auto doc = segment_fixture("segmenter/markdown_headings.md.txt");
  EXPECT_EQ(titles(doc), (strings{"1 Handleplan for biodiversitet", "2 Jordkøb", "3 Eventuelt"}));
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_EQ(doc.items[0].case_numbers, (strings{"25/5521"}));
  EXPECT_EQ(kinds(doc.items[0]), (strings{"summary", "other", "decision"}));
  EXPECT_EQ(doc.meeting.location, "Naturcentret, Per Kirkebys Sal");
  EXPECT_EQ(doc.meeting.date, "2025-05-07");
  EXPECT_EQ(doc.meeting.start_time, "16:00");
  EXPECT_EQ(doc.warnings, (strings{"segment: unknown heading \"Særlige forhold\" in item 1"}));
}

}  // namespace
// Two of the bench corpus's documents (tests/bench/corpus_generator.cpp:
// real minutes of Odder and Ballerup with digits varied at random), whose
// item headings came out mistyped. Odder heads each item twice, "Punkt 9:"
// mistyped over "1." right: the numbered headings make the items. Ballerup's
// items run 7, 9, 8 (closed), 10: both of the swapped items stay.
TEST(SegmenterVariants, ItemNumbersMistypedByVariedDigits) {
  const auto odder = segment_fixture("segmenter/varied_digits_odder.txt");
  ASSERT_EQ(odder.items.size(), 9u);
  for (std::size_t i = 0; i < odder.items.size(); ++i)
    EXPECT_EQ(odder.items[i].number, std::to_string(i + 1));
  const auto ballerup = segment_fixture("segmenter/varied_digits_ballerup.txt");
  ASSERT_EQ(ballerup.items.size(), 11u);
  EXPECT_EQ(ballerup.items[7].number, "9");
  EXPECT_EQ(ballerup.items[7].title, "Nøgletal på beskæftigelsesområdet");
  EXPECT_FALSE(ballerup.items[7].closed);
  EXPECT_EQ(ballerup.items[8].number, "8");
  EXPECT_TRUE(ballerup.items[8].closed);
}

}  // namespace protokol::segmenter
