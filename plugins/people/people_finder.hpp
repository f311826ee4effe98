// people_finder.hpp: every place a person is named, with the party, role and
// attendance the text gives right there.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "danish/parentheses.hpp"
#include "danish/party_mentions.hpp"

namespace protokol::people {

/// What made a stretch of text a person's name, strongest first.
enum class cue {
  attendance,  ///< an entry of an attendance list ("Mødedeltagere", "Afbud:", "Tilstede:")
  absence,     ///< "<name> deltog ikke ...", "<name> var fraværende"
  party,       ///< a party right after it: "Tina Graugaard (C)", "Jens Hansen, UFP"
  role,        ///< a title next to it: "erhvervschef Bjørn Engsig", "Per Hansen (direktør)"
  first_name,  ///< a common first name and a surname: "Søren Larsen"
};

/// One mention of a person.
struct person_mention {
  std::size_t start = 0;  ///< the name as written
  std::size_t end = 0;
  std::string party;  ///< canonical, when written at the mention
  std::string
      role;  ///< lowercase title with its qualifier ("kst. jobcenterchef", "2. viceborgmester")
  cue source = cue::first_name;
  bool absent = false;     ///< listed or described as absent
  bool in_header = false;  ///< an entry of the meeting header's attendance lists
};

/// Tuning of find_people().
struct finder_options {
  int min_name_parts = 2;       ///< capitalised words a name needs (initials do not count)
  bool use_first_names = true;  ///< also take "<first name> <surname>" without any other cue
};

/// All person mentions in `text`, in text order, one per name occurrence.
/// `header_end` is where the first item starts: attendance lists before it
/// are the meeting's; after it only absence lists ("Afbud: ...") count.
std::vector<person_mention> find_people(std::string_view text, std::size_t header_end,
                                        const finder_options& options);

/// The same with the text's parentheses (danish::find_parentheses()) and
/// party mentions (danish::find_party_mentions() of them) already found.
std::vector<person_mention> find_people(std::string_view text, std::size_t header_end,
                                        const std::vector<danish::parenthesis>& parentheses,
                                        const std::vector<danish::party_mention>& parties,
                                        const finder_options& options);

/// The role a phrase names: an optional ordinal or qualifier and a title,
/// lowercase ("2. viceborgmester", "kst. jobcenterchef"); what follows the
/// title ("for Arbejdsmarked") is dropped. "" when the phrase names none.
std::string role_phrase(std::string_view phrase);

}  // namespace protokol::people
