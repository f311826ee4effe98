// cpr.cpp: the "cpr" stage. Runs right after the readers, so that no later
// stage, exporter, warning or log line ever holds a CPR number: they all see
// the redacted text. `keep=true` leaves the numbers for internal use.
#include <protokol/plugin.hpp>
#include <string>

#include "cpr_numbers.hpp"

namespace protokol::cpr {
namespace {

class cpr_stage final : public stage {
 public:
  explicit cpr_stage(const stage_config& config) : keep_(config.get_bool("keep")) {}

  void process(document& doc) const override {
    const std::size_t count =
        keep_ ? find_cpr_numbers(doc.text).size() : redact_cpr_numbers(doc.text);
    if (count == 0) return;
    // The count only: a warning never quotes the numbers.
    doc.warnings.push_back("cpr: " + std::to_string(count) + " CPR number" +
                           (count == 1 ? "" : "s") +
                           (keep_ ? " kept (cpr.keep=true)" : " redacted"));
  }

 private:
  bool keep_;
};

constexpr param_descriptor cpr_params[] = {
    {"keep", param_type::boolean, "false", false,
     "Keep CPR numbers in the text (internal use only); by default each digit becomes 'X'",
     nullptr},
};

}  // namespace
}  // namespace protokol::cpr

PROTOKOL_PLUGIN("cpr", "1.0.0", "MIT",
                "Redacts Danish CPR numbers (DDMMYY-SSSS with a real date) in the text",
                protokol::make_stage<protokol::cpr::cpr_stage>(
                    protokol::stage_kind::other, "cpr",
                    "Overwrites the digits of every CPR number in the text with 'X' (offsets "
                    "stay right) and counts them in a warning; place it right after the readers",
                    "text", "text.redacted", protokol::cpr::cpr_params))
