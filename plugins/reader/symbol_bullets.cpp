#include "symbol_bullets.hpp"

#include <string_view>

namespace protokol::reader {
namespace {

struct symbol_bullet {
  std::string_view symbol;  ///< the private-use character, UTF-8
  std::string_view shown;   ///< what the font draws for it
};

// The bullets of Word's bullet library: Symbol's dot, Wingdings' square,
// filled square, arrowhead, diamond and check mark, Symbol's dash.
constexpr symbol_bullet bullets[] = {
    {"\uF0B7", "\u2022"}, {"\uF0A7", "\u25AA"}, {"\uF06E", "\u25A0"}, {"\uF0D8", "\u27A2"},
    {"\uF076", "\u2756"}, {"\uF0FC", "\u2713"}, {"\uF02D", "-"},
};

bool at_line_start(const std::string& text, std::size_t i) {
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  return i == 0 || text[i - 1] == '\n' || text[i - 1] == '\f';
}

// The bullet that starts at `i` (a U+F0xx, EF 80..83 xx), or null.
const symbol_bullet* bullet_at(const std::string& text, std::size_t i) {
  const std::string_view rest = std::string_view(text).substr(i);
  for (const auto& b : bullets)
    if (rest.starts_with(b.symbol)) return &b;
  return nullptr;
}

}  // namespace

bool replace_symbol_bullets(std::string& text) {
  bool replaced = false;
  for (std::size_t i = text.find('\xEF'); i != std::string::npos; i = text.find('\xEF', i + 1)) {
    const symbol_bullet* b = bullet_at(text, i);
    if (b == nullptr || !at_line_start(text, i)) continue;
    text.replace(i, b->symbol.size(), b->shown);
    replaced = true;
    // The bullet alone on its line over its entry (PyMuPDF and pdfminer give
    // Word's bullet a line of its own): "•" over "Ib Kristoffersen (A)" is
    // one entry, "• Ib Kristoffersen (A)".
    std::size_t end = i + b->shown.size();
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
    if (end < text.size() && text[end] == '\n') {
      std::size_t next = end + 1;
      while (next < text.size() && (text[next] == ' ' || text[next] == '\t')) ++next;
      if (next < text.size() && text[next] != '\n' && text[next] != '\f')
        text.replace(i + b->shown.size(), next - i - b->shown.size(), " ");
    }
  }
  return replaced;
}

}  // namespace protokol::reader
