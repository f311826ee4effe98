// protokol/export_folder.hpp: one exporter's folder under OUTDIR, and the
// settings its files were written with.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <protokol/atomic_file.hpp>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace protokol {

/// Name of the file in an exporter's folder that records its settings.
inline constexpr std::string_view settings_file_name = ".protokol-export";

namespace detail {

inline std::string_view setting_value(std::string_view settings, std::string_view name) {
  while (!settings.empty()) {
    const std::size_t eol = settings.find('\n');
    const std::string_view line = settings.substr(0, eol);
    if (line.size() > name.size() && line.substr(0, name.size()) == name &&
        line[name.size()] == '=') {
      return line.substr(name.size() + 1);
    }
    if (eol == std::string_view::npos) break;
    settings.remove_prefix(eol + 1);
  }
  return "(unset)";
}

// Names the first setting that differs, so the operator knows what to change.
inline std::string describe_difference(std::string_view recorded, std::string_view wanted) {
  std::string_view rest = wanted;
  while (!rest.empty()) {
    const std::size_t eol = rest.find('\n');
    const std::string_view line = rest.substr(0, eol);
    const std::string_view name = line.substr(0, line.find('='));
    if (setting_value(recorded, name) != setting_value(wanted, name)) {
      return std::string(name) + "=" + std::string(setting_value(recorded, name)) +
             ", this stage has " + std::string(name) + "=" +
             std::string(setting_value(wanted, name));
    }
    if (eol == std::string_view::npos) break;
    rest.remove_prefix(eol + 1);
  }
  return "other settings";
}

// True when `folder` records `settings`, false when it records none yet;
// throws naming the first difference when it records others.
inline bool records_settings(const std::filesystem::path& folder, std::string_view settings) {
  std::ifstream in(folder / settings_file_name, std::ios::binary);
  if (!in) return false;
  const std::string recorded{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (recorded == settings) return true;
  throw std::runtime_error(
      folder.string() + " holds output written with " + describe_difference(recorded, settings) +
      "; use another output folder, or empty this one to re-export everything");
}

}  // namespace detail

/// Throws std::runtime_error naming the first differing setting when
/// `folder` holds output written with other `settings` ("name=value" lines,
/// e.g. "schema=1.0\npublic=true\n"); writes nothing.
inline void check_export_folder(const std::filesystem::path& folder, std::string_view settings) {
  detail::records_settings(folder, settings);
}

/// Creates `folder` and records `settings` in it on first use. Later runs
/// append to the folder, so a run whose settings differ would mix files of
/// two kinds (a public run over internal files would publish closed items):
/// this throws like check_export_folder instead.
inline void claim_export_folder(const std::filesystem::path& folder, std::string_view settings) {
  std::filesystem::create_directories(folder);
  if (!detail::records_settings(folder, settings)) {
    write_file_atomically(folder / settings_file_name, settings);
  }
}

/// An exporter's folder, claimed lazily: constructing it only checks that
/// the folder holds no output of other settings; the folder, its settings
/// file and `subfolder` are made with the first file written. A run that is
/// refused or exports nothing so leaves no claim behind to lock the folder.
class lazy_export_folder {
 public:
  /// Empty `folder`: the run has no output folder (validate, detect).
  /// Throws like check_export_folder.
  lazy_export_folder(std::filesystem::path folder, std::string settings, std::string subfolder = {})
      : folder_(std::move(folder)),
        settings_(std::move(settings)),
        subfolder_(std::move(subfolder)) {
    if (!folder_.empty()) check_export_folder(folder_, settings_);
  }

  /// True when the run has no output folder.
  bool empty() const { return folder_.empty(); }
  /// The folder, whether or not it is claimed yet.
  const std::filesystem::path& path() const { return folder_; }
  /// Claims the folder (once; safe from several threads) and returns it.
  /// Throws std::runtime_error when there is no output folder.
  const std::filesystem::path& claim() const {
    if (folder_.empty()) throw std::runtime_error("the run has no output folder");
    std::call_once(claimed_, [this] {
      claim_export_folder(folder_, settings_);
      if (!subfolder_.empty()) std::filesystem::create_directories(folder_ / subfolder_);
    });
    return folder_;
  }

 private:
  std::filesystem::path folder_;
  std::string settings_;
  std::string subfolder_;
  mutable std::once_flag claimed_;
};

}  // namespace protokol
