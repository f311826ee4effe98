// danish/parentheses.hpp: the short parentheses that hold parties and titles
// ("(A)", "(Løsgænger)", "(direktør)"), found without a regex pass over the
// whole text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace protokol::danish {

/// A parenthesis: `open` is the offset of "(", `close` that of ")".
struct parenthesis {
  std::size_t open = 0;
  std::size_t close = 0;
};

/// Finds the first parenthesis at or after `from` that holds 1 to 80
/// characters and no parenthesis or line break: the match of RE2
/// `\(([^()\n]{1,80})\)` an unanchored search from `from` gives. Returns
/// false when there is none.
bool next_parenthesis(std::string_view text, std::size_t from, parenthesis& found);

/// Every parenthesis of `text` as next_parenthesis() finds them in turn,
/// each search from the byte after the last one's ")". The party and title
/// scanners walk the same parentheses: found once, they are read twice.
std::vector<parenthesis> find_parentheses(std::string_view text);

}  // namespace protokol::danish
