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

namespace {

TEST(DocxCli, QuarantinesBadWordFilesWithTheirReasonsAndLeavesSpreadsheetsToRead) {
  const fs::path out =
      fs::temp_directory_path() / ("docx_cli_bad_test_" + std::to_string(::getpid()));
  fs::remove_all(out);
  const std::string command = std::string(PROTOKOL_BINARY) + " run -q -p " + DOCX_PIPELINE +
                              " -o " + out.string() + " " + PROTOKOL_FIXTURES_DIR +
                              "/docx/bad >/dev/null 2>&1";
  ASSERT_EQ(WEXITSTATUS(std::system(command.c_str())), 1);
  const auto run = nlohmann::json::parse(read_file(out / "run.json"));
  const std::string all = run.dump();
  for (const char* reason :
       {"zip bomb? word/document.xml would unpack to 10486041 bytes, ratio 1006:1",
        "encrypted Word document: remove the password first",
        "malformed XML in Word document part word/document.xml at byte 644",
        "corrupt Word document (.docx): not a readable zip archive",
        "unsupported format: Excel spreadsheet (.xlsx)"})
    EXPECT_NE(all.find(reason), std::string::npos) << reason;
  // Nothing exported: the json folder is not even claimed (or holds no document).
  if (fs::exists(out / "json")) {
    for (const auto& f : fs::directory_iterator(out / "json")) {
      EXPECT_NE(f.path().extension(), ".json") << f.path();
    }
  }
  fs::remove_all(out);
}

}  // namespace
