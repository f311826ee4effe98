// A plugin that provides a stage name the good fixture plugin provides too.
#include <protokol/plugin.hpp>

namespace {
class duplicate_text final : public protokol::stage {
 public:
  explicit duplicate_text(const protokol::stage_config&) {}
  void process(protokol::document&) const override {}
};
}  // namespace

PROTOKOL_PLUGIN("fixture-duplicate", "0.0.1", "MIT", "Provides fixture-text again",
                protokol::make_stage<duplicate_text>(protokol::stage_kind::other, "fixture-text",
                                                     "Again", "", "text"))
