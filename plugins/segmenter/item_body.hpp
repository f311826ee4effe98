// item_body.hpp: the inside of one agenda item: case and document numbers
// under the heading, sections by heading, this meeting's decision (apart
// from decisions of earlier meetings in a history), attachments and the
// members absent for the item.
#pragma once

#include <cstddef>
#include <protokol/document.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "lines.hpp"

namespace protokol::segmenter {

/// What the body pass needs to know about the document.
struct body_context {
  const std::vector<line>& lines;
  std::string_view text;          ///< the document text the lines point into
  std::string_view meeting_date;  ///< YYYY-MM-DD or ""
  bool keep_history_decisions = true;
  /// Text under an item's title before any heading is its decision (minutes
  /// with no section headings), not a `body` section.
  bool lone_text_decides = false;
  /// The document is an agenda ("Dagsorden", no minutes yet): a conclusion
  /// in it is the administration's, never a decision.
  bool agenda = false;
};

/// "Dato: 10. december 2015", "Sted: Café Lulu, Algade 25, 4500 Nykøbing
/// Sj.": the meeting's date or place under a decision's heading (PolWeb's
/// item pages, which have no header), no text of the decision.
bool is_meeting_fact_line(std::string_view t);

/// Fills numbers, sections, decision, attachments and absent of `it` from
/// lines [first, end). Unknown '#' headings add a warning to `warnings`.
void fill_item_body(const body_context& ctx, std::size_t first, std::size_t end, item& it,
                    std::vector<std::string>& warnings);

/// The attachment names in the lines of a "Bilag" section: one per line,
/// without counts ("2 bilag"), bullets and trailing document numbers.
void collect_attachments(std::string_view line_text, std::vector<std::string>& out);

}  // namespace protokol::segmenter
