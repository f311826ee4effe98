// First names table. Frequent first names among Danish residents (Danish
// Statistics' name lists), male and female, of Danish and other origins.
// Extend it freely: a first name only helps find a name that has no title
// or party beside it, and never overrides the non-name words.
#include "danish/first_names.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

#include "danish/bytes.hpp"

namespace protokol::danish {
namespace {

// Sorted (byte order), for binary search.
constexpr std::string_view first_names[] = {
    "Aage",        "Aase",      "Abdel",     "Abdi",       "Abdullah",   "Adam",      "Adrian",
    "Agnes",       "Agnete",    "Ahmad",     "Ahmed",      "Aksel",      "Albert",    "Alberte",
    "Alexander",   "Alf",       "Alfred",    "Ali",        "Alice",      "Allan",     "Alma",
    "Amalie",      "Amanda",    "Anders",    "Andreas",    "André",      "Ane",       "Anette",
    "Anita",       "Anja",      "Anker",     "Ann",        "Anna",       "Anne",      "Annemette",
    "Annette",     "Anni",      "Annie",     "Anton",      "Arne",       "Arnold",    "Arthur",
    "Asbjørn",     "Asger",     "Asta",      "Astrid",     "Axel",       "Aya",       "Ayse",
    "Bendt",       "Benedikte", "Benjamin",  "Benny",      "Bent",       "Bente",     "Benthe",
    "Berit",       "Bernhard",  "Bertram",   "Betina",     "Bettina",    "Birger",    "Birgit",
    "Birgitte",    "Birthe",    "Bitten",    "Bjarke",     "Bjarne",     "Bjørn",     "Bo",
    "Bodil",       "Brian",     "Britt",     "Britta",     "Bruno",      "Børge",     "Camilla",
    "Carina",      "Carl",      "Carla",     "Caroline",   "Carsten",    "Casper",    "Cecilie",
    "Charlotte",   "Christel",  "Christen",  "Christian",  "Christina",  "Christine", "Christoffer",
    "Christopher", "Claes",     "Clara",     "Claus",      "Connie",     "Conny",     "Dagmar",
    "Dan",         "Daniel",    "David",     "Dennis",     "Dina",       "Ditlev",    "Ditte",
    "Dorit",       "Dorrit",    "Dorte",     "Dorthe",     "Dorthea",    "Ebba",      "Ebbe",
    "Edith",       "Egil",      "Egon",      "Eigil",      "Einar",      "Ejnar",     "Ejner",
    "Ejvind",      "Elias",     "Elin",      "Elisabeth",  "Ella",       "Ellen",     "Ellinor",
    "Elna",        "Elsa",      "Else",      "Elsebeth",   "Emil",       "Emilie",    "Emma",
    "Emre",        "Erik",      "Erling",    "Erna",       "Esben",      "Eskild",    "Ester",
    "Esther",      "Eva",       "Evald",     "Evy",        "Fatima",     "Fatma",     "Finn",
    "Flemming",    "Folmer",    "Frands",    "Frank",      "Freddy",     "Frede",     "Frederik",
    "Freja",       "Frida",     "Frits",     "Frode",      "Gerda",      "Gert",      "Gitte",
    "Gorm",        "Grete",     "Grethe",    "Gudrun",     "Gunhild",    "Gunnar",    "Gurli",
    "Gustav",      "Hakon",     "Hamid",     "Hanna",      "Hanne",      "Hans",      "Harald",
    "Hardy",       "Harry",     "Hassan",    "Hasse",      "Heidi",      "Heine",     "Helena",
    "Helge",       "Hella",     "Helle",     "Helmer",     "Henning",    "Henny",     "Henriette",
    "Henrik",      "Henry",     "Herbert",   "Herluf",     "Hilda",      "Hjalte",    "Hjørdis",
    "Holger",      "Hussein",   "Ib",        "Ibrahim",    "Ida",        "Inga",      "Inge",
    "Inger",       "Ingolf",    "Ingrid",    "Irene",      "Iris",       "Isabella",  "Ivan",
    "Ivar",        "Iver",      "Jacob",     "Jacqueline", "Jakob",      "Jamal",     "Jan",
    "Jane",        "Janne",     "Janni",     "Jannie",     "Jannik",     "Jeanette",  "Jeannette",
    "Jens",        "Jeppe",     "Jesper",    "Jess",       "Jette",      "Jimmi",     "Jimmy",
    "Joachim",     "Joakim",    "Joan",      "Johan",      "Johanne",    "Johannes",  "John",
    "Johnny",      "Jon",       "Jonas",     "Jonathan",   "Jonna",      "Josefine",  "Judith",
    "Julie",       "Jytte",     "Jørgen",    "Jørn",       "Kai",        "Kaj",       "Kamilla",
    "Karen",       "Karin",     "Karina",    "Karl",       "Karla",      "Karoline",  "Karsten",
    "Kasper",      "Kate",      "Kathrine",  "Katrine",    "Keld",       "Kell",      "Kenn",
    "Kennet",      "Kenneth",   "Kent",      "Khalid",     "Kim",        "Kirsten",   "Kirsti",
    "Kirstine",    "Kjeld",     "Kjell",     "Klara",      "Klaus",      "Knud",      "Konrad",
    "Kristen",     "Kristian",  "Kristina",  "Kristine",   "Kristoffer", "Kurt",      "Kåre",
    "Laila",       "Lajla",     "Lars",      "Lasse",      "Laura",      "Laurits",   "Lauritz",
    "Lea",         "Leif",      "Leila",     "Lena",       "Lene",       "Lennart",   "Leo",
    "Leon",        "Lillian",   "Lilly",     "Lina",       "Line",       "Lis",       "Lisa",
    "Lisbet",      "Lisbeth",   "Lise",      "Lisette",    "Lissi",      "Liva",      "Lone",
    "Lotte",       "Louise",    "Lucas",     "Lukas",      "Luna",       "Lærke",     "Mads",
    "Magnus",      "Mai",       "Maibritt",  "Maja",       "Majbritt",   "Majken",    "Malene",
    "Malou",       "Malthe",    "Marcus",    "Margit",     "Margrethe",  "Maria",     "Mariann",
    "Marianne",    "Marie",     "Marina",    "Marion",     "Mark",       "Marlene",   "Martha",
    "Martin",      "Mathias",   "Mathilde",  "Mehmet",     "Merete",     "Merethe",   "Mette",
    "Mia",         "Michael",   "Michelle",  "Mie",        "Mikael",     "Mikkel",    "Mille",
    "Minna",       "Mogens",    "Mohamad",   "Mohamed",    "Mohammad",   "Mohammed",  "Molly",
    "Mona",        "Monica",    "Monika",    "Morten",     "Murat",      "Mustafa",   "Nadia",
    "Nadja",       "Naja",      "Nanna",     "Nete",       "Niclas",     "Nicolai",   "Nicolaj",
    "Niels",       "Niklas",    "Nikolai",   "Nikolaj",    "Nils",       "Nina",      "Ninni",
    "Nis",         "Noah",      "Noor",      "Nora",       "Olaf",       "Ole",       "Oliver",
    "Olivia",      "Omar",      "Orla",      "Oscar",      "Oskar",      "Otto",      "Ove",
    "Palle",       "Paula",     "Pauli",     "Paw",        "Peder",      "Peer",      "Per",
    "Pernille",    "Peter",     "Philip",    "Pia",        "Poul",       "Preben",    "Ragnhild",
    "Randi",       "Rasmus",    "Rebecca",   "Rebekka",    "Rene",       "René",      "Rie",
    "Rikke",       "Rita",      "Robert",    "Ronni",      "Ronny",      "Ruben",     "Rudi",
    "Rudolf",      "Rune",      "Ruth",      "Sabrina",    "Samir",      "Sandra",    "Sanne",
    "Sara",        "Sarah",     "Sebastian", "Sidsel",     "Signe",      "Sigrid",    "Silas",
    "Simon",       "Sofia",     "Sofie",     "Sonja",      "Steen",      "Stefan",    "Steffan",
    "Steffen",     "Sten",      "Stig",      "Stina",      "Stine",      "Sune",      "Susan",
    "Susanne",     "Suzanne",   "Svend",     "Svenning",   "Søren",      "Tage",      "Tanja",
    "Tenna",       "Thea",      "Theo",      "Thomas",     "Thor",       "Thorben",   "Thorkild",
    "Tilde",       "Tina",      "Tine",      "Tobias",     "Tom",        "Tommy",     "Tonni",
    "Tonny",       "Torben",    "Torkild",   "Torsten",    "Tove",       "Trine",     "Troels",
    "Ture",        "Tyge",      "Uffe",      "Ulf",        "Ulla",       "Ulrich",    "Ulrik",
    "Ulrikke",     "Ursula",    "Vagn",      "Valdemar",   "Valter",     "Vera",      "Verner",
    "Vibeke",      "Victor",    "Victoria",  "Viggo",      "Vilhelm",    "Villads",   "Villum",
    "Villy",       "Vinni",     "Viola",     "Vivi",       "Werner",     "William",   "Willy",
    "Winnie",      "Yasmin",    "Yusuf",     "Yvonne",     "Zahra",      "Zainab",    "Zenia",
    "Åge",         "Åse",       "Øjvind",
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

// Where the names of each first byte begin in the sorted table (the names
// of byte b are [first_of_byte[b], first_of_byte[b + 1])): the binary
// search reads only the names that share the word's first byte.
constexpr auto first_of_byte = [] {
  std::array<std::size_t, 257> out{};
  std::size_t i = 0;
  for (std::size_t b = 0; b < 256; ++b) {
    out[b] = i;
    while (i < std::size(first_names) && static_cast<unsigned char>(first_names[i][0]) == b) ++i;
  }
  out[256] = i;
  return out;
}();
static_assert(first_of_byte[256] == std::size(first_names));

}  // namespace

bool is_first_name(std::string_view word) {
  if (word.empty() || !first_name_hashes.test(name_hash(word))) return false;
  const auto b = static_cast<unsigned char>(word[0]);
  const auto* const begin = std::begin(first_names);
  return std::binary_search(begin + first_of_byte[b], begin + first_of_byte[b + 1], word);
}

}  // namespace protokol::danish
