#include "danish/roles.hpp"

#include <gtest/gtest.h>

#include "danish/attendance.hpp"

using protokol::danish::role_of;

TEST(DanishRoles, KnownTitles) {
  EXPECT_EQ(role_of("formand"), "formand");
  EXPECT_EQ(role_of("Næstformand"), "næstformand");
  EXPECT_EQ(role_of("viceborgmester"), "viceborgmester");
  EXPECT_EQ(role_of("direktør"), "direktør");
  EXPECT_EQ(role_of("Kommunaldirektør"), "kommunaldirektør");
  // The auditor at the accounts' item (trial AW, Jammerbugt).
  EXPECT_EQ(role_of("Revisor"), "revisor");
  EXPECT_EQ(role_of("kommunerevisor"), "kommunerevisor");
}

TEST(DanishRoles, CompoundTitles) {
  EXPECT_EQ(role_of("Erhvervschef"), "erhvervschef");
  EXPECT_EQ(role_of("jobcenterchef"), "jobcenterchef");
  EXPECT_EQ(role_of("beskæftigelsesvejleder"), "beskæftigelsesvejleder");
  EXPECT_EQ(role_of("afsnitsleder,"), "afsnitsleder");
  EXPECT_EQ(role_of("beskæftigelsesminister"), "beskæftigelsesminister");
  // The administration's staff ("og planlægger Jonas Fisker (referent)").
  EXPECT_EQ(role_of("planlægger"), "planlægger");
  EXPECT_EQ(role_of("Trafikplanlægger"), "trafikplanlægger");
  EXPECT_EQ(role_of("landskabsarkitekt"), "landskabsarkitekt");
  EXPECT_EQ(role_of("Vejingeniør"), "vejingeniør");
  EXPECT_EQ(role_of("fagspecialist"), "fagspecialist");
  EXPECT_EQ(role_of("kommunikationsmedarbejder"), "kommunikationsmedarbejder");
  EXPECT_EQ(role_of("planlæggere"), "");
  // A member of a body: "Regionsrådsmedlem Marlene Harpsøe (O)" is no name
  // "Regionsrådsmedlem Marlene Harpsøe".
  EXPECT_EQ(role_of("Regionsrådsmedlem"), "regionsrådsmedlem");
  EXPECT_EQ(role_of("bestyrelsesmedlem"), "bestyrelsesmedlem");
  EXPECT_EQ(role_of("medlemmer"), "");
  EXPECT_EQ(role_of("Observatør"), "observatør");
}

// Titles in capitals, as signature blocks and some headers print them: the
// quick tests before the fold must let "DIREKTØR" and "SEKRETÆR" through
// (their last two bytes hold the capital's, not the small letter's, byte).
TEST(DanishRoles, TitlesInCapitalsWithDanishLetters) {
  EXPECT_EQ(role_of("DIREKTØR"), "direktør");
  EXPECT_EQ(role_of("KOMMUNALDIREKTØR"), "kommunaldirektør");
  EXPECT_EQ(role_of("SEKRETÆR"), "sekretær");
  EXPECT_EQ(role_of("OBSERVATØR"), "observatør");
  EXPECT_EQ(role_of("VEJINGENIØR"), "vejingeniør");
  EXPECT_EQ(role_of("BORGMESTER"), "borgmester");
  EXPECT_TRUE(protokol::danish::may_be_role("DIREKTØR"));
}

TEST(DanishRoles, DefiniteAndPluralFormsAreNotTitles) {
  EXPECT_EQ(role_of("Direktøren"), "");
  EXPECT_EQ(role_of("konsulenter"), "");
  EXPECT_EQ(role_of("Formanden"), "");
  EXPECT_EQ(role_of("Chefforum"), "");
}

TEST(DanishRoles, Qualifiers) {
  EXPECT_TRUE(protokol::danish::is_role_qualifier("Kst."));
  EXPECT_TRUE(protokol::danish::is_role_qualifier("daværende"));
  EXPECT_FALSE(protokol::danish::is_role_qualifier("formand"));
}

// may_be_role_qualifier() rules words out by their first two bytes before
// is_role_qualifier() and is_role_adjective() fold them: every qualifier and
// adjective, in any case, gets past it.
TEST(DanishRoles, EveryQualifierInAnyCaseIsOne) {
  using protokol::danish::is_role_adjective;
  using protokol::danish::is_role_qualifier;
  using protokol::danish::may_be_role_qualifier;
  for (const char* word :
       {"kst.", "Kst.", "KST.", "konst.", "Konstitueret", "FUNGERENDE", "Fg.", "FG.", "Daværende",
        "DAVÆRENDE", "Tidligere", "Ny", "NY", "Nyansat", "nyansat"}) {
    EXPECT_TRUE(may_be_role_qualifier(word)) << word;
    EXPECT_TRUE(is_role_qualifier(word)) << word;
  }
  for (const char* word : {"teknisk", "Teknisk", "FAGLIG", "Administrerende", "Adm.", "ADM.",
                           "Ledende", "JURIDISK", "Økonomisk", "ØKONOMISK", "økonomisk",
                           "Pædagogisk", "PÆDAGOGISK", "Administrativ", "Sundhedsfaglig"}) {
    EXPECT_TRUE(may_be_role_qualifier(word)) << word;
    EXPECT_TRUE(is_role_qualifier(word)) << word;
    EXPECT_TRUE(is_role_adjective(word)) << word;
  }
  // Names and party letters are ruled out before folding; a word that opens
  // with a byte from 0x80 is left to the full test.
  for (const char* word : {"Anne", "Holm", "A", "V", "", "Jens", "Formand"}) {
    EXPECT_FALSE(may_be_role_qualifier(word)) << word;
    EXPECT_FALSE(is_role_qualifier(word)) << word;
  }
  EXPECT_TRUE(may_be_role_qualifier("Ø"));
  EXPECT_FALSE(is_role_qualifier("Ø"));
  EXPECT_TRUE(may_be_role_qualifier("Søren"));
  EXPECT_FALSE(is_role_qualifier("Søren"));
}

// Why a member was away is no title: "(ferie)", "- Kursus", "pga. sygdom".
TEST(DanishRoles, AbsenceReasonsAreNoTitles) {
  using protokol::danish::is_absence_reason;
  for (const char* reason :
       {"ferie", "Sygdom", "barsel", "Kursus", "pga. sygdom", "grundet ferie.", "Andet møde"})
    EXPECT_TRUE(is_absence_reason(reason)) << reason;
  for (const char* other : {"formand", "Kasserer", "ferieudvalget", "syg og fraværende i lang tid"})
    EXPECT_FALSE(is_absence_reason(other)) << other;
}
