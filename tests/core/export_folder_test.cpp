// protokol/export_folder.hpp: an exporter's folder records its settings and
// refuses a run of other settings.
#include <gtest/gtest.h>

#include <filesystem>
#include <protokol/export_folder.hpp>
#include <stdexcept>
#include <string>

#include "test_support.hpp"

namespace {

using protokol::claim_export_folder;
using protokol::lazy_export_folder;
using protokol::test::read_text;
using protokol::test::temp_dir;

TEST(ExportFolder, FirstClaimCreatesTheFolderAndRecordsTheSettings) {
  temp_dir dir;
  claim_export_folder(dir / "csv", "schema=1.0\npublic=false\n");
  EXPECT_EQ(read_text(dir / "csv" / ".protokol-export"), "schema=1.0\npublic=false\n");
}

TEST(ExportFolder, SameSettingsMayAppend) {
  temp_dir dir;
  claim_export_folder(dir / "csv", "schema=1.0\npublic=false\n");
  EXPECT_NO_THROW(claim_export_folder(dir / "csv", "schema=1.0\npublic=false\n"));
}

TEST(ExportFolder, OtherSettingsAreRefusedNamingTheSetting) {
  temp_dir dir;
  claim_export_folder(dir / "csv", "schema=1.0\npublic=false\nseparator=,\n");
  try {
    claim_export_folder(dir / "csv", "schema=1.0\npublic=true\nseparator=,\n");
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(
        std::string(e.what()),
        (dir / "csv").string() +
            " holds output written with public=false, this stage has public=true; use another "
            "output folder, or empty this one to re-export everything");
  }
}

TEST(LazyExportFolder, CreatingTheStageWritesNothing) {
  temp_dir dir;
  const lazy_export_folder folder(dir / "csv", "schema=1.0\n", "parts");
  EXPECT_FALSE(std::filesystem::exists(dir / "csv"));
}

TEST(LazyExportFolder, TheFirstFileClaimsTheFolderOnce) {
  temp_dir dir;
  const lazy_export_folder folder(dir / "csv", "schema=1.0\n", "parts");
  EXPECT_EQ(folder.claim(), dir / "csv");
  EXPECT_EQ(read_text(dir / "csv" / ".protokol-export"), "schema=1.0\n");
  EXPECT_TRUE(std::filesystem::is_directory(dir / "csv" / "parts"));
  EXPECT_NO_THROW(folder.claim());
}

TEST(LazyExportFolder, AFolderOfOtherSettingsIsRefusedAtOnce) {
  temp_dir dir;
  claim_export_folder(dir / "json", "schema=1.0\npublic=false\n");
  EXPECT_THROW(lazy_export_folder(dir / "json", "schema=1.0\npublic=true\n"), std::runtime_error);
}

TEST(LazyExportFolder, WithoutAnOutputFolderClaimingFails) {
  const lazy_export_folder folder({}, "schema=1.0\n");
  EXPECT_TRUE(folder.empty());
  EXPECT_THROW(folder.claim(), std::runtime_error);
}

}  // namespace
