// heading_map.hpp: the Danish section headings of an agenda item and the
// fixed vocabulary of section kinds they map to (docs/sections.md).
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace protokol::segmenter {

/// The section kinds. Every section a segmenter writes has one of these.
namespace kind {
inline constexpr std::string_view summary = "summary";
inline constexpr std::string_view background = "background";
inline constexpr std::string_view legal = "legal";
inline constexpr std::string_view case_ = "case";  // trailing underscore: `case` is a keyword
inline constexpr std::string_view content = "content";
inline constexpr std::string_view assessment = "assessment";
inline constexpr std::string_view economy = "economy";
inline constexpr std::string_view impact = "impact";
inline constexpr std::string_view consultation = "consultation";
inline constexpr std::string_view process = "process";
inline constexpr std::string_view participation = "participation";
inline constexpr std::string_view attendance = "attendance";
inline constexpr std::string_view recommendation = "recommendation";
inline constexpr std::string_view decision = "decision";
inline constexpr std::string_view history = "history";
inline constexpr std::string_view attachments = "attachments";
inline constexpr std::string_view body = "body";
inline constexpr std::string_view other = "other";
}  // namespace kind

/// One row of the heading table: a heading as written (compared ignoring
/// case, with a trailing colon dropped) and its kind.
struct heading_rule {
  const char* heading;
  std::string_view kind;
};

/// The fixed headings, for review and for docs/sections.md.
std::span<const heading_rule> heading_rules();

/// Every kind of the vocabulary, in documentation order.
std::span<const std::string_view> section_kinds();

/// How a line was recognised as a heading.
enum class heading_type {
  none,             ///< not a heading
  fixed,            ///< a heading of the table
  decision_record,  ///< "Beslutning fra <udvalg> den <dato>:" and its kin
};

/// A line recognised as a section heading.
struct heading_match {
  heading_type type = heading_type::none;
  std::string_view kind;         ///< for decision records: kind::decision
  std::string heading;           ///< as written, markup and trailing colon removed
  std::string_view inline_text;  ///< text after "Heading:" on the same line, if any
  std::string date;              ///< decision record: YYYY-MM-DD of the meeting it records

  explicit operator bool() const { return type != heading_type::none; }
  /// "Beslutning" alone on its line: no record of a meeting, no text after it.
  bool is_plain_decision() const;
};

/// Classifies one line (already stripped of '#' marks and wrapping
/// emphasis). Returns type none for body text.
heading_match classify_heading(std::string_view text);

/// "Referat" as the first line under an item's heading (Region Nordjylland's
/// pages: each item's minutes under it): the item's decision. Only there: the
/// word alone elsewhere is the document's title or a running header.
heading_match minutes_heading_under_title(std::string_view text);

/// "Integrationsudvalgets møde den 12. december 2011:" (PolWeb): a body's
/// meeting, its date and a colon, over that meeting's decision. A cheap test
/// of the words; classify_heading checks that a body is named.
bool may_name_bodys_meeting(std::string_view line);

/// "Landdistriktsudvalget, 19.11.2018" (Næstved's pages, as the first line
/// under "Beslutning"): a body and the date it decided, nothing else on the
/// line. The caller checks where it stands.
bool is_decision_stamp(std::string_view line);

/// True when `text` is a heading of the table or a decision record; cheap
/// enough to call on any line.
bool is_section_heading(std::string_view text);

/// "• Resume": a whole fixed heading (or a decision record: "• Beslutning i
/// Byrådet den 20-06-2018") after a bullet ("•", "▪", "-", "*", "◦" or
/// "–"), as a web page's fold-out sections are saved as text. Type none otherwise. Whether
/// a list goes on under it is the caller's to check.
heading_match classify_bulleted_heading(std::string_view text);

/// True when `text` starts with the bullet classify_bulleted_heading reads.
bool starts_with_heading_bullet(std::string_view text);

/// True when that bullet is "•" or "▪", as a browser saves a page's list
/// (the others, "-", "*", "◦", "–", bullet lists in a text as well).
bool starts_with_page_bullet(std::string_view text);

}  // namespace protokol::segmenter
