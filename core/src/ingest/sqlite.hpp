// sqlite: a thin RAII layer over the SQLite C API, just what the ingestion
// state needs. Every failure throws state_error naming the database file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace protokol::ingest {

/// The state file cannot be opened, read or written: an environment problem.
class state_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// One prepared statement; parameters are 1-based, columns 0-based.
class statement {
 public:
  statement(sqlite3* db, std::string_view sql, const std::string& file);
  ~statement();
  statement(const statement&) = delete;
  statement& operator=(const statement&) = delete;

  statement& bind(int index, std::string_view text);
  statement& bind(int index, std::int64_t value);
  statement& bind(int index, double value);
  statement& bind_null(int index);
  /// Binds "" as NULL: optional text columns.
  statement& bind_optional(int index, std::string_view text);

  /// Advances; true while there is a row.
  bool step();
  /// Runs a statement that returns no rows.
  void run();

  std::string text(int column) const;
  std::int64_t integer(int column) const;
  double real(int column) const;
  bool is_null(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  const std::string& file_;
};

/// An open database connection.
class database {
 public:
  /// Opens `file`; creates it when `create` is set, else opens read-only.
  database(const std::filesystem::path& file, bool create);
  ~database();
  database(const database&) = delete;
  database& operator=(const database&) = delete;

  void exec(std::string_view sql);
  statement prepare(std::string_view sql) { return statement(db_, sql, file_); }
  std::int64_t last_insert_id() const;
  const std::string& file() const { return file_; }

 private:
  sqlite3* db_ = nullptr;
  std::string file_;
};

}  // namespace protokol::ingest
