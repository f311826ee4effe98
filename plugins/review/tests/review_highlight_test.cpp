// Highlights: at the right offsets, nested whatever the overlaps, never
// inside a UTF-8 sequence; item headings anchored, with pages when paged.
#include <gtest/gtest.h>

#include <string>
#include <utf8/utf8.hpp>

#include "page_writer.hpp"
#include "review_test_support.hpp"
#include "sample_documents.hpp"
#include "text_pane.hpp"

namespace {

using protokol::review_export::testing::count_of;
using protokol::review_export::testing::visible_text;

protokol::entity span_entity(std::string type, std::size_t start, std::size_t end) {
  protokol::entity e;
  e.type = type;
  e.value = std::move(type);
  e.start = start;
  e.end = end;
  return e;
}

std::string pane_of(const protokol::document& doc) {
  const std::string page = protokol::review_export::to_page(doc, {});
  const std::size_t start = page.find("<main");
  return page.substr(start, page.find("</main>") - start);
}

// The visible text inside the element that opens with `open_tag`, up to its
// matching close tag (elements of the same name nested inside counted).
std::string element_text(const std::string& html, const std::string& open_tag,
                         const std::string& name) {
  const std::size_t found = html.find(open_tag);
  if (found == std::string::npos) return "<missing>";
  const std::size_t start = html.rfind('<', found);
  std::size_t depth = 0;
  for (std::size_t pos = start; pos < html.size(); ++pos) {
    if (html.compare(pos, name.size() + 1, "<" + name) == 0) ++depth;
    if (html.compare(pos, name.size() + 3, "</" + name + ">") == 0 && --depth == 0)
      return visible_text(html.substr(start, pos - start));
  }
  return "<unclosed>";
}

TEST(ReviewHighlight, EveryEntityIsMarkedOverItsOwnBytes) {
  const protokol::document doc = protokol::export_testing::sample_meeting();
  const std::string pane = pane_of(doc);
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    const protokol::entity& e = doc.entities[i];
    EXPECT_EQ(element_text(pane, "id=\"e-" + std::to_string(i) + "\"", "mark"),
              doc.text.substr(e.start, e.end - e.start))
        << i;
  }
  EXPECT_EQ(count_of(pane, "<mark class=\"ent t-person\" id="), 5u);
  EXPECT_EQ(count_of(pane, "<mark class=\"ent t-case_number\" id="), 3u);
}

TEST(ReviewHighlight, ItemsAndSectionsAreBlocksAnchoredByNumber) {
  const protokol::document doc = protokol::export_testing::sample_meeting();
  const std::string pane = pane_of(doc);
  EXPECT_EQ(count_of(pane, "<h2 class=\"item-head\" id=\"item-"), doc.items.size());
  EXPECT_NE(pane.find("<h2 class=\"item-head\" id=\"item-4\"><span class=\"num\">4</span> "
                      "Personalesag <span class=\"badge closed\">closed</span></h2>"),
            std::string::npos);
  EXPECT_EQ(count_of(pane, "<div class=\"section k-decision\""), 5u);
  EXPECT_EQ(element_text(pane, "<div class=\"section k-recommendation\"", "div"),
            doc.text.substr(doc.items[1].sections[1].start,
                            doc.items[1].sections[1].end - doc.items[1].sections[1].start));
}

TEST(ReviewHighlight, OverlappingEntitiesNestByClosingAndReopening) {
  protokol::document doc;
  doc.key = "overlap";
  doc.text = "abcdefghij";
  doc.entities = {span_entity("person", 2, 6), span_entity("party", 4, 8)};
  const std::string pane = pane_of(doc);
  EXPECT_NE(pane.find("ab<mark class=\"ent t-person\" id=\"e-0\" title=\"person: person\">cd"
                      "<mark class=\"ent t-party\" id=\"e-1\" title=\"party: party\">ef</mark>"
                      "</mark><mark class=\"ent t-party cont\" title=\"party: party\">gh</mark>ij"),
            std::string::npos)
      << pane;
}

TEST(ReviewHighlight, OffsetsInsideACharacterMoveOutwards) {
  protokol::document doc;
  doc.key = "utf8";
  doc.text = "Ærø 🙂 ok";
  // Starts in the middle of "Æ" and ends in the middle of the emoji.
  doc.entities = {span_entity("place", 1, 7), span_entity("far", 90, 120)};
  const std::string page = protokol::review_export::to_page(doc, {});
  EXPECT_TRUE(protokol::utf8::is_valid_utf8(page));
  EXPECT_EQ(element_text(page, "id=\"e-0\"", "mark"), "Ærø 🙂");
  EXPECT_EQ(element_text(page, "id=\"e-1\"", "mark"), "");
}

TEST(ReviewHighlight, PagedSourcesShowTheStartPageAndPageBreaks) {
  const protokol::document doc = protokol::export_testing::paged_meeting();
  const std::string pane = pane_of(doc);
  EXPECT_NE(pane.find("Godkendelse af dagsorden <span class=\"page\">page 1</span></h2>"),
            std::string::npos);
  EXPECT_NE(pane.find("Budget 2020 <span class=\"page\">page 3</span></h2>"), std::string::npos);
  EXPECT_EQ(count_of(pane, "<span class=\"page-break\">page 2</span>"), 1u);
  EXPECT_EQ(count_of(pane, "<span class=\"page-break\">page 3</span>"), 1u);
  EXPECT_EQ(count_of(pane, "\f"), 0u);
}

TEST(ReviewHighlight, RepeatedItemNumbersGetDistinctAnchors) {
  protokol::document doc;
  doc.items.resize(3);
  doc.items[0].number = "1";
  doc.items[1].number = "1";
  doc.items[2].number = "1 a";
  EXPECT_EQ(protokol::review_export::item_anchors(doc),
            (std::vector<std::string>{"item-1", "item-1-2", "item-1 a"}));
}

TEST(ReviewHighlight, SidePanelLinksToAnchorsPercentEncoded) {
  protokol::document doc;
  doc.key = "odd";
  doc.text = "Punkt 1 a\n";
  doc.items.resize(1);
  doc.items[0].number = "1 a";
  doc.items[0].end = doc.text.size();
  const std::string page = protokol::review_export::to_page(doc, {});
  EXPECT_NE(page.find("<h2 class=\"item-head\" id=\"item-1 a\">"), std::string::npos);
  EXPECT_NE(page.find("<a href=\"#item-1%20a\">"), std::string::npos);
}

}  // namespace
