// The four HTML fixtures (real corpus minutes in four publishers' layouts):
// encodings, item heading lines, and nothing of the page furniture left.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "html_sniff.hpp"
#include "html_text.hpp"

namespace protokol::html {
namespace {

html_result read_fixture(const std::string& name) {
  std::ifstream in(std::string(PROTOKOL_FIXTURES_DIR) + "/html/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  EXPECT_TRUE(looks_like_html(s.str())) << name;
  return html_reader({}).read(s.str());
}

bool has_line(const std::string& text, const std::string& line) {
  return ("\n" + text + "\n").find("\n" + line + "\n") != std::string::npos;
}

// Furniture no fixture's text may keep.
void expect_no_furniture(const std::string& text) {
  for (const char* word :
       {"Download som PDF", "Hent som PDF", "Kopiér link", "Bilag (", " bilag\n", "Forside",
        "Gå til hovedindhold", "cookies", "window.", "Søg", "<![", "Tilgængelighedserklæring"}) {
    EXPECT_EQ(text.find(word), std::string::npos) << word;
  }
  for (const char* line : {"Del", "Print", "1", "2", "3", "4"}) {
    EXPECT_FALSE(has_line(text, line)) << line;
  }
}

TEST(HtmlFixtures, FirstAgendaPageJoinsNumbersAndTitlesAndDropsCounters) {
  const html_result r = read_fixture("firstagenda_albertslund.html");
  EXPECT_EQ(r.encoding, "UTF-8");
  EXPECT_TRUE(r.text.starts_with(
      "# REFERAT Udvalget for Erhverv, Beskæftigelse og Uddannelsesinstitutioner d. 21-11-2022\n\n"
      "Mødedato: Mandag d. 21. november 2022 kl. 16:30\nMødested: Condi, Roskildevej 30, 2620 "
      "Albertslund\n\n1. Tema - Besøg hos virksomheden CONDI\n\n24.10.00-G20-1-20\n\n### "
      "Anledning\n"))
      << r.text.substr(0, 400);
  EXPECT_TRUE(has_line(r.text, "12. Underskriftsblad"));
  EXPECT_TRUE(has_line(r.text, "| År | 2020 | 2021 | 2022 (til oktober) |"));
  expect_no_furniture(r.text);
}

TEST(HtmlFixtures, CmsPageHasHeadingPerItemAndHeaderLabels) {
  const html_result r = read_fixture("cms_rudersdal.html");
  EXPECT_EQ(r.encoding, "UTF-8");
  EXPECT_TRUE(r.text.starts_with(
      "# REFERAT Erhvervs- og Beskæftigelsesudvalget d. 04-10-2023\n\nMødedato: Onsdag d. 04. "
      "oktober 2023 kl. 13:00\nMødested: Mariehøj, Per Kirkeby\nMødedeltagere: Kristine Thrane "
      "(A)"))
      << r.text.substr(0, 400);
  EXPECT_TRUE(has_line(r.text, "## 2. Møde med Handicaprådet"));
  EXPECT_TRUE(has_line(r.text, "### Resumé"));
  expect_no_furniture(r.text);
}

TEST(HtmlFixtures, WordExportIsReadAsWindows1252WithBoldHeadings) {
  const html_result r = read_fixture("word_odder.htm");
  EXPECT_EQ(r.encoding, "windows-1252");
  EXPECT_TRUE(r.text.starts_with("REFERAT Arbejdsmarkedsudvalget 2018 - 2021 d. 15-08-2019\n\n"))
      << r.text.substr(0, 200);
  EXPECT_TRUE(has_line(r.text, "# Punkt 4: Tema: Fleksjobindsatsen i Odder Kommune"));
  EXPECT_TRUE(has_line(r.text, "**Sagsfremstilling**"));
  EXPECT_TRUE(has_line(r.text, "Evalueringsprojekt \"Stå ikke i stampe - brug din rampe\".....10"));
  EXPECT_EQ(r.text.find('\r'), std::string::npos);
  expect_no_furniture(r.text);
}

TEST(HtmlFixtures, UndeclaredLatin1PageIsReadAsWindows1252) {
  const html_result r = read_fixture("latin1_ballerup.html");
  EXPECT_EQ(r.encoding, "windows-1252");
  EXPECT_TRUE(has_line(r.text, "## Punkt 9: Lukket: LUKKET Meddelelser"));
  EXPECT_TRUE(has_line(r.text, "Nøgletal på beskæftigelsesområdet.....\t16"));
  EXPECT_TRUE(has_line(r.text, "2 bilag, heraf 2 anbefales"));  // text, not a counter
  EXPECT_EQ(r.text.find("\xC3\x83"), std::string::npos);        // no mojibake ("Ã")
}

}  // namespace
}  // namespace protokol::html
