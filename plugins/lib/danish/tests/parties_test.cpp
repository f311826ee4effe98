#include "danish/parties.hpp"

#include <gtest/gtest.h>

#include "danish/party_table.hpp"

using protokol::danish::canonical_party;
using protokol::danish::looks_like_party_code;

TEST(DanishParties, LettersMapToThemselves) {
  for (const char* letter :
       {"A", "B", "C", "D", "F", "I", "K", "M", "O", "V", "Ø", "Å", "Æ", "Q"}) {
    EXPECT_EQ(canonical_party(letter), letter);
  }
}

TEST(DanishParties, LocalListLetterIsAccepted) { EXPECT_EQ(canonical_party("L"), "L"); }

TEST(DanishParties, AbbreviationsMapToLetters) {
  EXPECT_EQ(canonical_party("SF"), "F");
  EXPECT_EQ(canonical_party("EL"), "Ø");
  EXPECT_EQ(canonical_party("RV"), "B");
  EXPECT_EQ(canonical_party("KF"), "C");
  EXPECT_EQ(canonical_party("DF"), "O");
  EXPECT_EQ(canonical_party("DD"), "Æ");
  EXPECT_EQ(canonical_party("LA"), "I");
  EXPECT_EQ(canonical_party("ALT"), "Å");
  EXPECT_EQ(canonical_party("KD"), "K");
  EXPECT_EQ(canonical_party("UFP"), "Løsgænger");
}

TEST(DanishParties, FullNamesMapToLetters) {
  EXPECT_EQ(canonical_party("Socialdemokratiet"), "A");
  EXPECT_EQ(canonical_party("Radikale Venstre"), "B");
  EXPECT_EQ(canonical_party("Det Konservative Folkeparti"), "C");
  EXPECT_EQ(canonical_party("Socialistisk Folkeparti"), "F");
  EXPECT_EQ(canonical_party("Liberal Alliance"), "I");
  EXPECT_EQ(canonical_party("Kristendemokraterne"), "K");
  EXPECT_EQ(canonical_party("Moderaterne"), "M");
  EXPECT_EQ(canonical_party("Dansk Folkeparti"), "O");
  EXPECT_EQ(canonical_party("Venstre"), "V");
  EXPECT_EQ(canonical_party("Enhedslisten"), "Ø");
  EXPECT_EQ(canonical_party("Alternativet"), "Å");
  EXPECT_EQ(canonical_party("Danmarksdemokraterne"), "Æ");
  EXPECT_EQ(canonical_party("Nye Borgerlige"), "D");
}

// A member table's party column: the letter or abbreviation and the name.
TEST(DanishParties, LetterAndNameTogether) {
  EXPECT_EQ(canonical_party("SF - Socialistisk Folkeparti"), "F");
  EXPECT_EQ(canonical_party("A – Socialdemokratiet"), "A");
  EXPECT_EQ(canonical_party("V - Socialdemokratiet"), "");  // they disagree
  EXPECT_EQ(canonical_party("Venstre - formand"), "");
}

TEST(DanishParties, IndependentsMapToLosgaenger) {
  EXPECT_EQ(canonical_party("Løsgænger"), "Løsgænger");
  EXPECT_EQ(canonical_party("løsgænger"), "Løsgænger");
  EXPECT_EQ(canonical_party("uden for partierne"), "Løsgænger");
  EXPECT_EQ(canonical_party("(UFP)"), "Løsgænger");
}

TEST(DanishParties, ParenthesesAndBlanksAreIgnored) {
  EXPECT_EQ(canonical_party(" (A) "), "A");
  EXPECT_EQ(canonical_party("( Det  Konservative\nFolkeparti )"), "C");
  EXPECT_EQ(canonical_party("(Ø)."), "Ø");
}

TEST(DanishParties, NameCaseIsFoldedButAbbreviationCaseIsNot) {
  EXPECT_EQ(canonical_party("DANSK FOLKEPARTI"), "O");
  EXPECT_EQ(canonical_party("el"), "");
  EXPECT_EQ(canonical_party("sf"), "");
  EXPECT_EQ(canonical_party("a"), "");
}

TEST(DanishParties, UnknownIsEmpty) {
  EXPECT_EQ(canonical_party(""), "");
  EXPECT_EQ(canonical_party("()"), "");
  EXPECT_EQ(canonical_party("Afbud"), "");
  EXPECT_EQ(canonical_party("BID"), "");
  EXPECT_EQ(canonical_party("2. viceborgmester"), "");
}

TEST(DanishParties, PartyCodeShapeWhetherKnownOrNot) {
  for (const char* code : {"UP", "(UP)", "ØL", "UFP", "SF", " (LP) "}) {
    EXPECT_TRUE(looks_like_party_code(code)) << code;
  }
  for (const char* text :
       {"A", "formand", "Formand", "UPPER", "U P", "(2. viceborgmester)", "", "Up"}) {
    EXPECT_FALSE(looks_like_party_code(text)) << text;
  }
}

TEST(DanishParties, LocalListsByName) {
  for (const char* name :
       {"Borgerlisten", "(Lokallisten Ny Kurs)", "Tværpolitisk Liste", "Fælleslisten"}) {
    EXPECT_TRUE(protokol::danish::names_local_list(name)) << name;
  }
  for (const char* text : {"formand", "Formand", "2. viceborgmester", "listen", "Afbud", ""}) {
    EXPECT_FALSE(protokol::danish::names_local_list(text)) << text;
  }
}

TEST(DanishParties, TableCanonicalValuesAreThemselvesCanonical) {
  for (const auto& s : protokol::danish::party_spellings()) {
    EXPECT_EQ(canonical_party(s.canonical), s.canonical) << s.written;
    EXPECT_EQ(canonical_party(s.written), s.canonical) << s.written;
  }
}

// Shortened names with their full stop, and a party founded in 2024.
TEST(DanishParties, ShortenedNamesAndBorgernesParti) {
  EXPECT_EQ(canonical_party("(Soc.dem.)"), "A");
  EXPECT_EQ(canonical_party("Soc. Dem."), "A");            // a Word table's cell (trial AO)
  EXPECT_EQ(canonical_party("KristenDemokraterne"), "K");  // the party's own spelling (trial AP)
  EXPECT_EQ(canonical_party("Kons."), "C");
  EXPECT_EQ(canonical_party("(Rad.)"), "B");
  EXPECT_EQ(canonical_party("Enhl."), "Ø");
  EXPECT_EQ(canonical_party("(Løsg.)"), "Løsgænger");
  EXPECT_EQ(canonical_party("Borgernes Parti"), "Borgernes Parti");
  EXPECT_EQ(canonical_party("soc"), "");  // matched as written
}
