// detector.cpp: the "detect" stage: declaration, parameters and factory
// only; the logic is in detection.cpp and the tables.
#include <protokol/plugin.hpp>

#include "detection.hpp"

namespace protokol::detector {
namespace {

class detect_stage final : public stage {
 public:
  // The host has checked sample_bytes against detect_params' range.
  explicit detect_stage(const stage_config& config)
      : detector_(static_cast<std::size_t>(config.get_int("sample_bytes"))) {}

  void process(document& doc) const override {
    apply_detection(doc.source, detector_.detect(doc.text));
  }

 private:
  const detector detector_;
};

constexpr param_descriptor detect_params[] = {
    {.name = "sample_bytes",
     .type = param_type::integer,
     .default_value = "65536",
     .doc = "Bytes read from the start of the text; as many again are read in 16 windows spread "
            "over the rest of a longer text",
     .min_value = "1024"},
};

}  // namespace
}  // namespace protokol::detector

PROTOKOL_PLUGIN("detector", "1.0.0", "MIT",
                "Detects the format (plain or markdown) and the agenda-system dialect",
                protokol::make_stage<protokol::detector::detect_stage>(
                    protokol::stage_kind::detector, "detect",
                    "Sets source.format, source.dialect and source.confidence unless an earlier "
                    "detector was more confident",
                    "text", "format dialect", protokol::detector::detect_params))
