// convert.hpp: the document to Python objects (model.hpp) and back, checked.
#pragma once

#include <pybind11/pybind11.h>

#include <protokol/document.hpp>

#include "text_index.hpp"

namespace protokol::python {

/// A protokol.Document holding a copy of `doc`; offsets become str indices.
/// Call with the GIL held.
pybind11::object to_python(const document& doc, const text_index& index);

/// Writes what a script left in `py_doc` back into `doc`, after checking all
/// of it: known fields only, right types, offsets inside the text with start
/// <= end, entity items naming an item, text unchanged. On the first problem
/// throws std::runtime_error naming the field ("entities[2].end: ...") and
/// leaves `doc` untouched. Call with the GIL held.
void from_python(pybind11::handle py_doc, document& doc, const text_index& index);

}  // namespace protokol::python
