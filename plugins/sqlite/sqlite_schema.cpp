#include "sqlite_schema.hpp"

#include <protokol/document.hpp>
#include <stdexcept>

namespace protokol::sqlite_export {
namespace {

// Foreign keys from every table lead (directly or through items) to
// documents(key) with ON DELETE CASCADE: deleting a document row removes
// everything it contributed, which is how upsert and purge work. Every
// foreign-key column is the first column of an index, so a cascade never
// scans a whole table.
constexpr std::string_view schema = R"sql(
CREATE TABLE meta (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE documents (
  key        TEXT PRIMARY KEY,
  path       TEXT NOT NULL,
  sha256     TEXT NOT NULL,
  bytes      INTEGER NOT NULL,
  format     TEXT,
  dialect    TEXT,
  encoding   TEXT,
  confidence REAL NOT NULL
);

CREATE TABLE meetings (
  document     TEXT PRIMARY KEY REFERENCES documents(key) ON DELETE CASCADE,
  title        TEXT,
  committee    TEXT,
  municipality TEXT,
  date         TEXT,
  start_time   TEXT,
  location     TEXT,
  front_matter TEXT
);
CREATE INDEX meetings_committee_date ON meetings(committee, date);
CREATE INDEX meetings_date ON meetings(date);

CREATE TABLE items (
  id           INTEGER PRIMARY KEY,
  document     TEXT NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  number       TEXT NOT NULL,
  title        TEXT NOT NULL,
  closed       INTEGER NOT NULL CHECK (closed IN (0, 1)),
  withheld     INTEGER NOT NULL CHECK (withheld IN (0, 1)),
  decision     TEXT,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  page         INTEGER,
  UNIQUE (document, position)
);

CREATE TABLE sections (
  id           INTEGER PRIMARY KEY,
  item_id      INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  heading      TEXT NOT NULL,
  kind         TEXT NOT NULL,
  text         TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  UNIQUE (item_id, position)
);
CREATE INDEX sections_kind ON sections(kind);

CREATE TABLE case_numbers (
  item_id  INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  value    TEXT NOT NULL,
  PRIMARY KEY (item_id, position)
) WITHOUT ROWID;
CREATE INDEX case_numbers_value ON case_numbers(value);

CREATE TABLE document_numbers (
  item_id  INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  value    TEXT NOT NULL,
  PRIMARY KEY (item_id, position)
) WITHOUT ROWID;
CREATE INDEX document_numbers_value ON document_numbers(value);

CREATE TABLE attachments (
  item_id  INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name     TEXT NOT NULL,
  PRIMARY KEY (item_id, position)
) WITHOUT ROWID;

CREATE TABLE votes (
  item_id  INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  side     TEXT NOT NULL CHECK (side IN ('for', 'against', 'abstained')),
  position INTEGER NOT NULL,
  voter    TEXT NOT NULL,
  PRIMARY KEY (item_id, side, position)
) WITHOUT ROWID;
CREATE INDEX votes_voter ON votes(voter);

CREATE TABLE attendance (
  id       INTEGER PRIMARY KEY,
  document TEXT NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
  item_id  INTEGER REFERENCES items(id) ON DELETE CASCADE,
  name     TEXT NOT NULL,
  party    TEXT,
  role     TEXT,
  status   TEXT NOT NULL
);
CREATE INDEX attendance_document ON attendance(document);
CREATE INDEX attendance_item ON attendance(item_id);
CREATE INDEX attendance_name ON attendance(name);
CREATE INDEX attendance_party ON attendance(party);

CREATE TABLE entities (
  id           INTEGER PRIMARY KEY,
  document     TEXT NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  type         TEXT NOT NULL,
  text         TEXT NOT NULL,
  value        TEXT NOT NULL,
  item         TEXT,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  party        TEXT,
  role         TEXT,
  style        TEXT,
  UNIQUE (document, position)
);
CREATE INDEX entities_type_value ON entities(type, value);
CREATE INDEX entities_party ON entities(party) WHERE party IS NOT NULL;

CREATE TABLE warnings (
  document TEXT NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  message  TEXT NOT NULL,
  PRIMARY KEY (document, position)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE items_fts USING fts5(
  title, body,
  tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
  DELETE FROM items_fts WHERE rowid = old.id;
END;
)sql";

// Schema 2 (2026-12-03) added this table, last so that a database of schema
// 1 becomes one of schema 2 by running it (migrate_to_current).
constexpr std::string_view vote_counts_table = R"sql(
CREATE TABLE vote_counts (
  item_id         INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  unanimous       INTEGER NOT NULL CHECK (unanimous IN (0, 1)),
  for_count       INTEGER,
  against_count   INTEGER,
  abstained_count INTEGER
);
)sql";

std::string describe_difference(const std::string& name, const std::string& recorded,
                                const std::string& wanted) {
  return name + "=" + recorded + ", this stage has " + name + "=" + wanted;
}

[[noreturn]] void refuse(const std::string& file, const std::string& why) {
  throw std::runtime_error(file + " holds output written with " + why +
                           "; use another output folder, or delete this file to re-export "
                           "everything");
}

// A file with no tables is a claim a kill interrupted before its first
// commit (or an empty file someone made): nothing in it to protect.
bool holds_nothing(connection& db) {
  statement query = db.prepare("SELECT count(*) FROM sqlite_schema");
  query.step();
  const bool empty = query.integer(0) == 0;
  query.run();
  return empty;
}

std::string recorded_setting(connection& db, const std::string& name) {
  statement query = db.prepare("SELECT value FROM meta WHERE name = ?1");
  query.bind(1, name);
  std::string recorded = "(unset)";
  if (query.step()) {
    recorded = query.text(0);
    query.run();
  }
  return recorded;
}

// The schema versions a database is brought up from (by migrate_to_current)
// instead of refused.
bool migratable(const std::string& name, const std::string& recorded) {
  return name == "schema_version" && recorded == "1";
}

void compare_settings(connection& db, const settings& wanted) {
  if (!db.has_table("meta")) refuse(db.file(), "no protokol settings (no meta table)");
  for (const auto& [name, value] : wanted) {
    const std::string recorded = recorded_setting(db, name);
    if (recorded != value && !migratable(name, recorded))
      refuse(db.file(), describe_difference(name, recorded, value));
  }
}

// Schema 1 to 2: the vote_counts table. Documents exported before have no
// rows in it until they are exported again.
void migrate_to_current(connection& db) {
  if (recorded_setting(db, "schema_version") != "1") return;
  db.exec(vote_counts_table);
  db.exec("UPDATE meta SET value = '" + std::to_string(schema_version) +
          "' WHERE name = 'schema_version'");
  db.exec("PRAGMA user_version = " + std::to_string(schema_version));
}

}  // namespace

std::string_view schema_sql() {
  static const std::string whole = std::string(schema) + std::string(vote_counts_table);
  return whole;
}

settings settings_for(bool public_mode) {
  return {{"schema_version", std::to_string(schema_version)},
          {"document_schema", document_schema_version},
          {"public", public_mode ? "true" : "false"}};
}

void check_database(const std::filesystem::path& file, const settings& wanted) {
  if (!std::filesystem::exists(file)) return;
  connection db(file, false);
  if (!holds_nothing(db)) compare_settings(db, wanted);
}

void claim_database(connection& db, const settings& wanted) {
  transaction claim(db);
  if (!holds_nothing(db)) {
    compare_settings(db, wanted);
    migrate_to_current(db);
    claim.commit();
    return;
  }
  db.exec(schema_sql());
  statement insert = db.prepare("INSERT INTO meta (name, value) VALUES (?1, ?2)");
  for (const auto& [name, value] : wanted) insert.bind(1, name).bind(2, value).run();
  db.exec("PRAGMA user_version = " + std::to_string(schema_version));
  claim.commit();
}

}  // namespace protokol::sqlite_export
