#include "vote_parser.hpp"

#include <gtest/gtest.h>

#include "entity_testing.hpp"

using protokol::votes::parse_vote_list;
using protokol::votes::parse_votes;
using list = std::vector<std::string>;

TEST(VoteList, CanonicalisesParties) {
  EXPECT_EQ(parse_vote_list("A, SF og EL"), (list{"A", "F", "Ø"}));
  EXPECT_EQ(parse_vote_list("(A, F, Ø)"), (list{"A", "F", "Ø"}));
  EXPECT_EQ(parse_vote_list("Socialdemokratiet og Det Konservative Folkeparti."), (list{"A", "C"}));
}

// Members are parted by a sign or by " og " / " samt ", blanks around;
// "og" and "samt" inside a word part nothing.
TEST(VoteList, PartsMembersBySignsAndWords) {
  EXPECT_EQ(parse_vote_list("A og F samt Ø"), (list{"A", "F", "Ø"}));
  EXPECT_EQ(parse_vote_list("A+F/Ø;V"), (list{"A", "F", "Ø", "V"}));
  EXPECT_EQ(parse_vote_list("Bo Ogsamtsen (A) samt Jens Hansen (A)"),
            (list{"Bo Ogsamtsen", "Jens Hansen"}));
}

TEST(VoteList, KeepsPeopleByName) {
  EXPECT_EQ(parse_vote_list("Jens Hansen (A) og V"), (list{"Jens Hansen", "V"}));
}

TEST(VoteList, ProseIsNoList) {
  EXPECT_TRUE(parse_vote_list("Udvalget godkendte indstillingen").empty());
  EXPECT_TRUE(parse_vote_list("A og resten af udvalget").empty());
}

TEST(Votes, LabelledLists) {
  const auto v = parse_votes(
      "Godkendt.\n\nFor stemte: A, F og Ø\nImod stemte: V og C\nUndlod at stemme: DF\n");
  EXPECT_EQ(v.for_, (list{"A", "F", "Ø"}));
  EXPECT_EQ(v.against, (list{"V", "C"}));
  EXPECT_EQ(v.abstained, (list{"O"}));
}

// The labels' pattern is compiled at the first decision with a colon,
// after any number without: read the same then.
TEST(Votes, LabelledListsAreReadAfterDecisionsWithoutAColon) {
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(parse_votes("Godkendt.").for_.empty());
  const auto v = parse_votes("Godkendt. For: A og F (2) Imod: V (1)\n");
  EXPECT_EQ(v.for_, (list{"A", "F"}));
  EXPECT_EQ(v.against, (list{"V"}));
}

// A PDF keeps a list's bullets ("• For: ..."), and a page's form feed may
// stand before one.
TEST(Votes, LabelledListsWithBullets) {
  const auto v = parse_votes(
      "Godkendt med følgende stemmer:\n\f• For: A, V og F (4)\n• Imod: Ø (1)\n● Undlod: C (1)\n");
  EXPECT_EQ(v.for_, (list{"A", "V", "F"}));
  EXPECT_EQ(v.against, (list{"Ø"}));
  EXPECT_EQ(v.abstained, (list{"C"}));
  EXPECT_EQ(v.for_count, 4);
  const auto stemte = parse_votes("Godkendt.\n• For stemte A, V og F.\n• Imod stemte Ø.\n");
  EXPECT_EQ(stemte.for_, (list{"A", "V", "F"}));
  EXPECT_EQ(stemte.against, (list{"Ø"}));
}

// A statement in quotation marks ("kan ikke støtte") is quoted, no vote.
TEST(Votes, AQuotedStatementIsNoVote) {
  for (const char* decision :
       {"Godkendt med 20 stemmer mod 5.\n\nJonas Ravn (Ø) ønskede følgende protokoltilføjelse: "
        "\"Enhedslisten kan ikke støtte en stigning.\"",
        "Godkendt.\n\nJonas Ravn (Ø) ønskede ført til protokol: \u201CEnhedslisten kan ikke "
        "støtte en stigning.\u201D"}) {
    const auto v = parse_votes(decision);
    EXPECT_TRUE(v.against.empty()) << decision;
  }
  EXPECT_EQ(parse_votes("Godkendt. Ø kan ikke støtte forslaget.").against, (list{"Ø"}));
}

// Only curly quotes count, not the other characters whose first byte they
// share (0xE2: a dash, a bullet); a quote closed before the verb leaves it
// outside.
TEST(Votes, CurlyQuotesAreToldFromOtherCharactersOfTheirFirstByte) {
  EXPECT_EQ(parse_votes("Godkendt. Bo sagde \u201Cja\u201D. Ø kan ikke støtte forslaget.").against,
            (list{"Ø"}));
  EXPECT_EQ(
      parse_votes("Godkendt \u2013 se bilag \u2022 punkt 2. Ø kan ikke støtte forslaget.").against,
      (list{"Ø"}));
}

// A verb is compared by its first four bytes before the whole: words that
// open like one ("stem", "kan", "til", "er") are passed over, the verbs
// read, and one that ends the text too.
TEST(Votes, VerbsAreFoundAmongWordsThatOpenLikeThem) {
  const auto v = parse_votes(
      "Godkendt. Kan stemmesedlen er til stede. A og F stemte for. V kan ikke støtte forslaget. "
      "Stemningen var god. Ø undlod");
  EXPECT_EQ(v.for_, (list{"A", "F"}));
  EXPECT_EQ(v.against, (list{"V"}));
  EXPECT_EQ(v.abstained, (list{"Ø"}));
  EXPECT_EQ(parse_votes("Godkendt. C tiltrådte").for_, (list{"C"}));
}

// rfind_phrase() finds what std::string_view::rfind() finds, from every
// offset: at the text's start and end, overlapping, absent, too long.
TEST(RfindPhrase, FindsWhatRfindFinds) {
  const std::string_view texts[] = {"", ",", ", da , der , da", "aaaa", "x, men y, men", ", idet"};
  const std::string_view phrases[] = {"", ",", ", da ", ", der ", "aa", "aaa", ", men", ", idet x"};
  for (const std::string_view text : texts) {
    for (const std::string_view phrase : phrases) {
      for (std::size_t from = 0; from <= text.size() + 1; ++from) {
        EXPECT_EQ(protokol::votes::rfind_phrase(text, phrase, from), text.rfind(phrase, from))
            << '"' << text << "\" \"" << phrase << "\" " << from;
      }
      EXPECT_EQ(protokol::votes::rfind_phrase(text, phrase, std::string_view::npos),
                text.rfind(phrase))
          << '"' << text << "\" \"" << phrase << '"';
    }
  }
}

// unread_vote() looks for its cues only where may_hold_vote_cue() lets it:
// every cue, in any case, is still found; a text without one is passed.
TEST(Votes, UnreadVoteCuesPassTheCheapTest) {
  for (const char* decision :
       {"Sagen blev sendt til afstemning.", "Et FLERTAL anbefaler.", "Mindretallet ønskede noget.",
        "Der blev STEMT, og 3 stemte.", "Godkendt med 9 for og 2 IMOD.", "Vedtaget med 5 stemmer.",
        "Stemmerne fordelte sig.", "X undlod at stemme."}) {
    EXPECT_TRUE(protokol::votes::may_hold_vote_cue(decision)) << decision;
    EXPECT_FALSE(protokol::votes::unread_vote(decision).empty()) << decision;
  }
  for (const char* decision : {"", "Godkendt.", "Indstillingen blev godkendt", "tE", "iMo"})
    EXPECT_FALSE(protokol::votes::may_hold_vote_cue(decision)) << decision;
  EXPECT_TRUE(protokol::votes::may_hold_vote_cue("TAL"));
  EXPECT_TRUE(protokol::votes::may_hold_vote_cue("imoD"));
}

// The side first and no colon, in sentences of their own; "C." before the
// next side is a party letter, not an initial.
TEST(Votes, SideFirstWithoutAColon) {
  const auto v = parse_votes("Godkendt. For stemte A, F og C. Imod stemte Ø og V.");
  EXPECT_EQ(v.for_, (list{"A", "F", "C"}));
  EXPECT_EQ(v.against, (list{"Ø", "V"}));
  const auto named = parse_votes(
      "Godkendt med 20 stemmer for. Imod stemte Karim Ismail (Ø) og Kasper Harring (V).");
  EXPECT_EQ(named.against, (list{"Karim Ismail", "Kasper Harring"}));
  EXPECT_EQ(named.for_count, 20);
  EXPECT_EQ(parse_votes("Godkendt. Ingen undlod at stemme.").abstained_count, 0);
  // Only the minority listed beside its count: the majority's count still counts.
  const auto minority = parse_votes("Godkendt med 4 stemmer for og 1 imod (Ø).");
  EXPECT_EQ(minority.against, (list{"Ø"}));
  EXPECT_EQ(minority.for_count, 4);
  EXPECT_EQ(minority.against_count, 1);
  // Not a side's list: "for" inside a sentence.
  EXPECT_TRUE(parse_votes("Udvalget arbejder for stemte borgere.").empty());
}

TEST(Votes, PartyAbstentionInParentheses) {
  const auto v = parse_votes("Tiltrådte indstillingen.\n\n(A) undlod.\n");
  EXPECT_EQ(v.abstained, list{"A"});
  EXPECT_TRUE(v.for_.empty());
}

TEST(Votes, SubjectAndVerb) {
  const auto v = parse_votes(
      "Indstillingen blev godkendt. V og O stemte imod. Jens Hansen (C) undlod at stemme.");
  EXPECT_EQ(v.against, (list{"V", "O"}));
  EXPECT_EQ(v.abstained, list{"Jens Hansen"});
}

TEST(Votes, CountsWithLists) {
  const auto v = parse_votes("Forslaget blev vedtaget med 5 stemmer (A, F, Ø) mod 2 (V).");
  EXPECT_EQ(v.for_, (list{"A", "F", "Ø"}));
  EXPECT_EQ(v.against, list{"V"});
}

TEST(Votes, CountsWithOnlyTheMinorityListed) {
  const auto v = parse_votes("Indstillingen blev godkendt med 6 stemmer mod 2 (Ø og F).");
  EXPECT_EQ(v.for_, list{});
  EXPECT_EQ(v.against, (list{"Ø", "F"}));
  EXPECT_EQ(v.for_count, 6);
  EXPECT_EQ(v.against_count, 2);
  const auto rejected = parse_votes("Forslaget blev forkastet med 7 stemmer mod 2 (Ø).");
  EXPECT_EQ(rejected.for_, list{"Ø"});
  EXPECT_EQ(rejected.against_count, 7);
  EXPECT_EQ(rejected.for_count, 2);
}

TEST(Votes, RejectedCountsTurnSidesRound) {
  const auto v = parse_votes(
      "Forslaget blev forkastet med 6 stemmer (A, B, F) mod 3 stemmer (V, O), 1 undlod (C).");
  EXPECT_EQ(v.against, (list{"A", "B", "F"}));
  EXPECT_EQ(v.for_, (list{"V", "O"}));
  EXPECT_EQ(v.abstained, list{"C"});
}

// The patterns of a passive majority and of a tally's abstentions are
// compiled where first asked, after any number of decisions without
// either: read the same then.
TEST(Votes, MajoritiesAndTallyAbstentionsAreReadAfterDecisionsWithout) {
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(parse_votes("Godkendt.").for_.empty());
  auto v = parse_votes("Godkendt af et flertal bestående af A, V og C.");
  EXPECT_EQ(v.for_, (list{"A", "V", "C"}));
  v = parse_votes("Vedtaget med 6 stemmer (A, B, F) mod 3 stemmer (V, O), 1 stemte blankt (C).");
  EXPECT_EQ(v.for_, (list{"A", "B", "F"}));
  EXPECT_EQ(v.abstained, list{"C"});
  EXPECT_EQ(v.abstained_count, 1);
}

TEST(Votes, MajorityAndMinority) {
  const auto v = parse_votes(
      "Et flertal bestående af A, SF og EL stemte for. Et mindretal bestående af V og DF stemte "
      "imod.");
  EXPECT_EQ(v.for_, (list{"A", "F", "Ø"}));
  EXPECT_EQ(v.against, (list{"V", "O"}));
}

TEST(Votes, PlainDecisionHasNoVotes) {
  EXPECT_TRUE(
      parse_votes(
          "Tiltrådte indstillingen.\n\nTina Bodholdt-Nielsen (Løsgænger) deltog ikke på mødet.")
          .empty());
  EXPECT_TRUE(parse_votes("").empty());
}

TEST(VotesDecisionText, HistoryIsLeftOut) {
  auto doc = protokol::entity_testing::document_with_items(
      "REFERAT d. 21-11-2022\n\nPunkt 1: Sag\n\nHistorik\n\nBeslutning fra Ældreudvalget, 2. juni "
      "2022, pkt. 8:\n\n"
      "(Ø) undlod.\n\nIndstilling\n\nat godkende\n\nBeslutning\n\nTiltrådte indstillingen.\n\n(F) "
      "undlod.\n");
  const auto v = parse_votes(protokol::votes::decision_text(doc, doc.items[0]));
  EXPECT_EQ(v.abstained, list{"F"});
}

TEST(VotesDecisionText, SegmenterDecisionWins) {
  auto doc =
      protokol::entity_testing::document_with_items("Punkt 1: Sag\n\nBeslutning\n\n(F) undlod.\n");
  doc.items[0].decision = "V stemte imod.";
  EXPECT_EQ(protokol::votes::decision_text(doc, doc.items[0]), "V stemte imod.");
}

TEST(VoteList, CountsBesideAListAreNoMembers) {
  EXPECT_EQ(parse_vote_list("A, F og Ø (15)"), (list{"A", "F", "Ø"}));
  EXPECT_EQ(parse_vote_list("A, F og Ø (15 stemmer)"), (list{"A", "F", "Ø"}));
  EXPECT_EQ(parse_vote_list("15 (A, F og Ø)"), (list{"A", "F", "Ø"}));
  EXPECT_EQ(parse_vote_list("15 stemmer (A, F og Ø)"), (list{"A", "F", "Ø"}));
  EXPECT_EQ(parse_vote_list("Jens Hansen (A)"), list{"Jens Hansen"});
}

TEST(Votes, LabelledListsWithCounts) {
  const auto v = parse_votes(
      "Godkendt.\n\nFor stemte: A, F og Ø (15)\nImod stemte: V og C (10)\nUndlod at stemme: O "
      "(2)\n");
  EXPECT_EQ(v.for_, (list{"A", "F", "Ø"}));
  EXPECT_EQ(v.against, (list{"V", "C"}));
  EXPECT_EQ(v.abstained, list{"O"});
}

TEST(Votes, LabelWithItsCountBeforeTheColon) {
  // As Copenhagen's committees write it.
  const auto v = parse_votes(
      "Der blev afgivet følgende stemmer:\nFor stemte 6 medlemmer: A, B, C, F og Ø.\nImod "
      "stemte 1 medlem: V.\nIndstillingen blev godkendt.");
  EXPECT_EQ(v.for_, (list{"A", "B", "C", "F", "Ø"}));
  EXPECT_EQ(v.against, list{"V"});
}

TEST(Votes, CountsWithTheirSidesNamed) {
  const auto v = parse_votes("Godkendt med 5 stemmer for (A, F), 2 imod (V) og 1 undlod (O).");
  EXPECT_EQ(v.for_, (list{"A", "F"}));
  EXPECT_EQ(v.against, list{"V"});
  EXPECT_EQ(v.abstained, list{"O"});
}

// A council's tally: the for side named beside its count, the other side
// after "mod", in a rejection too.
TEST(Votes, ForSideCountedThenTheOtherAfterMod) {
  auto v = parse_votes(
      "Forslaget blev godkendt med 19 stemmer for (A, V, F) mod 8 (O, C), 2 undlod (Ø).");
  EXPECT_EQ(v.for_, (list{"A", "V", "F"}));
  EXPECT_EQ(v.against, (list{"O", "C"}));
  EXPECT_EQ(v.abstained, list{"Ø"});
  EXPECT_EQ(v.for_count, 19);
  EXPECT_EQ(v.against_count, 8);
  EXPECT_EQ(v.abstained_count, 2);
  v = parse_votes("Forslaget blev forkastet med 2 stemmer for (Ø) mod 27 (A, V, F, C, O).");
  EXPECT_EQ(v.for_, list{"Ø"});
  EXPECT_EQ(v.against, (list{"A", "V", "F", "C", "O"}));
  EXPECT_EQ(v.against_count, 27);
}

TEST(Votes, AMajorityWithItsCountAndAReasonAfterAList) {
  auto v = parse_votes(
      "Godkendt.\nEt flertal på 22 (A, V, F, B) godkendte indstillingen.\n"
      "Et mindretal på 7 (O, C, D) stemte imod.");
  EXPECT_EQ(v.for_, (list{"A", "V", "F", "B"}));
  EXPECT_EQ(v.for_count, 22);
  EXPECT_EQ(v.against, (list{"O", "C", "D"}));
  EXPECT_EQ(v.against_count, 7);
  v = parse_votes(
      "Sendes i høring.\nFor stemte: A og F (3)\nImod stemte: V (1), idet Venstre ønsker at "
      "bevare distriktet.");
  EXPECT_EQ(v.for_, (list{"A", "F"}));
  EXPECT_EQ(v.against, list{"V"});
  EXPECT_EQ(v.against_count, 1);
}

// An amendment voted on, then the recommendation: two tallies, two votes.
TEST(Votes, TwoTalliesAreTwoVotes) {
  const std::string decision =
      "Ændringsforslag fra V blev forkastet med 9 stemmer for (V, C) og 20 imod (A, F, Æ, O, "
      "Ø).\n\n"
      "Herefter blev indstillingen godkendt med 25 stemmer for (A, F, V, Æ, Ø) mod 3 (O, "
      "Løsgænger), 1 undlod (C).";
  const auto blocks = protokol::votes::find_vote_blocks(decision);
  EXPECT_EQ(blocks.count, 2u);
  EXPECT_EQ(decision.substr(blocks.second, 9), "Herefter ");
  const auto v = parse_votes(decision);
  EXPECT_EQ(v.for_, (list{"V", "C"}));
  EXPECT_EQ(v.against, (list{"A", "F", "Æ", "O", "Ø"}));
  EXPECT_EQ(v.for_count, 9);
  EXPECT_EQ(v.against_count, 20);
  EXPECT_TRUE(v.abstained.empty());
  EXPECT_EQ(protokol::votes::find_vote_blocks("Godkendt med 5 stemmer mod 2 (V).").count, 1u);
  // Two counts in one sentence are one vote.
  const auto one = parse_votes(
      "Forslaget blev forkastet med 8 stemmer for (V, C) og med 19 stemmer imod (A, F, Ø).");
  EXPECT_EQ(one.for_, (list{"V", "C"}));
  EXPECT_EQ(one.against, (list{"A", "F", "Ø"}));
}

// Names with particles and first names written short, and a vote entered
// in the minutes at a member's wish.
TEST(Votes, NamesWithParticlesAndShortFirstNames) {
  auto v = parse_votes(
      "Godkendt. Otto van der Hoek (C) stemte imod. Birgit Aa. Ravnkilde (F) undlod at stemme.");
  EXPECT_EQ(v.against, list{"Otto van der Hoek"});
  EXPECT_EQ(v.abstained, list{"Birgit Aa. Ravnkilde"});
  v = parse_votes("Godkendt. Bo Lund (V) ønskede sin stemme imod ført til protokol.");
  EXPECT_EQ(v.against, list{"Bo Lund"});
}

// A vote laid out as a table: the side, its count, and who.
TEST(Votes, AVoteTableWithTheCountInItsOwnColumn) {
  std::string text =
      "Godkendt.\n\n| Afstemning | Antal | Partier / medlemmer |\n| --- | --- | --- |\n"
      "| For stemte | 22 | A, B, C, F, O og V |\n| Imod stemte | 0 |  |\n"
      "| Undlod at stemme | 1 | Lene Kragh Iversen (A) |\n";
  protokol::votes::flatten_table_rows(text);
  const auto v = parse_votes(text);
  EXPECT_EQ(v.for_, (list{"A", "B", "C", "F", "O", "V"}));
  EXPECT_EQ(v.for_count, 22);
  EXPECT_TRUE(v.against.empty());
  EXPECT_EQ(v.against_count, 0);
  EXPECT_EQ(v.abstained, list{"Lene Kragh Iversen"});
  EXPECT_EQ(v.abstained_count, 1);
  // A head row of the sides labels the cells of the row under it (never
  // "Imod Undlod" as the for side's list).
  std::string heads = "Godkendt.\n\n| For | Imod | Undlod |\n| A, F, Ø (3) | V, C | O |\n";
  protokol::votes::flatten_table_rows(heads);
  const auto h = parse_votes(heads);
  EXPECT_EQ(h.for_, (list{"A", "F", "Ø"}));
  EXPECT_EQ(h.for_count, 3);
  EXPECT_EQ(h.against, (list{"V", "C"}));
  EXPECT_EQ(h.abstained, list{"O"});
  // The count in the last column.
  std::string last = "Godkendt.\n\n| For | A, F, Ø | 4 |\n| Imod | V | 1 |\n";
  protokol::votes::flatten_table_rows(last);
  const auto l = parse_votes(last);
  EXPECT_EQ(l.for_, (list{"A", "F", "Ø"}));
  EXPECT_EQ(l.for_count, 4);
  EXPECT_EQ(l.against, list{"V"});
}

TEST(Votes, NamedSidesWinOverTheTallysOrder) {
  // A rejection turns an unnamed tally round; sides named say themselves.
  const auto v = parse_votes("Forslaget blev forkastet med 3 stemmer for (V) mod 6 imod (A, F).");
  EXPECT_EQ(v.for_, list{"V"});
  EXPECT_EQ(v.against, (list{"A", "F"}));
}

// Trial AV: "Stemmer for:" / "Stemmer imod:" as the sides' labels.
TEST(ParseVotes, StemmerForAndImodLabels) {
  const auto v =
      protokol::votes::parse_votes("Godkendt.\nStemmer for: A, V og C (5)\nStemmer imod: Ø (1)\n");
  EXPECT_EQ(v.for_, (std::vector<std::string>{"A", "V", "C"}));
  EXPECT_EQ(v.against, (std::vector<std::string>{"Ø"}));
  EXPECT_EQ(v.for_count, 5);
  EXPECT_EQ(v.against_count, 1);
}

TEST(ParseVotes, CountsWithoutVotersAreRecorded) {
  auto v = protokol::votes::parse_votes("Forslaget blev forkastet med stemmerne 3 for og 6 imod.");
  EXPECT_TRUE(v.for_.empty() && v.against.empty());
  EXPECT_EQ(v.for_count, 3);
  EXPECT_EQ(v.against_count, 6);
  EXPECT_EQ(v.abstained_count, -1);
  EXPECT_FALSE(v.empty());
  v = protokol::votes::parse_votes("Vedtaget med 9 stemmer for mod 2.");
  EXPECT_EQ(v.for_count, 9);
  EXPECT_EQ(v.against_count, 2);
  v = protokol::votes::parse_votes("Vedtaget med 9 stemmer for, 2 imod og 1 undlod.");
  EXPECT_EQ(v.abstained_count, 1);
  // One side only.
  v = protokol::votes::parse_votes("Godkendt med 20 stemmer for.");
  EXPECT_EQ(v.for_count, 20);
  EXPECT_EQ(v.against_count, -1);
  v = protokol::votes::parse_votes("Forslaget blev forkastet med 12 stemmer imod.");
  EXPECT_EQ(v.against_count, 12);
  EXPECT_EQ(v.for_count, -1);
}

// Stevns-style sub-answers: the majority's count beside its list, and a
// minority that "kan ikke anbefale".
TEST(ParseVotes, CountsBesideASubjectsList) {
  const auto v = protokol::votes::parse_votes(
      "Ad 1.\nEt flertal bestående af A, C, N og V (6) anbefaler indstillingen.\n"
      "O (1) kan ikke anbefale indstillingen, da matriklen ligger i landzone.");
  EXPECT_EQ(v.for_, (std::vector<std::string>{"A", "C", "N", "V"}));
  EXPECT_EQ(v.for_count, 6);
  EXPECT_EQ(v.against, (std::vector<std::string>{"O"}));
  EXPECT_EQ(v.against_count, 1);
}

// A verb denied is a vote against, never for (trial AO: "anbefaler ikke"
// had been read as "anbefaler"); so are other words of dissent.
TEST(ParseVotes, ADeniedVerbIsAVoteAgainst) {
  for (const std::string verb :
       {"anbefaler ikke indstillingen", "godkender ikke indstillingen", "tiltræder ikke",
        "kan ikke godkende indstillingen", "ønsker ikke at anbefale indstillingen", "var imod",
        "tager afstand fra indstillingen", "anbefalede ikke forslaget", "er imod indstillingen",
        "ønsker ikke at godkende indstillingen", "stemmer ikke for forslaget"}) {
    const auto v =
        protokol::votes::parse_votes("Anbefales.\nClaus Ravn Mikkelsen (F) " + verb + ".");
    EXPECT_TRUE(v.for_.empty()) << verb;
    EXPECT_EQ(v.against, (std::vector<std::string>{"Claus Ravn Mikkelsen"})) << verb;
  }
  // On the proposal only (review 30): no vote, or the vote the sentence says.
  for (const std::string sentence :
       {"Carsten Møller (F) anbefaler ikke kun forslaget, men ønsker også en fartdæmpning.",
        "Carsten Møller (F) godkender ikke blot forslaget, men også budgettet.",
        "Anders Holm (V) var imod sidste år, men støtter nu forslaget.",
        "Carsten Møller (F) tager afstand fra tonen i den offentlige debat."}) {
    const auto none = protokol::votes::parse_votes("Anbefales.\n" + sentence);
    EXPECT_TRUE(none.against.empty()) << sentence;
  }
  // A party's genitive by its letters, and a member's party set off by
  // commas (trial AS).
  for (const std::string group : {"SF's byrådsgruppe", "SF’s byrådsgruppe", "SF-gruppen"}) {
    const auto v =
        protokol::votes::parse_votes("Vedtaget.\n" + group + " kunne ikke tiltræde forslaget.");
    EXPECT_EQ(v.against, (std::vector<std::string>{"F"})) << group;
  }
  const auto commas = protokol::votes::parse_votes("Godkendt.\nAli Demir, Ø, stemte imod.");
  EXPECT_EQ(commas.against, (std::vector<std::string>{"Ali Demir"}));
  const auto joined = protokol::votes::parse_votes("Godkendt.\nJens Hansen og V stemte imod.");
  EXPECT_EQ(joined.against, (std::vector<std::string>{"Jens Hansen", "V"}));
  // The sentence says the vote itself after the denied verb (review 31).
  const auto itself = protokol::votes::parse_votes(
      "Anbefales.\nCarsten Møller (F) er imod forslaget om at udskyde sagen og stemmer for "
      "indstillingen.");
  EXPECT_TRUE(itself.against.empty());
  const auto abstains = protokol::votes::parse_votes(
      "Anbefales.\nCarsten Møller (F) stemmer ikke for indstillingen, men undlader at stemme.");
  EXPECT_TRUE(abstains.against.empty());
  const auto stated = protokol::votes::parse_votes(
      "Anbefales.\nCarsten Møller (F) var imod at udskyde sagen og stemte for indstillingen.");
  EXPECT_TRUE(stated.against.empty());
  const auto v = protokol::votes::parse_votes(
      "For stemte: O og V.\nImod stemte: A og Ø.\nHverken for eller imod stemte: C og F.");
  EXPECT_EQ(v.abstained, (std::vector<std::string>{"C", "F"}));
}

// Stevns and Aabenraa count members before the parties, joined by "+".
TEST(ParseVotes, MembersCountedBeforeTheirParties) {
  const auto v = protokol::votes::parse_votes(
      "Anbefales.\n5 medlemmer (A+V+C) anbefaler forslaget.\n1 medlem (Ø) stemmer imod.\n"
      "2 medlemmer (N+F) tager forbehold.");
  EXPECT_EQ(v.for_, (std::vector<std::string>{"A", "V", "C"}));
  EXPECT_EQ(v.for_count, 5);
  EXPECT_EQ(v.against, (std::vector<std::string>{"Ø"}));
  EXPECT_EQ(v.against_count, 1);
  EXPECT_TRUE(v.abstained.empty());
}

// Næstved: counts after the label without a word, a party's member named
// where the party voted apart, and minority notes that "kan ikke gå ind
// for" or "kunne ikke støtte" a decision.
TEST(ParseVotes, CountedLabelsAndNamedMembersOfASplitParty) {
  auto v = protokol::votes::parse_votes(
      "Godkendt.\nFor stemte 27: A, B, C, F, O (Niels D. Kelberg), V\n"
      "Imod stemte 2: O (Githa Nelander), Ø");
  EXPECT_EQ(v.for_, (std::vector<std::string>{"A", "B", "C", "F", "Niels D. Kelberg", "V"}));
  EXPECT_EQ(v.for_count, 27);
  EXPECT_EQ(v.against, (std::vector<std::string>{"Githa Nelander", "Ø"}));
  EXPECT_EQ(v.against_count, 2);
  // Several members of one party named, and "party: name".
  v = protokol::votes::parse_votes(
      "Godkendt.\nFor stemte: V (Tage Ebbesen, Poul Erik Bach) og O\nImod stemte 1 (Ø: Bente "
      "Nørgaard)");
  EXPECT_EQ(v.for_, (std::vector<std::string>{"Tage Ebbesen", "Poul Erik Bach", "O"}));
  EXPECT_EQ(v.against, (std::vector<std::string>{"Bente Nørgaard"}));
  EXPECT_EQ(v.against_count, 1);
  v = protokol::votes::parse_votes(
      "Godkendt.\nDansk Folkeparti kan ikke gå ind for beslutningen, men ønsker linje E.");
  EXPECT_EQ(v.against, (std::vector<std::string>{"O"}));
  v = protokol::votes::parse_votes(
      "Anbefales.\nThor Temte kunne ikke støtte udvalgets beslutning.");
  EXPECT_EQ(v.against, (std::vector<std::string>{"Thor Temte"}));
}

// Hjørring: the list after a clause's conjunction.
TEST(ParseVotes, ListAfterAClausesConjunction) {
  const auto v =
      protokol::votes::parse_votes("Godkendt, idet Venstre og Dansk Folkeparti undlod at stemme.");
  EXPECT_EQ(v.abstained, (std::vector<std::string>{"V", "O"}));
  EXPECT_TRUE(v.for_.empty());
  // The conjunction is looked for back to the sentence's start only: one in
  // a sentence before does not cut the list, one in a later sentence does.
  const auto later = protokol::votes::parse_votes(
      "Sagen blev drøftet, idet udvalget ønskede en status. Godkendt, idet Venstre og Dansk "
      "Folkeparti undlod at stemme.");
  EXPECT_EQ(later.abstained, (std::vector<std::string>{"V", "O"}));
  const auto before = protokol::votes::parse_votes(
      "Drøftet, idet sagen blev udsat. Venstre og Dansk Folkeparti undlod at stemme.");
  EXPECT_EQ(before.abstained, (std::vector<std::string>{"V", "O"}));
}

// Aarhus writes a party's group on the council by the party's genitive.
TEST(ParseVotes, PartyGroupsByGenitive) {
  auto v = protokol::votes::parse_votes(
      "Forslaget vedtaget.\nVenstres byrådsgruppe kunne ikke tiltræde forslaget.");
  EXPECT_EQ(v.against, ((list{"V"})));
  v = protokol::votes::parse_votes(
      "Vedtaget.\nDet Konservative Folkepartis byrådsgruppe kunne ikke tiltræde indstillingen.");
  EXPECT_EQ(v.against, (std::vector<std::string>{"C"}));
  v = protokol::votes::parse_votes("Venstres og Det Radikale Venstres byrådsgrupper stemte imod.");
  EXPECT_EQ(v.against, (std::vector<std::string>{"V", "B"}));
  // A name ending in s is no group.
  v = protokol::votes::parse_votes("Hans Jens stemte imod.");
  EXPECT_EQ(v.against, (std::vector<std::string>{"Hans Jens"}));
}

// Two sides in one sentence, and labelled lists on one line.
TEST(ParseVotes, TwoSidesInOneSentenceOrLine) {
  auto v = protokol::votes::parse_votes(
      "Socialdemokratiet, SF og Enhedslisten stemte for, Venstre og Konservative stemte imod.");
  EXPECT_EQ(v.for_, (list{"A", "F", "Ø"}));
  EXPECT_EQ(v.against, (std::vector<std::string>{"V", "C"}));
  v = protokol::votes::parse_votes("Afstemning: For: A, F, Ø (12) Imod: V, C (8)");
  EXPECT_EQ(v.for_, (list{"A", "F", "Ø"}));
  EXPECT_EQ(v.for_count, 12);
  EXPECT_EQ(v.against, (std::vector<std::string>{"V", "C"}));
  EXPECT_EQ(v.against_count, 8);
  // "for" inside prose is no label.
  v = protokol::votes::parse_votes("Udvalget takkede for: oplægget om skolen.");
  EXPECT_TRUE(v.for_.empty());
}

// A rejected proposal's tally names the majority against first.
TEST(ParseVotes, RejectedTallyWithoutSides) {
  auto v = protokol::votes::parse_votes("Forslaget blev forkastet med 5 stemmer mod 4.");
  EXPECT_EQ(v.against_count, 5);
  EXPECT_EQ(v.for_count, 4);
  v = protokol::votes::parse_votes("Forslaget blev forkastet med 5 stemmer imod 4.");
  EXPECT_EQ(v.against_count, 5);
  EXPECT_EQ(v.for_count, 4);
  v = protokol::votes::parse_votes("Indstillingen blev vedtaget med 9 stemmer mod 2.");
  EXPECT_EQ(v.for_count, 9);
  EXPECT_EQ(v.against_count, 2);
  v = protokol::votes::parse_votes(
      "Godkendt med 6 stemmer for, 2 stemmer imod og 1 stemme, der undlod at stemme.");
  EXPECT_EQ(v.for_count, 6);
  EXPECT_EQ(v.against_count, 2);
  EXPECT_EQ(v.abstained_count, 1);
}

TEST(ParseVotes, CountsBesideListsAreRecordedPerSide) {
  auto v = protokol::votes::parse_votes(
      "Godkendt.\nFor stemte: A, F og Ø (15)\nImod stemte: V (2)\nUndlod at stemme: Ingen");
  EXPECT_EQ(v.for_, (list{"A", "F", "Ø"}));
  EXPECT_EQ(v.for_count, 15);
  EXPECT_EQ(v.against_count, 2);
  EXPECT_EQ(v.abstained_count, 0);
  v = protokol::votes::parse_votes("For stemte 6 medlemmer: A, B, C, F og Ø.");
  EXPECT_EQ(v.for_count, 6);
  EXPECT_EQ(v.against_count, -1);
  v = protokol::votes::parse_votes(
      "Forslaget blev forkastet med 4 stemmer (V, C) mod 11 (A, F, Ø), 1 undlod (O).");
  EXPECT_EQ(v.against, (std::vector<std::string>{"V", "C"}));
  EXPECT_EQ(v.against_count, 4);
  EXPECT_EQ(v.for_count, 11);
  EXPECT_EQ(v.abstained_count, 1);
  v = protokol::votes::parse_votes(
      "Godkendt med 5 stemmer for (A, F), 2 imod (V) og 1 undlod (O).");
  EXPECT_EQ(v.for_count, 5);
  EXPECT_EQ(v.against_count, 2);
  EXPECT_EQ(v.abstained_count, 1);
}

TEST(ParseVotes, UnanimousNamesNobody) {
  for (const char* text :
       {"Godkendt enstemmigt.", "Enstemmigt vedtaget.",
        "Udvalget anbefaler enstemmigt indstillingen.", "Et enstemmigt udvalg godkendte."}) {
    const auto v = protokol::votes::parse_votes(text);
    EXPECT_TRUE(v.unanimous) << text;
    EXPECT_TRUE(v.for_.empty()) << text;
    EXPECT_FALSE(v.empty()) << text;
  }
  EXPECT_FALSE(
      protokol::votes::parse_votes("Indstillingen blev ikke enstemmigt vedtaget.").unanimous);
  EXPECT_FALSE(protokol::votes::parse_votes("Godkendt.").unanimous);
  EXPECT_TRUE(protokol::votes::parse_votes("Godkendt.").empty());
}

// The pattern for unanimity is compiled at the first decision that holds
// one of its cues, after any number without: read the same then.
TEST(ParseVotes, UnanimityIsReadAfterDecisionsWithoutItsCues) {
  for (int i = 0; i < 3; ++i) EXPECT_FALSE(protokol::votes::parse_votes("Godkendt.").unanimous);
  EXPECT_TRUE(protokol::votes::parse_votes("Økonomiudvalget var enigt i indstillingen.").unanimous);
  EXPECT_FALSE(protokol::votes::parse_votes("Økonomiudvalget var ikke enigt.").unanimous);
  EXPECT_FALSE(protokol::votes::parse_votes("Godkendt.").unanimous);
}

// The tallies' patterns read last (the words before each count, the
// abstentions after a count) are compiled where first asked, after any
// number of decisions without a count: read the same then.
TEST(ParseVotes, TalliesAreReadAfterDecisionsWithoutACount) {
  for (int i = 0; i < 3; ++i) EXPECT_EQ(protokol::votes::parse_votes("Godkendt.").for_count, -1);
  auto v = protokol::votes::parse_votes("Afstemning: For 3, imod 1, undlod 0");
  EXPECT_EQ(v.for_count, 3);
  EXPECT_EQ(v.against_count, 1);
  EXPECT_EQ(v.abstained_count, 0);
  v = protokol::votes::parse_votes("Vedtaget med 9 stemmer for og 2 imod, 1 undlod.");
  EXPECT_EQ(v.for_count, 9);
  EXPECT_EQ(v.against_count, 2);
  EXPECT_EQ(v.abstained_count, 1);
}

// Trial AV: unanimity said without "enstemmigt".
TEST(ParseVotes, UnanimousInOtherWords) {
  for (const char* text :
       {"Et enigt udvalg godkendte indstillingen.", "Udvalget var enigt i indstillingen.",
        "Økonomiudvalget var enige.", "Byrådet var enigt.", "Kommunalbestyrelsen var enig.",
        "Godkendt med alle stemmer.", "Alle stemte for.",
        // Review 33: a number or a "men" in the sentence cancels nothing.
        "Et enigt udvalg anbefaler indstillingens punkt 1 og 2.",
        "Godkendt med alle stemmer, idet rammen hæves til 2,5 mio. kr.",
        "Et enigt udvalg godkendte regnskabet, men ønsker en status på CO2-målene.",
        // Trial AY: a side that names nobody.
        "Alle stemte for, og ingen var imod.", "Alle stemte for, ingen stemte imod.",
        "Godkendt med alle stemmer, ingen undlod at stemme."}) {
    const auto v = protokol::votes::parse_votes(text);
    EXPECT_TRUE(v.unanimous) << text;
    EXPECT_TRUE(v.for_.empty()) << text;
  }
  // Review 32: an exception, another side or a count in the sentence; a
  // board heard on the case.
  for (const char* text :
       {"Udvalget var ikke enigt.", "V og A var enige om at udsætte sagen.",
        "Godkendt. Partierne var enige om tidsplanen.",
        "Alle stemte for, undtagen Bo Jensen (Ø), der stemte imod.",
        "Godkendt med alle stemmer undtagen Enhedslistens.", "Vedtaget med alle stemmer mod 2 (Ø).",
        "Alle stemte for indstillingen, dog undlod F at stemme.",
        "Alle stemte for, og ingen var imod, men Bo Jensen (Ø) undlod at stemme.",
        "Udvalget var enigt om behovet, men forslaget blev forkastet med 5 "
        "stemmer mod 4.",
        "Bestyrelsen var enig i forvaltningens vurdering.",
        // Review 34: other exceptions; a side against read in the decision.
        "Et enigt udvalg med undtagelse af de 2 medlemmer fra Enhedslisten anbefaler "
        "indstillingen.",
        "Et enigt udvalg, bortset fra Dansk Folkeparti, anbefaler indstillingen.",
        "Udvalget var enigt i indstillingen.\nImod stemte: Ø"})
    EXPECT_FALSE(protokol::votes::parse_votes(text).unanimous) << text;
}

TEST(UnreadVote, VoteWordsWithoutAListAreNamed) {
  EXPECT_EQ(protokol::votes::unread_vote("Et flertal i udvalget anbefaler indstillingen."),
            "\"flertal\" reads like a vote, but no voters could be read");
  EXPECT_EQ(protokol::votes::unread_vote("Sagen blev sat under afstemning og godkendt."),
            "\"afstemning\" reads like a vote, but no voters could be read");
}

TEST(UnreadVote, OrdinaryDecisionsSayNothing) {
  EXPECT_EQ(protokol::votes::unread_vote("Godkendt."), "");
  EXPECT_EQ(protokol::votes::unread_vote("Taget til efterretning. Det stemmer overens med planen."),
            "");
  EXPECT_EQ(protokol::votes::unread_vote("Udvalget har stemmeret i sagen."), "");
  // Copenhagen: adopted with no vote taken.
  EXPECT_EQ(protokol::votes::unread_vote("Indstillingen blev anbefalet uden afstemning."), "");
  EXPECT_EQ(protokol::votes::unread_vote("Vedtaget uden afstemning. Et flertal stemte for."),
            "\"flertal\" reads like a vote, but no voters could be read");
}

// Dragør: a decision voted point by point ("Ad 1" / "For stemte: 5
// (A+T+V)" / ... / "Ad 2" / "For stemte: ..."): one record holds one vote,
// the first; the stage says how many there were.
TEST(Votes, SeveralVotesInOneDecisionGiveTheFirst) {
  const std::string decision =
      "Ad 1\n\nFor stemte:    5 (A+T+V)\n\nImod stemte:  2 (C+O)\n\nUndlod at stemme: \n\n"
      "Godkendt.\n\nAd 2\n\nFor stemte:    5 (A+T+V)\n\nImod stemte: \n\nUndlod at stemme:  "
      "2 (C+O)\n\nGodkendt.\n";
  const auto v = parse_votes(decision);
  EXPECT_EQ(v.for_, (list{"A", "T", "V"}));
  EXPECT_EQ(v.against, (list{"C", "O"}));
  EXPECT_TRUE(v.abstained.empty());
  EXPECT_EQ(v.for_count, 5);
  EXPECT_EQ(protokol::votes::find_vote_blocks(decision).count, 2u);
  EXPECT_EQ(protokol::votes::find_vote_blocks("For stemte: A\nImod stemte: V\n").count, 1u);
}

// Hvidovre: "For: Gruppe A, F, O, V, C og F." / "Imod: Liste H og Gruppe Ø.":
// a party's group or list by its letter.
TEST(Votes, GroupsAndListsByTheirLetters) {
  const auto v = parse_votes(
      "Ad 1. X blev valgt.\nFor: Gruppe A, F, O, V, C og F.\nImod: Liste H og Gruppe Ø.\n");
  EXPECT_EQ(v.for_, (list{"A", "F", "O", "V", "C"}));
  EXPECT_EQ(v.against, (list{"H", "Ø"}));
}

// A converter joined the decision's lines into one paragraph: a label after a
// sentence's end or a colon starts a list as at a line's start.
TEST(Votes, LabelsAfterASentenceOrAColonOnOneLine) {
  const auto a =
      parse_votes("Indstillingen godkendt. For stemte: V, A og C (4) Imod stemte: Ø (1)");
  EXPECT_EQ(a.for_, (list{"V", "A", "C"}));
  EXPECT_EQ(a.against, (list{"Ø"}));
  EXPECT_EQ(a.for_count, 4);
  EXPECT_EQ(a.against_count, 1);
  const auto b =
      parse_votes("Der blev afgivet følgende stemmer: For stemte 6 medlemmer: A, B, C, F og Ø.\n");
  EXPECT_EQ(b.for_, (list{"A", "B", "C", "F", "Ø"}));
  EXPECT_EQ(b.for_count, 6);
  // Within a sentence "for" is no label.
  EXPECT_TRUE(parse_votes("Udvalget talte for: at sagen udsættes.\n").for_.empty());
}

// pandoc wraps markdown at 72 columns: a list or its count goes on on the
// next line when that line starts with "(" or a lowercase word.
TEST(Votes, ListsWrappedOntoTheNextLine) {
  const auto v = parse_votes("Godkendt. For stemte: V, A, C\nog F (4). Imod stemte: Ø\n(1).\n");
  EXPECT_EQ(v.for_, (list{"V", "A", "C", "F"}));
  EXPECT_EQ(v.against, (list{"Ø"}));
  EXPECT_EQ(v.for_count, 4);
  EXPECT_EQ(v.against_count, 1);
}

// LibreOffice's text export writes a bulleted list as "<tab>•<tab>text".
TEST(Votes, ABulletBeforeTheSubjectIsNoVoter) {
  const auto v = parse_votes(
      "Anbefales.\n\t•\tPia Dam (A) og Ole Fisker (V) stemte for.\n- V og C stemte imod.\n");
  EXPECT_EQ(v.for_, (list{"Pia Dam", "Ole Fisker"}));
  EXPECT_EQ(v.against, (list{"V", "C"}));
}

// A converter joined the vote's lines: "V." reads as an initial, and the
// list stops at that full stop all the same.
TEST(Votes, AListThatRunsIntoTheNextSentenceStopsAtItsFullStop) {
  const auto v = parse_votes(
      "For stemte 6 medlemmer: A, B, C, F og Ø. Imod stemte 1 medlem: V. Indstillingens punkt 2 "
      "blev godkendt.");
  EXPECT_EQ(v.for_, (list{"A", "B", "C", "F", "Ø"}));
  EXPECT_EQ(v.against, (list{"V"}));
  EXPECT_EQ(v.against_count, 1);
}

TEST(Votes, VoteLabelsInATableAConverterMade) {
  std::string decision =
      "| For stemte:  | A, F og Ø (3)   |\n|--------------|-----------------|\n"
      "| Imod stemte: | V (1)           |\n\nIndstillingen blev godkendt.";
  protokol::votes::flatten_table_rows(decision);
  EXPECT_EQ(decision,
            "For stemte: A, F og Ø (3)\nImod stemte: V (1)\n\nIndstillingen blev godkendt.");
  const auto v = parse_votes(decision);
  EXPECT_EQ(v.for_, (list{"A", "F", "Ø"}));
  EXPECT_EQ(v.against, (list{"V"}));
  std::string plain = "Godkendt | med bemærkning.\nA | B";
  protokol::votes::flatten_table_rows(plain);
  EXPECT_EQ(plain, "Godkendt | med bemærkning.\nA | B");
}

// Assens: a party's vote with one member excepted, and a lone member with
// the party written after the name.
TEST(ParseVotes, APartyButOneMemberAndAMembersOwnParty) {
  const auto v = protokol::votes::parse_votes(
      "For stemte 23 medlemmer (V, A (undtagen Henrik Hansen), B og C).\n\n"
      "Imod stemte 5 medlemmer (O og Ø).\n\n"
      "1 medlem (Henrik Hansen, A) stemte hverken for eller imod.");
  EXPECT_EQ(v.for_, (std::vector<std::string>{"V", "A", "B", "C"}));
  EXPECT_EQ(v.for_count, 23);
  EXPECT_EQ(v.against, (std::vector<std::string>{"O", "Ø"}));
  EXPECT_EQ(v.abstained, (std::vector<std::string>{"Henrik Hansen"}));
  EXPECT_EQ(v.abstained_count, 1);
}

// A party's name with its letter ("Socialdemokratiet (A)") is the party, and
// a total after the list ("– i alt 21 stemmer") its side's count.
TEST(Votes, PartyNamesWithLettersAndATotalAfterTheList) {
  const auto v = parse_votes(
      "Vedtaget.\nFor stemte: Socialdemokratiet (A), Venstre (V), SF (F) og Det Konservative "
      "Folkeparti (C) – i alt 21 stemmer\nImod stemte: Enhedslisten (Ø) og Dansk Folkeparti (O), i "
      "alt 4\n");
  EXPECT_EQ(v.for_, (list{"A", "V", "F", "C"}));
  EXPECT_EQ(v.against, (list{"Ø", "O"}));
  EXPECT_EQ(v.for_count, 21);
  EXPECT_EQ(v.against_count, 4);
  // A member with a party stays a member.
  const auto named = parse_votes("Godkendt.\nImod stemte: Hans Holm (Ø) og Bo Lund (O)\n");
  EXPECT_EQ(named.against, (list{"Hans Holm", "Bo Lund"}));
}

// "2 stemmer for (Ib Søby, Ø, og Sol Winther, M) mod 5": as many named as
// counted, so each party after a name is that member's; "mod 5" without a
// list is the other side's count.
TEST(Votes, NamedMembersWithTheirPartiesAndACountAlone) {
  const auto v = parse_votes(
      "Forslaget blev forkastet med 2 stemmer for (Ib Søby, Ø, og Sol Winther, M) mod 5.");
  EXPECT_EQ(v.for_, (list{"Ib Søby", "Sol Winther"}));
  EXPECT_EQ(v.for_count, 2);
  EXPECT_EQ(v.against_count, 5);
}

// pdftotext wraps the voters' names over a line break: the line going on in
// lowercase ("og Ejner Stub ...") is the same sentence.
TEST(Votes, VotersWrappedOverALineBreak) {
  const auto v = parse_votes(
      "Udvalget bevilgede 20.000 kr. fra puljen. Henning Duus (V)\nog Ejner Stub (Æ) stemte imod "
      "og ønskede ansøgningen afslået.");
  EXPECT_EQ(v.against, (list{"Henning Duus", "Ejner Stub"}));
  // A new line that starts a sentence of its own stays apart.
  const auto apart = parse_votes("Godkendt.\nA og V stemte for.");
  EXPECT_EQ(apart.for_, (list{"A", "V"}));
}

// An amendment's vote, then the proposal's: two votes, each its own; the
// first is the item's (the stage warns of the second).
TEST(Votes, AnAmendmentsVoteThenTheProposals) {
  const std::string decision =
      "Enhedslisten stillede ændringsforslag.\nFor ændringsforslaget stemte 2 (Ø og F).\nImod "
      "stemte 22 (A, V, C, Æ, M, I, O).\nÆndringsforslaget blev forkastet.\n\nHerefter blev "
      "budgetforslaget sat til afstemning.\nFor stemte 19: Socialdemokratiet, Venstre, SF og Det "
      "Konservative Folkeparti.\nImod stemte 4: Danmarksdemokraterne og Dansk Folkeparti.\n";
  const auto blocks = protokol::votes::find_vote_blocks(decision);
  EXPECT_EQ(blocks.count, 2u);
  const auto v = parse_votes(decision);
  EXPECT_EQ(v.for_, (list{"Ø", "F"}));
  EXPECT_EQ(v.against, (list{"A", "V", "C", "Æ", "M", "I", "O"}));
  EXPECT_EQ(v.for_count, 2);
  EXPECT_EQ(v.against_count, 22);
}

// Rebild's council (trial AB): what was voted on between the side and
// "stemte", in several words, and "Undlod at stemme N (...)" without a colon.
TEST(Votes, AProposalNamedBeforeStemteAndAbstentionsWithACount) {
  const auto v = parse_votes(
      "For flertalsindstillingen fra ØK stemte 11 (Radikale Venstre, Konservative)\n"
      "Imod stemte 8 (Venstre, Enhedslisten)\n"
      "Undlod at stemme 5 (Dansk Folkeparti, Socialistisk Folkeparti)\nGodkendt.\n");
  EXPECT_EQ(v.for_, (list{"B", "C"}));
  EXPECT_EQ(v.against, (list{"V", "Ø"}));
  EXPECT_EQ(v.abstained, (list{"O", "F"}));
  EXPECT_EQ(v.for_count, 11);
  EXPECT_EQ(v.abstained_count, 5);
}

// "Aa." in a name is no sentence's end.
TEST(Votes, AShortFirstNameInAVoterList) {
  const auto v =
      parse_votes("Godkendt.\nFor stemte: Anne Jensen\nImod stemte: Hans Jørgen Aa. Nielsen\n");
  EXPECT_EQ(v.against, (list{"Hans Jørgen Aa. Nielsen"}));
}

// A local list without a letter is kept as written; the side is not lost.
TEST(Votes, ALocalListInAVoteList) {
  const auto v = parse_votes("Godkendt.\nFor stemte: Moderaterne, Alternativet og Borgerlisten\n");
  EXPECT_EQ(v.for_, (list{"M", "Å", "Borgerlisten"}));
}

// A local list of several words ("Den Sociale Fællesliste", Rebild) is
// kept as written too, and the side with it.
TEST(Votes, ALocalListOfSeveralWordsInAVoteList) {
  const auto v = parse_votes(
      "Imod stemte 8 (Den Sociale Fællesliste, Jens Ugland, Venstre, Enhedslisten)\nGodkendt.\n");
  EXPECT_EQ(v.against, (list{"Den Sociale Fællesliste", "Jens Ugland", "V", "Ø"}));
}

// "Følgende undlod at stemme: F." (Copenhagen's council protocols, 2006).
TEST(Votes, FoelgendeBeforeASidesLabel) {
  const auto v = parse_votes(
      "Indstillingen blev godkendt med 33 stemmer imod 9. 5 undlod.\n\nFor stemte: A, B, C og "
      "Ø.\n\nImod stemte: O og V.\n\nFølgende undlod at stemme: F.\n");
  EXPECT_EQ(v.for_, (list{"A", "B", "C", "Ø"}));
  EXPECT_EQ(v.against, (list{"O", "V"}));
  EXPECT_EQ(v.abstained, (list{"F"}));
}

// A surname after initials is a name ("J.P. Skytte").
TEST(Votes, InitialsAndASurnameAreAVoter) {
  const auto v = parse_votes("Anbefales.\nAnne Mølgaard (V) og J.P. Skytte (O) stemte imod.");
  EXPECT_EQ(v.against, (list{"Anne Mølgaard", "J.P. Skytte"}));
}

// "Anbefales med 4 stemmer mod 1 (Ø).", "Udvalget vedtog med 4 stemmer mod
// 1 (SF) at ...": the minority named after the tally, whatever the verb.
TEST(Votes, ATallysMinorityAfterOtherVerbs) {
  for (const char* decision : {"Anbefales med 4 stemmer mod 1 (Ø).",
                               "Udvalget vedtog med 4 stemmer mod 1 (Ø) at anbefale.",
                               "Indstillingen godkendes med 4 stemmer mod 1 (Ø)."}) {
    const auto v = parse_votes(decision);
    EXPECT_EQ(v.against, (list{"Ø"})) << decision;
    EXPECT_EQ(v.for_count, 4) << decision;
  }
}

// An older council's roll call.
TEST(Votes, ARollCall) {
  const auto v = parse_votes(
      "Forslaget vedtaget.\nVed navneopråb stemte for: Erik Holst, Grethe Brun.\nImod stemte: "
      "Jytte "
      "Ravn.\n");
  EXPECT_EQ(v.for_, (list{"Erik Holst", "Grethe Brun"}));
  EXPECT_EQ(v.against, (list{"Jytte Ravn"}));
}

// A text browser's dump wraps at 80 columns: a vote's side on the next line
// goes with its voters; a new sentence or a list's next label does not join.
TEST(Votes, WrappedSentencesJoin) {
  std::string text =
      "Godkendt med 3 stemmer for (A, F) og 1 imod (Ø). Kurt Sejersen (O)\n   undlod at stemme.";
  protokol::votes::join_wrapped_lines(text);
  EXPECT_EQ(text,
            "Godkendt med 3 stemmer for (A, F) og 1 imod (Ø). Kurt Sejersen (O) undlod at "
            "stemme.");
  std::string lists = "For stemte: A\nImod stemte: V\nGodkendt.\nny sætning";
  protokol::votes::join_wrapped_lines(lists);
  EXPECT_EQ(lists, "For stemte: A\nImod stemte: V\nGodkendt.\nny sætning");
  std::string wrapped = "Inger Hvid og Ruth Dybdal (A) stemte\n   imod.";
  protokol::votes::join_wrapped_lines(wrapped);
  const auto v = parse_votes(wrapped);
  EXPECT_EQ(v.against, (list{"Inger Hvid", "Ruth Dybdal"}));
}

// A regional council's roll of parties, each with its members' count, and a
// member outside the parties (Region Hovedstaden, 2025): the parties and the
// names vote; the total after "i alt" is the side's count.
TEST(Votes, PartiesWithTheirMembersCounts) {
  const auto v = parse_votes(
      "For stemte: A (9), C (10), F (3), O (1), V (4) og Anne Ehrenreich (ufp), i alt 28.\n"
      "Imod stemte: B (4) og Ø (6), i alt 10.\n"
      "Undlod at stemme: Karin Friis Bach (B) og M (1), i alt 2.\n");
  EXPECT_EQ(v.for_, (list{"A", "C", "F", "O", "V", "Anne Ehrenreich"}));
  EXPECT_EQ(v.against, (list{"B", "Ø"}));
  EXPECT_EQ(v.abstained, (list{"Karin Friis Bach", "M"}));
  EXPECT_EQ(v.for_count, 28);
  EXPECT_EQ(v.against_count, 10);
  EXPECT_EQ(v.abstained_count, 2);
}

// Lejre's minutes: a remark after the total, in the same sentence.
TEST(Votes, ARemarkAfterTheTotal) {
  const auto v = parse_votes(
      "For stemte: V, A, F, C, Ø, I, B  i alt 22\n\nImod stemte: Æ, I – i alt 2 med følgende "
      "bemærkning: Når entreprenøren har lovet det, har Æ og I tillid hertil.\n");
  EXPECT_EQ(v.for_, (list{"V", "A", "F", "C", "Ø", "I", "B"}));
  EXPECT_EQ(v.against, (list{"Æ", "I"}));
  EXPECT_EQ(v.for_count, 22);
  EXPECT_EQ(v.against_count, 2);
  // An amount is no total of votes (review 27).
  const auto money = parse_votes(
      "Imod stemte: Venstre med henvisning til, at projektet koster i alt 12 mio. kr.\n");
  EXPECT_EQ(money.against_count, -1);
}

// A parish council of 1978: the names, then why they voted so.
TEST(Votes, AReasonAfterTheNamesInARelativeClause) {
  const auto v = parse_votes(
      "Kommunalbestyrelsen vedtog at godkende budgetoverslaget med 5 stemmer mod 2.\nImod stemte "
      "Jens Ravn Nielsen og Svend Aage Mølgaard, der ønskede skatten nedsat.\n");
  EXPECT_EQ(v.against, (list{"Jens Ravn Nielsen", "Svend Aage Mølgaard"}));
  EXPECT_EQ(v.for_count, 5);
  EXPECT_EQ(v.against_count, 2);
}

// Aabenraa's netpub pages: every side with its count, none left out.
TEST(Votes, NoneAbstainedIsACountOfNought) {
  const auto v = parse_votes(
      "Indstillingen godkendt.\nFor stemte 6: V, A, F og S\nImod stemte 0\nUndlod at "
      "stemme 0\n");
  EXPECT_EQ(v.for_, (list{"V", "A", "F", "S"}));
  EXPECT_EQ(v.for_count, 6);
  EXPECT_EQ(v.against_count, 0);
  EXPECT_EQ(v.abstained_count, 0);
  // "Undlod at stemme 2" over a sentence is no count of this form.
  EXPECT_EQ(parse_votes("Undlod at stemme 2 medlemmer af udvalget.\n").abstained_count, -1);
}

// Both sides in one sentence, the second after a comma or "og".
TEST(Votes, TheOtherSideAfterACommaInOneSentence) {
  auto v = parse_votes("For stemte 3 (A, V og C), imod stemte 1 (F).\n");
  EXPECT_EQ(v.for_, (list{"A", "V", "C"}));
  EXPECT_EQ(v.against, (list{"F"}));
  EXPECT_EQ(v.for_count, 3);
  EXPECT_EQ(v.against_count, 1);
  v = parse_votes("Godkendt. For stemte A og V og imod stemte Ø.\n");
  EXPECT_EQ(v.for_, (list{"A", "V"}));
  EXPECT_EQ(v.against, (list{"Ø"}));
  // Words between the side and its verb are read only at a sentence's start.
  v = parse_votes("Godkendt, for at sikre at de stemte rigtigt.\n");
  EXPECT_TRUE(v.for_.empty());
}

// The exception of "Alle stemte for" with its own verb after "der".
TEST(Votes, TheNamedExceptionWithItsVerbInARelativeClause) {
  auto v = parse_votes("Alle stemte for, undtagen Bo Jensen (Ø), der stemte imod.\n");
  EXPECT_EQ(v.against, (list{"Bo Jensen"}));
  EXPECT_FALSE(v.unanimous);
  v = parse_votes("Godkendt. A og V, som undlod at stemme, ønskede en ny sag.\n");
  EXPECT_EQ(v.abstained, (list{"A", "V"}));
}

// "undtagen Ø. Ingen undlod at stemme.": the party's letter ends the
// sentence when a word that opens sentences follows it ("Ø. Ingen" had
// been read as one abstaining name); an initial still goes on in a name.
TEST(Votes, APartysLetterEndsTheSentenceBeforeIngen) {
  auto v = parse_votes("Alle stemte for, undtagen Ø. Ingen undlod at stemme.\n");
  EXPECT_TRUE(v.abstained.empty());
  EXPECT_EQ(v.abstained_count, 0);
  EXPECT_FALSE(v.unanimous);
  v = parse_votes("Alle stemte for, undtagen Ø og F. Ingen undlod at stemme.\n");
  EXPECT_TRUE(v.abstained.empty());
  v = parse_votes("Godkendt. Imod stemte V. Det Konservative Folkeparti undlod at stemme.\n");
  EXPECT_EQ(v.against, (list{"V"}));
  EXPECT_EQ(parse_votes("Imod stemte P. Sørensen og A. Jensen.\n").against,
            (list{"P. Sørensen", "A. Jensen"}));
}

TEST(Votes, TheOtherSidesLabelAfterACommaInOneSentence) {
  const auto v = parse_votes("For stemte: A, V og C (3), imod stemte: F (1).\n");
  EXPECT_EQ(v.for_, (list{"A", "V", "C"}));
  EXPECT_EQ(v.against, (list{"F"}));
  EXPECT_EQ(v.for_count, 3);
  EXPECT_EQ(v.against_count, 1);
}

// The majority named in other words (trial BA).
TEST(Votes, AMajorityInABodyAndAMajorityAfterThePassive) {
  auto v = parse_votes("Et flertal i udvalget (A, V og C) godkendte indstillingen.\n");
  EXPECT_EQ(v.for_, (list{"A", "V", "C"}));
  v = parse_votes("Godkendt af et flertal bestående af A, V og C. Ø stemte imod.\n");
  EXPECT_EQ(v.for_, (list{"A", "V", "C"}));
  EXPECT_EQ(v.against, (list{"Ø"}));
  v = parse_votes("Forkastet af et flertal på 7 (A, F og Ø).\n");
  EXPECT_EQ(v.against, (list{"A", "F", "Ø"}));
  EXPECT_EQ(v.against_count, 7);
  // "C." before a name is an initial.
  v = parse_votes("Anne Berg og C. Hansen stemte imod.\n");
  EXPECT_EQ(v.against, (list{"Anne Berg", "C. Hansen"}));
}

// Counts and sides in shorter words (trial BA).
TEST(Votes, ElidedVerbsAndCountsWithTheirWordsAround) {
  auto v = parse_votes("A, V og C stemte for, Ø imod.\n");
  EXPECT_EQ(v.for_, (list{"A", "V", "C"}));
  EXPECT_EQ(v.against, (list{"Ø"}));
  v = parse_votes("Vedtaget med 3 mod 1 stemme.\n");
  EXPECT_EQ(v.for_count, 3);
  EXPECT_EQ(v.against_count, 1);
  v = parse_votes("Forkastet med 3 mod 4 stemmer.\n");
  EXPECT_EQ(v.against_count, 3);
  EXPECT_EQ(v.for_count, 4);
  v = parse_votes("Afstemning: For 3, imod 1, undlod 0.\n");
  EXPECT_EQ(v.for_count, 3);
  EXPECT_EQ(v.against_count, 1);
  EXPECT_EQ(v.abstained_count, 0);
  // A year is no count.
  v = parse_votes("Budgettet for 2024, imod forventning, blev godkendt.\n");
  EXPECT_EQ(v.for_count, -1);
}

// Review 35: look-alikes of the new forms stay what they were.
TEST(Votes, LookAlikesOfTheOneSentenceForms) {
  // Initials that are party letters, another initial after them.
  EXPECT_EQ(parse_votes("Imod stemte P. Sørensen og A. C. Jensen.\n").against,
            (list{"P. Sørensen", "A. C. Jensen"}));
  EXPECT_EQ(parse_votes("For stemte Jens Lund og C. F. Holm.\n").for_,
            (list{"Jens Lund", "C. F. Holm"}));
  // A relative clause about another vote.
  auto v = parse_votes(
      "Godkendt. Enhedslisten, der stemte imod budgettet i oktober, kan tiltræde indstillingen.\n");
  EXPECT_TRUE(v.against.empty());
  v = parse_votes("Carl Syd (Ø), som stemte for i fagudvalget, tog forbehold.\n");
  EXPECT_TRUE(v.for_.empty());
  v = parse_votes("Anbefales, bortset fra Morten Kjær (O), som undlod at stemme.\n");
  EXPECT_EQ(v.abstained, (list{"Morten Kjær"}));
  // Counts of another vote.
  v = parse_votes("Den vejledende beboerafstemning gav for 312, imod 198.\n");
  EXPECT_EQ(v.for_count, -1);
  v = parse_votes(
      "Taget til efterretning, idet Regionsrådet har godkendt aftalen med 25 mod 16 "
      "stemmer.\n");
  EXPECT_EQ(v.for_count, -1);
  // A body's name of several words before the list.
  EXPECT_EQ(
      parse_votes("Et flertal i Teknik- og Miljøudvalget (A, F og Ø) godkendte planen.\n").for_,
      (list{"A", "F", "Ø"}));
}
