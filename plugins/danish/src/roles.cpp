// Titles table. Whole words first, then the endings that make a compound a
// title ("erhvervsudviklingschef", "beskæftigelsesvejleder").
#include "danish/roles.hpp"


#include "danish/text.hpp"

namespace protokol::danish {
namespace {

constexpr std::string_view titles[] = {
    "formand",      "næstformand",     "forperson",      "borgmester",   "viceborgmester",
    "rådmand",      "udvalgsmedlem",   "medlem",         "byrådsmedlem", "kommunalbestyrelsesmedlem",
    "direktør",     "kommunaldirektør", "stadsdirektør", "chef",         "centerchef",
    "konsulent",    "sekretær",        "referent",       "fuldmægtig",   "sagsbehandler",
    "ordfører",     "minister",        "leder",          "souschef",     "afdelingschef",
    "områdechef",   "direktionssekretær", "sekretariatschef", "koordinator", "rådgiver",
    "vejleder",     "formidler",       "jobformidler",   "medarbejder",  "projektleder",
    "teamleder",    "afdelingsleder",  "specialist",     "økonom",       "jurist",
};

// A compound ending in one of these is a title: "jobcenterchef".
constexpr std::string_view endings[] = {
    "chef",     "direktør", "leder",     "konsulent", "sekretær", "vejleder",
    "rådgiver", "ordfører", "minister",  "formand",   "borgmester", "koordinator",
};

constexpr std::string_view qualifiers[] = {
    "kst.", "konst.", "konstitueret", "fungerende", "fg.", "daværende", "tidligere", "ny", "nyansat",
};

}  // namespace

std::string role_of(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == ':' || word.back() == ')')) {
    word.remove_suffix(1);
  }
  while (!word.empty() && word.front() == '(') word.remove_prefix(1);
  if (word.size() < 3) return {};
  std::string folded = fold_case(word);
  for (const auto t : titles) {
    if (folded == t) return folded;
  }
  for (const auto e : endings) {
    if (folded.size() > e.size() + 2 && folded.ends_with(e)) return folded;
  }
  return {};
}

bool is_role_qualifier(std::string_view word) {
  const std::string folded = fold_case(word);
  for (const auto q : qualifiers) {
    if (folded == q) return true;
  }
  return false;
}

}  // namespace protokol::danish
