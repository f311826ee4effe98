// stray_closed.hpp: a closed item's marker left inside an open item, the
// sign that the closed item's heading was missed (segment.stray_closed_marker).
#pragma once

#include <protokol/document.hpp>
#include <string>
#include <vector>

#include "lines.hpp"
#include "toc.hpp"

namespace protokol::segmenter {

/// Appends a warning for every open item that holds a closed item's marker
/// beside a case number line, or a title with its closed status over a
/// section's heading (docs/segmentation.md, `stray_closed_marker`); and for
/// the text before the first item (outside the table of contents
/// `contents`) that holds one, or a closed part's divider over a section's
/// heading.
void warn_of_closed_markers_in_open_items(const std::vector<line>& lines,
                                          const std::vector<item>& items, const toc& contents,
                                          std::vector<std::string>& warnings);

}  // namespace protokol::segmenter
