#include "danish/municipalities.hpp"

#include <array>
#include <string>
#include <unordered_map>

#include "danish/text.hpp"

namespace protokol::danish {
namespace {

// name, official form before "Kommune" ("" = the name), seat town when it is
// not the name ("" = the name), postcodes of the seat town (0 = not listed).
// Only towns that are no other municipality's seat are listed, so a town
// gives one municipality.
constexpr std::array<municipality, 98> table{{
    {"Albertslund", "", "", 2620, 2620},
    {"Allerød", "", "Lillerød", 3450, 3450},
    {"Assens", "", "", 5610, 5610},
    {"Ballerup", "", "", 2750, 2750},
    {"Billund", "", "", 7190, 7190},
    {"Bornholm", "Bornholms", "Rønne", 3700, 3700},
    {"Brøndby", "", "", 2605, 2605},
    {"Brønderslev", "", "", 9700, 9700},
    {"Dragør", "", "", 2791, 2791},
    {"Egedal", "", "Stenløse", 3660, 3660},
    {"Esbjerg", "", "", 6700, 6715},
    {"Fanø", "", "Nordby", 6720, 6720},
    {"Favrskov", "", "Hammel", 8450, 8450},
    {"Faxe", "", "Haslev", 4690, 4690},
    {"Fredensborg", "", "", 0, 0},
    {"Fredericia", "", "", 7000, 7000},
    {"Frederiksberg", "", "", 2000, 2000},
    {"Frederikshavn", "", "", 9900, 9900},
    {"Frederikssund", "", "", 3600, 3600},
    {"Furesø", "", "Farum", 3520, 3520},
    {"Faaborg-Midtfyn", "Faaborg-Midtfyns", "Faaborg", 5600, 5600},
    {"Gentofte", "", "", 2820, 2820},
    {"Gladsaxe", "", "Søborg", 2860, 2860},
    {"Glostrup", "", "", 2600, 2600},
    {"Greve", "", "", 2670, 2670},
    {"Gribskov", "", "Helsinge", 3200, 3200},
    {"Guldborgsund", "", "", 0, 0},
    {"Haderslev", "", "", 6100, 6100},
    {"Halsnæs", "", "Frederiksværk", 3300, 3300},
    {"Hedensted", "", "", 8722, 8722},
    {"Helsingør", "", "", 3000, 3000},
    {"Herlev", "", "", 2730, 2730},
    {"Herning", "", "", 7400, 7400},
    {"Hillerød", "", "", 3400, 3400},
    {"Hjørring", "", "", 9800, 9800},
    {"Holbæk", "", "", 4300, 4300},
    {"Holstebro", "", "", 7500, 7500},
    {"Horsens", "", "", 8700, 8700},
    {"Hvidovre", "", "", 2650, 2650},
    {"Høje-Taastrup", "", "Taastrup", 2630, 2630},
    {"Hørsholm", "", "", 2970, 2970},
    {"Ikast-Brande", "", "Ikast", 7430, 7430},
    {"Ishøj", "", "", 2635, 2635},
    {"Jammerbugt", "", "Aabybro", 9440, 9440},
    {"Kalundborg", "", "", 4400, 4400},
    {"Kerteminde", "", "", 5300, 5300},
    {"Kolding", "", "", 6000, 6000},
    {"København", "Københavns", "", 1000, 2450},
    {"Køge", "", "", 4600, 4600},
    {"Langeland", "", "Rudkøbing", 5900, 5900},
    {"Lejre", "", "Hvalsø", 4330, 4330},
    {"Lemvig", "", "", 7620, 7620},
    {"Lolland", "", "Maribo", 4930, 4930},
    {"Lyngby-Taarbæk", "", "Lyngby", 2800, 2800},
    {"Læsø", "", "Byrum", 9940, 9940},
    {"Mariagerfjord", "", "Hobro", 9500, 9500},
    {"Middelfart", "", "", 5500, 5500},
    {"Morsø", "", "", 0, 0},
    {"Norddjurs", "", "Grenaa", 8500, 8500},
    {"Nordfyn", "Nordfyns", "Bogense", 5400, 5400},
    {"Nyborg", "", "", 5800, 5800},
    {"Næstved", "", "", 4700, 4700},
    {"Odder", "", "", 8300, 8300},
    {"Odense", "", "", 5000, 5270},
    {"Odsherred", "", "Asnæs", 4550, 4550},
    {"Randers", "", "", 8900, 8960},
    {"Rebild", "", "Skørping", 9520, 9520},
    {"Ringkøbing-Skjern", "", "Ringkøbing", 6950, 6950},
    {"Ringsted", "", "", 4100, 4100},
    {"Roskilde", "", "", 4000, 4000},
    {"Rudersdal", "", "Holte", 2840, 2840},
    {"Rødovre", "", "", 2610, 2610},
    {"Samsø", "", "Tranebjerg", 8305, 8305},
    {"Silkeborg", "", "", 8600, 8600},
    {"Skanderborg", "", "", 8660, 8660},
    {"Skive", "", "", 7800, 7800},
    {"Slagelse", "", "", 4200, 4200},
    {"Solrød", "", "Solrød Strand", 2680, 2680},
    {"Sorø", "", "", 4180, 4180},
    {"Stevns", "", "Store Heddinge", 4660, 4660},
    {"Struer", "", "", 7600, 7600},
    {"Svendborg", "", "", 5700, 5700},
    {"Syddjurs", "", "Ebeltoft", 8400, 8400},
    {"Sønderborg", "", "", 6400, 6400},
    {"Thisted", "", "", 7700, 7700},
    {"Tønder", "", "", 6270, 6270},
    {"Tårnby", "", "Kastrup", 2770, 2770},
    {"Vallensbæk", "", "", 2625, 2625},
    {"Varde", "", "", 6800, 6800},
    {"Vejen", "", "", 6600, 6600},
    {"Vejle", "", "", 7100, 7100},
    {"Vesthimmerland", "Vesthimmerlands", "Aars", 9600, 9600},
    {"Viborg", "", "", 8800, 8800},
    {"Vordingborg", "", "", 4760, 4760},
    {"Ærø", "", "Ærøskøbing", 5970, 5970},
    {"Aabenraa", "", "", 6200, 6200},
    {"Aalborg", "", "", 9000, 9220},
    {"Aarhus", "", "", 8000, 8270},
}};

// "Aarhus'" for a name ending in s, x or z; else the name and "s".
bool is_genitive_of(std::string_view word, std::string_view name) {
  if (word.size() != name.size() + 1 || !word.starts_with(name)) return false;
  const char last = name.back();
  const bool sibilant = last == 's' || last == 'x' || last == 'z';
  return word.back() == (sibilant ? '\'' : 's');
}

// "Odense" in "Odense C", "Lyngby" in "Kongens Lyngby".
bool names_town(std::string_view town, std::string_view seat) {
  if (town == seat) return true;
  if (town.size() <= seat.size()) return false;
  return (town.starts_with(seat) && town[seat.size()] == ' ') ||
         (town.ends_with(seat) && town[town.size() - seat.size() - 1] == ' ');
}

// "Køge" -> "koege", "Lyngby-Taarbæk" -> "lyngbytaarbaek": the name as a
// host name writes it.
std::string ascii_host(std::string_view name) {
  constexpr std::pair<std::string_view, std::string_view> letters[] = {
      {"æ", "ae"}, {"ø", "oe"}, {"å", "aa"}, {"Æ", "ae"}, {"Ø", "oe"}, {"Å", "aa"}};
  std::string out;
  for (std::size_t i = 0; i < name.size();) {
    bool replaced = false;
    for (const auto& [from, to] : letters) {
      if (name.substr(i, from.size()) == from) {
        out += to;
        i += from.size();
        replaced = true;
        break;
      }
    }
    if (replaced) continue;
    const char c = name[i++];
    if (c == '-' || c == ' ') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return out;
}

// The table's names and official names ("Bornholms"), for a lookup by one
// hash instead of a pass over the 98 rows: the segmenter asks for the word
// before every "Kommune" of a text.
struct name_index {
  std::unordered_map<std::string_view, std::string_view> names, officials;
  name_index() {
    for (const auto& m : table) {
      names.emplace(m.name, m.name);
      if (!m.official.empty()) officials.emplace(m.official, m.name);
    }
  }
};

const name_index& names() {
  static const name_index index;
  return index;
}

// The municipality whose name, or whose official name, is exactly `word`;
// "" for none.
std::string_view find_in(const std::unordered_map<std::string_view, std::string_view>& index,
                         std::string_view word) {
  const auto it = index.find(word);
  return it == index.end() ? std::string_view() : it->second;
}

}  // namespace

std::span<const municipality> municipalities() { return table; }

std::string_view municipality_named(std::string_view word) {
  if (const std::string_view m = find_in(names().names, word); !m.empty()) return m;
  if (const std::string_view m = find_in(names().officials, word); !m.empty()) return m;
  return municipality_of_genitive(word);
}

std::string_view municipality_named_ignoring_case(std::string_view word) {
  const std::string folded = fold_case(word);
  for (const auto& m : table) {
    if (folded == fold_case(m.name) || (!m.official.empty() && folded == fold_case(m.official)))
      return m.name;
  }
  return {};
}

std::string_view municipality_of_genitive(std::string_view word) {
  if (word.size() < 2) return {};
  // "Aarhus'", "Odenses": the name without its genitive ending.
  const std::string_view base = word.substr(0, word.size() - 1);
  if (const std::string_view m = find_in(names().names, base);
      !m.empty() && is_genitive_of(word, m))
    return m;
  return find_in(names().officials, word);
}

std::string_view municipality_of_seat(std::string_view town) {
  for (const auto& m : table) {
    if (town == (m.seat.empty() ? m.name : m.seat)) return m.name;
  }
  return {};
}

std::string_view municipality_of_host(std::string_view host) {
  constexpr std::string_view suffix = "kommune";
  if (host.size() > suffix.size() && host.ends_with(suffix))
    host = host.substr(0, host.size() - suffix.size());
  for (const auto& m : table) {
    if (ascii_host(m.name) == host) return m.name;
  }
  return {};
}

std::string_view municipality_of_postcode(int postcode, std::string_view town) {
  for (const auto& m : table) {
    if (postcode < m.postcode_low || postcode > m.postcode_high) continue;
    // "5000 Odense C", "2800 Kongens Lyngby": the seat's name stands in the town.
    if (names_town(town, m.name) || (!m.seat.empty() && names_town(town, m.seat))) return m.name;
  }
  return {};
}

}  // namespace protokol::danish
