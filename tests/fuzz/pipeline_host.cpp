#include "pipeline_host.hpp"

#include "fuzz_checks.hpp"
#include "pipeline_runner.hpp"

namespace protokol::fuzz {

void check_then_create(const pipeline_spec& spec, const plugin_registry& registry,
                       const std::vector<diagnostic>& problems) {
  if (!problems.empty() || !check_pipeline(spec, registry).empty()) return;
  expect(static_cast<bool>(create_stages(spec, registry, {})));
}

}  // namespace protokol::fuzz
