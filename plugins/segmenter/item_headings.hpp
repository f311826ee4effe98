// item_headings.hpp: recognising agenda item headings. A table of general
// Danish patterns ("Punkt N: Title", "Pkt. N", "Sag N", "Sag nr. N",
// "N. Title", a lone "N.") gives candidates; the document's own numbering
// then decides which candidates are items (an increasing chain, with
// evidence such as case numbers, section headings or TOC entries after
// the heading), so numbered lists inside items are not taken for items.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lines.hpp"
#include "toc.hpp"

namespace protokol::segmenter {

/// Whether an item heading names itself ("Punkt 3") or is a bare number.
enum class item_style : std::uint8_t { labelled, numbered };

/// One row of the item-heading table.
struct item_pattern {
  const char* name;
  item_style style;
  const char* starts;  ///< first words the row applies to, '|'-separated; "" for a digit
  const char* regex;   ///< RE2; group 1 the number, group 2 the title (may be empty)
  /// A byte the line must hold for the row to be tried ("(" for "3 (Lukket)
  /// Title"); '\0' for none.
  char needs = '\0';
  /// Tried only on a heading line (markdown or bold), never on running text.
  bool heading_only = false;
};

/// The item-heading table, for review and docs/segmentation.md.
std::span<const item_pattern> item_patterns();

/// A line that may head an item.
struct item_candidate {
  std::size_t line = 0;
  unsigned number = 0;
  /// The second level of a two-level number ("3.2" is 3 and 2); 0 for "3".
  unsigned minor = 0;
  /// The letter of an item added to the agenda after item `number` ("2a",
  /// "Punkt 2 a"), lowercase; 0 for none.
  char suffix = 0;
  item_style style = item_style::labelled;
  std::string_view title;  ///< title text on the heading line; empty for a lone number
  int score = 0;
  std::uint8_t form = 0;  ///< row of the item-heading table that matched
  /// Lines of title right above the heading line ("Title" over "Sag nr. 3"):
  /// the item starts at `line - above`.
  std::size_t above = 0;
  /// Lines from a bare case number standing over the heading
  /// ("85.02.02-G01-5-17", a blank line, "140. Title"), as Sbsys prints each
  /// item's: the item starts there. 0 when the title stands above.
  std::size_t numbers_above = 0;
  /// The heading line is the item's case-number line, no title after it
  /// ("Sagsnr.: 22/131" over "Beslutning i ...", Langeland): items without
  /// numbers or titles (case_led_items).
  bool number_is_heading = false;
  /// The heading line is the item's status alone ("Åben" over "Indstilling",
  /// a web page saved as text without its items' titles): items without
  /// numbers or titles (status_led_items); "Lukket" there closes the item.
  bool status_is_heading = false;
  /// A closed status stands before the number ("Lukket 2 Køb af ejendom", a
  /// card's badge or a table's status column first): the item is closed.
  bool status_first = false;
  /// Numbered in order by the segmenter: every heading said "1." (a list
  /// whose numbering starts again at each entry; restarted_numbering).
  bool renumbered = false;
  /// A page of one item whose heading the page does not hold (one_item_page):
  /// `line` is its first section heading, which stays a section.
  bool untitled_page = false;
  /// The title is the heading line's alone, never wrapped onto the next
  /// (plain_numbered_items: minutes typed a line a title, the outcome under it).
  bool one_line_title = false;
  /// Lines from a group heading above ("2. Sager til orientering" over
  /// "2.1 Title") to the item: they belong to no item.
  std::size_t lead = 0;

  std::size_t first_line() const { return line - above - numbers_above; }
  /// Where the text before this item (the header, the previous item) ends.
  std::size_t region_start() const { return first_line() - lead; }
  /// The number as the document writes it: "3", "3.2" or "3a".
  std::string label() const;
};

/// Matches one line against the table.
/// `as_heading`: read `l` as a heading line even when it is not marked one
/// (its case number stands right under it).
std::optional<item_candidate> match_item_heading(const line& l, bool as_heading = false);

/// Options that change how items are found.
struct item_options {
  bool numbered_items = true;  ///< allow "N. Title" and lone "N." headings
  std::size_t max_title_lines = 3;
};

/// The item headings of a document, in order: one increasing chain of
/// candidates of one style, outside the table of contents.
std::vector<item_candidate> find_item_headings(const std::vector<line>& lines, const toc& contents,
                                               const item_options& options);

/// Items without numbers, for a document in which find_item_headings()
/// found none: each led by a labelled case number with its title on the next
/// line ("Sagsnr.: 05.00.00-A00-2-17 Sagsbehandler: X" over the title, as
/// Herning's agenda pages print them), or with a section heading right
/// under it and no title at all (Langeland). Numbered 1, 2, ... in their
/// order, the case-number line as `numbers_above` (or the heading line).
/// Empty unless a section heading of the table follows the first.
std::vector<item_candidate> case_led_items(const std::vector<line>& lines, const toc& contents);

/// Items whose headings are markdown headings without numbers ("# Godkendelse
/// af dagsorden" over "Sagsid.: 17/2694"), as pandoc, mammoth and MarkItDown
/// write Word's numbered headings, whose numbers live in the list's
/// definition and not in the text: the headings at the level at which at
/// least two show an item's evidence (a case number, a section heading), from
/// the first of them on, section headings left out. Numbered 1, 2, ... in
/// their order. Empty when fewer than half of them show evidence.
std::vector<item_candidate> heading_led_items(const std::vector<line>& lines, const toc& contents);

/// Plain decision headings ("Beslutning") standing alone on their lines
/// outside the contents; decision records of other meetings do not count.
std::size_t decision_headings(const std::vector<line>& lines, const toc& contents);

/// Items whose titles and numbers a web page saved as text lost, each
/// opened by its status alone on a line ("Åben", "Lukket punkt") right over
/// a section heading ("Indstilling", "Beslutning"), as Aalborg's pages come
/// out of a text extractor that drops the fold buttons holding the titles:
/// numbered from 1 in their order, when at least two such lines stand there,
/// every status line alone is one, and a decision heading follows one.
/// Empty otherwise.
std::vector<item_candidate> status_led_items(const std::vector<line>& lines, const toc& contents);

/// Items whose titles and numbers a web page saved as text lost, without a
/// status line either (Svendborg's and Stevns's pages as a text extractor
/// gives them): the sections run in a cycle, and the section that follows
/// the first decision (the opener: "Beslutningstema", "Resume") starts each
/// item after one whose decision was read; other sections after a decision
/// stay in its item ("Sagens gang"). The first section heading must be the
/// opener or a decision (the agenda's approval, its item a decision alone),
/// and the opener never stand twice in an item before its decision.
/// Numbered from 1, each from its first section heading, without a title;
/// at least two. Empty otherwise.
std::vector<item_candidate> section_cycle_items(const std::vector<line>& lines,
                                                const toc& contents);

/// Numbered items that show no evidence (no section heading, case number
/// or marker under any), for minutes in which nothing else was found: the
/// lines "1. Title", "2. Title", ... in order, from 1, at least two, when
/// one of the document's first lines names it minutes ("Referat af møde
/// i ..."). A Sønderborg committee of 2007 writes its minutes so; a letter
/// with numbered sections names no document type and stays no minutes.
std::vector<item_candidate> bare_numbered_items(const std::vector<line>& lines,
                                                const toc& contents);

/// A web page of one item saved without the item's heading (Ishøj:
/// "Referat", the committee and date, the place, then "Sagsfremstilling",
/// "Indstilling", "Beslutning" ...): when one of the first lines names the
/// document minutes and at least three section headings of the table stand
/// alone on their lines, one of them a decision and no other, the page is
/// one untitled item from its first section heading. Empty otherwise (two
/// decisions are two items whose headings were not found).
std::vector<item_candidate> one_item_page(const std::vector<line>& lines, const toc& contents);

/// A web page of one item that leads with the meeting's labels and no word
/// naming it minutes (Copenhagen's ".../referat/punkt-4": "Mødedato: ...",
/// "Mødested: ..." over the item's title): one item titled by the first line
/// below the labels, when two section headings stand alone on their lines
/// below it, one of them a decision and no other. Empty otherwise.
std::vector<item_candidate> labelled_item_page(const std::vector<line>& lines, const toc& contents);

/// Headings glued to the end of the previous item's last sentence by an
/// HTML-to-text step ("... godkendes.3. Orientering"): where the chain
/// `headings` expects the next number and does not find it, a sentence end
/// followed by a heading of the chain's own form and number, with evidence
/// after it, splits its line in two. Inserts the lines and the headings.
void split_glued_headings(std::vector<line>& lines, std::vector<item_candidate>& headings,
                          const toc& contents);

/// "1. Meddelelse fra formandenReferat" (Region Nordjylland's pages through a
/// text extractor): a numbered line ending in a section heading glued to the
/// title's last letter or digit is the title over that heading. Splits each
/// such line in two.
void split_glued_section_headings(std::vector<line>& lines);

/// "00.22.02-A26-1-13 Beslutning Byrådet, 20.12.2016 Cathrine ... var
/// fraværende. Godkendt." (Næstved's PDFs on flippingbook, their lines run
/// together): a decision's record, "Beslutning", a body and a date, inside a
/// line stands on a line of its own, the text before and after it on theirs.
void split_run_in_records(std::vector<line>& lines);

/// Items added to the agenda after an item of the chain `headings` and
/// numbered after it with a letter ("2a. Title" between "2." and "3.",
/// "Punkt 2 a: Title"), in the chain's style and with evidence of an item
/// under them: inserted into `headings` in order.
void insert_suffixed_items(const std::vector<line>& lines, std::vector<item_candidate>& headings);

/// A title assembled from the heading line and its wrapped continuation.
struct item_title {
  std::string title;  ///< joined with single spaces, closed markers removed
  bool closed = false;
  std::size_t last_line = 0;  ///< last line that belongs to the title
  std::string number;         ///< a case number the title closed with, "(2024-0198823)"
  /// A case number the title opened with, "BR 551/06" (a body's letters and
  /// its number: taken as it stands, no pattern of the numbers table needed).
  std::string leading_case;
  /// Lines [facts_begin, facts_end) between a lone heading and its title:
  /// the case's facts ("Acadre sagsnr.: 17/10438", "Sagsbehandler: X").
  std::size_t facts_begin = 0;
  std::size_t facts_end = 0;
};

/// Joins the title of `heading` over up to `max_lines` lines, stopping at
/// `bound` (the next item). The table of contents, when it lists the
/// item, says how long the title is.
item_title assemble_title(const std::vector<line>& lines, const item_candidate& heading,
                          std::size_t bound, const toc& contents, std::size_t max_lines);

/// "Fraværende med afbud:", "Afbud: X": a label of who was absent from the
/// item (a sentence starting "Afbud fra ..." is not).
bool is_attendance_label_line(std::string_view text);

}  // namespace protokol::segmenter
