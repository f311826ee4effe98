// Every output read back with nlohmann's parser equals the document.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "document_compare.hpp"
#include "json_test_support.hpp"
#include "output_files.hpp"
#include "sample_documents.hpp"

namespace {

using namespace protokol::json_export::testing;
using protokol::export_testing::read_file;

TEST(JsonRoundTrip, EveryDocumentReadsBackUnchanged) {
  protokol::export_testing::temp_folder out;
  run_json(out.path(), protokol::export_testing::golden_documents());
  for (const protokol::document& doc : protokol::export_testing::golden_documents()) {
    SCOPED_TRACE(doc.key);
    const auto parsed = nlohmann::json::parse(read_file(out.path() / "json" / (doc.key + ".json")));
    protokol::export_testing::expect_same_content(doc, read_back(parsed));
  }
}

TEST(JsonRoundTrip, PublicOutputReadsBackAsThePublicDocument) {
  protokol::export_testing::temp_folder out;
  run_json(out.path(), protokol::export_testing::golden_documents(), {{"public", "true"}});
  for (const protokol::document& doc : protokol::export_testing::golden_documents()) {
    SCOPED_TRACE(doc.key);
    const auto parsed = nlohmann::json::parse(read_file(out.path() / "json" / (doc.key + ".json")));
    protokol::export_testing::expect_same_content(protokol::export_testing::public_copy(doc),
                                                  read_back(parsed));
  }
}

TEST(JsonRoundTrip, NdjsonLinesReadBackInKeyOrder) {
  protokol::export_testing::temp_folder out;
  run_json(out.path(), protokol::export_testing::golden_documents(), {{"ndjson", "true"}});
  const std::string ndjson = read_file(out.path() / "documents.ndjson");
  std::vector<protokol::document> docs = protokol::export_testing::golden_documents();
  std::sort(docs.begin(), docs.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
  std::size_t pos = 0;
  for (const protokol::document& doc : docs) {
    SCOPED_TRACE(doc.key);
    const std::size_t eol = ndjson.find('\n', pos);
    ASSERT_NE(eol, std::string::npos);
    protokol::export_testing::expect_same_content(
        doc, read_back(nlohmann::json::parse(ndjson.substr(pos, eol - pos))));
    pos = eol + 1;
  }
  EXPECT_EQ(pos, ndjson.size());
}

}  // namespace
