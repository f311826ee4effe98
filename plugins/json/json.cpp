// json.cpp: the `json` exporter plugin: stage class, parameters, descriptor.
#include <export_common/public_view.hpp>
#include <filesystem>
#include <protokol/exporter.hpp>
#include <protokol/plugin.hpp>
#include <stdexcept>
#include <string>

#include "json_writer.hpp"
#include "ndjson.hpp"

namespace protokol::json_export {
namespace {

// The host has checked indent against json_params' range.
json_options read_options(const stage_config& config) {
  json_options options;
  options.indent = static_cast<int>(config.get_int("indent"));
  options.public_mode = config.get_bool("public");
  return options;
}

class json_stage final : public file_exporter {
 public:
  // Throws std::runtime_error when OUTDIR/json holds output of other
  // settings (see claim_export_folder).
  explicit json_stage(const stage_config& config) : json_stage(config, read_options(config)) {}

  void finish() override {
    // Without an output folder nothing was written, so there is nothing to gather.
    if (ndjson_ && has_output()) {
      write_ndjson(folder_path(), output_dir() / "documents.ndjson", durable());
    }
  }

 private:
  // The indent only changes blanks; files of any indent mix safely.
  json_stage(const stage_config& config, const json_options& options)
      : file_exporter(config, {.folder = "json",
                               .settings = export_common::export_settings(options.public_mode),
                               .suffix = ".json"}),
        options_(options),
        ndjson_(config.get_bool("ndjson")) {}

  void write_document(const document& doc, byte_output& out) const override {
    write_json(doc, options_, out);
  }

  json_options options_;
  bool ndjson_;
};

}  // namespace
}  // namespace protokol::json_export

namespace {

constexpr protokol::param_descriptor json_params[] = {
    {.name = "indent",
     .type = protokol::param_type::integer,
     .default_value = "2",
     .doc = "Spaces per nesting level in json/<key>.json; -1 writes each document on one line",
     .min_value = "-1",
     .max_value = "16"},
    {"ndjson", protokol::param_type::boolean, "false", false,
     "Also write OUTDIR/documents.ndjson: every document in json/, one per line, sorted by key",
     nullptr},
    {"public", protokol::param_type::boolean, "false", false,
     "Public mode: closed items keep number, title and case numbers; their bodies, entities and "
     "quoting warnings are left out",
     nullptr},
};

}  // namespace

PROTOKOL_PLUGIN(
    "json", "1.0.0", "MIT", "Writes each document as JSON (OUTDIR/json/<key>.json)",
    protokol::make_stage<protokol::json_export::json_stage>(
        protokol::stage_kind::exporter, "json",
        "Writes OUTDIR/json/<key>.json per document, optionally OUTDIR/documents.ndjson",
        "meeting items", "export.json", json_params))
