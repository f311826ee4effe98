// titles.hpp: item titles: closed-item markers ("Lukket:", "LUKKET",
// "Lukket punkt") and the normalised key that matches an item to its
// table-of-contents entry.
#pragma once

#include <string>
#include <string_view>

namespace protokol::segmenter {

/// `title` without closed markers at its start or end; `closed` is set when
/// one was found. "Lukket: LUKKET Meddelelser" -> "Meddelelser".
std::string_view strip_closed_markers(std::string_view title, bool& closed);

/// True for a line that on its own marks an item closed ("Lukket",
/// "Lukket punkt", "LUKKET").
bool is_closed_line(std::string_view text);

/// Matching key for a title: markup, closed markers and a leading item label
/// ("Punkt 3:", "3.") removed, blanks collapsed, lowercase.
std::string title_key(std::string_view title);

/// True when two keys name the same item: equal, or one is a prefix of the
/// other (tables of contents cut titles short, wrapped titles may be cut by
/// max_title_lines). Short prefixes do not count.
bool keys_match(std::string_view a, std::string_view b);

}  // namespace protokol::segmenter
