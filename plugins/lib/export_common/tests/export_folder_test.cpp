#include <gtest/gtest.h>

#include <export_common/export_folder.hpp>
#include <stdexcept>

#include "output_files.hpp"

namespace {

using protokol::export_common::claim_export_folder;
using protokol::export_testing::read_file;
using protokol::export_testing::temp_folder;

TEST(ExportFolder, FirstClaimCreatesTheFolderAndRecordsTheSettings) {
  temp_folder dir;
  claim_export_folder(dir.path() / "csv", "schema=1.0\npublic=false\n");
  EXPECT_EQ(read_file(dir.path() / "csv" / ".protokol-export"), "schema=1.0\npublic=false\n");
}

TEST(ExportFolder, SameSettingsMayAppend) {
  temp_folder dir;
  claim_export_folder(dir.path() / "csv", "schema=1.0\npublic=false\n");
  EXPECT_NO_THROW(claim_export_folder(dir.path() / "csv", "schema=1.0\npublic=false\n"));
}

TEST(ExportFolder, OtherSettingsAreRefusedNamingTheSetting) {
  temp_folder dir;
  claim_export_folder(dir.path() / "csv", "schema=1.0\npublic=false\nseparator=,\n");
  try {
    claim_export_folder(dir.path() / "csv", "schema=1.0\npublic=true\nseparator=,\n");
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(
        std::string(e.what()),
        (dir.path() / "csv").string() +
            " holds output written with public=false, this stage has public=true; use another "
            "output folder, or empty this one to re-export everything");
  }
}

}  // namespace

namespace {

using protokol::export_common::lazy_export_folder;

TEST(LazyExportFolder, CreatingTheStageWritesNothing) {
  temp_folder dir;
  const lazy_export_folder folder(dir.path() / "csv", "schema=1.0\n", "parts");
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "csv"));
}

TEST(LazyExportFolder, TheFirstFileClaimsTheFolderOnce) {
  temp_folder dir;
  const lazy_export_folder folder(dir.path() / "csv", "schema=1.0\n", "parts");
  EXPECT_EQ(folder.claim(), dir.path() / "csv");
  EXPECT_EQ(read_file(dir.path() / "csv" / ".protokol-export"), "schema=1.0\n");
  EXPECT_TRUE(std::filesystem::is_directory(dir.path() / "csv" / "parts"));
  EXPECT_NO_THROW(folder.claim());
}

TEST(LazyExportFolder, AFolderOfOtherSettingsIsRefusedAtOnce) {
  temp_folder dir;
  claim_export_folder(dir.path() / "json", "schema=1.0\npublic=false\n");
  EXPECT_THROW(lazy_export_folder(dir.path() / "json", "schema=1.0\npublic=true\n"),
               std::runtime_error);
}

TEST(LazyExportFolder, WithoutAnOutputFolderClaimingFails) {
  const lazy_export_folder folder({}, "schema=1.0\n");
  EXPECT_TRUE(folder.empty());
  EXPECT_THROW(folder.claim(), std::runtime_error);
}

}  // namespace
