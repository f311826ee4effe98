// Escaping: no field can put markup into a page, and the page is UTF-8.
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <utf8/utf8.hpp>

#include "html_out.hpp"
#include "page_writer.hpp"
#include "review_test_support.hpp"
#include "sample_documents.hpp"

namespace {

using protokol::review_export::html_out;
using protokol::review_export::testing::count_of;
using protokol::review_export::testing::visible_text;

std::string escaped_text(std::string_view s, bool attribute) {
  std::string text;
  protokol::string_output sink(text);
  html_out out(sink);
  attribute ? out.attr(s) : out.text(s);
  out.flush();
  return text;
}

TEST(ReviewEscape, TextEscapesMarkupCharacters) {
  EXPECT_EQ(escaped_text("a < b & c > \"d\" ]]>", false), "a &lt; b &amp; c &gt; \"d\" ]]&gt;");
}

TEST(ReviewEscape, AttributeEscapesQuotesToo) {
  EXPECT_EQ(escaped_text("x\"y'z<&", true), "x&quot;y&#39;z&lt;&amp;");
}

TEST(ReviewEscape, BrokenUtf8AndControlsBecomeReplacementCharacters) {
  EXPECT_EQ(escaped_text("a\xC3(b\x01\tc\xF0\x9F\x99\x82", false),
            "a\xEF\xBF\xBD(b\xEF\xBF\xBD\tc\xF0\x9F\x99\x82");
}

TEST(ReviewEscape, HrefPercentEncodesEverythingButUnreserved) {
  EXPECT_EQ(protokol::review_export::percent_encode("ærø #1?a=b%.html"),
            "%C3%A6r%C3%B8%20%231%3Fa%3Db%25.html");
}

// Every '<' opens one of the elements this plugin writes, every '&' one of
// the entities it writes: so no field text became markup.
void expect_only_own_markup(const std::string& page) {
  static const std::vector<std::string> allowed = {
      "<!DOCTYPE", "<html", "<head", "<meta",  "<title", "<style", "<body", "<header", "<h1",
      "<h2",       "<h3",   "<div",  "<span",  "<main",  "<aside", "<a ",   "<b>",     "<br>",
      "<dl",       "<dt",   "<dd",   "<table", "<thead", "<tbody", "<tr",   "<th",     "<td",
      "<ol",       "<ul",   "<li",   "<p ",    "<mark",  "</"};
  const std::string body = page.substr(page.find("</style>"));
  for (std::size_t pos = body.find('<'); pos != std::string::npos; pos = body.find('<', pos + 1)) {
    bool known = false;
    for (const std::string& tag : allowed) known = known || body.compare(pos, tag.size(), tag) == 0;
    EXPECT_TRUE(known) << body.substr(pos, 40);
  }
  for (std::size_t pos = body.find('&'); pos != std::string::npos; pos = body.find('&', pos + 1)) {
    bool known = false;
    for (const char* entity : {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"})
      known = known || body.compare(pos, std::strlen(entity), entity) == 0;
    EXPECT_TRUE(known) << body.substr(pos, 40);
  }
}

TEST(ReviewEscape, AwkwardFieldsNeverAppearRaw) {
  const protokol::document doc = protokol::export_testing::awkward_meeting();
  const std::string page = protokol::review_export::to_page(doc, {});
  EXPECT_EQ(count_of(page, "]]>"), 0u);
  EXPECT_EQ(count_of(page, "<Økonomiudvalget>"), 0u);
  EXPECT_EQ(count_of(page, "<bilag>"), 0u);
  EXPECT_GE(count_of(page, "Referat &lt;Økonomiudvalget&gt; &amp; \"Plan\" ]]&gt; 🙂"), 2u);
  EXPECT_EQ(count_of(page, "Oversendt; se &lt;bilag&gt; &amp; noter"), 1u);
  expect_only_own_markup(page);
  EXPECT_TRUE(protokol::utf8::is_valid_utf8(page));
}

TEST(ReviewEscape, SampleMeetingTextReadsBackExactly) {
  const protokol::document doc = protokol::export_testing::sample_meeting();
  const std::string page = protokol::review_export::to_page(doc, {});
  expect_only_own_markup(page);
  const std::string main =
      page.substr(page.find("<main"), page.find("</main>") - page.find("<main"));
  // Headings are added before each item; the rest is the text itself.
  std::string seen = visible_text(main);
  for (const protokol::item& it : doc.items) {
    const std::string heading = it.number + " " + it.title + (it.closed ? " closed" : "");
    const std::size_t at = seen.find(heading);
    ASSERT_NE(at, std::string::npos) << heading;
    seen.erase(at, heading.size());
  }
  EXPECT_EQ(seen, doc.text);
}

}  // namespace
