// docx_parts.hpp: a Word document made from its XML parts, so the fuzzer can
// mutate the XML the docx reader parses. A mutated .docx almost never gets
// that far: nearly every change breaks the zip's checksums first.
#pragma once

#include <string>
#include <string_view>

namespace protokol::fuzz {

/// Splits `parts` at NUL bytes into word/document.xml, word/styles.xml and
/// word/numbering.xml (an empty or missing styles or numbering part is left
/// out) and zips them into the bytes of a .docx (with the docx tests' zip
/// writer, plugins/docx/tests/test_docx.hpp).
std::string docx_from_parts(std::string_view parts);

}  // namespace protokol::fuzz
