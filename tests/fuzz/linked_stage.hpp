// linked_stage.hpp: the stage plugin compiled into a fuzz target, driven the
// way the host drives a plugin file it loaded: through the descriptor's
// create, process and destroy, with every parameter at its default.
#pragma once

#include <cstddef>
#include <cstdint>
#include <protokol/document.hpp>
#include <protokol/plugin.hpp>
#include <string_view>

namespace protokol::fuzz {

/// A stage of the plugin whose registration file (reader.cpp, pdf.cpp, ...)
/// is one of the fuzz target's sources.
class linked_stage {
 public:
  /// Creates the stage `name`; a stage that cannot be built from its own
  /// defaults stops the target.
  explicit linked_stage(std::string_view name);
  ~linked_stage();
  linked_stage(const linked_stage&) = delete;
  linked_stage& operator=(const linked_stage&) = delete;

  /// Runs the stage on `doc`. False when the stage refused the document
  /// (threw): the normal answer to hostile input, which the host quarantines.
  bool process(document& doc) const;

 private:
  const stage_descriptor& stage_;
  void* self_ = nullptr;
};

/// A document as the host hands it to the first stage: the file's bytes and
/// their size, nothing read yet.
document raw_document(const std::uint8_t* data, std::size_t size);

}  // namespace protokol::fuzz
