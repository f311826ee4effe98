// detector.cpp: the "detect" stage: declaration, parameters and factory
// only; the logic is in detection.cpp and the tables.
#include <protokol/plugin.hpp>

#include "detection.hpp"

namespace protokol::detector {
namespace {

std::size_t sample_bytes_from(const stage_config& config) {
  const long long bytes = config.get_int("sample_bytes");
  if (bytes < 1024) {
    throw std::invalid_argument("sample_bytes must be at least 1024, got " + std::to_string(bytes));
  }
  return static_cast<std::size_t>(bytes);
}

class detect_stage final : public stage {
 public:
  explicit detect_stage(const stage_config& config) : detector_(sample_bytes_from(config)) {}

  void process(document& doc) const override {
    apply_detection(doc.source, detector_.detect(doc.text));
  }

 private:
  const detector detector_;
};

constexpr param_descriptor detect_params[] = {
    {"sample_bytes", param_type::integer, "65536", false,
     "Bytes read from the start of the text; as many again are read in 16 windows spread over "
     "the rest of a longer text",
     nullptr},
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
