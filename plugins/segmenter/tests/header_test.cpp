// The meeting header: heading line, labelled fields, participants, and the
// municipality when the text tells it.
#include "header.hpp"

#include <gtest/gtest.h>

#include "dates.hpp"
#include "municipality.hpp"
#include "people.hpp"
#include "test_support.hpp"

namespace protokol::segmenter {
namespace {

using testing::segment_text;

TEST(SegmenterHeader, ParsesDateFromMoedeDato) {
  const auto doc =
      segment_text("REFERAT Økonomiudvalget\n\nMødedato Mandag d. 21. november 2022 kl. 16:30\n");
  EXPECT_EQ(doc.meeting.date, "2022-11-21");
  EXPECT_EQ(doc.meeting.start_time, "16:30");
}

TEST(SegmenterHeader, ParsesDateFromTitleWhenNoLabelSaysIt) {
  const auto doc = segment_text("REFERAT Arbejdsmarkedsudvalget 2018 - 2021 d. 15-08-2019\n");
  EXPECT_EQ(doc.meeting.date, "2019-08-15");
  EXPECT_EQ(doc.meeting.committee, "Arbejdsmarkedsudvalget 2018 - 2021");
  EXPECT_EQ(doc.meeting.title, "REFERAT Arbejdsmarkedsudvalget 2018 - 2021 d. 15-08-2019");
}

TEST(SegmenterHeader, DateStylesAllBecomeIso) {
  EXPECT_EQ(find_date("d. 21-11-2022").iso, "2022-11-21");
  EXPECT_EQ(find_date("21. november 2022").iso, "2022-11-21");
  EXPECT_EQ(find_date("Dato: 04.10.2023").iso, "2023-10-04");
  EXPECT_EQ(find_date("4. okt. 2023").iso, "2023-10-04");
  EXPECT_EQ(find_date("2023-03-14").iso, "2023-03-14");
  EXPECT_EQ(find_date("den 6/3-19").iso, "2019-03-06");
  EXPECT_EQ(find_date("ingen dato her").iso, "");
  EXPECT_EQ(find_date("13-13-2023").iso, "");
}

TEST(SegmenterHeader, TimeWithColonOrFullStop) {
  EXPECT_EQ(find_time("Mandag d. 21. november 2022 kl. 16:30", false), "16:30");
  EXPECT_EQ(find_time("kl. 16.30 - 18.00", false), "16:30");
  EXPECT_EQ(find_time("Kl 8.00", false), "08:00");
  EXPECT_EQ(find_time("19.00", true), "19:00");
  EXPECT_EQ(find_time("19.00", false), "");
  EXPECT_EQ(find_time("kl. 25.00", false), "");
}

TEST(SegmenterHeader, LocationIsKeptWholeEvenWithAPersonsName) {
  const auto doc = segment_text("# REFERAT Udvalget\n\n**Mødested** Mariehøj, Per Kirkeby\n");
  EXPECT_EQ(doc.meeting.location, "Mariehøj, Per Kirkeby");
}

TEST(SegmenterHeader, LabelOnItsOwnLineTakesTheNextLine) {
  const auto doc =
      segment_text("Referat\nByrådet\nMødested:\nByrådssalen, Rådhuset\nDato:\n3. maj 2024\n");
  EXPECT_EQ(doc.meeting.location, "Byrådssalen, Rådhuset");
  EXPECT_EQ(doc.meeting.date, "2024-05-03");
  EXPECT_EQ(doc.meeting.committee, "Byrådet");
  EXPECT_EQ(doc.meeting.title, "Referat");
}

TEST(SegmenterHeader, ParticipantsWithPartyRoleAndAfbudMarker) {
  const auto people = parse_people(
      "Musa Kekec (A), Allan Kristensen (C) (2. viceborgmester) (Afbud), Mette Vaaben "
      "Mortensen, Elisabeth Wolstrup (direktør), Per Kensø (centerchef for Skoler, "
      "Institutioner og Kultur)",
      "present");
  ASSERT_EQ(people.size(), 5u);
  EXPECT_EQ(people[0].name, "Musa Kekec");
  EXPECT_EQ(people[0].party, "A");
  EXPECT_EQ(people[0].status, "present");
  EXPECT_EQ(people[1].name, "Allan Kristensen");
  EXPECT_EQ(people[1].party, "C");
  EXPECT_EQ(people[1].role, "2. viceborgmester");
  EXPECT_EQ(people[1].status, "absent");
  EXPECT_EQ(people[2].name, "Mette Vaaben Mortensen");
  EXPECT_EQ(people[2].party, "");
  EXPECT_EQ(people[2].role, "");
  EXPECT_EQ(people[3].role, "direktør");
  EXPECT_EQ(people[4].role, "centerchef for skoler, institutioner og kultur");
}

TEST(SegmenterHeader, RoleAfterDashOrCommaAndPartyAbbreviations) {
  const auto people = parse_people(
      "Anne Holm (A) - formand, Carl Friis (SF), Hanne Berg (V), formand, "
      "Tove Bak (EL), Ulla Smed (UFP), Pia Ravn, Dansk Folkeparti",
      "present");
  ASSERT_EQ(people.size(), 6u);
  EXPECT_EQ(people[0].role, "formand");
  EXPECT_EQ(people[1].party, "F");
  EXPECT_EQ(people[2].role, "formand");
  EXPECT_EQ(people[3].party, "Ø");
  EXPECT_EQ(people[4].party, "Løsgænger");
  EXPECT_EQ(people[5].name, "Pia Ravn");
}

TEST(SegmenterHeader, RoleBeforeTheName) {
  const auto people = parse_people("Kst. jobcenterchef Helle Winther Anttila", "present");
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].name, "Helle Winther Anttila");
  EXPECT_EQ(people[0].role, "kst. jobcenterchef");
}

TEST(SegmenterHeader, AfbudListMarksMembersAbsent) {
  const auto doc = segment_text(
      "Referat\nØkonomiudvalget\n\nDeltagere: Anne Holm (A), Bo Skov (V)\nAfbud: Bo Skov (V), Erik "
      "Bach (KF)\n");
  ASSERT_EQ(doc.meeting.participants.size(), 3u);
  EXPECT_EQ(doc.meeting.participants[0].status, "present");
  EXPECT_EQ(doc.meeting.participants[1].name, "Bo Skov");
  EXPECT_EQ(doc.meeting.participants[1].status, "absent");
  EXPECT_EQ(doc.meeting.participants[2].name, "Erik Bach");
  EXPECT_EQ(doc.meeting.participants[2].party, "C");
  EXPECT_EQ(doc.meeting.participants[2].status, "absent");
}

TEST(SegmenterHeader, EmptyAfbudFravaerendeListAddsNobody) {
  const auto doc = segment_text(
      "Referat\nByrådet\n\nTilstede:\nKaren Mølgaard (A), borgmester\nNiels Thomsen (V)\n\n"
      "Afbud/Fraværende:\n\nSekretær: Vibeke Holst, centerchef for arbejdsmarked\n");
  ASSERT_EQ(doc.meeting.participants.size(), 3u);
  EXPECT_EQ(doc.meeting.participants[0].role, "borgmester");
  EXPECT_EQ(doc.meeting.participants[1].name, "Niels Thomsen");
  EXPECT_EQ(doc.meeting.participants[2].name, "Vibeke Holst");
  EXPECT_EQ(doc.meeting.participants[2].role, "centerchef for arbejdsmarked");
  EXPECT_EQ(doc.meeting.participants[2].status, "present");
  EXPECT_EQ(doc.meeting.front_matter, "");
}

TEST(SegmenterHeader, SekretaerLineWithoutRoleIsSekretaer) {
  const auto doc = segment_text("Referat\nByrådet\nSekretær: Lise Berg\nAfbud/Fraværende: Ingen\n");
  ASSERT_EQ(doc.meeting.participants.size(), 1u);
  EXPECT_EQ(doc.meeting.participants[0].role, "sekretær");
}

TEST(SegmenterHeader, CommitteeFromHeadingLines) {
  EXPECT_EQ(
      committee_from_title(
          "REFERAT Udvalget for Erhverv, Beskæftigelse og Uddannelsesinstitutioner d. 21-11-2022"),
      "Udvalget for Erhverv, Beskæftigelse og Uddannelsesinstitutioner");
  EXPECT_EQ(committee_from_title("Referat fra mødet i Miljøudvalget den 9. april 2025"),
            "Miljøudvalget");
  EXPECT_EQ(committee_from_title("Dagsorden - Økonomiudvalget, mandag den 3. marts 2025"),
            "Økonomiudvalget");
  EXPECT_EQ(committee_from_title("Referat Klima- og Naturudvalget"), "Klima- og Naturudvalget");
  EXPECT_EQ(committee_from_title("Økonomiudvalget"), "Økonomiudvalget");
  EXPECT_EQ(committee_from_title("Referat"), "");
  EXPECT_EQ(committee_from_title("Mødet blev aflyst"), "");
}

TEST(SegmenterHeader, UnusedHeaderTextIsFrontMatter) {
  const auto doc = segment_text(
      "Referat\nØkonomiudvalget\nOffentligt referat\nDato: 3. maj 2024\n\nPunkt 1: Godkendelse\n");
  EXPECT_EQ(doc.meeting.front_matter, "Offentligt referat");
}

TEST(SegmenterHeader, MunicipalityFromTheTextOnly) {
  EXPECT_EQ(municipality_in("Mødecenter C, Lokale 29 på Ballerup Rådhus"), "Ballerup");
  EXPECT_EQ(municipality_in("På vegne af Favrskov Kommune"), "Favrskov");
  EXPECT_EQ(municipality_in("Den Kommune der"), "");
  EXPECT_EQ(municipality_in("Mødelokale 2"), "");
}

TEST(SegmenterHeader, MunicipalityThatDominatesTheText) {
  const std::string text =
      "Odder Kommune har besøgt Hjørring Kommune. Odder Kommune og Jobcenter Odder vil lære af "
      "Hjørring. I Odder er ledigheden lav. Odder Kommune fortsætter.";
  EXPECT_EQ(dominant_municipality(text), "Odder");
  EXPECT_EQ(dominant_municipality("Aarhus Kommune og Odder Kommune samarbejder."), "");
  EXPECT_EQ(dominant_municipality(
                "Odder Kommune. Hjørring Kommune. Odder Kommune. Hjørring Kommune. Odder Kommune."),
            "");
}

TEST(SegmenterHeader, NoMunicipalityWhenTheTextDoesNotTell) {
  const auto doc =
      segment_text("Referat\nØkonomiudvalget\nSted: Mødelokale 2\n\nPunkt 1: Godkendelse\n");
  EXPECT_EQ(doc.meeting.municipality, "");
}

TEST(SegmenterHeader, UnlabelledDateTimeAndPlaceLines) {
  const auto doc = segment_text(
      "Vordingborg Byråd\nReferat fra ordinært møde\nMandag den 18. november 2024 kl. 16:00\n"
      "Byrådssalen, Vordingborg Rådhus\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.date, "2024-11-18");
  EXPECT_EQ(doc.meeting.start_time, "16:00");
  EXPECT_EQ(doc.meeting.location, "Byrådssalen, Vordingborg Rådhus");
}

TEST(SegmenterHeader, StartTimeFromAnUnlabelledSentence) {
  const auto doc = segment_text(
      "Referat\nBørneudvalget\nDato: 12.06.2024\nMødet startede kl. 15.30 og sluttede kl. "
      "18.05.\n\nPunkt 1: Godkendelse\n");
  EXPECT_EQ(doc.meeting.start_time, "15:30");
  EXPECT_EQ(doc.meeting.location, "");
}

TEST(SegmenterHeader, LetterheadIsNotTheTitle) {
  const auto doc =
      segment_text("Jammerbugt Kommune\n\nTeknik- og Miljøudvalget\n\nReferat\n\nDato: 9.4.2024\n");
  EXPECT_EQ(doc.meeting.title, "Teknik- og Miljøudvalget");
  EXPECT_EQ(doc.meeting.committee, "Teknik- og Miljøudvalget");
  EXPECT_EQ(doc.meeting.municipality, "Jammerbugt");
}

TEST(SegmenterHeader, CommitteeBeforeOrAfterItsDocumentType) {
  EXPECT_EQ(committee_from_title("Økonomiudvalget - Referat"), "Økonomiudvalget");
  EXPECT_EQ(committee_from_title("Økonomiudvalget, referat 12. marts 2024"), "Økonomiudvalget");
  EXPECT_EQ(committee_from_title("Byrådet - Beslutningsprotokol - 12.03.2024"), "Byrådet");
  EXPECT_EQ(committee_from_title("Referat af ordinært møde i Byrådet"), "Byrådet");
  EXPECT_EQ(committee_from_title("Ekstraordinært møde i Økonomiudvalget"), "Økonomiudvalget");
  EXPECT_EQ(committee_from_title("Dagsorden med beslutninger Økonomiudvalget"), "Økonomiudvalget");
  EXPECT_EQ(committee_from_title("Åben referat Børne- og Skoleudvalget 05-03-2024"),
            "Børne- og Skoleudvalget");
  EXPECT_EQ(committee_from_title("ÅBEN DAGSORDEN Byrådet"), "Byrådet");
  EXPECT_EQ(committee_from_title("Referat Teknik- og Miljøudvalget, Lyngby-Taarbæk Kommune"),
            "Teknik- og Miljøudvalget");
  EXPECT_EQ(committee_from_title("Referat fra ordinært møde"), "");
}

TEST(SegmenterHeader, TidLokaleAndAfbudFraLabels) {
  const auto doc = segment_text(
      "Referat\nØkonomiudvalget\nTid: 12. marts 2024, kl. 17.00\nLokale: Mødelokale 3\n"
      "Afbud fra: Hans Hansen (V)\nFraværende med afbud: Ole Dam (C)\n");
  EXPECT_EQ(doc.meeting.date, "2024-03-12");
  EXPECT_EQ(doc.meeting.start_time, "17:00");
  EXPECT_EQ(doc.meeting.location, "Mødelokale 3");
  const auto& p = doc.meeting.participants;
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].name, "Hans Hansen");
  EXPECT_EQ(p[0].status, "absent");
  EXPECT_EQ(p[1].name, "Ole Dam");
  EXPECT_EQ(p[1].status, "absent");
}

TEST(SegmenterHeader, SubstitutesArePresentWithTheirRole) {
  const auto doc = segment_text(
      "Referat\nByrådet\nFraværende: Jesper Kloster (V)\nStedfortrædere: Anne Marie Lund (V)\n");
  const auto& p = doc.meeting.participants;
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[1].name, "Anne Marie Lund");
  EXPECT_EQ(p[1].role, "stedfortræder");
  EXPECT_EQ(p[1].status, "present");
}

TEST(SegmenterHeader, FullHourWithoutMinutes) {
  EXPECT_EQ(find_time("Mødet begynder kl. 16", false), "16:00");
  EXPECT_EQ(find_time("kl. 16.30", false), "16:30");
}

TEST(SegmenterHeader, MunicipalityWrittenInTheGenitive) {
  EXPECT_EQ(municipality_in("Københavns Kommune"), "København");
  EXPECT_EQ(municipality_in("Københavns Rådhus, udvalgsværelse 1"), "København");
  EXPECT_EQ(municipality_in("Vesthimmerlands Kommune"), "Vesthimmerland");
  EXPECT_EQ(municipality_in("Syddjurs Kommune"), "Syddjurs");
}

TEST(SegmenterHeader, MunicipalityNameWrappedAtTheLineEnd) {
  EXPECT_EQ(dominant_municipality("planen for\nLyngby-Taarbæk Kommune. I Lyngby-Taarbæk Kommune "
                                  "og i Lyngby-Taarbæk\nKommunes skoler."),
            "Lyngby-Taarbæk");
  // A heading above "Kommunen ..." is no name.
  EXPECT_EQ(dominant_municipality("Sagsfremstilling\nKommunen har\nSagsfremstilling\nKommunen "
                                  "vil\nSagsfremstilling\nKommunen skal"),
            "");
}

TEST(SegmenterHeader, SubstituteNamedInTheAbsenceList) {
  const auto people =
      parse_people("Thomas Lykke Pedersen (A), stedfortræder Lene Hagen (A)", "absent");
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0].status, "absent");
  EXPECT_EQ(people[0].role, "");
  EXPECT_EQ(people[1].name, "Lene Hagen");
  EXPECT_EQ(people[1].party, "A");
  EXPECT_EQ(people[1].role, "stedfortræder");
  EXPECT_EQ(people[1].status, "present");
}

}  // namespace
}  // namespace protokol::segmenter

namespace protokol::segmenter {
namespace {

// Word and HTML minutes set the member list as a table; the readers write
// its rows as "| a | b |".
TEST(SegmenterHeader, MemberListSetAsATable) {
  const auto doc = testing::segment_text(
      "REFERAT Økonomiudvalget\n\n**Mødedeltagere**\n\n| Navn | Parti |\n| Anne Hansen | (A) |\n"
      "| Peter Jensen | V | formand |\n| Julie Quass | |\n\n1. Godkendelse af dagsorden\n");
  ASSERT_EQ(doc.meeting.participants.size(), 3u);
  EXPECT_EQ(doc.meeting.participants[0].name, "Anne Hansen");
  EXPECT_EQ(doc.meeting.participants[0].party, "A");
  EXPECT_EQ(doc.meeting.participants[1].name, "Peter Jensen");
  EXPECT_EQ(doc.meeting.participants[1].party, "V");
  EXPECT_EQ(doc.meeting.participants[1].role, "formand");
  EXPECT_EQ(doc.meeting.participants[2].name, "Julie Quass");
  EXPECT_EQ(doc.meeting.participants[2].party, "");
}

}  // namespace
}  // namespace protokol::segmenter
