// docx_body.hpp: word/document.xml's body as text with light markup: one
// line per paragraph, "# " for headings, "**...**" for all-bold paragraphs,
// list numbers as shown, "| a | b |" for table rows, '\f' for page breaks.
#pragma once

#include <pugixml.hpp>
#include <string>

#include "docx_numbering.hpp"
#include "docx_styles.hpp"

namespace protokol::docx {

/// Which page breaks become form feeds.
enum class page_breaks {
  all,   ///< hard breaks and those Word recorded at its last layout (w:lastRenderedPageBreak)
  hard,  ///< w:br w:type="page", "page break before" and section breaks to a new page only
  none,  ///< no form feeds (a hard break inside a paragraph becomes a line end)
};

/// Writes the body of a parsed word/document.xml. `lists` counts as it goes.
/// The text is UTF-8 as the XML held it, not yet NFC; `size_hint` (the
/// part's size) sizes the output buffer.
std::string body_text(const pugi::xml_document& document, const style_sheet& styles,
                      numbering& lists, page_breaks breaks, std::size_t size_hint = 0);

}  // namespace protokol::docx
