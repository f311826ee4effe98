// segment.hpp: the segmentation stage's logic: one document's text into
// meeting header, agenda items and their sections.
#pragma once

#include <cstddef>
#include <protokol/document.hpp>
#include <string_view>

namespace protokol::segmenter {

/// The stage parameters (see segmenter.cpp for their documentation).
struct segment_options {
  std::size_t max_title_lines = 3;
  bool toc_check = true;
  bool keep_history_decisions = true;
  bool numbered_items = true;
};

/// How the warning for minutes without a known item heading starts: "...
/// though N decision headings stand in the text: ..." (the segment stage
/// makes it its quarantine reason).
inline constexpr std::string_view unknown_headings_warning =
    "segment: no agenda items found, though ";

/// What the warning says of an open item holding a line that marks an item
/// closed ("segment: item 1 \"...\" holds a line marking an item closed"):
/// the segment stage quarantines such a document when asked to
/// (stray_closed_marker=quarantine, as the public pipeline does).
inline constexpr std::string_view closed_marker_warning = " holds a line marking an item closed";

/// Fills doc.meeting and doc.items from doc.text and appends what it
/// noticed to doc.warnings. Never throws on odd input: a document without
/// items gets a warning.
void segment_document(document& doc, const segment_options& options);

}  // namespace protokol::segmenter
