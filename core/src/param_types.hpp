// param_types: checking parameter values against their declared type.
#pragma once

#include <protokol/plugin.hpp>
#include <string>
#include <string_view>

namespace protokol {

/// How pipeline files spell a type: string, int, bool, float, list, path, enum.
std::string_view param_type_name(param_type type);

/// "" when `value` is a valid `param`, else what is wrong with it.
std::string check_param_value(const param_descriptor& param, std::string_view value);

}  // namespace protokol
