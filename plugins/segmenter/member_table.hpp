// member_table.hpp: a member list set as a table, as Word and HTML pages
// give it ("| Navn | Parti | Funktion | Fremmøde |" over one row per
// member). The header row says what each column holds.
#pragma once

#include <cstddef>
#include <protokol/document.hpp>
#include <string_view>
#include <vector>

#include "lines.hpp"
#include "table_rows.hpp"

namespace protokol::segmenter {

/// The members of the table whose header row is line `first` (before
/// `end`), and the table's last line. `last` is 0 when line `first` is no
/// header row of a member table (its first named column is no name column).
struct member_table {
  std::vector<participant> people;
  std::size_t last = 0;
};

/// Reads the table at line `first`. Everyone gets `status` unless a
/// status column says otherwise ("Afbud", "Fraværende", "Nej" are absent).
member_table read_member_table(const std::vector<line>& lines, std::size_t first, std::size_t end,
                               std::string_view status);

}  // namespace protokol::segmenter
