// json.cpp: the `json` exporter plugin: stage class, parameters, descriptor.
#include <export_common/atomic_file.hpp>
#include <export_common/export_folder.hpp>
#include <export_common/output_key.hpp>
#include <filesystem>
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

class json_stage final : public stage {
 public:
  // Throws std::runtime_error when OUTDIR/json holds output of other
  // settings (see claim_export_folder).
  explicit json_stage(const stage_config& config);
  void process(document& doc) const override;
  void finish() override;
  void remove(const std::string& key) const override;

 private:
  const std::filesystem::path& folder() const;

  std::filesystem::path output_dir_;
  json_options options_;
  export_common::lazy_export_folder folder_;
  bool ndjson_;
  bool durable_;
};

json_stage::json_stage(const stage_config& config)
    : output_dir_(config.output_dir),
      options_(read_options(config)),
      // The indent only changes blanks; files of any indent mix safely.
      folder_(output_dir_.empty() ? output_dir_ : output_dir_ / "json",
              std::string("schema=") + document_schema_version +
                  "\npublic=" + (options_.public_mode ? "true" : "false") + "\n"),
      ndjson_(config.get_bool("ndjson")),
      durable_(config.sync_each_file) {}

const std::filesystem::path& json_stage::folder() const {
  if (folder_.empty()) throw std::runtime_error("json: the run has no output folder");
  return folder_.claim();
}

void json_stage::process(document& doc) const {
  export_common::check_key(doc.key);
  export_common::atomic_file file(folder() / (doc.key + ".json"), durable_);
  write_json(doc, options_, file);
  file.commit();
}

void json_stage::finish() {
  // Without an output folder nothing was written, so there is nothing to gather.
  if (ndjson_ && !folder_.empty() && std::filesystem::exists(folder_.path())) {
    write_ndjson(folder_.path(), output_dir_ / "documents.ndjson");
  }
}

void json_stage::remove(const std::string& key) const {
  export_common::check_key(key);
  export_common::remove_file_durably(folder() / (key + ".json"));
}

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
