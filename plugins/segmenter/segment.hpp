// segment.hpp: the segmentation stage's logic: one document's text into
// meeting header, agenda items and their sections.
#pragma once

#include <cstddef>
#include <protokol/document.hpp>

namespace protokol::segmenter {

/// The stage parameters (see segmenter.cpp for their documentation).
struct segment_options {
  std::size_t max_title_lines = 3;
  bool toc_check = true;
  bool keep_history_decisions = true;
  bool numbered_items = true;
};

/// Fills doc.meeting and doc.items from doc.text and appends what it
/// noticed to doc.warnings. Never throws on odd input: a document without
/// items gets a warning.
void segment_document(document& doc, const segment_options& options);

}  // namespace protokol::segmenter
