#include "docx_numbering.hpp"

#include "wml.hpp"

namespace protokol::docx {
namespace {

int to_int(const char* s, int fallback) {
  try {
    return *s == '\0' ? fallback : std::stoi(s);
  } catch (const std::exception&) {
    return fallback;
  }
}

void read_level(const wml& w, pugi::xml_node lvl, list_level& level) {
  if (const pugi::xml_node f = w.child(lvl, "numFmt")) level.format = w.attr(f, "val");
  if (const pugi::xml_node t = w.child(lvl, "lvlText")) level.text = w.attr(t, "val");
  if (const pugi::xml_node s = w.child(lvl, "start")) level.start = to_int(w.attr(s, "val"), 1);
  if (const pugi::xml_node l = w.child(lvl, "isLgl")) level.legal = w.on(l);
}

int level_index(const wml& w, pugi::xml_node node) {
  const int i = to_int(w.attr(node, "ilvl"), -1);
  return i >= 0 && i < list_levels ? i : -1;
}

std::string letters(int n, char first) {
  // Word's letters: a..z, then aa..zz, aaa..: the letter repeated.
  const int index = (n - 1) % 26;
  const int times = (n - 1) / 26 + 1;
  return std::string(static_cast<std::size_t>(times), static_cast<char>(first + index));
}

std::string roman(int n, bool upper) {
  static constexpr std::pair<int, const char*> table[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [value, digits] : table) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

}  // namespace

std::string format_number(int n, std::string_view format) {
  if (n >= 1 && n <= 3999 && (format == "lowerRoman" || format == "upperRoman"))
    return roman(n, format == "upperRoman");
  if (n >= 1 && n <= 780 && (format == "lowerLetter" || format == "upperLetter"))
    return letters(n, format == "upperLetter" ? 'A' : 'a');
  if (format == "decimalZero" && n >= 0 && n < 10) return "0" + std::to_string(n);
  return std::to_string(n);
}

numbering::numbering(const pugi::xml_document& part) {
  const pugi::xml_node root = part.document_element();
  const wml w(root);
  for (pugi::xml_node a = root.first_child(); a; a = a.next_sibling()) {
    if (!w.is(a, "abstractNum")) continue;
    levels& def = abstract_[w.attr(a, "abstractNumId")];
    for (pugi::xml_node lvl = a.first_child(); lvl; lvl = lvl.next_sibling()) {
      const int i = w.is(lvl, "lvl") ? level_index(w, lvl) : -1;
      if (i >= 0) read_level(w, lvl, def[static_cast<std::size_t>(i)]);
    }
  }
  for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
    if (!w.is(n, "num")) continue;
    const int id = to_int(w.attr(n, "numId"), -1);
    const auto def = abstract_.find(w.attr(w.child(n, "abstractNumId"), "val"));
    if (id <= 0 || def == abstract_.end()) continue;
    list_state& state = lists_[id];
    state.definition = def->second;
    for (pugi::xml_node o = n.first_child(); o; o = o.next_sibling()) {
      const int i = w.is(o, "lvlOverride") ? level_index(w, o) : -1;
      if (i < 0) continue;
      list_level& level = state.definition[static_cast<std::size_t>(i)];
      if (const pugi::xml_node lvl = w.child(o, "lvl")) read_level(w, lvl, level);
      if (const pugi::xml_node s = w.child(o, "startOverride"))
        level.start = to_int(w.attr(s, "val"), level.start);
    }
  }
}

std::string numbering::next(int num_id, int ilvl) {
  const auto it = lists_.find(num_id);
  if (it == lists_.end()) return {};
  if (ilvl < 0 || ilvl >= list_levels) ilvl = 0;
  list_state& s = it->second;
  const auto at = static_cast<std::size_t>(ilvl);
  const levels& def = s.definition;
  s.count[at] = s.started[at] ? s.count[at] + 1 : def[at].start;
  s.started[at] = true;
  // A higher level's number restarts the levels below it.
  for (std::size_t deeper = at + 1; deeper < list_levels; ++deeper) s.started[deeper] = false;

  const list_level& level = def[at];
  if (level.format == "bullet") return "-";
  if (level.format == "none" && level.text.find('%') != std::string::npos) return {};
  std::string label;
  for (std::size_t i = 0; i < level.text.size(); ++i) {
    const char c = level.text[i];
    if (c == '%' && i + 1 < level.text.size() && level.text[i + 1] >= '1' &&
        level.text[i + 1] <= '9') {
      const auto k = static_cast<std::size_t>(level.text[i + 1] - '1');
      const int n = s.started[k] ? s.count[k] : def[k].start;
      label += format_number(n, level.legal ? "decimal" : def[k].format);
      ++i;
    } else {
      label += c;
    }
  }
  return label;
}

}  // namespace protokol::docx
