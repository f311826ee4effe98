// The generated Word minutes (tests/fixtures/docx, made by make_fixtures.py
// the way Word writes them) read back as the minutes they were made from.
#include <gtest/gtest.h>

#include "docx_reader.hpp"
#include "test_docx.hpp"

namespace {

using protokol::docx::docx_options;
using protokol::docx::docx_reader;
using protokol::docx::test::fixture;

std::string read_fixture(const std::string& name) {
  return docx_reader(docx_options{}).read(fixture("docx/" + name)).value();
}

bool has_line(const std::string& text, const std::string& line) {
  return ("\n" + text).find("\n" + line + "\n") != std::string::npos;
}

TEST(DocxFixtures, RudersdalKeepsHeadingsListsTocAndMemberTable) {
  const std::string text = read_fixture("rudersdal_2023-10-04.word.docx");
  EXPECT_TRUE(text.starts_with("# REFERAT Erhvervs- og Beskæftigelsesudvalget d. 04-10-2023\n"));
  EXPECT_TRUE(has_line(text, "Mødedato Onsdag d. 04. oktober 2023 kl. 13:00"));
  EXPECT_TRUE(has_line(text, "**Mødedeltagere**"));
  EXPECT_TRUE(has_line(text, "| Kristine Thrane | (A) |"));
  EXPECT_TRUE(has_line(text, "| Julie Quass | (Løsgænger) |"));
  EXPECT_TRUE(has_line(text, "Meddelelser.....\t3"));
  EXPECT_TRUE(has_line(text, "# Punkt 1: Meddelelser"));
  EXPECT_TRUE(has_line(text, "\f## Punkt 2: Møde med Handicaprådet"));
  EXPECT_TRUE(
      has_line(text, "#### 1. Beskæftigelsesministerens mål for beskæftigelsesindsatsen 2024."));
  EXPECT_TRUE(has_line(text, "- Det nye nummer af Erhvervsnyt i Rudersdal"));
}

TEST(DocxFixtures, BallerupKeepsNumberedListsAsWritten) {
  const std::string text = read_fixture("ballerup_2023-03-14.word.docx");
  EXPECT_TRUE(has_line(text, "# Punkt 1: Meddelelser"));
  EXPECT_TRUE(has_line(text, "1. Social revision 2022"));
  EXPECT_TRUE(has_line(
      text, "2. Innovation Pilot projekt med DTU og Handelsforeningen for Ballerup Bymidte"));
  EXPECT_TRUE(has_line(text, "3. Arrangementer for Ballerups erhvervsliv"));
  EXPECT_TRUE(has_line(text, "## Sagsfremstilling"));
}

TEST(DocxFixtures, DroppedPartsAndMarkupDoNotShow) {
  for (const char* name : {"ballerup_2023-03-14.word.docx", "rudersdal_2023-10-04.word.docx",
                           "odder_2019-08-15.word.docx"}) {
    const std::string text = read_fixture(name);
    for (const char* gone : {"FODNOTE", "KOMMENTAR", "UDGÅET", "PAGEREF", "TOC \\o", "Side 1 af"})
      EXPECT_EQ(text.find(gone), std::string::npos) << name << ": " << gone;
    EXPECT_NE(text.find('\f'), std::string::npos) << name;
  }
}

TEST(DocxFixtures, OnlyTabLineFeedAndFormFeedControls) {
  for (const char* name : {"ballerup_2023-03-14.word.docx", "rudersdal_2023-10-04.word.docx",
                           "odder_2019-08-15.word.docx"}) {
    const std::string text = read_fixture(name);
    for (const char c : text) {
      const auto u = static_cast<unsigned char>(c);
      EXPECT_TRUE(u >= 0x20 || c == '\t' || c == '\n' || c == '\f') << name << ": " << int(u);
    }
  }
}

}  // namespace
