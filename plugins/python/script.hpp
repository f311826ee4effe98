// script.hpp: a user's .py file, compiled once, and the calls into it.
#pragma once

#include <pybind11/pybind11.h>

#include <filesystem>
#include <protokol/document.hpp>
#include <string>

namespace protokol::python {

class script {
 public:
  /// Reads, compiles and runs `file` as a module and looks up `function`.
  /// Throws std::runtime_error on a missing file, a syntax error
  /// ("file:line:column: SyntaxError: message"), an exception while the
  /// module runs, or a missing or uncallable function.
  script(const std::filesystem::path& file, const std::string& function);
  ~script();
  script(const script&) = delete;
  script& operator=(const script&) = delete;

  /// Calls the function with `doc` as a protokol.Document and writes the
  /// checked result back (convert.hpp). A Python exception becomes a
  /// std::runtime_error carrying the traceback's last lines. Any thread.
  void run(document& doc) const;

 private:
  void load(const std::string& source);
  void call(document& doc) const;

  const std::string file_;
  const std::string function_name_;
  pybind11::object module_;  // released with the GIL held, in ~script()
  pybind11::object function_;
};

}  // namespace protokol::python
