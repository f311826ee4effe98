// First names table. Frequent first names among Danish residents (Danish
// Statistics' name lists), male and female, of Danish and other origins.
// Extend it freely: a first name only helps find a name that has no title
// or party beside it, and never overrides the non-name words.
#include "danish/first_names.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "danish/bytes.hpp"

namespace protokol::danish {
namespace {

// Sorted (byte order), for binary search.
constexpr std::string_view first_names[] = {
    "Aage",      "Abdi",      "Abdullah",  "Adam",      "Adrian",     "Agnete",    "Ahmad",
    "Ahmed",     "Aksel",     "Albert",    "Alberte",   "Alexander",  "Alfred",    "Ali",
    "Allan",     "Alma",      "Amalie",    "Anders",    "Andreas",    "André",     "Anette",
    "Anita",     "Anja",      "Anker",     "Ann",       "Anna",       "Anne",      "Annette",
    "Anton",     "Arne",      "Arnold",    "Asger",     "Asta",       "Astrid",    "Axel",
    "Aya",       "Benedikte", "Benjamin",  "Benny",     "Bent",       "Bente",     "Berit",
    "Bernhard",  "Birger",    "Birgit",    "Birgitte",  "Bjarne",     "Bjørn",     "Bo",
    "Bodil",     "Brian",     "Britt",     "Camilla",   "Carl",       "Caroline",  "Carsten",
    "Casper",    "Cecilie",   "Charlotte", "Christian", "Christina",  "Christine", "Christoffer",
    "Clara",     "Claus",     "Dagmar",    "Dan",       "Daniel",     "David",     "Dennis",
    "Ditte",     "Dorte",     "Dorthe",    "Ebba",      "Edith",      "Egon",      "Einar",
    "Elias",     "Elisabeth", "Ella",      "Ellen",     "Else",       "Emil",      "Emilie",
    "Emma",      "Erik",      "Erling",    "Erna",      "Esben",      "Eva",       "Fatima",
    "Flemming",  "Frank",     "Frederik",  "Frida",     "Frode",      "Gitte",     "Grete",
    "Gudrun",    "Gunnar",    "Hanna",     "Hanne",     "Hans",       "Harald",    "Helena",
    "Helge",     "Helle",     "Henning",   "Henriette", "Henrik",     "Hilda",     "Hussein",
    "Ib",        "Ida",       "Inge",      "Inger",     "Ingrid",     "Irene",     "Isabella",
    "Ivan",      "Jacob",     "Jakob",     "Jan",       "Jane",       "Janne",     "Jannik",
    "Jens",      "Jeppe",     "Jesper",    "Jette",     "Jimmy",      "Joachim",   "Johan",
    "Johanne",   "Johannes",  "John",      "Jonas",     "Jonathan",   "Josefine",  "Julie",
    "Jørgen",    "Jørn",      "Kaj",       "Karen",     "Karin",      "Karina",    "Karl",
    "Karoline",  "Karsten",   "Kasper",    "Kathrine",  "Katrine",    "Keld",      "Kenneth",
    "Kent",      "Kim",       "Kirsten",   "Kirstine",  "Kjeld",      "Klara",     "Klaus",
    "Knud",      "Kristian",  "Kristina",  "Kristine",  "Kristoffer", "Lars",      "Lasse",
    "Laura",     "Lea",       "Leif",      "Lene",      "Leo",        "Lilly",     "Lina",
    "Line",      "Lis",       "Lisbeth",   "Lise",      "Lone",       "Louise",    "Lucas",
    "Lukas",     "Mads",      "Magnus",    "Maja",      "Malene",     "Malthe",    "Marcus",
    "Maria",     "Marianne",  "Marie",     "Mark",      "Martin",     "Mathias",   "Mathilde",
    "Mehmet",    "Merete",    "Mette",     "Mia",       "Michael",    "Mikael",    "Mikkel",
    "Mogens",    "Mohamad",   "Mohamed",   "Mohammad",  "Mohammed",   "Mona",      "Morten",
    "Nadia",     "Naja",      "Nanna",     "Nicolai",   "Niels",      "Niklas",    "Nikolaj",
    "Nina",      "Noah",      "Noor",      "Ole",       "Oliver",     "Olivia",    "Oscar",
    "Oskar",     "Otto",      "Palle",     "Peder",     "Per",        "Pernille",  "Peter",
    "Philip",    "Pia",       "Poul",      "Preben",    "Rasmus",     "René",      "Rikke",
    "Rita",      "Rune",      "Ruth",      "Sandra",    "Sanne",      "Sara",      "Sarah",
    "Sebastian", "Signe",     "Simon",     "Sofia",     "Sofie",      "Steen",     "Stefan",
    "Steffen",   "Sten",      "Sune",      "Susan",     "Susanne",    "Svend",     "Søren",
    "Thomas",    "Thor",      "Tina",      "Tobias",    "Tom",        "Tommy",     "Torben",
    "Tove",      "Trine",     "Troels",    "Uffe",      "Ulla",       "Ulrik",     "Valdemar",
    "Verner",    "Vibeke",    "Victor",    "Victoria",  "Viggo",      "Villads",   "Villum",
    "William",   "Winnie",    "Yusuf",     "Yvonne",    "Zainab",
};

static_assert(std::is_sorted(std::begin(first_names), std::end(first_names)));

constexpr unsigned name_hash(std::string_view word) {
  std::uint32_t h = 2166136261u;
  for (const char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h >> 20;
}

// Most capitalised words are no first name: a hash set rules them out
// before the binary search.
constexpr auto first_name_hashes = [] {
  bit_table<4096> t;
  for (const auto name : first_names) t.set(name_hash(name));
  return t;
}();

}  // namespace

bool is_first_name(std::string_view word) {
  return first_name_hashes.test(name_hash(word)) &&
         std::binary_search(std::begin(first_names), std::end(first_names), word);
}

}  // namespace protokol::danish
