// json_stage.hpp: the `json` exporter stage (OUTDIR/json/<key>.json and,
// with `ndjson`, OUTDIR/documents.ndjson).
#pragma once

#include <filesystem>
#include <string>

#include <protokol/plugin.hpp>

#include "json_writer.hpp"

namespace protokol::json_export {

class json_stage final : public stage {
 public:
  /// Throws std::invalid_argument for a bad `indent`, std::runtime_error when
  /// OUTDIR/json holds output of other settings (see claim_export_folder).
  explicit json_stage(const stage_config& config);
  void process(document& doc) const override;
  void finish() override;
  void remove(const std::string& key) const override;

 private:
  const std::filesystem::path& folder() const;

  std::filesystem::path output_dir_;
  std::filesystem::path folder_;
  json_options options_;
  bool ndjson_;
};

}  // namespace protokol::json_export
