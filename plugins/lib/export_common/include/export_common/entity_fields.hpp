// export_common/entity_fields.hpp: which of an entity's optional fields the
// exporters write, by its type; one answer for the three formats.
#pragma once

#include <protokol/document.hpp>
#include <string_view>

namespace protokol::export_common {

// Compared as string_view: libstdc++ 12 compares std::string with a
// character pointer by strlen and memcmp, where a string_view compares the
// lengths first, and the types of most entities differ in length.

/// True for a person, who has a party and a role.
inline bool has_party_and_role(const entity& e) { return std::string_view(e.type) == "person"; }

/// True for a case or document number, which has a style.
inline bool has_style(const entity& e) {
  const std::string_view type = e.type;
  return type == "case_number" || type == "document_number";
}

}  // namespace protokol::export_common
