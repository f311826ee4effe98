#include "xml_writer.hpp"

#include <gtest/gtest.h>

#include <iterator>
#include <pugixml.hpp>
#include <random>
#include <string>
#include <utility>

#include "sample_documents.hpp"

namespace {

using protokol::xml_export::to_xml;

std::string element_text(const std::string& xml, const char* path) {
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_string(xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata_single));
  return doc.select_node(path).node().child_value();
}

TEST(XmlWriter, StartsWithTheDeclarationAndTheNamespacedRoot) {
  const std::string xml = to_xml(protokol::export_testing::empty_meeting(), {});
  const std::string head =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<document xmlns=\"urn:protokol:document\" schema=\"1.0\">\n  <source>\n";
  EXPECT_EQ(xml.substr(0, head.size()), head);
}

TEST(XmlWriter, EmptyValuesAreEmptyElements) {
  const std::string xml = to_xml(protokol::export_testing::empty_meeting(), {});
  EXPECT_NE(xml.find("    <municipality/>\n"), std::string::npos);
  EXPECT_NE(xml.find("  <items/>\n"), std::string::npos);
}

TEST(XmlWriter, MarkupCharactersAreEscaped) {
  protokol::document doc = protokol::export_testing::empty_meeting();
  doc.meeting.title = "<b> & ]]> \"x\" 'y'";
  const std::string xml = to_xml(doc, {});
  EXPECT_NE(xml.find("<title>&lt;b&gt; &amp; ]]&gt; \"x\" 'y'</title>"), std::string::npos);
}

TEST(XmlWriter, CarriageReturnIsACharacterReferenceSoParsersKeepIt) {
  protokol::document doc = protokol::export_testing::empty_meeting();
  doc.meeting.location = "a\r\nb";
  const std::string xml = to_xml(doc, {});
  EXPECT_NE(xml.find("<location>a&#13;\nb</location>"), std::string::npos);
  EXPECT_EQ(element_text(xml, "/document/meeting/location"), "a\r\nb");
}

TEST(XmlWriter, WhatXml10CannotCarryBecomesReplacementCharacters) {
  protokol::document doc = protokol::export_testing::empty_meeting();
  doc.meeting.title = std::string(
      "side\f2 \x01 \xEF\xBF\xBF m\xF8"
      "de\0x",
      19);
  const std::string xml = to_xml(doc, {});
  EXPECT_EQ(element_text(xml, "/document/meeting/title"),
            "side\xEF\xBF\xBD"
            "2 \xEF\xBF\xBD \xEF\xBF\xBD m\xEF\xBF\xBD"
            "de\xEF\xBF\xBDx");
}

// Texts of every length up to three blocks of the scan, plain but for the
// last character, which must be replaced: the plain part is written as it
// is and the last character escaped, wherever the scan meets it.
TEST(XmlWriter, ATextsLastCharacterIsEscapedAtEveryLength) {
  const std::pair<std::string, std::string> endings[] = {{"&", "&amp;"},
                                                         {"<", "&lt;"},
                                                         {">", "&gt;"},
                                                         {"\r", "&#13;"},
                                                         {"\x01", "\xEF\xBF\xBD"},
                                                         {"\xFF", "\xEF\xBF\xBD"},
                                                         {"\xEF\xBF\xBF", "\xEF\xBF\xBD"},
                                                         {"\n", "\n"},
                                                         {"\xC3\xA6", "\xC3\xA6"}};
  for (std::size_t length = 0; length < 48; ++length) {
    for (const auto& [ending, written] : endings) {
      protokol::document doc = protokol::export_testing::empty_meeting();
      const std::string plain(length, static_cast<char>('a' + length % 26));
      doc.meeting.title = plain + ending;
      const std::string xml = to_xml(doc, {});
      EXPECT_NE(xml.find("<title>" + plain + written + "</title>"), std::string::npos)
          << length << " " << written;
    }
  }
}

TEST(XmlWriter, NullItemIsAnAbsentElement) {
  const std::string xml = to_xml(protokol::export_testing::sample_meeting(), {});
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(xml.c_str()));
  const pugi::xml_node first = doc.child("document").child("entities").child("entity");
  EXPECT_FALSE(first.child("item"));
  EXPECT_STREQ(first.next_sibling().next_sibling().child_value("item"), "2");
}

TEST(XmlWriter, ConfidenceIsTheShortestExactNumber) {
  const std::string xml = to_xml(protokol::export_testing::sample_meeting(), {});
  EXPECT_NE(xml.find("<confidence>0.92</confidence>"), std::string::npos);
}

TEST(XmlWriter, PublicModeKeepsOnlyTheHeadOfAClosedItem) {
  const std::string xml = to_xml(protokol::export_testing::sample_meeting(), {true});
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(xml.c_str()));
  const pugi::xml_node closed = doc.select_node("/document/items/item[number='4']").node();
  std::string names;
  for (pugi::xml_node child : closed.children()) names += std::string(child.name()) + " ";
  EXPECT_EQ(names, "number title closed case_numbers start end ");
}

}  // namespace

namespace {

TEST(XmlWriter, ItemsOfAPagedSourceHaveAPageElement) {
  const std::string xml = to_xml(protokol::export_testing::paged_meeting(), {});
  EXPECT_EQ(element_text(xml, "/document/items/item[1]/page"), "1");
  EXPECT_EQ(element_text(xml, "/document/items/item[2]/page"), "3");
  const std::string text = to_xml(protokol::export_testing::sample_meeting(), {});
  EXPECT_EQ(text.find("<page>"), std::string::npos);
}

}  // namespace

namespace {

// TinyXML2's own printer into memory, its four-space indentation halved:
// the bytes xml_printer must write for the same calls.
std::string halve_indentation(const std::string& text) {
  std::string out;
  bool line_start = true;
  std::size_t spaces = 0;
  for (const char c : text) {
    if (line_start && c == ' ') {
      ++spaces;
      continue;
    }
    if (line_start) out.append(spaces / 2, ' ');
    line_start = c == '\n';
    spaces = 0;
    out.push_back(c);
  }
  return out;
}

// Random trees of elements (empty ones closed as "/>"), attributes and plain
// texts, megabytes of them: TinyXML2's one- and two-byte pieces ("<", ">",
// "</", "/>") meet the end of every 64 KiB chunk of the piece writer at
// every offset, and xml_printer's path for them writes what TinyXML2's
// printer writes.
TEST(XmlWriter, PrinterWritesTinyXml2sBytesAcrossChunks) {
  std::string written;
  protokol::string_output sink(written);
  protokol::xml_export::xml_printer printer(sink);
  tinyxml2::XMLPrinter reference(nullptr, false);
  const char* const names[] = {"a", "ab", "abc", "item", "entity", "sections", "document_number"};
  std::mt19937 random(11);
  int depth = 0;
  for (int step = 0; step < 400000; ++step) {
    const auto choice = random() % 8;
    if (choice < 3 && depth < 12) {
      const char* name = names[random() % std::size(names)];
      printer.OpenElement(name);
      reference.OpenElement(name);
      ++depth;
      if (random() % 4 == 0) {
        printer.PushAttribute("k", name);
        reference.PushAttribute("k", name);
      }
    } else if (choice < 5 && depth > 0) {
      printer.CloseElement();
      reference.CloseElement();
      --depth;
    } else {
      const char* name = names[random() % std::size(names)];
      const std::string text(random() % 3, static_cast<char>('a' + random() % 26));
      printer.text_element(name, text);
      reference.OpenElement(name);
      if (!text.empty()) reference.PushText(text.c_str());
      reference.CloseElement(!text.empty());
    }
  }
  while (depth-- > 0) {
    printer.CloseElement();
    reference.CloseElement();
  }
  printer.flush();
  ASSERT_GT(written.size(), std::size_t{8} << 20);
  EXPECT_EQ(written, halve_indentation(reference.CStr()));
}

}  // namespace
