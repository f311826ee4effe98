// wml.hpp: WordprocessingML element and attribute names under whatever
// prefix a part binds the namespace to ("w:" when Word writes it), and
// in-place parsing of a part with pugixml.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace protokol::docx {

/// Names in one part. Word always writes "w:", other writers may not, and
/// the same local names exist in DrawingML and OMML: the prefix decides.
class wml {
 public:
  /// Reads the prefix bound to the WordprocessingML namespace (transitional
  /// or strict) on `root`; "w:" when none is declared.
  explicit wml(pugi::xml_node root);

  /// True when `node` is the WordprocessingML element `local`.
  bool is(pugi::xml_node node, std::string_view local) const;
  /// The element's local name when it is WordprocessingML, else "".
  std::string_view local_name(pugi::xml_node node) const;
  /// First WordprocessingML child named `local`.
  pugi::xml_node child(pugi::xml_node node, std::string_view local) const;
  /// Value of the WordprocessingML attribute `local` ("" when absent).
  const char* attr(pugi::xml_node node, std::string_view local) const;
  /// Whether the WordprocessingML attribute `local` is present.
  bool has_attr(pugi::xml_node node, std::string_view local) const;
  /// An on/off property such as <w:b/>: on when present without w:val or
  /// with a val other than "0", "false", "off".
  bool on(pugi::xml_node property) const;

 private:
  std::string prefix_;
};

/// Parses `bytes` in place (pugixml keeps pointers into it, so `bytes` must
/// outlive `doc`). Throws std::runtime_error naming `part` and the offset
/// when the XML is malformed, and naming `part` when its elements nest more
/// than 256 deep (the body is read by recursion).
void parse_part(pugi::xml_document& doc, std::string& bytes, const char* part);

}  // namespace protokol::docx
