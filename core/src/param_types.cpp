#include "param_types.hpp"

#include <cerrno>
#include <charconv>
#include <cstdlib>

namespace protokol {

std::string_view param_type_name(param_type type) {
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

namespace {

bool is_integer(std::string_view v) {
  long long out = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  return ec == std::errc() && end == v.data() + v.size() && !v.empty();
}

bool is_real(std::string_view v) {
  if (v.empty()) return false;
  const std::string copy(v);
  char* end = nullptr;
  std::strtod(copy.c_str(), &end);
  return end == copy.c_str() + copy.size();
}

// stage_config::get_float (std::stod) throws where strtod reports ERANGE
// ("1e999", "1e-400"), so such a value must not pass the check.
bool in_double_range(std::string_view v) {
  const std::string copy(v);
  errno = 0;
  std::strtod(copy.c_str(), nullptr);
  return errno != ERANGE;
}

bool is_choice(std::string_view v, std::string_view choices) {
  while (!choices.empty()) {
    const std::size_t bar = choices.find('|');
    if (choices.substr(0, bar) == v) return true;
    if (bar == std::string_view::npos) break;
    choices.remove_prefix(bar + 1);
  }
  return false;
}

}  // namespace

std::string check_param_value(const param_descriptor& param, std::string_view value) {
  const std::string expected = "expects " + std::string(param_type_name(param.type));
  switch (param.type) {
    case param_type::integer:
      if (!is_integer(value))
        return expected + " (a whole number), got '" + std::string(value) + "'";
      break;
    case param_type::boolean:
      if (value != "true" && value != "false")
        return expected + " (true or false), got '" + std::string(value) + "'";
      break;
    case param_type::real:
      if (!is_real(value)) return expected + " (a number), got '" + std::string(value) + "'";
      if (!in_double_range(value))
        return expected + " (a number), got '" + std::string(value) + "', which is out of range";
      break;
    case param_type::path:
      if (value.empty()) return expected + " (a file or folder), got an empty value";
      break;
    case param_type::choice:
      if (!is_choice(value, param.choices ? param.choices : ""))
        return expected + " (one of " + std::string(param.choices ? param.choices : "") +
               "), got '" + std::string(value) + "'";
      break;
    case param_type::string:
    case param_type::list:
      break;
  }
  return {};
}

}  // namespace protokol
