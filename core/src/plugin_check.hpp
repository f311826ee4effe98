// plugin_check: everything `protokol plugins --check FILE` finds wrong with a
// built plugin, read from its descriptor alone: no stage is created or run.
#pragma once

#include <protokol/diagnostic.hpp>
#include <protokol/plugin.hpp>
#include <string>
#include <vector>

#include "plugin_registry.hpp"

namespace protokol {

/// Problems in `plugin`'s descriptor: missing names and texts, stage and
/// parameter names that a pipeline file cannot spell, duplicates, defaults
/// that do not fit their type, range or choices, `choice` parameters without
/// choices, choices or a range on a type that takes none, a range whose
/// bounds are no values of the type or a minimum above the maximum, missing
/// entry functions, and stage names that `installed` already provides from
/// another file. Each names `plugin.file`; errors make the plugin unusable,
/// warnings make it hard to use.
std::vector<diagnostic> check_plugin(const loaded_plugin& plugin, const plugin_registry& installed);

}  // namespace protokol
