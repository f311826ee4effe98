// sqlite_store.hpp: OUTDIR/protokol.sqlite as the stage uses it from several
// threads: one connection, opened with the first write, behind a mutex.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <protokol/document.hpp>
#include <string>

#include "sqlite_db.hpp"
#include "sqlite_schema.hpp"
#include "sqlite_writer.hpp"

namespace protokol::sqlite_export {

/// How the database is written.
struct store_options {
  bool public_mode = false;  ///< withhold closed items' bodies (public_view)
  bool durable = true;       ///< synchronous=FULL (each commit on disk), else NORMAL
};

/// The database of one run. Constructing it only checks an existing file's
/// settings (throwing like check_database); the file is created with the
/// first document, so a refused or empty run leaves nothing behind.
class store {
 public:
  store(std::filesystem::path file, store_options options);
  ~store();
  store(const store&) = delete;
  store& operator=(const store&) = delete;

  /// Replaces every row of `doc.key` with the rows of `doc`, in one
  /// transaction: readers and a crash see the old rows or the new, never a mix.
  void replace(const document& doc);
  /// Deletes every row of `key`; nothing to do when the file does not exist.
  void remove(const std::string& key);
  /// Checkpoints the write-ahead log into the database file, so the file
  /// alone holds everything once the run is over; also what other
  /// processes wrote into it (isolated workers).
  void finish();

 private:
  struct open_database;
  open_database& open();

  std::filesystem::path file_;
  store_options options_;
  settings settings_;
  std::mutex mutex_;
  std::unique_ptr<open_database> db_;
};

}  // namespace protokol::sqlite_export
