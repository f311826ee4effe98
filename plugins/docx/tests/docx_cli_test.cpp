// The real CLI with the real plugins on a Word document: items in the JSON.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(DocxCli, RunsTheDocxPipelineAndExportsItems) {
  const fs::path out = fs::temp_directory_path() / ("docx_cli_test_" + std::to_string(::getpid()));
  fs::remove_all(out);
  const std::string fixtures = PROTOKOL_FIXTURES_DIR;
  const std::string command = std::string(PROTOKOL_BINARY) + " run -q -p " + DOCX_PIPELINE +
                              " -o " + out.string() + " " + fixtures +
                              "/docx/rudersdal_2023-10-04.word.docx " + fixtures +
                              "/docx/bad/encrypted.docx >/dev/null 2>&1";
  // 1: some documents failed (the encrypted one is quarantined).
  ASSERT_EQ(WEXITSTATUS(std::system(command.c_str())), 1);
  const auto doc =
      nlohmann::json::parse(read_file(out / "json" / "rudersdal_2023-10-04.word.json"));
  EXPECT_EQ(doc["source"]["format"], "docx");
  EXPECT_EQ(doc["source"]["encoding"], "DOCX");
  ASSERT_EQ(doc["items"].size(), 9u);
  EXPECT_EQ(doc["items"][0]["number"], "1");
  EXPECT_EQ(doc["items"][0]["title"], "Meddelelser");
  EXPECT_EQ(doc["items"][1]["title"], "Møde med Handicaprådet");
  EXPECT_EQ(doc["meeting"]["date"], "2023-10-04");
  const std::string quarantined = read_file(out / "run.json");
  EXPECT_NE(quarantined.find("encrypted Word document: remove the password first"),
            std::string::npos);
  fs::remove_all(out);
}

}  // namespace
