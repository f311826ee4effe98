#include "python_error.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

namespace py = pybind11;

namespace protokol::python {
namespace {

// The frame line, its source line and the exception line: enough to find the
// fault without flooding the quarantine record.
constexpr std::size_t traceback_lines_kept = 3;

std::string attr_text(const py::object& value, const char* name) {
  if (!py::hasattr(value, name)) return "";
  const py::object a = value.attr(name);
  return a.is_none() ? std::string() : py::str(a).cast<std::string>();
}

std::string syntax_error(const py::object& value) {
  std::string where = attr_text(value, "filename") + ":" + attr_text(value, "lineno");
  const std::string column = attr_text(value, "offset");
  if (!column.empty()) where += ":" + column;
  const std::string type = py::str(py::type::handle_of(value).attr("__name__")).cast<std::string>();
  return where + ": " + type + ": " + attr_text(value, "msg");
}

// Python 3.11 underlines the failing expression with ^ and ~: no information
// once the line stands alone in a message.
bool is_marker_line(std::string_view line) {
  return line.find_first_not_of("^~ ") == std::string_view::npos;
}

std::string_view trimmed(std::string_view line) {
  const auto first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return line.substr(first, line.find_last_not_of(" \t") - first + 1);
}

std::string traceback_tail(py::error_already_set& e) {
  const py::object format = py::module_::import("traceback").attr("format_exception");
  const std::string text =
      py::str("").attr("join")(format(e.type(), e.value(), e.trace())).cast<std::string>();
  std::vector<std::string_view> lines;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    const std::string_view line = trimmed(std::string_view(text).substr(pos, end - pos));
    if (!line.empty() && !is_marker_line(line)) lines.push_back(line);
    pos = end + 1;
  }
  const std::size_t first =
      lines.size() > traceback_lines_kept ? lines.size() - traceback_lines_kept : 0;
  std::string out;
  for (std::size_t i = first; i < lines.size(); ++i) {
    if (!out.empty()) out += " | ";
    out += lines[i];
  }
  return out;
}

}  // namespace

std::string describe(py::error_already_set& e) {
  if (e.matches(PyExc_SyntaxError)) return syntax_error(e.value());
  return traceback_tail(e);
}

}  // namespace protokol::python
