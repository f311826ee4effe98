#include "script.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "convert.hpp"
#include "interpreter.hpp"
#include "python_error.hpp"
#include "text_index.hpp"

namespace py = pybind11;

namespace protokol::python {
namespace {

std::string read_script(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw std::runtime_error("cannot read script " + file.string() + ": " + std::strerror(errno));
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

std::string type_name(py::handle value) {
  return py::str(py::type::handle_of(value).attr("__name__")).cast<std::string>();
}

}  // namespace

script::script(const std::filesystem::path& file, const std::string& function)
    : file_(file.string()), function_name_(function) {
  const std::string source = read_script(file);
  ensure_interpreter();
  const py::gil_scoped_acquire gil;
  try {
    load(source);
  } catch (py::error_already_set& e) {
    const std::string message = describe(e);
    module_ = py::object();
    function_ = py::object();
    throw std::runtime_error(message);
  } catch (...) {
    // Members die after this scope has released the GIL; drop them now.
    module_ = py::object();
    function_ = py::object();
    throw;
  }
}

script::~script() {
  const py::gil_scoped_acquire gil;
  function_ = py::object();
  module_ = py::object();
}

void script::load(const std::string& source) {
  const py::module_ builtins = py::module_::import("builtins");
  // Bytes, so Python applies the file's own coding declaration (PEP 263).
  const py::object code = builtins.attr("compile")(py::bytes(source), file_, "exec", 0, true);
  // A module of its own, in sys.modules, with the script's folder first on
  // sys.path: what `python3 script.py` gives, so dataclasses, pickling and
  // helper modules beside the script work as users expect.
  const std::string folder = std::filesystem::path(file_).parent_path().string();
  py::list path = py::module_::import("sys").attr("path");
  if (!path.contains(folder)) path.insert(0, folder);
  const std::string name = "protokol_script_" + std::filesystem::path(file_).stem().string();
  module_ = py::module_::import("types").attr("ModuleType")(name);
  module_.attr("__file__") = file_;
  py::module_::import("sys").attr("modules")[py::str(name)] = module_;
  builtins.attr("exec")(code, module_.attr("__dict__"));
  if (!py::hasattr(module_, function_name_.c_str()))
    throw std::runtime_error(file_ + ": no function '" + function_name_ + "'");
  function_ = module_.attr(function_name_.c_str());
  if (!PyCallable_Check(function_.ptr()))
    throw std::runtime_error(file_ + ": '" + function_name_ + "' is not a function but " +
                             type_name(function_));
}

void script::run(document& doc) const {
  const py::gil_scoped_acquire gil;
  try {
    call(doc);
  } catch (py::error_already_set& e) {
    throw std::runtime_error(function_name_ + "() failed: " + describe(e));
  }
}

void script::call(document& doc) const {
  const text_index index(doc.text);
  const py::object py_doc = to_python(doc, index);
  const py::object returned = function_(py_doc);
  // The document is changed in place; returning a new one would be lost.
  if (!returned.is_none() && !returned.is(py_doc))
    throw std::runtime_error(function_name_ + "() must change doc in place and return None, not " +
                             type_name(returned));
  from_python(py_doc, doc, index);
}

}  // namespace protokol::python
