// sqlite_writer.hpp: one document's rows in the tables of sqlite_schema.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <protokol/document.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "sqlite_db.hpp"

namespace protokol::sqlite_export {

/// Prepared statements for one connection, reused for every document. Not
/// thread-safe: the stage calls it under its connection's mutex, inside a
/// transaction it holds.
class document_writer {
 public:
  explicit document_writer(connection& db);

  /// Deletes every row of document `key`: the documents row, and the rest
  /// (full-text rows included) by cascade and trigger.
  void erase(std::string_view key);
  /// Inserts the rows of `doc`; in public mode what
  /// export_common::public_view withholds is left out.
  void insert(const document& doc, bool public_mode);

 private:
  void insert_item(const document& doc, const item& it, std::size_t position, bool withhold,
                   std::optional<std::size_t> page);
  void insert_body(const item& it, std::int64_t item_id);
  void insert_participants(const document& doc);
  void insert_entities(const document& doc, const std::vector<bool>& kept);

  connection& db_;
  statement erase_;
  statement document_;
  statement meeting_;
  statement item_;
  statement section_;
  statement case_number_;
  statement document_number_;
  statement attachment_;
  statement vote_;
  statement vote_count_;
  statement attendance_;
  statement entity_;
  statement warning_;
  statement fts_;
};

/// The text items_fts indexes as an item's body: its sections' text, then
/// its decision, separated by blank lines.
std::string full_text_body(const item& it);

}  // namespace protokol::sqlite_export
