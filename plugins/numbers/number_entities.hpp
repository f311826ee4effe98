// number_entities.hpp: case_number and document_number entities of a document.
#pragma once

#include <cstddef>
#include <protokol/document.hpp>
#include <string>
#include <vector>

#include "danish/lines.hpp"

namespace protokol::numbers {

/// What to extract.
struct number_options {
  /// Styles to keep ("kle", "municipality-year-serial", "prefixed",
  /// "year-serial", "yy-serial", "year-slash-serial", "yy-slash-serial",
  /// "serial-year", "other"); empty keeps all.
  std::vector<std::string> styles;
  /// A bare number in an attachment list ("Bilag") names an attached
  /// document, so it becomes a document_number rather than a case_number.
  bool attachments_are_documents = true;
};

/// Every case and document number in `doc.text`, in text order, with its
/// item (by offset), style and byte offsets.
std::vector<entity> extract_numbers(const document& doc, const number_options& options);

/// Which lines of a document belong to an attachment list: a "Bilag"
/// section, or (without section kinds) a run of short title lines right
/// under a "Bilag" heading inside the same item. Worked out once per
/// document, so asking for every number costs no more than a binary search
/// each: walking up from each number cost quadratic time on a long list or
/// on a long line of numbers.
class attachment_lists {
 public:
  /// `doc` must outlive this.
  explicit attachment_lists(const document& doc);
  /// True when the line holding `offset` belongs to an attachment list.
  bool contains(std::size_t offset) const;

 private:
  const document& doc_;
  const danish::line_index lines_;
  /// Per line: the nearest line at or above it that ends the walk up from a
  /// number (a "Bilag" heading, or a line that is no attachment title); -1
  /// when there is none.
  std::vector<std::ptrdiff_t> stop_at_or_above_;
  std::vector<bool> heading_;  ///< per line: a "Bilag" heading
};

}  // namespace protokol::numbers
