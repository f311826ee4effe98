#include "model.hpp"

#include <pybind11/eval.h>

namespace py = pybind11;

namespace protokol::python {

const char* const model_source = R"PY(
"""protokol's document model for Python stages (see docs/python-stages.md)."""


def _record(name, fields, doc):
    """A class whose instances have exactly `fields` (name -> default factory)."""

    def __init__(self, **values):
        unknown = sorted(set(values) - set(fields))
        if unknown:
            raise AttributeError(f"{name} has no field {unknown[0]!r}")
        for field, default in fields.items():
            setattr(self, field, values[field] if field in values else default())

    def __repr__(self):
        return f"{name}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"

    def __eq__(self, other):
        return type(other) is type(self) and all(
            getattr(self, f) == getattr(other, f) for f in fields)

    return type(name, (), {"__slots__": tuple(fields), "__init__": __init__,
                           "__repr__": __repr__, "__eq__": __eq__, "__hash__": None,
                           "__doc__": doc, "__module__": "protokol"})


Participant = _record("Participant", {"name": str, "party": str, "role": str, "status": str},
                      "A member or official of the meeting; status is 'present' or 'absent'.")
Meeting = _record("Meeting", {"title": str, "committee": str, "municipality": str, "date": str,
                              "start_time": str, "location": str, "participants": list,
                              "front_matter": str},
                  "The meeting as a whole; participants is a list of Participant.")
Section = _record("Section", {"heading": str, "kind": str, "text": str, "start": int, "end": int},
                  "A headed part of an item; start/end are str indices into Document.text.")
Votes = _record("Votes", {"for_": list, "against": list, "abstained": list, "unanimous": bool,
                          "for_count": type(None), "against_count": type(None),
                          "abstained_count": type(None)},
                "Who voted how: lists of party values or names; unanimous for 'enstemmigt'; "
                "the counts as the minutes give them, None where they give none.")
Item = _record("Item", {"number": str, "title": str, "closed": bool, "case_numbers": list,
                        "document_numbers": list, "sections": list, "decision": str,
                        "votes": Votes, "attachments": list, "absent": list, "start": int,
                        "end": int},
               "One agenda item; sections is a list of Section, votes a Votes.")
Entity = _record("Entity", {"type": str, "text": str, "value": str, "item": str, "start": int,
                            "end": int, "party": str, "role": str, "style": str},
                 "Something found in the text; item is an item number or '' (meeting header).")


class Source:
    """Where the document came from; path, sha256 and bytes are read-only."""
    __slots__ = ("_path", "_sha256", "_bytes", "format", "dialect", "encoding", "confidence")

    def __init__(self, path, sha256, bytes, format, dialect, encoding, confidence):
        self._path, self._sha256, self._bytes = path, sha256, bytes
        self.format, self.dialect, self.encoding = format, dialect, encoding
        self.confidence = confidence

    path = property(lambda self: self._path)
    sha256 = property(lambda self: self._sha256)
    bytes = property(lambda self: self._bytes)

    def __repr__(self):
        return f"Source(path={self._path!r}, format={self.format!r}, dialect={self.dialect!r})"


class Document:
    """One input file; text and key are read-only, offsets are str indices into text."""
    __slots__ = ("_key", "_text", "source", "meeting", "items", "entities", "warnings")

    def __init__(self, key, text, source, meeting, items, entities, warnings):
        self._key, self._text = key, text
        self.source, self.meeting = source, meeting
        self.items, self.entities, self.warnings = items, entities, warnings

    key = property(lambda self: self._key)
    text = property(lambda self: self._text)

    def __repr__(self):
        return f"Document(key={self._key!r}, items={len(self.items)}, entities={len(self.entities)})"
)PY";

void register_model_module() {
  py::module_ types = py::module_::import("types");
  py::object module = types.attr("ModuleType")("protokol");
  py::exec(model_source, module.attr("__dict__"));
  py::module_::import("sys").attr("modules")["protokol"] = module;
}

py::module_ model_module() { return py::module_::import("protokol"); }

}  // namespace protokol::python
