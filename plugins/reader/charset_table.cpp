// The uchardet answers the reader trusts. uchardet 0.0.7 often names the
// wrong Latin-script encoding for short Danish text: on one-paragraph
// windows-1252 samples of the corpus it said ISO-8859-15 581 times,
// WINDOWS-1252 31, IBM852 20, MAC-CENTRALEUROPE 8, ISO-8859-13 3 and
// ISO-8859-3 3 (see docs/reading.md). Decoding Danish with IBM852 turns
// "ø" into "°", so Latin-script encodings other than the Western ones are
// refused and the configured fallback is used. Non-Latin scripts are not
// confused with Danish text, so a file uchardet finds in one of them is
// taken as it says.
#include <algorithm>
#include <cctype>

#include "charset.hpp"

namespace protokol::reader {
namespace {

using enum detection_policy;

constexpr charset_rule rules[] = {
    {"WINDOWS-1252", western, "Danish text from Windows; the commonest non-UTF-8 minutes"},
    {"ISO-8859-1", western, "Latin-1: same letters as windows-1252 in 0xA0-0xFF"},
    {"ISO-8859-15", western,
     "uchardet's usual answer for Latin-1 Danish; differs from Latin-1 only in eight symbols "
     "(€ at 0xA4, but also ½ at 0xBD and ´ at 0xB4, which Danish minutes use), so read as Latin-1"},
    {"ASCII", refuse, "the bytes are not ASCII (they were not valid UTF-8)"},
    {"UTF-8", refuse, "the bytes were checked and are not valid UTF-8"},
    {"IBM852", refuse, "misnamed short Danish text in measurements"},
    {"MAC-CENTRALEUROPE", refuse, "misnamed short Danish text in measurements"},
    {"ISO-8859-2", refuse, "Central European Latin; confusable with Danish"},
    {"WINDOWS-1250", refuse, "misnamed cp865 Danish text in measurements"},
    {"ISO-8859-3", refuse, "misnamed short Danish text in measurements"},
    {"ISO-8859-4", refuse, "Baltic Latin; confusable with Danish"},
    {"ISO-8859-9", refuse, "Turkish Latin; confusable with Danish"},
    {"WINDOWS-1254", refuse, "Turkish Latin; confusable with Danish"},
    {"ISO-8859-10", refuse, "Nordic Latin-6; confusable with Danish"},
    {"ISO-8859-13", refuse, "misnamed short Danish text in measurements"},
    {"WINDOWS-1257", refuse, "misnamed cp865 Danish text in measurements"},
    {"ISO-8859-16", refuse, "South-East European Latin; confusable with Danish"},
    {"WINDOWS-1258", refuse, "Vietnamese Latin; confusable with Danish"},
    {"VISCII", refuse, "Vietnamese Latin; confusable with Danish"},
    {"ISO-8859-5", accept, "Cyrillic"},
    {"WINDOWS-1251", accept, "Cyrillic"},
    {"KOI8-R", accept, "Cyrillic"},
    {"IBM855", accept, "Cyrillic"},
    {"IBM866", accept, "Cyrillic"},
    {"MAC-CYRILLIC", accept, "Cyrillic"},
    {"ISO-8859-7", accept, "Greek"},
    {"WINDOWS-1253", accept, "Greek"},
    {"ISO-8859-8", accept, "Hebrew"},
    {"WINDOWS-1255", accept, "Hebrew"},
    {"WINDOWS-1256", accept, "Arabic"},
    {"TIS-620", accept, "Thai"},
    {"SHIFT_JIS", accept, "Japanese"},
    {"EUC-JP", accept, "Japanese"},
    {"ISO-2022-JP", accept, "Japanese"},
    {"GB18030", accept, "Chinese"},
    {"BIG5", accept, "Chinese"},
    {"EUC-TW", accept, "Chinese"},
    {"EUC-KR", accept, "Korean"},
};

bool same_name(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::toupper(static_cast<unsigned char>(x)) ==
           std::toupper(static_cast<unsigned char>(y));
  });
}

}  // namespace

std::span<const charset_rule> charset_rules() { return rules; }

detection_policy policy_for(std::string_view uchardet_name) {
  for (const charset_rule& rule : rules) {
    if (same_name(rule.uchardet_name, uchardet_name)) return rule.policy;
  }
  return refuse;
}

}  // namespace protokol::reader
