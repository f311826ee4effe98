#include "danish/names.hpp"

#include <gtest/gtest.h>

using protokol::danish::has_non_name_ending;
using protokol::danish::is_non_name_word;
using protokol::danish::name_part;
using protokol::danish::name_part_kind;
using protokol::danish::stop_ends_name_part;

TEST(DanishNames, NameWords) {
  EXPECT_EQ(name_part("Tina"), name_part_kind::word);
  EXPECT_EQ(name_part("Bodholdt-Nielsen"), name_part_kind::word);
  EXPECT_EQ(name_part("Kücükain"), name_part_kind::word);
  EXPECT_EQ(name_part("Østergaard"), name_part_kind::word);
  EXPECT_EQ(name_part("Palle"), name_part_kind::word);
  // Months Danish writes in lowercase; capitalised, these two are names.
  EXPECT_EQ(name_part("August"), name_part_kind::word);
  EXPECT_EQ(name_part("Maj"), name_part_kind::word);
}

TEST(DanishNames, InitialsAndParticles) {
  EXPECT_EQ(name_part("B."), name_part_kind::initial);
  EXPECT_EQ(name_part("von"), name_part_kind::particle);
  EXPECT_EQ(name_part("Chr."), name_part_kind::initial);  // "Peder Chr. Kirkegaard"
  EXPECT_EQ(name_part("Kr."), name_part_kind::initial);
  EXPECT_EQ(name_part("Chr"), name_part_kind::word);
  EXPECT_EQ(name_part("Aa."), name_part_kind::initial);   // "Birgit Aa. Ravnkilde"
  EXPECT_EQ(name_part("der"), name_part_kind::particle);  // "Peter van der Weide"
  EXPECT_EQ(name_part("den"), name_part_kind::particle);  // "Ruud van den Berg"
}

TEST(DanishNames, OrganisationsAndTheirEndings) {
  EXPECT_EQ(name_part("Idrætssamvirke"), name_part_kind::none);
  EXPECT_EQ(name_part("Handicaporganisationer"), name_part_kind::none);
  EXPECT_EQ(name_part("Kulturforening"), name_part_kind::none);
  EXPECT_EQ(name_part("Politi"), name_part_kind::none);
  EXPECT_EQ(name_part("Unge"), name_part_kind::none);  // "Direktør for Børn og Unge Helle ..."
  EXPECT_EQ(name_part("Miljø"), name_part_kind::none);
  EXPECT_TRUE(has_non_name_ending("Idrætssamvirke"));
  EXPECT_TRUE(has_non_name_ending("Vestergade"));
  EXPECT_FALSE(has_non_name_ending("Gade"));  // a surname as well as a street word
  EXPECT_FALSE(has_non_name_ending("Hansen"));
}

TEST(DanishNames, AFullStopAfterAPartOfAName) {
  const std::string_view text = "Saime B. Inanc og Birgit Aa. Ravnkilde stemte imod. Godkendt.";
  EXPECT_TRUE(stop_ends_name_part(text, text.find("B.") + 2));
  EXPECT_TRUE(stop_ends_name_part(text, text.find("Aa.") + 3));
  EXPECT_FALSE(stop_ends_name_part(text, text.find("imod.") + 5));
}

TEST(DanishNames, NonNames) {
  EXPECT_EQ(name_part("CONDI"), name_part_kind::none);
  EXPECT_EQ(name_part("tina"), name_part_kind::none);
  EXPECT_EQ(name_part("A4"), name_part_kind::none);
  EXPECT_EQ(name_part("Roskildevej"), name_part_kind::none);
  EXPECT_EQ(name_part("Kommune"), name_part_kind::none);
  EXPECT_EQ(name_part("Arbejdsmarkedsudvalget"), name_part_kind::none);
  EXPECT_EQ(name_part("November"), name_part_kind::none);
  EXPECT_EQ(name_part("Mandag"), name_part_kind::none);
  EXPECT_EQ(name_part("Bodholdt-"), name_part_kind::none);
  EXPECT_EQ(name_part("Folkepartis"), name_part_kind::none);  // "Dansk Folkepartis plads er vakant"
}

TEST(DanishNames, NonNameEndings) {
  EXPECT_TRUE(is_non_name_word("Hedemarksvej"));
  EXPECT_TRUE(is_non_name_word("Vestergade"));
  EXPECT_TRUE(
      is_non_name_word("Hjørring"
                       "kommune"));
  EXPECT_FALSE(is_non_name_word("Nielsen"));
  EXPECT_TRUE(is_non_name_word("Varmeværk"));  // "Mellemværende med Næstved Varmeværk (B)"
}
