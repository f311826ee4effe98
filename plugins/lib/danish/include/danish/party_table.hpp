// danish/party_table.hpp: the reviewable table behind canonical_party(), for
// code that scans text for party names (party_mentions.hpp) and for docs.
#pragma once

#include <span>
#include <string_view>

namespace protokol::danish {

/// How a party is written.
enum class party_form {
  letter,        ///< the ballot letter: "A", "Ø"
  abbreviation,  ///< "SF", "EL", "RV", "UFP"
  name,          ///< "Socialdemokratiet", "Det Konservative Folkeparti", "Løsgænger"
};

/// One way of writing a party and the canonical value it maps to.
struct party_spelling {
  std::string_view written;
  std::string_view canonical;
  party_form form;
  /// True when the spelling is also an everyday Danish word ("Venstre" =
  /// left, "Alternativet" = the alternative): text scanners then take it
  /// only where a party is expected, not anywhere in running text.
  bool common_word;
};

/// Every known spelling, letters first. Single letters not in the table
/// (local lists get any free letter) are still accepted by canonical_party().
std::span<const party_spelling> party_spellings();

}  // namespace protokol::danish
