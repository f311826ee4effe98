// fuzz_checks.hpp: the contracts a fuzz target checks on what a stage made.
// A broken one stops the target as a sanitizer report does, so libFuzzer
// keeps the input as a finding.
#pragma once

#include <protokol/document.hpp>
#include <string_view>

namespace protokol::fuzz {

/// Stops the target when `holds` is false.
inline void expect(bool holds) {
  if (!holds) __builtin_trap();
}

/// What every reader promises of document::text: well-formed UTF-8, in NFC,
/// with LF line ends (no CR left).
void expect_reader_text(std::string_view text);

/// Items lie inside the text in text order, each with start <= end, and
/// every section lies inside the text with start <= end.
void expect_items_inside(const document& doc);

/// Entities lie inside the text in text order, each with start <= end.
void expect_entities_inside(const document& doc);

}  // namespace protokol::fuzz
