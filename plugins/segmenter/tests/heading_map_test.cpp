// The section heading table and the recognition of decision records.
#include "heading_map.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "text_util.hpp"

namespace protokol::segmenter {
namespace {

std::string kind_of(std::string_view line) {
  const heading_match h = classify_heading(line);
  return h ? std::string(h.kind) : std::string("none");
}

TEST(SegmenterHeadingMap, MapsTheCommonDanishHeadings) {
  EXPECT_EQ(kind_of("Anledning"), "summary");
  EXPECT_EQ(kind_of("Resumé"), "summary");
  EXPECT_EQ(kind_of("Resume"), "summary");
  EXPECT_EQ(kind_of("Sammendrag"), "summary");
  EXPECT_EQ(kind_of("Baggrund"), "background");
  EXPECT_EQ(kind_of("Baggrund for sagen"), "background");
  EXPECT_EQ(kind_of("Sagsfremstilling"), "case");
  EXPECT_EQ(kind_of("Supplerende sagsfremstilling"), "case");
  EXPECT_EQ(kind_of("Indhold"), "content");
  EXPECT_EQ(kind_of("Indstilling"), "recommendation");
  EXPECT_EQ(kind_of("Forvaltningen indstiller"), "recommendation");
  EXPECT_EQ(kind_of("Direktionen foreslår"), "recommendation");
  EXPECT_EQ(kind_of("Beslutning"), "decision");
  EXPECT_EQ(kind_of("Bilag"), "attachments");
  EXPECT_EQ(kind_of("Historik"), "history");
  EXPECT_EQ(kind_of("Tidligere behandling"), "history");
  EXPECT_EQ(kind_of("Økonomi"), "economy");
  EXPECT_EQ(kind_of("Økonomiske konsekvenser og finansiering"), "economy");
  EXPECT_EQ(kind_of("Sagens gang"), "process");
  EXPECT_EQ(kind_of("Beslutningen træffes af"), "process");
  EXPECT_EQ(kind_of("Tidsplan"), "process");
  EXPECT_EQ(kind_of("Sagen behandles i"), "process");  // Kolding
  EXPECT_EQ(kind_of("Forvaltningens bemærkninger"), "assessment");
  EXPECT_EQ(kind_of("Yderligere deltagelse på mødet"), "participation");
  // Viborg's Acadre pages (trial AR).
  EXPECT_EQ(kind_of("Inddragelse og høring"), "consultation");
  EXPECT_EQ(kind_of("Økonomiske forhold og konsekvenser"), "economy");
  EXPECT_EQ(kind_of("Juridiske og planmæssige forhold"), "legal");
  // Other municipalities' headings (trial AV).
  EXPECT_EQ(kind_of("Udvalgets afgørelse"), "decision");
  EXPECT_EQ(kind_of("Sagsredegørelse"), "case");
  EXPECT_EQ(kind_of("Direktørens indstilling"), "recommendation");
  EXPECT_EQ(kind_of("Kommunaldirektørens indstilling"), "recommendation");
  // Trial BD.
  EXPECT_EQ(kind_of("Sammenfatning"), "summary");
  EXPECT_EQ(kind_of("Uddybende sagsfremstilling"), "case");
  EXPECT_EQ(kind_of("Økonomiske og administrative konsekvenser"), "economy");
  EXPECT_EQ(kind_of("Økonomi og bevilling"), "economy");
  EXPECT_EQ(kind_of("Vedhæftede filer"), "attachments");
  // Any department's short line over the points, and "Det indstilles,".
  EXPECT_EQ(kind_of("Teknik og Miljø indstiller,"), "recommendation");
  EXPECT_EQ(kind_of("Centerchefen indstiller,"), "recommendation");
  EXPECT_EQ(kind_of("Det indstilles,"), "recommendation");
  EXPECT_EQ(kind_of("Teknik og Miljø indstiller"), "none");  // no comma: a sentence's start
  EXPECT_EQ(kind_of("Det er vigtigt at bemærke, at forvaltningen hermed indstiller,"), "none");
}

TEST(SegmenterHeadingMap, IgnoresCaseAndTrailingColon) {
  EXPECT_EQ(kind_of("BESLUTNING"), "decision");
  EXPECT_EQ(kind_of("beslutning:"), "decision");
  EXPECT_EQ(kind_of("ØKONOMI"), "economy");
  EXPECT_EQ(kind_of("Sagsfremstilling :"), "case");
  EXPECT_EQ(classify_heading("Beslutning:").heading, "Beslutning");
  // "Direktionen indstiller," over "at ...": a recommendation's sentence
  // comma (Region Midtjylland); no other heading takes a comma.
  EXPECT_EQ(kind_of("Direktionen indstiller,"), "recommendation");
  EXPECT_EQ(classify_heading("Forvaltningen indstiller,").heading, "Forvaltningen indstiller");
  EXPECT_FALSE(classify_heading("Beslutning,"));
}

TEST(SegmenterHeadingMap, BoldInsideTheLineIsMarkup) {
  const heading_match h = classify_heading("**Beslutning:** Godkendt.");
  ASSERT_TRUE(h);
  EXPECT_EQ(h.kind, "decision");
  EXPECT_EQ(h.heading, "Beslutning");
  EXPECT_EQ(h.inline_text, "Godkendt.");
}

TEST(SegmenterHeadingMap, LabelWithTextOnTheSameLineIsAHeading) {
  const heading_match h = classify_heading("Beslutning: Anbefales over for Byrådet.");
  ASSERT_TRUE(h);
  EXPECT_EQ(h.type, heading_type::fixed);
  EXPECT_EQ(h.heading, "Beslutning");
  EXPECT_EQ(h.inline_text, "Anbefales over for Byrådet.");
}

// A Word or web page's paragraph over 220 bytes that opens with the
// decision's label (trial AU: the decision was lost in the case's text);
// other labels on a paragraph are a case's points ("Formål: At give ...").
TEST(SegmenterHeadingMap, ADecisionsLabelOpensALongParagraph) {
  const std::string paragraph =
      "Udvalget drøftede fordelingen af puljen og de indkomne ansøgninger fra foreningerne "
      "grundigt, herunder ansøgningen fra rideklubben og aftenskolerne, og besluttede at følge "
      "forvaltningens forslag. Anne Holm deltog ikke i sagens behandling. Godkendt enstemmigt.";
  const std::string line = "**Beslutning:** " + paragraph;  // inline_text points into it
  const heading_match h = classify_heading(line);
  ASSERT_TRUE(h);
  EXPECT_EQ(h.kind, "decision");
  EXPECT_EQ(h.heading, "Beslutning");
  EXPECT_EQ(h.inline_text, paragraph);
  EXPECT_FALSE(classify_heading("Formål: " + paragraph));
  EXPECT_FALSE(classify_heading("Beslutning " + paragraph));
  // Review 32: another body's ruling, a quoted record of another meeting.
  EXPECT_FALSE(classify_heading("Afgørelse: " + paragraph));
  EXPECT_FALSE(
      classify_heading("Beslutning: Byrådet besluttede den 12. juni 2023 at " + paragraph));
  // Review 33: a date inside this decision; another label saying "beslutning".
  EXPECT_TRUE(classify_heading(
      "Beslutning: Godkendt, idet byggeriet påbegyndes 1. marts 2025, og " + paragraph));
  EXPECT_TRUE(classify_heading("Udvalgets beslutning: " + paragraph));
  // Review 34: a compound body's name with its comma.
  EXPECT_FALSE(classify_heading(
      "Beslutning: Social-, Sundheds- og Ældreudvalget den 5. marts 2024: Anbefales. " +
      paragraph));
}

TEST(SegmenterHeadingMap, SentencesAreNotHeadings) {
  EXPECT_EQ(kind_of("Beslutning i sagen træffes af Byrådet."), "none");
  EXPECT_EQ(kind_of("Baggrunden for sagen er en henvendelse fra borgere."), "none");
  EXPECT_EQ(kind_of("Bilaget viser udviklingen."), "none");
  EXPECT_EQ(kind_of("beslutning"), "decision");
  EXPECT_EQ(kind_of("Borgernes beslutning om at flytte"), "none");
  EXPECT_EQ(kind_of(""), "none");
}

TEST(SegmenterHeadingMap, DecisionRecordCarriesTheMeetingDate) {
  const heading_match a =
      classify_heading("Beslutning fra Arbejdsmarkedsudvalget den 15. august 2019:");
  ASSERT_TRUE(a);
  EXPECT_EQ(a.type, heading_type::decision_record);
  EXPECT_EQ(a.kind, "decision");
  EXPECT_EQ(a.date, "2019-08-15");
  EXPECT_EQ(a.heading, "Beslutning fra Arbejdsmarkedsudvalget den 15. august 2019");

  const heading_match b =
      classify_heading("Vedtagelse i Erhvervs- og Beskæftigelsesudvalget den 04-10-2023");
  ASSERT_TRUE(b);
  EXPECT_EQ(b.date, "2023-10-04");

  const heading_match c = classify_heading(
      "Beslutning fra Erhverv, Beskæftigelse og Uddannelsesinstitutioner, 30. maj 2022, pkt. 6:");
  ASSERT_TRUE(c);
  EXPECT_EQ(c.date, "2022-05-30");

  const heading_match d = classify_heading("Beslutning i Ældreudvalget, 25. august 2022");
  ASSERT_TRUE(d);
  EXPECT_EQ(d.date, "2022-08-25");

  const heading_match e = classify_heading("Økonomiudvalgets beslutning den 3. maj 2023");
  ASSERT_TRUE(e);
  EXPECT_EQ(e.date, "2023-05-03");
  // Copenhagen's protocols of the 2000s: the body in several words, "i mødet".
  const heading_match several =
      classify_heading("Det rådgivende Integrationsudvalgs beslutning i mødet den 2. maj 2005");
  ASSERT_TRUE(several);
  EXPECT_EQ(several.type, heading_type::decision_record);
  EXPECT_EQ(several.date, "2005-05-02");

  // In capitals with a colon (Kolding's protocol of 2010), undated.
  const heading_match g = classify_heading("BYRÅDETS BESLUTNING:");
  ASSERT_TRUE(g);
  EXPECT_EQ(g.kind, kind::decision);
  EXPECT_EQ(classify_heading("FORSLAG:").kind, kind::recommendation);

  // An earlier body's decision as Sbsys heads it: body, date, its item there.
  const heading_match h = classify_heading("Økonomiudvalget 2018-21, 28. oktober 2019, pkt. 452:");
  ASSERT_TRUE(h);
  EXPECT_EQ(h.type, heading_type::decision_record);
  EXPECT_EQ(h.date, "2019-10-28");
  EXPECT_FALSE(classify_heading("Se bilag 3, side 12, pkt. 4"));  // names no body
  // A council heard on the case: its answer is its decision.
  for (const char* heading :
       {"Handicaprådets høringssvar", "Ældrerådets bemærkninger", "Drøftelse", "Besluttet:"})
    EXPECT_EQ(classify_heading(heading).kind, kind::decision) << heading;
  // A body named by its areas (Stevns): the date and the item number say it.
  const heading_match areas = classify_heading("Plan, Miljø og Teknik, 7. januar 2020, pkt. 207:");
  ASSERT_TRUE(areas);
  EXPECT_EQ(areas.type, heading_type::decision_record);
  EXPECT_EQ(areas.date, "2020-01-07");

  const heading_match f = classify_heading("Udvalg: Børneudvalget, Dato: 03.03.2025");
  ASSERT_TRUE(f);
  EXPECT_EQ(f.type, heading_type::decision_record);
  EXPECT_EQ(f.date, "2025-03-03");
}

// PolWeb (Kalundborg, 2011): the body's meeting and a colon over its
// decision. Without the colon the same words title a document, and a
// genitive that names no body is no record.
TEST(SegmenterHeadingMap, ABodysMeetingWithAColonIsADecisionRecord) {
  const heading_match m = classify_heading("Integrationsudvalgets møde den 12. december 2011:");
  ASSERT_TRUE(m);
  EXPECT_EQ(m.type, heading_type::decision_record);
  EXPECT_EQ(m.kind, kind::decision);
  EXPECT_EQ(m.date, "2011-12-12");
  EXPECT_FALSE(classify_heading("Økonomiudvalgets møde den 21. januar 2026"));
  EXPECT_FALSE(classify_heading("Borgernes møde den 3. maj 2023:"));
}

// may_be_record looks for "s beslutning" and ", pkt" sixteen starts at a
// time, then in a last sixteen that ends with the line: the words at every
// offset of lines long and short, and the forms its exact case turns away
// (which the record patterns, blind to case, would take).
TEST(SegmenterHeadingMap, FindsTheOwnersWordAndTheItemMarkAnywhereInTheLine) {
  for (std::size_t pad = 0; pad <= 40; ++pad) {
    const std::string x(pad, 'x');
    SCOPED_TRACE(pad);
    EXPECT_EQ(classify_heading("Udvalg" + x + "s beslutning:").type, heading_type::decision_record);
    EXPECT_EQ(classify_heading("UDVALG" + x + "S BESLUTNING:").type, heading_type::decision_record);
    EXPECT_EQ(classify_heading("Plan" + x + " og Teknik, 7. januar 2020, pkt. 207:").type,
              heading_type::decision_record);
    EXPECT_EQ(classify_heading("Udvalg" + x + "s Beslutning:").type, heading_type::none);
    EXPECT_EQ(classify_heading("Udvalg" + x + "s  beslutning:").type, heading_type::none);
    EXPECT_EQ(classify_heading("Plan" + x + " og Teknik, 7. januar 2020, Pkt. 207:").type,
              heading_type::none);
  }
  // Lines under eighteen bytes, read start by start.
  EXPECT_EQ(classify_heading("Råds beslutning").type, heading_type::decision_record);
  EXPECT_EQ(classify_heading("RÅDS BESLUTNING").type, heading_type::decision_record);
  EXPECT_EQ(classify_heading("Råd, 7, pkt 2").type, heading_type::decision_record);
  EXPECT_EQ(classify_heading("Råds Beslutning").type, heading_type::none);
  EXPECT_EQ(classify_heading("Råd, 7, Pkt 2").type, heading_type::none);
}

TEST(SegmenterHeadingMap, UndatedDecisionRecordHasNoDate) {
  const heading_match h = classify_heading("Beslutning i Økonomiudvalget");
  ASSERT_TRUE(h);
  EXPECT_EQ(h.type, heading_type::decision_record);
  EXPECT_EQ(h.date, "");
}

TEST(SegmenterHeadingMap, EveryRuleUsesAKindOfTheVocabulary) {
  const auto kinds = section_kinds();
  for (const auto& rule : heading_rules()) {
    EXPECT_TRUE(std::find(kinds.begin(), kinds.end(), rule.kind) != kinds.end()) << rule.heading;
  }
}

TEST(SegmenterHeadingMap, NoHeadingIsListedTwice) {
  std::set<std::string> seen;
  for (const auto& rule : heading_rules()) {
    EXPECT_TRUE(seen.insert(to_lower(rule.heading)).second) << rule.heading;
  }
}

TEST(SegmenterHeadingMap, EveryRuleRecognisesItsOwnHeading) {
  for (const auto& rule : heading_rules()) {
    const heading_match h = classify_heading(rule.heading);
    ASSERT_TRUE(h) << rule.heading;
    EXPECT_EQ(h.kind, rule.kind) << rule.heading;
  }
}

// find_fixed compares only headings of the text's length and first byte:
// a text that differs in its last byte is none of them.
TEST(SegmenterHeadingMap, OnlyTheWholeHeadingIsAFixedHeading) {
  for (const auto& rule : heading_rules()) {
    std::string almost(rule.heading);
    almost.back() = '#';
    EXPECT_NE(classify_heading(almost).type, heading_type::fixed) << almost;
  }
}

TEST(SegmenterHeadingMap, HeadingsOfOtherAgendaSystems) {
  EXPECT_EQ(kind_of("Beslutningstema"), "summary");
  EXPECT_EQ(kind_of("Problemstilling"), "summary");
  EXPECT_EQ(kind_of("LØSNING"), "case");
  EXPECT_EQ(kind_of("Økonomi/finansiering"), "economy");
  EXPECT_EQ(kind_of("Kommunikation/høring:"), "consultation");
  EXPECT_EQ(kind_of("Indstilling og beslutning"), "recommendation");
}

TEST(SegmenterHeadingMap, DecisionRecordNamingTheBodyWithoutAPreposition) {
  const heading_match h = classify_heading("Beslutning Økonomiudvalget den 04-03-2024");
  ASSERT_TRUE(h);
  EXPECT_EQ(h.type, heading_type::decision_record);
  EXPECT_EQ(h.date, "2024-03-04");
  EXPECT_FALSE(classify_heading("Beslutning Godkendt den 4. marts 2024"));
  // Næstved: a comma between the body and the date.
  const heading_match comma = classify_heading("Beslutning Byrådet, 20.09.2016");
  ASSERT_TRUE(comma);
  EXPECT_EQ(comma.type, heading_type::decision_record);
  EXPECT_EQ(comma.date, "2016-09-20");
  // A numeric date without "den" (trial BD).
  const heading_match bare = classify_heading("Beslutning Økonomiudvalget 03-03-2025");
  ASSERT_TRUE(bare);
  EXPECT_EQ(bare.type, heading_type::decision_record);
  EXPECT_EQ(bare.date, "2025-03-03");
}

}  // namespace
// Dragør: "BESLUTNING: Økonomiudvalget den 22-10-2020" names the body and
// date of the decision, so the line is a decision record, not a label
// with its text; "Beslutning: Godkendt." stays a label with its text.
TEST(SegmenterHeadingMap, ALabelOverABodyAndDateIsADecisionRecord) {
  const heading_match h = classify_heading("BESLUTNING: Økonomiudvalget den 22-10-2020");
  ASSERT_TRUE(h);
  EXPECT_EQ(h.type, heading_type::decision_record);
  EXPECT_EQ(h.heading, "BESLUTNING: Økonomiudvalget den 22-10-2020");
  EXPECT_EQ(h.date, "2020-10-22");
  EXPECT_TRUE(h.inline_text.empty());
  const heading_match g =
      classify_heading("Beslutning: Godkendt i Økonomiudvalget den 3. maj 2024.");
  EXPECT_EQ(g.type, heading_type::fixed);
  EXPECT_FALSE(g.inline_text.empty());
}

// Syddjurs: fold-out sections saved as text, a bullet before each heading,
// the decision records too ("• Beslutning i Byrådet den 20-06-2018").
TEST(SegmenterHeadingMap, ABulletedDecisionRecordIsAHeading) {
  const heading_match h = classify_bulleted_heading("\u2022 Beslutning i Byrådet den 20-06-2018");
  EXPECT_EQ(h.type, heading_type::decision_record);
  EXPECT_EQ(h.date, "2018-06-20");
  EXPECT_EQ(kind_of("Økonomi og organisatoriske konsekvenser"), "economy");
  EXPECT_FALSE(classify_bulleted_heading("\u2022 Beslutningen blev truffet i Byrådet i går."));
}

}  // namespace protokol::segmenter
