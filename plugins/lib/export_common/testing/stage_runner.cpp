#include "stage_runner.hpp"

namespace protokol::export_testing {

stage_config make_config(const stage_descriptor& stage, const std::string& output_dir,
                         const std::map<std::string, std::string>& overrides) {
  stage_config config;
  config.stage_id = stage.name;
  config.output_dir = output_dir;
  for (std::uint32_t i = 0; i < stage.param_count; ++i) {
    if (stage.params[i].default_value != nullptr) {
      config.params[stage.params[i].name] = stage.params[i].default_value;
    }
  }
  for (const auto& [name, value] : overrides) config.params[name] = value;
  return config;
}

stage_runner::stage_runner(const stage_descriptor& stage, const std::string& output_dir,
                           const std::map<std::string, std::string>& overrides)
    : stage_(stage) {
  self_ = stage_.create(make_config(stage, output_dir, overrides), create_error_);
}

stage_runner::~stage_runner() {
  if (self_ != nullptr) stage_.destroy(self_);
}

std::string stage_runner::process(document& doc) const {
  if (self_ == nullptr) return "not created: " + create_error_;
  std::string error;
  stage_.process(self_, doc, error);
  return error;
}

std::string stage_runner::finish() {
  if (self_ == nullptr) return "not created: " + create_error_;
  std::string error;
  stage_.finish(self_, error);
  return error;
}

std::string stage_runner::remove(const std::string& key) const {
  if (self_ == nullptr) return "not created: " + create_error_;
  std::string error;
  stage_.remove(self_, key, error);
  return error;
}

}  // namespace protokol::export_testing
