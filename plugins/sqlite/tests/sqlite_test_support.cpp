#include "sqlite_test_support.hpp"

#include <sqlite3.h>

namespace protokol::sqlite_export::testing {

std::vector<std::string> query(const std::filesystem::path& file, const std::string& sql) {
  std::vector<std::string> rows;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << file << ": " << sqlite3_errmsg(db);
    sqlite3_close(db);
    return rows;
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
    sqlite3_close(db);
    return rows;
  }
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    std::string row;
    for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
      if (c != 0) row += '|';
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
      row += text ? std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, c)))
                  : std::string("NULL");
    }
    rows.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return rows;
}

long long count(const std::filesystem::path& file, const std::string& sql) {
  const std::vector<std::string> rows = query(file, sql);
  if (rows.size() != 1) {
    ADD_FAILURE() << sql << " returned " << rows.size() << " rows";
    return -1;
  }
  return std::stoll(rows.front());
}

}  // namespace protokol::sqlite_export::testing
