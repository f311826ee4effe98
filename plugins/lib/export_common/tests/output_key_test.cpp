#include <gtest/gtest.h>

#include <export_common/atomic_file.hpp>
#include <export_common/output_key.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "output_files.hpp"

namespace {

using protokol::export_common::check_key;
using protokol::export_common::list_keys;

TEST(OutputKey, AcceptsNamesWithDanishLettersBlanksAndPunctuation) {
  EXPECT_NO_THROW(check_key("Ærø kommune, møde 2024-01-05"));
  EXPECT_NO_THROW(check_key("ballerup-ebu-2023-03-14"));
}

TEST(OutputKey, RefusesWhatCannotNameAFile) {
  EXPECT_THROW(check_key(""), std::invalid_argument);
  EXPECT_THROW(check_key(".hidden"), std::invalid_argument);
  EXPECT_THROW(check_key(".."), std::invalid_argument);
  EXPECT_THROW(check_key("a/b"), std::invalid_argument);
  EXPECT_THROW(check_key("a\\b"), std::invalid_argument);
  EXPECT_THROW(check_key("a\nb"), std::invalid_argument);
  EXPECT_THROW(check_key(std::string(201, 'k')), std::invalid_argument);
  EXPECT_NO_THROW(check_key(std::string(200, 'k')));
}

TEST(OutputKey, ListsKeysSortedBytewiseSkippingDotFilesAndOtherSuffixes) {
  protokol::export_testing::temp_folder dir;
  for (const char* name : {"b.json", "a-b.json", "a.json", "Å.json", ".protokol-tmp.a.json.1.2",
                           ".protokol-export", "notes.txt", "c.json.bak"}) {
    protokol::export_common::write_file_atomically(dir.path() / name, "{}");
  }
  EXPECT_EQ(list_keys(dir.path(), ".json"), (std::vector<std::string>{"a", "a-b", "b", "Å"}));
}

TEST(OutputKey, MissingFolderHasNoKeys) {
  protokol::export_testing::temp_folder dir;
  EXPECT_TRUE(list_keys(dir.path() / "none", ".json").empty());
}

}  // namespace
