// Attendance layouts not in the corpus (tests/fixtures/entities/).
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "entity_testing.hpp"
#include "people_extractor.hpp"

namespace et = protokol::entity_testing;

namespace {

using row = std::tuple<std::string, std::string, std::string, std::string>;

protokol::document run(const std::string& fixture) {
  auto doc = et::document_with_items(
      et::read_file(et::source_dir() / "tests/fixtures/entities" / fixture));
  protokol::people::extract_people(doc, {});
  return doc;
}

std::vector<row> participants(const protokol::document& doc) {
  std::vector<row> out;
  for (const auto& p : doc.meeting.participants)
    out.emplace_back(p.name, p.party, p.role, p.status);
  return out;
}

std::vector<std::string> people_in_item(const protokol::document& doc, const std::string& item) {
  std::vector<std::string> out;
  for (const auto& e : doc.entities) {
    if (e.type == "person" && e.item == item) out.push_back(e.value + "|" + e.party + "|" + e.role);
  }
  return out;
}

}  // namespace

TEST(PeopleVariants, CouncilAttendanceWithAbbreviations) {
  const auto doc = run("council_abbreviations.txt");
  EXPECT_EQ(participants(doc), (std::vector<row>{{"Peter Sørensen", "A", "borgmester", "present"},
                                                 {"Lise Bech", "V", "1. viceborgmester", "present"},
                                                 {"Anders Kjær", "F", "", "present"},
                                                 {"Mette Frandsen", "Ø", "", "present"},
                                                 {"Ole Dahl", "Æ", "", "present"},
                                                 {"Hanne Juul", "I", "", "present"},
                                                 {"Carsten Brink", "Løsgænger", "", "present"},
                                                 {"Birgit Kragh", "C", "", "absent"},
                                                 {"Jesper Holm", "", "sekretær", "present"}}));
  EXPECT_EQ(doc.items[1].absent, std::vector<std::string>{"Ole Dahl"});
  EXPECT_TRUE(doc.items[2].absent.empty());  // Hanne Juul's absence is Økonomiudvalget's history
  EXPECT_EQ(doc.items[3].absent, (std::vector<std::string>{"Birgit Kragh", "Mette Frandsen"}));
  EXPECT_EQ(people_in_item(doc, "2"),
            (std::vector<std::string>{"Carsten Brink|Løsgænger|", "Carsten Brink|Løsgænger|",
                                      "Peter Sørensen|A|borgmester", "Ole Dahl|Æ|"}));
}

TEST(PeopleVariants, CouncilPartyMentions) {
  const auto doc = run("council_abbreviations.txt");
  std::vector<std::string> item1;
  for (const auto& e : doc.entities) {
    if (e.type == "party" && e.item == "1") item1.push_back(e.value);
  }
  // Title "fra DD og LA", body "DD og LA", votes "DD, LA", "Socialdemokratiet, SF og EL", "(UFP)".
  EXPECT_EQ(item1,
            (std::vector<std::string>{"Æ", "I", "Æ", "I", "Æ", "I", "A", "F", "Ø", "Løsgænger"}));
}

TEST(PeopleVariants, PdfLayoutAttendanceAndOfficials) {
  const auto doc = run("pdf_layout.txt");
  EXPECT_EQ(participants(doc),
            (std::vector<row>{{"Karen Holm", "C", "formand", "present"},
                              {"Bo Friis", "V", "næstformand", "present"},
                              {"Jens Erik Lund", "A", "", "present"},
                              {"Anne-Marie Skov", "F", "", "present"},
                              {"Torben Riis", "O", "", "absent"},
                              {"Susanne Mikkelsen", "", "referent", "present"}}));
  EXPECT_EQ(people_in_item(doc, "2"),
            (std::vector<std::string>{"Henrik Vestergaard||kommunaldirektør",
                                      "Line Damgaard||projektleder", "Torben Riis|O|"}));
  for (const auto& e : doc.entities) EXPECT_NE(e.value, "Per Kirkeby");
}

// A title in capitals with a Danish letter near its end ("KOMMUNALDIREKTØR",
// as some signature blocks and PDF headers print titles) is the title in
// small letters: the quick tests before the fold once let "DIREKTØR" through
// as no title, so the role was lost.
TEST(PeopleVariants, TitleInCapitalsKeepsItsRole) {
  std::string text = et::read_file(et::source_dir() / "tests/fixtures/entities" / "pdf_layout.txt");
  const std::string title = "Kommunaldirektør Henrik";
  const std::size_t at = text.find(title);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, title.size(), "KOMMUNALDIREKTØR Henrik");
  auto doc = et::document_with_items(text);
  protokol::people::extract_people(doc, {});
  EXPECT_EQ(people_in_item(doc, "2"),
            (std::vector<std::string>{"Henrik Vestergaard||kommunaldirektør",
                                      "Line Damgaard||projektleder", "Torben Riis|O|"}));
}
