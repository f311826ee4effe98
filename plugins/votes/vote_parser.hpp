// vote_parser.hpp: who voted how, from the text of a decision.
#pragma once

#include <protokol/document.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "danish/decisions.hpp"

namespace protokol::votes {

/// The members of a vote list as values: party letters canonical ("SF" ->
/// "F"), people by name ("Jens Hansen (A)" -> "Jens Hansen"). Empty when
/// any member is neither, so prose is never taken for a list.
std::vector<std::string> parse_vote_list(std::string_view list);

/// Votes in a decision text. Understands labelled lists ("For stemte: A, F
/// og Ø", "Imod stemte: V", "Undlod at stemme: O"), subject and verb ("V og O
/// stemte imod", "(A) undlod.", "Et flertal bestående af A og F stemte for"),
/// counts with lists ("Forslaget blev vedtaget med 5 stemmer (A, F, Ø)
/// mod 2 (V)"; "forkastet" turns the sides round; "For stemte: A, F og Ø
/// (15)"), counts alone ("vedtaget med 9 stemmer for og 2 imod") and
/// "enstemmigt".
/// A decision that holds several votes ("Ad 1" / "For stemte: 5 (A+T+V)" /
/// "Ad 2" / "For stemte: ..."): one record holds one vote, so parse_votes()
/// reads the first, up to the second for-side label.
vote_record parse_votes(std::string_view decision);

/// The votes of a decision, counted by their for-side labels ("For stemte:",
/// "For:") or, when it holds two or more, by its tallies ("forkastet med 9
/// stemmer ..."), and where the second starts (npos when there is none).
struct vote_blocks {
  std::size_t count = 0;
  std::size_t second = std::string_view::npos;
};
vote_blocks find_vote_blocks(std::string_view decision);

/// parse_votes() with the blocks already found, for a caller that needs them too.
vote_record parse_first_vote(std::string_view decision, const vote_blocks& blocks);

/// For a decision in which parse_votes() found nothing: what in it looks
/// like a vote ("\"stemte\" reads like a vote, but no voters could be
/// read"), or empty when nothing does. Quotes no document text beyond a cue
/// word.
std::string unread_vote(std::string_view decision);

/// False when `decision` certainly holds no cue of unread_vote() (it holds
/// none of "tem", "tal", "imod" in any case); true when it may.
bool may_hold_vote_cue(std::string_view decision);

/// The decision text of `it` in `doc`: item.decision when the segmenter set
/// it, else the text of this meeting's decision parts (never the history);
/// table rows flattened (flatten_table_rows), wrapped lines joined
/// (join_wrapped_lines).
std::string decision_text(const document& doc, const item& it);

/// decision_text() with the meeting's date from `date` (of the same
/// document), for callers that visit every item.
std::string decision_text(const document& doc, const item& it, danish::meeting_date_cache& date);

/// text.rfind(phrase, from): the last offset, from `from` back, where
/// `phrase` starts in `text`, or npos.
std::size_t rfind_phrase(std::string_view text, std::string_view phrase, std::size_t from);

/// "| For stemte: | A, F og Ø (3) |" (a table a converter made of the
/// decision) as "For stemte: A, F og Ø (3)"; the rule under a table's head
/// row goes. Lines that are no table row stay as they are.
void flatten_table_rows(std::string& text);

/// Joins a line to the one before it when it goes on in lowercase and the
/// one before ends in no sentence's mark ("Kurt Sejersen (O)" over
/// "undlod at stemme.", as a text browser wraps a dump at 80 columns).
void join_wrapped_lines(std::string& text);

}  // namespace protokol::votes
