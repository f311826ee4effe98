// people.hpp: lists of people as minutes write them: participant lists in
// the header ("Navn (A) (2. viceborgmester) (Afbud), Navn (B) - formand")
// and absence notes in items ("Afbud: A og B", "X deltog ikke i
// behandlingen af punktet").
#pragma once

#include <protokol/document.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace protokol::segmenter {

/// `piece` without the list bullet it starts with ("• ", "- ", "▪\t").
std::string_view strip_bullet(std::string_view piece);

/// `piece` without the bullet or the number of a list entry ("3. Lars
/// Weiss (A)", "12) Borgmester Mia Nyegaard (B)"). A number is taken only
/// before a capital: "1. næstformand Bo Lund" is a rank, kept.
std::string_view strip_list_marker(std::string_view piece);

/// Parses a list of people. Everyone gets `status` unless a marker such as
/// "(Afbud)" says absent. Parties are canonical (danish::canonical_party);
/// roles lowercase as written; `default_role` fills an empty role.
std::vector<participant> parse_people(std::string_view list, std::string_view status,
                                      std::string_view default_role = {});

/// When `text` is an attendance note ("Afbud ...", "Afbud: ...",
/// "Fraværende: ...", "Afbud/Fraværende:"), sets `label` and `names` (the
/// text after the label) and returns true.
bool split_attendance_line(std::string_view text, std::string_view& label, std::string_view& names);

/// Adds to `names` the people `text` says are absent: an attendance note's
/// list, every "X deltog ikke ...", "X var fraværende" sentence, and the
/// names names_after_lead() finds.
void collect_absent(std::string_view text, std::vector<std::string>& names);

/// The list of who did not come in a sentence that names them after its
/// lead: "Der er afbud fra A og B" gives "A og B" (also "Der var meldt afbud
/// fra"), and in a sentence saying who came, "Medlemmerne var mødt, bortset
/// fra A, B og C, der havde meldt afbud" gives "A, B og C" (also "med
/// undtagelse af", "undtagen", after "mødt" or "til stede"). "" otherwise.
std::string_view names_after_lead(std::string_view text);

/// Names in `text` before a phrase saying they were not at the meeting at
/// all ("X og Y havde meldt forfald.", "X meldte afbud", "X udeblev"), for a
/// header's sentences; never "X deltog ikke", which may be about some items.
void collect_regrets(std::string_view text, std::vector<std::string>& names);

/// Adds to `names` the names on `line`, a line of an absence list under its
/// label ("Fraværende med afbud:" over "Jens Askov og Henrik Bang-Pedersen");
/// a piece that is no name ("Jes König deltog": who sat in) adds nobody.
void collect_listed_absent(std::string_view line, std::vector<std::string>& names);

/// True when every phrase of danish::absence_phrases holds a word the
/// cheap prefilter of is_attendance_note and collect_absent looks for.
bool every_absence_phrase_has_a_prefilter_word();

/// True when the whole of `text` is an attendance note: a labelled one
/// ("Afbud: ...") or a sentence that someone was absent ("Anne Hansen deltog
/// ikke i mødet under dette punkt."), so that a decision's text leaves it out.
bool is_attendance_note(std::string_view text);

/// True when `text` holds a phrase of danish::absence_phrases after a blank
/// ("... og Ib Madsen deltog ikke i pkt. 14-19.").
bool holds_absence_phrase(std::string_view text);

/// True when `name` reads as a person's name (capitalised name words,
/// initials and particles; at least two words).
bool looks_like_name(std::string_view name);
/// True when `name` has the shape of a name: two words or more, each
/// capitalised (not in capitals) or a particle. Looser than looks_like_name,
/// which also turns away names holding a street or place word ("Mogens Gade").
bool has_name_shape(std::string_view name);
/// True when `text` is a note on when a member took part ("Deltog ikke
/// under punkt 2", "Forlod mødet kl. 19.30"), as under or after an entry.
bool notes_attendance(std::string_view text);

/// "Anne Sejr Holm", "Bo Lund (V), Ida Berg", "Overborgmester Frank Jensen":
/// two capitalised words or more and no lowercase word but a short one ("og",
/// "i"), parentheses aside; never "Godkendt", "Åben dagsorden", "Imod stemte
/// Peter Jensen (V)".
bool reads_as_names(std::string_view value);

}  // namespace protokol::segmenter
