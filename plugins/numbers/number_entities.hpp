// number_entities.hpp: case_number and document_number entities of a document.
#pragma once

#include <cstddef>
#include <optional>
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
/// under a "Bilag" heading inside the same item. Most numbers are asked
/// about by a short walk up over the lines above them (usually one line
/// decides), within a bounded stretch of text; only a walk that would go
/// further works out every line's answer, once per document, after which
/// each question is a binary search. Working out every line up front cost
/// more than all the numbers of most documents, and walking without a bound
/// cost quadratic time on a long list or a long line of numbers.
class attachment_lists {
 public:
  /// `doc` must outlive this.
  explicit attachment_lists(const document& doc) : doc_(doc) {}
  /// True when the line holding `offset` belongs to an attachment list.
  bool contains(std::size_t offset) const;

 private:
  /// The answer of the lines above `offset`, read from at most
  /// walk_budget bytes before it; nullopt when that is not enough.
  std::optional<bool> walk_up(std::size_t offset, std::size_t floor) const;
  /// The answer from the per-line tables, built on first use.
  bool from_tables(std::size_t offset, std::size_t floor) const;
  void build_tables() const;

  const document& doc_;
  mutable std::optional<danish::line_index> lines_;
  /// Per line: the nearest line at or above it that ends the walk up from a
  /// number (a "Bilag" heading, or a line that is no attachment title); -1
  /// when there is none.
  mutable std::vector<std::ptrdiff_t> stop_at_or_above_;
  mutable std::vector<bool> heading_;  ///< per line: a "Bilag" heading
};

}  // namespace protokol::numbers
