// protokol/params.hpp: the one check of stage parameters.
//
// A stage declares its parameters once, in its `param_descriptor` table
// (plugin.hpp): name, type, default, required, choices and range. Before it
// builds a stage the host binds what the pipeline file and `--set` give
// against that table with `bind_params`, for `validate`, `run`, `ingest` and
// `detect` alike, so they refuse the same values with the same message, and
// `plugins --check` judges a table's defaults and ranges with the same code.
// Header-only, so a plugin's tests bind parameters exactly as the host does:
//
//   std::vector<std::string> problems;
//   const auto params = protokol::bind_params(stage, {{"max_pages", "0"}}, problems);
//   // problems == {"parameter 'max_pages' expects int >= 1, got '0'"}
#pragma once

#include <charconv>
#include <cmath>
#include <map>
#include <protokol/plugin.hpp>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace protokol {

/// How pipeline files spell a type: string, int, bool, float, list, path, enum.
constexpr std::string_view param_type_name(param_type type) noexcept {
  switch (type) {
    case param_type::string:
      return "string";
    case param_type::integer:
      return "int";
    case param_type::boolean:
      return "bool";
    case param_type::real:
      return "float";
    case param_type::list:
      return "list";
    case param_type::path:
      return "path";
    case param_type::choice:
      return "enum";
  }
  return "unknown";
}

namespace detail {

// An optional '-' and digits, nothing else, within long long: what
// stage_config::get_int then reads back unchanged.
inline bool parse_int_param(std::string_view text, long long& out) noexcept {
  const char* end = text.data() + text.size();
  const auto [stop, ec] = std::from_chars(text.data(), end, out);
  return !text.empty() && ec == std::errc() && stop == end;
}

// A finite decimal number ("0.5", "-3", "1e6"); NaN and infinities would slip
// through every range comparison.
inline bool parse_float_param(std::string_view text, double& out) noexcept {
  const char* end = text.data() + text.size();
  const auto [stop, ec] = std::from_chars(text.data(), end, out);
  return !text.empty() && ec == std::errc() && stop == end && std::isfinite(out);
}

inline bool is_one_of(std::string_view value, std::string_view choices) {
  while (true) {
    const std::size_t bar = choices.find('|');
    if (choices.substr(0, bar) == value) return true;
    if (bar == std::string_view::npos) return false;
    choices.remove_prefix(bar + 1);
  }
}

inline bool has_range(const param_descriptor& param) {
  return param.min_value != nullptr || param.max_value != nullptr;
}

// True when `text` is a value of the numeric `type`.
inline bool is_number(param_type type, std::string_view text) {
  long long whole = 0;
  double real = 0;
  return type == param_type::integer ? parse_int_param(text, whole) : parse_float_param(text, real);
}

// -1, 0 or 1 as a is below, equal to or above b, both known to be values of
// `type`; whole numbers are compared as such, so exactly beyond 2^53.
inline int compare_numbers(param_type type, std::string_view a, std::string_view b) {
  if (type == param_type::integer) {
    long long x = 0, y = 0;
    parse_int_param(a, x);
    parse_int_param(b, y);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  double x = 0, y = 0;
  parse_float_param(a, x);
  parse_float_param(b, y);
  return x < y ? -1 : x > y ? 1 : 0;
}

}  // namespace detail

/// The declared range as `protokol plugins` shows it and messages quote it:
/// "1..64", ">= 1", "<= 16"; "" when the parameter has none.
inline std::string param_range_text(const param_descriptor& param) {
  if (param.min_value && param.max_value)
    return std::string(param.min_value) + ".." + param.max_value;
  if (param.min_value) return std::string(">= ") + param.min_value;
  if (param.max_value) return std::string("<= ") + param.max_value;
  return {};
}

/// "" when the declared range is sound, else what is wrong with it: a bound
/// on a type other than int and float, a bound that is no value of the type,
/// a minimum above the maximum.
inline std::string check_param_range(const param_descriptor& param) {
  if (!detail::has_range(param)) return {};
  const std::string type(param_type_name(param.type));
  if (param.type != param_type::integer && param.type != param_type::real)
    return "a range applies to int and float only, not " + type;
  for (const auto& [side, bound] :
       {std::pair{"minimum", param.min_value}, std::pair{"maximum", param.max_value}}) {
    if (bound != nullptr && !detail::is_number(param.type, bound))
      return std::string(side) + " '" + bound + "' is not of type " + type;
  }
  if (param.min_value && param.max_value &&
      detail::compare_numbers(param.type, param.min_value, param.max_value) > 0)
    return std::string("minimum ") + param.min_value + " is above maximum " + param.max_value;
  return {};
}

/// "" when `value` fits `param` (its type, then its range or its choices),
/// else what is wrong, as "expects int >= 1, got '0'". A value of a
/// parameter whose range is unsound cannot be judged and is refused too.
inline std::string check_param_value(const param_descriptor& param, std::string_view value) {
  const std::string type(param_type_name(param.type));
  const std::string got = ", got '" + std::string(value) + "'";
  switch (param.type) {
    case param_type::integer:
    case param_type::real: {
      if (!detail::is_number(param.type, value))
        return "expects " + type +
               (param.type == param_type::integer ? " (a whole number)" : " (a number)") + got;
      if (!detail::has_range(param)) return {};
      if (const std::string bad = check_param_range(param); !bad.empty())
        return "cannot be checked: the stage declares a bad range (" + bad + ")";
      const bool below =
          param.min_value && detail::compare_numbers(param.type, value, param.min_value) < 0;
      const bool above =
          param.max_value && detail::compare_numbers(param.type, value, param.max_value) > 0;
      if (below || above)
        return "expects " + type + (param.min_value && param.max_value ? " in " : " ") +
               param_range_text(param) + got;
      return {};
    }
    case param_type::boolean:
      if (value != "true" && value != "false") return "expects bool (true or false)" + got;
      return {};
    case param_type::path:
      if (value.empty()) return "expects path (a file or folder), got an empty value";
      return {};
    case param_type::choice: {
      const std::string_view choices = param.choices ? param.choices : "";
      if (!detail::is_one_of(value, choices))
        return "expects enum (one of " + std::string(choices) + ")" + got;
      return {};
    }
    case param_type::string:
    case param_type::list:
      return {};
  }
  return "has a type this host does not know";
}

/// One thing wrong with the parameters given to a stage.
struct param_problem {
  enum class kind {
    unknown,  ///< given, but the stage declares no such parameter
    missing,  ///< required, but not given
    invalid,  ///< its value (given, or the stage's default) does not fit
  };
  kind what;
  std::string name;    ///< the parameter
  std::string detail;  ///< missing: "(type): doc"; invalid: "expects int >= 1, got '0'"

  /// The problem as a sentence that names the parameter (not the stage).
  std::string message() const {
    switch (what) {
      case kind::unknown:
        return "unknown parameter '" + name + "'";
      case kind::missing:
        return "missing parameter '" + name + "' " + detail;
      case kind::invalid:
        break;
    }
    return "parameter '" + name + "' " + detail;
  }
};

/// Binds the values `given` for a stage (parameter name to value, as written
/// in a pipeline file or by `--set`) to the parameters `stage` declares.
/// Returns every declared parameter that has a value, given or defaulted:
/// the `stage_config::params` the stage is built with. Appends to `problems`
/// every name the stage does not declare, every required parameter not
/// given, and every value (given or default) of the wrong type, out of its
/// range or not among its choices; given names first, in name order, then
/// the rest in declaration order. Use the result only when nothing was
/// appended.
inline std::map<std::string, std::string> bind_params(
    const stage_descriptor& stage, const std::map<std::string, std::string>& given,
    std::vector<param_problem>& problems) {
  std::map<std::string, const param_descriptor*> declared;
  for (std::uint32_t i = 0; i < stage.param_count; ++i)
    declared.emplace(stage.params[i].name, &stage.params[i]);
  std::map<std::string, std::string> bound;
  for (const auto& [name, value] : given) {
    const auto it = declared.find(name);
    if (it == declared.end()) {
      problems.push_back({param_problem::kind::unknown, name, {}});
      continue;
    }
    if (std::string why = check_param_value(*it->second, value); !why.empty())
      problems.push_back({param_problem::kind::invalid, name, std::move(why)});
    bound.emplace(name, value);
  }
  for (std::uint32_t i = 0; i < stage.param_count; ++i) {
    const param_descriptor& p = stage.params[i];
    if (given.count(p.name)) continue;
    if (p.required) {
      problems.push_back(
          {param_problem::kind::missing, p.name,
           "(" + std::string(param_type_name(p.type)) + "): " + (p.doc ? p.doc : "")});
    } else if (p.default_value != nullptr) {
      // A default the stage's own table gets wrong would reach its
      // constructor unchecked; `plugins --check` reports it too.
      if (std::string why = check_param_value(p, p.default_value); !why.empty())
        problems.push_back({param_problem::kind::invalid, p.name,
                            "has a bad default in the stage's declaration: " + why});
      bound.emplace(p.name, p.default_value);
    }
  }
  return bound;
}

/// The same, with each problem as `param_problem::message()`:
/// "parameter 'max_pages' expects int >= 1, got '0'".
inline std::map<std::string, std::string> bind_params(
    const stage_descriptor& stage, const std::map<std::string, std::string>& given,
    std::vector<std::string>& problems) {
  std::vector<param_problem> found;
  std::map<std::string, std::string> bound = bind_params(stage, given, found);
  for (const param_problem& p : found) problems.push_back(p.message());
  return bound;
}

}  // namespace protokol
