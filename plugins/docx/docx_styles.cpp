#include "docx_styles.hpp"

#include <optional>
#include <vector>

namespace protokol::docx {
namespace {

// What one <w:style> says by itself, before basedOn.
struct own_style {
  std::string based_on;
  std::optional<int> heading_level;
  std::optional<bool> bold;
  std::optional<bool> page_break_before;
  bool names_closed = false;
  num_ref numbering;
};

// Deeper chains are cycles or hostile: Word itself stops far earlier.
constexpr int max_chain = 32;

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

int to_int(const char* s, int fallback) {
  try {
    return *s == '\0' ? fallback : std::stoi(s);
  } catch (const std::exception&) {
    return fallback;
  }
}

num_ref read_num_ref(const wml& w, pugi::xml_node ppr) {
  num_ref ref;
  const pugi::xml_node num_pr = w.child(ppr, "numPr");
  if (!num_pr) return ref;
  if (const pugi::xml_node id = w.child(num_pr, "numId"))
    ref.num_id = to_int(w.attr(id, "val"), -1);
  if (const pugi::xml_node lvl = w.child(num_pr, "ilvl")) ref.ilvl = to_int(w.attr(lvl, "val"), -1);
  return ref;
}

std::optional<int> outline_level(const wml& w, pugi::xml_node ppr) {
  const pugi::xml_node lvl = w.child(ppr, "outlineLvl");
  if (!lvl) return std::nullopt;
  const int v = to_int(w.attr(lvl, "val"), 9);
  // 9 is "body text": an explicit no-heading that stops inheritance.
  return v >= 0 && v <= 8 ? v + 1 : 0;
}

own_style read_style(const wml& w, pugi::xml_node style) {
  own_style s;
  s.based_on = w.attr(w.child(style, "basedOn"), "val");
  const pugi::xml_node ppr = w.child(style, "pPr");
  s.heading_level = outline_level(w, ppr);
  if (!s.heading_level) {
    const int by_name = heading_level_of_name(w.attr(w.child(style, "name"), "val"));
    if (by_name > 0) s.heading_level = by_name;
  }
  s.numbering = read_num_ref(w, ppr);
  const std::string name = lower_ascii(w.attr(w.child(style, "name"), "val"));
  s.names_closed =
      name.find("lukket") != std::string::npos || name.find("fortrolig") != std::string::npos;
  if (const pugi::xml_node b = w.child(ppr, "pageBreakBefore")) s.page_break_before = w.on(b);
  if (const pugi::xml_node b = w.child(w.child(style, "rPr"), "b")) s.bold = w.on(b);
  return s;
}

using own_map = std::unordered_map<std::string, own_style>;

resolved_style resolve(const own_map& styles, const std::string& id, resolved_style base) {
  // Collect the chain from the style up, then apply it from the root down.
  std::vector<const own_style*> chain;
  std::string at = id;
  for (int depth = 0; depth < max_chain && !at.empty(); ++depth) {
    const auto it = styles.find(at);
    if (it == styles.end()) break;
    chain.push_back(&it->second);
    at = it->second.based_on;
  }
  resolved_style r = base;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const own_style& s = **it;
    if (s.heading_level) r.heading_level = *s.heading_level;
    if (s.bold) r.bold = *s.bold;
    if (s.page_break_before) r.page_break_before = *s.page_break_before;
    r.names_closed = r.names_closed || s.names_closed;
    if (s.numbering.num_id >= 0) r.numbering.num_id = s.numbering.num_id;
    if (s.numbering.ilvl >= 0) r.numbering.ilvl = s.numbering.ilvl;
  }
  return r;
}

}  // namespace

int heading_level_of_name(std::string_view name) {
  const std::string n = lower_ascii(name);
  if (n == "title") return 1;
  if (n.size() == 9 && n.starts_with("heading ") && n[8] >= '1' && n[8] <= '9') return n[8] - '0';
  return 0;
}

style_sheet::style_sheet(const pugi::xml_document& doc) {
  const pugi::xml_node root = doc.document_element();
  const wml w(root);
  resolved_style defaults;
  const pugi::xml_node rpr_default = w.child(w.child(root, "docDefaults"), "rPrDefault");
  defaults.bold = w.on(w.child(w.child(rpr_default, "rPr"), "b"));

  own_map paragraphs;
  own_map characters;
  std::string default_id;
  for (pugi::xml_node s = root.first_child(); s; s = s.next_sibling()) {
    if (!w.is(s, "style")) continue;
    const std::string_view type = w.attr(s, "type");
    const std::string id = w.attr(s, "styleId");
    if (type == "paragraph" || type.empty()) {
      paragraphs.emplace(id, read_style(w, s));
      const std::string_view is_default = w.attr(s, "default");
      if (is_default == "1" || is_default == "true" || is_default == "on") default_id = id;
    } else if (type == "character") {
      characters.emplace(id, read_style(w, s));
    }
  }
  for (const auto& [id, own] : paragraphs)
    paragraph_.emplace(id, resolve(paragraphs, id, defaults));
  for (const auto& [id, own] : characters) {
    // A character style changes bold only when its chain sets it.
    std::string at = id;
    for (int depth = 0; depth < max_chain && !at.empty(); ++depth) {
      const auto it = characters.find(at);
      if (it == characters.end()) break;
      if (it->second.bold) {
        character_bold_.emplace(id, *it->second.bold);
        break;
      }
      at = it->second.based_on;
    }
  }
  const auto it = paragraph_.find(default_id);
  default_paragraph_ = it != paragraph_.end() ? it->second : defaults;
}

const resolved_style& style_sheet::paragraph(std::string_view id) const {
  if (!id.empty()) {
    const auto it = paragraph_.find(std::string(id));
    if (it != paragraph_.end()) return it->second;
  }
  return default_paragraph_;
}

std::optional<bool> style_sheet::character_bold(std::string_view id) const {
  if (id.empty()) return std::nullopt;
  const auto it = character_bold_.find(std::string(id));
  if (it == character_bold_.end()) return std::nullopt;
  return it->second;
}

}  // namespace protokol::docx
