// Fuzz target "cpr": the input as the read stage decodes it, through the cpr
// stage (plugins/cpr), which must leave no CPR number behind and change
// nothing but digits of the numbers it redacts.
#include <string>

#include "cpr_numbers.hpp"
#include "document_maker.hpp"
#include "fuzz_checks.hpp"
#include "linked_stage.hpp"

namespace {

// Offsets into the text must stay right: only digits become 'X'.
bool only_digits_redacted(const std::string& before, const std::string& after) {
  if (before.size() != after.size()) return false;
  for (std::size_t i = 0; i < before.size(); ++i)
    if (before[i] != after[i] && !(after[i] == 'X' && before[i] >= '0' && before[i] <= '9'))
      return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const protokol::fuzz::linked_stage cpr("cpr");
  std::optional<protokol::document> doc = protokol::fuzz::read_document(data, size);
  if (!doc) return 0;
  const std::string before = doc->text;
  protokol::fuzz::expect(cpr.process(*doc));  // the stage refuses no text
  protokol::fuzz::expect(only_digits_redacted(before, doc->text));
  protokol::fuzz::expect(protokol::cpr::find_cpr_numbers(doc->text).empty());
  return 0;
}
