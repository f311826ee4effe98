#include "sqlite_db.hpp"

#include <sqlite3.h>

#include <chrono>
#include <thread>
#include <utf8/utf8.hpp>

namespace protokol::sqlite_export {
namespace {

[[noreturn]] void fail(sqlite3* db, const std::string& file) {
  throw std::runtime_error("sqlite: " + file + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

}  // namespace

statement::statement(sqlite3* db, std::string_view sql, const std::string& file)
    : db_(db), file_(file) {
  if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                         &stmt_, nullptr) != SQLITE_OK)
    fail(db_, file_);
}

statement::~statement() { sqlite3_finalize(stmt_); }

statement& statement::bind(int index, std::string_view text) {
  // SQLite stores ill-formed UTF-8 as given and its functions (FTS5, lower,
  // the sqlite3 shell) then behave undefined: replace it, as the JSON and
  // CSV writers do.
  if (!utf8::is_valid_utf8(text)) {
    std::string scrubbed;
    utf8::append_scrubbed_utf8(scrubbed, text);
    if (sqlite3_bind_text64(stmt_, index, scrubbed.data(), scrubbed.size(), SQLITE_TRANSIENT,
                            SQLITE_UTF8) != SQLITE_OK)
      fail(db_, file_);
    return *this;
  }
  // SQLITE_STATIC: callers keep the text alive until the statement has run.
  if (sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8) !=
      SQLITE_OK)
    fail(db_, file_);
  return *this;
}

statement& statement::bind(int index, std::int64_t value) {
  if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) fail(db_, file_);
  return *this;
}

statement& statement::bind(int index, double value) {
  if (sqlite3_bind_double(stmt_, index, value) != SQLITE_OK) fail(db_, file_);
  return *this;
}

statement& statement::bind_null(int index) {
  if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) fail(db_, file_);
  return *this;
}

statement& statement::bind_optional(int index, std::string_view text) {
  return text.empty() ? bind_null(index) : bind(index, text);
}

bool statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  reset();
  if (rc == SQLITE_DONE) return false;
  fail(db_, file_);
}

void statement::run() {
  while (step()) {
  }
}

void statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string statement::text(int column) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
           : std::string();
}

std::int64_t statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }

connection::connection(const std::filesystem::path& file, bool create,
                       std::chrono::milliseconds busy_wait)
    : file_(file.string()), busy_wait_(busy_wait) {
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  if (sqlite3_open_v2(file_.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    throw std::runtime_error("sqlite: " + file_ + ": " + message);
  }
  // Readers (sqlite3, a dashboard) may hold the file for a moment.
  sqlite3_busy_timeout(db_, static_cast<int>(busy_wait_.count()));
  sqlite3_extended_result_codes(db_, 1);
}

connection::~connection() { sqlite3_close(db_); }

void connection::exec(std::string_view sql) {
  const std::string text(sql);
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) fail(db_, file_);
}

bool connection::try_exec(std::string_view sql) {
  const std::string text(sql);
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) return true;
  if ((rc & 0xff) == SQLITE_BUSY) return false;
  fail(db_, file_);
}

void connection::exec_when_free(std::string_view sql) {
  using clock = std::chrono::steady_clock;
  const auto deadline = clock::now() + busy_wait_;
  while (!try_exec(sql)) {
    // Busy still: SQLite's "database is locked", naming the file. Not one
    // more exec(), which would wait the busy timeout over again.
    if (clock::now() > deadline) fail(db_, file_);
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

std::int64_t connection::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }

bool connection::has_table(std::string_view name) {
  statement query(db_, "SELECT 1 FROM sqlite_schema WHERE name = ?1", file_);
  query.bind(1, name);
  const bool found = query.step();
  if (found) query.run();
  return found;
}

// Another process opening or switching the same file can make BEGIN BUSY at
// once, without the busy timeout; it is retried as the timeout would wait.
transaction::transaction(connection& db) : db_(db) { db_.exec_when_free("BEGIN IMMEDIATE"); }

transaction::~transaction() {
  if (done_) return;
  try {
    db_.exec("ROLLBACK");
  } catch (const std::exception&) {
    // SQLite has rolled back already when a statement failed with an I/O or
    // full-disk error; there is nothing more to undo.
  }
}

void transaction::commit() {
  db_.exec("COMMIT");
  done_ = true;
}

}  // namespace protokol::sqlite_export
