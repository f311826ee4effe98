#include "danish/municipalities.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace protokol::danish {
namespace {

TEST(DanishMunicipalities, TheTableHoldsTheNinetyEightOnce) {
  std::set<std::string_view> names;
  for (const auto& m : municipalities()) names.insert(m.name);
  EXPECT_EQ(names.size(), 98u);
}

TEST(DanishMunicipalities, OfficialAndGenitiveFormsGiveTheName) {
  EXPECT_EQ(municipality_named("Københavns"), "København");
  EXPECT_EQ(municipality_named("København"), "København");
  EXPECT_EQ(municipality_named("Nordfyns"), "Nordfyn");
  EXPECT_EQ(municipality_named("Lyngby-Taarbæk"), "Lyngby-Taarbæk");
  EXPECT_EQ(municipality_named("Høje-Taastrup"), "Høje-Taastrup");
  EXPECT_EQ(municipality_named("Ærø"), "Ærø");
  EXPECT_EQ(municipality_of_genitive("Hedensteds"), "Hedensted");
  EXPECT_EQ(municipality_of_genitive("Aarhus'"), "Aarhus");
  EXPECT_EQ(municipality_of_genitive("Vesthimmerlands"), "Vesthimmerland");
}

TEST(DanishMunicipalities, WordsThatAreNoMunicipality) {
  EXPECT_EQ(municipality_named("Vejlevej"), "");
  EXPECT_EQ(municipality_named("Hjem"), "");
  EXPECT_EQ(municipality_named("Lyngby"), "");  // a town, not a municipality
  EXPECT_EQ(municipality_of_genitive("Aarhuss"), "");
}

TEST(DanishMunicipalities, WebAddresses) {
  EXPECT_EQ(municipality_of_host("odense"), "Odense");
  EXPECT_EQ(municipality_of_host("soroe"), "Sorø");
  EXPECT_EQ(municipality_of_host("egedalkommune"), "Egedal");
  EXPECT_EQ(municipality_of_host("aeroekommune"), "Ærø");
  EXPECT_EQ(municipality_of_host("kk"), "");
  EXPECT_EQ(municipality_of_host("borger"), "");
}

TEST(DanishMunicipalities, SeatTownsAndPostcodes) {
  EXPECT_EQ(municipality_of_seat("Lyngby"), "Lyngby-Taarbæk");
  EXPECT_EQ(municipality_of_seat("Odense"), "Odense");
  EXPECT_EQ(municipality_of_seat("Vejlevej"), "");
  struct postcode_case {
    int code;
    std::string_view town;
    std::string_view municipality;  ///< "" when the postcode and the town disagree
  };
  constexpr postcode_case cases[] = {
      {5000, "Odense C", "Odense"},
      {2800, "Kongens Lyngby", "Lyngby-Taarbæk"},
      {1550, "København V", "København"},
      {7400, "Herning", "Herning"},
      {5000, "Herning", ""},
      {9999, "Odense", ""},
  };
  for (const auto& c : cases)
    EXPECT_EQ(municipality_of_postcode(c.code, c.town), c.municipality) << c.code << " " << c.town;
}

}  // namespace
}  // namespace protokol::danish
