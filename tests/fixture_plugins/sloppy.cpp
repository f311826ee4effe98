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
    {.name = "pages",
     .type = protokol::param_type::integer,
     .default_value = "0",
     .doc = "Default outside its range",
     .min_value = "1",
     .max_value = "10"},
    {.name = "span",
     .type = protokol::param_type::integer,
     .default_value = "5",
     .doc = "Minimum above maximum",
     .min_value = "10",
     .max_value = "1"},
    {.name = "bound",
     .type = protokol::param_type::real,
     .default_value = "1",
     .doc = "A bound that is no number",
     .min_value = "low"},
    {.name = "title",
     .type = protokol::param_type::string,
     .default_value = "x",
     .doc = "A range on text",
     .min_value = "1"},
    {.name = "flag",
     .type = protokol::param_type::boolean,
     .default_value = "true",
     .doc = "Choices on a bool",
     .choices = "yes|no"},
    {.name = "style",
     .type = protokol::param_type::choice,
     .default_value = "bold",
     .doc = "Default not among the choices",
     .choices = "plain|fancy"},
};

}  // namespace

PROTOKOL_PLUGIN("sloppy", "0.1.0", "", "",
                protokol::make_stage<sloppy_stage>(protokol::stage_kind::extractor, "Sloppy Stage",
                                                   "", "text", "", sloppy_params))
