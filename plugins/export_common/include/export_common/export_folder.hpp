// export_common/export_folder.hpp: one exporter's folder under OUTDIR, and the
// settings its files were written with.
#pragma once

#include <filesystem>
#include <string_view>

namespace protokol::export_common {

/// Name of the file in an exporter's folder that records its settings.
inline constexpr std::string_view settings_file_name = ".protokol-export";

/// Creates `folder` and records `settings` ("name=value" lines, e.g.
/// "schema=1.0\npublic=true\n") in it on first use. Later runs append to
/// the folder, so a run whose settings differ would mix files of two kinds
/// (a public run over internal files would publish closed items): this throws
/// std::runtime_error naming the first differing setting instead.
void claim_export_folder(const std::filesystem::path& folder, std::string_view settings);

}  // namespace protokol::export_common
