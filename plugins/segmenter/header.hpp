// header.hpp: the meeting header before the first item: the heading line
// (title, committee, date), labelled fields ("Mødedato", "Dato",
// "Mødested", "Sted", "Mødedeltagere", "Deltagere", "Tilstede", "Afbud",
// "Fraværende", "Sekretær", ...) and what no field took (front matter).
#pragma once

#include <cstddef>
#include <protokol/document.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lines.hpp"
#include "toc.hpp"

namespace protokol::segmenter {

/// What a header label fills.
enum class header_field {
  date,
  time,
  when_where,  ///< date, time and place in one value ("Tid og sted: ...")
  location,
  present,
  absent,
  secretary,
  committee,
  municipality,
  /// A fact of the meeting the output has no field for ("Mødet afsluttet:
  /// kl. 17:30"): its label ends the value before it, and its value is read
  /// as nothing else.
  ignored
};

/// One row of the header label table.
struct header_label {
  std::string_view label;
  header_field field;
  const char* role;  ///< role given to people listed under the label ("sekretær"), or ""
  /// Only a line holding the label alone, its list below: "Indkaldelse"
  /// over one member a line, not an agenda's "Indkaldelse til møde i ...".
  bool alone = false;
  /// Only with a colon after it: "Bestyrelsen: X, Y og Z", not the board's
  /// name heading its minutes.
  bool needs_colon = false;
};

/// The header label table, for review and docs/segmentation.md.
std::span<const header_label> header_labels();

/// The committee named in a heading line such as "REFERAT Udvalget for
/// Erhverv d. 21-11-2022" or "Referat af mødet i Økonomiudvalget den 3.
/// maj 2023"; "" when the line names none.
std::string committee_from_title(std::string_view title);

/// Fills `meeting` (all but municipality) from lines [0, end). Lines of the
/// table of contents go to the front matter untouched.
void parse_header(const std::vector<line>& lines, std::size_t end, const toc& contents,
                  meeting_info& meeting);

/// The body and date of this meeting's decision headings.
struct decided_by {
  std::string committee;
  std::string date;  ///< YYYY-MM-DD
};

/// The committee named by this meeting's decision headings from line
/// `from` on ("Beslutning i Plan- og Miljøudvalget den 12-06-2018",
/// "Forretningsudvalgets beslutning den 8. november 2022:"): only headings
/// dated `meeting_date` (when known) and naming `committee` (when known;
/// another body's are its history); all must name one body on one date,
/// else both fields are "".
decided_by committee_from_decisions(const std::vector<line>& lines, std::size_t from,
                                    std::string_view meeting_date, std::string_view committee = {});

/// The full match of a decision heading naming its body and date with
/// (?i:beslutning|beslutninger|afgørelse)\s+(?:(?i:i|fra)\s+)?([A-ZÀ-ÖØ-Þ].*?)\s+(?:(?i:den|d\.)\s+)?(\d.*)
/// ("Beslutning i Byrådet den 9. oktober 2018"): the body and what follows
/// it from the date's first digit, as RE2 gives them. Read by hand where the
/// line is ASCII and Latin-1; RE2 reads the rest.
bool match_decided_line(std::string_view t, std::string_view& body, std::string_view& when);

/// Whether two names of a body are one body: "Forretningsudvalget" and
/// "Forretningsudvalg - mødesager" (a page's heading), case aside.
bool same_body(std::string_view a, std::string_view b);

/// Item-level absences told in the header: "Marianne Due deltog ikke under
/// punkterne 2-3" adds the name to the `absent` of items 2 and 3.
void add_item_absences_from_header(const std::vector<line>& lines, std::size_t header_end,
                                   std::vector<item>& items);

/// A line whose notes of absence all name other items than `item_number`
/// ("X deltog ikke under punkt 3" under item 1): add_item_absences_from_header
/// books them to those items, so the item's own absences leave the line out.
bool names_other_items_only(std::string_view line, std::string_view item_number);

/// "X forlod mødet kl. 15.40 under behandlingen af dette punkt" (or "under
/// punkt 47", "efter punkt 4") in an item's text: X is absent from the items
/// after that one. `text` is the document's: most hold no "forlod m" at all.
void add_absences_after_leaving(std::string_view text, std::vector<item>& items);

/// "Tilstede var:" over the members, first in the decision approving the
/// agenda (Copenhagen's edoc pages, which give the header no list): read as
/// the header's lists and added to the meeting's participants, when the
/// header named nobody present.
void add_participants_listed_in_decision(const std::vector<line>& lines,
                                         const std::vector<item>& items, meeting_info& meeting);

/// An item that records who came to the meeting ("1. Fraværende", "1.
/// Deltagere og fraværende", "Afbud"), or a first item "Godkendelse af
/// dagsorden" noting regrets: who it says was absent was absent from the
/// meeting, so is a participant with status "absent". Substitutes named in
/// open items ("Y deltager i stedet") are present, role "stedfortræder".
/// Call before add_item_absences_from_header: only the items' own words count.
void add_absences_of_attendance_items(const std::vector<item>& items, meeting_info& meeting);

/// The municipality when the header or a signature tells it, else the one
/// that dominates the text; "" when the text does not tell.
std::string find_municipality(const std::vector<line>& lines, std::size_t header_end,
                              const toc& contents, const meeting_info& meeting,
                              std::string_view text);

}  // namespace protokol::segmenter
