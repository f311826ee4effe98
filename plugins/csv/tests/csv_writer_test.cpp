#include "csv_writer.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <stdexcept>
#include <string>

#include "sample_documents.hpp"

namespace {

using protokol::csv_export::csv_options;
using protokol::csv_export::parse_separator;
using protokol::csv_export::row_writer;
using protokol::csv_export::table;

std::string cell(std::string_view value, csv_options options = {}) {
  std::string out;
  row_writer(out, options).text(value).end();
  EXPECT_TRUE(out.ends_with("\r\n"));
  out.resize(out.size() - 2);
  return out;
}

TEST(CsvWriter, PlainTextIsWrittenAsIs) { EXPECT_EQ(cell("Ærø Kommune"), "Ærø Kommune"); }

TEST(CsvWriter, CommasQuotesAndLineBreaksAreQuoted) {
  EXPECT_EQ(cell("anlæg, drift"), "\"anlæg, drift\"");
  EXPECT_EQ(cell("\"grøn\" omstilling"), "\"\"\"grøn\"\" omstilling\"");
  EXPECT_EQ(cell("linje 1\nlinje 2"), "\"linje 1\nlinje 2\"");
  EXPECT_EQ(cell("a\rb"), "\"a\rb\"");
}

TEST(CsvWriter, SemicolonSeparatorQuotesSemicolonsNotCommas) {
  const csv_options excel{';', true, true, false};
  EXPECT_EQ(cell("anlæg, drift", excel), "anlæg, drift");
  EXPECT_EQ(cell("a; b", excel), "\"a; b\"");
}

TEST(CsvWriter, FormulaLikeCellsGetALeadingApostrophe) {
  EXPECT_EQ(cell("=SUM(A1)"), "'=SUM(A1)");
  EXPECT_EQ(cell("+45 kontaktliste"), "'+45 kontaktliste");
  EXPECT_EQ(cell("-5 %"), "'-5 %");
  EXPECT_EQ(cell("@udvalget"), "'@udvalget");
  EXPECT_EQ(cell("\tindrykket"), "'\tindrykket");
  EXPECT_EQ(cell("\rx"), "\"'\rx\"");
  EXPECT_EQ(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(cell("a=b"), "a=b");
}

TEST(CsvWriter, NeutralisationCanBeTurnedOff) {
  const csv_options raw{',', false, false, false};
  EXPECT_EQ(cell("=SUM(A1)", raw), "=SUM(A1)");
}

TEST(CsvWriter, BytesThatAreNotUtf8BecomeReplacementCharacters) {
  const std::string latin1 =
      "m\xF8"
      "de";
  EXPECT_EQ(cell(latin1),
            "m\xEF\xBF\xBD"
            "de");
  EXPECT_EQ(cell("\"" + latin1 + "\""),
            "\"\"\"m\xEF\xBF\xBD"
            "de\"\"\"");
}

TEST(CsvWriter, RecordsEndInCrlfAndListsUseOneLinePerValue) {
  std::string out;
  const csv_options defaults{};
  row_writer(out, defaults).number(7).flag(true).list({"23/1", "23/2"}).list({}).real(0.5).end();
  EXPECT_EQ(out, "7,true,\"23/1\n23/2\",,0.5\r\n");
}

// A row of many cells, short and long (both sides of what the row's buffer
// takes in place), plain, quoted, scrubbed and formula-like, and numbers,
// fills and hands on the row_writer's buffer many times: the row is its
// cells, each as written alone, between separators.
TEST(CsvWriter, LongRowsAreTheirCellsInOrder) {
  std::mt19937 random(9);
  const std::string alphabet = std::string("ab ,\"\n\r=\xC3\xA6\xFF-", 12);
  for (int round = 0; round < 200; ++round) {
    std::string out;
    std::string expected;
    // Named: row_writer keeps a reference to its options, so a temporary's
    // would die with this statement.
    const csv_options options{};
    row_writer row(out, options);
    const int cells = 1 + static_cast<int>(random() % 60);
    for (int i = 0; i < cells; ++i) {
      if (i != 0) expected.push_back(',');
      if (random() % 5 == 0) {
        const std::uint64_t value = random() >> (random() % 32);
        row.number(value);
        expected += std::to_string(value);
        continue;
      }
      // Long cells mostly plain (so buffered when at most 256 bytes), short
      // ones with any of the characters a cell treats specially.
      const bool long_cell = random() % 3 == 0;
      const std::size_t length = long_cell ? 200 + random() % 100 : random() % 20;
      const std::size_t specials = long_cell ? 400 : 8;
      std::string value;
      for (std::size_t j = 0; j < length; ++j)
        value.push_back(random() % specials == 0 ? alphabet[random() % alphabet.size()] : 'x');
      row.text(value);
      expected += cell(value);
    }
    row.end();
    ASSERT_EQ(out, expected + "\r\n");
  }
}

// A document's key is made into its cell once (cell_of) and copied into
// every row (cell): the row holds the bytes text() writes for it, whatever
// the key needs (quotes, an apostrophe, U+FFFD) and however long, in a row
// whose buffer is empty or nearly full.
TEST(CsvWriter, APreparedCellIsWhatTextWrites) {
  const std::string long_plain(600, 'k');
  const std::string long_quoted = std::string(300, 'k') + ",\"" + std::string(300, 'q');
  for (const csv_options options :
       {csv_options{}, csv_options{.separator = ';'}, csv_options{.neutralize_formulas = false}}) {
    for (const std::string& key :
         {std::string("3f2a_referat"), std::string(), std::string("a,b"), std::string("a;b"),
          std::string("say \"hi\""), std::string("=SUM(A1)"), std::string("-1"),
          std::string("line\nbreak"), std::string("bad \xFF byte"), std::string(500, 'x'),
          long_plain, long_quoted}) {
      const std::string before(key.size() % 3 == 0 ? 10 : 500, 'b');  // fills the buffer or not
      std::string by_text;
      std::string by_cell;
      row_writer(by_text, options).text(before).text(key).text("x").end();
      row_writer(by_cell, options)
          .text(before)
          .cell(row_writer::cell_of(key, options))
          .text("x")
          .end();
      EXPECT_EQ(by_cell, by_text) << key;
    }
  }
}

TEST(CsvWriter, EmptyCellsAreTheSeparatorAlone) {
  std::string out;
  const csv_options defaults{};
  row_writer(out, defaults).text("").text("a").text("").text("").number(3).text("").end();
  EXPECT_EQ(out, ",a,,,3,\r\n");
  const csv_options excel{';', true, true, false};
  std::string semicolons;
  row_writer(semicolons, excel).text("").text("").end();
  EXPECT_EQ(semicolons, ";\r\n");
}

TEST(CsvWriter, ListsJoinEveryValueEmptyOrNot) {
  std::string out;
  const csv_options defaults{};
  row_writer(out, defaults)
      .list({"", "b"})
      .list({"=a", "b", "", "c\"d"})
      .list({})
      .list({"", ""})
      .end();
  EXPECT_EQ(out, "\"\nb\",\"'=a\nb\n\nc\"\"d\",,\"\n\"\r\n");
}

TEST(CsvWriter, SeparatorParameterAcceptsPunctuationAndTab) {
  EXPECT_EQ(parse_separator(","), ',');
  EXPECT_EQ(parse_separator(";"), ';');
  EXPECT_EQ(parse_separator("|"), '|');
  EXPECT_EQ(parse_separator("tab"), '\t');
  EXPECT_THROW(parse_separator("\""), std::invalid_argument);
  EXPECT_THROW(parse_separator("'"), std::invalid_argument);
  EXPECT_THROW(parse_separator("a"), std::invalid_argument);
  EXPECT_THROW(parse_separator(""), std::invalid_argument);
  EXPECT_THROW(parse_separator(";;"), std::invalid_argument);
}

TEST(CsvWriter, HeadersNameTheDocumentKeyFirst) {
  for (const table t : {table::meetings, table::items, table::entities, table::attendance,
                        table::votes, table::vote_counts}) {
    EXPECT_EQ(protokol::csv_export::header(t, {}).substr(0, 9), "document,");
  }
  EXPECT_EQ(protokol::csv_export::header(table::votes, {}), "document,item,side,voter\r\n");
}

TEST(CsvWriter, PublicModeWithholdsClosedRowsButKeepsTheItemHead) {
  const protokol::document doc = protokol::export_testing::sample_meeting();
  const auto rows = protokol::csv_export::to_rows(doc, csv_options{',', true, false, true});
  const std::string& items = rows[static_cast<std::size_t>(table::items)];
  EXPECT_NE(items.find("ballerup-ebu-2023-03-14,4,Personalesag,true,23/4711,,,,,"),
            std::string::npos);
  EXPECT_EQ(rows[static_cast<std::size_t>(table::votes)].find(",4,"), std::string::npos);
  EXPECT_EQ(rows[static_cast<std::size_t>(table::vote_counts)].find(",4,"), std::string::npos);
  EXPECT_EQ(rows[static_cast<std::size_t>(table::attendance)].find(",4,"), std::string::npos);
}

TEST(CsvWriter, VoteCountsHaveARowPerItemThatIsUnanimousOrCounted) {
  protokol::document doc = protokol::export_testing::sample_meeting();
  for (protokol::item& it : doc.items) it.votes = {};
  doc.items[0].votes.unanimous = true;
  doc.items[1].votes.for_count = 15;
  doc.items[1].votes.abstained_count = 0;
  const auto rows = protokol::csv_export::to_rows(doc, {});
  EXPECT_EQ(rows[static_cast<std::size_t>(table::vote_counts)],
            "ballerup-ebu-2023-03-14," + doc.items[0].number + ",true,,,\r\n" +
                "ballerup-ebu-2023-03-14," + doc.items[1].number + ",false,15,,0\r\n");
}

}  // namespace

namespace {

TEST(CsvWriter, ItemRowsOfAPagedSourceEndWithThePage) {
  const auto rows = protokol::csv_export::to_rows(protokol::export_testing::paged_meeting(), {});
  const std::string& items = rows[static_cast<std::size_t>(table::items)];
  EXPECT_NE(items.find(",Godkendt.,,,"), std::string::npos) << items;
  EXPECT_NE(items.find(",1\r\n"), std::string::npos) << items;
  EXPECT_NE(items.find(",3\r\n"), std::string::npos) << items;
}

}  // namespace
