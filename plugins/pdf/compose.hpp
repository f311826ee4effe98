// compose.hpp: lines in reading order -> text with light markup.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "layout.hpp"

namespace protokol::pdf {

/// The body size: the font size most characters of the document have.
double body_size(const std::vector<std::vector<line>>& pages);

/// Writes the pages' lines as text: paragraphs joined into one line, blank
/// lines between blocks, '# ' / '## ' for lines clearly larger than
/// `body`, '**...**' for whole bold lines, '\f' between pages.
std::string compose(const std::vector<std::vector<line>>& pages, double body);

/// Joins `next` onto `text` (a line ending in a word broken over the line
/// end or not): "kommu-" + "nalbestyrelse" -> "kommunalbestyrelse", but
/// "Social-" + "og" stays "Social- og". Appends a space otherwise.
void join_line(std::string& text, std::string_view next);

/// `text` ends with a letter and a hyphen and `next` starts with a lowercase
/// letter and is not one of "og", "eller", "samt", "til".
bool hyphen_joins(std::string_view text, std::string_view next);

}  // namespace protokol::pdf
