// The meeting header: heading line, labelled fields, participants, and the
// municipality when the text tells it.
#include "header.hpp"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "danish/dates.hpp"
#include "danish/municipalities.hpp"
#include "municipality.hpp"
#include "people.hpp"
#include "test_support.hpp"
#include "text_util.hpp"

namespace protokol::segmenter {

using danish::find_date;
using danish::find_time;
using danish::time_after_date;
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
  EXPECT_EQ(find_date("Onsdag den 15-maj-2002").iso, "2002-05-15");  // an Acadre export of 2002
  EXPECT_EQ(find_date("ingen dato her").iso, "");
  EXPECT_EQ(find_date("13-13-2023").iso, "");
}

// Retyped minutes of the 1990s and 2000s: "d. 3/5 2002" (a blank before the
// year) and two-digit years read as POSIX %y reads them, "98" as 1998.
TEST(SegmenterHeader, OlderDateStyles) {
  EXPECT_EQ(find_date("Referat af mødet d. 3/5 2002 kl. 15.00").iso, "2002-05-03");
  EXPECT_EQ(find_date("Mødedato: 12.10.98").iso, "1998-10-12");
  EXPECT_EQ(find_date("12-10-98").iso, "1998-10-12");
  EXPECT_EQ(find_date("12/10/69").iso, "1969-10-12");
  EXPECT_EQ(find_date("12/10/68").iso, "2068-10-12");
  EXPECT_EQ(find_date("3/5 22 punkter").iso, "");  // a blank before a two-digit year is no date
  EXPECT_EQ(find_date("d. 06-10-0093").iso, "");   // four digits are the year as written
}

// A .NET page's "Mødedato: 10/16/2019 3:00:00 PM" (Vesthimmerland): the
// AM/PM clock says month first; without it a "/" date is day first.
TEST(SegmenterHeader, UsDateWithAnAmPmClockIsMonthFirst) {
  EXPECT_EQ(find_date("10/16/2019 3:00:00 PM").iso, "2019-10-16");
  EXPECT_EQ(find_date("9/11/2019 3:00:00 PM").iso, "2019-09-11");
  EXPECT_EQ(find_date("9/11/2019 15:00").iso, "2019-11-09");
  EXPECT_EQ(find_date("9.11.2019 3:00 PM").iso, "2019-11-09");  // only "/" is a US date
  EXPECT_EQ(time_after_date(" 3:00:00 PM"), "15:00");
  EXPECT_EQ(time_after_date(" 12:30 AM"), "00:30");
  EXPECT_EQ(time_after_date(" 12:30 PM"), "12:30");
  const auto doc = segment_text(
      "Udvalg: Økonomiudvalget\n\nMødedato: 10/16/2019 3:00:00 PM\n\n1. Godkendelse\n");
  EXPECT_EQ(doc.meeting.date, "2019-10-16");
  EXPECT_EQ(doc.meeting.start_time, "15:00");
}

TEST(SegmenterHeader, TimeWithColonOrFullStop) {
  EXPECT_EQ(find_time("Mandag d. 21. november 2022 kl. 16:30", false), "16:30");
  EXPECT_EQ(find_time("kl. 16.30 - 18.00", false), "16:30");
  EXPECT_EQ(find_time("Kl 8.00", false), "08:00");
  EXPECT_EQ(find_time("19.00", true), "19:00");
  EXPECT_EQ(find_time("19.00", false), "");
  EXPECT_EQ(find_time("kl. 25.00", false), "");
  // A seniors' council of 2009 (trial AU): the comma was read as the full hour.
  EXPECT_EQ(find_time("Tidspunkt: Kl. 12,30 – 15,30; Mødelokale: B105", false), "12:30");
  EXPECT_EQ(find_time("kl. 12, 13 og 14", false), "12:00");
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
  EXPECT_EQ(people[4].role, "centerchef");
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

// parse_person searches a name for the reasons after it (" ved afbud", " pga.
// ") only where the reason's first letter follows a blank: every reason is
// still cut, and the first three say the member was away.
TEST(SegmenterHeader, EveryReasonAfterAListedNameIsCut) {
  const auto people = parse_people(
      "Lars Rytter ved afbud, Anna Hansen med afbud, Bo Lund ved forfald, Eva Holm pga. arbejde, "
      "Ib Dam pga sygdom, Ida Berg p.g.a. ferie, Jens Holm grundet kursus, Mette Lund på grund af "
      "sygdom",
      "present");
  const std::vector<std::string> names = {"Lars Rytter", "Anna Hansen", "Bo Lund",   "Eva Holm",
                                          "Ib Dam",      "Ida Berg",    "Jens Holm", "Mette Lund"};
  ASSERT_EQ(people.size(), names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    EXPECT_EQ(people[i].name, names[i]);
    EXPECT_EQ(people[i].status, i < 3 ? "absent" : "present") << names[i];
  }
}

// København (kk.dk): the members as a numbered list, some led by a title.
TEST(SegmenterHeader, ANumberedListOfMembersGivesEveryEntryWithoutItsNumber) {
  const auto doc = segment_text(
      "Økonomiudvalget\n\nReferat\n\nMødedato: 31.03.2020, kl. 15:30\n\nDeltagere:\n\n"
      "1. Overborgmester Frank Jensen (A)\n2. Lars Weiss (A)\n12) Jakob Næsager (C)\n\n"
      "Fraværende med afbud:\n\n13. Carl Christian Ebbesen (O)\n\n"
      "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n");
  const auto& people = doc.meeting.participants;
  ASSERT_EQ(people.size(), 4u);
  EXPECT_EQ(people[0].name, "Frank Jensen");
  EXPECT_EQ(people[0].role, "overborgmester");
  EXPECT_EQ(people[1].name, "Lars Weiss");
  EXPECT_EQ(people[2].name, "Jakob Næsager");
  EXPECT_EQ(people[3].name, "Carl Christian Ebbesen");
  EXPECT_EQ(people[3].status, "absent");
  ASSERT_EQ(doc.items.size(), 1u);
  // A number before a lowercase word is a rank, not a list's numbering.
  EXPECT_EQ(strip_list_marker("1. næstformand Bo Lund"), "1. næstformand Bo Lund");
  EXPECT_EQ(strip_list_marker("• 3. Bo Lund"), "Bo Lund");
  EXPECT_EQ(strip_list_marker("2024. Bo Lund"), "2024. Bo Lund");
}

// The date on the committee's line in numbers (trial AQ: only "15. august
// 2012" had been read there).
TEST(SegmenterHeader, ANumericDateOnTheCommitteesLine) {
  for (const std::string date : {"15.08.2012", "15-08-2012", "15/8 2012", "15. august 2012"}) {
    const auto doc = segment_text("Referat for møde i Aarhus Byråd, " + date +
                                  "\nMødereferat\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n");
    EXPECT_EQ(doc.meeting.date, "2012-08-15") << date;
    EXPECT_EQ(doc.meeting.committee, "Aarhus Byråd") << date;
  }
}

// A page's sentence about itself and its subscribe button are no title; a
// notice before the room in "Sted:" is no place (trial AP).
TEST(SegmenterHeader, SiteSentencesAndANoticeBeforeTheRoom) {
  const auto page = segment_text(
      "Ældre referater end der fremgår af denne side se 2007\n\nAbonnér\n\nRegionsrådet\n\n"
      "1. Budget\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(page.meeting.title, "Regionsrådet");
  // The place first, the hours in parentheses after it (trial AR, Odense).
  const auto odense = segment_text(
      "Referat af møde i Handicaprådet den 31. januar 2023\nTidspunkt og sted: Mødelokale 3. s. 54 "
      "(15.45-18.15)\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(odense.meeting.start_time, "15:45");
  EXPECT_EQ(odense.meeting.location, "Mødelokale 3. s. 54");
  const auto notice = segment_text(
      "Kommunalbestyrelsen\nSted: OBS! Lukket møde kl. 16:30 - Mødelokale Havet\n\n1. Budget\n\n"
      "Beslutning\n\nGodkendt.\n");
  EXPECT_EQ(notice.meeting.location, "Mødelokale Havet");
  // The room after a notice's colon or "til" (review 31).
  for (const std::string sted :
       {"OBS! Nyt lokale: Mødelokale 4", "OBS! Mødet er flyttet til Mødelokale 4"}) {
    const auto moved = segment_text("Kommunalbestyrelsen\nSted: " + sted +
                                    "\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n");
    EXPECT_EQ(moved.meeting.location, "Mødelokale 4") << sted;
  }
}

// Acadre at Hørsholm: the weekday, date and time, then the room alone.
TEST(SegmenterHeader, ARoomAfterTheTimeOnAWeekdaysLine) {
  EXPECT_EQ(segment_text("Økonomiudvalget\nReferat fra ordinært møde 17. august 2017\n"
                         "Torsdag 17.08.2017 kl. 8:00 D2\n\n1. Godkendelse\n\nBeslutning\n")
                .meeting.location,
            "D2");
  EXPECT_EQ(segment_text("Kommunalbestyrelsen\nMandag 18.12.2017 kl. 17:30 Borgerservice\n\n"
                         "1. Godkendelse\n\nBeslutning\n")
                .meeting.location,
            "Borgerservice");
  // A room of two words, a room whose name ends like a place ("...salen"),
  // and the time with them (trial AQ: the whole line, no time).
  for (const auto& [room, time] :
       {std::pair<std::string, std::string>{"Mødelokale D2", "08:00"}, {"Byrådssalen", "10:00"}}) {
    const auto doc = segment_text(
        "Økonomiudvalget\nReferat fra ordinært møde 17. august 2017\n"
        "Torsdag 17.08.2017 kl. " +
        std::string(time == "08:00" ? "8:00 " : "10:00 ") + room +
        "\n\n1. Godkendelse\n\nBeslutning\n");
    EXPECT_EQ(doc.meeting.location, room);
    EXPECT_EQ(doc.meeting.start_time, time) << room;
  }
  // A document's word, a page, a notice or a meeting's kind after the time
  // is no room (review 31).
  for (const std::string after : {"Referat", "Side 1", "Mødet aflyst", "Ekstraordinært møde",
                                  "Afbud Carsten Møller", "Anders Holm (V)"}) {
    EXPECT_EQ(segment_text("Økonomiudvalget\nReferat fra ordinært møde 17. august 2017\n"
                           "Torsdag 17.08.2017 kl. 8:00 " +
                           after + "\n\n1. Godkendelse\n\nBeslutning\n")
                  .meeting.location,
              "")
        << after;
  }
  // A sentence after the time is no room.
  EXPECT_EQ(segment_text("Byrådet\nMandag 18.12.2017 kl. 17:30 mødet blev aflyst\n\n"
                         "1. Godkendelse\n\nBeslutning\n")
                .meeting.location,
            "");
}

// Lejre (a PDF whose text runs lost their blanks): the document type glued
// to the committee, the weekday to the committee's last word; then the
// time label with the place after it.
TEST(SegmenterHeader, AGluedTitleGetsItsBlanksBackAndThePlaceFollowsTheTime) {
  const auto doc = segment_text(
      "ReferatUdvalget for Teknik & Miljøtirsdag den 3. november 2015\n\n"
      "Kl. 16:00 i Mødelokale 2, Allerslev\n\n1. TM - Godkendelse af dagsorden\n\n"
      "Beslutning:\n\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.title, "Referat Udvalget for Teknik & Miljø tirsdag den 3. november 2015");
  EXPECT_EQ(doc.meeting.committee, "Udvalget for Teknik & Miljø");
  EXPECT_EQ(doc.meeting.date, "2015-11-03");
  EXPECT_EQ(doc.meeting.start_time, "16:00");
  EXPECT_EQ(doc.meeting.location, "Mødelokale 2, Allerslev");
  // A weekday inside a word that is no date's is left alone.
  EXPECT_EQ(segment_text("Referat Fredagsbaren den 3. maj 2024\n\n1. Punkt\n\nBeslutning\n")
                .meeting.title,
            "Referat Fredagsbaren den 3. maj 2024");
}

// Trial AV: other municipalities' labels for who came, who sent regrets and
// when ("Mødet begynder:" only with its colon: "Mødet begynder kl. 16.00
// og er færdigt, når ..." is a page's sentence). "Adresse:" is none: a
// secretariat's address stands in headers too (review 32).
TEST(SegmenterHeader, MoreAttendanceLabels) {
  const auto doc = segment_text(
      "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\nMødet begynder: kl. 16.30\n"
      "Fremmøde: Jens Hansen (A), Mette Larsen (V)\nMeldt afbud: Peter Madsen (O)\n"
      "Adresse: Jernbanegade 12, 6000 Kolding\nMødested: Mødelokale 1, Rådhuset\n\n"
      "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.meeting.participants.size(), 3u);
  EXPECT_EQ(doc.meeting.participants[1].name, "Mette Larsen");
  EXPECT_EQ(doc.meeting.participants[1].status, "present");
  EXPECT_EQ(doc.meeting.participants[2].status, "absent");
  EXPECT_EQ(doc.meeting.location, "Mødelokale 1, Rådhuset");
  EXPECT_EQ(doc.meeting.start_time, "16:30");
  // "... deltog ikke:" lists the absent (review 32: they were present).
  for (const std::string label : {"Følgende deltog ikke:", "I mødet deltog ikke:"}) {
    const auto absent =
        segment_text("Referat\nØkonomiudvalget\nDeltagere: Jens Hansen (A)\n" + label +
                     " Søren Dahl (O)\n\n1. Godkendelse af dagsorden\nBeslutning\n"
                     "Godkendt.\n");
    ASSERT_EQ(absent.meeting.participants.size(), 2u) << label;
    EXPECT_EQ(absent.meeting.participants[1].status, "absent") << label;
  }
  // With the colon only: an item's absence is no meeting's (review 33).
  const auto item_only = segment_text(
      "Referat\nØkonomiudvalget\nDeltagere: Jens Hansen (A), Søren Dahl (O)\nFølgende deltog ikke "
      "i "
      "behandlingen af punkt 2: Søren Dahl (O)\n\n1. Godkendelse af dagsorden\nBeslutning\n"
      "Godkendt.\n");
  ASSERT_EQ(item_only.meeting.participants.size(), 2u);
  EXPECT_EQ(item_only.meeting.participants[1].status, "present");
  // "... i mødet:" is the meeting's; never the list of who came (review 34).
  const auto meeting = segment_text(
      "Referat\nØkonomiudvalget\nDeltagere: Jens Hansen (A)\nFølgende deltog ikke i mødet: Søren "
      "Dahl (O)\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(meeting.meeting.participants.size(), 2u);
  EXPECT_EQ(meeting.meeting.participants[1].status, "absent");
  for (const std::string label : {"Deltagende:", "Følgende deltog:", "I mødet deltog:"}) {
    const auto present = segment_text("Referat\nØkonomiudvalget\n" + label +
                                      " Jens Hansen (A), Mette Larsen (V)\n\n1. Godkendelse af "
                                      "dagsorden\nBeslutning\nGodkendt.\n");
    ASSERT_EQ(present.meeting.participants.size(), 2u) << label;
    EXPECT_EQ(present.meeting.participants[0].status, "present") << label;
  }
}

// Haderslev 2011 (trial AU), a header run together on one line: the remark's
// label ends the empty absence list; "Ingen Bemærkninger" was an absent member.
TEST(SegmenterHeader, ARemarksLabelEndsAnAttendanceList) {
  const auto doc = segment_text(
      "REFERAT Folkeoplysningsudvalget Mødedato: Tirsdag den 1. marts 2011 Afbud: Karl Gunnar "
      "Riis Gregersen, Karsten Skovbjerg Fraværende: Ingen Bemærkninger:\n\n1. Orientering\n"
      "Sagsnr.: 03/1363\nBeslutning: Taget til efterretning.\n");
  ASSERT_EQ(doc.meeting.participants.size(), 2u);
  EXPECT_EQ(doc.meeting.participants[1].name, "Karsten Skovbjerg");
  EXPECT_EQ(doc.meeting.participants[1].status, "absent");
}

// Trial AU: a constituting meeting's title names its body; "Mødet blev
// afholdt på X" under the date line gives the place alone.
TEST(SegmenterHeader, AConstitutingMeetingAndAPlaceSaidInASentence) {
  const auto constituting = segment_text(
      "Referat af konstituerende møde i Seniorrådet 02.12.2009\nTidspunkt: Kl. 12.30\n\n1. "
      "Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n");
  EXPECT_EQ(constituting.meeting.committee, "Seniorrådet");
  const auto place = segment_text(
      "Referat fra møde i Seniorrådet\nTorsdag den 18. november 2021 kl. 9.00\nMødet blev "
      "afholdt på Rådhuset\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n");
  EXPECT_EQ(place.meeting.location, "Rådhuset");
  // Review 32: any name after the sentence's preposition; not "som videomøde".
  const auto named = segment_text(
      "Referat fra møde i Seniorrådet\nTorsdag den 18. november 2021 kl. 9.00\nMødet blev "
      "afholdt på Plejecenter Solgården.\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. "
      "Eventuelt\nIntet.\n");
  EXPECT_EQ(named.meeting.location, "Plejecenter Solgården");
  const auto video = segment_text(
      "Referat fra møde i Seniorrådet\nTorsdag den 18. november 2021 kl. 9.00\nMødet blev "
      "afholdt som videomøde\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\n"
      "Intet.\n");
  EXPECT_EQ(video.meeting.location, "");
  // The name ends at its first lowercase word (review 34).
  const auto teams = segment_text(
      "Referat fra møde i Seniorrådet\nTorsdag den 18. november 2021 kl. 9.00\nMødet blev "
      "afholdt på Teams grundet det store antal smittede og blev optaget.\n\n1. Godkendelse af "
      "dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n");
  EXPECT_EQ(teams.meeting.location, "Teams");
}

// Trial AV: "i stedet mødte X" after an absent member in the list names
// who sat in (the clause had become the member's role).
TEST(SegmenterHeader, WhoSatInInsteadInAnAbsenceList) {
  const auto doc = segment_text(
      "Referat\nØkonomiudvalget\nAfbud: Peter Madsen (O), i stedet mødte Lis Berg (O)\n\n1. "
      "Godkendelse af dagsorden\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.meeting.participants.size(), 2u);
  EXPECT_EQ(doc.meeting.participants[0].status, "absent");
  EXPECT_EQ(doc.meeting.participants[0].role, "");
  EXPECT_EQ(doc.meeting.participants[1].name, "Lis Berg");
  EXPECT_EQ(doc.meeting.participants[1].party, "O");
  EXPECT_EQ(doc.meeting.participants[1].role, "stedfortræder");
  EXPECT_EQ(doc.meeting.participants[1].status, "present");
}

// A seniors' council of 2009 (trial AU): a remark in parentheses between a
// list's label and its colon; the substitutes had been lost.
TEST(SegmenterHeader, ARemarkInParenthesesBeforeTheLabelsColon) {
  const auto doc = segment_text(
      "Referat af møde i Seniorrådet den 2. december 2009\n\nMedlemmer:\nPeter Achton\n"
      "Suppleanter (deltog under punkt 1-2):\nErik Selmer Larsen\n\n1. Godkendelse af "
      "dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n");
  ASSERT_EQ(doc.meeting.participants.size(), 2u);
  EXPECT_EQ(doc.meeting.participants[1].name, "Erik Selmer Larsen");
  EXPECT_EQ(doc.meeting.participants[1].role, "stedfortræder");
}

// PolWeb (Odsherred, trial AW): each decision's block names who was away;
// a later item's empty list says the member absent from the agenda's
// approval came later.
TEST(SegmenterHeader, ALaterDecisionsEmptyAbsenceListSaysTheMemberCameLater) {
  for (const std::string later : {"Fraværende: Ingen", "Fraværende:"}) {
    const auto doc = segment_text(
        "Referat\n\n21.    Godkendelse af dagsorden\n\nSag 306-2010-395\n\nBeslutning fra "
        "Miljø- og Klimaudvalget\n\nDato: 7. februar 2017\n\nFraværende: Bo Lund\n\nGodkendt."
        "\n\n22.    Meddelelser\n\nSag 306-2010-395\n\nBeslutning fra Miljø- og "
        "Klimaudvalget\n\nDato: 7. februar 2017\n\n" +
        later + "\n\nTaget til efterretning.\n");
    ASSERT_EQ(doc.items.size(), 2u) << later;
    EXPECT_TRUE(doc.meeting.participants.empty()) << later;
  }
}

// A table of names and statuses flattened onto the label's line (docslib,
// trial AX): one junk participant "X deltog Y" before.
TEST(SegmenterHeader, NamesEachFollowedByItsStatusOnOneLine) {
  const auto doc = segment_text(
      "Referat\nByplanudvalget\nMedlemmer Simon Pihl Sørensen deltog Jan Kaspersen afbud Lise "
      "Holm deltog\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.meeting.participants.size(), 3u);
  EXPECT_EQ(doc.meeting.participants[0].name, "Simon Pihl Sørensen");
  EXPECT_EQ(doc.meeting.participants[1].name, "Jan Kaspersen");
  EXPECT_EQ(doc.meeting.participants[1].status, "absent");
  EXPECT_EQ(doc.meeting.participants[2].status, "present");
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

// PDF and Word print each entry of a list as a paragraph of its own: the
// list goes on over blank lines while the next line names a person.
TEST(SegmenterHeader, AListWhoseEntriesAreParagraphs) {
  const auto doc = segment_text(
      "Referat\nØkonomiudvalget\n\nMedlemmer\n\nOle Hansen (A), formand\n\nPia Jensen (V)\n\n"
      "Karsten Berg (Ø)\n\nAfbud\n\nPia Jensen (V)\n\nMødet blev holdt på rådhuset.\n\n"
      "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.meeting.participants.size(), 3u);
  EXPECT_EQ(doc.meeting.participants[2].name, "Karsten Berg");
  EXPECT_EQ(doc.meeting.participants[2].status, "present");
  EXPECT_EQ(doc.meeting.participants[1].status, "absent");
}

// A note on a member's attendance between two entries ("• Deltog ikke under
// punkt 2", Ballerup's web page printed to PDF) does not end the list.
TEST(SegmenterHeader, AnAttendanceNoteBetweenParagraphEntries) {
  const auto doc = segment_text(
      "Kommunalbestyrelsen\n\n26.08.2019 kl. 18:00\n\nDeltagere\n\n"
      "• Birgitte Dahl (O) - Deltog\n\n• Deltog ikke under punkt 2\n\n"
      "• Maria Lundahl Assov (A) - Deltog\n\n• Eik Møller (kommunaldirektør) - Deltog\n\n"
      "Åben dagsorden\n\n# 1 Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n");
  ASSERT_EQ(doc.meeting.participants.size(), 3u);
  EXPECT_EQ(doc.meeting.participants[1].name, "Maria Lundahl Assov");
  EXPECT_EQ(doc.meeting.participants[2].role, "kommunaldirektør");
}

TEST(SegmenterHeader, EmptyAfbudFravaerendeListAddsNobody) {
  const auto doc = segment_text(
      "Referat\nByrådet\n\nTilstede:\nKaren Mølgaard (A), borgmester\nNiels Thomsen (V)\n\n"
      "Afbud/Fraværende:\n\nSekretær: Vibeke Holst, centerchef for arbejdsmarked\n");
  ASSERT_EQ(doc.meeting.participants.size(), 3u);
  EXPECT_EQ(doc.meeting.participants[0].role, "borgmester");
  EXPECT_EQ(doc.meeting.participants[1].name, "Niels Thomsen");
  EXPECT_EQ(doc.meeting.participants[2].name, "Vibeke Holst");
  EXPECT_EQ(doc.meeting.participants[2].role, "centerchef");
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
  // A PDF's first lines joined with ". " by a document site (trials BJ, BK).
  EXPECT_EQ(committee_from_title("Referat Bestyrelse. Fredag 27. januar 2017"), "Bestyrelse");
  EXPECT_EQ(committee_from_title("Referat Udvalget for Teknik m.v. 3. marts 2024"),
            "Udvalget for Teknik m.v.");
  EXPECT_EQ(committee_from_title("Referat Kultur- og Fritidsudv. Fredag 27. januar 2017"),
            "Kultur- og Fritidsudv.");
  // A letterhead joined by a comma (trial BI).
  EXPECT_EQ(committee_from_title("Stevns Kommune, Plan- og Miljøudvalget"),
            "Plan- og Miljøudvalget");
  // A sentence about the meeting names no body (trial BJ).
  EXPECT_EQ(committee_from_title("Mødet blev holdt torsdag den 24. februar 2011 på Rådhuset"), "");
  EXPECT_EQ(committee_from_title("Erhvervsudvalget. Referat. Dato 08. september 2014. "
                                 "Mødetidspunkt 16:00"),
            "Erhvervsudvalget");
  EXPECT_EQ(committee_from_title("Referat. Kultur- og Fritidsudvalget. Møde nr.: 6/2020 Dannet "
                                 "den: Onsdag den 20. maj 2020"),
            "Kultur- og Fritidsudvalget");
  EXPECT_EQ(committee_from_title("Dagsorden - Økonomiudvalget, mandag den 3. marts 2025"),
            "Økonomiudvalget");
  EXPECT_EQ(committee_from_title("Referat Klima- og Naturudvalget"), "Klima- og Naturudvalget");
  // A date without its year (a PDF's transcript, trial AZ).
  EXPECT_EQ(
      committee_from_title("Dagsorden Beredskabskommissionen torsdag den 7. april Kl. 13:30 i "
                           "Brandstationen, Vintapperbuen"),
      "Beredskabskommissionen");
  EXPECT_EQ(committee_from_title("Referat Økonomiudvalget den 7. april"), "Økonomiudvalget");
  EXPECT_EQ(committee_from_title("Byrådet - Referat fra mødet den 24-04-2019"), "Byrådet");
  // A yumpu page's title, cut short by the site in its own name; Rudersdal's
  // "Dagsorden med vedtagelser".
  EXPECT_EQ(committee_from_title("ØKONOMIUDVALGET Dagsorden med vedtagelser - Rudersdal ..."),
            "ØKONOMIUDVALGET");
  EXPECT_EQ(committee_from_title("Dagsorden med vedtagelser Byrådet 23.05.2012"), "Byrådet");
  EXPECT_EQ(committee_from_title("Referat af Byrådets møde d. 20.09.2016"), "Byrådet");
  EXPECT_EQ(committee_from_title("Referat - Åben dagsorden"), "");
  EXPECT_EQ(committee_from_title("Økonomiudvalget"), "Økonomiudvalget");
  EXPECT_EQ(committee_from_title("Referat"), "");
  EXPECT_EQ(committee_from_title("Mødet blev aflyst"), "");
  // A document site's page title names the municipality, never a committee.
  EXPECT_EQ(committee_from_title("Referat - Viborg Kommune"), "");
  EXPECT_EQ(committee_from_title("Dagsorden - Lyngby-Taarbæk kommune"), "");
}

// Absent from the agenda's approval, but a later item's own list of the
// absent (also "Fraværende: Ingen") leaves the member out: the member came
// later and was at the meeting.
TEST(SegmenterHeader, AMemberWhoCameLaterIsPresent) {
  const auto doc = segment_text(
      "Referat\n\nDeltagere: Jens Bækkelund (V), Bo Krarup (A), Tove Krabbe (C)\n\n"
      "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\nFraværende: Bo Krarup (A), Tove "
      "Krabbe (C)\n\n2. Budget\nBeslutning\nGodkendt.\nFraværende: Tove Krabbe (C)\n\n"
      "3. Eventuelt\nBeslutning\nIntet.\nFraværende: Ingen\n");
  std::vector<std::string> rows;
  for (const auto& p : doc.meeting.participants) rows.push_back(p.name + "|" + p.status);
  EXPECT_EQ(rows, (std::vector<std::string>{"Jens Bækkelund|present", "Bo Krarup|present",
                                            "Tove Krabbe|present"}));
}

// "V: Anne Jensen, Bo Holm": the party first, for the names after it.
TEST(SegmenterHeader, APartyBeforeItsMembers) {
  const auto doc = segment_text(
      "Referat\n\nTil stede:\nV: Anne Jensen, Bo Holm\nA: Karen Mortensen\n\n"
      "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n");
  std::vector<std::string> rows;
  for (const auto& p : doc.meeting.participants) rows.push_back(p.name + "|" + p.party);
  EXPECT_EQ(rows, (std::vector<std::string>{"Anne Jensen|V", "Bo Holm|V", "Karen Mortensen|A"}));
}

// A member table's remarks column says who sent regrets.
TEST(SegmenterHeader, AMemberTablesRemarksColumn) {
  const auto doc = segment_text(
      "Referat\n\n| Navn | Parti | Bemærkning |\n|---|---|---|\n| Anne Kjær | V | |\n| Kasper Ravn "
      "| Æ | Afbud |\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n");
  std::vector<std::string> rows;
  for (const auto& p : doc.meeting.participants) rows.push_back(p.name + "|" + p.status);
  EXPECT_EQ(rows, (std::vector<std::string>{"Anne Kjær|present", "Kasper Ravn|absent"}));
}

// "Stedfortræder: Karina Bech (O) deltog for Lars Brix."; "Politiinspektør
// X, <the body>": a title ending in "-inspektør".
TEST(SegmenterHeader, ASubstitutesVerbAndAnInspectorsTitle) {
  const auto doc = segment_text(
      "Referat\n\nDeltagere: Pia Lund (A), Lars Brix (O)\nStedfortræder: Karina Bech (O) deltog "
      "for "
      "Lars Brix.\nDesuden deltog: Politiinspektør Lars Bo Madsen, Midt- og Vestsjællands "
      "Politi\n\n"
      "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n");
  std::vector<std::string> rows;
  for (const auto& p : doc.meeting.participants)
    rows.push_back(p.name + "|" + p.role + "|" + p.status);
  EXPECT_EQ(rows, (std::vector<std::string>{"Pia Lund||present", "Lars Brix||absent",
                                            "Karina Bech|stedfortræder|present",
                                            "Lars Bo Madsen|politiinspektør|present"}));
  // Units under the label are nobody.
  EXPECT_TRUE(segment_text("Referat\n\nDesuden deltog: Center for Miljø og Natur, Teknisk "
                           "Forvaltning\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
                  .meeting.participants.empty());
}

// A head row of header labels over a row of their values.
TEST(SegmenterHeader, AHeadRowOfLabelsOverItsValues) {
  for (const char* table : {"| Dato | Tid | Sted |\n| 22. maj 2025 | kl. 14.00-16.15 | Mødelokale "
                            "Møn, 4760 Vordingborg |\n",
                            "Dato\tTid\tSted\n22. maj 2025\tkl. 14.00-16.15\tMødelokale Møn, 4760 "
                            "Vordingborg\n"}) {
    const auto doc = segment_text(std::string("Referat\n\n") + table +
                                  "\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n");
    EXPECT_EQ(doc.meeting.date, "2025-05-22") << table;
    EXPECT_EQ(doc.meeting.start_time, "14:00") << table;
    EXPECT_EQ(doc.meeting.location, "Mødelokale Møn, 4760 Vordingborg") << table;
  }
}

// A party cell with the name and the letter; a PDF's row whose empty role
// cell was lost, its last cell the status column's answer.
TEST(SegmenterHeader, MemberTablePartyCellsAndShortRows) {
  const auto rows = [](const std::string& table) {
    const auto doc = segment_text("Referat\n\n" + table +
                                  "\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n");
    std::vector<std::string> out;
    for (const auto& p : doc.meeting.participants)
      out.push_back(p.name + "|" + p.party + "|" + p.role + "|" + p.status);
    return out;
  };
  EXPECT_EQ(rows("| Navn | Parti | Rolle | Fremmøde |\n| Camilla Vind | Radikale Venstre (B) | "
                 "Formand | Fremmødt |\n"),
            (std::vector<std::string>{"Camilla Vind|B|formand|present"}));
  EXPECT_EQ(rows("Navn\tParti\tRolle\tFremmøde\n\nLouise Krag\tA\tformand\tJa\n\nBirte "
                 "Friis\tV\tJa\n\nJørgen Hald\tÆ\tNej\n"),
            (std::vector<std::string>{"Louise Krag|A|formand|present", "Birte Friis|V||present",
                                      "Jørgen Hald|Æ||absent"}));
  // A party's name glued to the member's, the status to the role.
  EXPECT_EQ(rows("Navn\tParti\tRolle\tFremmøde\n\nKasper Østergård Venstre\tNæstformand Deltog\n\n"
                 "Mette Skovgaard Enhedslisten\tDeltog\n"),
            (std::vector<std::string>{"Kasper Østergård|V|næstformand|present",
                                      "Mette Skovgaard|Ø||present"}));
}

// Who sat in for whom, in the forms the people trial wrote.
TEST(SegmenterHeader, SubstitutesInSentencesAndAfterADash) {
  const auto rows = [](const std::string& header) {
    const auto doc = segment_text("Referat\n\n" + header +
                                  "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n");
    std::vector<std::string> out;
    for (const auto& p : doc.meeting.participants)
      out.push_back(p.name + "|" + p.party + "|" + p.role + "|" + p.status);
    return out;
  };
  EXPECT_EQ(rows("Medlemmer:\nKarin Lund (V)\nRikke Fjord (M)\n\nSuppleant Morten Lund (M) mødte "
                 "for Rikke Fjord (M)"),
            (std::vector<std::string>{"Karin Lund|V||present", "Rikke Fjord|M||absent",
                                      "Morten Lund|M|suppleant|present"}));
  EXPECT_EQ(rows("Medlemmer:\nAase Lindgaard (F)\n\nAase Lindgaard (F) havde meldt forfald. I "
                 "stedet deltog 1. stedfortræder Helle Vind (F)"),
            (std::vector<std::string>{"Aase Lindgaard|F||absent",
                                      "Helle Vind|F|1. stedfortræder|present"}));
  EXPECT_EQ(rows("Afbud:\nKirsten Dahl, Scleroseforeningen – stedfortræder Bo Munk deltog"),
            (std::vector<std::string>{"Kirsten Dahl|||absent", "Bo Munk||stedfortræder|present"}));
  // "I stedet for X mødte Y", "Som stedfortræder for X deltog Y": X was away
  // too, also when the list above named X (trial BA).
  const std::vector<std::string> instead{"Jens Hansen|A||present", "Peter Holm|F||absent",
                                         "Lis Krog|F|stedfortræder|present"};
  EXPECT_EQ(rows("Deltagere:\nJens Hansen (A)\nPeter Holm (F)\n\nI stedet for Peter Holm (F) mødte "
                 "Lis Krog (F)."),
            instead);
  EXPECT_EQ(rows("Deltagere:\nJens Hansen (A)\nPeter Holm (F)\n\nI stedet for Peter Holm (F) "
                 "deltog Lis Krog (F)."),
            instead);
  EXPECT_EQ(rows("Deltagere:\nJens Hansen (A)\nPeter Holm (F)\n\nSom stedfortræder for Peter "
                 "Holm (F) deltog Lis Krog (F)."),
            instead);
  EXPECT_EQ(rows("Deltagere:\nJens Hansen (A)\n\nSom suppleant for Peter Holm (F) deltog Lis "
                 "Krog (F)."),
            (std::vector<std::string>{"Jens Hansen|A||present", "Lis Krog|F|suppleant|present",
                                      "Peter Holm|F||absent"}));
  // "I stedet for at ..." names nobody away.
  EXPECT_EQ(
      rows("Deltagere:\nJens Hansen (A)\n\nI stedet for at vente deltog Lis Krog (F)."),
      (std::vector<std::string>{"Jens Hansen|A||present", "Lis Krog|F|stedfortræder|present"}));
}

// A member of the list, then a note that says they were away: as a sentence
// ("Afbud fra X.", "X deltog ikke i mødet.") or under a label the list's
// reader did not know (trial BA).
TEST(SegmenterHeader, AbsenceNotesAfterTheListOfMembers) {
  const auto status = [](const std::string& note) {
    const auto doc =
        segment_text("Referat\n\nDeltagere:\nJens Hansen (A)\nPeter Holm (F)\n\n" + note +
                     "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n");
    std::string out;
    for (const auto& p : doc.meeting.participants) out += p.name + "|" + p.status + " ";
    return out;
  };
  const std::string away = "Jens Hansen|present Peter Holm|absent ";
  EXPECT_EQ(status("Afbud fra Peter Holm (F)."), away);
  EXPECT_EQ(status("Afbud fra: Peter Holm (F)"), away);
  EXPECT_EQ(status("Følgende havde meldt afbud: Peter Holm (F)"), away);
  EXPECT_EQ(status("Forhindret:\nPeter Holm (F)"), away);
  EXPECT_EQ(status("Peter Holm (F) deltog ikke i mødet."), away);
  // Away from some items only: no absence from the meeting.
  EXPECT_EQ(status("Peter Holm (F) deltog ikke i mødet under punkt 1."),
            "Jens Hansen|present Peter Holm|present ");
  EXPECT_EQ(status("Afbud fra Peter Holm (F) under punkt 1."),
            "Jens Hansen|present Peter Holm|present ");
  EXPECT_EQ(status("I stedet for Peter Holm (F) mødte Lis Krog (F) under punkt 1."),
            "Jens Hansen|present Peter Holm|present ");
  // A firm or an organisation sending regrets is no member (review 35).
  EXPECT_EQ(status("Afbud fra Herning Erhvervsråd A/S."),
            "Jens Hansen|present Peter Holm|present ");
  EXPECT_EQ(status("Afbud fra Danske Handicaporganisationer."),
            "Jens Hansen|present Peter Holm|present ");
}

// "Anne Jensen - Venstre": a party after a dash; a line opening with another
// label ("Fra administrationen deltog:") ends the list above it.
TEST(SegmenterHeader, APartyAfterADashAndAnotherLabelEndingAList) {
  const auto doc = segment_text(
      "Referat\n\nMedlemmer:\nAnne Jensen - Venstre\nBo Holm - SF\nFraværende: Claus Rindom (Æ)\n"
      "Fra administrationen deltog: Direktør Morten Saabye og sekretær Katrine Holst "
      "(referent).\n\n"
      "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n");
  ASSERT_GE(doc.meeting.participants.size(), 3u);
  const auto& p = doc.meeting.participants;
  EXPECT_EQ(p[0].name + "|" + p[0].party + "|" + p[0].role, "Anne Jensen|V|");
  EXPECT_EQ(p[1].name + "|" + p[1].party, "Bo Holm|F");
  EXPECT_EQ(p[2].name + "|" + p[2].role + "|" + p[2].status, "Claus Rindom||absent");
  const auto holst =
      std::find_if(p.begin(), p.end(), [](const auto& q) { return q.name == "Katrine Holst"; });
  ASSERT_NE(holst, p.end());
  EXPECT_EQ(holst->status, "present") << "not absent from the list above";
}

// "Fra forvaltningen" lists the staff after the members, without a colon,
// wrapped at its commas (a "Dagsorden med vedtagelser" from a council north of
// Copenhagen): every line of it is read, as under "Medlemmer".
TEST(SegmenterHeader, AStaffListWrappedAtItsCommasGoesOn) {
  const auto doc = segment_text(
      "ØKONOMIUDVALGET\nDagsorden med vedtagelser\n\nMødedato Onsdag den 23. maj 2012\n"
      "Medlemmer Anne Holt (V), Bo Dahl (V), Carl\nBerg (C), Dorte Lund (A)\n"
      "Fra forvaltningen Erik Mose, Frida Kjær Lind, Gert Hald,\nHanne Bro, Ib Skov,\n"
      "Jytte Vang\n\n1 Meddelelser\nBeslutning\nTaget til efterretning.\n");
  std::vector<std::string> names;
  for (const auto& p : doc.meeting.participants) names.push_back(p.name + "|" + p.status);
  EXPECT_EQ(names,
            (std::vector<std::string>{
                "Anne Holt|present", "Bo Dahl|present", "Carl Berg|present", "Dorte Lund|present",
                "Erik Mose|present", "Frida Kjær Lind|present", "Gert Hald|present",
                "Hanne Bro|present", "Ib Skov|present", "Jytte Vang|present"}));
}

// A council's members with the associations they sit for: "Ældre Sagen
// Ikast" and "Dansk Blindesamfund" are no people.
TEST(SegmenterHeader, AssociationsAfterMembersAreNoPeople) {
  const auto doc = segment_text(
      "Handicaprådet\nReferat af møde onsdag den 4. december 2024\n\nTil stede:\nHanne Dahl, DH "
      "Ikast-Brande, formand\nBirthe Lykke Holm, Ældre Sagen Ikast\nTina Grøn, Dansk "
      "Blindesamfund\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n");
  std::vector<std::string> names;
  for (const auto& p : doc.meeting.participants) names.push_back(p.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Hanne Dahl", "Birthe Lykke Holm", "Tina Grøn"}));
}

// "Bemærkninger: Afbud: Thomas Juhl" (Aabenraa's pages): an absence label
// inside the remark.
TEST(SegmenterHeader, AnAbsenceLabelInsideARemark) {
  const auto doc = segment_text(
      "Beslutningsprotokol\n\nUdvalg: Teknik- og Miljøudvalget\nMedlemmer: Arne Petersen, Kurt "
      "Andresen, Thomas Juhl\nBemærkninger: Afbud: Thomas Juhl\n\n1. Godkendelse af dagsorden\n"
      "Sagsid.: 20/33839\n\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.meeting.participants.size(), 3u);
  EXPECT_EQ(doc.meeting.participants[2].name, "Thomas Juhl");
  EXPECT_EQ(doc.meeting.participants[2].status, "absent");
  EXPECT_EQ(doc.meeting.participants[0].status, "present");
}

// A page's first-level heading is its title; the site's name, service links
// and a post's date above it are chrome; a breadcrumb in the heading keeps
// its last part.
TEST(SegmenterHeader, APagesFirstLevelHeadingIsTheTitle) {
  const auto doc = segment_text(
      "Ældrerådet i Mariesund\n\n- English\n- Kontakt\n\nUdgivet 22. maj 2024\n\n"
      "# Referat fra Ældrerådets møde den 14. maj 2024\n\n## 1. Godkendelse af dagsorden\n\n"
      "Beslutning\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.title, "Referat fra Ældrerådets møde den 14. maj 2024");
  EXPECT_EQ(doc.meeting.committee, "Ældrerådet");
  EXPECT_EQ(doc.meeting.date, "2024-05-14");
  const auto crumbs = segment_text(
      "GennemseSide\n\n# Politik og dagsordener › Referater › Økonomiudvalget 03-06-2024\n\n"
      "## 1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(crumbs.meeting.title, "Økonomiudvalget 03-06-2024");
  EXPECT_EQ(crumbs.meeting.committee, "Økonomiudvalget");
}

// "Gitte Holm, formand (A)": a role after the name's comma, then the party
// in parentheses; a substitute's party stays the substitute's.
TEST(SegmenterHeader, ARoleAfterTheCommaThenTheParty) {
  const auto doc = segment_text(
      "Referat\n\nDeltagere: Gitte Holm, formand (A), Erik Thuesen, 1. viceborgmester (Venstre), "
      "Sara Møller (Ø)\nFraværende: Anne Kirk (C), stedfortræder Bo Lund (C)\n\n"
      "Punkt 1: Godkendelse\n\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.meeting.participants.size(), 5u);
  const auto& p = doc.meeting.participants;
  EXPECT_EQ(p[0].name + "|" + p[0].party + "|" + p[0].role, "Gitte Holm|A|formand");
  EXPECT_EQ(p[1].name + "|" + p[1].party + "|" + p[1].role, "Erik Thuesen|V|1. viceborgmester");
  EXPECT_EQ(p[3].name + "|" + p[3].party + "|" + p[3].status, "Anne Kirk|C|absent");
  EXPECT_EQ(p[4].name + "|" + p[4].party + "|" + p[4].role, "Bo Lund|C|stedfortræder");
}

// "Fraværende: Afbud fra A og B" (trial BK): both are absent; the note's
// lead is no part of the first name.
TEST(SegmenterHeader, AnAbsenceListLedByAfbudFra) {
  const auto doc = segment_text(
      "Referat\nDato: 3. maj 2011\nMedlemmer: Erik Fabrin, Jens Bruhn, Helge Tang Holbek\n"
      "Fraværende: Afbud fra Jens Bruhn og Helge Tang Holbek\n\n1. Godkendelse\nBeslutning\n"
      "Godkendt.\n");
  ASSERT_EQ(doc.meeting.participants.size(), 3u);
  const auto& p = doc.meeting.participants;
  EXPECT_EQ(p[1].name + "|" + p[1].status, "Jens Bruhn|absent");
  EXPECT_EQ(p[2].name + "|" + p[2].status, "Helge Tang Holbek|absent");
}

// "råd" names a council only as a word's end ("Ældrerådet"); a line that
// names the town hall or a rådmand is no committee. "Rådmand for Sundhed og
// Omsorg Tina Vad (A)" is one person, her title and the area it heads.
TEST(SegmenterHeader, TownHallAndRaadmandLinesAreNoCommittee) {
  const auto doc = segment_text(
      "Referat\nRådhuset, Magistratens mødelokale\nMagistraten\nDato: 24. marts 2025\n\n"
      "Til stede: Borgmester Jens Bækgaard (A)\nAfbud: Rådmand for Sundhed og Omsorg Tina Vad "
      "(A)\n\nPunkt 1: Godkendelse\n\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.committee, "Magistraten");
  ASSERT_EQ(doc.meeting.participants.size(), 2u);
  EXPECT_EQ(doc.meeting.participants[1].name, "Tina Vad");
  EXPECT_EQ(doc.meeting.participants[1].role, "rådmand");
  EXPECT_EQ(doc.meeting.participants[1].status, "absent");
  const auto raadmand = segment_text(
      "Referat\nRådmand for Teknik og Miljø Bodil Ravnsborg (V)\nDato: 24. marts 2025\n\n"
      "Punkt 1: Godkendelse\n\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(raadmand.meeting.committee, "");
}

// "Koncerndirektør fra Region Hovedstaden Svend Hartling" (a Copenhagen
// council's "Afbud fra:" list): the body the person comes from stands
// between the title and the name, as an area does after "for".
TEST(SegmenterHeader, ATitleFromABodyBeforeTheName) {
  const auto doc = segment_text(
      "Referat\nRådet for Sikre Byer\nDato: 3. juni 2014\n\nTilstede var:\nOverborgmester Frank "
      "Jensen\n\nAfbud fra:\nKoncerndirektør fra Region Hovedstaden Svend Hartling\n\n"
      "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.meeting.participants.size(), 2u);
  EXPECT_EQ(doc.meeting.participants[1].name, "Svend Hartling");
  EXPECT_EQ(doc.meeting.participants[1].role, "koncerndirektør");
  EXPECT_EQ(doc.meeting.participants[1].status, "absent");
  // Under the item's decision, the item's absentees too.
  const auto item = segment_text(
      "Referat\nRådet for Sikre Byer\nDato: 3. juni 2014\n\n1. Godkendelse af dagsorden\n\n"
      "Beslutning\n\nAfbud fra:\nBorgmester Anna Mee Allerslev pga. arbejde.\nKoncerndirektør fra "
      "Region Hovedstaden Svend Hartling\n\nDagsordenen blev godkendt.\n");
  ASSERT_EQ(item.items.size(), 1u);
  EXPECT_EQ(item.items[0].absent,
            (std::vector<std::string>{"Anna Mee Allerslev", "Svend Hartling"}));
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
  // The date in the title, the address with its postcode and the time on a
  // line under it (trial AM, Frederikssund's pages).
  const auto address = segment_text(
      "Rådet for handicap, psykiatri og udsatheds møde den 06. oktober 2025\n"
      "Frivillighuset, Lundevej 7, 3600 Frederikssund kl. 16.00\n80Godkendelse af dagsorden\n"
      "Beslutning\nDagsordenen blev godkendt.\n");
  EXPECT_EQ(address.meeting.date, "2025-10-06");
  EXPECT_EQ(address.meeting.start_time, "16:00");
  EXPECT_EQ(address.meeting.location, "Frivillighuset, Lundevej 7, 3600 Frederikssund");
  // The place in a sentence under the date line (trial AM, Gladsaxe).
  const auto sentence = segment_text(
      "Referat af Seniorrådsmøde 29. maj 2024\n\nDagsorden til møde i Seniorrådet 29. maj 2024 "
      "kl. 09.00-12.00\n\nMødet afholdes i lokale 2607 (Søborgværelset)\n\n"
      "1. Godkendelse af dagsordenen\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(sentence.meeting.location, "lokale 2607 (Søborgværelset)");
  // A label's address and another place's hours are no meeting's (review 30).
  const auto office = segment_text(
      "Referat\nSeniorrådet\nTorsdag den 12. marts 2025 kl. 10.00\n\nSekretariat: "
      "Ældreafdelingen, Lundevej 7, 8000 Aarhus kl. 9-15\n\n1. Godkendelse af dagsorden\n\n"
      "Beslutning\n\nGodkendt.\n");
  EXPECT_EQ(office.meeting.start_time, "10:00");
  EXPECT_EQ(office.meeting.location, "");
}

// A web page's meta line: date, time and place apart by middle dots or bars.
TEST(SegmenterHeader, DateTimeAndPlaceOnAMetaLine) {
  for (const std::string sep : {" · ", " | ", " • "}) {
    const auto doc =
        segment_text("Byrådet\n\nReferat" + sep + "19.06.2024" + sep + "kl. 17.00" + sep +
                     "Kommunalbestyrelsessalen, Rådhuset, Torvet 3, Grenaa\n\n"
                     "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n");
    EXPECT_EQ(doc.meeting.date, "2024-06-19") << sep;
    EXPECT_EQ(doc.meeting.start_time, "17:00") << sep;
    EXPECT_EQ(doc.meeting.location, "Kommunalbestyrelsessalen, Rådhuset, Torvet 3, Grenaa") << sep;
  }
  // What follows is a place only when it names one.
  const auto doc = segment_text(
      "Byrådet\n\n19.06.2024 · kl. 17.00 · Print\n\n1. Godkendelse af dagsorden\nBeslutning\n"
      "Godkendt.\n");
  EXPECT_EQ(doc.meeting.location, "");
}

// A PDF's label column and value column apart by a tab: a value that
// starts with a label's word ("Mødelokale A") is the value, whole.
TEST(SegmenterHeader, AValueStartingWithALabelWordInTheColumnBesideItsLabel) {
  const auto doc = segment_text(
      "Referat\n\nSocialudvalget\n\nMødedato:\t12.03.2024\nMødested:\tMødelokale A, Rådhuset, "
      "Maribo\n\nPunkt 1: Budget\nSagsnr.: 24/1\nBeslutning:\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.date, "2024-03-12");
  EXPECT_EQ(doc.meeting.location, "Mødelokale A, Rådhuset, Maribo");
  // The value's cell wrapped onto the next line of its column.
  const auto wrapped = segment_text(
      "# Referat\n\nBørne- og Ungeudvalget\n\nMødedato\tOnsdag den 20. marts 2024\n\n"
      "Mødested\tUdvalgsværelse 2, Odense Rådhus,\n\tFlakhaven 2\n\n## 1. Godkendelse af "
      "dagsorden\n\nSagsnr.: 24/5530\n");
  EXPECT_EQ(wrapped.meeting.location, "Udvalgsværelse 2, Odense Rådhus, Flakhaven 2");
}

// A web page's header fields as a list's items.
TEST(SegmenterHeader, LabelledFieldsAsAListsItems) {
  const auto doc = segment_text(
      "Referat\n\nØkonomiudvalget\n\n- **Mødedato:** 12. marts 2024\n- **Starttidspunkt:** 16:00\n"
      "- **Mødested:** Mødelokale B, Ballerup Rådhus\n\n1. Budget\nSagsnr.: 24/1\nBeslutning:\n"
      "Godkendt.\n");
  EXPECT_EQ(doc.meeting.date, "2024-03-12");
  EXPECT_EQ(doc.meeting.start_time, "16:00");
  EXPECT_EQ(doc.meeting.location, "Mødelokale B, Ballerup Rådhus");
  EXPECT_EQ(doc.meeting.front_matter, "");
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

// word_before() looks a word up only when it starts with a capital: every
// row's name, official form and genitive, before "Kommune" or "kommune",
// still names its municipality (Ærø's capital is Latin-1's), and a
// lowercase word none.
TEST(SegmenterHeader, EveryMunicipalityIsFoundByEachOfItsForms) {
  for (const danish::municipality& m : danish::municipalities()) {
    const std::string name(m.name);
    const bool sibilant = name.back() == 's' || name.back() == 'x' || name.back() == 'z';
    std::vector<std::string> forms = {name, name + (sibilant ? "'" : "s")};
    if (!m.official.empty()) forms.emplace_back(m.official);
    for (const std::string& form : forms) {
      EXPECT_EQ(municipality_in(form + " Kommune"), name) << form;
      EXPECT_EQ(municipality_in("i " + form + " kommune"), name) << form;
    }
  }
  EXPECT_EQ(municipality_in("i kommunen og den kommune"), "");
  EXPECT_EQ(municipality_in("odder Kommune"), "");
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

// "Name/status/role" of each participant, in their order.
std::vector<std::string> participants_of(const document& doc) {
  std::vector<std::string> out;
  for (const auto& p : doc.meeting.participants)
    out.push_back(p.name + "/" + p.status + "/" + p.role);
  return out;
}

// A Word table's row with one filled cell ("| Nordfyns Kommune | |") is that
// cell's text: here the letterhead, not the title.
TEST(SegmenterHeader, ATableRowOfOneFilledCellIsItsText) {
  const auto doc = testing::segment_text(
      "| Nordfyns Kommune | |\n| Udvalg: | Kultur- og Fritidsudvalget |\n| Mødedato: | Mandag den "
      "12. september 2022 |\n\n# Referat\n\n**Punkt 1. Godkendelse af dagsorden**\n\n"
      "Beslutning\n\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.title, "Referat");
  EXPECT_EQ(doc.meeting.municipality, "Nordfyn");
  EXPECT_EQ(doc.meeting.committee, "Kultur- og Fritidsudvalget");
  EXPECT_EQ(doc.meeting.date, "2022-09-12");
}

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

// A member table needs no label over it when its header row names the
// columns; a status column says who was there.
TEST(SegmenterHeader, MemberTableWithAHeaderRowAndAStatusColumn) {
  const auto doc = testing::segment_text(
      "Referat\nTeknik- og Miljøudvalget\n\n| Parti | Navn | Funktion | Fremmøde |\n"
      "|---|---|---|---|\n| V | Nils Borring | Formand | Deltog |\n"
      "| A | Jesper Toft Olesen |  | Afbud |\n| C | Henrik Lykke Rasmussen |  | Nej |\n"
      "| F | Eva Mosegaard | | Til stede |\n\n1. Godkendelse af dagsorden\nSagsnr.: 25/1\n");
  ASSERT_EQ(doc.meeting.participants.size(), 4u);
  const auto& p = doc.meeting.participants;
  EXPECT_EQ(p[0].name, "Nils Borring");
  EXPECT_EQ(p[0].party, "V");
  EXPECT_EQ(p[0].role, "formand");
  EXPECT_EQ(p[0].status, "present");
  EXPECT_EQ(p[1].name, "Jesper Toft Olesen");
  EXPECT_EQ(p[1].status, "absent");
  EXPECT_EQ(p[1].role, "");
  EXPECT_EQ(p[2].status, "absent");
  EXPECT_EQ(p[3].status, "present");
  EXPECT_EQ(doc.meeting.committee, "Teknik- og Miljøudvalget");
  // A status column named by its two answers.
  for (const char* head : {"Fremmødt/Afbud", "Afbud / Fremmøde"}) {
    const auto named = testing::segment_text(std::string("Referat\n\n| Navn | Parti | ") + head +
                                             " |\n| --- | --- | --- |\n| Nils Borring | V | "
                                             "Fremmødt |\n| Jesper Olesen | A | Afbud |\n\n1. "
                                             "Godkendelse af dagsorden\nSagsnr.: 25/1\n");
    ASSERT_EQ(named.meeting.participants.size(), 2u) << head;
    EXPECT_EQ(named.meeting.participants[0].status, "present") << head;
    EXPECT_EQ(named.meeting.participants[1].status, "absent") << head;
  }
}

// A PDF keeps the member table's cells apart by tabs, its rows paragraphs;
// a narrow party column left no tab after one name.
TEST(SegmenterHeader, MemberTableWhoseCellsAreApartByTabs) {
  const auto doc = testing::segment_text(
      "Referat\n\nØkonomiudvalget\n\nMødedato\t12. marts 2024\n\n"
      "**Navn\tParti\tFunktion\tFremmøde**\n\nPoul Erik Brandt\tV\tFormand\tTil stede\n"
      "Jette Nyvang Frost A\tNæstformand\tTil stede\n\nClaus Egholm\tC\tMedlem\tAfbud\n\n"
      "## 1. Godkendelse af dagsorden\n\nSagsnr.: 24/401\n");
  std::vector<std::string> rows;
  for (const auto& p : doc.meeting.participants)
    rows.push_back(p.name + "/" + p.party + "/" + p.role + "/" + p.status);
  EXPECT_EQ(rows, (std::vector<std::string>{"Poul Erik Brandt/V/formand/present",
                                            "Jette Nyvang Frost/A/næstformand/present",
                                            "Claus Egholm/C/medlem/absent"}));
}

// A web page's header laid out as a table of label and value cells, given
// as "Udvalg: |" over "Byrådet |", with "---|---|" rules and "Ikke
// registreret" where no one was recorded.
TEST(SegmenterHeader, LabelAndValueCellsOfAWebTable) {
  const auto doc = testing::segment_text(
      "Referat\nDato: |\n22-06-2022 17:30:00 |\n---|---|\nUdvalg: |\nByrådet |\nSted: |\n"
      "Byrådssalen |\nDeltagere: |\nIkke registreret |\nPDF: |\n|\n\n"
      "1. Godkendelse af dagsorden\nSagsnr.: 22/1\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.date, "2022-06-22");
  EXPECT_EQ(doc.meeting.start_time, "17:30");
  EXPECT_EQ(doc.meeting.committee, "Byrådet");
  EXPECT_EQ(doc.meeting.location, "Byrådssalen");
  EXPECT_TRUE(doc.meeting.participants.empty());
}

// A table of something else in the header is no member list.
TEST(SegmenterHeader, TableWithoutANameColumnIsNoMemberList) {
  const auto doc = testing::segment_text(
      "Referat\nØkonomiudvalget\n\n| Tid | Emne |\n| 16.00 | Budget |\n\n"
      "1. Godkendelse af dagsorden\nSagsnr.: 25/1\n");
  EXPECT_TRUE(doc.meeting.participants.empty());
}

// --- Header layouts of issue 17 -------------------------------------------

TEST(SegmenterHeader, InvisibleCharactersDoNotStopAMatch) {
  // No-break space, soft hyphen, zero-width space; offsets stay the original's.
  const std::string text =
      "Referat fra Teknisk Udvalg\nMedlemmer\xE2\x80\x8B\nAnne Holm Berg (A)\n\n"
      "Punkt\xC2\xA0"
      "1: Godkendelse af dagsorden\nSags\xC2\xAD"
      "fremstilling\nTekst.\nBeslutning\nGodkendt.\n";
  const auto doc = segment_text(text);
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(doc.items[0].start, text.find("Punkt"));
  EXPECT_EQ(doc.items[0].end, text.size());
  ASSERT_EQ(doc.items[0].sections.size(), 2u);
  EXPECT_EQ(doc.items[0].sections[0].kind, "case");
  EXPECT_EQ(doc.items[0].sections[0].start, text.find("Sags"));
  EXPECT_EQ(doc.items[0].sections[1].start, text.find("Beslutning"));
  ASSERT_EQ(doc.meeting.participants.size(), 1u);
  EXPECT_EQ(doc.meeting.participants[0].name, "Anne Holm Berg");
}

TEST(SegmenterHeader, MatchingTextMapsOffsetsBack) {
  const matching_text plain("abc");
  EXPECT_EQ(plain.text(), "abc");
  EXPECT_EQ(plain.original(2), 2u);
  const matching_text m(
      "a\xC2\xA0"
      "b\xC2\xAD"
      "c\xE2\x80\x8B"
      "d");
  EXPECT_EQ(m.text(), "a bcd");
  EXPECT_EQ(m.original(1), 1u);   // the space is the no-break space
  EXPECT_EQ(m.original(2), 3u);   // b
  EXPECT_EQ(m.original(3), 6u);   // c, after the soft hyphen
  EXPECT_EQ(m.original(4), 10u);  // d, after the zero-width space
  EXPECT_EQ(m.original(5), 11u);  // the end
}

// matching_text finds the characters it replaces by their lead bytes (C2,
// E2, EF), keeping each byte's next place: texts with many of one lead byte
// and few of another, the replaced characters anywhere, come out as a
// replacement piece by piece gives them, each piece mapped back to its place.
TEST(SegmenterHeader, MatchingTextReplacesEveryInvisibleCharacter) {
  struct piece {
    std::string_view bytes;
    std::string_view matched;
  };
  const piece pieces[] = {{"a", "a"},
                          {"Punkt ", "Punkt "},
                          {"\xE2\x80\x93", "\xE2\x80\x93"},  // en dash: kept
                          {"\xC2\xB0", "\xC2\xB0"},          // degree sign: kept
                          {"\xEF\xBC\x81", "\xEF\xBC\x81"},  // fullwidth "!": kept
                          {"\xC3\xA6", "\xC3\xA6"},          // æ
                          {"\xC2\xA0", " "},
                          {"\xE2\x80\xAF", " "},
                          {"\xC2\xAD", ""},
                          {"\xE2\x80\x8B", ""},
                          {"\xE2\x81\xA0", ""},
                          {"\xEF\xBB\xBF", ""}};
  unsigned state = 23;
  auto next = [&] { return (state = state * 1103515245U + 12345U) >> 16; };
  for (int round = 0; round < 3000; ++round) {
    std::string original;
    std::string expected;
    std::vector<std::pair<std::size_t, std::size_t>> kept;  // (matched offset, original offset)
    const unsigned count = next() % 40;
    // Mostly one piece (dashes, say), now and then another.
    const unsigned common = next() % std::size(pieces);
    for (unsigned k = 0; k < count; ++k) {
      const piece& p = pieces[next() % 4 == 0 ? next() % std::size(pieces) : common];
      if (p.bytes == p.matched) kept.emplace_back(expected.size(), original.size());
      original += p.bytes;
      expected += p.matched;
    }
    const matching_text m(original);
    ASSERT_EQ(m.text(), expected) << original;
    for (const auto& [at, from] : kept) EXPECT_EQ(m.original(at), from) << original;
  }
}

TEST(SegmenterHeader, CommitteeCleanOfLabelsAndDocumentType) {
  EXPECT_EQ(committee_from_title("Referat fra Teknisk Udvalg"), "Teknisk Udvalg");
  EXPECT_EQ(committee_from_title("Kommunalbestyrelsen - Referat"), "Kommunalbestyrelsen");
  EXPECT_EQ(committee_from_title("Økonomiudvalget (2022-2025) – Referat – 8. feb 2022"),
            "Økonomiudvalget");
  EXPECT_EQ(committee_from_title(
                "Referat til mødet i Børn- og Ungeudvalget den 3. maj 2021 kl. 16:00 i Lokale 1"),
            "Børn- og Ungeudvalget");
  EXPECT_EQ(segment_text("Kategori: Social- og Sundhedsudvalget\n").meeting.committee,
            "Social- og Sundhedsudvalget");
  EXPECT_EQ(segment_text("REFERAT\nUDVALG\nTeknik- og Miljøudvalget\n").meeting.committee,
            "Teknik- og Miljøudvalget");
  // Nothing names a body: no committee, never a guess.
  EXPECT_EQ(segment_text("Referat\nDen 3. maj 2021\n").meeting.committee, "");
}

TEST(SegmenterHeader, CommitteeFromThisMeetingsDecisionHeadingsOnly) {
  // text, committee, date
  const std::array<std::array<std::string, 3>, 5> cases{{
      {"Referat\nTirsdag den 12-06-2018 kl. 15:00\n\n1. Lokalplan\nSagsfremstilling\nBehandlet.\n"
       "Beslutning i Plan- og Miljøudvalget den 12-06-2018\nGodkendt.\n",
       "Plan- og Miljøudvalget", "2018-06-12"},
      // An earlier meeting's decision heading is not this meeting's body.
      {"Referat\nTirsdag den 12-06-2018 kl. 15:00\n\n1. Lokalplan\nSagsfremstilling\nBehandlet.\n"
       "Beslutning i Økonomiudvalget den 15-05-2018\nAnbefalet.\nBeslutning\nGodkendt.\n",
       "", "2018-06-12"},
      // Without the meeting's date, headings of two dates may be a history.
      {"Referat\n\n1. Lokalplan\nBeslutning i Økonomiudvalget den 15-05-2018\nAnbefalet.\n\n"
       "2. Budget\nBeslutning i Økonomiudvalget den 12-06-2018\nGodkendt.\n",
       "", ""},
      // Headings that agree give the committee and the date.
      {"Referat\n\n1. Lokalplan\nBeslutning i Økonomiudvalget den 12-06-2018\nAnbefalet.\n\n"
       "2. Budget\nBeslutning i Økonomiudvalget den 12-06-2018\nGodkendt.\n",
       "Økonomiudvalget", "2018-06-12"},
      // Another body's decision headings give no date.
      {"Referat\nByrådet\n\n1. Lokalplan\nBeslutning i Økonomiudvalget den 12-06-2018\n"
       "Anbefalet.\nBeslutning\nGodkendt.\n",
       "Byrådet", ""},
  }};
  for (const auto& [text, committee, date] : cases) {
    const auto doc = segment_text(text);
    EXPECT_EQ(doc.meeting.committee, committee) << text;
    EXPECT_EQ(doc.meeting.date, date) << text;
  }
}

TEST(SegmenterHeader, DateAndTimeSpellings) {
  EXPECT_EQ(find_date("Torsdag, March 7, 2019 - 17:00").iso, "2019-03-07");
  EXPECT_EQ(find_date("8. feb 2022").iso, "2022-02-08");
  EXPECT_EQ(find_date("Thursday 7 March 2019").iso, "2019-03-07");
  // Drupal's Danish date (Fredericia's pages): no dot after the day, a comma before the year.
  EXPECT_EQ(find_date("Mandag, 21 februar, 2022 - 17:00").iso, "2022-02-21");
  EXPECT_EQ(find_date("5 May 2021").iso, "2021-05-05");
  EXPECT_EQ(find_date("12 Oct 2021").iso, "2021-10-12");
  EXPECT_EQ(find_date("Tirsdag den 12-06-2018 kl. 15:00").iso, "2018-06-12");
  EXPECT_EQ(find_time("8:30-10:15", true), "08:30");
  EXPECT_EQ(find_time("16:00:00", true), "16:00");
  EXPECT_EQ(time_after_date(" 16:00:00"), "16:00");
  EXPECT_EQ(time_after_date(" - 17:00"), "17:00");
  EXPECT_EQ(time_after_date(" kl. 19:00"), "19:00");
  EXPECT_EQ(time_after_date(" i Byrådssalen"), "");
}

// Preference: a label over a sentence, the header over the body.
TEST(SegmenterHeader, HeaderLinesGiveDateStartTimeAndPlace) {
  // header text, date, start time, location
  const std::array<std::array<std::string, 4>, 28> cases{{
      {"Referat til mødet i Børn- og Ungeudvalget den 3. maj 2021 kl. 16:00 i Udvalgsværelse 1\n",
       "2021-05-03", "16:00", "Udvalgsværelse 1"},
      {"Referat fra Teknisk Udvalg\nDen 14.02.2023 kl. 15:30 i Mødelokale 2, Rådhuset Hinnerup\n",
       "2023-02-14", "15:30", "Mødelokale 2, Rådhuset Hinnerup"},
      // A labelled place wins over the sentence.
      {"Referat\nDen 14.02.2023 kl. 15:30 i Mødelokale 2\nMødested: Byrådssalen\n", "2023-02-14",
       "15:30", "Byrådssalen"},
      {"Referat\nDato: 08-02-2022 16:00:00\n", "2022-02-08", "16:00", ""},
      {"Referat\nMødetidspunkt: 8:30-10:15\n", "", "08:30", ""},
      {"Referat\nTorsdag, March 7, 2019 - 17:00\n", "2019-03-07", "17:00", ""},
      {"Referat\n05-10-2021 kl. 19:00\n", "2021-10-05", "19:00", ""},
      {"Referat\nTirsdag den 12-06-2018 kl. 15:00\n", "2018-06-12", "15:00", ""},
      // Opening hours in page boilerplate are not the meeting's start.
      {"Referat\nMødedato: 21.03.2022\nSpørgsmål kan rettes til Sekretariatet på hverdage kl. "
       "9.00-15.00.\n",
       "2022-03-21", "", ""},
      {"Referat\nMødedato: 21.03.2022\nMødet startede kl. 15.30 og sluttede kl. 18.05.\n",
       "2022-03-21", "15:30", ""},
      // Labels torn from their values by a PDF-to-text layer.
      {"Referat\nMødedato:\nMødetidspunkt:\nMødested:\n\n05-10-2021\n19:00\nRådhuset, lokale 2\n",
       "2021-10-05", "19:00", "Rådhuset, lokale 2"},
      // The same as a PDF of Word's paragraphs: a blank line after each.
      {"Referat\n\nMødedato:\n\nMødetidspunkt:\n\nMødested:\n\n24.01.2023\n\n17:00 - 20:30\n\n"
       "Byrådssalen, Rådhuset\n",
       "2023-01-24", "17:00", "Byrådssalen, Rådhuset"},
      // With the meeting's start and end, values opening with a label's word
      // ("kl. 18:00", "Mødelokale 3"), and an empty list's label last (a
      // 2005 committee's PDF; Hjørring's).
      {"Referat\nMødedato:\nMødet påbegyndt:\nMødet afsluttet:\nMødested:\nFraværende:\n25. maj "
       "2016\nkl. 18:00\nkl.\nMødelokale 3, Rådhuset\nFølgende sager behandles:\n",
       "2016-05-25", "18:00", "Mødelokale 3, Rådhuset"},
      // Another date of the header is not the meeting's.
      {"Referat\nDagsordenen udsendt 1. marts 2022\nTirsdag den 8. marts 2022 kl. 16.00\n",
       "2022-03-08", "16:00", ""},
      {"Referat\nOprettet: 01-02-2022 10:15:00\nMøde: 08-02-2022 16:00:00\n", "2022-02-08", "16:00",
       ""},
      {"Referat\nTid og sted: 4. marts 2024 kl. 15.00, Byrådssalen\n", "2024-03-04", "15:00",
       "Byrådssalen"},
      {"Referat\nDato og sted: 4. marts 2024 i Mødelokale 1\n", "2024-03-04", "", "Mødelokale 1"},
      // The place first (trial BF); a weekday alone is no place.
      {"Referat\nSted og tid: Rådhuset, mødelokale 2, tirsdag den 5. marts 2024 kl. 17.00\n",
       "2024-03-05", "17:00", "Rådhuset, mødelokale 2"},
      {"Referat\nSted og tid: Byrådssalen kl. 17.00 den 5. marts 2024\n", "2024-03-05", "17:00",
       "Byrådssalen"},
      {"Referat\nTid og sted: Tirsdag den 5. marts 2024 kl. 17.00\n", "2024-03-05", "17:00", ""},
      // Review 41: no place before the date where the label puts the time first.
      {"Referat\nTid og sted: Ekstraordinært møde 5. marts 2024 kl. 17.00\n", "2024-03-05", "17:00",
       ""},
      {"Referat\nSted og tid: Kl. 17.00 den 5. marts 2024\n", "2024-03-05", "17:00", ""},
      {"Referat\nDato: 04.03.2024\nStart: 15:00\nSlut: 17:00\n", "2024-03-04", "15:00", ""},
      {"Referat\nMødedato og tidspunkt\n13-09-2022 16:00:00\nSted\nMødelokale 2\n", "2022-09-13",
       "16:00", "Mødelokale 2"},
      {"Økonomiudvalget\nden 11. januar 2023 kl. 16.00 - 18.00, Byrådssalen\n", "2023-01-11",
       "16:00", "Byrådssalen"},
      {"Økonomiudvalget\nden 11. januar 2023 kl. 16.00, Hans Hansen deltog\n", "2023-01-11",
       "16:00", ""},
      // Labelled cells side by side (pdftotext columns).
      {"Referat\nMødedato:   07-03-2023 kl. 15.30      Mødested:   Mødelokale 3, Rådhuset\n",
       "2023-03-07", "15:30", "Mødelokale 3, Rådhuset"},
      // A header row flattened without its colons (Næstved's PDFs).
      {"Referat\nMødedato Tirsdag d. 31. januar 2023 kl. 18:30 Mødested Byrådssalen\n",
       "2023-01-31", "18:30", "Byrådssalen"},
  }};
  for (const auto& [text, date, time, place] : cases) {
    const auto doc = segment_text(text);
    EXPECT_EQ(doc.meeting.date, date) << text;
    EXPECT_EQ(doc.meeting.start_time, time) << text;
    EXPECT_EQ(doc.meeting.location, place) << text;
  }
}

// pdftotext wraps an address after its street: the street's number and the
// postcode on the next line go on with it; a postcode line alone stays apart.
TEST(SegmenterHeader, AnAddressWrappedAfterItsStreet) {
  for (const char* header :
       {"Mødested:  Udvalgsværelse B, Furesø Rådhus, Stiager\n2, 3500 Værløse\n",
        "Mødested:\n\nUdvalgsværelse B, Furesø Rådhus, Stiager\n2, 3500 "
        "Værløse\n"}) {
    EXPECT_EQ(segment_text(std::string("Referat\n") + header).meeting.location,
              "Udvalgsværelse B, Furesø Rådhus, Stiager 2, 3500 Værløse")
        << header;
  }
}

TEST(SegmenterHeader, RoomLabelWordIsPartOfTheRoom) {
  EXPECT_EQ(segment_text("Referat\nMødelokale 2, Assens Rådhus\n").meeting.location,
            "Mødelokale 2, Assens Rådhus");
  EXPECT_EQ(segment_text("Referat\nMødelokale: Udvalgsværelse 3\n").meeting.location,
            "Udvalgsværelse 3");
  // A room named by a letter (FirstAgenda's "STED" over "Mødelokale C").
  EXPECT_EQ(segment_text("Referat\nSTED\n\nMødelokale C\n").meeting.location, "Mødelokale C");
  EXPECT_EQ(segment_text("Referat\nLokale B1, Rådhuset\n").meeting.location, "Lokale B1, Rådhuset");
  EXPECT_EQ(segment_text("Referat\nMødelokale Udvalgsværelse D\n").meeting.location,
            "Udvalgsværelse D");
}

TEST(SegmenterHeader, MunicipalityFromNamesTownHallsAndPostcodes) {
  // A line, the municipality it names ("" for a street, a club, a wrong postcode).
  const std::array<std::pair<std::string_view, std::string_view>, 9> named{{
      {"Svendborg Kommune. Åben dagsorden", "Svendborg"},
      {"Lyngby-Taarbæk Kommune", "Lyngby-Taarbæk"},
      {"Høje-Taastrup Kommune", "Høje-Taastrup"},
      {"Ærø Kommune", "Ærø"},
      {"Nordfyns Kommune", "Nordfyn"},
      {"Lyngby Rådhus", "Lyngby-Taarbæk"},
      {"Mødelokale Kalø, Vejlevej 12", ""},
      {"Vores Kommune", ""},
      {"Odense Boldklub", ""},
  }};
  for (const auto& [text, expected] : named) EXPECT_EQ(municipality_in(text), expected) << text;
  const std::array<std::pair<std::string_view, std::string_view>, 5> postcodes{{
      {"5000 Odense C", "Odense"},
      {"Flakhaven 2, 5000 Odense C", "Odense"},
      {"Odense Boldklub", ""},
      {"Vejlevej 12", ""},
      {"7400 Odense", ""},  // the postcode must be the town's
  }};
  for (const auto& [text, expected] : postcodes)
    EXPECT_EQ(municipality_of_postcode_line(text), expected) << text;
  EXPECT_EQ(segment_text("Referat\nFlakhaven 2\n5000 Odense C\n").meeting.municipality, "Odense");
  EXPECT_EQ(
      segment_text("Referat\nSted: Vejlevej 12\nOdense Boldklub deltog.\n").meeting.municipality,
      "");
}

// Every line of the fixtures' text and markdown files.
std::vector<std::string> fixture_text_lines() {
  std::vector<std::string> lines;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(PROTOKOL_FIXTURES_DIR)) {
    const auto ext = entry.path().extension();
    if (!entry.is_regular_file() || (ext != ".txt" && ext != ".md")) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    for (std::string line; std::getline(in, line);) lines.push_back(std::move(line));
  }
  return lines;
}

// match_postcode_tail reads ASCII and Latin-1 tails by hand and leaves the
// rest to RE2: on every fixture line (whole, and after its last comma) and
// on written tails it gives what the pattern's full match gives.
void expect_postcode_tail_as_re2(std::string_view tail, const RE2& pattern) {
  re2::StringPiece code, town;
  const bool expected =
      RE2::FullMatch(re2::StringPiece(tail.data(), tail.size()), pattern, &code, &town);
  std::string_view got_code, got_town;
  ASSERT_EQ(match_postcode_tail(tail, got_code, got_town), expected) << tail;
  if (!expected) return;
  EXPECT_EQ(got_code, std::string_view(code.data(), code.size())) << tail;
  EXPECT_EQ(got_town, std::string_view(town.data(), town.size())) << tail;
}

TEST(SegmenterHeader, PostcodeTailsReadByHandAsRe2ReadsThem) {
  const RE2 pattern(R"((\d{4})\s+(\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?))");
  ASSERT_TRUE(pattern.ok());
  for (const std::string_view tail : {
           "5000 Odense C",    "5000 Odense",      "5000  Odense C",  "5000\tOdense C",
           "5000 Odense C D",  "5000 odense",      "5000 Ærøskøbing", "5000 Ølstykke By",
           "5000 ÆRØ",         "5000 Øster-Snede", "5000 -Odense",    "5000 Odense -C",
           "5000 Odense- C",   "5000 Odense C-",   "5000 Oden5e",     "50000 Odense",
           "500 Odense",       "5000Odense",       "5000 ",           "5000",
           "A000 Odense",      "5000 Odense ß",    "5000 ßdense",     "5000 Odense ÿ",
           "5000 Þórshöfn",    "5000 ×dense",      "5000 Od×nse",     "5000 Odense ÷",
           "5000 Ωmega",       "5000 Odense Ω",    "5000 Odense – C", "5000 Odense C.",
           "5000 Odense \xC3", "5000 \xC3(dense",  "5000 Od\xC3",     "5000 Oª",
           "5000 Odense ªb",   "5000 Oµ",          "5000 Odense\r",   "5000\fOdense",
       })
    expect_postcode_tail_as_re2(tail, pattern);
  const std::vector<std::string> lines = fixture_text_lines();
  ASSERT_GT(lines.size(), 10000U);
  for (const std::string_view text : lines) {
    expect_postcode_tail_as_re2(danish::trim(text), pattern);
    if (const std::size_t comma = text.rfind(','); comma != std::string_view::npos)
      expect_postcode_tail_as_re2(danish::trim(text.substr(comma + 1)), pattern);
  }
}

// match_decided_line reads ASCII and Latin-1 lines by hand and leaves the
// rest to RE2: on every fixture line and on written headings it gives what
// the pattern's full match gives, the body as short as the lazy star leaves it.
void expect_decided_line_as_re2(std::string_view line, const RE2& pattern, std::size_t& matched) {
  re2::StringPiece body, when;
  const bool expected =
      RE2::FullMatch(re2::StringPiece(line.data(), line.size()), pattern, &body, &when);
  std::string_view got_body, got_when;
  ASSERT_EQ(match_decided_line(line, got_body, got_when), expected) << line;
  if (!expected) return;
  ++matched;
  EXPECT_EQ(got_body, std::string_view(body.data(), body.size())) << line;
  EXPECT_EQ(got_when, std::string_view(when.data(), when.size())) << line;
}

TEST(SegmenterHeader, DecisionHeadingsReadByHandAsRe2ReadsThem) {
  const RE2 pattern(
      R"((?i:beslutning|beslutninger|afgørelse)\s+(?:(?i:i|fra)\s+)?([A-ZÀ-ÖØ-Þ].*?)\s+(?:(?i:den|d\.)\s+)?(\d.*))");
  ASSERT_TRUE(pattern.ok());
  std::size_t matched = 0;
  for (const std::string_view line : {
           "Beslutning i Byrådet den 9. oktober 2018",
           "Beslutning i Byrådet 9. oktober 2018:",
           "Beslutning i Plan- og Miljøudvalget den 12-06-2018",
           "BESLUTNING FRA BYRÅDET DEN 1.2.2020",
           "Beslutninger i Økonomiudvalget d. 3. maj 2021",
           "Afgørelse i Taxinævnet den 5. maj 2020",
           "AFGØRELSE fra Ældrerådet 5. maj",
           "afgØrelse Ærø 5",
           "Beslutning I Byrådet den 9. maj",
           "Beslutning Ishøj Byråd 9. maj",
           "Beslutning Fra 12. maj",
           "Beslutning fra 12. maj",
           "Beslutning i i Byrådet 12. maj",
           "Beslutning  i\tByrådet  den  9. maj",
           "Beslutning i Byrådet den9. maj",
           "Beslutning i Byrådet den 9",
           "Beslutning i Byrådet d.9",
           "Beslutning i Byrådet den den 9. maj",
           "Beslutning i Byrådet 2. behandling den 9. maj",
           "Beslutning i Byrådet",
           "Beslutning i byrådet den 9. maj",
           "Beslutning i ×rådet 9",
           "Beslutning i Þing 9",
           "Beslutning i ßrådet 9",
           "Beslutningi Byrådet 9",
           "Beslutning 9. maj",
           "Beslutning i B 9",
           "Beslutning i B 9 den 10",
           "Beslutning i Byrådet 9.\x01",
           "Beslutning",
           "Beſlutning i Byrådet den 9. maj",
           "Beslutning i Byrådet den 9. maj ſ",
           "Beslutning i \xE2\x84\xAB-udvalget 9",
           "Beslutning i Byrådet \xC3 9",
           "Beslutning i Byrådet\n9",
           "Beslutning i Ωmega 9",
           "Beslutninger Byrådet 9",
           "Beslutningerne i Byrådet 9",
           "Beslutning fraByrådet 9",
           "Beslutning i Byrådet  \t 9",
       })
    expect_decided_line_as_re2(line, pattern, matched);
  EXPECT_GT(matched, 20U);
  matched = 0;
  const std::vector<std::string> lines = fixture_text_lines();
  ASSERT_GT(lines.size(), 10000U);
  for (const std::string_view line : lines)
    expect_decided_line_as_re2(danish::trim(line), pattern, matched);
  EXPECT_GT(matched, 100U);
}

// Minutes from before 2007 name municipalities merged since ("Egebjerg
// Kommune", now Svendborg): a letterhead is read as written.
TEST(SegmenterHeader, MunicipalityOfALetterheadEvenIfNoLongerOneOfThe98) {
  EXPECT_EQ(municipality_of_letterhead("Egebjerg Kommune"), "Egebjerg");
  EXPECT_EQ(municipality_of_letterhead("**Nørre Alslev Kommune**"), "Nørre Alslev");
  EXPECT_EQ(municipality_of_letterhead("Københavns Kommune"), "København");
  EXPECT_EQ(municipality_of_letterhead("Referat fra Kommune"), "");
  EXPECT_EQ(municipality_of_letterhead("Mødet i Kommune"), "");
  EXPECT_EQ(municipality_of_letterhead("Kommune"), "");
  // In capitals (Rebild's letterhead of 2008): only a municipality of the table.
  EXPECT_EQ(municipality_of_letterhead("REBILD KOMMUNE"), "Rebild");
  EXPECT_EQ(municipality_of_letterhead("KØBENHAVNS KOMMUNE"), "København");
  EXPECT_EQ(municipality_of_letterhead("EGEBJERG KOMMUNE"), "");
  const auto caps = segment_text("REBILD KOMMUNE\n\nREFERAT\nØkonomiudvalget\n\n1. Sag\n");
  EXPECT_EQ(caps.meeting.municipality, "Rebild");
  EXPECT_EQ(caps.meeting.title, "REFERAT");
  EXPECT_EQ(segment_text("Egebjerg Kommune\nKommunalbestyrelsen\nReferat\n\n1. Sag\n")
                .meeting.municipality,
            "Egebjerg");
  // Only the first line is a letterhead.
  EXPECT_EQ(segment_text("Referat\nHjælp til Ældre Kommune\n\n1. Sag\n").meeting.municipality, "");
}

TEST(SegmenterHeader, MunicipalityOfTheOwnWebAddress) {
  EXPECT_EQ(municipality_of_web_address("Læs mere på www.odense.dk/politik"), "Odense");
  EXPECT_EQ(municipality_of_web_address("https://egedalkommune.dk/"), "Egedal");
  EXPECT_EQ(municipality_of_web_address("www.borger.dk og www.kk.dk"), "");
  EXPECT_EQ(municipality_of_web_address("mail: post@soroe.dk"), "Sorø");
  const auto doc = segment_text(
      "Referat\n\n1. Meddelelser\nBeslutning\nTaget til efterretning.\n\nwww.sorø.dk · "
      "www.soroe.dk\n");
  EXPECT_EQ(doc.meeting.municipality, "Sorø");
}

TEST(SegmenterHeader, MunicipalityOfTheOwnCouncilOrPolicy) {
  EXPECT_EQ(municipality_of_own_bodies("Sagen forelægges Hedensteds Kommunalbestyrelse."),
            "Hedensted");
  EXPECT_EQ(municipality_of_own_bodies("i tråd med Syddjurs Kommunes økonomiske politik"),
            "Syddjurs");
  // The council's own letterhead writes no genitive.
  EXPECT_EQ(municipality_of_own_bodies("Referat for møde i Aarhus Byråd, 15. august 2012"),
            "Aarhus");
  EXPECT_EQ(municipality_of_own_bodies("Referat. Aalborg Byråd. Magistraten."), "Aalborg");
  // Two municipalities' bodies, or another municipality named: neither.
  EXPECT_EQ(municipality_of_own_bodies("Aarhus Kommunes og Odder Kommunes planer"), "");
  EXPECT_EQ(municipality_of_own_bodies("Hedensteds Kommunalbestyrelse og Vejle Kommune"), "");
}

// Name, party, role and status of each participant, in order.
using person_row = std::array<std::string, 4>;
std::vector<person_row> rows_of(const std::vector<participant>& ps) {
  std::vector<person_row> out;
  for (const auto& p : ps) out.push_back({p.name, p.party, p.role, p.status});
  return out;
}

// pdftotext keeps a printed list's lines: "Deltagere:" wrapped at a comma
// goes on, indented, on the next line; the next label ends it.
TEST(SegmenterHeader, ListWrappedAtAComma) {
  const auto doc = segment_text(
      "ÅBENT REFERAT\n\nDeltagere:       Flemming Eskildsen, Peder Chr. Kirkegaard,\n"
      "                 Per Nørgaard, Knud Bjerre\n\nFraværende:      Knud Bjerre\n"
      "Mødet hævet:     17:25\n");
  EXPECT_EQ(rows_of(doc.meeting.participants),
            (std::vector<person_row>{{"Flemming Eskildsen", "", "", "present"},
                                     {"Peder Chr. Kirkegaard", "", "", "present"},
                                     {"Per Nørgaard", "", "", "present"},
                                     {"Knud Bjerre", "", "", "absent"}}));
}

// A letter's header: dateline and initials above the title, the meeting
// in a sentence over three lines, who came in a sentence, notes on items.
TEST(SegmenterHeader, LetterStyleHeaderWithSentences) {
  const auto doc = segment_text(
      "Viborg, den 15. november 2007\n/ELSGRE\n\nReferat\naf mødet i Byrådet\n"
      "14. november 2007 kl. 14:00\ni Byrådssalen, Rådhuset, Prinsens Allé 5, 8800 Viborg\n\n"
      "Medlemmerne var mødt, bortset fra Anne V. Kristensen og Tove Videbæk, der\n"
      "havde meldt afbud.\nBent Hansen erklærede sig inhabil og forlod mødet under punkt 2.\n\n"
      "1. Budget\nBeslutning\nGodkendt.\n\n2. Salg\nBeslutning\nGodkendt.\n\n"
      "3. Meddelelser\nBeslutning\nIntet.\n");
  EXPECT_EQ(doc.meeting.title, "Referat");
  EXPECT_EQ(doc.meeting.committee, "Byrådet");
  EXPECT_EQ(doc.meeting.date, "2007-11-14");
  EXPECT_EQ(doc.meeting.location, "Byrådssalen, Rådhuset, Prinsens Allé 5, 8800 Viborg");
  EXPECT_EQ(rows_of(doc.meeting.participants),
            (std::vector<person_row>{{"Anne V. Kristensen", "", "", "absent"},
                                     {"Tove Videbæk", "", "", "absent"}}));
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_TRUE(doc.items[0].absent.empty());
  EXPECT_EQ(doc.items[1].absent, (std::vector<std::string>{"Bent Hansen"}));
  EXPECT_TRUE(doc.items[2].absent.empty());
}

// Aabenraa's web page: the absent in a remark's sentence.
TEST(SegmenterHeader, ApologiesInARemark) {
  const auto doc = segment_text(
      "Beslutningsprotokol\n\nonsdag den 20. september 2017 kl. 17:00\n\n"
      "Mødested: Byrådssalen, Skelbækvej\nUdvalg: Byrådet\n"
      "Medlemmer: Thomas Andresen, Kim Brandt, Eivind Underbjerg Hansen\n"
      "Bemærkninger: Der er afbud fra Eivind Underbjerg Hansen.\n\n"
      "1. Budget 2018\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.committee, "Byrådet");
  EXPECT_EQ(rows_of(doc.meeting.participants),
            (std::vector<person_row>{{"Thomas Andresen", "", "", "present"},
                                     {"Kim Brandt", "", "", "present"},
                                     {"Eivind Underbjerg Hansen", "", "", "absent"}}));
}

// pdftotext -layout of Tønder's minutes: one absent per line in the
// value's column, each with the reason after the name.
TEST(SegmenterHeader, ListInTheValueColumnWithReasons) {
  const auto doc = segment_text(
      "Tønder Kommune\nØkonomiudvalget\nReferat\n\n"
      "Mødedato:                    15. maj 2014\n"
      "Mødelokale:                  Mødelokale 121, Tønder Rådhus\n"
      "Starttidspunkt for møde:     15:00\n"
      "Fraværende:                  Lars Rytter ved afbud\n"
      "                             Niels F. Dahlmann ved afbud\n\n"
      "1. Budget\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.date, "2014-05-15");
  EXPECT_EQ(doc.meeting.start_time, "15:00");
  EXPECT_EQ(rows_of(doc.meeting.participants),
            (std::vector<person_row>{{"Lars Rytter", "", "", "absent"},
                                     {"Niels F. Dahlmann", "", "", "absent"}}));
}

// A page's toolbar saved with its text ("| Rss | Tip en ven | Print |") is
// no title.
TEST(SegmenterHeader, ToolbarIsNoTitle) {
  const auto doc = segment_text(
      "| Rss | Tip en ven | Print |\nReferat\nUdvalg: Byrådet\n\n1. "
      "Budget\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.title, "Referat");
  EXPECT_EQ(doc.meeting.committee, "Byrådet");
}

// A title broken after a preposition ("Referat fra" / "møde i" /
// "Økonomiudvalget") goes on; the items open and closed by a column.
TEST(SegmenterHeader, TitleBrokenAfterAPreposition) {
  const auto doc = segment_text(
      "Gentofte Kommune\n\nReferat fra\nmøde i\nØkonomiudvalget\n\nMødedato 18. august 2014\n\n"
      "1   Åbent          Budget\n\nBeslutning\nAnbefales.\n\n"
      "2   Lukket         Anlæggelse af retssag\n\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.title, "Referat fra møde i Økonomiudvalget");
  EXPECT_EQ(doc.meeting.committee, "Økonomiudvalget");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].title, "Budget");
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_EQ(doc.items[1].title, "Anlæggelse af retssag");
  EXPECT_TRUE(doc.items[1].closed);
}

// "1. Deltagere og fraværende": an item that records who came; its absent
// are the meeting's absent too.
TEST(SegmenterHeader, AbsentOfAnAttendanceItemAreParticipants) {
  const auto doc = segment_text(
      "Referat\n\n1. Deltagere og fraværende\nBeslutning\nJacob Ejs (A) var fraværende. Som "
      "stedfortræder deltog Helle Obenhausen Mortensen (A)\n"
      "Hanne Grangaard (A) var fraværende.\n\n2. Spørgetid\nBeslutning\nIngen.\n\n"
      "3. Revision\nBeslutning\nGodkendt.\nSara Holm (V) deltog ikke i behandlingen.\n");
  EXPECT_EQ(
      rows_of(doc.meeting.participants),
      (std::vector<person_row>{{"Jacob Ejs", "", "", "absent"},
                               {"Hanne Grangaard", "", "", "absent"},
                               {"Helle Obenhausen Mortensen", "A", "stedfortræder", "present"}}));
}

TEST(SegmenterHeader, MemberListsInEveryForm) {
  const auto doc = segment_text(
      "Referat\nDeltagere\nFormand Lise Berg Andersen (A)\nNæstformand Peter Holm Kjær (V)\n"
      "Jens Otto Bruun, (F)\n • Maja Sørensen Lind (Ø)\n- Ole Brix Vestergaard\n"
      "Søren Damgaard Friis (V) deltog i stedet for Karen Mølgaard Hviid (V)\n\n"
      "Fraværende- Bente Fogh Nielsen ()\n");
  EXPECT_EQ(rows_of(doc.meeting.participants),
            (std::vector<person_row>{
                {"Lise Berg Andersen", "A", "formand", "present"},
                {"Peter Holm Kjær", "V", "næstformand", "present"},
                {"Jens Otto Bruun", "F", "", "present"},
                {"Maja Sørensen Lind", "Ø", "", "present"},
                {"Ole Brix Vestergaard", "", "", "present"},
                {"Søren Damgaard Friis", "V", "stedfortræder", "present"},
                {"Karen Mølgaard Hviid", "V", "", "absent"},
                {"Bente Fogh Nielsen", "", "", "absent"},
            }));
}

TEST(SegmenterHeader, GroupsAfterACommaAndSubstitutionNotes) {
  EXPECT_EQ(rows_of(parse_people("Jens Otto Bruun, (F), Maja Lind Berg, (formand), Bo Lind Hansen, "
                                 "(Afbud)",
                                 "present")),
            (std::vector<person_row>{{"Jens Otto Bruun", "F", "", "present"},
                                     {"Maja Lind Berg", "", "formand", "present"},
                                     {"Bo Lind Hansen", "", "", "absent"}}));
  EXPECT_EQ(rows_of(parse_people("Sanne Kirk Ravn (F) – afbud, Peder Bach Nørgaard (V), afbud",
                                 "present")),
            (std::vector<person_row>{{"Sanne Kirk Ravn", "F", "", "absent"},
                                     {"Peder Bach Nørgaard", "V", "", "absent"}}));
  // A note in parentheses gives the role, no substitution of the one named
  // (the role had been the note itself, the name lowercased in it).
  EXPECT_EQ(
      rows_of(parse_people("Anne Holm Berg (A) (mødte i stedet for Bo Lind Hansen)", "present")),
      (std::vector<person_row>{{"Anne Holm Berg", "A", "stedfortræder", "present"}}));
}

// A member column flattened without commas (trial BB, a docplayer
// transcript): a run of capitalised words longer than a name splits before
// each known first name after a surname.
TEST(SegmenterHeader, NamesRunTogetherWithoutCommas) {
  EXPECT_EQ(rows_of(parse_people("Torben Myrup Birgitte Tetzlaff Uffe Bro Ninni Lodahl Gjessing",
                                 "present")),
            (std::vector<person_row>{{"Torben Myrup", "", "", "present"},
                                     {"Birgitte Tetzlaff", "", "", "present"},
                                     {"Uffe Bro", "", "", "present"},
                                     {"Ninni Lodahl Gjessing", "", "", "present"}}));
  // A bracket at the run's end stays with its last name (trial BJ).
  EXPECT_EQ(
      rows_of(parse_people("Søren Hansen Lene Magnussen Lene Stangerup (referent)", "present")),
      (std::vector<person_row>{{"Søren Hansen", "", "", "present"},
                               {"Lene Magnussen", "", "", "present"},
                               {"Lene Stangerup", "", "referent", "present"}}));
  // One name of two first names and two surnames stays one.
  EXPECT_EQ(rows_of(parse_people("Poul Erik Skov Christensen", "present")),
            (std::vector<person_row>{{"Poul Erik Skov Christensen", "", "", "present"}}));
}

// A remark on when or how a member took part is no role (trial BI).
TEST(SegmenterHeader, ARemarkOnAttendanceIsNoRole) {
  for (const std::string remark :
       {"(fra kl. 16.30)", "(deltog fra pkt. 2)", "(forlod mødet kl. 18.00)", "(til kl. 17.30)",
        "(via Teams)", "(ankom kl. 16.45)",
        // Why the member was away, in a clause with its verb (trial BK).
        "(er til EU-møde i Polen)", "(har anden mødeaktivitet)"}) {
    EXPECT_EQ(rows_of(parse_people("Anne Holm (A) " + remark, "present")),
              (std::vector<person_row>{{"Anne Holm", "A", "", "present"}}))
        << remark;
  }
  EXPECT_EQ(rows_of(parse_people("Anne Holm (A) (formand)", "present")),
            (std::vector<person_row>{{"Anne Holm", "A", "formand", "present"}}));
  // A remark and a role in one bracket; a party after "fra" (review 38).
  EXPECT_EQ(rows_of(parse_people("Peter Ravn (fra kl. 17.00, næstformand)", "present")),
            (std::vector<person_row>{{"Peter Ravn", "", "næstformand", "present"}}));
  EXPECT_EQ(rows_of(parse_people("Jonas Friis (fra Venstre)", "present")),
            (std::vector<person_row>{{"Jonas Friis", "V", "", "present"}}));
}

TEST(SegmenterHeader, SuppleantForAMember) {
  EXPECT_EQ(
      rows_of(parse_people("Poul Ravn Ibsen (A), suppleant for Jonas Lykke Holt (A)", "present")),
      (std::vector<person_row>{{"Poul Ravn Ibsen", "A", "suppleant", "present"},
                               {"Jonas Lykke Holt", "A", "", "absent"}}));
}

TEST(SegmenterHeader, AfbudIngenIsNoOneAndACapsLineEndsTheList) {
  const auto doc = segment_text(
      "REFERAT\nDELTAGERE\n- Anne Holm Pedersen\nAFBUD\nIngen\nBEMÆRKNINGER\nIntet.\n");
  ASSERT_EQ(doc.meeting.participants.size(), 1u);
  EXPECT_EQ(doc.meeting.participants[0].name, "Anne Holm Pedersen");
  EXPECT_EQ(doc.meeting.participants[0].status, "present");
}

// item_notes() looks for a digit before its seven searches and RE2: a note
// names the items by number, its digits at its very end or anywhere; a line
// without one names no items.
TEST(SegmenterHeader, ANoteNamesItemsByTheDigitsAtItsEnd) {
  const std::string_view note =
      "Marianne Due, formand for Børne- og Ungdomsudvalget, deltog ikke under behandlingen af "
      "punkt 7";
  EXPECT_TRUE(names_other_items_only(note, "3"));
  EXPECT_FALSE(names_other_items_only(note, "7"));
  EXPECT_TRUE(names_other_items_only("Marianne Due (A) deltog ikke under punkterne 2-4", "5"));
  EXPECT_FALSE(names_other_items_only("Marianne Due (A) deltog ikke under punkterne 2-4", "3"));
  EXPECT_FALSE(names_other_items_only("Marianne Due deltog ikke under punkt to", "3"));
}

// item_notes() asks for "kt" or "sag" in any case before its seven
// searches: the numbers follow "punkt", "pkt" or "sag", in capitals too.
TEST(SegmenterHeader, ANoteNamesItemsAfterPunktPktOrSagInAnyCase) {
  EXPECT_TRUE(names_other_items_only("Marianne Due (A) deltog ikke under PUNKT 7", "3"));
  EXPECT_TRUE(names_other_items_only("Marianne Due (A) deltog ikke under PKT. 7", "3"));
  EXPECT_TRUE(names_other_items_only("Marianne Due (A) deltog ikke under sag 7", "3"));
  EXPECT_TRUE(names_other_items_only("Marianne Due (A) deltog ikke under SAGERNE 7-8", "3"));
  EXPECT_FALSE(names_other_items_only("Marianne Due (A) deltog ikke under SAG 3", "3"));
}

TEST(SegmenterHeader, ItemAbsencesToldInTheHeader) {
  const std::string items =
      "\n1. Dagsorden\nBeslutning\nGodkendt.\n\n2. Plan\nBeslutning\nGodkendt.\n\n"
      "3. Budget\nBeslutning\nGodkendt.\n\n4. Meddelelser\nBeslutning\nTaget til efterretning.\n";
  // a note in the header, the items (1-4) each name is absent for
  const std::vector<std::pair<std::string, std::vector<int>>> cases{
      {"Bemærkninger: Marianne Krogh Due deltog ikke under punkterne 2-3.", {2, 3}},
      {"Marianne Krogh Due deltog ikke i behandlingen af punkt 1 og 4.", {1, 4}},
      {"Marianne Krogh Due forlod mødet kl. 17.30 efter punkt 2.", {3, 4}},
      {"Marianne Krogh Due forlod mødet kl. 16.35 efter behandling af sagerne 1-2.", {3, 4}},
      {"Marianne Krogh Due deltog fra punkt 3.", {1, 2}},
      // Leaving and coming during an item (Copenhagen's council, trial BA).
      {"Marianne Krogh Due forlod mødet kl. 17.30 under behandlingen af punkt 2.", {3, 4}},
      {"Marianne Krogh Due måtte forlade mødet efter punkt 3.", {4}},
      {"Marianne Krogh Due deltog til og med punkt 2.", {3, 4}},
      {"Marianne Krogh Due ankom til mødet kl. 17.10 under behandlingen af punkt 2.", {1}},
      {"Marianne Krogh Due deltog ikke i behandlingen af pkt. 2 og pkt. 3.", {2, 3}},  // Rebild
      {"Marianne Krogh Due deltog i hele mødet.", {}},
      // "var inhabil" (trial AO), "var fraværende", "var ikke til stede".
      {"Marianne Krogh Due var inhabil under behandlingen af pkt. 2 og pkt. 3.", {2, 3}},
      {"Marianne Krogh Due var fraværende under punkt 4.", {4}},
      {"Marianne Krogh Due var ikke til stede under punkt 1.", {1}},
      // Two notes in one remark, the first "medvirkede ikke" (inhabil).
      {"Bemærkninger: Marianne Krogh Due medvirkede ikke ved behandlingen af pkt. 1, idet hun var "
       "inhabil. Marianne Krogh Due deltog ikke under punkt 4.",
       {1, 4}},
  };
  for (const auto& [note, numbers] : cases) {
    const auto doc = segment_text("Referat\nDeltagere: Anne Holm Pedersen, Marianne Krogh Due\n" +
                                  note + "\n" + items);
    ASSERT_EQ(doc.items.size(), 4u);
    for (const auto& it : doc.items) {
      const bool absent =
          std::find(numbers.begin(), numbers.end(), std::stoi(it.number)) != numbers.end();
      EXPECT_EQ(it.absent, absent ? std::vector<std::string>{"Marianne Krogh Due"}
                                  : std::vector<std::string>{})
          << note << " item " << it.number;
    }
  }
}

TEST(SegmenterHeader, AbsenceFromTheClosedPartIsFromTheClosedItems) {
  const auto doc = segment_text(
      "Referat\nBemærkninger: Bo Lind Hansen medvirkede ikke ved behandlingen af pkt. 1, idet han "
      "var inhabil. Anne Holm Pedersen og Ida Skov Bech deltog ikke i den lukkede del af mødet.\n\n"
      "1. Dagsorden\nBeslutning\nGodkendt.\n\n2. Plan\nBeslutning\nGodkendt.\n\n"
      "LUKKET MØDE\n\n3. Personalesag\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].absent, std::vector<std::string>{"Bo Lind Hansen"});
  EXPECT_EQ(doc.items[1].absent, std::vector<std::string>{});
  EXPECT_EQ(doc.items[2].absent, (std::vector<std::string>{"Anne Holm Pedersen", "Ida Skov Bech"}));
  // Said under an open item's decision (Vallensbæk): the closed items, not
  // that item.
  const auto under = segment_text(
      "Referat\n\n1. Dagsorden\nBeslutning\nGodkendt.\nRicky van Overeem var ikke til stede "
      "under den lukkede del af mødet.\n\n2. Personalesag (Lukket)\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(under.items.size(), 2u);
  EXPECT_TRUE(under.items[0].absent.empty());
  EXPECT_EQ(under.items[1].absent, std::vector<std::string>{"Ricky van Overeem"});
  // In other words (trial AS).
  for (const std::string note :
       {"deltog ikke i de lukkede punkter", "deltog ikke i det lukkede møde",
        "var fraværende under den lukkede del af mødet",
        "var ikke til stede under de lukkede punkter"}) {
    const auto other =
        segment_text("Referat\n\n1. Dagsorden\nBeslutning\nGodkendt.\nRicky van Overeem " + note +
                     ".\n\n2. Personalesag (Lukket)\nBeslutning\nGodkendt.\n");
    ASSERT_EQ(other.items.size(), 2u) << note;
    EXPECT_EQ(other.items[1].absent, std::vector<std::string>{"Ricky van Overeem"}) << note;
  }
}

// "X forlod mødet ... under behandlingen af dette punkt" in an item: X is
// absent from the items after it ("under punkt 2", "efter punkt 2" too).
TEST(SegmenterHeader, AMemberWhoLeftIsAbsentFromTheItemsAfter) {
  for (const char* note : {"Karen Lauridsen (V) forlod mødet kl. 15.40 under behandlingen af "
                           "dette punkt.",
                           "Karen Lauridsen (V) forlod mødet under punkt 2.",
                           "Karen Lauridsen forlod mødet kl. 15.40 efter punkt 2."}) {
    const auto doc = segment_text(std::string("Referat\n\n1. Dagsorden\nBeslutning\nGodkendt."
                                              "\n\n2. Budget\nBeslutning\nGodkendt.\n") +
                                  note +
                                  "\n\n3. Plan\nBeslutning\nGodkendt.\n\n4. "
                                  "Eventuelt\nBeslutning\nIntet.\n");
    ASSERT_EQ(doc.items.size(), 4u) << note;
    EXPECT_TRUE(doc.items[0].absent.empty()) << note;
    EXPECT_TRUE(doc.items[1].absent.empty()) << note;
    EXPECT_EQ(doc.items[2].absent, std::vector<std::string>{"Karen Lauridsen"}) << note;
    EXPECT_EQ(doc.items[3].absent, std::vector<std::string>{"Karen Lauridsen"}) << note;
  }
}

TEST(SegmenterHeader, ARemarkLabelEndsAnEmptyListLabelsValue) {
  // Acadre prints "Afbud:" and "Fraværende:" without values; the remark
  // under them is no list of absent members.
  const auto doc = segment_text(
      "REFERAT\nByrådet\nMødedato: Torsdag den 27-03-2008\nAfbud:\nFraværende:\n"
      "Bemærkninger: Bo Lind Hansen medvirkede ikke ved behandlingen af pkt. 2.\n\n"
      "1. Dagsorden\nBeslutning\nGodkendt.\n\n2. Plan\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.participants.size(), 0u);
  EXPECT_NE(doc.meeting.front_matter.find("Bemærkninger: Bo Lind Hansen"), std::string::npos);
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[1].absent, std::vector<std::string>{"Bo Lind Hansen"});
}

TEST(SegmenterHeader, AttendanceLabelsAndListForms) {
  // header text, the participants it gives
  const std::vector<std::pair<std::string, std::vector<person_row>>> cases{
      {"Referat\nDeltog: Anne Holm Pedersen (A), Bo Lind Hansen (V)\n"
       "Fraværende i Kommunalbestyrelsen, 12. marts 2024: Bo Lind Hansen (V)\n",
       {{"Anne Holm Pedersen", "A", "", "present"}, {"Bo Lind Hansen", "V", "", "absent"}}},
      {"Referat\nDeltog ikke: Bo Lind Hansen (V)\n", {{"Bo Lind Hansen", "V", "", "absent"}}},
      {"Referat\nTil stede: Anne Holm Pedersen (A), Bo Lind Hansen (V). Afbud: Ida Skov Bech "
       "(Ø).\n",
       {{"Anne Holm Pedersen", "A", "", "present"},
        {"Bo Lind Hansen", "V", "", "present"},
        {"Ida Skov Bech", "Ø", "", "absent"}}},
      {"Referat\nMedlemmer:\nFormand: Lene Bak Søgaard (V)\nAnders Tange Mølgaard (A)\n",
       {{"Lene Bak Søgaard", "V", "formand", "present"},
        {"Anders Tange Mølgaard", "A", "", "present"}}},
      // A list after a blank line; an empty label followed by no person is no one.
      {"Referat\nMedlemmer:\n\nAnne Holm Pedersen (A)\nBo Lind Hansen (V)\n\nAfbud:\n\n"
       "Borgerservice har åbent kl. 10-15.\n",
       {{"Anne Holm Pedersen", "A", "", "present"}, {"Bo Lind Hansen", "V", "", "present"}}},
      // A council's members sit for organisations: no role, and the chair's
      // role after them.
      {"Referat\nTil stede: Poul Erik Kjær (Danmarks Naturfredningsforening), formand, Birgit "
       "Lausten (Landboforeningen), Carsten Bonde (V)\n",
       {{"Poul Erik Kjær", "", "formand", "present"},
        {"Birgit Lausten", "", "", "present"},
        {"Carsten Bonde", "V", "", "present"}}},
      // A one-word role in parentheses stays a role.
      {"Referat\nDeltagere: Jens Krogh (A) (Suppleant), Lis Holm (Kasserer), Ole Bak "
       "(Medarbejderrepræsentant)\n",
       {{"Jens Krogh", "A", "suppleant", "present"},
        {"Lis Holm", "", "kasserer", "present"},
        {"Ole Bak", "", "medarbejderrepræsentant", "present"}}},
      // A substitute "for" a member: the member was away.
      {"Referat\nMedlemmer:\nAnne Brix (V), formand\nJens Krogh (A)\n\nStedfortræder: Bo Hald "
       "(A) for Jens Krogh (A)\n",
       {{"Anne Brix", "V", "formand", "present"},
        {"Jens Krogh", "A", "", "absent"},
        {"Bo Hald", "A", "stedfortræder", "present"}}},
      {"Referat\nStedfortrædere: Bo Hald (A) (for Jens Krogh), Eva Lund (V) for Ole Bak (V)\n",
       {{"Bo Hald", "A", "stedfortræder", "present"},
        {"Eva Lund", "V", "stedfortræder", "present"},
        {"Jens Krogh", "", "", "absent"},
        {"Ole Bak", "V", "", "absent"}}},
      // A "for" inside an organisation's name, and a qualifier after the member.
      {"Referat\nStedfortrædere: Bo Hald (Foreningen for Bedre Byggeskik), Eva Lund (V) for Ole "
       "Bak (V) under punkt 3-5\n",
       {{"Bo Hald", "", "stedfortræder", "present"},
        {"Eva Lund", "V", "stedfortræder", "present"},
        {"Ole Bak", "V", "", "absent"}}},
      // "Forfald:" and a sentence naming the substitute after the list.
      {"Referat\nMedlemmer: Christian Sonne Nielsen (V), Anne Holm (A)\nForfald: Christian Sonne "
       "Nielsen (V). I stedet mødte stedfortræder Michael Skov (V).\n",
       {{"Christian Sonne Nielsen", "V", "", "absent"},
        {"Anne Holm", "A", "", "present"},
        {"Michael Skov", "V", "stedfortræder", "present"}}},
      // "I stedet mødte:" over the substitute.
      {"Referat\nAfbud:\nKarsten Holm (V)\n\nI stedet mødte:\nBent Nielsen (V)\n",
       {{"Karsten Holm", "V", "", "absent"}, {"Bent Nielsen", "V", "stedfortræder", "present"}}},
      // "Suppleant:" under the absentees (trial AO: read as absent).
      {"Referat\nDeltog:\nJakob Ravn Sejer (A)\nFraværende i Byrådet, 24. januar 2023: Morten "
       "Højgaard Bach (V)\nSuppleant: Hans Ravn (V)\n",
       {{"Jakob Ravn Sejer", "A", "", "present"},
        {"Morten Højgaard Bach", "V", "", "absent"},
        {"Hans Ravn", "V", "stedfortræder", "present"}}},
      // "Udvalgsmedlemmer:" lists the members, not the committee ("Udvalg:").
      {"Referat\nMiljø- og Teknikudvalget\n\nUdvalgsmedlemmer:\nMogens Gade (V), formand\n"
       "Kirsten Lind (A), næstformand\nTorben Overgaard (V) - afbud\n",
       {{"Mogens Gade", "V", "formand", "present"},
        {"Kirsten Lind", "A", "næstformand", "present"},
        {"Torben Overgaard", "V", "", "absent"}}},
      // Retyped minutes: attendance in sentences, the substitute in a clause.
      {"Referat\nMødet blev afholdt med deltagelse af: Tage Ebbesen (V), Kirsten Dahl (A)\n"
       "Fraværende: Hanne Lykke (V), stedfortræder Svend Aage Møller (V) deltog\n",
       {{"Tage Ebbesen", "V", "", "present"},
        {"Kirsten Dahl", "A", "", "present"},
        {"Hanne Lykke", "V", "", "absent"},
        {"Svend Aage Møller", "V", "stedfortræder", "present"}}},
      // The other verbs a substitute's clause ends in.
      {"Referat\nFraværende: Hanne Lykke (V), suppleant Svend Aage Møller (V) indkaldt\n",
       {{"Hanne Lykke", "V", "", "absent"},
        {"Svend Aage Møller", "V", "stedfortræder", "present"}}},
      {"Referat\nFraværende: Hanne Lykke (V), stedfortræder Svend Aage Møller (V) deltog i "
       "stedet\n",
       {{"Hanne Lykke", "V", "", "absent"},
        {"Svend Aage Møller", "V", "stedfortræder", "present"}}},
      // A role and an organisation in one parenthesis; a unit after the
      // secretary's name leaves the label's role; a party's letter and name.
      {"Referat\nTil stede: Ellen Wolff (formand, DH Ærø), Mette Holt (SF - Socialistisk "
       "Folkeparti)\nReferent: Mette Lauridsen, sekretariatet\n",
       {{"Ellen Wolff", "", "formand", "present"},
        {"Mette Holt", "F", "", "present"},
        {"Mette Lauridsen", "", "referent", "present"}}},
      // Particles and a first name written short.
      {"Referat\nMedlemmer:\nAnne Holm (A)\nPeter van der Weide (C)\nBirgit Aa. Ravnkilde (F)\n"
       "Bo Lund (V)\n",
       {{"Anne Holm", "A", "", "present"},
        {"Peter van der Weide", "C", "", "present"},
        {"Birgit Aa. Ravnkilde", "F", "", "present"},
        {"Bo Lund", "V", "", "present"}}},
      // The organisations members of a council come from are no people; a
      // role after them, or after the party with no comma, is the member's.
      {"Referat\nDeltagere:\nLouise Ebbesen-Thomsen, Holstebro Idrætssamvirke\nHanne Dyhr, Danske "
       "Handicaporganisationer\nKaren Bøgh-Madsen, LO (formand)\nMarianne Hjort (C) formand\n",
       {{"Louise Ebbesen-Thomsen", "", "", "present"},
        {"Hanne Dyhr", "", "", "present"},
        {"Karen Bøgh-Madsen", "", "formand", "present"},
        {"Marianne Hjort", "C", "formand", "present"}}},
      {"Referat\nTil stede var: Tage Ebbesen (V) og Kirsten Dahl (A).\n",
       {{"Tage Ebbesen", "V", "", "present"}, {"Kirsten Dahl", "A", "", "present"}}},
      // A comma before "og" (trial AQ: "og" had been the last one's role).
      {"Referat\nTil stede: Tage Ebbesen, Ib Madsen, og Andrea Terp Christensen\n",
       {{"Tage Ebbesen", "", "", "present"},
        {"Ib Madsen", "", "", "present"},
        {"Andrea Terp Christensen", "", "", "present"}}},
  };
  for (const auto& [text, rows] : cases) {
    EXPECT_EQ(rows_of(segment_text(text).meeting.participants), rows) << text;
  }
  // header text, committee
  const std::array<std::pair<std::string_view, std::string_view>, 13> committees{{
      // Councils and bodies named without "udvalg" or "råd".
      {"Referat\n\nBorgerrepræsentationen\n\nMødedato: 12.03.2024\n", "Borgerrepræsentationen"},
      {"Referat\n\nBeredskabskommissionen\n\nMødedato: 12.03.2024\n", "Beredskabskommissionen"},
      {"Referat\n\nBeboerklagenævnet\n\nMødedato: 12.03.2024\n", "Beboerklagenævnet"},
      {"Referat\nUdvalg: Økonomiudvalget (2022-2025)\n", "Økonomiudvalget"},
      // The word joining a council to its municipality goes with the municipality.
      {"Referat\n\nÆldrerådet i Odder Kommune\n\nMødedato: 12. maj 2022\n", "Ældrerådet"},
      {"Referat\n\nHandicaprådet for Assens Kommune\n\nMødedato: 12. maj 2022\n", "Handicaprådet"},
      {"Referat\nKategori: Referat - Teknik og Miljø\n", "Teknik og Miljø"},
      {"Referat\nUdvalg: Teknik og Miljø\n", "Teknik og Miljø"},
      {"Referat\nKategori: Referater\n", ""},
      // "Udvalg" begins the body's name (trial AO: "for Kultur og Fritid").
      {"Udvalg for Kultur og Fritid\nReferat\n\nMødedato: 12. maj 2022\n",
       "Udvalg for Kultur og Fritid"},
      {"Udvalg for Kultur og Fritid - Dagsordener og referater\nMødedato: 31. august 2023\n",
       "Udvalg for Kultur og Fritid"},
      // A page of one item, its title first: the body it names is no
      // committee (trial AO, Copenhagen 2006).
      {"Forslag til budget for Bydelsrådene 2007\n\nBorgerrepræsentationen\n\n"
       "BESLUTNINGSPROTOKOL\n\nNr. 27           BR 551/06. Forslag til budget for Bydelsrådene "
       "2007\n\nIndstilling\n\nat budgettet godkendes.\n\nBeslutning\n\nGodkendt.\n",
       "Borgerrepræsentationen"},
      // The body the first item is about is still the committee (review 30).
      {"Referat\nÆldrerådet\nMødedato: 12. marts 2025\n\n1. Konstituering af Ældrerådet\n\n"
       "Beslutning\n\nGodkendt.\n",
       "Ældrerådet"},
  }};
  for (const auto& [text, committee] : committees)
    EXPECT_EQ(segment_text(std::string(text)).meeting.committee, committee) << text;
}

TEST(SegmenterHeader, SkipLinkOfAWebPageIsNotTheTitle) {
  for (const char* skip : {"Gå til indhold", "Spring til indhold", "Skip to content",
                           "Gå til hovedindhold\nFrederiksberg Kommune\nHovedmenu\n  • Borger"}) {
    const auto doc = segment_text(std::string(skip) +
                                  "\n\nReferat\nKultur- og Fritidsudvalget\nDato: 9.4.2024\n\n"
                                  "Punkt 1: Godkendelse\n");
    EXPECT_EQ(doc.meeting.title, "Referat") << skip;
    EXPECT_EQ(doc.meeting.committee, "Kultur- og Fritidsudvalget") << skip;
  }
}

// Aalborg's pages as a text extractor gives them: a half-translated skip
// link, the breadcrumbs without their separators, and an icon's class name
// (Assens) are page chrome, neither title nor committee.
TEST(SegmenterHeader, BreadcrumbsAndIconNamesAreNoTitleOrCommittee) {
  const auto doc = segment_text(
      "Skip til hoved indholdet\n  Hjem Politiske udvalg Seneste fra byrådet\n\n"
      "15. maj 2023 - referat fra byrådet\n\nByrådet 15. maj 2023\n\nPunkt 1: Godkendelse\n");
  EXPECT_EQ(doc.meeting.title, "15. maj 2023 - referat fra byrådet");
  EXPECT_EQ(doc.meeting.committee, "Byrådet");
  EXPECT_EQ(segment_text("icon-Politik\n\nPolitik\n\nReferat\n\nUdvalg: Byrådet\n\n"
                         "Punkt 1: Godkendelse\n")
                .meeting.title,
            "Referat");
}

// "BYRÅDETS BESLUTNING:" over every decision and no committee in the header:
// the body the genitive names, written as a name; two bodies name none.
TEST(SegmenterHeader, CommitteeFromUndatedGenitiveDecisions) {
  const std::string items =
      "1. Sag\nSAGSFREMSTILLING:\nTekst.\n%1\nGodkendt.\n\n2. Sag\n%2\nGodkendt.\n";
  const auto with = [&](const std::string& a, const std::string& b) {
    std::string t = "Protokol\nMødedato: 9. august 2010\n\n" + items;
    t.replace(t.find("%1"), 2, a);
    t.replace(t.find("%2"), 2, b);
    return segment_text(t).meeting.committee;
  };
  EXPECT_EQ(with("BYRÅDETS BESLUTNING:", "BYRÅDETS BESLUTNING:"), "Byrådet");
  EXPECT_EQ(with("TEKNIK- OG MILJØUDVALGETS BESLUTNING", "TEKNIK- OG MILJØUDVALGETS BESLUTNING"),
            "Teknik- og Miljøudvalget");
  EXPECT_EQ(with("Økonomiudvalgets beslutning", "Økonomiudvalgets beslutning"), "Økonomiudvalget");
  EXPECT_EQ(with("Økonomiudvalgets beslutning", "Byrådets beslutning"), "");
  EXPECT_EQ(with("BYRÅDETS BESLUTNING:", "Beslutning"), "");  // once is not enough
}

// A municipal site's page saved as text: the logo's alt text, the menu and
// the breadcrumbs come before the page's heading.
TEST(SegmenterHeader, SiteMenuAndBreadcrumbsAreNotTheTitle) {
  const auto doc = segment_text(
      "Logo\n  \u2022 Borger\n  \u2022 Politik\n\n> Byråd og Udvalg > Politikker\n\n"
      "Du er her: Forside / Politik / Dagsordener og Referater\n\nDagsordener og Referater\n\n"
      "Udvalg: Byrådet\n\n1. Godkendelse\n");
  EXPECT_EQ(doc.meeting.title, "Dagsordener og Referater");
  EXPECT_EQ(doc.meeting.committee, "Byrådet");
  // Frederiksberg's page (trial AX): the site's Facebook link and greeting.
  const auto social = segment_text(
      "Gå til hovedindhold\nFrederiksberg Kommune\nHovedmenu\nFrederiksberg Kommune på Facebook\n"
      "Velkommen til Frederiksberg Kommune\n\nReferat til mødet i Kommunalbestyrelsen den 3. "
      "oktober 2022 kl. 19:00\n\nPkt. 197 Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(social.meeting.title,
            "Referat til mødet i Kommunalbestyrelsen den 3. oktober 2022 kl. 19:00");
}

// Middelfart's pages: the cookie notice, the logo's text and the caption of
// the page's picture stand before the title; "Referat for Økonomiudvalget
// møde den ..." names the committee without a genitive.
TEST(SegmenterHeader, CookieNoticeLogoAndCaptionAreNotTheTitle) {
  const auto doc = segment_text(
      "Dette site bruger cookies. Accepter ikke cookies\n\nMiddelfart Kommune Logo\n"
      "Ny Lillebæltsbro med Middelfart i baggrunden\n\n"
      "Referat for Økonomiudvalget møde den 14. september 2015\n\nMødetid:\n"
      "14. september 2015 kl. 15:00\nTilstede:\nSteen Holm\nAnne Riis\nFraværende:\nJens Krog\n\n"
      "ÅBNE SAGER\n\n231. Budget\nSagsnr.: 2015-004871\n\nBeslutning:\n\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.title, "Referat for Økonomiudvalget møde den 14. september 2015");
  EXPECT_EQ(doc.meeting.committee, "Økonomiudvalget");
  EXPECT_EQ(doc.meeting.start_time, "15:00");
  // A first line that names a body is the title, whatever follows it.
  EXPECT_EQ(segment_text("Økonomiudvalget\nReferat\nDato: 3. maj 2024\n\n1. Sag\n").meeting.title,
            "Økonomiudvalget");
}

// Middelfart Ældreråd's page (2014): the page's date alone stands between the
// caption and the title; the items' lone lines are then their decisions.
// Aula's pages: the skip link, the menu's button and an icon's name with its
// drawing's layer ("Aula_close Layer 1") stand above the title.
TEST(SegmenterHeader, ACaptionAboveADateAloneAndAulasMenuAreNotTheTitle) {
  auto doc = segment_text(
      "Dette site bruger cookies.\n\nMiddelfart Kommune Logo\n"
      "Ny Lillebæltsbro med Middelfart i baggrunden\n\n18 december 2014\n\n"
      "Referat fra møde i Middelfart Ældreråd torsdag den 18. december 2014\n\n"
      "1. \nGodkendelse af dagsordenen\n\nGodkendt.\n\n2. \nVisionsplanen\n\nIntet.\n\n"
      "3. \nEventuelt\n\nIntet.\n");
  EXPECT_EQ(doc.meeting.title,
            "Referat fra møde i Middelfart Ældreråd torsdag den 18. december 2014");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  doc = segment_text(
      "Gå til hovedindholdet\nMENU\nAula_close Layer 1\n\nReferat 12. september 2023\n\n"
      "Referat skolebestyrelsesmøde den 12. september kl. 17.00 hos Henrik\n\n"
      "Pkt. 1\n\nGodkendelse af dagsorden\n\nGodkendt\n\nPkt. 2\n\nEventuelt\n\nIntet\n");
  EXPECT_EQ(doc.meeting.title, "Referat 12. september 2023");
  EXPECT_EQ(doc.meeting.committee, "Skolebestyrelsen");
  // A title with an underscore is no icon (review).
  EXPECT_EQ(
      segment_text("ØU_2024_03_12 Referat\n\n1. Sag\n\nBeslutning\n\nGodkendt.\n").meeting.title,
      "ØU_2024_03_12 Referat");
}

// "Ældrerådsmøde", "menighedsrådsmødet": a meeting of a body named in one
// compound word names the body, in its definite form.
TEST(SegmenterHeader, AMeetingOfABodyInOneWordNamesTheBody) {
  const auto committee = [](const std::string& title) {
    return segment_text(title + "\n\n1. Sag\n\nBeslutning\n\nGodkendt.\n").meeting.committee;
  };
  EXPECT_EQ(committee("Referat fra Ældrerådsmøde Tirsdag den 28. februar 2017 Kl. 10.00"),
            "Ældrerådet");
  EXPECT_EQ(committee("Referat fra menighedsrådsmødet den 27. marts 2019 kl. 19.00"),
            "Menighedsrådet");
  EXPECT_EQ(committee("Ekstraordinært Ældrerådsmøde – Referat 14. december 2018"), "Ældrerådet");
  EXPECT_EQ(committee("Referat af bestyrelsesmøde 7. november 2012"), "Bestyrelsen");
  EXPECT_EQ(committee("Referat fra Byrådsmøde 3. maj 2024"), "Byrådet");
  // The kind of body alone names none; the body after "i" does (review).
  EXPECT_EQ(committee("Referat af udvalgsmøde i Teknik- og Miljøudvalget"),
            "Teknik- og Miljøudvalget");
  EXPECT_EQ(committee("Referat af nævnsmøde i Beboerklagenævnet"), "Beboerklagenævnet");
  EXPECT_EQ(committee("Referat af ekstraordinært udvalgsmøde"), "");
}

// Notices of a page to its reader are never the title: a translation
// service's, a live page's ("Du kan følge ..."), a sentence of six words or
// more ending in a word and a full stop; nor is a link to a page's topics.
TEST(SegmenterHeader, APagesNoticesAreNotTheTitle) {
  const std::string body = "\n\n1. Sag\nBeslutning\nGodkendt.\n";
  EXPECT_EQ(segment_text("You can use Google to translate this website. We take no "
                         "responsibility for the accuracy of the translation. Using this service "
                         "may place a cookie on your computer.\n\nSØG\n\nReferat" +
                         body)
                .meeting.title,
            "Referat");
  EXPECT_EQ(segment_text("Du kan følge byrådsmødet direkte på denne side: Aarhus Kommune\n\n"
                         "På samme side kan du også høre optagelserne af de tidligere sager.\n\n"
                         "Referat af Byrådets møde" +
                         body)
                .meeting.title,
            "Referat af Byrådets møde");
  EXPECT_EQ(segment_text("Vis emner under Forside\n\nByrådet - Referat" + body).meeting.title,
            "Byrådet - Referat");
  // A title may end in a date's digits and a full stop.
  EXPECT_EQ(segment_text("Referat af mødet i Byrådet den 20. september 2016." + body).meeting.title,
            "Referat af mødet i Byrådet den 20. september 2016.");
  // A site's menu set apart with bars, its logo's text, a PDF-to-HTML
  // converter's page background.
  EXPECT_EQ(segment_text("Forsiden | Kontakt | Ledige job | For ansatte | Web-TV |\n"
                         "Region Syddanmark logo, link til forsiden\n\nbackground image\n\n"
                         "Regionsrådet - referat 26-01-2009" +
                         body)
                .meeting.title,
            "Regionsrådet - referat 26-01-2009");
  // A site's shortcuts (Guldborgsund).
  EXPECT_EQ(segment_text("Genveje\n\nGuldborgsund Kommune\n\nTeknik, Miljø og Ejendomsudvalg: "
                         "Referat af mødet 23. april 2019" +
                         body)
                .meeting.title,
            "Teknik, Miljø og Ejendomsudvalg: Referat af mødet 23. april 2019");
  // NemAgenda's table of the committee (Randers): its head row and its row
  // of the title's and the committee's cells, then the links.
  const auto nemagenda = segment_text(
      "| Rss | Tip en ven | Print |\nTitel Udvalg Funktioner\nByrådet Byrådet Vis medlemmer "
      "Rss-feed til udvalget Udskriv\n" +
      body);
  EXPECT_EQ(nemagenda.meeting.committee, "Byrådet");
  EXPECT_EQ(nemagenda.meeting.title, "");
  // A logo's text glued to its link home; a breadcrumb whose arrows' alt
  // text is "pil".
  for (const char* furniture :
       {"Region SyddanmarkTil forsiden", "ForsidepilPolitikpilUdvalget for sundhed - Referat"}) {
    EXPECT_EQ(segment_text(std::string(furniture) +
                           "\n\nUdvalget for sundhed - Referat - 12. april 2018" + body)
                  .meeting.title,
              "Udvalget for sundhed - Referat - 12. april 2018")
        << furniture;
  }
  // And its tools' menu below them.
  EXPECT_EQ(segment_text("Genveje\n\nGuldborgsund Kommune\n\nVærktøjer\n\nByråd: Referat af "
                         "mødet 14. december 2017" +
                         body)
                .meeting.title,
            "Byråd: Referat af mødet 14. december 2017");
  // A weekday before the date is no committee (a seniors' council's title).
  const auto seniors =
      segment_text("Torsdag den 6. oktober 2022 kl. 09.00 – 13.00 på Selmersbo" + body);
  EXPECT_EQ(seniors.meeting.committee, "");
  EXPECT_EQ(seniors.meeting.date, "2022-10-06");
  // The meeting's kind before the place is no part of it (Albertslund).
  EXPECT_EQ(segment_text("Referat\nSted: Konstituerende møde Kommunalbestyrelsessalen" + body)
                .meeting.location,
            "Kommunalbestyrelsessalen");
}

// "Poul Weber - Jørgen Bastholm deltager som stedfortræder." under
// "Afbud:" (Region Syddanmark; Jammerbugt and a local committee of
// København under a decision): the member was absent, the one after the
// dash sat in; no role of the member's.
TEST(SegmenterHeader, ASubstituteAfterTheAbsentMembersDash) {
  const auto doc = segment_text(
      "Referat\nRegionsrådet\nAfbud:\nPoul Weber - Jørgen Bastholm deltager som stedfortræder.\n"
      "Karen Baungaard - Hans Ole Hansen deltager som stedfortræder.\n\n1. Sag\nBeslutning\n"
      "Godkendt.\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Poul Weber/absent/", "Jørgen Bastholm/present/stedfortræder",
                                      "Karen Baungaard/absent/",
                                      "Hans Ole Hansen/present/stedfortræder"}));
  // Over a blank line, a sentence of names with an absence phrase is a note
  // of its own (some items without them), not more of the list above.
  const auto more = segment_text(
      "Referat\nMedlemmer\nCarl Holst, Thyge Nielsen, Stephanie Lose\n\nThyge Nielsen og "
      "Stephanie Lose deltog ikke i pkt. 14-19 og den lukkede dagsorden.\n\n1. Sag\n"
      "Beslutning\nGodkendt.\n");
  for (const auto& p : more.meeting.participants) {
    EXPECT_EQ(p.status, "present") << p.name;
    EXPECT_EQ(p.role, "") << p.name;
  }
}

// The agenda's approval under "Fravær med afbud:" over bulleted entries (a
// local committee of København): the label above the list says the
// members sent regrets, so they were absent from the meeting.
TEST(SegmenterHeader, RegretsSaidByTheLabelAboveABulletedList) {
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\nFravær med afbud:\n\n"
      "  \u2022 Keith Gray \u2013 Anders Lundsager deltager som suppleant\n\n2. "
      "Sag\n\nBeslutning\n\n"
      "Godkendt.\n");
  EXPECT_EQ(
      participants_of(doc),
      (std::vector<std::string>{"Keith Gray/absent/", "Anders Lundsager/present/stedfortræder"}));
}

// First Agenda's "Fraværende:" over names alone on their lines, under the
// agenda's approval (Varde): the label says they were absent; a sentence
// above the name says nothing of the kind.
TEST(SegmenterHeader, RegretsSaidByTheLabelAboveNamesAlone) {
  const std::string approval =
      "Byrådet\n\nReferat\n\n446. Godkendelse af dagsorden\n\nBeslutning Byrådet den "
      "03-09-2019\n\nDagsorden godkendt.\n\n";
  const std::string next = "\n\n447. Sag\n\nSagsfremstilling\n\nTekst.\n";
  EXPECT_EQ(participants_of(segment_text(approval + "Fraværende:\n\nStig Leerbeck" + next)),
            (std::vector<std::string>{"Stig Leerbeck/absent/"}));
  EXPECT_EQ(participants_of(segment_text(approval + "Afbud:\nMette Fjord\nOle Holm (V)" + next)),
            (std::vector<std::string>{"Mette Fjord/absent/", "Ole Holm/absent/"}));
  EXPECT_TRUE(participants_of(segment_text(approval + "Deltog:\n\nStig Leerbeck" + next)).empty());
}

// A region's minutes name no municipality, though their items do
// ("Rebild Kommune" in Region Nordjylland's agenda).
TEST(SegmenterHeader, ARegionsMinutesNameNoMunicipality) {
  const auto doc = segment_text(
      "Dagsorden\nRegionsrådet 24-11-2020 13:00\n\n1. Meddelelse fra formanden\nBeslutning\n"
      "Taget til efterretning.\n\n2. Revurdering af vilkår i tilladelse i Siem Skov, Rebild "
      "Kommune\nBeslutning\nRebild Kommune og Aalborg Kommune orienteres. Rebild Kommune "
      "svarer.\n");
  EXPECT_EQ(doc.meeting.committee, "Regionsrådet");
  EXPECT_EQ(doc.meeting.municipality, "");
}

// Rebild 2007 as a document site shows a PDF's text: the body's name beside
// the first label ("Byrådet Mødedato:"), each value under its label with a
// full stop after it ("17:00.", "Kig Ind, Nørager."). A one-letter
// abbreviation keeps its stop ("Nykøbing F.", Guldborgsund).
TEST(SegmenterHeader, LabelsBesideTheBodyAndValuesEndingInAStop) {
  auto doc = segment_text(
      "REFERAT\n\nByrådet Mødedato:\n\nTorsdag den 01-03-2007.\n\nMødetidspunkt:\n\n17:00.\n\n"
      "Sted:\n\nKig Ind, Nørager.\n\n1. Sag\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.committee, "Byrådet");
  EXPECT_EQ(doc.meeting.date, "2007-03-01");
  EXPECT_EQ(doc.meeting.start_time, "17:00");
  EXPECT_EQ(doc.meeting.location, "Kig Ind, Nørager");
  doc = segment_text(
      "Referat\nMødelokale: Mødelokale 3/Sundet, Parkvej 37, Nykøbing F.\n\n"
      "1. Sag\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.location, "Mødelokale 3/Sundet, Parkvej 37, Nykøbing F.");
}

// Langeland 2013 (a PDF's text): the members below "Deltagere:" as a comma
// list whose lines break inside names ("Ebbe" / "Christensen", "H.C." /
// "Rasmussen"), and a running header under an empty "Afbud:" that names the
// committee, no person. One person a line with what they come from stays
// apart ("Ruth Jensen, LyngbyGuiderne" over "Bjarne Olsen, ...").
TEST(SegmenterHeader, ACommaListBrokenInsideNamesBelowItsLabel) {
  auto doc = segment_text(
      "Økonomiudvalget\nReferat\nDeltagere:\nBjarne Nielsen, Knud Gether, Lisa Pihl Jensen, Ebbe\n"
      "Christensen, Helle Hansen, Elisa Hansen, H.C.\nRasmussen\nBemærkninger:\nFraværende:\n"
      "Afbud:\nØkonomiudvalget, Mandag den 08-04-2013\nIndholdsfortegnelse\n\n"
      "1. Sag\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Bjarne Nielsen/present/", "Knud Gether/present/",
                                      "Lisa Pihl Jensen/present/", "Ebbe Christensen/present/",
                                      "Helle Hansen/present/", "Elisa Hansen/present/",
                                      "H.C. Rasmussen/present/"}));
  doc = segment_text(
      "Referat\nDeltagere:\nRuth Jensen, LyngbyGuiderne\nBjarne Olsen, Ældrerådet\n\n"
      "1. Sag\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Ruth Jensen/present/", "Bjarne Olsen/present/"}));
}

// Region Syddanmark's pages (2012-2021): the members as a bulleted list, the
// absentees under "• Afbud" as its entries; each item's sections behind the
// fold-out buttons' words ("fold dette punkt ind Resume"), which are no part
// of the title, and the button that folds every item is no text.
TEST(SegmenterHeader, BulletedAbsenteesAndFoldOutButtons) {
  const auto doc = segment_text(
      "Forretningsudvalget - Referat - 10. april 2012\n\nMødedato\n10-04-2012 kl. 15:00\n\n"
      "Deltagere\n \u2022 Carl Holst, V\n \u2022 Mette Valentin, U\n \u2022 Lasse Krull, C\n\n"
      " \u2022 Afbud\n \u2022 Mette Valentin, U\n \u2022 Lasse Krull, C\n\n"
      " \u2022 Luk alle punkter Referat\n\n\n  Sagsnr. 09/3307\n  1. Sundhedshuse på Ærø\n"
      "  fold dette punkt ind Resume\n\nDer skal tages stilling.\n\n"
      "  fold dette punkt ind Beslutning\n\nGodkendt.\n\n  2. Meddelelser\n"
      "  fold dette punkt ind Beslutning\n\nTaget til efterretning.\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Carl Holst/present/", "Mette Valentin/absent/",
                                      "Lasse Krull/absent/"}));
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].title, "Sundhedshuse på Ærø");
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  EXPECT_EQ(doc.items[1].decision, "Taget til efterretning.");
  EXPECT_EQ(doc.meeting.front_matter.find("Luk alle"), std::string::npos);
}

// A residents' board (2012): the header on one line, an empty "Afbud:"
// right before "Referent: Lars Holm", who was there. Middelfart Ældreråd
// (2014): "Ældrerådets medlemmer" under "Deltagere:" names the members as a
// group, no person, and "(med afbud)" after an absentee is no role.
TEST(SegmenterHeader, AnEmptyLabelBeforeAnotherAndAGroupOfMembers) {
  auto doc = segment_text(
      "Referat af bestyrelsesmøde onsdag d. 7. November 2012 kl. 19.30 i A-huset. Tilstede: Lars "
      "Holm, Nina Berg, Henrik Dal Afbud: Referent: Lars Holm\n1. Valg af referent\nLars Holm.\n"
      "2. Godkendelse af dagsorden\nGodkendt.\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Lars Holm/present/referent", "Nina Berg/present/",
                                      "Henrik Dal/present/"}));
  doc = segment_text(
      "Referat fra møde i Middelfart Ældreråd torsdag den 18. december 2014\n\nDeltagere:\n"
      "Ældrerådets medlemmer\n\nFraværende:\nInge Lodberg (med afbud)\n\n1. Sag\n\nBeslutning\n\n"
      "Godkendt.\n");
  EXPECT_EQ(participants_of(doc), (std::vector<std::string>{"Inge Lodberg/absent/"}));
}

// Region Sjælland's pages (2021): the member table's cells each a paragraph,
// name, role and party apart by blank lines. (The election period bare after
// the committee's name stays: docs/segmentation.md.)
TEST(SegmenterHeader, MemberCellsAsParagraphsAndABarePeriod) {
  const auto doc = segment_text(
      "Referat\n\nReferat - Regionsrådet 2018-2021\n\n08-03-2021 16:00\n\n"
      "Medlemmer af udvalget:\n\nHeino Knudsen\n\nFormand\n\n(A)\n\nPeter Jacobsen\n\n"
      "Næstformand\n\n(O)\n\nJacob Jensen\n\n2. næstformand\n\n(V)\n\nFreddy Blak\n\n(A)\n\n"
      "Jørgen Holst\n\nLøsgænger\n\nFraværende:\n\nFreddy Blak\n\n(A)\n\n"
      "1 (Åben) Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.committee, "Regionsrådet 2018-2021");
  EXPECT_EQ(
      participants_of(doc),
      (std::vector<std::string>{
          "Heino Knudsen/present/formand", "Peter Jacobsen/present/næstformand",
          "Jacob Jensen/present/2. næstformand", "Freddy Blak/absent/", "Jørgen Holst/present/"}));
  ASSERT_EQ(doc.meeting.participants.size(), 5u);
  EXPECT_EQ(doc.meeting.participants[0].party, "A");
  EXPECT_EQ(doc.meeting.participants[4].party, "Løsgænger");
}

// Copenhagen 2005: the item's title ("Møde med Rådet for Etniske
// Minoriteter") said twice above the committee's name: a meeting with
// another body names a guest, not the committee.
TEST(SegmenterHeader, AMeetingWithAnotherBodyIsNotTheCommittee) {
  const auto doc = segment_text(
      "Mødedato: 02.05.2005, kl. 19:15\n\nMøde med Rådet for Etniske Minoriteter\n\n"
      "Møde med Rådet for Etniske Minoriteter\n\nDet rådgivende Integrationsudvalg\n\n"
      "BESLUTNINGSPROTOKOL\n\nfra fællesmøde mandag den 2. maj 2005\n\n"
      "1.      Møde med Rådet for Etniske Minoriteter\n\nBeslutning\n\nMødet fandt sted.\n");
  EXPECT_EQ(doc.meeting.committee, "Det rådgivende Integrationsudvalg");
}

// Lyngby-Taarbæk's council minutes (2016): "X (A) var fraværende. I stedet
// deltog Y (A)." under the members: X was away, Y sat in; "var fraværende
// under behandlingen af punkt 3" is about one item only.
TEST(SegmenterHeader, WasAwayAndSatInInstead) {
  auto doc = segment_text(
      "Kommunalbestyrelsen\n\nReferat\n\n22. december 2016 kl. 17:00\n\nIndkaldelse\n\n"
      "Hanne Agerlund\n\nBodil Kornum\n\nIb Carlsby\n\n"
      "Bodil Kornum (A) var fraværende. I stedet deltog Silas Munk (A).\n\n"
      "1. Gældsafvikling\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Hanne Agerlund/present/", "Bodil Kornum/absent/",
                                      "Ib Carlsby/present/", "Silas Munk/present/stedfortræder"}));
  doc = segment_text(
      "Kommunalbestyrelsen\n\nReferat\n\n22. december 2016 kl. 17:00\n\nIndkaldelse\n\n"
      "Hanne Agerlund\n\nIb Carlsby\n\nIb Carlsby var fraværende under behandlingen af punkt 1.\n\n"
      "1. Gældsafvikling\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Hanne Agerlund/present/", "Ib Carlsby/present/"}));
}

// A local council's page (2014): first names only, one of them two words.
// The names after it are people, not what that person comes from.
TEST(SegmenterHeader, AListOfFirstNamesWithATwoWordOne) {
  const auto doc = segment_text(
      "Referat af lokalrådsmøde (4. marts 2014)\n\nDato: Tirsdag den 4. marts 2014\n"
      "Tilstede: Carsten, Anne Grete, Mads, Jørn, Marianne.\nAfbud: Lars, Trine\n\n"
      "1. LUP-planer\n\nDe udarbejdede LUP-planer blev gennemgået.\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Carsten/present/", "Anne Grete/present/", "Mads/present/",
                                      "Jørn/present/", "Marianne/present/", "Lars/absent/",
                                      "Trine/absent/"}));
}

// Silkeborg 2024 (pdftohtml): members apart by semicolons, the list wrapped
// inside a name ("Camilla" over "Ørsted (M); ...").
TEST(SegmenterHeader, ASemicolonListWrappedInsideAName) {
  const auto doc = segment_text(
      "Referat\nKultur- og Fritidsudvalget\nTirsdag den 14. maj 2024, kl. 8:00 - 10:15\n"
      "Mødedeltagere: Ida Bonde (A), formand; Finn Brask (V), næstformand; Camilla\n"
      "Ørsted (M); Poul Jessing (F); Lene Vang (C)\nFraværende: Poul Jessing (F)\n\n"
      "1. Sag\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Ida Bonde/present/formand", "Finn Brask/present/næstformand",
                                      "Camilla Ørsted/present/", "Poul Jessing/absent/",
                                      "Lene Vang/present/"}));
}

// Langeland's pages: two clauses "A deltog som stedfortræder for B" joined
// by "og" under a decision. Each substitute sat in, each member was away, and
// no member takes the substitute's role.
TEST(SegmenterHeader, TwoSubstitutionClausesInOneSentence) {
  const auto doc = segment_text(
      "Referat\nDeltagere: |\nPeder Hansen, Tonni Hansen, Brian Dalsgaard |\n\n1. Sag\n"
      "Beslutning\nGodkendt.\nAfbud under hele mødet:\nBrian Dalsgaard og Tonni Hansen\n"
      "Britta Andersen deltog som stedfortræder for Brian Dalsgaard og Gert Rosing deltog som "
      "stedfortræder for Tonni Hansen\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{
                "Peder Hansen/present/", "Tonni Hansen/absent/", "Brian Dalsgaard/absent/",
                "Britta Andersen/present/stedfortræder", "Gert Rosing/present/stedfortræder"}));
}

// "Afbud fra X. I stedet mødte Y." as the header's label line (Odense): the
// substitute came; "Tønder Kommune – Kommunalbestyrelsen" (a running
// header) under an empty "Fraværende:" is no person, and the body after the
// municipality is the committee.
TEST(SegmenterHeader, SubstituteAfterARegretAndAMunicipalityIsNoPerson) {
  auto doc = segment_text(
      "Referat\n\nAfbud fra Dorthe Hjertstedt Boye. I stedet mødte Michael Eskamp Witek.\n\n"
      "1. Sag\nBeslutning\nGodkendt.\n");
  ASSERT_FALSE(doc.meeting.participants.empty());
  EXPECT_EQ(doc.meeting.participants[0].name, "Michael Eskamp Witek");
  EXPECT_EQ(doc.meeting.participants[0].status, "present");
  EXPECT_EQ(doc.meeting.participants[0].role, "stedfortræder");
  doc = segment_text(
      "Tønder Kommune – Kommunalbestyrelsen\nDagsorden\nMødedato:\n25. juni 2015\nFraværende:\n"
      "25. juni 2015\nTønder Kommune – Kommunalbestyrelsen\n\n1. Sag\nBeslutning\nGodkendt.\n");
  EXPECT_TRUE(doc.meeting.participants.empty());
  EXPECT_EQ(doc.meeting.committee, "Kommunalbestyrelsen");
  // "Starttidspunkt for møde:" over the time; "Rådhus" alone under the
  // place goes on with it.
  doc = segment_text(
      "Dagsorden\nMødelokale:\nByrådssalen, Tønder\nRådhus\nStarttidspunkt for møde:\n19:00\n\n"
      "1. Sag\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.location, "Byrådssalen, Tønder Rådhus");
  EXPECT_EQ(doc.meeting.start_time, "19:00");
}

// "Som suppleanter er indkaldt/deltog Y (A), Z (V)." in an open item's
// decision: who sat in came, with the role "stedfortræder"; not from a
// closed item, whose text the public output withholds.
TEST(SegmenterHeader, SubstitutesInADecisionArePresent) {
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\nBeslutning\nAfbud fra Bo Holm (A). Som "
      "suppleanter er indkaldt Claus K. Kross (A), Karen Kruse (V). Godkendt.\n\n"
      "2. Lukket punkt: Salg\nBeslutning\nGodkendt. Som suppleant deltog Ib Lund (C).\n");
  std::vector<std::string> present;
  for (const auto& p : doc.meeting.participants) {
    if (p.status == "present") present.push_back(p.name + "/" + p.role);
  }
  EXPECT_EQ(present, (std::vector<std::string>{"Claus K. Kross/stedfortræder",
                                               "Karen Kruse/stedfortræder"}));
}

// An Sbsys page (Faaborg-Midtfyn) sets its title over lines: "Referat" /
// "til" / "mødet i Kommunalbestyrelsen 2018-21", then the date and place.
TEST(SegmenterHeader, ATitleGoesOnOverALonePreposition) {
  const auto doc = segment_text(
      "Referat\ntil\nmødet i Kommunalbestyrelsen 2018-21\nden 5. november 2019 kl. 17:00\n"
      "i Mødesalen, Ringe\n\n342. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.title, "Referat til mødet i Kommunalbestyrelsen 2018-21");
  EXPECT_EQ(doc.meeting.committee, "Kommunalbestyrelsen 2018-21");
  EXPECT_EQ(doc.meeting.date, "2019-11-05");
  EXPECT_EQ(doc.meeting.location, "Mødesalen, Ringe");
  // A line that only ends in a preposition is no continuation.
  EXPECT_EQ(segment_text("Referat\nMødet holdes i\nDato: 3. maj 2024\n\n1. Sag\n").meeting.title,
            "Referat");
}

// Sbsys (Faaborg-Midtfyn): "Indkaldelse" alone over the members called, one
// a line; "Afbud fra X (A). Y deltager i stedet." under "Godkendelse af
// dagsorden"; the meeting's kind after its place.
TEST(SegmenterHeader, SbsysMembersCalledRegretsAndSubstitute) {
  const auto doc = segment_text(
      "Referat\ntil\nmødet i Kommunalbestyrelsen\nden 5. november 2019 kl. 17:00\n"
      "i Mødesalen, Ringe - Ekstraordinært\n\nIndkaldelse\n\nHans Stavn\nAnne Mølle\n"
      "Bo Petersen\n\n342. Godkendelse af dagsorden\n\nBeslutning\n\nAfbud fra Anne Mølle (A). "
      "John Larsen deltager i stedet.\n\nGodkendt.\n\n343. Spørgetid\n\nBeslutning\n\nIngen.\n");
  EXPECT_EQ(
      participants_of(doc),
      (std::vector<std::string>{"Hans Stavn/present/", "Anne Mølle/absent/", "Bo Petersen/present/",
                                "John Larsen/present/stedfortræder"}));
  EXPECT_EQ(doc.meeting.location, "Mødesalen, Ringe");
  // "Indkaldelse til ..." with words after it is a title, not a list label.
  const auto called =
      segment_text("Indkaldelse til møde i Økonomiudvalget\nDato: 3. maj 2024\n\n1. Sag\n");
  EXPECT_EQ(called.meeting.title, "Indkaldelse til møde i Økonomiudvalget");
  EXPECT_TRUE(called.meeting.participants.empty());
}

// "X havde meldt afbud, og Y deltog i stedet." under an agenda approval that
// is not the first item; "Z udeblev uden afbud." Who merely did not take part
// in approving the agenda ("deltog ikke") may have come later: not absent
// from the meeting.
TEST(SegmenterHeader, RegretsUnderTheAgendaApprovalAreTheMeetings) {
  const auto doc = segment_text(
      "Referat\n\n1. Valg af ordstyrer\n\nBeslutning\n\nValgt.\n\n"
      "2. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
      "Mikkel Houmann havde meldt afbud, og Peter Steffensen deltog i stedet.\n\n"
      "Sheikh Mohammed udeblev uden afbud.\n\nLis Søkvist deltog ikke i punktet.\n\n"
      "3. Eventuelt\n\nBeslutning\n\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Mikkel Houmann/absent/", "Sheikh Mohammed/absent/",
                                      "Peter Steffensen/present/stedfortræder"}));
  // The approval titled with the meeting it is of (Ringsted's pages).
  const auto dated = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden for mødet den 9. november 2015\n\nBeslutning\n\n"
      "Godkendt.\n\nAfbud fra Timo Jensen (V).\n\n2. Eventuelt\n\nBeslutning\n\nIntet.\n");
  EXPECT_EQ(participants_of(dated), (std::vector<std::string>{"Timo Jensen/absent/"}));
  // An item that approves who sits in for whom records the meeting's
  // attendance (Hillerød, Nyborg, Helsingør's "Beslutningssag: ...").
  for (const std::string title :
       {"Godkendelse af stedfortræder", "Indkaldelse af stedfortræder for Jørgen Suhr",
        "Beslutningssag: Godkendelse af indkaldt stedfortræder"}) {
    const auto substitute =
        segment_text("Referat\n\n1. " + title +
                     "\n\nBeslutning\n\nByrådet godkendte Ebbe Rasmussen (B) som stedfortræder.\n\n"
                     "Afbud: Jørgen Suhr (B)\n\n2. Eventuelt\n\nBeslutning\n\nIntet.\n");
    EXPECT_EQ(participants_of(substitute), (std::vector<std::string>{"Jørgen Suhr/absent/"}))
        << title;
  }
}

TEST(SegmenterHeader, UnknownPartyCodeIsNoRole) {
  // "(UP)" for a member outside the parties: no party value outside
  // docs/parties.md, and never a role.
  const auto people = parse_people(
      "Kasper Bech (V), formand, Niels Holm (UP), Ole Sand, (UP), Jens Vig (XY), næstformand",
      "present");
  ASSERT_EQ(people.size(), 4u);
  EXPECT_EQ(people[0].role, "formand");
  EXPECT_EQ(people[1].name, "Niels Holm");
  EXPECT_EQ(people[1].party, "");
  EXPECT_EQ(people[1].role, "");
  EXPECT_EQ(people[2].name, "Ole Sand");
  EXPECT_EQ(people[2].role, "");
  EXPECT_EQ(people[3].name, "Jens Vig");
  EXPECT_EQ(people[3].role, "næstformand");
  EXPECT_TRUE(parse_people("Niels Holm, UP", "present").size() == 1u);
}

}  // namespace
// Dragør: the substitute's sentence in the header; "Afbud fra:" over its
// names; Odense: "I stedet for X deltog Y." and an archive's heading
// "Oversigt over dagsordener og referater for odense byråd 2008", which
// names no committee.
TEST(SegmenterHeader, SubstituteSentencesAndRegretsLabelOverItsNames) {
  const auto a = segment_text(
      "Referat\n\nUdvalg: Økonomiudvalget\nMedlemmer: Ebbe Holm (T), Ole Hansen (A)\n"
      "Afbud fra: Peter Lund (T)\n\nGitte Rosen (T) var indkaldt som stedfortræder for Peter "
      "Lund (T).\n\n1. Sag\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(participants_of(a),
            (std::vector<std::string>{"Ebbe Holm/present/", "Ole Hansen/present/",
                                      "Peter Lund/absent/", "Gitte Rosen/present/stedfortræder"}));
  const auto b = segment_text(
      "Dagsordener og referater 2008\n\nOversigt over dagsordener og referater for odense byråd "
      "2008\n\nOdense Byråd\n\nÅben\n\nReferat\n\nOnsdag den 26-03-2008 kl. 17:00\n\n"
      "Afbud fra:\nHanne Storgaard\n\nI stedet for Hanne Storgaard deltog Bent Vinther.Rådmand "
      "Susanne Kjeldsen forlod mødet efter pkt. 4.\n\n1. Sag.\n\nBESLUTNING\n\nGodkendt.\n");
  EXPECT_EQ(b.meeting.committee, "Odense Byråd");
  EXPECT_EQ(participants_of(b), (std::vector<std::string>{"Hanne Storgaard/absent/",
                                                          "Bent Vinther/present/stedfortræder"}));
}

// Prepare pages: labels in capitals over their values ("UDVALG" / "Byrådet"
// / "MØDE" / "Referat"); with no title above them the minutes' document type
// is the title. "Dagsorden" alone heads a page's list of items: no title.
TEST(SegmenterHeader, TheDocumentTypeUnderTheLabelsIsTheTitle) {
  const auto doc = segment_text(
      "UDVALG\n\nByrådet\n\nMØDE\n\nReferat\n\nSTED\n\nMødesalen\n\nSTARTTIDSPUNKT\n\n"
      "03-09-2019 18:00:00\n\n446. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.title, "Referat");
  EXPECT_EQ(doc.meeting.committee, "Byrådet");
  EXPECT_EQ(doc.meeting.start_time, "18:00");
  EXPECT_EQ(
      segment_text("Mødedeltagere\n\nA, B\n\nDagsorden\n\n1. Sag\n\nBeslutning\n\nGodkendt.\n")
          .meeting.title,
      "");
}

// Syddjurs: a table's head row over its row, cells apart by one blank
// ("Udvalg Dato Type Hent" / "Byrådet 20-06-2018 16:00 Referat Samlet
// dokument"): the committee stands before the date.
TEST(SegmenterHeader, ColumnHeadsOverTheirRow) {
  const auto doc = segment_text(
      "Mødedetaljer\n\nUdvalg Dato Type Hent\nByrådet 20-06-2018 16:00 Referat Samlet dokument\n\n"
      "Punkt 138 Spørgetid\n\nBeslutning\n\nIngen.\n");
  EXPECT_EQ(doc.meeting.committee, "Byrådet");
  EXPECT_EQ(doc.meeting.date, "2018-06-20");
  EXPECT_EQ(doc.meeting.start_time, "16:00");
  // "Udvalg" followed by other words is a label with its value as before.
  EXPECT_EQ(segment_text("Referat\n\nUdvalg Økonomiudvalget\n\n1. Sag\n\nBeslutning\n\nGodkendt.\n")
                .meeting.committee,
            "Økonomiudvalget");
}

// Frederiksberg: "X og Y havde meldt forfald. I stedet mødte A og B." in the
// header; Allerød: "Der er afbud fra X. Y er indkaldt som suppleant." under
// "Bemærkninger til dagsordenen", the first item. A header's "X deltog ikke
// under punkt 2" stays an item's absence.
TEST(SegmenterHeader, RegretsAndSubstitutesInSentences) {
  const auto a = segment_text(
      "Referat\n\nJesper Holm og Mads Wiberg havde meldt forfald. I stedet mødte Lone Fjeld og "
      "Anders Bjerring.\n\nOle Sand deltog ikke under punkt 2.\n\n1. Sag\n\nBeslutning\n\n"
      "Godkendt.\n\n2. Sag\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(participants_of(a),
            (std::vector<std::string>{"Jesper Holm/absent/", "Mads Wiberg/absent/",
                                      "Lone Fjeld/present/stedfortræder",
                                      "Anders Bjerring/present/stedfortræder"}));
  ASSERT_EQ(a.items.size(), 2u);
  EXPECT_EQ(a.items[1].absent, std::vector<std::string>{"Ole Sand"});
  const auto b = segment_text(
      "Referat\n\n1. Bemærkninger til dagsordenen\n\nBeslutning Byrådet den 26-04-2018\n\n"
      "Der er afbud fra Birthe Lykke. Henning Dal er indkaldt som suppleant.\n\n2. Meddelelser\n\n"
      "Beslutning Byrådet den 26-04-2018\n\nIngen.\n");
  EXPECT_EQ(participants_of(b), (std::vector<std::string>{"Birthe Lykke/absent/",
                                                          "Henning Dal/present/stedfortræder"}));
}

// Hvidovre: "Fraværende med afbud" (no colon) over a bulleted list, and
// "Afbud fra X stedfortræder Y" sentences. Nyborg: no header at all; the
// committee and date come from "Beslutning i Byrådet 9. oktober 2018:".
TEST(SegmenterHeader, RegretsListsAndDecisionHeadingsWithoutDen) {
  const auto a = segment_text(
      "Referat\n\nMedlemmer\n  \u2022 Ib Fogh (O)\nFraværende med afbud\n  \u2022 Bente Holst (A)\n"
      "Bemærkninger\nAfbud fra Bente Holst stedfortræder Anders Lyng.\n\n1. Godkendelse af "
      "dagsorden\n\nBeslutning\n\nAfbud fra Bente Holst stedfortræder Anders Lyng\n\nGodkendt.\n");
  EXPECT_EQ(participants_of(a), (std::vector<std::string>{"Ib Fogh/present/", "Bente Holst/absent/",
                                                          "Anders Lyng/present/stedfortræder"}));
  ASSERT_EQ(a.items.size(), 1u);
  EXPECT_EQ(a.items[0].absent, std::vector<std::string>{"Bente Holst"});
  const auto b = segment_text(
      "1.      Spørgetid\n\nSagsfremstilling\n\nIngen.\n\nBeslutning i Byrådet 9. oktober 2018:\n\n"
      "Godkendt.\n\n2.      Eventuelt\n\nBeslutning i Byrådet 9. oktober 2018:\n\nIntet.\n");
  EXPECT_EQ(b.meeting.committee, "Byrådet");
  EXPECT_EQ(b.meeting.date, "2018-10-09");
}

// Frederikssund: "Mødelokale SL 1, Slangerup kl. 16.00" gives the place and
// the time; Vallensbæk: "Sted: BEMÆRK! Lukket møde kl. 16:30" is no place,
// "You are here" no title; Høje-Taastrup: "Byråd og udvalg" (the site's
// section) no committee, the date alone over "Referat (29. august 2017)" no
// title, and "Beslutning Byrådet den 29-08-2017" names the committee.
TEST(SegmenterHeader, PlacesWithTimesRemarksAndSiteSections) {
  const auto a = segment_text(
      "Økonomiudvalgets møde den 21. januar 2026\nMødelokale SL 1, Slangerup kl. 16.00\n"
      "1. Sag\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(a.meeting.location, "SL 1, Slangerup");
  EXPECT_EQ(a.meeting.start_time, "16:00");
  const auto b = segment_text(
      "You are here\n\nKommunalbestyrelsen - 24-04-2019\n\nDato: Onsdag den 24. april 2019 Tid: "
      "Kl. "
      "17:30\nSted: BEMÆRK! Lukket møde kl. 16:30\n\n1. Sag\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(b.meeting.title, "Kommunalbestyrelsen - 24-04-2019");
  EXPECT_EQ(b.meeting.location, "");
  const auto c = segment_text(
      "Byråd og udvalg\n\n29. august 2017\n\nReferat (29. august 2017)\n\nDeltagere:\n\nAnne Lund "
      "(A)\n\n1. Godkendelse af dagsorden\n\nBeslutning Byrådet den 29-08-2017\n\nGodkendt.\n");
  EXPECT_EQ(c.meeting.title, "Referat (29. august 2017)");
  EXPECT_EQ(c.meeting.committee, "Byrådet");
  EXPECT_EQ(c.meeting.date, "2017-08-29");
}

// Hillerød: "Referat byrådet 31. oktober 2018" (the body in lowercase) and
// "Stedfortræder: X (B)" under item 1's decision; Ringsted: "Du er her"
// (no colon) is no title, "Ej til stede: X" an absence.
TEST(SegmenterHeader, LowercaseBodySubstituteLabelAndEjTilStede) {
  const auto a = segment_text(
      "Referat byrådet 31. oktober 2018\nPubliceringsdato: den 02. november 2018\n1. Godkendelse "
      "af "
      "stedfortræder\nBeslutning i byrådet den 31-10-2018\nGodkendt.\nAfbud: Poul Vest (B)\n"
      "Stedfortræder: Asger Kjeldsen (B)\n");
  EXPECT_EQ(a.meeting.committee, "Byrådet");
  EXPECT_EQ(a.meeting.date, "2018-10-31");
  // The item approves the substitute: who sent regrets is absent from the meeting.
  EXPECT_EQ(participants_of(a), (std::vector<std::string>{"Poul Vest/absent/",
                                                          "Asger Kjeldsen/present/stedfortræder"}));
  const auto b = segment_text(
      "Du er her\n\nPlan- og Boligudvalget - 18-02-2014\n\n \u2022 Punkt 1 Godkendelse af "
      "dagsorden\n\n"
      "  Beslutning\n\n  Godkendt.\n\n  Ej til stede: Birthe Lund\n");
  EXPECT_EQ(b.meeting.title, "Plan- og Boligudvalget - 18-02-2014");
  ASSERT_EQ(b.items.size(), 1u);
  EXPECT_EQ(b.items[0].absent, std::vector<std::string>{"Birthe Lund"});
}

// A converter (docling, an HTML-to-text step without line breaks) joins the
// header's lines into one paragraph: each capitalised label with its colon
// starts a field again, and a letterhead or document type joined to the
// committee line is not part of the committee.
TEST(SegmenterHeader, HeaderLinesJoinedIntoOneParagraph) {
  const std::string items = "\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n";
  const auto a = segment_text(
      "Referat Plan- og Miljøudvalget Mødedato: Mandag den 12. juni 2023 Mødetidspunkt: 15:00 "
      "Mødested: Mødelokale 3, Rådhuset Medlemmer: Ulrik Wilbek (V), Claus Clausen (A) "
      "Fraværende: Niels Dueholm (Ø)" +
      items);
  EXPECT_EQ(a.meeting.title, "Referat Plan- og Miljøudvalget");
  EXPECT_EQ(a.meeting.committee, "Plan- og Miljøudvalget");
  EXPECT_EQ(a.meeting.date, "2023-06-12");
  EXPECT_EQ(a.meeting.start_time, "15:00");
  EXPECT_EQ(a.meeting.location, "Mødelokale 3, Rådhuset");
  EXPECT_EQ(participants_of(a),
            (std::vector<std::string>{"Ulrik Wilbek/present/", "Claus Clausen/present/",
                                      "Niels Dueholm/absent/"}));
  // Only a capitalised label with its colon starts a field.
  const auto b = segment_text("Referat\nMødested: Rådhuset, sted: lokale 2" + items);
  EXPECT_EQ(b.meeting.location, "Rådhuset, sted: lokale 2");
  for (const auto& [title, committee] : std::vector<std::pair<std::string, std::string>>{
           {"Kolding Kommune Økonomiudvalget", "Økonomiudvalget"},
           {"Syddjurs Kommune Referat Byrådet", "Byrådet"},
           {"Plan- og Boligudvalget Stevns Kommune", "Plan- og Boligudvalget"},
           {"Byrådet Referat", "Byrådet"},
       }) {
    EXPECT_EQ(segment_text(title + items).meeting.committee, committee) << title;
  }
  // "Protokol" after a page count names no body.
  EXPECT_EQ(segment_text("Sidenr. 1043 Protokol" + items).meeting.committee, "");
  // A list label's lowercase tail before its colon ("Afbud fra:").
  const auto c = segment_text(
      "Referat\nMedlemmer: Lone Brix (A), Ib Holm (V) Afbud fra: Søren "
      "Kjærsgaard (T)" +
      items);
  EXPECT_EQ(participants_of(c), (std::vector<std::string>{"Lone Brix/present/", "Ib Holm/present/",
                                                          "Søren Kjærsgaard/absent/"}));
}

// Word minutes made markdown by pandoc: the header as a grid table of label
// and value cells (a value escaped: "14\. marts"), the members as a grid
// table, and a list wrapped at 72 columns inside an entry.
TEST(SegmenterHeader, PandocGridTablesAndWrappedLists) {
  const auto doc = segment_text(
      "**Referat**\n\n+-----------+------------------+\n| Mødedato: | 14\\. marts 2024 |\n"
      "+-----------+------------------+\n| Mødested: | Byrådssalen |\n"
      "+-----------+------------------+\n\n+----------+-------+\n| Navn | Parti |\n"
      "+==========+=======+\n| Ane Holt | V |\n+----------+-------+\n| Bent Skov | A |\n"
      "+----------+-------+\n\nAfbud: Dorte Lind (O), Hans Ravn\n(V), Carl Due og\nErik Vang (F)\n"
      "\n# 1\\. Godkendelse af dagsorden\n\n**Beslutning**\n\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.date, "2024-03-14");
  EXPECT_EQ(doc.meeting.location, "Byrådssalen");
  EXPECT_EQ(doc.meeting.front_matter, "");
  EXPECT_EQ(
      participants_of(doc),
      (std::vector<std::string>{"Ane Holt/present/", "Bent Skov/present/", "Dorte Lind/absent/",
                                "Hans Ravn/absent/", "Carl Due/absent/", "Erik Vang/absent/"}));
}

// A PDF's label column: "Deltagere<tab>first member", the other members one
// a paragraph under it in the value column. The list goes on while the lines
// name a person with a party, as its first did.
TEST(SegmenterHeader, MembersUnderTheFirstInAPdfsValueColumn) {
  const auto doc = segment_text(
      "# Referat\n\n## Økonomiudvalget\n\nMødedato\tTirsdag den 12. marts 2024\n\n"
      "Deltagere\tAnne Kirk (A), formand\n\nBo Lund (V), næstformand\n\nCarsten Møller (C)\n\n"
      "Afbud\tErik Holm (Ø)\n\nHolstebro Kommune\n\n### 1. Godkendelse af dagsorden\n\n"
      "**Beslutning**\n\nGodkendt.\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Anne Kirk/present/formand", "Bo Lund/present/næstformand",
                                      "Carsten Møller/present/", "Erik Holm/absent/"}));
  // Names without parties: the pdf reader's tab says they stand in the value column.
  const auto names = segment_text(
      "# Referat\n\nDeltagere\tAnne Kirk\n\tBo Lund\n\tCarsten Møller\n\nAfbud\tErik Holm\n\n"
      "Holstebro Kommune\n\n### 1. Godkendelse af dagsorden\n\n**Beslutning**\n\nGodkendt.\n");
  EXPECT_EQ(participants_of(names),
            (std::vector<std::string>{"Anne Kirk/present/", "Bo Lund/present/",
                                      "Carsten Møller/present/", "Erik Holm/absent/"}));
}

// marker and pandoc set a header table's list one member a row, the label
// cell empty under the first; a table's rule between rows keeps the list.
TEST(SegmenterHeader, TableRowsWithAnEmptyLabelCellGoOnTheList) {
  const std::string items = "\n\n## 1. Godkendelse af dagsorden\n\n**Beslutning**\n\nGodkendt.\n";
  const auto pipe = segment_text(
      "# Referat\n\n| Mødedato: | 6. februar 2024 |\n|---|---|\n| Medlemmer: | Lone Frost (A) |\n"
      "|   | Peter Bach (V) |\n| Afbud: | Mette Nyborg (F) |\n|  | Ali Demir (Ø) |" +
      items);
  EXPECT_EQ(participants_of(pipe),
            (std::vector<std::string>{"Lone Frost/present/", "Peter Bach/present/",
                                      "Mette Nyborg/absent/", "Ali Demir/absent/"}));
  const auto grid = segment_text(
      "# Referat\n\n+---+---+\n| Medlemmer: | Lone Frost (A) |\n+---+---+\n|  | Peter Bach (V) |\n"
      "+---+---+\n| Mødested: | Rådhuset |\n+---+---+\n|  | Byrådssalen |\n+---+---+" +
      items);
  EXPECT_EQ(participants_of(grid),
            (std::vector<std::string>{"Lone Frost/present/", "Peter Bach/present/"}));
  EXPECT_EQ(grid.meeting.location, "Rådhuset");  // only a list goes on
}

// A Word header table without colons: "| Deltagere | A (A), formand; B (V) |"
// is a label and its value, not a member table whose head names "Deltagere".
TEST(SegmenterHeader, AWordHeaderTablesLabelRowIsNoMemberTable) {
  const auto doc = segment_text(
      "# Referat\n\n| Mødedato | 13. maj 2024, kl. 15.30 |\n| Mødested | Mødelokale 2, Rådhuset |\n"
      "| Deltagere | Lise Hald (A), formand; Tom Berg (V); Nina Ulv (F) |\n| Afbud | Carl Juhl (C) "
      "|\n"
      "\n# 1. Godkendelse af dagsorden\n\n**Beslutning**\n\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.start_time, "15:30");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Lise Hald/present/formand", "Tom Berg/present/",
                                      "Nina Ulv/present/", "Carl Juhl/absent/"}));
}

// A scraper's or a static site's markdown starts with YAML front matter.
TEST(SegmenterHeader, YamlFrontMatterFillsTheMeeting) {
  const std::string items = "\n# 1. Godkendelse af dagsorden\n\n### Beslutning\n\nGodkendt.\n";
  const auto doc = segment_text(
      "---\ntitle: \"Referat - Økonomiudvalget\"\nkommune: Aarhus Kommune\nudvalg: "
      "Økonomiudvalget\n"
      "date: 2024-03-12T16:00:00+01:00\nsted: 'Rådhuset'\nurl: https://x.dk/1\n---\n\n"
      "# Referat - Økonomiudvalget\n" +
      items);
  EXPECT_EQ(doc.meeting.title, "Referat - Økonomiudvalget");
  EXPECT_EQ(doc.meeting.committee, "Økonomiudvalget");
  EXPECT_EQ(doc.meeting.municipality, "Aarhus");
  EXPECT_EQ(doc.meeting.date, "2024-03-12");
  EXPECT_EQ(doc.meeting.start_time, "16:00");
  EXPECT_EQ(doc.meeting.location, "Rådhuset");
  EXPECT_NE(doc.meeting.front_matter.find("url: https://x.dk/1"), std::string::npos);
  // A rule that opens no front matter (no closing mark) is a rule.
  const auto rule = segment_text("---\nReferat\nUdvalg: Byrådet\n" + items);
  EXPECT_EQ(rule.meeting.title, "Referat");
  EXPECT_EQ(rule.meeting.committee, "Byrådet");
  // Two rules around a header's labels (a markdown export) are no front matter.
  const auto labels = segment_text(
      "---\nReferat\nUdvalg: Byrådet\nDeltagere: Ane Holt (V), Bo Lund (A)\n---\n" + items);
  EXPECT_EQ(labels.meeting.title, "Referat");
  EXPECT_EQ(participants_of(labels),
            (std::vector<std::string>{"Ane Holt/present/", "Bo Lund/present/"}));
}

// A list whose commas a converter lost: each party's parenthesis ends a member.
TEST(SegmenterHeader, MembersWithoutCommasBetweenThem) {
  const auto doc = segment_text(
      "Referat\n\nDeltagere: Anne Kirk (A) Bo Lund (V) Carsten Møller (C)\n\n"
      "Afbud: Erik Holm (Ø) Ida Berg (F)\n\n1. Godkendelse af "
      "dagsorden\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(
      participants_of(doc),
      (std::vector<std::string>{"Anne Kirk/present/", "Bo Lund/present/", "Carsten Møller/present/",
                                "Erik Holm/absent/", "Ida Berg/absent/"}));
}

TEST(SegmenterHeader, ANameWrappedBetweenFirstNameAndSurname) {
  // A scraped page (a blank line after every line): the list goes on over
  // the blank lines where a name was torn, and where a line ends in a comma.
  const auto doc = segment_text(
      "Økonomiudvalget\n\nReferat\n\nMedlemmer: Søren Pape Poulsen, Per Møller Jensen, Mette\n\n"
      "Nielsen, Inger Jakobsen,\n\nNina Hygum\n\nFraværende: Ingen\n\n"
      "1. Budget\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Søren Pape Poulsen/present/", "Per Møller Jensen/present/",
                                      "Mette Nielsen/present/", "Inger Jakobsen/present/",
                                      "Nina Hygum/present/"}));
  // Without the blank lines too; a one-word entry among one-word entries
  // ("Jensen, Hansen") is no torn name.
  const auto wrapped = segment_text(
      "Referat\n\nDeltagere: Anne Kirk, Bo Lund, Carl\nDue, Erik Vang\n\n"
      "1. Budget\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(participants_of(wrapped),
            (std::vector<std::string>{"Anne Kirk/present/", "Bo Lund/present/", "Carl Due/present/",
                                      "Erik Vang/present/"}));
  const auto surnames = segment_text(
      "Referat\n\nDeltagere: Jensen, Hansen\n\nMadsen, Olsen\n\n"
      "1. Budget\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(participants_of(surnames),
            (std::vector<std::string>{"Jensen/present/", "Hansen/present/"}));
}

TEST(SegmenterHeader, AListWrappedInsideANameOfSeveralWords) {
  // pypdf and pdfminer wrap a paragraph at the page's width, anywhere
  // between words: "Leif Wilson" over "Laustsen, ...", "Elisabeth" over
  // "Gadegaard Wolstrup (direktør), ...". A wrap between entries keeps
  // its comma at the line's end.
  const auto doc = segment_text(
      "Referat\nMødested: Byrådssalen\n"
      "Medlemmer: Søren Steen Andersen, Dan Gørtz, Leif Wilson \n"
      "Laustsen, Rie Nielsen, Mette Vaaben Mortensen, Elisabeth \n"
      "Gadegaard Wolstrup (direktør), Lars \nSøgaard, Ena Nørgaard\n"
      "1. Budget\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Søren Steen Andersen/present/", "Dan Gørtz/present/",
                                      "Leif Wilson Laustsen/present/", "Rie Nielsen/present/",
                                      "Mette Vaaben Mortensen/present/",
                                      "Elisabeth Gadegaard Wolstrup/present/direktør",
                                      "Lars Søgaard/present/", "Ena Nørgaard/present/"}));
  // Two words over a heading of one: the list ended.
  const auto ended = segment_text(
      "Referat\n\nDeltagere: Anne Kirk, Bo Lund\nIndholdsfortegnelse\n\n"
      "1. Budget\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(participants_of(ended),
            (std::vector<std::string>{"Anne Kirk/present/", "Bo Lund/present/"}));
}

TEST(SegmenterHeader, AListUnderItsLabelEndsAtProseWithoutABlankLine) {
  // A converter that drops blank lines (pypdf): the list under "Afbud fra:"
  // ends at the first line that names nobody, not at the next label.
  const auto doc = segment_text(
      "Referat\nByrådet\nAfbud fra:\nHanne Storgaard\n"
      "I stedet for Hanne Storgaard deltog Bent Vinther.\n"
      "Borgmesteren orienterede om, at byrådsgruppe C har udpeget Torben Lykke som "
      "stedfortræder for Allan Brøndum i bestyrelsen for Odense Vandselskab as.\n"
      "Oversigtsdagsorden:Åben referat\n"
      "1. Budget\nBESLUTNING\nGodkendt.\n");
  EXPECT_EQ(participants_of(doc), (std::vector<std::string>{"Hanne Storgaard/absent/",
                                                            "Bent Vinther/present/stedfortræder"}));
  // Entries go on: a name holding a street word ("Mogens Gade"), a wrapped
  // party, a note on the entry above.
  const auto entries = segment_text(
      "Referat\nMedlemmer:\nSøren Puggaard (V), formand\nMogens Gade (A)\nJens Christian "
      "Jensen\n(F)\n• Deltog ikke under punkt 1\nLene Bjørn (C)\n"
      "1. Budget\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(participants_of(entries),
            (std::vector<std::string>{"Søren Puggaard/present/formand", "Mogens Gade/present/",
                                      "Jens Christian Jensen/present/", "Lene Bjørn/present/"}));
}

TEST(SegmenterHeader, AGuestsAddressAndItemAreNoPeople) {
  const auto people = parse_people(
      "Ida Berg (A) (1. viceborgmester), Daginstitutionsleder Irene Bendtsen, Egebjerg 2, "
      "Ballerup, Punkt 8, Bo Lund (V)",
      "present");
  ASSERT_EQ(people.size(), 3u);
  EXPECT_EQ(people[0].name, "Ida Berg");
  EXPECT_EQ(people[0].role, "1. viceborgmester");
  EXPECT_EQ(people[1].name, "Irene Bendtsen");
  EXPECT_EQ(people[2].name, "Bo Lund");
}

TEST(SegmenterHeader, ThePlaceUnderTheDateLineWhenTheTitleGaveTheDate) {
  // A document site's page title gave the date; the date line said again
  // with the time, the place on the line under it (Ballerup, 2009).
  const auto doc = segment_text(
      "21. april 2009 - Ballerup Kommune\n\nØkonomiudvalget\n\n"
      "tirsdag den 21. april 2009, kl. 08:00\n\ni Udvalgsværelse 7\n\nÅbent møde\n\n"
      "1. Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n");
  EXPECT_EQ(doc.meeting.date, "2009-04-21");
  EXPECT_EQ(doc.meeting.start_time, "08:00");
  EXPECT_EQ(doc.meeting.location, "Udvalgsværelse 7");
}

TEST(SegmenterHeader, ARunningHeaderWithoutPageNumbers) {
  // The committee and the date atop every page, the page numbers lost:
  // twice or more below the header, word for word, it is no text.
  const auto doc = segment_text(
      "Økonomiudvalget\n\nReferat\n\nMødedato: 21. april 2009\n\n"
      "1. Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n\n"
      "Økonomiudvalget tirsdag den 21. april 2009\n\n2. Budget\n\nBeslutning\n\nGodkendt.\n\n"
      "Økonomiudvalget tirsdag den 21. april 2009\n\n3. Regnskab\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].decision, "Taget til efterretning.");
  EXPECT_EQ(doc.items[1].decision, "Godkendt.");
  // Once only, or in a decision's own words, it stays.
  const auto once = segment_text(
      "Økonomiudvalget\n\nReferat\n\nMødedato: 21. april 2009\n\n"
      "1. Meddelelser\n\nBeslutning\n\nTaget til efterretning.\n\n"
      "Økonomiudvalget tirsdag den 21. april 2009\n\n2. Budget\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_NE(once.items[0].decision.find("Økonomiudvalget tirsdag"), std::string::npos);
}

TEST(SegmenterHeader, AnAttendanceColumnAfterADashAndANoteUnderAnEntry) {
  // Ballerup's pages: "Name (A) (role) - Deltog" / "- Afbud", and a bullet
  // under a member that says which items the member missed.
  const auto doc = segment_text(
      "Kommunalbestyrelsen\n\n26.08.2019 kl. 18:00\n\nDeltagere\n"
      "  • Ida Berg (A) (borgmester) - Deltog\n  • Bo Lund (V) - Deltog\n"
      "  • Deltog ikke under punkt 2\n  • Eik Møller (kommunaldirektør) - Deltog\n"
      "AFBUD/FRAVÆRENDE\n  • Eva Dahl (O) - Afbud\n\n"
      "1. Meddelelser\n\nBeslutning\n\nIntet\n\n2. Budget\n\nBeslutning\n\nGodkendt.\n\n"
      "3. Regnskab\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Ida Berg/present/borgmester", "Bo Lund/present/",
                                      "Eik Møller/present/kommunaldirektør", "Eva Dahl/absent/"}));
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_TRUE(doc.items[0].absent.empty());
  EXPECT_EQ(doc.items[1].absent, std::vector<std::string>{"Bo Lund"});
  EXPECT_TRUE(doc.items[2].absent.empty());
}

// Lemvig (FICS): a page that starts with the list of items, each entry's
// status first, and " Åbent  Møde." over the first item shows no title.
TEST(SegmenterHeader, AListOfItemsAndAPartDividerAreNoTitle) {
  const auto doc = segment_text(
      "Dagsordenspunkter\n\n  åbent 1 Godkendelse af dagsorden\n  åbent 2 Budget 2024\n"
      "  lukket 3 Lukket punkt\n\n \n\n Åbent  Møde.\n\n"
      " 1                  Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
      "Til indholdsfortegnelse\n\n 2                  Budget 2024\n\nBeslutning\n\nGodkendt.\n\n"
      "Til indholdsfortegnelse\n\n Lukket  Møde.\n\n 3                  Lukket punkt\n");
  EXPECT_EQ(doc.meeting.title, "");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[1].decision, "Godkendt.");
  EXPECT_TRUE(doc.items[2].closed);
}

// Hedensted: the archive page's name after the body, and an accordion's
// prompt glued to each item's title.
TEST(SegmenterHeader, AnArchivePageTitleAndAnAccordionPrompt) {
  const auto doc = segment_text(
      "Det fælles landdistriktsråd - Dagsordener og referater\nMødedato: 31. august 2023\n"
      "Dagsordenpunkter\n1. Godkendelse af dagsordenKlik her for at folde ud og læse mere om "
      "Godkendelse af dagsorden\nBeslutning\nGodkendt\n2. Godkendelse af referatKlik her for at "
      "folde ud og læse mere om Godkendelse af referat\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.committee, "Det fælles landdistriktsråd");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden");
  EXPECT_EQ(doc.items[1].title, "Godkendelse af referat");
}

// A copied Word file (Lyngby-Taarbæk's Integrationsråd): one member a line
// as "Name, what they come from". An organisation or office after the comma
// is no person; a title leading it ("Chef for ...") is the role, and so is a
// title in parentheses after an office ("ansat i ... (referent)").
TEST(SegmenterHeader, AnAffiliationAfterTheNameIsNoPerson) {
  const auto doc = segment_text(
      "Referat fra møde i Integrationsrådet\nTorsdag d.10.09.15.\nTil stede:\n"
      "Ruth Jensen, LyngbyGuiderne\nMette Hoff, Kommunalbestyrelsen\n"
      "Lone Nygaard Jensen, Chef for Center for Social Indsats\n"
      "Karina Elisabeth Hoyda, ansat i Center for Social Indsats (referent)\n"
      "Charlotte Olsen, Afdelingsleder i Center for Social Indsats\n"
      "Afbud:\nTony Trondhjem Sørensen, LO Storkøbenhavn\nJanni Rosendahl, De almene "
      "boligorganisationer\nPkt. 1\nValg af formand\n\nBeslutning\n\nGitte blev valgt.\n");
  std::vector<std::string> names, roles;
  for (const auto& p : doc.meeting.participants) {
    names.push_back(p.name);
    roles.push_back(p.role);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"Ruth Jensen", "Mette Hoff", "Lone Nygaard Jensen",
                                             "Karina Elisabeth Hoyda", "Charlotte Olsen",
                                             "Tony Trondhjem Sørensen", "Janni Rosendahl"}));
  EXPECT_EQ(roles,
            (std::vector<std::string>{"", "", "chef", "referent", "afdelingsleder", "", ""}));
  // A name with a street word in it is still a name ("Helle Gade").
  const auto gade = segment_text(
      "Referat\n\nFraværende: Jesper Kloster (V), Helle Gade (A)\n\n"
      "Punkt 1: Godkendelse\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(gade.meeting.participants.size(), 2u);
  EXPECT_EQ(gade.meeting.participants[1].name, "Helle Gade");
}

// A PolWeb page without its header (Kalundborg, 2011): the committee and
// date from "Integrationsudvalgets møde den 12. december 2011:" over every
// decision.
TEST(SegmenterHeader, CommitteeAndDateFromABodysMeetingOverItsDecisions) {
  const auto doc = segment_text(
      "1.         Bemærkninger til dagsordenen\n\nSagsnr.: 326-2010-57347\n\n"
      "Integrationsudvalgets møde den 12. december 2011:\n\nGodkendt.\n\n"
      "2.         Gensidig orientering\n\nSagsnr.: 326-2010-39103\n\n"
      "Integrationsudvalgets møde den 12. december 2011:\n\nOrienteringen blev taget til "
      "efterretning.\n");
  EXPECT_EQ(doc.meeting.committee, "Integrationsudvalget");
  EXPECT_EQ(doc.meeting.date, "2011-12-12");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
}

// A Region Hovedstaden page without a date in its header: the meeting's
// date from the decision of its own committee ("Forretningsudvalgets
// beslutning den 8. november 2022:"); another committee's decision under it
// is the case's history, its absentees no one's of this meeting.
TEST(SegmenterHeader, DateFromTheOwnCommitteesDatedGenitiveDecision) {
  EXPECT_TRUE(same_body("Forretningsudvalget", "Forretningsudvalg - mødesager"));
  EXPECT_TRUE(same_body("Byrådet", "byrådet, 2022-2025"));
  EXPECT_FALSE(same_body("Miljø- og klimaudvalget", "Forretningsudvalget"));
  EXPECT_FALSE(same_body("", ""));
  const auto doc = segment_text(
      "Forretningsudvalget - referat\n\n2. Jordforurening 2023\n\nINDSTILLING\n\nTekst.\n\n"
      "Forretningsudvalgets beslutning den 8. november 2022:\n\nAnbefalet.\n\nJesper Hammer "
      "(D) deltog ikke i sagens behandling.\n\nMiljø- og klimaudvalgets beslutning den 2. "
      "november 2022:\nAnbefalet.\nThomas Rohden (B) deltog ikke i behandlingen af sagen.\n");
  EXPECT_EQ(doc.meeting.date, "2022-11-08");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].decision, "Anbefalet.");
  EXPECT_EQ(doc.items[0].absent, (std::vector<std::string>{"Jesper Hammer"}));
}

// A body's dated decision named inside a wrapped sentence ("... efter" over
// "Børne- og Skoleudvalgets beslutning den 12. marts 2019" over "og
// høringssvarene ...") is no decision record: neither the meeting's date and
// committee, nor a decision section of the item.
TEST(SegmenterHeader, ARecordsWordsInsideASentenceAreNoRecord) {
  const auto doc = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n2. Ny "
      "skolestruktur\n\nSagsfremstilling\n\nSagen har været i høring efter\nBørne- og "
      "Skoleudvalgets beslutning den 12. marts 2019\nog høringssvarene er vedlagt.\n\n"
      "Beslutning\n\nAnbefales.\n");
  EXPECT_EQ(doc.meeting.committee, "");
  EXPECT_EQ(doc.meeting.date, "");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[1].decision, "Anbefales.");
}

// A board's minutes (AffaldPlus, 2016) list the members under the board's
// name as a label; the name alone on a line heads the minutes.
TEST(SegmenterHeader, ABoardsMembersUnderItsName) {
  const auto doc = segment_text(
      "Bestyrelsesmøde 29. januar 2016 kl. 10.00\n\nBestyrelsen: Niels O. Pedersen, Villum "
      "Christensen og Kurt Munck\n\nAfbud: Kurt Munck\n\nPkt. 1. Godkendelse af dagsorden\n\n"
      "Beslutning:\nGodkendt.\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Niels O. Pedersen/present/", "Villum Christensen/present/",
                                      "Kurt Munck/absent/"}));
  const auto named = segment_text(
      "Bestyrelsen\n\nReferat af bestyrelsesmøde 3. marts 2024\n\nDeltagere: Anne Holm\n\n"
      "1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n");
  EXPECT_EQ(named.meeting.committee, "Bestyrelsen");
}

// A council's title sentence with the place between the date and the time
// (Dragør's Ældreråd, 2016); a body there is no place.
TEST(SegmenterHeader, APlaceBetweenTheDateAndTheTime) {
  const auto doc = segment_text(
      "Referat fra Ældrerådets møde den 22. februar 2016 i St. Magleby Stuen, Rådhuset kl. 10.00 "
      "– 12.00\n\n1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.location, "St. Magleby Stuen, Rådhuset");
  // The place ends with its sentence (trial BJ).
  const auto sentence = segment_text(
      "Mødet blev holdt torsdag den 24. februar 2011 på Rådhuset i Borgerportalen. Mødet begyndte "
      "kl. 18:30 og sluttede kl. 19:40.\n\nAllerød Byråd\n\n1. Meddelelser\n\nBeslutning\n\n"
      "Taget til efterretning.\n");
  EXPECT_EQ(sentence.meeting.location, "Rådhuset i Borgerportalen");
  EXPECT_EQ(sentence.meeting.committee, "Allerød Byråd");
  // An ordinal's and an abbreviation's stop end no sentence (review 44).
  for (const std::string place : {"Mødelokale 3, 1. sal", "St. Magleby Stuen, mødelokale 1"}) {
    EXPECT_EQ(segment_text("Referat fra Ældrerådets møde den 22. februar 2016 i " + place +
                           " kl. 10.00\n")
                  .meeting.location,
              place);
  }
  EXPECT_EQ(doc.meeting.start_time, "10:00");
  const auto body = segment_text(
      "Referat af mødet den 3. maj 2021 i Økonomiudvalget kl. 16.00\n\n1. Godkendelse af "
      "dagsorden\n\nBeslutning:\nGodkendt.\n");
  EXPECT_EQ(body.meeting.location, "");
}

// Copenhagen's edoc pages give the header no list: "Tilstede var:" over the
// members stands first in the decision approving the agenda. Another item's
// decision, or a header that named who came, adds nobody.
TEST(SegmenterHeader, PresentMembersListedInTheAgendasApproval) {
  const std::string item1 =
      "1. Godkendelse af dagsorden\n\nBeslutning\n\nTilstede var:\nOverborgmester Frank "
      "Jensen\n\nObservatør Claus Friis\n\nAfbud fra:\nBorgmester Anna Mee Allerslev pga. "
      "arbejde.\n\n\nDagsordenen blev godkendt.\n";
  const auto doc = segment_text("Beredskabskommissionen - referat\nDato: 03-06-2014\n\n" + item1);
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Frank Jensen/present/overborgmester",
                                      "Claus Friis/present/observatør",
                                      "Anna Mee Allerslev/absent/borgmester"}));
  const auto listed = segment_text(
      "Beredskabskommissionen - referat\nDato: 03-06-2014\nDeltagere: Bo Lund\n\n" + item1);
  EXPECT_EQ(listed.meeting.participants.front().name, "Bo Lund");
  EXPECT_EQ(std::count_if(listed.meeting.participants.begin(), listed.meeting.participants.end(),
                          [](const participant& p) { return p.status == "present"; }),
            1);
}

// A local council's page (Lindved, 2006) opens with its breadcrumb
// "Lokalrådet > Referater": navigation, not the title or the committee.
TEST(SegmenterHeader, ABreadcrumbIsNoTitle) {
  const auto doc = segment_text(
      "Lokalrådet > Referater\n\nReferat fra Lokalrådets møde 18. september 2006\n\n1. Valg af "
      "formand\n\nBeslutning:\nMogens Thomsen blev valgt.\n");
  EXPECT_EQ(doc.meeting.title, "Referat fra Lokalrådets møde 18. september 2006");
  EXPECT_EQ(doc.meeting.committee, "Lokalrådet");
}

// pdftotext gives each cell of a members table a paragraph of its own: the
// party under the name, over a blank line, is that member's.
TEST(SegmenterHeader, APartyCellUnderItsName) {
  const auto doc = segment_text(
      "REFERAT Erhvervs- og Beskæftigelsesudvalget d. 04-10-2023\nMødedeltagere\nKristine "
      "Thrane\n\n"
      "(A)\n\nJulie Quass\n\n(Løsgænger)\n\nIndholdsfortegnelse\n\n1. Budget\n\nBeslutning\n\n"
      "Godkendt.\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Kristine Thrane/present/", "Julie Quass/present/"}));
  ASSERT_EQ(doc.meeting.participants.size(), 2u);
  EXPECT_EQ(doc.meeting.participants[0].party, "A");
  EXPECT_EQ(doc.meeting.participants[1].party, "Løsgænger");
}

// pypdf joins a label column to its value column with nothing between, and
// keeps the print's line breaks, a name hyphenated at one.
TEST(SegmenterHeader, ALabelGluedToItsValue) {
  const auto doc = segment_text(
      "REFERAT Erhvervs- og Beskæftigelsesudvalget d. 04-10-2023\nMødedatoOnsdag d. 04. oktober "
      "2023 kl. 13:00\nMødestedMariehøj, Per Kirkeby\nMødedeltagereKristine Thrane (A), Malene "
      "Toscani, Maria Fugls-\nang-Frederiksen, Alexander Friborg (C)\nIndholdsfortegnelse\n"
      "Punkt 1: Meddelelser\nBeslutning\nTaget til efterretning.\n");
  EXPECT_EQ(doc.meeting.location, "Mariehøj, Per Kirkeby");
  EXPECT_EQ(doc.meeting.start_time, "13:00");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Kristine Thrane/present/", "Malene Toscani/present/",
                                      "Maria Fuglsang-Frederiksen/present/",
                                      "Alexander Friborg/present/"}));
}

// pdftotext prints page 1's running header above the title that holds it;
// the page breaks show it to be the running header.
TEST(SegmenterHeader, ARunningHeaderOverTheTitleThatHoldsIt) {
  const std::string header = "Erhvervs- og Beskæftigelsesudvalget d. 14-03-2023";
  std::string text = header + "\n\nREFERAT " + header + "\nMødedato Tirsdag d. 14. marts 2023\n\n";
  for (int page = 1; page <= 3; ++page) {
    text += "Punkt " + std::to_string(page) + ": Sag " + std::to_string(page) +
            "\nBeslutning\nGodkendt.\n\nSide " + std::to_string(page) + " af 3\n\f" + header +
            "\n\n";
  }
  const auto doc = segment_text(text);
  EXPECT_EQ(doc.meeting.title, "REFERAT " + header);
  EXPECT_EQ(doc.meeting.committee, "Erhvervs- og Beskæftigelsesudvalget");
}

// Region Hovedstaden's pages saved as text: each label followed by its
// icon's alt text ("Udvalg Ikon"), the value on the next line.
TEST(SegmenterHeader, AnIconsAltTextIsNoValue) {
  const auto doc = segment_text(
      "Møde i regionsrådet den 22. marts 2022\n\nUdvalg Ikon\nRegionsrådet\nTidspunkt Ikon\n"
      "Dato: 22-03-2022\nTid: 17:00 - 19:10\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.committee, "Regionsrådet");
  EXPECT_EQ(doc.meeting.date, "2022-03-22");
  EXPECT_EQ(doc.meeting.start_time, "17:00");
}

// A village council's and a seniors' council's remarks after a name are no
// role: a sentence after the dash, a note that the member comes later.
TEST(SegmenterHeader, RemarksAfterANameAreNoRole) {
  const std::string items = "\n\n1. Regnskab\n\nBeslutning\n\nGodkendt.\n";
  EXPECT_EQ(participants_of(segment_text(
                "Referat fra bestyrelsesmøde 9. november 2009\n\nReferent: Bente – Fremover vil "
                "referent altid være den der sidst holdt bestyrelsesmøde." +
                items)),
            (std::vector<std::string>{"Bente/present/referent"}));
  EXPECT_EQ(participants_of(segment_text("Referat fra møde den 18. november 2021\n\nAfbud Kjeld "
                                         "Flemming , møder senere Finn Rolf." +
                                         items)),
            (std::vector<std::string>{"Kjeld Flemming/absent/"}));
  // A role after a dash stays one.
  EXPECT_EQ(participants_of(segment_text("Referat\n\nDeltagere: Bo Lund - formand" + items)),
            (std::vector<std::string>{"Bo Lund/present/formand"}));
}

// Region Syddanmark's pages: "(midlertidigt for X)" after a member says
// whom the member sits in for: a substitute, no role of X's name.
TEST(SegmenterHeader, AParenthesisSayingWhomTheMemberSitsInFor) {
  EXPECT_EQ(
      participants_of(segment_text(
          "Referat\n\nDeltagere\n • Tove Lind, V\n • Marianne Holt, F (midlertidigt for "
          "Vicky B. Lund)\n\n1. Eventuelt\n\nBeslutning\n\nIntet.\n")),
      (std::vector<std::string>{"Tove Lind/present/", "Marianne Holt/present/stedfortræder"}));
}

// Labels torn from their values, the list's label last over one line of
// names in the values' column (a 2005 committee's PDF).
TEST(SegmenterHeader, TornLabelsWithTheAbsentLast) {
  const auto doc = segment_text(
      "Referat\nSocial- og Sundhedsudvalget\nMødedato:\nMødested:\nFraværende:\n14. januar "
      "2005\nMødelokale 3, Nordvig Rådhus\nAnne Sejr Holm\n1. Godkendelse af dagsorden\n"
      "Beslutning\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.date, "2005-01-14");
  EXPECT_EQ(doc.meeting.location, "Mødelokale 3, Nordvig Rådhus");
  EXPECT_EQ(participants_of(doc), (std::vector<std::string>{"Anne Sejr Holm/absent/"}));
  // An empty list's label last over the next part's heading: no one absent.
  const auto empty = segment_text(
      "Referat\nSocial- og Sundhedsudvalget\nMødedato:\nMødested:\nFraværende:\n14. januar "
      "2005\nMødelokale 3, Nordvig Rådhus\nÅben dagsorden\n1. Godkendelse af dagsorden\n"
      "Beslutning\nGodkendt.\n");
  EXPECT_EQ(empty.meeting.location, "Mødelokale 3, Nordvig Rådhus");
  EXPECT_TRUE(participants_of(empty).empty());
  EXPECT_TRUE(reads_as_names("Anne Hansen, formand"));
  EXPECT_TRUE(reads_as_names("Bo Lund (V), Ida Berg"));
  for (const char* heading : {"Åben Dagsorden", "Referat Økonomiudvalget", "Godkendt Enstemmigt",
                              "Imod stemte Peter Jensen (V)"})
    EXPECT_FALSE(reads_as_names(heading)) << heading;
}

// A waterworks' page: the label of the absent glued to the full stop that
// ends the list of those present ("(PS).Udeblevet: X").
TEST(SegmenterHeader, ALabelGluedToTheFullStopBeforeIt) {
  const auto doc = segment_text(
      "Referat af bestyrelsesmøde den 22. november 2018 kl. 19.00\n\nTil stede: Niels Olsson "
      "(NO) og Poul Sandholt(PS).Udeblevet: Jens Mathiesen (JM)\n\n1. Regnskab\n\nBeslutning: "
      "Godkendt\n\n2. Eventuelt\n\nBeslutning: Intet\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{"Niels Olsson/present/", "Poul Sandholt/present/",
                                      "Jens Mathiesen/absent/"}));
}

// Region Sjælland's pages: a rank after the party, an absence after a dash
// glued to the word before, and a note on some items, which is no role.
TEST(SegmenterHeader, RanksAndNotesAfterADash) {
  const auto doc = segment_text(
      "Referat\n\nMøde i Regionsrådet\n\nDeltagere:\n\nHeino Knudsen (A), Formand\n\n"
      "Peter Jacobsen (O), 1. næstformand- afbud\n\nJacob Jensen (V), 2. næstformand\n\n"
      "Freddy Blak (A)- deltog ikke i behandlingen af punkt: 12\n\nJorun Bech (A)- afbud\n\n"
      "Susanne Lundvald (A) - forlod mødet kl. 17.30\n\n"
      "Christian Holm (C), Næstformand- afbud\n\n"
      "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(participants_of(doc),
            (std::vector<std::string>{
                "Heino Knudsen/present/formand", "Peter Jacobsen/absent/1. næstformand",
                "Jacob Jensen/present/2. næstformand", "Freddy Blak/present/", "Jorun Bech/absent/",
                "Susanne Lundvald/present/", "Christian Holm/absent/næstformand"}));
  // "Navn: Afbud" (Region Hovedstaden): the status after a colon; who sat
  // in for the member is no role of theirs.
  EXPECT_EQ(participants_of(segment_text(
                "Referat\n\nMedlemmer\n\n • Lars Gaardhøj: Deltog\n • Sofie Olsen: Afbud "
                "(Stedfortræder Jarl Feyling, fraværende ved sag 1-4. )\n • Susanne Due "
                "Kristensen: Afbud\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n")),
            (std::vector<std::string>{"Lars Gaardhøj/present/", "Sofie Olsen/absent/",
                                      "Susanne Due Kristensen/absent/"}));
  // A rank before a name names its holder.
  EXPECT_EQ(participants_of(segment_text("Referat\n\nDeltagere: Anne Kirk (A), 1. næstformand "
                                         "Bo Lund (V)\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n")),
            (std::vector<std::string>{"Anne Kirk/present/", "Bo Lund/present/1. næstformand"}));
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// A member list under party headings ("Socialdemokratiet" over its members,
// "Venstre:" with a colon, "**Enhedslisten**" a paragraph of its own): each
// member gets the heading's party, a party of their own wins, and a heading
// is no person.
TEST(SegmenterHeader, PartyHeadingsOverMembers) {
  const std::string tail =
      "\nFraværende: Dorte Lund\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n";
  const std::vector<std::string> expected{"Anne Hansen|A|borgmester|present",
                                          "Bo Jensen|A||present", "Carl Madsen|V||present",
                                          "Dorte Lund|V||absent", "Erik Holm|Ø||present"};
  const auto parties = [](const document& doc) {
    std::vector<std::string> out;
    for (const auto& p : doc.meeting.participants)
      out.push_back(p.name + "|" + p.party + "|" + p.role + "|" + p.status);
    return out;
  };
  EXPECT_EQ(parties(segment_text("Referat\nByrådet\n\nDeltagere:\nSocialdemokratiet\nAnne Hansen, "
                                 "borgmester\nBo Jensen\nVenstre\nCarl Madsen\nDorte Lund\n"
                                 "Enhedslisten\nErik Holm\n" +
                                 tail)),
            expected);
  EXPECT_EQ(parties(segment_text("Referat\nByrådet\n\nMedlemmer:\n\nSocialdemokratiet (A):\nAnne "
                                 "Hansen, borgmester\nBo Jensen\n\nVenstre:\nCarl Madsen, Dorte "
                                 "Lund\n\nEnhedslisten:\nErik Holm\n" +
                                 tail)),
            expected);
  EXPECT_EQ(parties(segment_text("Referat\nByrådet\n\nDeltagere:\n\n**Socialdemokratiet**\n\nAnne "
                                 "Hansen, borgmester\n\nBo Jensen\n\n**Venstre**\n\nCarl Madsen "
                                 "(formand)\n\nDorte Lund (C)\n\n**Enhedslisten**\n\nErik Holm\n" +
                                 tail)),
            (std::vector<std::string>{"Anne Hansen|A|borgmester|present", "Bo Jensen|A||present",
                                      "Carl Madsen|V|formand|present", "Dorte Lund|C||absent",
                                      "Erik Holm|Ø||present"}));
  // Under a member of its own, a party's name is that member's (a member
  // table's cells, one a line; review of the rule).
  for (const char* gap : {"\n", "\n\n"}) {
    const std::string sep = gap;
    EXPECT_EQ(parties(segment_text("Referat\nByrådet\n\nDeltagere:\nKristine Thrane" + sep +
                                   "Socialdemokratiet" + sep + "Bo Jensen" + sep + "Venstre" + sep +
                                   "Carl Madsen" + sep +
                                   "Dansk Folkeparti\n\n1. Godkendelse af "
                                   "dagsorden\nBeslutning\nGodkendt.\n")),
              (std::vector<std::string>{"Kristine Thrane|A||present", "Bo Jensen|V||present",
                                        "Carl Madsen|O||present"}))
        << gap;
  }
  // Markdown headings over bulleted members.
  EXPECT_EQ(
      parties(segment_text("Referat\n\nDeltagere:\n\n### Socialdemokratiet\n- Hanne "
                           "Lykkegaard (formand)\n- Jens Nørby\n\n### Venstre\n- Per Hviid\n\n"
                           "1. Budget\nBeslutning\nGodkendt.\n")),
      (std::vector<std::string>{"Hanne Lykkegaard|A|formand|present", "Jens Nørby|A||present",
                                "Per Hviid|V||present"}));
  // Headings after a first member (with a party or not): two members under
  // a party's name make it a heading (review).
  for (const char* first : {"Anne Hansen (A), formand", "Anne Hansen, formand"}) {
    const auto got = parties(segment_text(std::string("Referat\nByrådet\n\nTil stede:\n") + first +
                                          "\nVenstre\nBo Berg\nCarl Dahl\nSocialdemokratiet\nDorte "
                                          "Eg\nFinn Fisk\n\n1. Budget\nBeslutning\nGodkendt.\n"));
    ASSERT_EQ(got.size(), 5u) << first;
    EXPECT_EQ(got[1], "Bo Berg|V||present") << first;
    EXPECT_EQ(got[2], "Carl Dahl|V||present") << first;
    EXPECT_EQ(got[3], "Dorte Eg|A||present") << first;
    EXPECT_EQ(got[4], "Finn Fisk|A||present") << first;
  }
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// Why a member was away ("(ferie)", "- Kursus", "(pga. sygdom)") is no role,
// and says the member was away.
TEST(SegmenterHeader, AbsenceReasonsAreNoRoles) {
  const auto doc = segment_text(
      "Referat\nØkonomiudvalget\n\nTil stede:\nHanne Lykkegaard (A), formand\nJesper Kronborg "
      "(V)\nBo Lind (C) (syg)\n\nAfbud: Henrik Skov (A) (ferie), Maja Ravn (V) (pga. sygdom)\n"
      "Fraværende:\nFrida Krogh (F) - Kursus\n\n1. Godkendelse af dagsorden\nBeslutning\n"
      "Godkendt.\n");
  std::vector<std::string> got;
  for (const auto& p : doc.meeting.participants)
    got.push_back(p.name + "|" + p.party + "|" + p.role + "|" + p.status);
  EXPECT_EQ(got, (std::vector<std::string>{"Hanne Lykkegaard|A|formand|present",
                                           "Jesper Kronborg|V||present", "Bo Lind|C||absent",
                                           "Henrik Skov|A||absent", "Maja Ravn|V||absent",
                                           "Frida Krogh|F||absent"}));
  // "Ikke mødt:" (councils' minutes) lists the absent.
  const auto council = segment_text(
      "Referat fra møde i Integrationsrådet\n\nFremmødte: Ahmad Rahimi (formand)\nIkke mødt: Omar "
      "Jaber\n\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n");
  ASSERT_EQ(council.meeting.participants.size(), 2u);
  EXPECT_EQ(council.meeting.participants[1].name, "Omar Jaber");
  EXPECT_EQ(council.meeting.participants[1].status, "absent");
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// PDF text keeps the print's lines: a place wrapped after a comma goes on
// with the address under it (labelled, or in the date line's sentence), and
// a list wrapped inside a name after a role goes on with the name's rest.
TEST(SegmenterHeader, ValuesWrappedAfterACommaOrInsideAName) {
  const auto doc = segment_text(
      "Beslutningsprotokol\nPlan-, Miljø- og Teknikudvalget\nMødedato: Mandag den 8. april 2024 "
      "kl. "
      "17:00\nMødelokale: Udvalgsværelset, Kerteminde Rådhus, Hans Schacks Vej 4, \n5300 "
      "Kerteminde\nDeltagere: Allan Frost (A), formand, Berit Juul (V), næstformand, Carsten \n"
      "Hjort (Å), Ellen Grøn (A), Finn Lauge (O)\nFraværende: Dennis Bay (O)\n\n1 Godkendelse af "
      "dagsorden\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.location,
            "Udvalgsværelset, Kerteminde Rådhus, Hans Schacks Vej 4, 5300 Kerteminde");
  std::vector<std::string> names;
  for (const auto& p : doc.meeting.participants) names.push_back(p.name + "|" + p.party);
  EXPECT_EQ(names, (std::vector<std::string>{"Allan Frost|A", "Berit Juul|V", "Carsten Hjort|Å",
                                             "Ellen Grøn|A", "Finn Lauge|O", "Dennis Bay|O"}));
  const auto sentence = segment_text(
      "Børne- og Ungeudvalget\n\nREFERAT\n\nMødet blev holdt tirsdag den 5. marts 2024 kl. 16.00 i "
      "Mødelokale 3, \nRådhuset, Valdemarsgade 43, 4760 Vordingborg.\n\nTil stede: Mikkel Thorsen "
      "(A)\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(sentence.meeting.location,
            "Mødelokale 3, Rådhuset, Valdemarsgade 43, 4760 Vordingborg");
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// Page 1's copy of a running header that holds the title with the
// municipality and date around it is no title.
TEST(SegmenterHeader, ARunningHeaderAroundTheTitle) {
  const auto doc = segment_text(
      "Lolland Kommune · Kultur- og Fritidsudvalget · 14-05-2024\n\nKultur- og "
      "Fritidsudvalget\n\nReferat fra ordinært møde\nDato: Tirsdag den 14. maj 2024\n\n1. "
      "Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\nSide 1 af 2\n\fLolland Kommune · "
      "Kultur- og Fritidsudvalget · 14-05-2024\n\n2. Budget\nBeslutning\nGodkendt.\n\nSide 2 af "
      "2\n\fLolland Kommune · Kultur- og Fritidsudvalget · 14-05-2024\n\n3. Eventuelt\n"
      "Beslutning\nIntet.\n");
  EXPECT_EQ(doc.meeting.title, "Kultur- og Fritidsudvalget");
  EXPECT_EQ(doc.meeting.committee, "Kultur- og Fritidsudvalget");
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// Councils' minutes name who led the meeting under a label of their own;
// "Udvalgets medlemmer" lists the members.
TEST(SegmenterHeader, LeaderLabels) {
  const auto doc = segment_text(
      "Referat af møde i Grønt Råd\nDato: 3. oktober 2024 kl. 16.00\n\nMødeleder: Johan Lund "
      "Jessen (A)\nOrdstyrer: Sofie Madsen\nUdvalgets medlemmer: Anja Bork, Morten Sølvsten (V)\n"
      "\n1. Godkendelse af dagsorden\nBeslutning: Godkendt.\n");
  std::vector<std::string> got;
  for (const auto& p : doc.meeting.participants) got.push_back(p.name + "|" + p.role);
  EXPECT_EQ(got, (std::vector<std::string>{"Johan Lund Jessen|mødeleder", "Sofie Madsen|ordstyrer",
                                           "Anja Bork|", "Morten Sølvsten|"}));
  EXPECT_TRUE(doc.meeting.front_matter.empty()) << doc.meeting.front_matter;
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// A page dumped as text: the cookie banner's buttons, the menu's entries
// ("-   Udvalg" is no label without its colon), the breadcrumbs and the
// list of items under "Punkter på dagsordenen" are no title or committee.
TEST(SegmenterHeader, APagesBannerMenuAndItemListAreNoTitle) {
  const auto doc = segment_text(
      "Vi bruger cookies til statistik. Læs\nmere i vores cookiepolitik.\n\nAccepter alle\n\nKun "
      "nødvendige\n\nHorsens Kommune\n\n-   Forside\n-   Udvalg\n-   Søg\n\nForside > Udvalg > "
      "Økonomiudvalget\n\nPunkter på dagsordenen\n\n-   1. Godkendelse af dagsorden\n\n"
      "Økonomiudvalget\n\nReferat\n\nDato: 12.03.2024\n\n1. Godkendelse af dagsorden\n\nSagsnr.: "
      "24/2011\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.title, "Økonomiudvalget");
  EXPECT_EQ(doc.meeting.committee, "Økonomiudvalget");
  ASSERT_EQ(doc.items.size(), 1u);
}

}  // namespace protokol::segmenter

namespace protokol::segmenter {

// A text browser wraps the header's row at 80 columns: the last label of a
// line of labels, with no value there, takes the next line.
TEST(SegmenterHeader, TheLastLabelOfARowWrapped) {
  const auto doc = segment_text(
      "Børne- og Uddannelsesudvalget\n\nReferat\n\n   Mødedato: 06-11-2023, Mødetidspunkt: kl. "
      "15:00, Mødested:\n   Udvalgsværelse 1, Skelbækvej 2\n\nPunkt 1 - Godkendelse af dagsorden\n"
      "\n   Sagsnr.: 23/44120\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(doc.meeting.date, "2023-11-06");
  EXPECT_EQ(doc.meeting.start_time, "15:00");
  EXPECT_EQ(doc.meeting.location, "Udvalgsværelse 1, Skelbækvej 2");
  // A label alone on its line still takes the line under it as before.
  const auto alone = segment_text(
      "Referat\n\nMødested:\nByrådssalen\nDato: 06-11-2023\n\n1. Budget\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(alone.meeting.location, "Byrådssalen");
  EXPECT_EQ(alone.meeting.date, "2023-11-06");
}

// A logo whose name was an image leaves "Kommune" alone over the title
// (Gentofte's minutes as docslib keeps them): no municipality of that title.
TEST(SegmenterHeader, AMunicipalityLabelOverATitleLabelsNothing) {
  const auto doc = segment_text(
      "Kommune\n\nDagsorden til møde i Kommunalbestyrelsen\n\nMødedato 16. december 2013\n\n"
      "1 Åbent Meddelelser fra formanden\n\nBeslutning\n\nTaget til efterretning.\n");
  EXPECT_EQ(doc.meeting.municipality, "");
  const auto labelled = segment_text(
      "Referat\n\nKommune: Lejre\nDato: 06-11-2023\n\n1. Budget\nBeslutning\nGodkendt.\n");
  EXPECT_EQ(labelled.meeting.municipality, "Lejre");
}

// Who sat in for the absent, named in their list (Copenhagen's local
// committees) or after the substitute's label (Vejle), or under "Afbud:"
// on the next line (Sønderborg): present, the member they came for absent.
TEST(SegmenterHeader, WhoSatInForTheAbsent) {
  const auto listed = segment_text(
      "Referat\n\nFraværende med afbud: Maria Bagger Grell, Merete Øverup indkaldt\n\n1. Budget"
      "\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(listed.meeting.participants.size(), 2u);
  EXPECT_EQ(listed.meeting.participants[0].status, "absent");
  EXPECT_EQ(listed.meeting.participants[1].name, "Merete Øverup");
  EXPECT_EQ(listed.meeting.participants[1].status, "present");
  EXPECT_EQ(listed.meeting.participants[1].role, "stedfortræder");
  // Under an item the list names the absent only.
  const auto in_item = segment_text(
      "Referat\n\n1. Godkendelse af dagsorden\n\nFraværende med afbud:\nJens Askov og Henrik "
      "Bang-Pedersen, Jes König deltog\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(in_item.items.size(), 1u);
  EXPECT_EQ(in_item.items[0].absent,
            (std::vector<std::string>{"Jens Askov", "Henrik Bang-Pedersen"}));

  const auto labelled = segment_text(
      "Referat\n\nDeltagere: Lars Brøndum (V), Frida Krogh (F)\nFraværende: Frida Krogh "
      "(barsel)\nStedfortræder: Niels Ebbesen (F) deltog som stedfortræder for Frida Krogh\n\n"
      "1. Budget\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(labelled.meeting.participants.size(), 3u);
  EXPECT_EQ(labelled.meeting.participants[1].name, "Frida Krogh");
  EXPECT_EQ(labelled.meeting.participants[1].role, "");
  EXPECT_EQ(labelled.meeting.participants[2].name, "Niels Ebbesen");
  EXPECT_EQ(labelled.meeting.participants[2].role, "stedfortræder");

  const auto next_line = segment_text(
      "Referat\n\nDeltagere:\nEva Matzen (Æ)\nMette Gram (A)\n\nAfbud: Eva Matzen (Æ)\nMads "
      "Hinrichsen (Æ) deltog som stedfortræder for Eva Matzen\n\nPunkt 1. Budget\nBeslutning: "
      "Godkendt.\n");
  ASSERT_EQ(next_line.meeting.participants.size(), 3u);
  EXPECT_EQ(next_line.meeting.participants[0].status, "absent");
  EXPECT_EQ(next_line.meeting.participants[0].role, "");
  EXPECT_EQ(next_line.meeting.participants[2].name, "Mads Hinrichsen");
  EXPECT_EQ(next_line.meeting.participants[2].role, "stedfortræder");
  // "ikke" inside a name, an initial's full stop (review 29).
  for (const std::string who : {"Rikke Juhl indkaldt", "Gitte K. Juhl indkaldt"}) {
    const auto sat = segment_text("Referat\n\nFraværende med afbud: Carl Dam (C), " + who +
                                  "\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n");
    ASSERT_EQ(sat.meeting.participants.size(), 2u) << who;
    EXPECT_EQ(sat.meeting.participants[1].status, "present") << who;
  }
  // A note that no one sat in (review 28).
  for (const std::string note : {" - ingen suppleant mødte", " – suppleanter ikke indkaldt"}) {
    const auto nobody = segment_text("Referat\n\nFraværende: Carl Dam (C), Dorte Lund (F)" + note +
                                     "\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n");
    ASSERT_EQ(nobody.meeting.participants.size(), 2u) << note;
    EXPECT_EQ(nobody.meeting.participants[1].status, "absent") << note;
  }
}

// A header row flattened onto one line without its colons (Gentofte's
// minutes as docslib keeps them), and Norddjurs's "Start kl.:"/"Slut kl.:".
TEST(SegmenterHeader, LabelsWithoutColonsOnOneLine) {
  const auto bare = segment_text(
      "Dagsorden til møde i Kommunalbestyrelsen\n\nMødedato 16. december 2013 Mødetidspunkt "
      "18.00 Mødelokale Rådssalen\n\n1 Åbent Meddelelser fra formanden\n\nBeslutning\n\n"
      "Taget til efterretning.\n");
  EXPECT_EQ(bare.meeting.date, "2013-12-16");
  EXPECT_EQ(bare.meeting.start_time, "18:00");
  EXPECT_EQ(bare.meeting.location, "Rådssalen");
  // "Mødelokale" after an address is the room's own name.
  const auto room = segment_text(
      "Referat\n\nMødested: Teatergade 8, Mødelokale 8\n\n1. Budget\n\nBeslutning\n\n"
      "Godkendt.\n");
  EXPECT_EQ(room.meeting.location, "Teatergade 8, Mødelokale 8");
  const auto start = segment_text(
      "Kommunalbestyrelsen BESLUTNINGSPROTOKOL Sted: Mødelokale 4, rådhuset Dato: Tirsdag den "
      "17. marts 2015 Start kl.: 17:00 Slut kl.: 19:25\n\n1. Enkeltydelser\n\nBeslutning\n\n"
      "Godkendt.\n");
  EXPECT_EQ(start.meeting.date, "2015-03-17");
  EXPECT_EQ(start.meeting.start_time, "17:00");
  EXPECT_EQ(start.meeting.location, "Mødelokale 4, rådhuset");
}

// A member table whose cells only blanks set apart: pdfplumber's single
// blanks, a text browser's runs, pandoc's rule under the head, pymupdf's
// rows as paragraphs (review of trial AJ: the head row had been a person).
TEST(SegmenterHeader, MemberTableWhoseCellsOnlyBlanksSetApart) {
  const std::string tail = "\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n";
  for (const std::string table :
       {"Navn Parti Bemærkning\nNiels Ebbesen V Borgmester\nRikke Dal A 1. viceborgmester\n"
        "Villads Ravn Ø Afbud",
        "  Navn            Parti   Funktion\n  --------------- ------- -------------\n"
        "  Niels Ebbesen   V       Borgmester\n  Rikke Dal       A       1. viceborgmester\n"
        "  Villads Ravn    Ø       Afbud",
        "Navn Parti Bemærkning\n\nNiels Ebbesen V Borgmester\n\nRikke Dal A 1. "
        "viceborgmester\n\nVillads Ravn Ø Afbud"}) {
    const auto doc = segment_text("Referat\n\nMedlemmer:\n\n" + table + tail);
    ASSERT_EQ(doc.meeting.participants.size(), 3u) << table;
    EXPECT_EQ(doc.meeting.participants[0].name, "Niels Ebbesen");
    EXPECT_EQ(doc.meeting.participants[0].party, "V");
    EXPECT_EQ(doc.meeting.participants[0].role, "borgmester");
    EXPECT_EQ(doc.meeting.participants[1].role, "1. viceborgmester");
    EXPECT_EQ(doc.meeting.participants[2].party, "Ø");
    EXPECT_EQ(doc.meeting.participants[2].status, "absent");
  }
  // An initial and a particle inside a name; a stray "Bilag A" is no member
  // (review 28).
  const auto names = segment_text(
      "Referat\n\nMedlemmer:\n\nNavn Parti Funktion\nBo K Jensen A Næstformand\nLars von Holst V"
      "\n\nBilag A\n" +
      tail);
  ASSERT_EQ(names.meeting.participants.size(), 2u);
  // A status of two words, a reason, a role of two words (review 29).
  const auto statuses = segment_text(
      "Referat\n\nMedlemmer:\n\nNavn Parti Fremmøde\nNiels Ebbesen V Til stede\nRikke Dal A "
      "Ikke mødt\nVillads Ravn Ø Menigt medlem\nKaren Hviid C Afbud\n" +
      tail);
  ASSERT_EQ(statuses.meeting.participants.size(), 4u);
  EXPECT_EQ(statuses.meeting.participants[0].status, "present");
  EXPECT_EQ(statuses.meeting.participants[1].status, "absent");
  EXPECT_EQ(statuses.meeting.participants[2].party, "Ø");
  EXPECT_EQ(statuses.meeting.participants[3].status, "absent");
  EXPECT_EQ(names.meeting.participants[0].name, "Bo K Jensen");
  EXPECT_EQ(names.meeting.participants[0].party, "A");
  EXPECT_EQ(names.meeting.participants[1].name, "Lars von Holst");
}

// Dragør's seniors' council ("Fremmødt:", a room in lowercase after the
// time) and a place after "på" on the line under the date (trials AK, AL).
TEST(SegmenterHeader, FremmoedtAndPlacesAfterPaa) {
  const auto dragoer = segment_text(
      "Referat af Ældrerådsmøde Mandag den 03.april 2017 Kl. 10.00 i lokale M1 på Wiedergården\n"
      "Fremmødt: Svend Bakholm, Rita Barfoed og Kirsten Krog.\n\n1. Godkendelse af dagsorden\n"
      "Dagsorden godkendt.\n\n2. Eventuelt\nIntet.\n");
  EXPECT_EQ(dragoer.meeting.participants.size(), 3u);
  EXPECT_EQ(dragoer.meeting.location, "lokale M1 på Wiedergården");
  const auto paa = segment_text(
      "Kommunalbestyrelsen - Referat\nReferat\ntil\nmødet i Kommunalbestyrelsen\nden 28. september "
      "2015 kl. 19:00\npå Rådhuset, mødesal 1\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(paa.meeting.location, "Rådhuset, mødesal 1");
  // "i morgen" after a time is no place.
  const auto sentence = segment_text(
      "Referat\n\nMødet holdes kl. 16.00 i morgen\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n");
  EXPECT_EQ(sentence.meeting.location, "");
}

// Ballerup's pages say a member was away for some items in a note under the
// member's entry, in other words too (trial AL).
TEST(SegmenterHeader, NotesUnderAnEntryInOtherWords) {
  for (const std::string note :
       {"Deltog ikke under punkt 2", "Ikke til stede under punkt 2", "Fraværende under punkt 2"}) {
    const auto doc = segment_text(
        "Kommunalbestyrelsen\n\nDeltagere\n  • Birgitte Dahl (O) - Deltog\n  • " + note +
        "\n  • Maria Lundahl Assov (A) - Deltog\n  • Eik Møller (kommunaldirektør) - Deltog\n\n"
        "1. Meddelelser\n\nBeslutning\n\nIntet\n\n2. Budget\n\nBeslutning\n\nGodkendt.\n");
    EXPECT_EQ(doc.meeting.participants.size(), 3u) << note;
    ASSERT_EQ(doc.items.size(), 2u) << note;
    EXPECT_TRUE(doc.items[0].absent.empty()) << note;
    EXPECT_EQ(doc.items[1].absent, std::vector<std::string>{"Birgitte Dahl"}) << note;
  }
  // A note naming its own person is no note on the entry above (review 29).
  const auto own = segment_text(
      "Referat\n\nDeltagere:\nIb Tarp (O)\n\nFraværende under punkt 2: Mogens Byskov\n\n"
      "1. Meddelelser\n\nBeslutning\n\nIntet\n\n2. Budget\n\nBeslutning\n\nGodkendt.\n");
  ASSERT_EQ(own.items.size(), 2u);
  // Never the entry above, Ib Tarp: the names after the colon, away from
  // item 2 only (trial BA).
  EXPECT_EQ(own.items[1].absent, std::vector<std::string>{"Mogens Byskov"});
  EXPECT_TRUE(own.items[0].absent.empty());
  for (const auto& p : own.meeting.participants) EXPECT_NE(p.status, "absent") << p.name;
}

// Hvidovre's remarks: who sat in, after the bare word or after a comma, up
// to the sentence's end (trials AK, AL).
TEST(SegmenterHeader, SubstitutesInHvidovresRemarks) {
  const auto doc = segment_text(
      "Referat\n\nMedlemmer\n\n  • Karin Vestbo (V)\n  • Jens Ravnsholt (C)\n\nBemærkninger\n\n"
      "Afbud fra Jens Ravnsholt stedfortræder Lone Havmark (C). Afbud fra Bente Holst, suppleant "
      "Anders Lyngholm. Afbud fra Mogens Lund stedfortræder Gert Wallin\n\n1. Budget\n\n"
      "Beslutning\n\nGodkendt.\n");
  std::vector<std::string> substitutes;
  for (const auto& p : doc.meeting.participants)
    if (p.role == "stedfortræder")
      substitutes.push_back(p.name + (p.party.empty() ? "" : " " + p.party));
  std::sort(substitutes.begin(), substitutes.end());
  EXPECT_EQ(substitutes,
            (std::vector<std::string>{"Anders Lyngholm", "Gert Wallin", "Lone Havmark C"}));
}

// Trial BF: header forms of other municipalities.
TEST(SegmenterHeader, OtherMunicipalitiesHeaderForms) {
  const auto meeting = [](const std::string& header) {
    return testing::segment_text(header +
                                 "\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
        .meeting;
  };
  // The meeting's kind after the committee.
  EXPECT_EQ(meeting("Referat\nPlan- og Miljøudvalget - ekstraordinært møde").committee,
            "Plan- og Miljøudvalget");
  EXPECT_EQ(meeting("Referat\nPlan- og Miljøudvalget (konstituerende møde)").committee,
            "Plan- og Miljøudvalget");
  // A time range with "til", a room after a dash.
  EXPECT_EQ(meeting("Referat\nPlan- og Miljøudvalget\nTirsdag den 4. juni 2024 fra kl. 15.00 til "
                    "17.00 i Mødelokale 2, Rådhuset")
                .location,
            "Mødelokale 2, Rådhuset");
  EXPECT_EQ(meeting("Referat\nPlan- og Miljøudvalget\nTirsdag den 4. juni 2024 kl. 15.00 – "
                    "Mødelokale 2, Rådhuset")
                .location,
            "Mødelokale 2, Rådhuset");
  EXPECT_EQ(meeting("Referat\nPlan- og Miljøudvalget\nTirsdag den 4. juni 2024 kl. 15.00 – Mødet "
                    "blev holdt online")
                .location,
            "");
  // A place label's tail, the "Forum:" label, a page's date of publishing.
  EXPECT_EQ(meeting("Referat\nMødested og lokale: Mødelokale 2, Rådhuset").location,
            "Mødelokale 2, Rådhuset");
  EXPECT_EQ(meeting("Referat\nMødested (fysisk): Mødelokale 2, Rådhuset").location,
            "Mødelokale 2, Rådhuset");
  EXPECT_EQ(meeting("Referat\nForum: Handicaprådet\nTid: 4. juni 2024 kl. 15.00").committee,
            "Handicaprådet");
  const auto published = meeting("Publiceret 6. juni 2024\nReferat\nPlan- og Miljøudvalget");
  EXPECT_EQ(published.title, "Referat");
  EXPECT_EQ(published.committee, "Plan- og Miljøudvalget");
  // Review 37: a sentence after the dash is no place; "Opdateret dagsorden
  // 12. marts 2024" is the title; "Byrådets temamøde" names Byrådet.
  EXPECT_EQ(meeting("Referat\nSocial- og Sundhedsudvalget\nTorsdag den 11. april 2024 kl. 16.00 – "
                    "Mødet holdes på Rådhuset")
                .location,
            "");
  const auto updated = meeting("Opdateret dagsorden 12. marts 2024\nØkonomiudvalget");
  EXPECT_EQ(updated.date, "2024-03-12");
  EXPECT_EQ(updated.committee, "Økonomiudvalget");
  EXPECT_EQ(meeting("Byrådets temamøde\nDato: 7. marts 2024").committee, "Byrådet");
  // Review 38.
  EXPECT_EQ(meeting("Kommunalbestyrelsens temamøde\nDato: 7. marts 2024").committee,
            "Kommunalbestyrelsen");
  EXPECT_EQ(meeting("REFERAT\nØKONOMIUDVALGET - EKSTRAORDINÆRT MØDE").committee, "ØKONOMIUDVALGET");
  EXPECT_EQ(meeting("KOMMUNALBESTYRELSENS TEMAMØDE\nDato: 7. marts 2024").committee,
            "KOMMUNALBESTYRELSEN");
  // After the time's dash only a place (review 39).
  for (const std::string after : {"Referat", "Aflyst", "Teams", "Side 1", "Anne Holm (V)"})
    EXPECT_EQ(meeting("Referat\nSocial- og Sundhedsudvalget\nTorsdag den 11. april 2024 kl. "
                      "16.00 – " +
                      after)
                  .location,
              "")
        << after;
  EXPECT_EQ(meeting("Referat\nSocial- og Sundhedsudvalget\nTorsdag den 11. april 2024 kl. 16.00 – "
                    "Aalborg Rådhus, mødelokale 3")
                .location,
            "Aalborg Rådhus, mødelokale 3");
  EXPECT_EQ(meeting("Referat\nSocial- og Sundhedsudvalget\nTorsdag den 11. april 2024 kl. 16.00 – "
                    "Anne Holm (V) deltog fra punkt 2")
                .location,
            "");
  for (const std::string stamp :
       {"Publiceret: onsdag den 6. marts 2024", "Opdateret d. 6. marts 2024"}) {
    const auto page = meeting(stamp + "\nReferat\nPlan- og Miljøudvalget");
    EXPECT_EQ(page.title, "Referat") << stamp;
    EXPECT_EQ(page.committee, "Plan- og Miljøudvalget") << stamp;
  }
}

}  // namespace protokol::segmenter
