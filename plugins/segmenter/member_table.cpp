#include "member_table.hpp"

#include <algorithm>
#include <string>

#include "danish/attendance.hpp"
#include "danish/names.hpp"
#include "danish/parties.hpp"
#include "danish/roles.hpp"
#include "people.hpp"
#include "text_util.hpp"

namespace protokol::segmenter {
namespace {

enum class column : unsigned char { other, name, party, role, status };

// Header cells by the column they name (docs/segmentation.md, "Member tables").
struct column_label {
  std::string_view text;
  column kind;
};
constexpr column_label column_labels[] = {
    {"navn", column::name},
    {"name", column::name},
    {"medlem", column::name},
    {"medlemmer", column::name},
    {"deltager", column::name},
    {"deltagere", column::name},
    {"parti", column::party},
    {"partibogstav", column::party},
    {"liste", column::party},
    {"funktion", column::role},
    {"rolle", column::role},
    {"titel", column::role},
    {"hverv", column::role},
    {"fremmøde", column::status},
    {"fremmødt", column::status},
    {"deltagelse", column::status},
    {"deltog", column::status},
    {"til stede", column::status},
    {"tilstede", column::status},
    {"status", column::status},
    // A remarks column says who sent regrets ("| Kasper Ravn | Æ | Afbud |").
    {"bemærkning", column::status},
    {"bemærkninger", column::status},
};

// Status cells that say the member was not there, besides the attendance
// vocabulary ("Afbud", "Fraværende", "Deltog ikke").
constexpr std::string_view absent_answers[] = {"nej", "ikke mødt", "udeblev"};

// "Radikale Venstre (B)": a party's name with its letter in one cell is the
// letter (no parenthesis inside the group the row is read as).
std::string_view party_cell(std::string_view cell) {
  if (!cell.ends_with(')')) return cell;
  const std::size_t open = cell.rfind('(');
  if (open == std::string_view::npos || open == 0) return cell;
  const std::string_view letter = trim(cell.substr(open + 1, cell.size() - open - 2));
  return letter.empty() ? trim(cell.substr(0, open)) : letter;
}

column kind_of(std::string_view header) {
  for (const auto& l : column_labels) {
    if (equals_ci(header, l.text)) return l.kind;
  }
  // "Fremmødt/Afbud", "Afbud / Fremmøde": the status column named by its answers.
  if (const std::size_t slash = header.find('/'); slash != std::string_view::npos) {
    for (const std::string_view part : {header.substr(0, slash), header.substr(slash + 1)}) {
      const std::string_view answer = trim(part);
      if (kind_of(answer) == column::status ||
          std::any_of(std::begin(danish::absence_labels), std::end(danish::absence_labels),
                      [&](std::string_view label) { return equals_ci(answer, label); }))
        return column::status;
    }
  }
  return column::other;
}

// "|---|:---:|": the line under a markdown table's header row.
bool is_rule_row(const std::vector<std::string_view>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](std::string_view c) {
    return c.find_first_not_of("-: ") == std::string_view::npos;
  });
}

bool says_absent(std::string_view answer) {
  const std::string a = to_lower(answer);
  const auto starts = [&](std::string_view w) { return std::string_view(a).starts_with(w); };
  return std::any_of(std::begin(danish::absence_labels), std::end(danish::absence_labels),
                     starts) ||
         std::any_of(std::begin(danish::absence_phrases), std::end(danish::absence_phrases),
                     starts) ||
         std::any_of(std::begin(absent_answers), std::end(absent_answers), starts);
}

// Answers of a status column ("Ja", "Mødt", "X") besides the absent ones.
constexpr std::string_view present_answers[] = {"ja", "mødt",      "fremmødt", "deltog",
                                                "x",  "til stede", "tilstede", "deltager"};

bool is_status_answer(std::string_view cell) {
  return says_absent(cell) || std::any_of(std::begin(present_answers), std::end(present_answers),
                                          [&](std::string_view a) { return equals_ci(cell, a); });
}

// "Birte Friis<TAB>V<TAB>Ja" under "Navn<TAB>Parti<TAB>Rolle<TAB>Fremmøde": a
// PDF's text lost the empty role cell, so the row is short; its last cell,
// an answer of the status column, is that column's, the others the first
// columns' in order. The header's columns for any other row.
// "Næstformand Deltog": a short row's last cell, the role and the status
// answer glued (a PDF's column gap too narrow for a tab), split in two.
void split_glued_status(std::vector<std::string_view>& cells, const std::vector<column>& columns) {
  if (cells.size() >= columns.size() || cells.size() < 2 ||
      std::find(columns.begin(), columns.end(), column::status) == columns.end() ||
      is_status_answer(cells.back()))
    return;
  const std::size_t space = cells.back().rfind(' ');
  if (space == std::string_view::npos) return;
  const std::string_view answer = cells.back().substr(space + 1);
  if (!is_status_answer(answer)) return;
  cells.back() = trim(cells.back().substr(0, space));
  cells.push_back(answer);
}

std::vector<column> columns_of_short_row(const std::vector<std::string_view>& cells,
                                         const std::vector<column>& columns) {
  const auto status = std::find(columns.begin(), columns.end(), column::status);
  if (cells.size() >= columns.size() || cells.size() < 2 || status == columns.end() ||
      !is_status_answer(cells.back()))
    return columns;
  std::vector<column> out;
  for (const column c : columns) {
    if (out.size() + 1 == cells.size()) break;
    if (c != column::status) out.push_back(c);
  }
  out.push_back(column::status);
  return out;
}

// "Jette Nyvang Frost A<TAB>Næstformand" under "Navn<TAB>Parti<TAB>Funktion":
// a PDF's narrow party column left no tab after the name, so the row is a
// cell short and the name ends in the party's letter.
void split_glued_party(std::vector<std::string_view>& cells, const std::vector<column>& columns) {
  const auto name_at = std::find(columns.begin(), columns.end(), column::name);
  const auto c = static_cast<std::size_t>(name_at - columns.begin());
  if (cells.size() >= columns.size() || c + 1 >= columns.size() ||
      columns[c + 1] != column::party || c >= cells.size())
    return;
  const std::string_view name = cells[c];
  const std::size_t space = name.rfind(' ');
  if (space == std::string_view::npos) return;
  const std::string_view letter = name.substr(space + 1);
  constexpr std::size_t max_code = 3;  // "A", "SF", "DF"
  if (letter.size() <= max_code && !danish::canonical_party(letter).empty()) {
    cells[c] = trim(name.substr(0, space));
    cells.insert(cells.begin() + static_cast<std::ptrdiff_t>(c) + 1, letter);
    return;
  }
  // "Kasper Østergård Venstre", "Anne Bo Det Konservative Folkeparti": a
  // party's name glued to the member's (the last one to four words), two
  // words of the name left at least.
  constexpr std::size_t max_party_words = 4;
  std::size_t cut = name.size();
  for (std::size_t words = 0; words < max_party_words; ++words) {
    cut = name.rfind(' ', cut - 1);
    if (cut == std::string_view::npos || cut == 0) return;
    const std::string_view party = name.substr(cut + 1);
    const std::string_view rest = trim(name.substr(0, cut));
    if (rest.find(' ') == std::string_view::npos) return;
    if (!danish::canonical_party(party).empty()) {
      cells[c] = rest;
      cells.insert(cells.begin() + static_cast<std::ptrdiff_t>(c) + 1, party);
      return;
    }
  }
}

// Appends " (cell)"; a cell written "(A)" keeps its own parentheses.
void append_group(std::string& person, std::string_view cell) {
  if (cell.empty()) return;
  if (cell.starts_with('(') && cell.ends_with(')')) cell = trim(cell.substr(1, cell.size() - 2));
  person.append(" (").append(cell).append(")");
}

// The words of `text` apart by blanks (one or a run).
std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::string_view word = danish::next_word(text, pos, " \t");
    if (!word.empty()) out.push_back(word);
  }
  return out;
}

// "Navn Parti Bemærkning" over "Niels Ebbesen V Borgmester" (pdfplumber's
// text of a PDF's table), "Navn      Parti  Funktion" over "Kristian Bang V
// Formand" (a text browser's): a table whose cells only blanks set apart.
// Its head is column words alone, a name's and a party's among them; a row
// is the name's capitalised words, the party's code, then the role or the
// status answer. The first line that reads otherwise ends the table.
member_table read_spaced_member_table(const std::vector<line>& lines, std::size_t first,
                                      std::size_t end, std::string_view status) {
  member_table out;
  // Asked of every header line: the first word names the name column.
  const std::string_view text = trim(lines[first].text);
  if (kind_of(text.substr(0, std::min(text.find_first_of(" \t"), text.size()))) != column::name)
    return out;
  const std::vector<std::string_view> heads = words_of(text);
  constexpr std::size_t fewest_heads = 2;
  if (heads.size() < fewest_heads || kind_of(heads[0]) != column::name) return out;
  bool party_column = false;
  for (const std::string_view h : heads) {
    const column c = kind_of(h);
    if (c == column::other) return out;
    party_column = party_column || c == column::party;
  }
  if (!party_column) return out;
  constexpr std::size_t longest_code = 3;  // "A", "SF", "Ø" (two bytes)
  for (std::size_t j = first + 1; j < end; ++j) {
    if (lines[j].blank) continue;  // rows as paragraphs (pymupdf)
    // "--------------- ------- ----": the rule under pandoc's head row.
    if (trim(lines[j].text).find_first_not_of("- ") == std::string_view::npos) continue;
    const std::vector<std::string_view> words = words_of(lines[j].text);
    const auto is_code = [&](std::string_view w) {
      return w.size() <= longest_code && starts_upper(w) &&
             std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
             !danish::canonical_party(w).empty();
    };
    // What may follow the party's code: nothing, a role ("Næstformand", "1.
    // viceborgmester") or a status answer; never another name's word ("Bo K
    // Jensen A": K is an initial).
    const auto rest_after = [&](std::size_t k) {
      return k + 1 >= words.size()
                 ? std::string_view()
                 : std::string_view(
                       words[k + 1].data(),
                       static_cast<std::size_t>(lines[j].text.data() + lines[j].text.size() -
                                                words[k + 1].data()));
    };
    const auto ends_name = [&](std::size_t k) {
      if (k + 1 >= words.size()) return true;
      const std::string_view next = words[k + 1];
      const std::string_view rest = trim(rest_after(k));
      return starts_digit(next) || starts_lower(next) || !danish::role_of(next).empty() ||
             is_status_answer(rest) || says_absent(rest);
    };
    // The name: capitalised words ("von" and other particles too), two at
    // least, none a word no name holds nor a label ("Bilag A", "Afbud: X
    // (O)" are no members).
    const auto name_word = [](std::string_view w) {
      return (starts_upper(w) || danish::name_part(w) == danish::name_part_kind::particle) &&
             !danish::is_non_name_word(w) && !w.ends_with(':');
    };
    constexpr std::size_t fewest_name_words = 2;
    std::size_t code = 0;
    while (code < words.size() &&
           !(code >= fewest_name_words && is_code(words[code]) && ends_name(code)) &&
           name_word(words[code]))
      ++code;
    // No code a role or status follows ("Villads Ravn Ø Menigt medlem",
    // "Rikke Dal A Syg"): the last code after two name words.
    if (code >= words.size() || !is_code(words[code])) {
      for (std::size_t k = fewest_name_words; k < words.size(); ++k)
        if (is_code(words[k])) code = k;
    }
    if (code < fewest_name_words || code >= words.size() || !is_code(words[code]) ||
        !std::all_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(code), name_word))
      break;
    const std::string_view name(
        words.front().data(),
        static_cast<std::size_t>(words[code - 1].data() + words[code - 1].size() -
                                 words.front().data()));
    const std::string_view rest = trim(rest_after(code));
    std::string person(name);
    append_group(person, words[code]);
    std::string_view row_status = status;
    if (is_status_answer(rest)) {
      row_status = says_absent(rest) ? "absent" : "present";
    } else {
      append_group(person, rest);
    }
    for (participant& p : parse_people(person, row_status)) out.people.push_back(std::move(p));
    out.last = j;
  }
  if (out.people.empty()) out.last = 0;
  return out;
}

}  // namespace

member_table read_member_table(const std::vector<line>& lines, std::size_t first, std::size_t end,
                               std::string_view status) {
  member_table out;
  if (first >= end) return out;
  // "Navn<TAB>Parti<TAB>Funktion<TAB>Fremmøde" (a PDF's table, its rows
  // paragraphs with blank lines between): every head cell names a column.
  const bool tabbed = !trim(lines[first].text).starts_with('|');
  const std::vector<std::string_view> heads = row_cells(lines[first].text);
  if (tabbed && heads.size() < 2) return read_spaced_member_table(lines, first, end, status);
  std::vector<column> columns;
  for (const std::string_view h : heads) {
    columns.push_back(kind_of(h));
    if (tabbed && columns.back() == column::other) return out;
    // "| Deltagere | Lise Hald (A), Tom Berg (V) |": a label and its value,
    // no header row (a head cell names a column, never a person or a date).
    if (columns.back() == column::other && h.find_first_of("(0123456789") != std::string_view::npos)
      return out;
  }
  const auto name_at = std::find(columns.begin(), columns.end(), column::name);
  if (name_at == columns.end()) return out;
  out.last = first;
  for (std::size_t j = first + 1; j < end; ++j) {
    if (tabbed && lines[j].blank) continue;
    std::vector<std::string_view> cells = row_cells(lines[j].text);
    if (cells.empty() || (tabbed && cells.size() < 2)) break;
    if (tabbed) {
      split_glued_party(cells, columns);
      split_glued_status(cells, columns);
    }
    out.last = j;
    if (is_rule_row(cells)) continue;
    const std::vector<column> row_columns = columns_of_short_row(cells, columns);
    std::string_view name, party, role, row_status = status;
    // Cells past the header's columns ("| Peter Jensen | V | formand |"
    // under "| Navn | Parti |") are read as groups after the name.
    std::vector<std::string_view> unnamed;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const std::string_view cell = cells[c];
      if (cell.empty()) continue;
      if (c >= row_columns.size()) {
        unnamed.push_back(cell);
        continue;
      }
      switch (row_columns[c]) {
        case column::name:
          if (name.empty()) name = cell;
          break;
        case column::party:
          party = party_cell(cell);
          break;
        case column::role:
          role = cell;
          break;
        case column::status:
          row_status = says_absent(cell) ? "absent" : "present";
          break;
        case column::other:
          break;
      }
    }
    // "Anne Hansen (A) (formand)": the form parse_people reads.
    std::string person(name);
    if (!name.empty()) {
      append_group(person, party);
      append_group(person, role);
      for (const std::string_view cell : unnamed) append_group(person, cell);
    }
    if (person.empty()) continue;
    for (participant& p : parse_people(person, row_status)) out.people.push_back(std::move(p));
  }
  return out;
}

}  // namespace protokol::segmenter
