// fuzz_stages.hpp: the fixed stages the pipeline fuzz targets check and
// build pipelines with. They are named, typed and chained (requires,
// provides) like the shipped ones, so the shipped pipelines read through to
// create_stages(), and their parameters cover every type.
#pragma once

#include "plugin_registry.hpp"

namespace protokol::fuzz {

/// A registry holding the fixed stages, made once.
const plugin_registry& fuzz_registry();

}  // namespace protokol::fuzz
