// did_you_mean: the closest known name to a misspelt one, for messages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace protokol {

/// Levenshtein distance between two byte strings.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// "; did you mean 'x'?" for the closest candidate within a distance that a
/// typo explains (a third of the length, at least 2), else "".
std::string did_you_mean(std::string_view written, const std::vector<std::string>& candidates);

}  // namespace protokol
