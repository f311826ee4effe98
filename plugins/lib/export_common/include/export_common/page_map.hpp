// export_common/page_map.hpp: the page an offset lies on, for documents
// from paged sources. Readers of paged formats (pdf; docx with written page
// breaks) put a form feed between pages of the text, so the page of an
// offset is one more than the form feeds before it. Kept in the exporters,
// not the data model, so the plugin ABI did not change for it.
#pragma once

#include <cstddef>
#include <optional>
#include <protokol/document.hpp>
#include <vector>

namespace protokol::export_common {

class page_map {
 public:
  /// Indexes the form feeds of `doc.text`. A document is paged when its
  /// format is "pdf" or its text holds a form feed; `doc` may go after.
  explicit page_map(const document& doc);

  bool paged() const { return paged_; }
  /// 1-based page of `offset`; nothing when the document is not paged.
  std::optional<std::size_t> page_of(std::size_t offset) const;

 private:
  bool paged_ = false;
  std::vector<std::size_t> breaks_;  ///< offsets of form feeds, ascending
};

}  // namespace protokol::export_common
