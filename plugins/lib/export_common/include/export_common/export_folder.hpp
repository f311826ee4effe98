// export_common/export_folder.hpp: one exporter's folder under OUTDIR, and the
// settings its files were written with.
#pragma once

#include <filesystem>
#include <mutex>
#include <string>
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

/// Throws like claim_export_folder when `folder` holds output of other
/// settings, but writes nothing.
void check_export_folder(const std::filesystem::path& folder, std::string_view settings);

/// An exporter's folder, claimed lazily: constructing it only checks that
/// the folder holds no output of other settings; the folder, its settings
/// file and `subfolder` are made with the first file written. A run that is
/// refused or exports nothing so leaves no claim behind to lock the folder.
class lazy_export_folder {
 public:
  /// Empty `folder`: the run has no output folder (validate, detect).
  lazy_export_folder(std::filesystem::path folder, std::string settings,
                     std::string subfolder = {});

  bool empty() const { return folder_.empty(); }
  const std::filesystem::path& path() const { return folder_; }
  /// Claims the folder (once; safe from several threads) and returns it.
  /// Throws std::runtime_error when there is no output folder.
  const std::filesystem::path& claim() const;

 private:
  std::filesystem::path folder_;
  std::string settings_;
  std::string subfolder_;
  mutable std::once_flag claimed_;
};

}  // namespace protokol::export_common
