// pipeline_fingerprint: one SHA-256 over everything that decides what a
// document's outputs are, so that a change to any of it re-processes the
// documents exported before it.
#pragma once

#include <string>
#include <vector>

#include "../pipeline.hpp"
#include "../plugin_registry.hpp"

namespace protokol::ingest {

/// SHA-256 (hex) over the pipeline file's bytes, the --set overrides in
/// order, each stage's plugin name@version, and the content of every file a
/// path-typed parameter names (a table a stage reads). Throws when the
/// pipeline file cannot be read.
std::string pipeline_fingerprint(const pipeline_spec& spec,
                                 const std::vector<std::string>& overrides,
                                 const plugin_registry& registry);

}  // namespace protokol::ingest
