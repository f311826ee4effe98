// Heading levels from style names, whatever language the ids are in.
#include "docx_styles.hpp"

#include <gtest/gtest.h>

namespace {

using protokol::docx::heading_level_of_name;

TEST(DocxStyles, EnglishBuiltInNamesGiveHeadingLevels) {
  EXPECT_EQ(heading_level_of_name("heading 1"), 1);
  EXPECT_EQ(heading_level_of_name("Heading 9"), 9);
  EXPECT_EQ(heading_level_of_name("Title"), 1);
  EXPECT_EQ(heading_level_of_name("heading 10"), 0);
  EXPECT_EQ(heading_level_of_name("Overskrift 1"), 0);
  EXPECT_EQ(heading_level_of_name("Normal"), 0);
}

TEST(DocxStyles, BasedOnCycleEnds) {
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(
      "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:style w:type=\"paragraph\" w:styleId=\"A\"><w:basedOn w:val=\"B\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"B\"><w:basedOn w:val=\"A\"/>"
      "<w:pPr><w:outlineLvl w:val=\"3\"/></w:pPr></w:style></w:styles>"));
  const protokol::docx::style_sheet styles(doc);
  EXPECT_EQ(styles.paragraph("A").heading_level, 4);
}

// A style named "Lukket punkt", or one based on it, marks a closed item.
TEST(DocxStyles, AStyleNamedClosed) {
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(
      "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
      "</w:style><w:style w:type=\"paragraph\" w:styleId=\"LukketPunkt\"><w:name "
      "w:val=\"Lukket punkt\"/><w:basedOn w:val=\"Heading1\"/></w:style><w:style "
      "w:type=\"paragraph\" w:styleId=\"LukketRoed\"><w:name w:val=\"Rød\"/><w:basedOn "
      "w:val=\"LukketPunkt\"/></w:style></w:styles>"));
  const protokol::docx::style_sheet styles(doc);
  EXPECT_TRUE(styles.paragraph("LukketPunkt").names_closed);
  EXPECT_EQ(styles.paragraph("LukketPunkt").heading_level, 1);
  EXPECT_TRUE(styles.paragraph("LukketRoed").names_closed);
  EXPECT_FALSE(styles.paragraph("Heading1").names_closed);
}

}  // namespace
