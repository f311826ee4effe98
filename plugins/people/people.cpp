// The "people" stage: descriptor and factory. Logic: people_finder.cpp,
// people_extractor.cpp, name_scanner.cpp.
#include <protokol/plugin.hpp>

#include "people_extractor.hpp"

namespace {

class people_stage final : public protokol::stage {
 public:
  explicit people_stage(const protokol::stage_config& config) {
    // 1..6, checked by the host against people_params.
    options_.finder.min_name_parts = static_cast<int>(config.get_int("min_name_parts"));
    options_.finder.use_first_names = config.get_bool("first_names");
    options_.fill_participants = config.get_bool("fill_participants");
    options_.fill_absences = config.get_bool("fill_absences");
  }

  void process(protokol::document& doc) const override {
    protokol::people::extract_people(doc, options_);
  }

 private:
  protokol::people::people_options options_;
};

constexpr protokol::param_descriptor people_params[] = {
    {.name = "min_name_parts",
     .type = protokol::param_type::integer,
     .default_value = "2",
     .doc = "Capitalised words a person's name needs (initials do not count)",
     .min_value = "1",
     .max_value = "6"},
    {"first_names", protokol::param_type::boolean, "true", false,
     "Also take '<common first name> <surname>' with no title or party beside it", nullptr},
    {"fill_participants", protokol::param_type::boolean, "true", false,
     "Complete meeting.participants from the attendance lists (one per person, never duplicated)",
     nullptr},
    {"fill_absences", protokol::param_type::boolean, "true", false,
     "Fill item.absent from this meeting's absence lines where the segmenter left it empty",
     nullptr},
};

}  // namespace

PROTOKOL_PLUGIN("people", "1.0.0", "MIT", "People and parties named in the minutes",
                protokol::make_stage<people_stage>(
                    protokol::stage_kind::extractor, "people",
                    "Finds persons (with party and role) and party mentions", "meeting items",
                    "entities.person entities.party", people_params))
