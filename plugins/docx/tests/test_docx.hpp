// test_docx.hpp: Word documents made in memory for the docx tests.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace protokol::docx::test {

/// One zip entry: name and bytes.
using part = std::pair<std::string, std::string>;

/// A zip archive (deflated entries) holding `parts`, written by libzip.
std::string make_zip(const std::vector<part>& parts);

/// WordprocessingML: `body` wrapped in <w:document><w:body>.
std::string document_xml(const std::string& body);
/// `styles` wrapped in <w:styles>.
std::string styles_xml(const std::string& styles);
/// `lists` wrapped in <w:numbering>.
std::string numbering_xml(const std::string& lists);

/// A .docx holding word/document.xml with `body`, and styles and numbering
/// parts when given.
std::string make_docx(const std::string& body, const std::string& styles = {},
                      const std::string& numbering = {});

/// The whole file `name` under tests/fixtures.
std::string fixture(const std::string& name);

}  // namespace protokol::docx::test
