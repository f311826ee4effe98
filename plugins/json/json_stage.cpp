#include "json_stage.hpp"

#include <export_common/atomic_file.hpp>
#include <export_common/export_folder.hpp>
#include <export_common/output_key.hpp>

#include <stdexcept>

#include "ndjson.hpp"

namespace protokol::json_export {
namespace {

json_options read_options(const stage_config& config) {
  json_options options;
  const long long indent = config.get_int("indent");
  if (indent < -1 || indent > 16) throw std::invalid_argument("indent must be between -1 and 16");
  options.indent = static_cast<int>(indent);
  options.public_mode = config.get_bool("public");
  return options;
}

}  // namespace

json_stage::json_stage(const stage_config& config)
    : output_dir_(config.output_dir), options_(read_options(config)), ndjson_(config.get_bool("ndjson")) {
  if (output_dir_.empty()) return;
  folder_ = output_dir_ / "json";
  // The indent only changes blanks; files of any indent mix safely.
  export_common::claim_export_folder(
      folder_, std::string("schema=") + document_schema_version + "\npublic=" + (options_.public_mode ? "true" : "false") + "\n");
}

const std::filesystem::path& json_stage::folder() const {
  if (folder_.empty()) throw std::runtime_error("json: the run has no output folder");
  return folder_;
}

void json_stage::process(document& doc) const {
  export_common::check_key(doc.key);
  export_common::write_file_atomically(folder() / (doc.key + ".json"), to_json(doc, options_));
}

void json_stage::finish() {
  if (ndjson_) write_ndjson(folder(), output_dir_ / "documents.ndjson");
}

void json_stage::remove(const std::string& key) const {
  export_common::check_key(key);
  export_common::remove_file_durably(folder() / (key + ".json"));
}

}  // namespace protokol::json_export
