// sqlite_test_support.hpp: runs the sqlite stage as the host would, and
// queries the database it wrote.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <protokol/plugin.hpp>
#include <protokol/testing.hpp>
#include <string>
#include <vector>

#include "output_files.hpp"

namespace protokol_plugin_definition {
const protokol::plugin_descriptor* entry() noexcept;
}

namespace protokol::sqlite_export::testing {

inline const stage_descriptor& sqlite_stage() {
  return protokol_plugin_definition::entry()->stages[0];
}

/// OUTDIR/protokol.sqlite.
inline std::filesystem::path database(const std::filesystem::path& out) {
  return out / "protokol.sqlite";
}

/// One run: every document processed in order, then finish().
inline void run_sqlite(const std::filesystem::path& out, std::vector<document> docs,
                       const std::map<std::string, std::string>& overrides = {}) {
  protokol::testing::stage_under_test runner(sqlite_stage(),
                                             {.params = overrides, .output_dir = out});
  for (document& doc : docs) ASSERT_NO_THROW(runner.process(doc)) << doc.key;
  ASSERT_NO_THROW(runner.finish());
}

/// The rows `sql` returns from `file`, columns joined by '|', NULL as "NULL".
/// Fails the test on an SQL error.
std::vector<std::string> query(const std::filesystem::path& file, const std::string& sql);

/// The single value of a one-row, one-column query, as a number.
long long count(const std::filesystem::path& file, const std::string& sql);

}  // namespace protokol::sqlite_export::testing
