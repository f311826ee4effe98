// Every output read back with pugixml equals the document.
#include <gtest/gtest.h>

#include "document_compare.hpp"
#include "output_files.hpp"
#include "sample_documents.hpp"
#include "xml_test_support.hpp"

namespace {

using namespace protokol::xml_export::testing;

void expect_round_trip(bool public_mode) {
  protokol::export_testing::temp_folder out;
  run_xml(out.path(), protokol::export_testing::golden_documents(),
          {{"public", public_mode ? "true" : "false"}});
  for (const protokol::document& doc : protokol::export_testing::golden_documents()) {
    SCOPED_TRACE(doc.key);
    pugi::xml_document xml;
    const pugi::xml_parse_result parsed = load(xml, out.path() / "xml" / (doc.key + ".xml"));
    ASSERT_TRUE(parsed) << parsed.description() << " at " << parsed.offset;
    protokol::export_testing::expect_same_content(
        public_mode ? protokol::export_testing::public_copy(doc) : doc, read_back(xml));
  }
}

TEST(XmlRoundTrip, EveryDocumentReadsBackUnchanged) { expect_round_trip(false); }

TEST(XmlRoundTrip, PublicOutputReadsBackAsThePublicDocument) { expect_round_trip(true); }

TEST(XmlRoundTrip, LargeDocumentReadsBackUnchanged) {
  protokol::export_testing::temp_folder out;
  const protokol::document doc = protokol::export_testing::large_meeting(1 << 20);
  run_xml(out.path(), {doc});
  pugi::xml_document xml;
  ASSERT_TRUE(load(xml, out.path() / "xml" / (doc.key + ".xml")));
  protokol::export_testing::expect_same_content(doc, read_back(xml));
}

}  // namespace
