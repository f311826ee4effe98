// titles.hpp: item titles: closed-item markers ("Lukket:", "LUKKET",
// "Lukket punkt") and the normalised key that matches an item to its
// table-of-contents entry.
#pragma once

#include <string>
#include <string_view>

namespace protokol::segmenter {

/// `title` without closed markers at its start or end; `closed` is set when
/// one was found. "Lukket: LUKKET Meddelelser" -> "Meddelelser".
std::string_view strip_closed_markers(std::string_view title, bool& closed);

/// The test before strip_closed_markers' patterns: whether `title` holds
/// "ukket", "ukkede", "rtrolig", "ffentlig" (each in lower case or in
/// capitals), "Closed" or a lock glyph's first bytes; when `bracketed`
/// also "onfidential" or "ot public". Each marker the patterns find holds one.
bool holds_closed_marker_word(std::string_view title, bool bracketed);

/// `title` without a column saying whether the item is open, set apart from
/// the title by two or more blanks or a tab ("Lukket          Salg af
/// ejendom", "Åbent   Budget", as a PDF's table prints it); `closed` is set
/// for a closed one. With `one_blank` a single blank before a capital will do
/// ("Lukket Køb af ejendom": a heading of the column form, whose status
/// column the pattern already found; never "Åben Skole" in any title).
std::string_view strip_column_marker(std::string_view title, bool& closed, bool one_blank = false);

/// Where the outcome after a title's last colon starts ("Godkendelse af
/// dagsorden: Godkendt", "Driftsrapport: Intet", "Regnskab: godkendt.": a
/// small body's page that writes each item's outcome on its heading's line);
/// npos when the text after the colon is no outcome of the table.
std::size_t outcome_after_colon(std::string_view title);

/// True for a line that on its own marks an item closed ("Lukket",
/// "Lukket punkt", "LUKKET").
bool is_closed_line(std::string_view text);

/// True for a closed marker that names an item or a case ("Lukket punkt",
/// "(Fortroligt punkt)", "Lukket sag jf. ...", "Punktet er lukket."), not a
/// place or a meeting ("Lukket", "Lukket møde"): a status no table row or
/// part divider of several items words so.
bool names_closed_item(std::string_view text);

/// A cheap test before the closed markers' tables: whether `text` holds the
/// bytes of a closed marker's word ("ukke" of "Lukket", "ortrolig",
/// "ffentlig" of "Ikke offentligt", in either case).
bool may_mark_closed(std::string_view text);

/// True for the label of a case's fact an agenda system prints with it,
/// other than its numbers and status ("Sagsbehandler", "Initialer",
/// "Sagsansvarlig enhed"; any case, a colon after it allowed).
bool is_case_fact_label(std::string_view label);

/// True for a line that opens with a closed marker ("Lukket punkt -
/// personsag", "Lukket: Køb af ejendom"), the prefix strip_closed_markers
/// removes.
bool starts_with_closed_marker(std::string_view text);

/// True for a sentence that says the item it stands in is closed
/// ("Punktet er ikke offentligt.", "Sagen behandles på lukket møde."): the
/// sentences among is_closed_line's lines. Unlike a bare marker it never
/// marks the item below.
bool is_closed_sentence(std::string_view text);

/// is_closed_sentence(), or "Denne sag er lukket." (a closed line right under
/// the heading only): a sentence about its own item, never the item below.
bool speaks_of_its_own_item(std::string_view text);

/// True for a line of numbers with the item's status after them ("Sag nr.:
/// 24/3390 Dok. nr.: 24/3390-5 Lukket punkt", eDoc's row of facts with its
/// status cell last, as a text browser or a converter lays it out): the
/// status closes the item.
bool closed_status_after_numbers(std::string_view t);

/// True for a sentence under an item's heading saying the item is dealt with
/// behind closed doors ("Punktet behandles for lukkede døre.", "Sagen blev
/// behandlet for lukkede døre."): the item is closed.
bool is_closed_door_note(std::string_view text);

/// What a line dividing the minutes into parts says of the items after it.
enum class part_divider {
  none,
  open,    ///< "Åbent møde", "Til behandling - for åbne døre": open, as by default
  closed,  ///< "LUKKET MØDE", "Lukkede punkter", "Til behandling - for lukkede døre"
  /// "Tillægsdagsorden": a supplementary agenda, open or closed as the part
  /// it stands in; it ends the item above all the same.
  supplement,
};

/// Whether `text` is a line that divides the minutes into an open and a
/// closed part, and which part follows it.
part_divider part_divider_of(std::string_view text);

/// Whether every part's name part_divider_of knows holds one of the words
/// its prefilter looks for (a test asks).
bool every_part_name_holds_a_part_word();

/// True for the heading of the signature page after the last item
/// ("Underskriftsside", "Underskriftsark", "Underskrifter"): the members'
/// names under it sign the minutes and are no item's text.
bool is_signature_page_line(std::string_view text);

/// True for the line that closes the meeting ("Mødet hævet kl. 17.40.",
/// "Mødet sluttede kl. 21.33", "Mødet blev hævet kl. 18:05", "Mødet
/// afsluttet: kl. 22:50"): a fact of the meeting, no text of its last item.
bool is_meeting_end_line(std::string_view text);

/// Where the item's own text starts on a title's line ("Meddelelser fra
/// formanden: De digitale registreringer ...", "Hvem skal være vores
/// leverandør? Vi må afvente ...", "Orientering om FVH møde den 26.
/// september 2018. PS orienterede ..."): after the first ": ", "? " or ". "
/// followed by a capital (never after "nr." or a day's number before a
/// month in lowercase), when at least four words follow; npos otherwise.
/// Only a caller that knows the whole document writes a line a item asks.
std::size_t text_after_title(std::string_view title);

/// True for the minute-taker's signature under the last item ("Referent
/// Poul Erik Sandholt", "Referent: Bente", "Pbv. Bente Thomsen"): the label
/// and a name of capitalised words alone, no item's text.
bool is_minute_taker_line(std::string_view text);

/// The start of a web page's footer after the minutes, as a saved page or
/// a text browser's dump gives it: "Sidst opdateret: 13. februar 2024",
/// "Fandt du det, du søgte?", lynx's "References". It ends the last item.
bool is_page_footer_line(std::string_view text);

/// Bytes of a group's label before its words: "B. " (3), "II. " (4); 0 for none.
std::size_t group_label_length(std::string_view text);

/// True for a letter heading a group of items ("A. Sager til afgørelse i
/// byrådet", "B. Sager til orientering"), as Odense prints it again under
/// each item's title: no part of the title, nor of the item's text.
bool is_lettered_group_line(std::string_view text);

/// True for a line that on its own marks an item open ("Åben", "Åbent",
/// "Åben sag", "Åbent punkt"), as some systems write under every title.
bool is_open_line(std::string_view text);

/// True for a labelled line that says whether the item is open ("Status:
/// Lukket", "Sagstype: Åben sag"); `closed` is set for a closed one.
bool is_status_line(std::string_view text, bool& closed);

/// True for a label of such a line or a table column ("Status", "Sagstype").
bool is_status_label(std::string_view label);

/// append_clean for title text: blanks collapsed, emphasis removed, and
/// markdown escapes undone ("1\. Godkendelse", "\*": the character is text).
void append_title_text(std::string& out, std::string_view s);

/// Appends a wrapped line of a title to `title`: one space between, or
/// none where a word was broken at the line end. The hyphen of a broken
/// word goes ("erhvervs-" + "område" is "erhvervsområde"), unless it follows
/// a capital or digit ("EU-" + "midler" is "EU-midler"); "Social-" + "og
/// Sundhedsudvalget" keeps its space.
void join_title_line(std::string& title, std::string_view next);

/// True when `text` starts with an item label: "Punkt 3:", "Pkt. 3", "Sag
/// nr. 3", "3.".
bool starts_with_item_label(std::string_view text);

/// `title` without an empty pair of parentheses at its end ("Godkendelse af
/// dagsorden ( )": a web page's slot for the item's type letter, left empty).
std::string_view without_empty_parentheses(std::string_view title);

/// Matching key for a title: markup, closed markers and a leading item label
/// ("Punkt 3:", "3.") removed, blanks collapsed, lowercase.
std::string title_key(std::string_view title);

/// True when two keys name the same item: equal, or one is a prefix of the
/// other (tables of contents cut titles short, wrapped titles may be cut by
/// max_title_lines). Short prefixes do not count.
bool keys_match(std::string_view a, std::string_view b);

}  // namespace protokol::segmenter
