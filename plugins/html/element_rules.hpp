// element_rules.hpp: what an HTML element is to the text: dropped (scripts,
// hidden parts, form controls, navigation, agenda-system buttons and
// attachment counters), a block of some kind, or inline.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace protokol::html {

/// How an element shapes the text.
enum class element_kind {
  inline_,    ///< joins the line it is in (span, a, em, unknown tags)
  bold,       ///< <b>, <strong>: a block wholly inside becomes **text**
  paragraph,  ///< p, div, section, ...: set apart by a blank line
  line,       ///< dt, dd, caption, summary: a line of its own
  heading,    ///< h1..h6
  pre,        ///< whitespace kept
  list,       ///< ul, ol, menu, dir
  list_item,  ///< li
  table,
  row,   ///< tr
  cell,  ///< td, th
  line_break,
  rule,  ///< hr
};

/// The element's kind by its tag name (libxml2 lowercases HTML names).
element_kind kind_of(const xmlNode* element);

/// Level 1-6 of an <hN> element.
int heading_level(const xmlNode* element);

/// The value of attribute `name` when it is plain text, else empty.
std::string_view attribute(const xmlNode* element, std::string_view name);

/// True when the element and everything in it is no content: see
/// docs/reading-html.md, "What is dropped".
bool is_dropped(const xmlNode* element);

/// The words of the closed marker ("Lukket punkt") an inline element stands
/// for when markup alone carries it: an icon's alt text, `aria-label` or
/// `title`; the text of a screen-reader-only element; in a heading
/// (`in_heading`), an element whose whole text is one (a badge). Else empty.
std::string closed_marker(const xmlNode* element, bool in_heading);

/// A member's party, role or attendance in an element of its own: a class
/// naming it ("party", "member__role", "parti", "rolle", "status"), or a
/// badge or tag whose whole text is an attendance word ("Afbud") or a
/// party's letter ("C").
bool is_member_detail(const xmlNode* element);

/// The closed marker a heading's own `title` or `aria-label` names
/// (<h2 title="Lukket punkt">), as closed_marker's words; else empty.
std::string heading_label_marker(const xmlNode* heading);

/// An icon without words that its name calls a lock: a class ("fa-lock",
/// "bi-lock-fill", "icon-laas") or an image's file ("/icons/laas.png");
/// never an open lock ("fa-unlock", "lock-open"), "clock" or "block".
bool is_lock_icon(const xmlNode* element);

/// "<div class="beslutning">Godkendt.</div>": a block the page marks as a
/// decision by its class or id alone. The section heading the segmenter
/// reads ("Beslutning"), or "" when the block is none or says it itself.
std::string_view decision_block_label(const xmlNode* element);

/// Up to `limit` bytes of the element's text, whitespace collapsed; stops
/// early (and returns more than `limit` bytes) on a longer text, so a test on
/// a short label never walks a large subtree.
std::string short_text(const xmlNode* element, std::size_t limit);

}  // namespace protokol::html
