// Every output validates against docs/schema/document.xsd with xmllint. A
// missing xmllint fails the test: CI installs libxml2-utils (make setup), so
// a skip would only hide a broken setup.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "output_files.hpp"
#include "sample_documents.hpp"
#include "xml_test_support.hpp"

namespace {

using namespace protokol::xml_export::testing;
using protokol::export_testing::run_command;
using protokol::export_testing::shell_quote;

int xmllint(const std::vector<std::filesystem::path>& files, std::string& output) {
  const std::string xmllint = PROTOKOL_XMLLINT;
  if (xmllint.empty() || xmllint.find("NOTFOUND") != std::string::npos) {
    ADD_FAILURE() << "xmllint not found: install libxml2-utils (make setup)";
    return -1;
  }
  std::string command = shell_quote(xmllint) + " --noout --schema " +
                        shell_quote(protokol::export_testing::schema_file("document.xsd").string());
  for (const auto& file : files) command += " " + shell_quote(file.string());
  return run_command(command, output);
}

void expect_valid(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  for (const std::string& file : protokol::export_testing::list_files(folder, false))
    files.push_back(folder / file);
  ASSERT_FALSE(files.empty());
  std::string output;
  EXPECT_EQ(xmllint(files, output), 0) << output;
}

TEST(XmlSchema, InternalOutputIsValid) {
  protokol::export_testing::temp_folder out;
  run_xml(out.path(), protokol::export_testing::golden_documents());
  expect_valid(out.path() / "xml");
}

TEST(XmlSchema, PublicOutputIsValid) {
  protokol::export_testing::temp_folder out;
  run_xml(out.path(), protokol::export_testing::golden_documents(), {{"public", "true"}});
  expect_valid(out.path() / "xml");
}

// The readers' formats (pdf, html, docx) are values of source.format too,
// not only what detect sets.
TEST(XmlSchema, EveryReadersFormatIsValid) {
  protokol::export_testing::temp_folder out;
  run_xml(out.path(), protokol::export_testing::reader_format_documents());
  expect_valid(out.path() / "xml");
}

TEST(XmlSchema, GoldenFilesAreValid) {
  expect_valid(protokol::export_testing::golden_folder("internal") / "xml");
  expect_valid(protokol::export_testing::golden_folder("public") / "xml");
}

TEST(XmlSchema, SchemaRejectsAnItemWithoutTitle) {
  protokol::export_testing::temp_folder out;
  run_xml(out.path(), {protokol::export_testing::sample_meeting()});
  const auto file = out.path() / "xml" / "ballerup-ebu-2023-03-14.xml";
  std::string text = protokol::export_testing::read_file(file);
  const std::string title = "<title>Godkendelse af dagsorden</title>";
  ASSERT_NE(text.find(title), std::string::npos);
  text.erase(text.find(title), title.size());
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
  std::string output;
  EXPECT_NE(xmllint({file}, output), 0);
  EXPECT_NE(output.find("fails to validate"), std::string::npos) << output;
}

}  // namespace
