// csv_writer.hpp: a document's rows of the CSV tables of docs/outputs.md
// (RFC 4180: CRLF between records, fields quoted when they hold the
// separator, a quote or a line break, quotes doubled).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <export_common/plain_scan.hpp>
#include <protokol/document.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace protokol::csv_export {

/// The tables, in the order of `table_names`.
enum class table : std::size_t { meetings, items, entities, attendance, votes, vote_counts };
inline constexpr std::size_t table_count = 6;

/// File name stems: OUTDIR/csv/<name>.csv.
inline constexpr std::array<std::string_view, table_count> table_names = {
    "meetings", "items", "entities", "attendance", "votes", "vote_counts"};

/// True for the tables that exist only while some document has rows in
/// them (votes, vote_counts); the others always have at least their header.
inline constexpr bool only_with_rows(table t) {
  return t == table::votes || t == table::vote_counts;
}

/// How rows are written.
struct csv_options {
  char separator = ',';
  bool neutralize_formulas = true;  ///< prefix ' to cells a spreadsheet would run as a formula
  bool bom = false;                 ///< start each table with a UTF-8 byte-order mark
  bool public_mode = false;         ///< withhold closed items' bodies (docs/outputs.md)
};

/// The `separator` parameter as a character: one ASCII punctuation
/// character other than the quote and apostrophe, or "tab". Throws
/// std::invalid_argument for anything else.
char parse_separator(std::string_view value);

/// Appends the fields of one row to a string. The row is gathered in a
/// buffer of its own and reaches the string at end(): cells of a few bytes
/// are copied in place, not appended to the string one by one.
class row_writer {
 public:
  row_writer(std::string& out, const csv_options& options)
      // The separator is one of the three chosen characters, so it stops the skip.
      : out_(out), options_(options), scan_(options.separator, '"', '"') {}
  // It keeps a reference to `options`: a temporary's would die before the
  // row is written (a named writer outlives the statement that made it).
  row_writer(std::string& out, csv_options&& options) = delete;
  row_writer(const row_writer&) = delete;
  row_writer& operator=(const row_writer&) = delete;

  /// A text cell: formula-neutralised, quoted when needed, ill-formed UTF-8
  /// replaced by U+FFFD.
  row_writer& text(std::string_view value);
  /// A list in one cell, one value per line (LF), so values keep their commas.
  row_writer& list(const std::vector<std::string>& values);
  row_writer& number(std::uint64_t value);
  /// A number that may have a fraction, in its shortest exact form.
  row_writer& real(double value);
  row_writer& flag(bool value);
  /// The bytes text(value) writes for its cell, made once for a value that
  /// starts many rows: the document's key.
  static std::string cell_of(std::string_view value, const csv_options& options);
  /// A cell as cell_of() made it: the same bytes as text() of its value,
  /// without scanning the value again.
  row_writer& cell(std::string_view bytes);
  /// Ends the record with CRLF and appends the row to the string.
  void end();

 private:
  // Cells up to this long that need no quotes go into the buffer.
  static constexpr std::size_t max_buffered_cell = 256;
  static constexpr std::size_t buffer_bytes = 2 * max_buffered_cell;

  // Where `count` (at most buffer_bytes) bytes may be written; commit() their end.
  char* room(std::size_t count) {
    if (count > static_cast<std::size_t>(buffer_ + buffer_bytes - next_)) flush();
    return next_;
  }
  void commit(char* end) { next_ = end; }
  // Appends what is buffered to the string.
  void flush() {
    out_.append(buffer_, static_cast<std::size_t>(next_ - buffer_));
    next_ = buffer_;
  }
  void separate() {
    if (!first_) {
      char* const to = room(1);
      *to = options_.separator;
      commit(to + 1);
    }
    first_ = false;
  }
  // text() for a cell that must be quoted or scrubbed, or is long.
  void append_cell(std::string_view value, bool neutralize, bool quote, bool valid);

  std::string& out_;
  const csv_options& options_;
  // What stops the scan of a cell, set up once a row rather than per cell.
  const export_common::plain_scan_of_two scan_;
  bool first_ = true;
  // Not initialised: nothing reads past next_.
  char buffer_[buffer_bytes];
  char* next_ = buffer_;
};

/// One document's rows of each table, without header rows.
using document_rows = std::array<std::string, table_count>;

/// The rows `doc` contributes to each table, in the document's order.
document_rows to_rows(const document& doc, const csv_options& options);

/// Column names of `t`, in order; "document" (the key) first.
std::vector<std::string_view> columns(table t);

/// The header row of `t`, ending in CRLF.
std::string header(table t, const csv_options& options);

}  // namespace protokol::csv_export
