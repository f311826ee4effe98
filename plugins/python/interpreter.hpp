// interpreter.hpp: the one embedded Python interpreter of the process.
#pragma once

namespace protokol::python {

/// Starts the interpreter on first use and leaves the GIL released, so any
/// thread can take it with pybind11::gil_scoped_acquire. Also registers the
/// object model as the module `protokol` (model.hpp). Safe to call from
/// several threads; throws std::runtime_error when Python cannot start.
///
/// The interpreter is never finalised: the plugin library is never unloaded
/// and finalising with pybind11 objects alive crashes.
void ensure_interpreter();

}  // namespace protokol::python
