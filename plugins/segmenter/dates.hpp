// dates.hpp: dates and clock times as Danish minutes write them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace protokol::segmenter {

/// A date found in a text.
struct date_match {
  std::string iso;        ///< YYYY-MM-DD; empty when nothing was found
  std::size_t start = 0;  ///< byte offset of the date in the searched text
  std::size_t end = 0;
};

/// The leftmost date in `text`: "21. november 2022", "4. okt. 2023",
/// "21-11-2022", "04.10.2023", "21/11/2022", "2022-11-21", "6/3-19".
date_match find_date(std::string_view text);

/// The meeting's start time from a header value: "kl. 16:30", "kl. 16.30",
/// "Kl 8.00-10.00", or a bare "16:30" when `bare_allowed`. "HH:MM" or "".
std::string find_time(std::string_view text, bool bare_allowed);

}  // namespace protokol::segmenter
