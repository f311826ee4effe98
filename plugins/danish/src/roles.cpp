// Titles table. Whole words first, then the endings that make a compound a
// title ("erhvervsudviklingschef", "beskæftigelsesvejleder").
#include "danish/roles.hpp"

#include <array>

#include "danish/text.hpp"

namespace protokol::danish {
namespace {

constexpr std::string_view titles[] = {
    "formand",
    "næstformand",
    "forperson",
    "borgmester",
    "viceborgmester",
    "rådmand",
    "udvalgsmedlem",
    "medlem",
    "byrådsmedlem",
    "kommunalbestyrelsesmedlem",
    "direktør",
    "kommunaldirektør",
    "stadsdirektør",
    "chef",
    "centerchef",
    "konsulent",
    "sekretær",
    "referent",
    "fuldmægtig",
    "sagsbehandler",
    "ordfører",
    "minister",
    "leder",
    "souschef",
    "afdelingschef",
    "områdechef",
    "direktionssekretær",
    "sekretariatschef",
    "koordinator",
    "rådgiver",
    "vejleder",
    "formidler",
    "jobformidler",
    "medarbejder",
    "projektleder",
    "teamleder",
    "afdelingsleder",
    "specialist",
    "økonom",
    "jurist",
};

// A compound ending in one of these is a title: "jobcenterchef".
constexpr std::string_view endings[] = {
    "chef",     "direktør", "leder",    "konsulent", "sekretær",   "vejleder",
    "rådgiver", "ordfører", "minister", "formand",   "borgmester", "koordinator",
};

constexpr std::string_view qualifiers[] = {
    "kst.",      "konst.",    "konstitueret", "fungerende", "fg.",
    "daværende", "tidligere", "ny",           "nyansat",
};

// Last two bytes (lowercase) of every title and ending: most words fail
// this test, so role_of() rarely needs to fold and compare.
bool may_be_title(std::string_view word) {
  static const auto tails = [] {
    std::array<bool, 65536> t{};
    auto mark = [&](std::string_view s) {
      t[static_cast<unsigned char>(s[s.size() - 2]) * 256u + static_cast<unsigned char>(s.back())] =
          true;
    };
    for (const auto x : titles) mark(x);
    for (const auto x : endings) mark(x);
    return t;
  }();
  auto lower = [](char c) { return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
  return tails[lower(word[word.size() - 2]) * 256u + lower(word.back())];
}

}  // namespace

std::string role_of(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == ':' || word.back() == ')')) {
    word.remove_suffix(1);
  }
  while (!word.empty() && word.front() == '(') word.remove_prefix(1);
  if (word.size() < 3 || !may_be_title(word)) return {};
  char buffer[64];
  const std::string_view folded = fold_case_into(word, buffer, sizeof buffer);
  if (folded.empty()) return {};
  for (const auto t : titles) {
    if (folded == t) return std::string(folded);
  }
  for (const auto e : endings) {
    if (folded.size() > e.size() + 2 && folded.ends_with(e)) return std::string(folded);
  }
  return {};
}

bool is_role_qualifier(std::string_view word) {
  char buffer[32];
  const std::string_view folded = fold_case_into(word, buffer, sizeof buffer);
  for (const auto q : qualifiers) {
    if (folded == q) return true;
  }
  return false;
}

}  // namespace protokol::danish
