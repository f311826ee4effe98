// docs/outputs-sqlite.md shows the schema the stage creates, verbatim.
#include <gtest/gtest.h>

#include "output_files.hpp"
#include "sqlite_schema.hpp"

namespace {

std::string trimmed(std::string_view text) {
  while (!text.empty() && text.front() == '\n') text.remove_prefix(1);
  while (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  return std::string(text);
}

TEST(SqliteDocs, SchemaInTheDocsIsTheSchemaCreated) {
  const std::string doc = protokol::export_testing::read_file(std::string(PROTOKOL_SOURCE_DIR) +
                                                              "/docs/outputs-sqlite.md");
  const std::string open = "```sql\n";
  const std::size_t start = doc.find(open);
  ASSERT_NE(start, std::string::npos);
  const std::size_t end = doc.find("\n```", start + open.size());
  ASSERT_NE(end, std::string::npos);
  EXPECT_EQ(trimmed(std::string_view(doc).substr(start + open.size(), end - start - open.size())),
            trimmed(protokol::sqlite_export::schema_sql()));
}

}  // namespace
