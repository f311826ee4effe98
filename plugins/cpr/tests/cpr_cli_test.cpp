// CPR numbers never reach an output of the shipped pipelines.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace fs = std::filesystem;
using protokol::test::read_text;
using protokol::test::run_protokol;
using protokol::test::temp_dir;
using protokol::test::write_text;

namespace {

const std::string minutes =
    "Referat\nSocialudvalget\nMødedato: 4. oktober 2023\n\n"
    "1. Klage over afgørelse\nSagsnr.: 23/12345\n"
    "Borgeren (CPR-nr. 010203-1234) klager over afgørelsen.\n"
    "Beslutning\nKlagen blev afvist. Ægtefælle 0504061234 orienteret.\n\n"
    "2. Eventuelt\nBeslutning\nIntet.\n";

// Every file under `dir`, read whole.
std::string everything_in(const fs::path& dir) {
  std::string all;
  for (const auto& f : fs::recursive_directory_iterator(dir)) {
    if (f.is_regular_file()) all += read_text(f.path());
  }
  return all;
}

TEST(CprCli, TheDefaultPipelineRedactsEveryOutput) {
  temp_dir dir;
  write_text(dir / "in/klage.txt", minutes);
  for (const char* pipeline : {"default", "public"}) {
    const fs::path out = dir / pipeline;
    const auto r = run_protokol(std::string("run -p ") + pipeline + " -o " + out.string() + " " +
                                (dir / "in").string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string all = everything_in(out) + r.out + r.err;
    // The whole numbers in any form: six digits alone could stand in a
    // timing or a random temporary folder's name in run.json.
    for (const char* number : {"010203-1234", "0102031234", "0504061234", "050406-1234"})
      EXPECT_EQ(all.find(number), std::string::npos) << pipeline << " " << number;
    const auto doc = nlohmann::json::parse(read_text(out / "json/klage.json"));
    EXPECT_NE(doc.dump().find("XXXXXX-XXXX"), std::string::npos);
    EXPECT_NE(doc["warnings"].dump().find("cpr: 2 CPR numbers redacted"), std::string::npos);
    // The rest of the document is read as before.
    ASSERT_EQ(doc["items"].size(), 2u);
    EXPECT_EQ(doc["items"][0]["case_numbers"][0], "23/12345");
  }
}

TEST(CprCli, KeepLeavesThemForInternalUse) {
  temp_dir dir;
  write_text(dir / "in/klage.txt", minutes);
  const auto r = run_protokol("run -p default --set cpr.keep=true -o " + (dir / "out").string() +
                              " " + (dir / "in").string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string json = read_text(dir / "out/json/klage.json");
  EXPECT_NE(json.find("010203-1234"), std::string::npos);
  EXPECT_NE(json.find("cpr: 2 CPR numbers kept (cpr.keep=true)"), std::string::npos);
}

}  // namespace
