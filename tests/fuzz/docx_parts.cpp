#include "docx_parts.hpp"

#include <array>

#include "test_docx.hpp"

namespace protokol::fuzz {

std::string docx_from_parts(std::string_view parts) {
  constexpr std::array<const char*, 3> names = {"word/document.xml", "word/styles.xml",
                                                "word/numbering.xml"};
  std::vector<docx::test::part> entries;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::size_t nul = parts.find('\0');
    const std::string_view part = parts.substr(0, nul);
    parts = nul == std::string_view::npos ? std::string_view() : parts.substr(nul + 1);
    if (i == 0 || !part.empty()) entries.emplace_back(names[i], std::string(part));
  }
  return docx::test::make_zip(entries);
}

}  // namespace protokol::fuzz
