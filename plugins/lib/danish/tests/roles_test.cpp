#include "danish/roles.hpp"

#include <gtest/gtest.h>

using protokol::danish::role_of;

TEST(DanishRoles, KnownTitles) {
  EXPECT_EQ(role_of("formand"), "formand");
  EXPECT_EQ(role_of("Næstformand"), "næstformand");
  EXPECT_EQ(role_of("viceborgmester"), "viceborgmester");
  EXPECT_EQ(role_of("direktør"), "direktør");
  EXPECT_EQ(role_of("Kommunaldirektør"), "kommunaldirektør");
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
