// Entities, charset declarations, the windows-1252 fallback, NFC and
// control characters.
#include <gtest/gtest.h>

#include "html_sniff.hpp"
#include "html_test_support.hpp"

namespace protokol::html {
namespace {

using test::page;
using test::text_of;

html_result read(std::string_view raw) { return html_reader({}).read(raw); }

TEST(HtmlEncoding, EntitiesAreDecoded) {
  EXPECT_EQ(text_of(page(
                "<p>Sk&aelig;rbæk &amp; S&oslash;n&#229;s &lt;3&gt; &#x2013; &quot;A&quot;</p>")),
            "Skærbæk & Sønås <3> – \"A\"");
}

TEST(HtmlEncoding, MetaCharsetIsHonoured) {
  const auto r = read(
      "<html><head><meta charset=\"windows-1252\"></head><body><p>K\xF8ge \x96 "
      "\x80</p></body></html>");
  EXPECT_EQ(r.text, "Køge – €");
  EXPECT_EQ(r.encoding, "windows-1252");
}

TEST(HtmlEncoding, HttpEquivContentTypeIsHonoured) {
  const auto r = read(
      "<html><head><meta http-equiv=Content-Type content=\"text/html; "
      "charset=iso-8859-15\"></head><body><p>\xA4 \xE6</p></body></html>");
  EXPECT_EQ(r.text, "€ æ");
  EXPECT_EQ(r.encoding, "iso-8859-15");
}

TEST(HtmlEncoding, Latin1LabelIsReadAsWindows1252AsBrowsersDo) {
  const auto r =
      read("<html><head><meta charset=ISO-8859-1></head><body><p>a\x96z \xE5</p></body></html>");
  EXPECT_EQ(r.text, "a–z å");
  EXPECT_EQ(r.encoding, "windows-1252");
}

TEST(HtmlEncoding, UndeclaredNonUtf8IsReadAsWindows1252) {
  const auto r = read(
      "<html><body><p>R\xF8"
      "dby \x93godt\x94</p></body></html>");
  EXPECT_EQ(r.text, "Rødby “godt”");
  EXPECT_EQ(r.encoding, "windows-1252");
}

TEST(HtmlEncoding, UndeclaredUtf8IsReadAsUtf8) {
  const auto r = read("<html><body><p>Rødby</p></body></html>");
  EXPECT_EQ(r.text, "Rødby");
  EXPECT_EQ(r.encoding, "UTF-8");
}

TEST(HtmlEncoding, DeclaredUtf8ThatIsNotUtf8FallsBackToWindows1252) {
  const auto r = read(
      "<html><head><meta charset=utf-8></head><body><p>R\xF8"
      "dby</p></body></html>");
  EXPECT_EQ(r.text, "Rødby");
  EXPECT_EQ(r.encoding, "windows-1252");
}

TEST(HtmlEncoding, Utf8BomWinsOverADeclaration) {
  const auto r = read(
      "\xEF\xBB\xBF<html><head><meta charset=windows-1252></head><body><p>Rødby</p>"
      "</body></html>");
  EXPECT_EQ(r.text, "Rødby");
  EXPECT_EQ(r.encoding, "UTF-8 BOM");
}

// A byte order mark over bytes that are no UTF-8 is a wrong mark: the page
// is read as one without it, and the text stays UTF-8 (a fuzz finding).
TEST(HtmlEncoding, AUtf8BomOverBytesThatAreNoUtf8) {
  const auto r = read(
      "\xEF\xBB\xBF<html><head><meta charset=utf-8></head><body><p>R\xF8"
      "dby</p></body></html>");
  EXPECT_EQ(r.text, "Rødby");
  EXPECT_EQ(r.encoding, "windows-1252");
}

TEST(HtmlEncoding, FallbackEncodingIsAParameter) {
  html_options options;
  options.fallback_encoding = "IBM865";
  const auto r = html_reader(options).read("<html><body><p>\x9B</p></body></html>");
  EXPECT_EQ(r.text, "ø");
  EXPECT_EQ(r.encoding, "IBM865");
}

TEST(HtmlEncoding, TextIsNfc) {
  EXPECT_EQ(text_of(page("<p>Sk\x61\xCC\x8A"
                         "ne</p>")),
            "Sk\xC3\xA5ne");
}

TEST(HtmlEncoding, ControlCharactersAreRemoved) {
  EXPECT_EQ(text_of(page("<p>A&#1;B\x7F"
                         "C&#xFEFF;D</p>")),
            "ABCD");
}

TEST(HtmlEncoding, DeclaredCharsetIsFoundInWordsLongHead) {
  EXPECT_EQ(
      declared_charset("<html xmlns:v=\"urn:schemas-microsoft-com:vml\">\n<head>\n<meta "
                       "http-equiv=Content-Type content=\"text/html; charset=windows-1252\">"),
      "windows-1252");
  EXPECT_EQ(declared_charset("<html><head><title>x</title></head>"), "");
}

}  // namespace
}  // namespace protokol::html
