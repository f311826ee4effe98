// document_check: the host's check of what a stage hands back. A stage in
// Python is checked as its document is converted (plugins/python); one in
// C++ writes the data model directly, so the runner checks the document after
// each stage before any exporter trusts it (docs/plugin-guide.md, "Errors").
#pragma once

#include <protokol/document.hpp>
#include <string>

namespace protokol {

/// The first thing in `doc` that breaks the output contract, as a sentence
/// naming it; "" when nothing does. Checked: every offset inside the text and
/// no span ending before it starts (items, sections, entities); an entity has
/// a type and names an item of the document or none; an item has a number;
/// the meeting's date is YYYY-MM-DD and its time HH:MM, or empty; a
/// participant is "present" or "absent"; the detector's confidence lies in
/// [0, 1].
std::string contract_breach(const document& doc);

}  // namespace protokol
