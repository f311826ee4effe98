// danish/first_names.hpp: common first names in Denmark, so that a name in
// running text is recognised without a title or party beside it ("På mødet
// vil Søren Larsen fortælle ..."). The table is data (first_names.cpp):
// frequent names among Danish residents, of Danish and other origins.
#pragma once

#include <span>
#include <string_view>

namespace protokol::danish {

/// True when `word` (as written, capitalised) is a common first name.
bool is_first_name(std::string_view word);

/// Every name is_first_name() knows, in byte order (for its tests).
std::span<const std::string_view> first_name_table();

}  // namespace protokol::danish
