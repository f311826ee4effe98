#include "people_finder.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "danish/attendance.hpp"

using protokol::people::find_people;
using protokol::people::person_mention;
using protokol::people::role_phrase;

namespace {

struct seen {
  std::string name, party, role;
  bool absent;
  bool operator==(const seen&) const = default;
};

std::vector<seen> people_in(std::string_view text,
                            std::size_t header_end = std::string_view::npos) {
  std::vector<seen> out;
  const auto found =
      find_people(text, header_end == std::string_view::npos ? text.size() : header_end, {});
  for (const auto& m : found) {
    out.push_back({std::string(text.substr(m.start, m.end - m.start)), m.party, m.role, m.absent});
  }
  return out;
}

}  // namespace

TEST(PeopleFinder, RolePhrases) {
  EXPECT_EQ(role_phrase("2. viceborgmester"), "2. viceborgmester");
  EXPECT_EQ(role_phrase("centerchef for Arbejdsmarked"), "centerchef");
  EXPECT_EQ(role_phrase("Kst. jobcenterchef"), "kst. jobcenterchef");
  EXPECT_EQ(role_phrase("daværende beskæftigelsesminister"), "beskæftigelsesminister");
  EXPECT_EQ(role_phrase("Afbud"), "");
  // The shortest title, four bytes, passes the length test; party letters do not.
  EXPECT_EQ(role_phrase("Chef"), "chef");
  EXPECT_EQ(role_phrase(" chef "), "chef");
  EXPECT_EQ(role_phrase("SF"), "");
  // Only titles that come in ranks take an ordinal; before others the
  // number is a list's numbering.
  EXPECT_EQ(role_phrase("1. Næstformand"), "1. næstformand");
  EXPECT_EQ(role_phrase("4. Borgmester"), "borgmester");
  // Adjectives that belong to the title, and a title's first half joined by "og".
  EXPECT_EQ(role_phrase("teknisk chef"), "teknisk chef");
  EXPECT_EQ(role_phrase("Faglig konsulent"), "faglig konsulent");
  EXPECT_EQ(role_phrase("Kultur- og fritidsdirektør"), "kultur- og fritidsdirektør");
  // Every qualifier in any case: the kept ones stay in the role, the others
  // are dropped (role_at() rules other words out before folding them).
  EXPECT_EQ(role_phrase("KST. jobcenterchef"), "kst. jobcenterchef");
  EXPECT_EQ(role_phrase("Konst. direktør"), "konst. direktør");
  EXPECT_EQ(role_phrase("KONSTITUERET direktør"), "konstitueret direktør");
  EXPECT_EQ(role_phrase("Fungerende chef"), "fungerende chef");
  EXPECT_EQ(role_phrase("FG. chef"), "fg. chef");
  EXPECT_EQ(role_phrase("Tidligere borgmester"), "borgmester");
  EXPECT_EQ(role_phrase("NY sekretær"), "sekretær");
  EXPECT_EQ(role_phrase("Nyansat konsulent"), "konsulent");
  EXPECT_EQ(role_phrase("ADMINISTRERENDE direktør"), "administrerende direktør");
  EXPECT_EQ(role_phrase("Adm. direktør"), "adm. direktør");
  EXPECT_EQ(role_phrase("Økonomisk konsulent"), "økonomisk konsulent");
  EXPECT_EQ(role_phrase("Pædagogisk konsulent"), "pædagogisk konsulent");
  EXPECT_EQ(role_phrase("Juridisk Ledende chef"), "juridisk ledende chef");
  EXPECT_EQ(role_phrase("Kst. tidligere 1. næstformand"), "kst. 1. næstformand");
  EXPECT_EQ(role_phrase("Anne chef"), "");
  EXPECT_EQ(role_phrase("A"), "");
  // A first half longer than role_at()'s stack buffer (64 bytes) is folded all the same.
  EXPECT_EQ(role_phrase("Social-Sundheds-Beskæftigelses-Integrations-Ældre-Handicap-Kultur- og "
                        "fritidsdirektør"),
            "social-sundheds-beskæftigelses-integrations-ældre-handicap-kultur- og "
            "fritidsdirektør");
}

// The title heads an area of the administration written before the name.
TEST(PeopleFinder, ATitleForAnAreaBeforeTheName) {
  const auto found = people_in(
      "Punkt 1\nDirektør for Børn og Unge Helle Bruun Abildgaard orienterede. Anne Holm for "
      "Venstre spurgte.\n",
      0);
  ASSERT_GE(found.size(), 1u);
  EXPECT_EQ(found[0].name, "Helle Bruun Abildgaard");
  EXPECT_EQ(found[0].role, "direktør");
}

// A title with a letter from 0x80 near its end ("direktør", "sekretær"):
// the word scan's inline test of a title's last two bytes lets it through,
// and drops "også", "møde" and the like. (In capitals, "DIREKTØR", such a
// title is none: role_of() compares the last two bytes with ASCII folded only.)
TEST(PeopleFinder, TitlesEndingInDanishLettersBeforeNames) {
  const std::pair<const char*, const char*> titles[] = {
      {"Direktør", "direktør"},
      {"Sekretær", "sekretær"},
      {"ingeniør", "ingeniør"},
      {"Vejingeniør", "vejingeniør"},
      {"Observatør", "observatør"},
      {"Politiinspektør", "politiinspektør"},
      {"Ordfører", "ordfører"},
      {"Direktionssekretær", "direktionssekretær"},
      {"Kommunaldirektør", "kommunaldirektør"},
      {"REFERENT", "referent"},
      {"FORMAND", "formand"},
      {"Jobcenterchef", "jobcenterchef"}};
  for (const auto& [written, role] : titles) {
    const std::string text =
        std::string("Punkt 1\nMødet blev også holdt. ") + written + " Bjørn Engsig orienterede.\n";
    const auto found = people_in(text, 0);
    ASSERT_EQ(found.size(), 1u) << written;
    EXPECT_EQ(found[0], (seen{"Bjørn Engsig", "", role, false})) << written;
  }
}

// The word scan tests a title's last two bytes as written, against a table
// of every way of writing them (capitals or not, in any mix): each below is
// a title once folded.
TEST(PeopleFinder, TitlesWithCapitalsAmongTheirLastTwoLetters) {
  const std::pair<const char*, const char*> titles[] = {
      {"formaND", "formand"}, {"FormaNd", "formand"},     {"medleM", "medlem"},
      {"ChEF", "chef"},       {"konsulenT", "konsulent"}, {"direktøR", "direktør"}};
  for (const auto& [written, role] : titles) {
    const std::string text =
        std::string("Punkt 1\nMødet blev holdt. ") + written + " Bjørn Engsig orienterede.\n";
    const auto found = people_in(text, 0);
    ASSERT_EQ(found.size(), 1u) << written;
    EXPECT_EQ(found[0], (seen{"Bjørn Engsig", "", role, false})) << written;
  }
}

TEST(PeopleFinder, TitlesBeforeNamesInAListAndInText) {
  const auto found = people_in(
      "Desuden deltog: Kultur- og fritidsdirektør Søren Buch, teknisk chef Henrik Byskov\n\n"
      "Punkt 1\nKultur- og fritidsdirektør Søren Buch orienterede.\n",
      std::string_view("Desuden deltog: Kultur- og fritidsdirektør Søren Buch, teknisk chef Henrik "
                       "Byskov\n")
          .size());
  ASSERT_GE(found.size(), 3u);
  EXPECT_EQ(found[0].name, "Søren Buch");
  EXPECT_EQ(found[0].role, "kultur- og fritidsdirektør");
  EXPECT_EQ(found[1].name, "Henrik Byskov");
  EXPECT_EQ(found[1].role, "teknisk chef");
  EXPECT_EQ(found[2].role, "kultur- og fritidsdirektør");
}

// A member's body before the name in a title ("12. Regionsrådsmedlem
// Marlene Harpsøe (O) udtræden af regionsrådet", Region Hovedstaden): the
// role, not a word of the name.
TEST(PeopleFinder, AMembersBodyBeforeTheNameIsTheRole) {
  const auto found =
      people_in("Punkt 1\n12. Regionsrådsmedlem Marlene Harpsøe (O) udtræden af regionsrådet\n", 0);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].name, "Marlene Harpsøe");
  EXPECT_EQ(found[0].party, "O");
  EXPECT_EQ(found[0].role, "regionsrådsmedlem");
}

// "Fraværende med afbud:" over "Ingen." with no blank line after it (a
// converter that drops blank lines): the list is empty and ends there.
TEST(PeopleFinder, AnAbsenceListThatNamesNobodyEndsAtItsLine) {
  const std::string_view text =
      "Fraværende med afbud:\nIngen.\nMødet blev afholdt som videomøde.\n"
      "Overborgmester Frank Jensen (A)\nLars Weiss (A)\n";
  for (const auto& p : people_in(text, 0)) EXPECT_FALSE(p.absent) << p.name;
}

// Københavns Økonomiudvalg (kk.dk, 31 March 2020): "Deltagerne var:" over
// a numbered list, some entries led by a title.
TEST(PeopleFinder, AListsNumberIsNoRankOfTheTitleAfterIt) {
  const auto found = people_in(
      "Deltagerne var:\n\n1. Overborgmester Frank Jensen (A)\n\n2. Lars Weiss (A)\n\n"
      "4. Borgmester Jesper Christensen (A)\n\n5. 1. næstformand Bo Lund (V)\n");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0], (seen{"Frank Jensen", "A", "overborgmester", false}));
  EXPECT_EQ(found[1], (seen{"Lars Weiss", "A", "", false}));
  EXPECT_EQ(found[2], (seen{"Jesper Christensen", "A", "borgmester", false}));
  EXPECT_EQ(found[3], (seen{"Bo Lund", "V", "1. næstformand", false}));
}

TEST(PeopleFinder, HeaderListWithPartiesRolesAndAfbud) {
  const auto found = people_in(
      "Mødedeltagere Musa Kekec (A), Allan Kristensen (C) (2. viceborgmester) (Afbud), Mette "
      "Vaaben Mortensen, "
      "Steen Pedersen (centerchef for By og Miljø)\n");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0], (seen{"Musa Kekec", "A", "", false}));
  EXPECT_EQ(found[1], (seen{"Allan Kristensen", "C", "2. viceborgmester", true}));
  EXPECT_EQ(found[2], (seen{"Mette Vaaben Mortensen", "", "", false}));
  EXPECT_EQ(found[3], (seen{"Steen Pedersen", "", "centerchef", false}));
}

TEST(PeopleFinder, AttendanceOneEntryPerLine) {
  const auto found = people_in(
      "Tilstede:\nJens Hansen (A) - formand\nHanne Olsen (V), "
      "næstformand\n\nAfbud/Fraværende:\nPeter Nielsen (SF)\n\n"
      "Sekretær: Lise Holm\n");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0], (seen{"Jens Hansen", "A", "formand", false}));
  EXPECT_EQ(found[1], (seen{"Hanne Olsen", "V", "næstformand", false}));
  EXPECT_EQ(found[2], (seen{"Peter Nielsen", "F", "", true}));
  EXPECT_EQ(found[3], (seen{"Lise Holm", "", "sekretær", false}));
}

// Word and PDF minutes print each entry as a paragraph of its own: the list
// goes on over a blank line while the line after it is an entry, and ends
// at a line that is none (an item heading, a sentence).
TEST(PeopleFinder, AttendanceEntriesAsParagraphs) {
  const auto found = people_in(
      "Øvrige deltagere:\n\nOle-Henrik Dam, Direktør\n\nTina Bøgh Kristoffersen , Chef\n\n"
      "Hanne Lykke Brix, Udvalgssekretær\n\n514. Godkendelse af dagsorden\n\n"
      "Forvaltningen indstiller, at dagsordenen godkendes.\n");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0], (seen{"Ole-Henrik Dam", "", "direktør", false}));
  EXPECT_EQ(found[1], (seen{"Tina Bøgh Kristoffersen", "", "chef", false}));
  EXPECT_EQ(found[2], (seen{"Hanne Lykke Brix", "", "udvalgssekretær", false}));
}

// A converter that drops blank lines (pypdf): a list under its label ends
// at the first line that does not start with a name, not at the next blank.
TEST(PeopleFinder, AttendanceListEndsAtProseWithoutABlankLine) {
  const auto found = people_in(
      "Afbud fra:\nHanne Storgaard\nBent Vinther (V)\n"
      "Borgmesteren orienterede om, at Torben Lykke og Claus Fogh er udpeget.\n"
      "1. Udpegning af et nyt medlem\n",
      0);
  ASSERT_GE(found.size(), 2u);
  EXPECT_EQ(found[0], (seen{"Hanne Storgaard", "", "", true}));
  EXPECT_EQ(found[1], (seen{"Bent Vinther", "V", "", true}));
  for (std::size_t i = 2; i < found.size(); ++i) EXPECT_FALSE(found[i].absent) << found[i].name;
}

// A web page's no-break space after the label's colon (trial AO, Viborg):
// the list still starts at the name and ends with its sentence.
TEST(PeopleFinder, ANoBreakSpaceAfterTheLabel) {
  const auto found = people_in(
      "Fraværende:\u00A0 Lone Langballe. Åse Kubel Høeg forlod mødet kl. 16.35.\n\n1. Budget\n",
      60);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0], (seen{"Lone Langballe", "", "", true}));
}

// Who sat in, under its label in the header; under an item the label lists
// an election's deputies, who were not there (review 30).
TEST(PeopleFinder, SubstitutesUnderTheirLabel) {
  const auto found = people_in(
      "Fraværende: Hanne Lykke (V)\nSuppleanter: Kenneth Dahl og Morten Juhl.\n\n1. Budget\n");
  ASSERT_GE(found.size(), 3u);
  EXPECT_EQ(found[1], (seen{"Kenneth Dahl", "", "stedfortræder", false}));
  EXPECT_EQ(found[2], (seen{"Morten Juhl", "", "stedfortræder", false}));
  const auto elected = people_in(
      "1. Udpegning\n\nBeslutning\nMedlem: Birgitte Lund (A)\nSuppleant: Karen Friis (A)\n", 0);
  for (const auto& f : elected) EXPECT_NE(f.role, "stedfortræder") << f.name;
}

// PDF text wraps a comma list inside a name ("Ebbe" over "Christensen, ..."):
// the list goes on, and glued initials stand for first names ("H.C.").
TEST(PeopleFinder, ACommaListWrappedInsideAName) {
  const auto found = people_in(
      "Deltagere:\nBjarne Nielsen, Knud Gether, Ebbe\nChristensen, Helle Hansen, H.C. "
      "Rasmussen\n\n1. Meddelelser\n");
  std::vector<std::string> names;
  for (const auto& f : found) names.push_back(f.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Bjarne Nielsen", "Knud Gether", "Helle Hansen",
                                             "H.C. Rasmussen"}));
}

// A PDF's text puts a form feed before a page's first line: a label there
// is still at its line's start.
TEST(PeopleFinder, ALabelAfterAPageBreak) {
  const auto found =
      people_in("Taget til efterretning.\n\fFraværende med afbud: Henning Vestergaard (O)\n", 0);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], (seen{"Henning Vestergaard", "O", "", true}));
}

TEST(PeopleFinder, AbsencePhrases) {
  const auto found = people_in(
      "x\nHediye Temiz (B) og Tina Graugaard (C) deltog ikke på mødet.\nFormanden deltog ikke.\n",
      0);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0], (seen{"Hediye Temiz", "B", "", true}));
  EXPECT_EQ(found[1], (seen{"Tina Graugaard", "C", "", true}));
}

// The list before the second phrase runs back over the first.
TEST(PeopleFinder, TwoAbsencePhrasesInOneSentence) {
  const auto found = people_in("x\nLars Krog deltog ikke og Ib Skov deltog ikke.\n", 0);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0], (seen{"Lars Krog", "", "", true}));
  EXPECT_EQ(found[1], (seen{"Ib Skov", "", "", true}));
}

TEST(PeopleFinder, AfbudInsideItemsCounts) {
  const auto found = people_in("Punkt 1: Sag\n\nAfbud: Torben Sørensen\n", 0);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], (seen{"Torben Sørensen", "", "", true}));
}

TEST(PeopleFinder, RoleBetweenCommasIsTheRoleOfTheEntryBefore) {
  const auto found =
      people_in("Deltagere: Kasper Bech (V), formand, Helle Dam (A), Niels Holm (C)\n");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0], (seen{"Kasper Bech", "V", "formand", false}));
  EXPECT_EQ(found[1], (seen{"Helle Dam", "A", "", false}));
  EXPECT_EQ(found[2], (seen{"Niels Holm", "C", "", false}));
  // A ranked role, too (trial BI).
  const auto ranked =
      people_in("Deltagere: Anne Holm (A), 1. viceborgmester, Karen Dahl (F), Bo Lund (V)\n");
  ASSERT_EQ(ranked.size(), 3u);
  EXPECT_EQ(ranked[0], (seen{"Anne Holm", "A", "1. viceborgmester", false}));
  EXPECT_EQ(ranked[1], (seen{"Karen Dahl", "F", "", false}));
}

TEST(PeopleFinder, TitlesIntroduceNames) {
  const auto found = people_in(
      "Kst. jobcenterchef Helle Winther Anttila, afdelingsleder Susan Taarsted Nielsen og "
      "erhvervschef Bjørn Engsig "
      "deltager. Desuden afsnitsleder, Rita Bråten. Rundtur v/direktør og ejer af CONDI, Poul "
      "Corfitsen.");
  ASSERT_EQ(found.size(), 5u);
  EXPECT_EQ(found[0], (seen{"Helle Winther Anttila", "", "kst. jobcenterchef", false}));
  EXPECT_EQ(found[1], (seen{"Susan Taarsted Nielsen", "", "afdelingsleder", false}));
  EXPECT_EQ(found[2], (seen{"Bjørn Engsig", "", "erhvervschef", false}));
  EXPECT_EQ(found[3], (seen{"Rita Bråten", "", "afsnitsleder", false}));
  EXPECT_EQ(found[4], (seen{"Poul Corfitsen", "", "direktør", false}));
}

// Every absence phrase after a name, those that open alike ("havde meldt
// afbud", "havde forfald", "havde afbud") too: absence_phrase_at() compares
// a word only with the phrases whose opening hashes as its own.
TEST(PeopleFinder, EveryAbsencePhraseAfterAName) {
  for (const std::string_view phrase : protokol::danish::absence_phrases) {
    const std::string text = "x\nBo Hansen " + std::string(phrase) + ".\n";
    EXPECT_EQ(people_in(text, 0), (std::vector<seen>{{"Bo Hansen", "", "", true}})) << phrase;
  }
  // An opening alone, or a phrase cut short, is none: the name is read by
  // its first name, present.
  EXPECT_EQ(people_in("x\nBo Hansen havde meldt.\n", 0),
            (std::vector<seen>{{"Bo Hansen", "", "", false}}));
  EXPECT_EQ(people_in("x\nBo Hansen har ikke.\n", 0),
            (std::vector<seen>{{"Bo Hansen", "", "", false}}));
}

TEST(PeopleFinder, FirstNameAndSurname) {
  const auto found = people_in("På mødet vil Søren Larsen fra Rummelig imidt fortælle.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].name, "Søren Larsen");
  // The surname after the blank is capitalised: the word scan passes on a
  // lowercase ASCII letter there before any other test, and leaves a byte
  // from 0x80 ("Østergaard", "østlige") to them.
  EXPECT_EQ(people_in("Derfor talte Anne Østergaard for forslaget."),
            (std::vector<seen>{{"Anne Østergaard", "", "", false}}));
  EXPECT_EQ(people_in("Derfor talte Anne Zeuthen for forslaget."),
            (std::vector<seen>{{"Anne Zeuthen", "", "", false}}));
  EXPECT_TRUE(people_in("Derfor talte Anne østergaard for forslaget.").empty());
  EXPECT_TRUE(people_in("Derfor talte Anne zeuthen for forslaget.").empty());
  EXPECT_TRUE(people_in("Derfor talte Anne 2 gange.").empty());
}

// A word may give the word scan more than one cue: "Ester" ends as
// "borgmester" does (a title's last four bytes) and is a first name. Each
// cue is followed up.
TEST(PeopleFinder, AWordThatGivesMoreThanOneCue) {
  EXPECT_EQ(people_in("Derfor talte Ester Hansen for forslaget."),
            (std::vector<seen>{{"Ester Hansen", "", "", false}}));
  EXPECT_EQ(people_in("Punkt 1\nDerfor talte formand Ester Hansen for forslaget."),
            (std::vector<seen>{{"Ester Hansen", "", "formand", false}}));
}

TEST(PeopleFinder, PlacesAndBodiesAreNoPeople) {
  EXPECT_TRUE(people_in("**Mødested** Mariehøj, Per Kirkeby\n").empty());
  EXPECT_TRUE(
      people_in("besøg på Rude Skov Skole og i Albertslund Midtby, Odder Kommune (A)").empty());
  EXPECT_TRUE(people_in("Direktøren for By, Kultur, Miljø & Beskæftigelse indstiller").empty());
  EXPECT_TRUE(people_in("Forslag fra Venstre (V) og Hjørring Kommune.").empty());
}

TEST(PeopleFinder, PartyAfterCommaAbbreviation) {
  const auto found = people_in("Forslag fra EL og Jens Hansen, UFP, om busser.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], (seen{"Jens Hansen", "Løsgænger", "", false}));
}

TEST(PeopleFinder, MinNamePartsOne) {
  protokol::people::finder_options options;
  options.min_name_parts = 1;
  const std::string text = "Afbud: Bodil\n";
  const auto found = find_people(text, 0, options);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(find_people(text, 0, {}).empty());
}

// Assens writes a member's party as a letter after a comma: "Rie Nielsen, V
// fremsatte forslag", "1 medlem (Henrik Hansen, A)". A letter after a comma
// with no name before it stays a list's letter.
TEST(PeopleFinder, APartyLetterAfterACommaIsTheNamesParty) {
  const auto found = people_in(
      "Rie Nielsen, V fremsatte forslag. 1 medlem (Henrik Hansen, A) stemte hverken for eller "
      "imod. Bilag 1, A og B.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0], (seen{"Rie Nielsen", "V", "", false}));
  EXPECT_EQ(found[1], (seen{"Henrik Hansen", "A", "", false}));
}

// "Tina Damgaard, Liberal Alliance": a party's name of two words after a
// member is the member's party, no person.
TEST(PeopleFinder, APartysNameAfterAMemberIsTheirParty) {
  EXPECT_EQ(people_in("Mødedeltagere:\nKurt Hovgaard, Borgernes Parti\nTina Damgaard, Liberal "
                      "Alliance\n\n1. Budget\n",
                      33),
            (std::vector<seen>{{"Kurt Hovgaard", "Borgernes Parti", "", false},
                               {"Tina Damgaard", "I", "", false}}));
}

// "(Radikale Venstre, Konservative, ...)" (Rebild's vote lines): a party's
// name before a party is a list of parties, no member.
TEST(PeopleFinder, APartyBeforeAPartyIsNoMember) {
  const auto found = people_in(
      "Byrådet\n\n1. Budget\n\nFor stemte 11 (Radikale Venstre, Konservative, Tove Hjort)\n");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].name, "Tove Hjort");
}

// "Medlemmer Frank Lund (V), formand" (a label without its colon, as
// pdfplumber and lynx lay out a label column): the label is no name's part.
TEST(PeopleFinder, AListLabelWithoutItsColonIsNoNamesPart) {
  const auto found = people_in("Medlemmer Frank Lund (V), formand\nHanne Kjær (A)\n\n1. Budget\n");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].name, "Frank Lund");
  EXPECT_EQ(found[0].party, "V");
}

// A label opening with Danish letters, in either case, at a line's start
// ("Øvrige deltagere", "MØDEDELTAGERE", "I mødet deltog" with "ø" from its
// fourth byte on): the cheap test of a line's first four bytes folds them
// as the label comparison does, so it lets each through, and the entry
// under it gets its role from the list ("Direktør"; the label's own,
// "sekretær", under "MØDESEKRETÆR").
TEST(PeopleFinder, LabelsOpeningWithDanishLettersInEitherCase) {
  for (const std::string_view label :
       {"Øvrige deltagere", "ØVRIGE DELTAGERE", "Mødedeltagere", "MØDEDELTAGERE", "Følgende deltog",
        "FØLGENDE DELTOG", "I mødet deltog", "I MØDET DELTOG", "Fremmødte"}) {
    const std::string text =
        "** " + std::string(label) + ":\n\nHanne Lykke Brix, Direktør\n\n514. Budget\n";
    EXPECT_EQ(people_in(text), (std::vector<seen>{{"Hanne Lykke Brix", "", "direktør", false}}))
        << label;
  }
  EXPECT_EQ(people_in("MØDESEKRETÆR:\n\nHanne Lykke Brix\n\n514. Budget\n"),
            (std::vector<seen>{{"Hanne Lykke Brix", "", "sekretær", false}}));
}

// A line that names a place, its label in either case (the first four
// bytes, folded, rule most lines out before the head is folded): the names
// on it are a room or a building. Another label leaves them names.
TEST(PeopleFinder, LocationLabelsInEitherCase) {
  for (const std::string_view label :
       {"Mødested", "MØDESTED", "** MØDELOKALE:", "Sted:", "ADRESSE:", "Lokale", "Location:"}) {
    EXPECT_TRUE(people_in(std::string(label) + " Mariehøj, Per Kirkeby\n").empty()) << label;
  }
  EXPECT_EQ(people_in("Mødetid Mariehøj, Per Kirkeby\n"),
            (std::vector<seen>{{"Per Kirkeby", "", "", false}}));
}

// A label after markup: blanks, a heading's "#", emphasis, a list's "-" and
// the form feed a PDF's text puts before a page's first line.
TEST(PeopleFinder, LabelsAfterEveryMarkupByte) {
  for (const std::string_view markup : {" ", "\t", "#", "*", "_", "-", "\f", "## ", " -\f*_"}) {
    const std::string text = "Referat\n" + std::string(markup) + "Afbud: Anne Holm (A)\n";
    EXPECT_EQ(people_in(text), (std::vector<seen>{{"Anne Holm", "A", "", true}}))
        << static_cast<int>(markup[0]);
  }
}

// Cues that find the same name (a title, a party, an absence phrase, a first
// name) are merged into one mention in text order, each adding what it
// knows; a longer name from a stronger cue takes the place of a shorter one.
TEST(PeopleFinder, CuesOnOneNameMergeInTextOrder) {
  EXPECT_EQ(people_in("Formand Anne Holm (A) deltog ikke. Direktør Per Lund og Ole Bo Dam (V), "
                      "Kim Lind Berg (C) var fraværende."),
            (std::vector<seen>{{"Anne Holm", "A", "formand", true},
                               {"Per Lund", "", "direktør", true},
                               {"Ole Bo Dam", "V", "", true},
                               {"Kim Lind Berg", "C", "", true}}));
}

// The word scan's cues are merged after the others, as if appended to them:
// a title before a name and a role in parentheses after it are both role
// cues on the same name, and the parentheses' one, found first, gives the
// role (the title's would, were the word scan's cues merged first).
TEST(PeopleFinder, TheWordScansCuesMergeAfterTheOthers) {
  EXPECT_EQ(people_in("x\nI dag talte Borgmester Anne Holm (formand) om sagen.\n", 0),
            (std::vector<seen>{{"Anne Holm", "", "formand", false}}));
}

// Each attendance list's mentions are added where the others are kept: a
// lone title or party opening a list belongs to no entry of the list before
// ("formand" here is no role of Jens Hansen's, but the title before Anne
// Holm; "Dansk Folkeparti" no party of his).
TEST(PeopleFinder, AListsLoneTitleOrPartyIsNoEntryOfTheListBefore) {
  EXPECT_EQ(
      people_in("Deltagere: Jens Hansen\nAfbud: formand, Anne Holm (V)\n\nPunkt 1\n"),
      (std::vector<seen>{{"Jens Hansen", "", "", false}, {"Anne Holm", "V", "formand", true}}));
  EXPECT_EQ(
      people_in("Deltagere: Jens Hansen\nAfbud: Dansk Folkeparti, Anne Holm (V)\n\nPunkt 1\n"),
      (std::vector<seen>{{"Jens Hansen", "", "", false}, {"Anne Holm", "V", "", true}}));
}
