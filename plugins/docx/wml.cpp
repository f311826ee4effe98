#include "wml.hpp"

#include <cstring>
#include <stdexcept>

namespace protokol::docx {
namespace {

constexpr std::string_view transitional_ns =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view strict_ns = "http://purl.oclc.org/ooxml/wordprocessingml/main";

// Far deeper than Word nests (a table in a content control in a table cell
// is a dozen levels). The body is read by recursion, one call per level, so
// a part nested a hundred thousand deep would overflow the stack; libxml2
// stops at the same depth by default.
constexpr int max_nesting = 256;

// pugixml's traversal keeps its own stack, so measuring costs no recursion.
class nesting_probe final : public pugi::xml_tree_walker {
 public:
  bool for_each(pugi::xml_node&) override { return depth() < max_nesting; }
};

}  // namespace

wml::wml(pugi::xml_node root) : prefix_("w:") {
  for (const pugi::xml_attribute a : root.attributes()) {
    const std::string_view name = a.name();
    const std::string_view value = a.value();
    if (value != transitional_ns && value != strict_ns) continue;
    if (name == "xmlns") {
      prefix_.clear();
    } else if (name.starts_with("xmlns:")) {
      prefix_ = std::string(name.substr(6)) + ":";
    }
    return;
  }
}

std::string_view wml::local_name(pugi::xml_node node) const {
  const std::string_view name = node.name();
  if (!name.starts_with(prefix_)) return {};
  const std::string_view local = name.substr(prefix_.size());
  // With an empty prefix, "a:t" must not pass for "t".
  if (prefix_.empty() && local.find(':') != std::string_view::npos) return {};
  return local;
}

bool wml::is(pugi::xml_node node, std::string_view local) const {
  return node.type() == pugi::node_element && local_name(node) == local;
}

pugi::xml_node wml::child(pugi::xml_node node, std::string_view local) const {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
    if (is(c, local)) return c;
  return {};
}

const char* wml::attr(pugi::xml_node node, std::string_view local) const {
  for (const pugi::xml_attribute a : node.attributes()) {
    const std::string_view name = a.name();
    if (name.size() == prefix_.size() + local.size() && name.starts_with(prefix_) &&
        name.substr(prefix_.size()) == local)
      return a.value();
  }
  return "";
}

bool wml::has_attr(pugi::xml_node node, std::string_view local) const {
  for (const pugi::xml_attribute a : node.attributes()) {
    const std::string_view name = a.name();
    if (name.size() == prefix_.size() + local.size() && name.starts_with(prefix_) &&
        name.substr(prefix_.size()) == local)
      return true;
  }
  return false;
}

bool wml::on(pugi::xml_node property) const {
  if (!property) return false;
  const std::string_view v = attr(property, "val");
  return v != "0" && v != "false" && v != "off";
}

void parse_part(pugi::xml_document& doc, std::string& bytes, const char* part) {
  // ws_pcdata_single keeps <w:t xml:space="preserve"> </w:t>, the blank
  // between two runs, without keeping the whitespace between elements.
  const pugi::xml_parse_result parsed = doc.load_buffer_inplace(
      bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!parsed) {
    throw std::runtime_error("malformed XML in Word document part " + std::string(part) +
                             " at byte " + std::to_string(parsed.offset) + ": " +
                             parsed.description());
  }
  nesting_probe probe;
  if (!doc.traverse(probe)) {
    throw std::runtime_error("Word document part " + std::string(part) +
                             " nests elements more than " + std::to_string(max_nesting) + " deep");
  }
}

}  // namespace protokol::docx
