// index_page.hpp: review/index.html, rebuilt in finish() from the
// per-document summaries in review/.summaries/, so that runs accumulate and
// a removed document drops out.
#pragma once

#include <filesystem>
#include <protokol/byte_output.hpp>
#include <string>
#include <vector>

#include "page_writer.hpp"

namespace protokol::review_export {

/// Name of the summaries folder inside review/ (a dot folder: list_keys and
/// the index skip it).
inline constexpr const char* summaries_folder = ".summaries";

/// `s` as the JSON object stored in review/.summaries/<key>.json.
std::string summary_json(const page_summary& s);

/// Reads back summary_json(); throws std::runtime_error naming `file` when
/// it is not one.
page_summary read_summary(const std::filesystem::path& file);

/// Every summary in `folder`, sorted by key.
std::vector<page_summary> read_summaries(const std::filesystem::path& folder);

/// Writes index.html listing `docs` with their counts and links.
void write_index(const std::vector<page_summary>& docs, bool public_mode, byte_output& sink);

}  // namespace protokol::review_export
