#include <gtest/gtest.h>

#include <export_common/page_map.hpp>

namespace protokol::export_common {
namespace {

document with_text(std::string text, std::string format) {
  document doc;
  doc.text = std::move(text);
  doc.source.format = std::move(format);
  return doc;
}

TEST(PageMap, PlainTextHasNoPages) {
  const page_map pages(with_text("1. Punkt\nTekst\n", "plain"));
  EXPECT_FALSE(pages.paged());
  EXPECT_EQ(pages.page_of(3), std::nullopt);
}

TEST(PageMap, APdfOfOnePageIsPageOne) {
  const page_map pages(with_text("1. Punkt\n", "pdf"));
  EXPECT_TRUE(pages.paged());
  EXPECT_EQ(pages.page_of(0), 1u);
}

TEST(PageMap, FormFeedsCountPages) {
  // Form feeds at offsets 8 and 17.
  const page_map pages(with_text("side en\n\fside to\n\fside tre", "docx"));
  EXPECT_TRUE(pages.paged());
  EXPECT_EQ(pages.page_of(0), 1u);
  EXPECT_EQ(pages.page_of(8), 1u);  // the form feed itself ends page one
  EXPECT_EQ(pages.page_of(9), 2u);
  EXPECT_EQ(pages.page_of(17), 2u);
  EXPECT_EQ(pages.page_of(18), 3u);
  EXPECT_EQ(pages.page_of(1000), 3u);
}

}  // namespace
}  // namespace protokol::export_common
