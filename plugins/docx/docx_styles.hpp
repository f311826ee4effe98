// docx_styles.hpp: what a paragraph or character style means for the text
// (heading level, bold, list numbering), resolved through word/styles.xml
// and its basedOn chains once per document.
#pragma once

#include <optional>
#include <pugixml.hpp>
#include <string>
#include <unordered_map>

#include "wml.hpp"

namespace protokol::docx {

/// A list reference: <w:numPr><w:numId/><w:ilvl/></w:numPr>.
struct num_ref {
  int num_id = -1;  ///< -1: not set here; 0: numbering switched off
  int ilvl = -1;    ///< -1: not set here
};

/// A style with its basedOn chain folded in.
struct resolved_style {
  int heading_level = 0;  ///< 1-9, 0 for body text
  bool bold = false;      ///< runs are bold unless they say otherwise
  bool page_break_before = false;
  /// The style's name, or one it is based on, says closed ("Lukket punkt",
  /// "Fortroligt punkt"): a heading in it heads a closed item.
  bool names_closed = false;
  num_ref numbering;
};

/// The styles of one document.
class style_sheet {
 public:
  /// No styles part: every paragraph is body text.
  style_sheet() = default;
  /// Reads a parsed word/styles.xml.
  explicit style_sheet(const pugi::xml_document& styles);

  /// The paragraph style `id`, or the default paragraph style when `id` is
  /// empty or unknown (what Word does).
  const resolved_style& paragraph(std::string_view id) const;
  /// Bold of the character style `id`, when its chain sets it.
  std::optional<bool> character_bold(std::string_view id) const;

 private:
  std::unordered_map<std::string, resolved_style> paragraph_;
  std::unordered_map<std::string, bool> character_bold_;
  resolved_style default_paragraph_;
};

/// Heading level a style name gives: "heading 1".."heading 9" (the names
/// Word stores whatever the user's language) and "Title" -> 1; else 0.
int heading_level_of_name(std::string_view name);

}  // namespace protokol::docx
