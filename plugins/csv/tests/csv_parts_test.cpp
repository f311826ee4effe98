#include "csv_parts.hpp"

#include <gtest/gtest.h>

#include <protokol/atomic_file.hpp>
#include <stdexcept>

#include "csv_test_support.hpp"
#include "output_files.hpp"

namespace {

using protokol::csv_export::document_rows;
using protokol::csv_export::make_part;
using protokol::csv_export::split_part;
using protokol::export_testing::read_file;
using protokol::export_testing::temp_folder;

TEST(CsvParts, PartSplitsBackIntoItsTables) {
  const document_rows rows{"m,1\r\n", "i,\"a\r\nb\"\r\n", "", "a,x\r\n", "v,2\r\n"};
  std::array<std::string_view, protokol::csv_export::table_count> tables;
  const std::string part = make_part(rows);  // the views below point into it
  ASSERT_TRUE(split_part(part, tables));
  for (std::size_t t = 0; t < tables.size(); ++t) EXPECT_EQ(tables[t], rows[t]);
}

TEST(CsvParts, APartOfVersionOneHasNoVoteCounts) {
  // What protokol wrote before the vote_counts table (2026-12-03): a folder
  // earlier runs wrote into is still merged, and says no vote counts.
  const std::string part =
      "protokol-csv-part 1\nmeetings 5\nm,1\r\nitems 0\nentities 0\nattendance 0\nvotes 0\n";
  std::array<std::string_view, protokol::csv_export::table_count> tables;
  tables.fill("stale");
  ASSERT_TRUE(split_part(part, tables));
  EXPECT_EQ(tables[0], "m,1\r\n");
  EXPECT_EQ(tables[static_cast<std::size_t>(protokol::csv_export::table::vote_counts)], "");
  // A version-2 part must hold all six tables.
  std::string short_v2 = part;
  short_v2.replace(0, 19, "protokol-csv-part 2");
  EXPECT_FALSE(split_part(short_v2, tables));
}

TEST(CsvParts, TornOrForeignPartsAreRefused) {
  const std::string part = make_part({"m,1\r\n", "i\r\n", "", "", ""});
  std::array<std::string_view, protokol::csv_export::table_count> tables;
  EXPECT_FALSE(split_part(part.substr(0, part.size() - 3), tables));
  EXPECT_FALSE(split_part(part + "x", tables));
  EXPECT_FALSE(split_part("document,number\r\n", tables));
}

void write_part(const std::filesystem::path& csv, const std::string& key,
                const document_rows& rows) {
  std::filesystem::create_directories(csv / ".parts");
  protokol::write_file_atomically(csv / ".parts" / (key + ".part"), make_part(rows));
}

TEST(CsvParts, TablesAreRebuiltFromPartsSortedByKey) {
  temp_folder out;
  const auto csv = out.path() / "csv";
  write_part(csv, "b", {"b\r\n", "", "", "", ""});
  write_part(csv, "a-b", {"a-b\r\n", "", "", "", ""});
  write_part(csv, "a", {"a\r\n", "", "", "", ""});
  protokol::csv_export::merge_tables(csv, {});
  const std::string meetings = read_file(csv / "meetings.csv");
  EXPECT_EQ(meetings.substr(meetings.find("\r\n") + 2), "a\r\na-b\r\nb\r\n");
}

TEST(CsvParts, VoteCountsTableExistsOnlyWhileSomeDocumentCountsVotes) {
  temp_folder out;
  const auto csv = out.path() / "csv";
  write_part(csv, "a", {"a\r\n", "", "", "", "", "a,1,true,,,\r\n"});
  write_part(csv, "b", {"b\r\n", "", "", "", "", ""});
  protokol::csv_export::merge_tables(csv, {});
  EXPECT_EQ(read_file(csv / "vote_counts.csv"),
            "document,item,unanimous,for,against,abstained\r\na,1,true,,,\r\n");
  write_part(csv, "a", {"a\r\n", "", "", "", "", ""});
  protokol::csv_export::merge_tables(csv, {});
  EXPECT_FALSE(std::filesystem::exists(csv / "vote_counts.csv"));
}

TEST(CsvParts, VotesTableExistsOnlyWhileSomeDocumentHasVotes) {
  temp_folder out;
  const auto csv = out.path() / "csv";
  write_part(csv, "a", {"a\r\n", "", "", "", "a,1,for,A\r\n"});
  protokol::csv_export::merge_tables(csv, {});
  EXPECT_EQ(read_file(csv / "votes.csv"), "document,item,side,voter\r\na,1,for,A\r\n");
  write_part(csv, "a", {"a\r\n", "", "", "", ""});
  protokol::csv_export::merge_tables(csv, {});
  EXPECT_FALSE(std::filesystem::exists(csv / "votes.csv"));
  EXPECT_TRUE(std::filesystem::exists(csv / "attendance.csv"));
}

TEST(CsvParts, BomStartsEachTableOnly) {
  temp_folder out;
  const auto csv = out.path() / "csv";
  write_part(csv, "a", {"a\r\n", "", "", "", ""});
  write_part(csv, "b", {"b\r\n", "", "", "", ""});
  protokol::csv_export::merge_tables(csv, {',', true, true, false});
  const std::string meetings = read_file(csv / "meetings.csv");
  EXPECT_EQ(meetings.substr(0, 12),
            "\xEF\xBB\xBF"
            "document,");
  EXPECT_EQ(meetings.find("\xEF\xBB\xBF", 1), std::string::npos);
}

TEST(CsvParts, ABrokenPartFailsTheMergeAndKeepsTheOldTables) {
  temp_folder out;
  const auto csv = out.path() / "csv";
  write_part(csv, "a", {"a\r\n", "", "", "", ""});
  protokol::csv_export::merge_tables(csv, {});
  const std::string before = read_file(csv / "meetings.csv");
  protokol::write_file_atomically(csv / ".parts" / "b.part", "protokol-csv-part 1\nmeetings 99\nb");
  try {
    protokol::csv_export::merge_tables(csv, {});
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()),
              (csv / ".parts" / "b.part").string() + " is not a CSV part file");
  }
  EXPECT_EQ(read_file(csv / "meetings.csv"), before);
  EXPECT_EQ(protokol::export_testing::list_files(csv, true),
            (std::vector<std::string>{".parts/a.part", ".parts/b.part", "attendance.csv",
                                      "entities.csv", "items.csv", "meetings.csv"}));
}

}  // namespace
