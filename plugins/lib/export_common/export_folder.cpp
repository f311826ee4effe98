#include <export_common/atomic_file.hpp>
#include <export_common/export_folder.hpp>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

namespace protokol::export_common {
namespace {

std::string_view value_of(std::string_view settings, std::string_view name) {
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
std::string describe_difference(std::string_view recorded, std::string_view wanted) {
  std::string_view rest = wanted;
  while (!rest.empty()) {
    const std::size_t eol = rest.find('\n');
    const std::string_view line = rest.substr(0, eol);
    const std::size_t eq = line.find('=');
    const std::string_view name = line.substr(0, eq);
    if (value_of(recorded, name) != value_of(wanted, name)) {
      return std::string(name) + "=" + std::string(value_of(recorded, name)) + ", this stage has " +
             std::string(name) + "=" + std::string(value_of(wanted, name));
    }
    if (eol == std::string_view::npos) break;
    rest.remove_prefix(eol + 1);
  }
  return "other settings";
}

// True when `folder` records `settings`, false when it records none yet;
// throws naming the first difference when it records others.
bool records_settings(const std::filesystem::path& folder, std::string_view settings) {
  std::ifstream in(folder / settings_file_name, std::ios::binary);
  if (!in) return false;
  const std::string recorded{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (recorded == settings) return true;
  throw std::runtime_error(
      folder.string() + " holds output written with " + describe_difference(recorded, settings) +
      "; use another output folder, or empty this one to re-export everything");
}

}  // namespace

void check_export_folder(const std::filesystem::path& folder, std::string_view settings) {
  records_settings(folder, settings);
}

lazy_export_folder::lazy_export_folder(std::filesystem::path folder, std::string settings,
                                       std::string subfolder)
    : folder_(std::move(folder)), settings_(std::move(settings)), subfolder_(std::move(subfolder)) {
  if (!folder_.empty()) check_export_folder(folder_, settings_);
}

const std::filesystem::path& lazy_export_folder::claim() const {
  if (folder_.empty()) throw std::runtime_error("the run has no output folder");
  std::call_once(claimed_, [this] {
    claim_export_folder(folder_, settings_);
    if (!subfolder_.empty()) std::filesystem::create_directories(folder_ / subfolder_);
  });
  return folder_;
}

void claim_export_folder(const std::filesystem::path& folder, std::string_view settings) {
  std::filesystem::create_directories(folder);
  if (!records_settings(folder, settings)) {
    write_file_atomically(folder / settings_file_name, settings);
  }
}

}  // namespace protokol::export_common
