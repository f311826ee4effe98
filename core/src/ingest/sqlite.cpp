#include "sqlite.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <string_view>

#include "../hex.hpp"

namespace protokol::ingest {

namespace {

[[noreturn]] void fail(sqlite3* db, const std::string& file) {
  throw state_error("state " + file + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

// "file:" URI of `path` with SQLite's query and fragment characters escaped.
std::string file_uri(const std::string& path, std::string_view query) {
  std::string uri = "file:";
  for (const char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      append_percent_escape(uri, static_cast<unsigned char>(c));
    } else {
      uri += c;
    }
  }
  uri += '?';
  uri += query;
  return uri;
}

sqlite3* open(const std::string& target, int flags, const std::string& file) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(target.c_str(), &db, flags | SQLITE_OPEN_FULLMUTEX, nullptr) != SQLITE_OK) {
    const std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    throw state_error("state " + file + ": " + message);
  }
  return db;
}

}  // namespace

statement::statement(sqlite3* db, std::string_view sql, const std::string& file)
    : db_(db), file_(file) {
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) !=
      SQLITE_OK)
    fail(db_, file_);
}

statement::~statement() { sqlite3_finalize(stmt_); }

statement& statement::bind(int index, std::string_view text) {
  if (sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                        SQLITE_TRANSIENT) != SQLITE_OK)
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
  if (rc == SQLITE_DONE) return false;
  fail(db_, file_);
}

void statement::run() {
  while (step()) {
  }
}

std::string statement::text(int column) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
           : std::string();
}

std::int64_t statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }
double statement::real(int column) const { return sqlite3_column_double(stmt_, column); }
bool statement::is_null(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

database::database(const std::filesystem::path& file, bool create) : file_(file.string()) {
  const int flags = create ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
  db_ = open(file_, flags, file_);
  if (!create) {
    // A WAL state with no -shm beside it, in a folder this user may not
    // write (a monitoring account, a read-only mount or snapshot): SQLite
    // cannot set up the shared memory a reader needs. Without a -wal, or
    // with an empty one, no ingest is writing, so the file is read as it
    // stands (immutable), as `sqlite3 -readonly` would be asked to.
    const int probe =
        sqlite3_exec(db_, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) & 0xFF;
    std::error_code ec;
    const std::filesystem::path wal = file_ + "-wal";
    const bool no_wal =
        !std::filesystem::exists(wal, ec) || std::filesystem::file_size(wal, ec) == 0;
    if ((probe == SQLITE_READONLY || probe == SQLITE_CANTOPEN) && no_wal) {
      sqlite3_close_v2(db_);
      db_ = open(file_uri(file_, "immutable=1"), flags | SQLITE_OPEN_URI, file_);
    }
  }
  sqlite3_extended_result_codes(db_, 1);
  // Another reader (protokol status, a backup) may hold the file briefly.
  sqlite3_busy_timeout(db_, 5000);
}

database::~database() { sqlite3_close_v2(db_); }

void database::exec(std::string_view sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string message = error ? error : sqlite3_errmsg(db_);
    sqlite3_free(error);
    throw state_error("state " + file_ + ": " + message);
  }
}

std::int64_t database::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }

}  // namespace protokol::ingest
