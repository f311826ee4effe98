// danish/party_mentions.hpp: where parties are named in running text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "danish/parentheses.hpp"

namespace protokol::danish {

/// One party named in a text.
struct party_mention {
  std::size_t start = 0;  ///< byte offset of the party as written (inside any parentheses)
  std::size_t end = 0;
  std::string value;           ///< canonical_party() of it
  bool parenthesised = false;  ///< written in parentheses, as after a member's name: "(A)"
};

/// Finds party mentions: anything canonical_party() knows inside
/// parentheses ("(A)", "(SF)", "(A, F, Ø)", "(Løsgænger)"), abbreviations
/// written in capitals as words ("SF", "EL", "UFP"), and full party names
/// ("Det Konservative Folkeparti"). Names that are also everyday words
/// ("Venstre", "Alternativet") are taken only inside a sentence, not at its
/// start. Bare single letters are not taken: outside parentheses they are
/// far more often list markers than parties (vote phrases parse their own).
std::vector<party_mention> find_party_mentions(std::string_view text);

/// The same with the text's parentheses already found (find_parentheses()).
std::vector<party_mention> find_party_mentions(std::string_view text,
                                               const std::vector<parenthesis>& parentheses);

}  // namespace protokol::danish
