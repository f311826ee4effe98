// model.hpp: the document as Python objects (the module `protokol`).
//
// Plain Python classes with __slots__: setting a field that does not exist
// raises AttributeError naming it, at the line of the script that tried, and
// Document.text, Document.key and Source.path/sha256/bytes are read-only
// properties. Scripts get copies: a script may keep references freely, and
// nothing reaches the C++ document until convert.hpp has checked it.
#pragma once

#include <pybind11/pybind11.h>

namespace protokol::python {

/// Python source of the module; docs/python-stages.md describes it.
extern const char* const model_source;

/// Creates the module `protokol` from model_source and puts it in
/// sys.modules. Call with the GIL held, once per interpreter.
void register_model_module();

/// The module `protokol`. Call with the GIL held.
pybind11::module_ model_module();

}  // namespace protokol::python
