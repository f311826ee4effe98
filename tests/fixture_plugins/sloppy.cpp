// A plugin that loads (right ABI and toolchain) but whose descriptor is
// sloppy in every way `protokol plugins --check` looks for.
#include <protokol/plugin.hpp>

namespace {

class sloppy_stage final : public protokol::stage {
 public:
  explicit sloppy_stage(const protokol::stage_config&) {}
  void process(protokol::document&) const override {}
};

constexpr protokol::param_descriptor sloppy_params[] = {
    {"limit", protokol::param_type::integer, "ten", false, "How many", nullptr},
    {"limit", protokol::param_type::integer, "10", false, "Twice", nullptr},
    {"mode", protokol::param_type::choice, nullptr, true, "", nullptr},
    {"Big Name", protokol::param_type::string, "", false, "Spaces", nullptr},
};

}  // namespace

PROTOKOL_PLUGIN("sloppy", "0.1.0", "", "",
                protokol::make_stage<sloppy_stage>(protokol::stage_kind::extractor, "Sloppy Stage",
                                                   "", "text", "", sloppy_params))
