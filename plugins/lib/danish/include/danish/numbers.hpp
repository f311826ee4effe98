// danish/numbers.hpp: case numbers (sagsnumre) and document numbers
// (dokumentnumre) in the styles Danish municipalities use.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace protokol::danish {

/// One case or document number found in a text.
struct number_match {
  std::size_t start = 0;  ///< byte offset into the searched text
  std::size_t end = 0;
  std::string value;  ///< normalised (blanks removed, canonical separators)
  std::string
      style;  ///< "kle", "municipality-year-serial", "yy-serial", "year-serial", "prefixed", ...
  std::string kind;       ///< "case_number" | "document_number"
  bool labelled = false;  ///< a label ("Sagsnr.:", "Dok.nr.") stood before it
};

/// Finds case and document numbers in `text`. A label before the number
/// ("Sagsnr.:", "J.nr.", "Doknr.:", "Dok.nr.") decides the kind; a bare
/// number is a case number. Dates, times, phone numbers, postal codes,
/// amounts, § references and CPR-like numbers are not matched.
std::vector<number_match> find_numbers(std::string_view text);

namespace detail {

/// The label regex's match anchored at `start` ("Sagsnr.: 24/1123"), as
/// find_numbers reads it: by hand, or by RE2 where a byte of 0x80 or above
/// leaves the hand reader unsure (`by_hand` false). For tests.
struct label_spans {
  bool found = false;
  bool by_hand = false;
  std::size_t match_end = 0;
  std::size_t label_end = 0;
  std::size_t token_start = 0;
  std::size_t token_end = 0;
  int kind = -1;  ///< 0 case_number, 1 document_number
};
label_spans label_at(std::string_view text, std::size_t start);

}  // namespace detail

}  // namespace protokol::danish
