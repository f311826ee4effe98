#include <gtest/gtest.h>

#include <export_common/entity_fields.hpp>

namespace {

using protokol::export_common::has_party_and_role;
using protokol::export_common::has_style;

protokol::entity of_type(const char* type) {
  protokol::entity e;
  e.type = type;
  return e;
}

// Types of the same length or the same start as those with the fields are
// told apart from them.
TEST(EntityFields, ByTypeExactly) {
  EXPECT_TRUE(has_party_and_role(of_type("person")));
  EXPECT_FALSE(has_style(of_type("person")));
  for (const char* type : {"case_number", "document_number"}) {
    EXPECT_TRUE(has_style(of_type(type))) << type;
    EXPECT_FALSE(has_party_and_role(of_type(type))) << type;
  }
  for (const char* type : {"", "party", "persons", "Person", "persom", "case_numbe", "case_numbers",
                           "document_numbex", "page_number", "date", "amount"}) {
    EXPECT_FALSE(has_party_and_role(of_type(type))) << type;
    EXPECT_FALSE(has_style(of_type(type))) << type;
  }
}

}  // namespace
