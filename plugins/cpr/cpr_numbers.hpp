// cpr_numbers.hpp: Danish personal identity numbers (CPR-numre) in text.
// A CPR number is DDMMYY-SSSS (or DDMMYYSSSS, or with a space) whose first
// six digits are a real day and month. The modulus-11 check is not used:
// numbers issued since 2007 need not pass it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace protokol::cpr {

struct span {
  std::size_t start = 0;  ///< byte offset of the first digit
  std::size_t end = 0;    ///< just past the last digit
};

/// Every match of the CPR pattern (six digits, an optional '-' or blank, four
/// digits) in `text`, in order, as one RE2 pass over the whole text finds
/// them; whether each is a CPR number is find_cpr_numbers()'s question.
std::vector<span> find_cpr_patterns(std::string_view text);

/// Every CPR number in `text`, in order. A digit run longer than the number
/// (an account or phone number), or a number glued to letters, '/' or '.'
/// (case and document numbers), is not one.
std::vector<span> find_cpr_numbers(std::string_view text);

/// Overwrites every digit of every CPR number in `text` with 'X', keeping
/// the separator: "010203-1234" becomes "XXXXXX-XXXX". The text keeps its
/// length, so every offset into it stays right. Returns how many it found.
std::size_t redact_cpr_numbers(std::string& text);

}  // namespace protokol::cpr
