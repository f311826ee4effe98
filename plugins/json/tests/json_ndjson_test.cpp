#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <protokol/atomic_file.hpp>
#include <stdexcept>
#include <string>

#include "json_test_support.hpp"
#include "json_value.hpp"
#include "json_writer.hpp"
#include "ndjson.hpp"
#include "output_files.hpp"
#include "sample_documents.hpp"

namespace {

using namespace protokol::json_export::testing;
using protokol::export_testing::read_file;
using protokol::json_export::json_compactor;

std::string compact(std::string_view text, std::size_t piece) {
  json_compactor compactor;
  std::string out;
  for (std::size_t i = 0; i < text.size(); i += piece) compactor.feed(text.substr(i, piece), out);
  EXPECT_TRUE(compactor.complete());
  return out;
}

TEST(JsonNdjson, CompactFormEqualsDumpWithoutIndentForAnyPieceSize) {
  for (const protokol::document& doc : protokol::export_testing::golden_documents()) {
    const std::string pretty = protokol::json_export::to_json(doc, {});
    const std::string expected = protokol::json_export::to_json_value(doc, {}).dump();
    for (const std::size_t piece : {std::size_t{1}, std::size_t{7}, std::size_t{4096}}) {
      EXPECT_EQ(compact(pretty, piece), expected + "") << doc.key << " piece " << piece;
    }
  }
}

TEST(JsonNdjson, BlanksInsideStringsAndAfterEscapedQuotesSurvive) {
  EXPECT_EQ(compact("{\n  \"a b\": \"x \\\" y\\\\\",\n  \"c\": [ 1, 2 ]\n}\n", 3),
            "{\"a b\":\"x \\\" y\\\\\",\"c\":[1,2]}");
}

TEST(JsonNdjson, OneLinePerDocumentSortedByKey) {
  protokol::export_testing::temp_folder out;
  run_json(out.path(), protokol::export_testing::golden_documents(), {{"ndjson", "true"}});
  const std::string ndjson = read_file(out.path() / "documents.ndjson");
  std::vector<std::string> sources;
  for (std::size_t pos = 0; pos < ndjson.size();) {
    const std::size_t eol = ndjson.find('\n', pos);
    sources.push_back(nlohmann::json::parse(ndjson.substr(pos, eol - pos))["source"]["path"]);
    pos = eol + 1;
  }
  // Keys: "ballerup-ebu-2023-03-14" < "tomt-referat" < "ærø-møde-2024-01-05" (bytewise).
  EXPECT_EQ(sources,
            (std::vector<std::string>{"arkiv/Ballerup/EBU 14.03.2023, referat.txt",
                                      "arkiv/tomt.txt", "arkiv/Ærø/møde;\"5. januar\".md"}));
}

TEST(JsonNdjson, WithoutTheParameterNoNdjsonIsWritten) {
  protokol::export_testing::temp_folder out;
  run_json(out.path(), protokol::export_testing::golden_documents());
  EXPECT_FALSE(std::filesystem::exists(out.path() / "documents.ndjson"));
}

// A file a user put in json/ (an index) is no document: it had become a
// line of documents.ndjson (trial AE).
TEST(JsonNdjson, AFileThatIsNoDocumentIsLeftOut) {
  protokol::export_testing::temp_folder out;
  run_json(out.path(), protokol::export_testing::golden_documents());
  protokol::write_file_atomically(out.path() / "json" / "index.json", "{\"mine\": 1}\n");
  protokol::write_file_atomically(out.path() / "json" / "notes.json", "[1, 2]\n");
  protokol::json_export::write_ndjson(out.path() / "json", out.path() / "documents.ndjson");
  const std::string ndjson = read_file(out.path() / "documents.ndjson");
  EXPECT_EQ(std::count(ndjson.begin(), ndjson.end(), '\n'), 3);
  EXPECT_EQ(ndjson.find("mine"), std::string::npos);
}

TEST(JsonNdjson, TornJsonFileFailsTheRebuild) {
  protokol::export_testing::temp_folder out;
  std::filesystem::create_directories(out.path() / "json");
  protokol::write_file_atomically(out.path() / "json" / "a.json",
                                  "{\"schema\": \"1.0\", \"x\": \"half");
  try {
    protokol::json_export::write_ndjson(out.path() / "json", out.path() / "documents.ndjson");
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()),
              (out.path() / "json" / "a.json").string() + " is not a JSON document");
  }
  EXPECT_FALSE(std::filesystem::exists(out.path() / "documents.ndjson"));
}

}  // namespace
