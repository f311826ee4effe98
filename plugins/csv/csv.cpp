// csv.cpp: the `csv` exporter plugin: stage class, parameters, descriptor.
#include <export_common/public_view.hpp>
#include <protokol/exporter.hpp>
#include <protokol/plugin.hpp>
#include <stdexcept>
#include <string>

#include "csv_parts.hpp"
#include "csv_writer.hpp"

namespace protokol::csv_export {
namespace {

csv_options read_options(const stage_config& config) {
  csv_options options;
  options.separator = parse_separator(config.get_string("separator"));
  options.neutralize_formulas = config.get_bool("neutralize_formulas");
  options.bom = config.get_bool("bom");
  // Excel with Danish (and most European) regional settings opens a CSV on
  // double-click only with ';' between fields and a BOM to tell it UTF-8.
  // Rows always end in CRLF (RFC 4180), which Excel expects too.
  // The host has checked dialect against rfc4180|excel.
  if (config.get_string("dialect") == "excel") {
    options.separator = ';';
    options.bom = true;
  }
  options.public_mode = config.get_bool("public");
  return options;
}

// What shapes the part files: parts of other settings must not be mixed in.
// The BOM is not among them: finish() adds it to whole tables only.
std::string folder_settings(const csv_options& options) {
  const std::string separator =
      options.separator == '\t' ? "tab" : std::string(1, options.separator);
  return export_common::export_settings(options.public_mode) + "separator=" + separator +
         "\nneutralize_formulas=" + (options.neutralize_formulas ? "true" : "false") + "\n";
}

class csv_stage final : public file_exporter {
 public:
  // Throws std::invalid_argument for a bad separator, std::runtime_error when
  // OUTDIR/csv holds output of other settings (see claim_export_folder).
  explicit csv_stage(const stage_config& config) : csv_stage(config, read_options(config)) {}

  void finish() override {
    // Without an output folder nothing was written, so there is nothing to gather.
    // A run that exported nothing into a new folder leaves no tables (and no claim).
    if (has_output()) merge_tables(claim_folder(), options_, durable());
  }

 private:
  // Each document's rows go to a part file of its own; finish() merges them.
  csv_stage(const stage_config& config, const csv_options& options)
      : file_exporter(config, {.folder = "csv",
                               .settings = folder_settings(options),
                               .suffix = ".part",
                               .documents_folder = std::string(parts_folder_name)}),
        options_(options) {}

  void write_document(const document& doc, byte_output& out) const override {
    write_part(to_rows(doc, options_), out);
  }

  csv_options options_;
};

}  // namespace
}  // namespace protokol::csv_export

namespace {

constexpr protokol::param_descriptor csv_params[] = {
    {"separator", protokol::param_type::string, ",", false,
     "Field separator: one punctuation character (\";\" for Excel with Danish settings) or \"tab\"",
     nullptr},
    {"bom", protokol::param_type::boolean, "false", false,
     "Start each table with a UTF-8 byte-order mark (lets Excel detect UTF-8)", nullptr},
    {"neutralize_formulas", protokol::param_type::boolean, "true", false,
     "Prefix ' to cells starting with = + - @ tab or CR, so spreadsheets show them as text "
     "instead of running them as formulas",
     nullptr},
    {"public", protokol::param_type::boolean, "false", false,
     "Public mode: closed items keep number, title and case numbers; their bodies, votes, "
     "absences and entities are left out",
     nullptr},
    {"dialect", protokol::param_type::choice, "rfc4180", false,
     "rfc4180: separator and bom as set, rows end in CRLF; excel: a preset for Excel with Danish "
     "settings (opens on double-click): ';' between fields and a UTF-8 BOM, whatever separator "
     "and bom say",
     "rfc4180|excel"},
};

}  // namespace

PROTOKOL_PLUGIN(
    "csv", "1.0.0", "MIT", "Writes CSV tables of all documents (OUTDIR/csv/*.csv)",
    protokol::make_stage<protokol::csv_export::csv_stage>(
        protokol::stage_kind::exporter, "csv",
        "Writes OUTDIR/csv/meetings.csv, items.csv, entities.csv, attendance.csv, votes.csv and "
        "vote_counts.csv",
        "meeting items", "export.csv", csv_params))
