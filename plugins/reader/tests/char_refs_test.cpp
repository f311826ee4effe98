#include "char_refs.hpp"

#include <gtest/gtest.h>

#include <string>

#include "text_reader.hpp"

namespace protokol::reader {
namespace {

std::string decoded(std::string text) {
  decode_char_refs(text);
  return text;
}

TEST(CharRefs, NamedReferencesOfWebPagesAndConverters) {
  // docling writes '&' as "&amp;"; web pages saved as text keep "&oslash;".
  EXPECT_EQ(decoded("By, Kultur, Miljø &amp; Beskæftigelse"), "By, Kultur, Miljø & Beskæftigelse");
  EXPECT_EQ(decoded("&Oslash;konomiudvalget &aring;bent m&oslash;de"),
            "Økonomiudvalget åbent møde");
  EXPECT_EQ(decoded("&lt;&gt;&quot;&apos;"), "<>\"'");
  EXPECT_EQ(decoded("kl.&nbsp;16"), "kl.\u00A016");
}

TEST(CharRefs, NumericReferences) {
  EXPECT_EQ(decoded("M&#248;de &#xF8; &#XE6;"), "Møde ø æ");
  EXPECT_EQ(decoded("&#8211;"), "\u2013");
  EXPECT_EQ(decoded("&#128512;"), "\U0001F600");
}

TEST(CharRefs, KeepsWhatIsNoReference) {
  for (const std::string text :
       {"R&D", "A & B", "&foo;", "&amp", "&;", "&#;", "&#x;", "&#0;", "&#27;", "&#xD800;",
        "&#1114112;", "&#12a;", "&ampersandlongname;", "Sag 12&13; 14", "trailing &"}) {
    EXPECT_EQ(decoded(text), text) << text;
  }
}

TEST(CharRefs, DoubleEscapedDecodesOnce) {
  // "&amp;amp;" stands for the text "&amp;": one pass, never two.
  EXPECT_EQ(decoded("&amp;amp; &amp;oslash;"), "&amp; &oslash;");
}

TEST(CharRefs, ManyAmpersandsWithoutSemicolonStayLinear) {
  std::string text(200000, '&');
  EXPECT_FALSE(decode_char_refs(text));
  EXPECT_EQ(text.size(), 200000u);
}

TEST(CharRefs, ReaderDecodesUnlessTurnedOff) {
  const std::string raw = "Plan &amp; Miljø\n";
  EXPECT_EQ(text_reader({}).read(raw).text, "Plan & Miljø\n");
  reader_options off;
  off.char_refs = false;
  EXPECT_EQ(text_reader(off).read(raw).text, raw);
  // Pure ASCII with a reference to a letter: the result is NFC UTF-8.
  EXPECT_EQ(text_reader({}).read("e&#x301;\n").text, "\u00E9\n");
}

}  // namespace
}  // namespace protokol::reader
