// text_pane.hpp: the document text with items, sections and entities
// highlighted at their byte offsets.
#pragma once

#include <cstddef>
#include <export_common/page_map.hpp>
#include <export_common/public_view.hpp>
#include <protokol/document.hpp>
#include <string>
#include <vector>

#include "html_out.hpp"

namespace protokol::review_export {

/// Anchor ids of the items ("item-<number>", "-2", "-3" ... for repeated
/// numbers), in the order of doc.items; the side panel links to them.
std::vector<std::string> item_anchors(const document& doc);

/// Writes doc.text as nested <div class="item">, <div class="section"> and
/// <mark class="ent t-TYPE"> elements. Highlights may overlap in any way:
/// the walk closes and reopens elements so that the markup nests, and the
/// first piece of each highlight carries its id (items: the heading
/// <h2 id="item-N">; entities: id="e-INDEX"). Offsets are clamped to the
/// text and moved outwards to UTF-8 character boundaries. The body of an
/// item `view` withholds is not written: only its heading line.
void write_text_pane(html_out& out, const document& doc, const export_common::public_view& view,
                     const export_common::page_map& pages, const std::vector<std::string>& anchors);

}  // namespace protokol::review_export
