// pipeline_host.hpp: what `protokol run` does with a pipeline once it is read
// and the --set overrides are applied (core/src/cli/pipeline_setup.cpp):
// check it against the registry, then create every stage.
#pragma once

#include <protokol/diagnostic.hpp>
#include <vector>

#include "pipeline.hpp"
#include "plugin_registry.hpp"

namespace protokol::fuzz {

/// Checks `spec` and, when neither reading it (`problems`) nor the check
/// found anything wrong, creates its stages, which must then succeed.
void check_then_create(const pipeline_spec& spec, const plugin_registry& registry,
                       const std::vector<diagnostic>& problems);

}  // namespace protokol::fuzz
