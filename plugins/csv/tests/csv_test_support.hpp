// csv_test_support.hpp: runs the csv stage as the host would.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <protokol/plugin.hpp>
#include <protokol/testing.hpp>
#include <string>
#include <vector>

#include "csv_reader.hpp"
#include "output_files.hpp"

namespace protokol_plugin_definition {
const protokol::plugin_descriptor* entry() noexcept;
}

namespace protokol::csv_export::testing {

inline const stage_descriptor& csv_stage() {
  return protokol_plugin_definition::entry()->stages[0];
}

/// One run: every document processed in order, then finish().
inline void run_csv(const std::filesystem::path& out, std::vector<document> docs,
                    const std::map<std::string, std::string>& overrides = {}) {
  protokol::testing::stage_under_test runner(csv_stage(), {.params = overrides, .output_dir = out});
  for (document& doc : docs) ASSERT_NO_THROW(runner.process(doc)) << doc.key;
  ASSERT_NO_THROW(runner.finish());
}

/// The records of OUTDIR/csv/<name>.csv, header first.
inline std::vector<record> read_table(const std::filesystem::path& out, const std::string& name,
                                      char separator = ',') {
  return read_csv(export_testing::read_file(out / "csv" / (name + ".csv")), separator);
}

}  // namespace protokol::csv_export::testing
