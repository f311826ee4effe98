// danish/decisions.hpp: which parts of an item are this meeting's own record
// (its decision, its absences) and which quote earlier meetings ("Historik",
// "Beslutning fra Økonomiudvalget, 14. juni 2022"). Absences and votes are
// read only from this meeting's parts.
#pragma once

#include <cstddef>
#include <protokol/document.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace protokol::danish {

/// A half-open byte range [start, end) of `document::text`.
struct text_range {
  std::size_t start = 0;
  std::size_t end = 0;
};

/// Number of the item whose [start, end) holds `offset`; "" before the
/// first item (the meeting header) or outside every item.
std::string item_number_at(const document& doc, std::size_t offset);

/// ISO date (YYYY-MM-DD) of the first date in `text`, read by find_date()
/// (danish/dates.hpp): "15. august 2019", "4. okt. 2023", "21-11-2022",
/// "04.10.2023", "6/3-19", "2022-11-21". Returns "" when there is none.
std::string first_date(std::string_view text);

/// The meeting's date: `doc.meeting.date` when the segmenter set it, else
/// the first date before the first item.
std::string meeting_date(const document& doc);

/// meeting_date() of one document, worked out on first use and kept: for
/// callers that visit every item of a document (not thread-safe; one per
/// document and thread).
class meeting_date_cache {
 public:
  explicit meeting_date_cache(const document& doc) : doc_(doc) {}
  const std::string& get();

 private:
  const document& doc_;
  bool known_ = false;
  std::string value_;
};

/// Parts of `it` that belong to this meeting: the whole item except
/// sections of kind "history". When the segmenter gave the item no section
/// kinds, headings decide: "Historik" and "Tidligere behandling" start
/// history, and so does a decision heading dated another day than the
/// meeting ("Beslutning fra Ældreudvalget, 2. juni 2022, pkt. 8:").
std::vector<text_range> current_ranges(const document& doc, const item& it);

/// current_ranges() with the meeting's date from `date` (of the same document).
std::vector<text_range> current_ranges(const document& doc, const item& it,
                                       meeting_date_cache& date);

/// Parts of `it` holding this meeting's decision: sections of kind
/// "decision", else the text under "Beslutning", "Vedtagelse i ..." or a
/// decision heading dated the meeting's day, up to the next known heading.
std::vector<text_range> decision_ranges(const document& doc, const item& it);

/// decision_ranges() with the meeting's date from `date` (of the same document).
std::vector<text_range> decision_ranges(const document& doc, const item& it,
                                        meeting_date_cache& date);

}  // namespace protokol::danish
