// First names table. Frequent first names among Danish residents (Danish
// Statistics' name lists), male and female, of Danish and other origins.
// Extend it freely: a first name only helps find a name that has no title
// or party beside it, and never overrides the non-name words.
#include "danish/first_names.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <span>

#include "danish/bytes.hpp"

namespace protokol::danish {
namespace {

// Sorted (byte order), so that a name is easily found and added once.
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

// The table is looked up by hashing: a name's slot in name_slots below.
constexpr std::size_t slot_bits = 12;  // 4,096 slots, some eight for each name
constexpr std::size_t slot_mask = (std::size_t{1} << slot_bits) - 1;
static_assert(std::size(first_names) * 4 <= slot_mask + 1, "slots for a short probe");

// A word's first slot: its first and last four bytes (three single bytes
// for a shorter word) and its size, mixed by multiplications, where a byte
// by byte hash cost as much as the rest of a lookup. Any mix finds every
// name (a lookup walks on from a taken slot); a good one walks little.
constexpr std::size_t first_slot(std::string_view word) {
  const std::size_t n = word.size();
  std::uint32_t head = 0;
  std::uint32_t tail = 0;
  if (n >= 4) {
    head = load4(word.data());
    tail = load4(word.data() + n - 4);
  } else if (n > 0) {
    head = static_cast<unsigned char>(word[0]) | static_cast<unsigned char>(word[n / 2]) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(word[n - 1])) << 16;
  }
  const std::uint32_t mixed =
      head * 0x9E3779B1u ^ tail * 0x85EBCA77u ^ static_cast<std::uint32_t>(n) * 0xC2B2AE3Du;
  return static_cast<std::size_t>((mixed ^ mixed >> 15) * 0x2C1B3C6Du >> (32 - slot_bits));
}

// Open addressing: each name in the first free slot from its first_slot(),
// as 1 + its index in first_names (0: a free slot). A word is looked up
// from its first slot to the first free one, comparing one name a slot,
// where a binary search compared some five.
constexpr auto name_slots = [] {
  std::array<std::uint16_t, slot_mask + 1> t{};
  for (std::size_t i = 0; i < std::size(first_names); ++i) {
    std::size_t slot = first_slot(first_names[i]);
    while (t[slot] != 0) slot = (slot + 1) & slot_mask;
    t[slot] = static_cast<std::uint16_t>(i + 1);
  }
  return t;
}();
static_assert(std::size(first_names) < 65535, "an index and 1 fit a slot");

}  // namespace

bool is_first_name(std::string_view word) {
  for (std::size_t slot = first_slot(word);; slot = (slot + 1) & slot_mask) {
    const std::uint16_t taken = name_slots[slot];
    if (taken == 0) return false;
    if (first_names[taken - 1u] == word) return true;
  }
}

std::span<const std::string_view> first_name_table() { return first_names; }

}  // namespace protokol::danish
