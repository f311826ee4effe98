// Every output validates against docs/schema/document.schema.json with
// Debian's python3-jsonschema. A missing validator fails the test: CI
// installs it (make setup), so a skip would only hide a broken setup.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "json_test_support.hpp"
#include "output_files.hpp"
#include "sample_documents.hpp"

namespace {

using namespace protokol::json_export::testing;
using protokol::export_testing::run_command;
using protokol::export_testing::shell_quote;

void expect_valid(const std::vector<std::filesystem::path>& files) {
  const std::string python = PROTOKOL_PYTHON3;
  ASSERT_FALSE(python.empty() || python.find("NOTFOUND") != std::string::npos)
      << "python3 not found: install python3 and python3-jsonschema (make setup)";
  std::string output;
  ASSERT_EQ(run_command(shell_quote(python) + " -c 'import jsonschema'", output), 0)
      << "python3-jsonschema is missing (make setup installs it): " << output;
  std::string command =
      shell_quote(python) + " " + shell_quote(PROTOKOL_JSON_VALIDATOR) + " " +
      shell_quote(protokol::export_testing::schema_file("document.schema.json").string());
  for (const auto& file : files) command += " " + shell_quote(file.string());
  EXPECT_EQ(run_command(command, output), 0) << output;
}

std::vector<std::filesystem::path> outputs(const std::filesystem::path& out) {
  std::vector<std::filesystem::path> files;
  for (const std::string& file : protokol::export_testing::list_files(out, false))
    files.push_back(out / file);
  return files;
}

TEST(JsonSchema, InternalOutputIsValid) {
  protokol::export_testing::temp_folder out;
  run_json(out.path(), protokol::export_testing::golden_documents(), {{"ndjson", "true"}});
  expect_valid(outputs(out.path()));
}

TEST(JsonSchema, PublicOneLineOutputIsValid) {
  protokol::export_testing::temp_folder out;
  run_json(out.path(), protokol::export_testing::golden_documents(),
           {{"ndjson", "true"}, {"public", "true"}, {"indent", "-1"}});
  expect_valid(outputs(out.path()));
}

// The readers' formats (pdf, html, docx) are values of source.format too,
// not only what detect sets.
TEST(JsonSchema, EveryReadersFormatIsValid) {
  protokol::export_testing::temp_folder out;
  run_json(out.path(), protokol::export_testing::reader_format_documents());
  expect_valid(outputs(out.path() / "json"));
}

TEST(JsonSchema, GoldenFilesAreValid) {
  std::vector<std::filesystem::path> files;
  for (const char* variant : {"internal", "public"}) {
    const auto root = protokol::export_testing::golden_folder(variant);
    for (const std::string& file : protokol::export_testing::list_files(root / "json", false)) {
      files.push_back(root / "json" / file);
    }
    files.push_back(root / "documents.ndjson");
  }
  expect_valid(files);
}

TEST(JsonSchema, SchemaRejectsAPersonWithoutParty) {
  protokol::export_testing::temp_folder out;
  const std::filesystem::path bad = out.path() / "bad.json";
  std::string text =
      protokol::export_testing::read_file(protokol::export_testing::golden_folder("internal") /
                                          "json" / "ballerup-ebu-2023-03-14.json");
  const std::size_t party = text.find("\"party\": \"A\",\n      \"role\"");
  ASSERT_NE(party, std::string::npos);
  text.erase(party, std::string("\"party\": \"A\",").size());
  std::ofstream(bad) << text;
  std::string output;
  EXPECT_EQ(
      run_command(
          shell_quote(PROTOKOL_PYTHON3) + " " + shell_quote(PROTOKOL_JSON_VALIDATOR) + " " +
              shell_quote(protokol::export_testing::schema_file("document.schema.json").string()) +
              " " + shell_quote(bad.string()),
          output),
      1);
  EXPECT_NE(output.find("'party' is a required property"), std::string::npos) << output;
}

}  // namespace
