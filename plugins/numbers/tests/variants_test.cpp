// Layouts not in the corpus (tests/fixtures/entities/): other numbering
// styles, labels, and numbers that must not be taken.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>

#include "entity_testing.hpp"
#include "number_entities.hpp"

namespace et = protokol::entity_testing;

namespace {

using key =
    std::tuple<std::string, std::string, std::string, std::string>;  // type, value, item, style

std::set<key> numbers_in(const std::string& fixture) {
  const auto doc = et::document_with_items(
      et::read_file(et::source_dir() / "tests/fixtures/entities" / fixture));
  std::set<key> out;
  for (const auto& e : protokol::numbers::extract_numbers(doc, {}))
    out.insert({e.type, e.value, e.item, e.style});
  return out;
}

}  // namespace

TEST(NumbersVariants, CouncilMinutesStyles) {
  EXPECT_EQ(numbers_in("council_abbreviations.txt"),
            (std::set<key>{{"case_number", "2012-28504", "1", "year-serial"},
                           {"document_number", "12/27845-3", "1", "yy-slash-serial"},
                           {"case_number", "82.02.00-P19-1-16", "2", "kle"},
                           {"case_number", "306-2009-600", "3", "municipality-year-serial"},
                           {"case_number", "EMN-2025-010561", "4", "prefixed"}}));
}

TEST(NumbersVariants, PdfLayoutWithNumberedAttachments) {
  EXPECT_EQ(numbers_in("pdf_layout.txt"),
            (std::set<key>{{"case_number", "23-004512", "1", "yy-serial"},
                           {"case_number", "23-004513A", "2", "yy-serial"},
                           {"document_number", "23/004514", "2", "yy-slash-serial"},
                           {"document_number", "23/004515", "2", "yy-slash-serial"}}));
}
