// sqlite_db.hpp: a thin RAII layer over the SQLite C API, just what the
// exporter needs. Every failure throws std::runtime_error naming the file.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace protokol::sqlite_export {

/// One prepared statement, reusable: run() and rows() reset it for the next
/// use. Parameters are 1-based, columns 0-based.
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
  /// Binds "" as NULL: fields the minutes did not tell.
  statement& bind_optional(int index, std::string_view text);

  /// Advances; true while there is a row. After the last row the statement
  /// is reset with its bindings cleared.
  bool step();
  /// Runs a statement that returns no rows.
  void run();

  std::string text(int column) const;
  std::int64_t integer(int column) const;

 private:
  void reset();

  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  const std::string& file_;
};

/// An open database connection.
class connection {
 public:
  /// How long a busy database is waited for: SQLite's busy timeout, and
  /// exec_when_free()'s retries.
  static constexpr std::chrono::milliseconds default_busy_wait{10000};

  /// Opens `file` read-write; creates it when `create` is set.
  connection(const std::filesystem::path& file, bool create,
             std::chrono::milliseconds busy_wait = default_busy_wait);
  ~connection();
  connection(const connection&) = delete;
  connection& operator=(const connection&) = delete;

  void exec(std::string_view sql);
  /// Runs `sql`; false when the database stayed busy (SQLite returns BUSY
  /// at once, without the busy timeout, where waiting could deadlock: a
  /// switch to WAL while another process opens the same new file).
  bool try_exec(std::string_view sql);
  /// Runs `sql`, retrying while the database is busy for as long as the
  /// busy timeout would wait (busy_wait); then throws, naming the file.
  void exec_when_free(std::string_view sql);
  statement prepare(std::string_view sql) { return statement(db_, sql, file_); }
  std::int64_t last_insert_id() const;
  /// True when a table (or view) of that name exists.
  bool has_table(std::string_view name);
  const std::string& file() const { return file_; }

 private:
  sqlite3* db_ = nullptr;
  std::string file_;
  std::chrono::milliseconds busy_wait_;
};

/// BEGIN IMMEDIATE on construction (the write lock at once, so a writer
/// never fails half-way on a busy database); ROLLBACK unless committed.
class transaction {
 public:
  explicit transaction(connection& db);
  ~transaction();
  transaction(const transaction&) = delete;
  transaction& operator=(const transaction&) = delete;
  void commit();

 private:
  connection& db_;
  bool done_ = false;
};

}  // namespace protokol::sqlite_export
