#include "notes.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace protokol::pdf {
namespace {

// A note mark is set at most this share of the size of the word before it
// (Word and LibreOffice set superscripts at 58 %) ...
constexpr double mark_size_share = 0.8;
// ... its foot this share of that word's height above the word's foot ...
constexpr double mark_raise_share = 0.15;
// ... and no wider a gap from it than this many sizes (no space).
constexpr double mark_gap_ems = 0.1;
// Notes stand in the lower part of the page: below this share of its height.
constexpr double notes_from = 0.5;
// A note is set smaller than the text its mark stands in: below this share of its size.
constexpr double note_size_share = 0.95;
// A mark is a number of at most this many digits.
constexpr std::size_t max_mark_digits = 3;

bool all_digits(const std::string& s) {
  return !s.empty() && s.size() <= max_mark_digits &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "m²", "km²", "m³": a unit's power, not a note's mark.
bool is_unit(const std::string& text) {
  for (const char* unit : {"m", "km", "cm", "mm", "dm"}) {
    const std::string_view u(unit);
    if (text.size() >= u.size() && std::string_view(text).substr(text.size() - u.size()) == u &&
        (text.size() == u.size() ||
         !std::isalpha(static_cast<unsigned char>(text[text.size() - u.size() - 1]))))
      return true;
  }
  return false;
}

bool is_mark(const word& prev, const word& w) {
  const double prev_height = prev.y1 - prev.y0;
  if ((w.text == "2" || w.text == "3") && is_unit(prev.text)) return false;
  return all_digits(w.text) && w.size <= mark_size_share * prev.size &&
         w.y1 < prev.y1 - mark_raise_share * prev_height && !prev.space_after &&
         w.x0 - prev.x1 <= mark_gap_ems * prev.size;
}

// "1Jf. bekendtgørelse ..." or "1 Jf. ...": the note numbered `number`
// starts the line. "1. Godkendelse" and "1) ..." are a list's items.
bool starts_note(const line& l, const std::string& number) {
  if (!l.text.starts_with(number) || l.text.size() == number.size()) return false;
  const char next = l.text[number.size()];
  return !(next >= '0' && next <= '9') && next != '.' && next != ')' && next != ',';
}

struct mark {
  std::size_t row = 0;
  std::size_t word = 0;
};

// The first row at or below `from`, in the lower part of the page and set
// smaller than the text the mark stands in (a note's size), that starts the
// note numbered `number`; rows.size() when none.
std::size_t note_row(const std::vector<line>& rows, std::size_t from, const std::string& number,
                     double page_height, double text_size) {
  for (std::size_t r = from; r < rows.size(); ++r)
    if (rows[r].y0 >= notes_from * page_height && rows[r].size < note_size_share * text_size &&
        starts_note(rows[r], number))
      return r;
  return rows.size();
}

}  // namespace

void drop_footnotes(std::vector<line>& rows, double page_height) {
  std::vector<mark> marks;
  std::size_t notes = rows.size();  // where the page's notes start
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const std::vector<word>& words = rows[r].words;
    for (std::size_t i = 1; i < words.size(); ++i) {
      if (!is_mark(words[i - 1], words[i])) continue;
      const std::size_t note = note_row(rows, r + 1, words[i].text, page_height, words[i - 1].size);
      if (note == rows.size()) continue;
      marks.push_back({r, i});
      notes = std::min(notes, note);
    }
  }
  if (marks.empty()) return;
  // Last first, so that the indices of the marks still to go stay right.
  for (auto m = marks.rbegin(); m != marks.rend(); ++m) {
    line& l = rows[m->row];
    l.words.erase(l.words.begin() + static_cast<std::ptrdiff_t>(m->word));
    finish_line(l);
  }
  rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(notes), rows.end());
}

}  // namespace protokol::pdf
