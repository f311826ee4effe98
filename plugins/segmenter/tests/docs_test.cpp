// The reviewable tables and their documentation stay in step.
#include <gtest/gtest.h>

#include <string>

#include "danish/municipalities.hpp"
#include "header.hpp"
#include "heading_map.hpp"
#include "item_headings.hpp"
#include "test_support.hpp"

namespace protokol::segmenter {
namespace {

std::string doc_file(const char* name) {
  return testing::read_file(std::string(PROTOKOL_DOCS_DIR) + "/" + name);
}

TEST(SegmenterDocs, SectionsDocListsEveryHeading) {
  const std::string doc = doc_file("sections.md");
  ASSERT_FALSE(doc.empty());
  for (const auto& rule : heading_rules()) {
    EXPECT_NE(doc.find(rule.heading), std::string::npos) << rule.heading;
  }
}

TEST(SegmenterDocs, SectionsDocListsEveryKind) {
  const std::string doc = doc_file("sections.md");
  for (const std::string_view k : section_kinds()) {
    EXPECT_NE(doc.find("| `" + std::string(k) + "` |"), std::string::npos) << k;
  }
}

TEST(SegmenterDocs, SegmentationDocListsEveryItemPattern) {
  const std::string doc = doc_file("segmentation.md");
  ASSERT_FALSE(doc.empty());
  for (const auto& p : item_patterns()) {
    EXPECT_NE(doc.find(std::string("| `") + p.name + "` |"), std::string::npos) << p.name;
  }
}

TEST(SegmenterDocs, SegmentationDocListsEveryHeaderLabel) {
  const std::string doc = doc_file("segmentation.md");
  for (const auto& l : header_labels()) {
    EXPECT_NE(doc.find(l.label), std::string::npos) << l.label;
  }
}

TEST(SegmenterDocs, MunicipalitiesDocListsEveryMunicipality) {
  const std::string doc = doc_file("municipalities.md");
  ASSERT_FALSE(doc.empty());
  for (const auto& m : danish::municipalities()) {
    EXPECT_NE(doc.find("| " + std::string(m.name) + " |"), std::string::npos) << m.name;
  }
}

}  // namespace
}  // namespace protokol::segmenter
