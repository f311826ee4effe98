#include "sqlite_store.hpp"

namespace protokol::sqlite_export {

struct store::open_database {
  // Declared first, destroyed last: the writer's statements go before it.
  connection db;
  document_writer writer;

  open_database(const std::filesystem::path& file, const store_options& options,
                const settings& wanted)
      : db(file, true), writer(configured(db, options, wanted)) {}

  // WAL lets readers query while a run writes, and makes each commit one
  // append; a killed process leaves the last committed documents. NORMAL
  // loses at most the last commits on power failure, never consistency.
  static connection& configured(connection& db, const store_options& options,
                                const settings& wanted) {
    // Isolated workers (`run --isolate -j 2`) open a new file at the same
    // moment; the switch to WAL may then be BUSY at once, without the busy
    // timeout.
    db.exec_when_free("PRAGMA journal_mode = WAL");
    db.exec(options.durable ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA foreign_keys = ON");
    // Each document is its own commit, re-writing the index pages it touches
    // into the log: checkpointing every 64 MB instead of 4 MB (and a 64 MB
    // cache) copies a page hit by many documents back once, not many times
    // (a fifth less written on the corpus benchmark).
    db.exec("PRAGMA wal_autocheckpoint = 16384");
    db.exec("PRAGMA cache_size = -65536");
    claim_database(db, wanted);
    return db;
  }
};

store::store(std::filesystem::path file, store_options options)
    : file_(std::move(file)), options_(options), settings_(settings_for(options.public_mode)) {
  check_database(file_, settings_);
}

store::~store() = default;

store::open_database& store::open() {
  if (!db_) db_ = std::make_unique<open_database>(file_, options_, settings_);
  return *db_;
}

void store::replace(const document& doc) {
  const std::lock_guard<std::mutex> lock(mutex_);
  open_database& open_db = open();
  transaction t(open_db.db);
  open_db.writer.erase(doc.key);
  open_db.writer.insert(doc, options_.public_mode);
  t.commit();
}

void store::remove(const std::string& key) {
  const std::lock_guard<std::mutex> lock(mutex_);
  if (!db_ && !std::filesystem::exists(file_)) return;
  open_database& open_db = open();
  transaction t(open_db.db);
  open_db.writer.erase(key);
  t.commit();
}

void store::finish() {
  const std::lock_guard<std::mutex> lock(mutex_);
  // Under `run --isolate` worker processes wrote the documents and this
  // instance none: it opens their file, so their log is folded in too.
  if (!db_ && !std::filesystem::exists(file_)) return;
  open().db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

}  // namespace protokol::sqlite_export
