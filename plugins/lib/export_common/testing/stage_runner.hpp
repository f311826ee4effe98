// stage_runner.hpp: drives a stage through its descriptor, as the host does.
#pragma once

#include <map>
#include <protokol/plugin.hpp>
#include <string>

namespace protokol::export_testing {

/// One stage instance created with the stage's parameter defaults, then
/// `overrides`, writing to `output_dir`. Each call returns the stage's error
/// message, "" on success.
class stage_runner {
 public:
  stage_runner(const stage_descriptor& stage, const std::string& output_dir,
               const std::map<std::string, std::string>& overrides = {});
  ~stage_runner();
  stage_runner(const stage_runner&) = delete;
  stage_runner& operator=(const stage_runner&) = delete;

  /// What create() reported; "" when the stage was created.
  const std::string& create_error() const { return create_error_; }
  std::string process(document& doc) const;
  std::string finish();
  std::string remove(const std::string& key) const;

 private:
  const stage_descriptor& stage_;
  void* self_ = nullptr;
  std::string create_error_;
};

/// The stage's parameter defaults with `overrides` on top, as the host fills them.
stage_config make_config(const stage_descriptor& stage, const std::string& output_dir,
                         const std::map<std::string, std::string>& overrides);

}  // namespace protokol::export_testing
