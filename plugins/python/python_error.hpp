// python_error.hpp: Python exceptions as one-line messages for the host.
#pragma once

#include <pybind11/pybind11.h>

#include <string>

namespace protokol::python {

/// "file:line:column: SyntaxError: message" when `e` is a SyntaxError (or
/// IndentationError); otherwise the last lines of its traceback joined with
/// " | ", e.g. `File "x.py", line 4, in process | raise ValueError("no") |
/// ValueError: no`. Call with the GIL held.
std::string describe(pybind11::error_already_set& e);

}  // namespace protokol::python
