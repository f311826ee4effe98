// danish/dates.hpp: dates and clock times as Danish minutes write them: the
// one date reader every stage uses (the segmenter's header, decisions' dates).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace protokol::danish {

/// A date found in a text.
struct date_match {
  std::string iso;        ///< YYYY-MM-DD; empty when nothing was found
  std::size_t start = 0;  ///< byte offset of the date in the searched text
  std::size_t end = 0;
};

/// The leftmost date in `text`: "21. november 2022", "4. okt. 2023",
/// "21-11-2022", "04.10.2023", "21/11/2022", "2022-11-21", "6/3-19",
/// and "March 7, 2019" (English month names of web agenda systems).
date_match find_date(std::string_view text);

/// The meeting's start time from a header value: "kl. 16:30", "kl. 16.30",
/// "Kl 8.00-10.00", or a bare "16:30", "16:00:00", "8:30-10:15" when
/// `bare_allowed`. "HH:MM" or "".
std::string find_time(std::string_view text, bool bare_allowed);

/// The clock time that follows a date at once, `rest` being the text after
/// it: " 16:00:00", " - 17:00", ", kl. 15.30", " kl. 19:00". "HH:MM" or "".
std::string time_after_date(std::string_view rest);

}  // namespace protokol::danish
