// furniture.hpp: running headers, footers and page numbers.
#pragma once

#include <string_view>
#include <vector>

#include "layout.hpp"

namespace protokol::pdf {

/// Share of the page's longer side, at the top and at the bottom, where
/// running headers and footers live.
inline constexpr double furniture_band = 0.08;

/// "Side 3 af 12", "Side 3", "3/12", "- 3 -", "Page 3 of 12", a lone number
/// (arabic, or lowercase roman as front matter has).
bool is_page_number(std::string_view text);

/// Marks `furniture` on band lines that repeat (digits ignored) on at least
/// half the pages and at least 3 of them; in a 2-page document on both pages
/// at the same place with the same text; and on page-number lines in a band.
/// `pages[i]` are page i's rows, `heights[i]` its height, `widths[i]` its
/// width.
void mark_furniture(std::vector<std::vector<line>>& pages, const std::vector<double>& heights,
                    const std::vector<double>& widths);

}  // namespace protokol::pdf
