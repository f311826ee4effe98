// side_panel.hpp: the extracted fields beside the text: meeting, items,
// entities by type, warnings.
#pragma once

#include <export_common/public_view.hpp>
#include <protokol/document.hpp>
#include <string>
#include <vector>

#include "html_out.hpp"

namespace protokol::review_export {

/// Writes <aside class="panel">. Items link to `anchors` (see
/// item_anchors), entities to their highlight (#e-INDEX). Closed items
/// `view` withholds show number, title, the closed badge and case numbers.
void write_side_panel(html_out& out, const document& doc, const export_common::public_view& view,
                      const std::vector<std::string>& anchors);

}  // namespace protokol::review_export
