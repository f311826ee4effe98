// sqlite_schema.hpp: the tables of OUTDIR/protokol.sqlite (docs/outputs-sqlite.md)
// and the settings a database is claimed with.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sqlite_db.hpp"

namespace protokol::sqlite_export {

/// Version of the table layout; also PRAGMA user_version. Bump on any change.
/// 2 (2026-12-03): the vote_counts table; a database of schema 1 is
/// brought up to 2 when a run claims it.
inline constexpr int schema_version = 2;

/// File name of the database in OUTDIR.
inline constexpr std::string_view database_file_name = "protokol.sqlite";

/// The CREATE statements, in order (docs/outputs-sqlite.md shows them).
std::string_view schema_sql();

/// The settings a database is written with, as the `meta` table records
/// them: name and value, in the order a difference is reported.
using settings = std::vector<std::pair<std::string, std::string>>;

/// schema_version, document_schema and public.
settings settings_for(bool public_mode);

/// Throws std::runtime_error when `file` exists and holds output of other
/// settings (or is no protokol export), naming the first differing setting,
/// as protokol::claim_export_folder does for folders. Writes nothing.
void check_database(const std::filesystem::path& file, const settings& wanted);

/// Creates the tables and records `wanted` in a new database, or checks the
/// settings of an existing one (throwing like check_database) and brings a
/// database of an older schema_version up to this one.
void claim_database(connection& db, const settings& wanted);

}  // namespace protokol::sqlite_export
