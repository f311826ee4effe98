// number_entities.hpp: case_number and document_number entities of a document.
#pragma once

#include <protokol/document.hpp>
#include <string>
#include <vector>

namespace protokol::numbers {

/// What to extract.
struct number_options {
  /// Styles to keep ("kle", "municipality-year-serial", "prefixed",
  /// "year-serial", "yy-serial", "yy-slash-serial", "other"); empty keeps all.
  std::vector<std::string> styles;
  /// A bare number in an attachment list ("Bilag") names an attached
  /// document, so it becomes a document_number rather than a case_number.
  bool attachments_are_documents = true;
};

/// Every case and document number in `doc.text`, in text order, with its
/// item (by offset), style and byte offsets.
std::vector<entity> extract_numbers(const document& doc, const number_options& options);

/// True when the line holding `offset` belongs to an attachment list: a
/// "Bilag" section, or (without section kinds) a run of short title lines
/// right under a "Bilag" heading inside the same item.
bool in_attachment_list(const document& doc, std::size_t offset);

}  // namespace protokol::numbers
