// numbers.hpp: case and document number lines of an item, found with
// danish::find_numbers: bare lines right under the heading
// ("24.10.00-G20-1-20", "18/9413") and labelled lines ("Sagsnr.: ...",
// "Sags nr. ...", "J.nr. ...", "Doknr.: ...").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lines.hpp"

namespace protokol::segmenter {

/// True when `text` starts with a case or document number label.
bool is_number_label_line(std::string_view text);

/// "| Sagsnr. | Dokumentnr. | Sagsansvarlig |" (or the cells apart by tabs):
/// a table's head row with a number label among its cells and no digit,
/// over a row of the values.
bool is_number_head_row(std::string_view text);

/// True when `text` holds nothing but case or document numbers (and their
/// labels and separators).
bool is_number_line(std::string_view text);

/// is_number_line for a line of the document, computed once per line.
bool is_number_line(const line& l);

/// "Åbent - 2012/057275", "Lukket - 00.01.00A04 - 2007/34364" (Odense's
/// agenda system): the item's status before its numbers. The rest of the
/// line after the status and its dash, or `text` when there is none; sets
/// `closed` when the status is "Lukket".
std::string_view after_status(std::string_view text, bool& closed);

/// Where a case number in parentheses closing a title starts: "Kapacitetsplan
/// 2025-2030 (2024-0198823)" gives the position of the "(" (Copenhagen writes
/// the case number so). npos when the title does not end in one.
std::size_t trailing_number(std::string_view title);

/// Adds the numbers of `text` to `cases` or `documents` by kind; call
/// drop_repeated() on both once all are collected.
void collect_numbers(std::string_view text, std::vector<std::string>& cases,
                     std::vector<std::string>& documents);

/// Keeps the first of repeated values, in order.
void drop_repeated(std::vector<std::string>& values);

}  // namespace protokol::segmenter
