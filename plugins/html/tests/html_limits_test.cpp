// Hostile and broken input: deep nesting, unclosed markup, junk.
#include <gtest/gtest.h>

#include "html_test_support.hpp"

namespace protokol::html {
namespace {

using test::page;
using test::text_of;

std::string nested(const std::string& open, const std::string& close, int depth,
                   const std::string& inner) {
  std::string s;
  s.reserve(static_cast<std::size_t>(depth) * (open.size() + close.size()) + inner.size());
  for (int i = 0; i < depth; ++i) s += open;
  s += inner;
  for (int i = 0; i < depth; ++i) s += close;
  return s;
}

TEST(HtmlLimits, NestingPastLibxml2sLimitIsRefusedNotTruncated) {
  const std::string deep =
      page("<p>Før</p>" + nested("<div>", "</div>", 100000, "Dybt") + "<p>Efter</p>");
  try {
    text_of(deep);
    FAIL() << "no html_error";
  } catch (const html_error& e) {
    EXPECT_STREQ(e.what(),
                 "HTML page nests elements deeper than libxml2's limit of 256 levels; the rest of "
                 "the page would be lost");
  }
}

TEST(HtmlLimits, NestingJustUnderTheLimitIsRead) {
  EXPECT_EQ(text_of(page(nested("<div>", "</div>", 250, "Dybt"))), "Dybt");
}

TEST(HtmlLimits, NestedListsAndTablesUnderTheLimitAreRead) {
  const std::string text =
      text_of(page(nested("<ul><li>", "</li></ul>", 100, "Inderst") +
                   nested("<table><tr><td>", "</td></tr></table>", 60, "Celle")));
  EXPECT_NE(text.find("Inderst"), std::string::npos);
  EXPECT_NE(text.find("Celle"), std::string::npos);
  // Indentation stops growing: no line starts with more than 16 blanks.
  EXPECT_EQ(text.find(std::string(17, ' ')), std::string::npos);
}

TEST(HtmlLimits, UnclosedMarkupIsReadAsABrowserWould) {
  EXPECT_EQ(text_of("<html><body><p>Et<p>To<ul><li>A<li>B</ul><table><tr><td>x<td>y"),
            "Et\n\nTo\n\n- A\n- B\n\nx: y");
}

TEST(HtmlLimits, TruncatedPageKeepsWhatCameBefore) {
  EXPECT_EQ(text_of("<!DOCTYPE html><html><body><h2>Punkt 1: Budget</h2><p>Sagen er trunk"),
            "## Punkt 1: Budget\n\nSagen er trunk");
}

TEST(HtmlLimits, EmptyPageGivesEmptyText) {
  EXPECT_EQ(text_of("<!DOCTYPE html>"), "");
  EXPECT_EQ(text_of("<html></html>"), "");
}

TEST(HtmlLimits, NulBytesAndJunkDoNotStopTheParser) {
  std::string junk = "<html><body><p>A</p>";
  junk += std::string("\0\x01\x02<<<>>>&&&;;", 14);
  junk += "<p>B</p></body></html>";
  const std::string text = text_of(junk);
  EXPECT_EQ(text.find('\0'), std::string::npos);
  EXPECT_EQ(text.substr(0, 1), "A");
}

}  // namespace
}  // namespace protokol::html
