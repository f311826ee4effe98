// csv_parts.hpp: per-document part files and the tables rebuilt from them.
//
// process() runs on many threads and must not touch a shared table, so each
// document's rows go to its own part file, OUTDIR/csv/.parts/<key>.part.
// finish() rebuilds every table from all parts present, sorted by key: the
// tables come out the same whatever the thread count, a document processed
// again replaces its rows, and a removed document's rows disappear.
#pragma once

#include <array>
#include <filesystem>
#include <protokol/byte_output.hpp>
#include <string>
#include <string_view>

#include "csv_writer.hpp"

namespace protokol::csv_export {

/// Folder of the part files inside OUTDIR/csv.
inline constexpr std::string_view parts_folder_name = ".parts";

/// Writes a part file's content to `out`: the line "protokol-csv-part 2",
/// then per table, in table order, "<name> <byte count>\n" and that many
/// bytes of rows.
void write_part(const document_rows& rows, byte_output& out);

/// write_part into a string.
std::string make_part(const document_rows& rows);

/// Each table's rows in `part`; false when `part` is not a whole part file.
/// A part of version 1 has no vote_counts table: its view is left empty.
bool split_part(std::string_view part, std::array<std::string_view, table_count>& tables);

/// Rewrites each table in `csv_folder` atomically (header, then the rows of
/// every part sorted by key). votes.csv exists only while some document has
/// votes. Reads one part at a time, so memory stays flat in the archive size.
/// Throws std::runtime_error naming a part file that is not one. `durable`:
/// see protokol::atomic_file.
void merge_tables(const std::filesystem::path& csv_folder, const csv_options& options,
                  bool durable = true);

}  // namespace protokol::csv_export
