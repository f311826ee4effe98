// protokol/output_key.hpp: which keys can name a file, and the keys a folder holds.
#include <gtest/gtest.h>

#include <protokol/atomic_file.hpp>
#include <protokol/output_key.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace {

using protokol::check_key;
using protokol::list_keys;
using protokol::test::temp_dir;

TEST(OutputKey, AcceptsNamesWithNonAsciiLettersBlanksAndPunctuation) {
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
  temp_dir dir;
  for (const char* name : {"b.json", "a-b.json", "a.json", "Å.json", ".protokol-tmp.a.json.1.2",
                           ".protokol-export", "notes.txt", "c.json.bak"}) {
    protokol::write_file_atomically(dir / name, "{}");
  }
  EXPECT_EQ(list_keys(dir.path(), ".json"), (std::vector<std::string>{"a", "a-b", "b", "Å"}));
}

TEST(OutputKey, MissingFolderHasNoKeys) {
  temp_dir dir;
  EXPECT_TRUE(list_keys(dir / "none", ".json").empty());
}

}  // namespace
