#include "state_store.hpp"

#include <array>
#include <utility>

#include "../pipeline_runner.hpp"

namespace protokol::ingest {

namespace {

// "PKOL": marks a SQLite file as a protokol state, so a wrong --state is
// refused instead of being written into.
constexpr std::int64_t application_id = 0x504b4f4c;

constexpr std::array<std::pair<doc_status, const char*>, 6> status_names = {{
    {doc_status::fresh, "new"},
    {doc_status::exported, "exported"},
    {doc_status::quarantined, "quarantined"},
    {doc_status::parked, "parked"},
    {doc_status::removed, "removed"},
    {doc_status::replaced, "replaced"},
}};

struct count_column {
  const char* name;
  std::int64_t run_counts::*member;
};

constexpr std::array<count_column, 19> count_columns = {{
    {"files", &run_counts::files},
    {"processed", &run_counts::processed},
    {"exported", &run_counts::exported},
    {"quarantined", &run_counts::quarantined},
    {"parked", &run_counts::parked},
    {"skipped", &run_counts::skipped},
    {"skipped_fast", &run_counts::skipped_fast},
    {"hashed", &run_counts::hashed},
    {"new", &run_counts::fresh},
    {"changed", &run_counts::changed},
    {"moved", &run_counts::moved},
    {"reprocessed", &run_counts::reprocessed},
    {"retried", &run_counts::retried},
    {"removed", &run_counts::removed},
    {"purged", &run_counts::purged},
    {"pending", &run_counts::pending},
    {"duplicates", &run_counts::duplicates},
    {"unreadable", &run_counts::unreadable},
    {"recovered", &run_counts::recovered},
}};

std::string count_columns_sql(const char* suffix) {
  std::string out;
  for (const auto& c : count_columns) out += std::string(", ") + c.name + suffix;
  return out;
}

const std::string schema_v1 = R"(
CREATE TABLE documents (
  sha256 TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  key TEXT,
  bytes INTEGER NOT NULL,
  status TEXT NOT NULL,
  in_flight INTEGER NOT NULL DEFAULT 0,
  pipeline TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt INTEGER,
  error_stage TEXT,
  error_message TEXT,
  purged INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT NOT NULL,
  updated TEXT NOT NULL);
CREATE INDEX documents_by_path ON documents(path);
CREATE TABLE files (
  path TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime_ns INTEGER NOT NULL,
  ctime_ns INTEGER NOT NULL,
  sha256 TEXT NOT NULL);
CREATE TABLE pending (
  path TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime_ns INTEGER NOT NULL,
  first_seen_ns INTEGER NOT NULL);
CREATE TABLE history (
  id INTEGER PRIMARY KEY,
  run INTEGER,
  time TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  path TEXT,
  key TEXT,
  event TEXT NOT NULL,
  detail TEXT);
CREATE INDEX history_by_document ON history(sha256);
CREATE TABLE meta (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL);
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started TEXT NOT NULL,
  finished TEXT,
  seconds REAL,
  pid INTEGER,
  host TEXT,
  pipeline TEXT,
  fingerprint TEXT,
  exit_code INTEGER)" + count_columns_sql(" INTEGER NOT NULL DEFAULT 0") +
                              ");\n";

document_record read_document(const statement& s) {
  document_record d;
  d.sha256 = s.text(0);
  d.path = s.text(1);
  d.key = s.text(2);
  d.bytes = static_cast<std::uint64_t>(s.integer(3));
  d.status = status_from_string(s.text(4));
  d.in_flight = s.integer(5) != 0;
  d.pipeline = s.text(6);
  d.attempts = static_cast<int>(s.integer(7));
  d.next_attempt = s.integer(8);
  d.error_stage = s.text(9);
  d.error_message = s.text(10);
  d.purged = s.integer(11) != 0;
  d.first_seen = s.text(12);
  d.updated = s.text(13);
  return d;
}

}  // namespace

std::string to_string(doc_status status) {
  for (const auto& [s, name] : status_names)
    if (s == status) return name;
  return "?";
}

doc_status status_from_string(const std::string& text) {
  for (const auto& [s, name] : status_names)
    if (text == name) return s;
  throw state_error("unknown document status '" + text + "' in state");
}

void state_writer::put(const document_record& d) {
  db_.prepare(
         "INSERT OR REPLACE INTO documents (sha256, path, key, bytes, status, in_flight, pipeline, "
         "attempts, "
         "next_attempt, error_stage, error_message, purged, first_seen, updated) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
      .bind(1, d.sha256)
      .bind(2, d.path)
      .bind_optional(3, d.key)
      .bind(4, static_cast<std::int64_t>(d.bytes))
      .bind(5, to_string(d.status))
      .bind(6, std::int64_t{d.in_flight})
      .bind_optional(7, d.pipeline)
      .bind(8, std::int64_t{d.attempts})
      .bind(9, d.next_attempt)
      .bind_optional(10, d.error_stage)
      .bind_optional(11, d.error_message)
      .bind(12, std::int64_t{d.purged})
      .bind(13, d.first_seen.empty() ? utc_timestamp() : d.first_seen)
      .bind(14, utc_timestamp())
      .run();
}

void state_writer::erase_document(const std::string& sha256) {
  db_.prepare("DELETE FROM documents WHERE sha256 = ?1").bind(1, sha256).run();
}

void state_writer::event(const history_event& e) {
  db_.prepare(
         "INSERT INTO history (run, time, sha256, path, key, event, detail) VALUES (?1, ?2, ?3, "
         "?4, ?5, ?6, ?7)")
      .bind(1, run_id_)
      .bind(2, utc_timestamp())
      .bind(3, e.sha256)
      .bind_optional(4, e.path)
      .bind_optional(5, e.key)
      .bind(6, e.event)
      .bind_optional(7, e.detail)
      .run();
}

void state_writer::put_file(const file_record& f) {
  db_.prepare(
         "INSERT OR REPLACE INTO files (path, size, mtime_ns, ctime_ns, sha256) VALUES (?1, ?2, "
         "?3, ?4, ?5)")
      .bind(1, f.path)
      .bind(2, f.size)
      .bind(3, f.mtime_ns)
      .bind(4, f.ctime_ns)
      .bind(5, f.sha256)
      .run();
}

void state_writer::erase_file(const std::string& path) {
  db_.prepare("DELETE FROM files WHERE path = ?1").bind(1, path).run();
}

void state_writer::put_pending(const pending_record& p) {
  db_.prepare(
         "INSERT OR REPLACE INTO pending (path, size, mtime_ns, first_seen_ns) VALUES (?1, ?2, ?3, "
         "?4)")
      .bind(1, p.path)
      .bind(2, p.size)
      .bind(3, p.mtime_ns)
      .bind(4, p.first_seen_ns)
      .run();
}

void state_writer::erase_pending(const std::string& path) {
  db_.prepare("DELETE FROM pending WHERE path = ?1").bind(1, path).run();
}

void state_writer::set_meta(const std::string& name, const std::string& value) {
  db_.prepare("INSERT OR REPLACE INTO meta (name, value) VALUES (?1, ?2)")
      .bind(1, name)
      .bind(2, value)
      .run();
}

state_store::state_store(const std::filesystem::path& file, bool writable) : file_(file) {
  db_ = std::make_unique<database>(file, writable);
  // Each query in its own statement, finalized at once: an unfinished one
  // holds a read transaction, and the journal mode cannot change under it.
  const auto number = [&](const char* sql) {
    auto s = db_->prepare(sql);
    return s.step() ? s.integer(0) : std::int64_t{0};
  };
  const std::int64_t found_id = number("PRAGMA application_id");
  version_ = static_cast<int>(number("PRAGMA user_version"));
  const bool empty = number("SELECT count(*) FROM sqlite_master") == 0;
  if (!(empty && version_ == 0) && found_id != application_id)
    throw state_error("state " + file_.string() + ": not a protokol state file");
  if (version_ > state_schema_version)
    throw state_error("state " + file_.string() + ": written by a newer protokol (schema " +
                      std::to_string(version_) + "; this one reads up to " +
                      std::to_string(state_schema_version) + ")");
  if (!writable) {
    if (empty) throw state_error("state " + file_.string() + ": empty (no ingest has run)");
    return;
  }
  db_->exec("PRAGMA journal_mode=WAL");
  // FULL: a commit is on disk when it returns, so a committed "exported"
  // survives a power loss as surely as the output it describes.
  db_->exec("PRAGMA synchronous=FULL");
  migrate();
}

void state_store::migrate() {
  if (version_ == state_schema_version) return;
  db_->exec("BEGIN IMMEDIATE");
  try {
    if (version_ == 0) {
      db_->exec(schema_v1);
      db_->exec("PRAGMA application_id=" + std::to_string(application_id));
    }
    // Later versions: `if (version_ < 2) { ALTER TABLE ... }` and so on.
    db_->exec("PRAGMA user_version=" + std::to_string(state_schema_version));
    db_->exec("COMMIT");
  } catch (...) {
    db_->exec("ROLLBACK");
    throw;
  }
  version_ = state_schema_version;
}

void state_store::write(const std::function<void(state_writer&)>& fn, durability d) {
  {
    std::lock_guard lock(mutex_);
    // Per connection and cheap to change; FULL is the setting between writes.
    const bool relaxed = d == durability::process;
    if (relaxed) db_->exec("PRAGMA synchronous=NORMAL");
    db_->exec("BEGIN IMMEDIATE");
    try {
      state_writer writer(*db_, run_id_);
      fn(writer);
      db_->exec("COMMIT");
    } catch (...) {
      try {
        db_->exec("ROLLBACK");
        if (relaxed) db_->exec("PRAGMA synchronous=FULL");
      } catch (const state_error&) {
        // The first error is the one worth reporting.
      }
      throw;
    }
    if (relaxed) db_->exec("PRAGMA synchronous=FULL");
  }
  if (on_commit_) on_commit_();
}

std::vector<document_record> state_store::documents() {
  std::lock_guard lock(mutex_);
  std::vector<document_record> out;
  auto s = db_->prepare(
      "SELECT sha256, path, key, bytes, status, in_flight, pipeline, attempts, next_attempt, "
      "error_stage, "
      "error_message, purged, first_seen, updated FROM documents ORDER BY path, sha256");
  while (s.step()) out.push_back(read_document(s));
  return out;
}

std::unordered_map<std::string, file_record> state_store::files() {
  std::lock_guard lock(mutex_);
  std::unordered_map<std::string, file_record> out;
  auto s = db_->prepare("SELECT path, size, mtime_ns, ctime_ns, sha256 FROM files");
  while (s.step()) {
    file_record f{s.text(0), s.integer(1), s.integer(2), s.integer(3), s.text(4)};
    out.emplace(f.path, std::move(f));
  }
  return out;
}

std::unordered_map<std::string, pending_record> state_store::pending() {
  std::lock_guard lock(mutex_);
  std::unordered_map<std::string, pending_record> out;
  auto s = db_->prepare("SELECT path, size, mtime_ns, first_seen_ns FROM pending");
  while (s.step()) {
    pending_record p{s.text(0), s.integer(1), s.integer(2), s.integer(3)};
    out.emplace(p.path, std::move(p));
  }
  return out;
}

std::string state_store::meta(const std::string& name) {
  std::lock_guard lock(mutex_);
  auto s = db_->prepare("SELECT value FROM meta WHERE name = ?1");
  s.bind(1, name);
  return s.step() ? s.text(0) : std::string();
}

state_totals state_store::totals() {
  std::lock_guard lock(mutex_);
  state_totals t;
  for (const auto& [status, name] : status_names) t.by_status[name] = 0;
  auto s = db_->prepare("SELECT status, count(*), sum(in_flight) FROM documents GROUP BY status");
  while (s.step()) {
    t.by_status[s.text(0)] = s.integer(1);
    t.in_flight += s.integer(2);
  }
  auto p = db_->prepare("SELECT count(*) FROM pending");
  if (p.step()) t.pending = p.integer(0);
  return t;
}

std::int64_t state_store::begin_run(const run_record& run) {
  std::lock_guard lock(mutex_);
  db_->prepare(
         "INSERT INTO runs (started, pid, host, pipeline, fingerprint) VALUES (?1, ?2, ?3, ?4, ?5)")
      .bind(1, run.started)
      .bind(2, run.pid)
      .bind(3, run.host)
      .bind(4, run.pipeline)
      .bind(5, run.fingerprint)
      .run();
  run_id_ = db_->last_insert_id();
  return run_id_;
}

void state_store::end_run(const run_record& run) {
  {
    std::lock_guard lock(mutex_);
    std::string sql = "UPDATE runs SET finished = ?1, seconds = ?2, exit_code = ?3";
    for (std::size_t i = 0; i < count_columns.size(); ++i)
      sql += std::string(", ") + count_columns[i].name + " = ?" + std::to_string(i + 5);
    sql += " WHERE id = ?4";
    auto s = db_->prepare(sql);
    s.bind(1, run.finished)
        .bind(2, run.seconds)
        .bind(3, std::int64_t{run.exit_code})
        .bind(4, run.id);
    for (std::size_t i = 0; i < count_columns.size(); ++i)
      s.bind(static_cast<int>(i + 5), run.counts.*(count_columns[i].member));
    s.run();
  }
  if (on_commit_) on_commit_();
}

void state_store::erase_run(std::int64_t id) {
  std::lock_guard lock(mutex_);
  db_->prepare("DELETE FROM runs WHERE id = ?1").bind(1, id).run();
}

std::vector<run_record> state_store::runs(std::size_t limit) {
  std::lock_guard lock(mutex_);
  std::vector<run_record> out;
  auto s = db_->prepare(
      "SELECT id, started, finished, seconds, pid, host, pipeline, fingerprint, exit_code" +
      count_columns_sql("") + " FROM runs ORDER BY id DESC LIMIT ?1");
  s.bind(1, static_cast<std::int64_t>(limit));
  while (s.step()) {
    run_record r;
    r.id = s.integer(0);
    r.started = s.text(1);
    r.finished = s.text(2);
    r.seconds = s.real(3);
    r.pid = s.integer(4);
    r.host = s.text(5);
    r.pipeline = s.text(6);
    r.fingerprint = s.text(7);
    r.exit_code = s.is_null(8) ? -1 : static_cast<int>(s.integer(8));
    for (std::size_t i = 0; i < count_columns.size(); ++i)
      r.counts.*(count_columns[i].member) = s.integer(static_cast<int>(i + 9));
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace protokol::ingest
