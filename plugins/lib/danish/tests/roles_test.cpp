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

// Why a member was away is no title: "(ferie)", "- Kursus", "pga. sygdom".
TEST(DanishRoles, AbsenceReasonsAreNoTitles) {
  using protokol::danish::is_absence_reason;
  for (const char* reason :
       {"ferie", "Sygdom", "barsel", "Kursus", "pga. sygdom", "grundet ferie.", "Andet møde"})
    EXPECT_TRUE(is_absence_reason(reason)) << reason;
  for (const char* other : {"formand", "Kasserer", "ferieudvalget", "syg og fraværende i lang tid"})
    EXPECT_FALSE(is_absence_reason(other)) << other;
}
