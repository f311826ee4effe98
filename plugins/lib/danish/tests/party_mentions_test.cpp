#include "danish/party_mentions.hpp"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>
#include <utility>
#include <vector>

#include "danish/party_table.hpp"

using protokol::danish::find_party_mentions;

namespace {

std::vector<std::string> values(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& m : find_party_mentions(text)) out.push_back(m.value);
  return out;
}

std::vector<std::string> written(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& m : find_party_mentions(text))
    out.emplace_back(text.substr(m.start, m.end - m.start));
  return out;
}

}  // namespace

TEST(DanishPartyMentions, FindsLettersAfterNames) {
  const std::string text = "Hediye Temiz (B) og Tina Graugaard (C) deltog ikke på mødet.";
  EXPECT_EQ(values(text), (std::vector<std::string>{"B", "C"}));
  EXPECT_EQ(written(text), (std::vector<std::string>{"B", "C"}));
}

TEST(DanishPartyMentions, FindsAbstentionLetter) {
  EXPECT_EQ(values("(A) undlod."), std::vector<std::string>{"A"});
}

TEST(DanishPartyMentions, SplitsParenthesisedLists) {
  EXPECT_EQ(values("vedtaget med 5 stemmer (A, F og Ø) mod 2 (V)"),
            (std::vector<std::string>{"A", "F", "Ø", "V"}));
}

TEST(DanishPartyMentions, IgnoresParenthesesThatAreNotParties) {
  EXPECT_TRUE(values("Allan Kristensen (2. viceborgmester) (Afbud) om BID (BID)").empty());
  EXPECT_TRUE(values("(A, se bilag)").empty());
}

TEST(DanishPartyMentions, FindsAbbreviationsAndNames) {
  EXPECT_EQ(values("Forslag fra DD og LA samt fra EL og Jens Hansen, UFP"),
            (std::vector<std::string>{"Æ", "I", "Ø", "Løsgænger"}));
  EXPECT_EQ(values("Medlemmer fra Det Konservative Folkeparti og Radikale Venstre"),
            (std::vector<std::string>{"C", "B"}));
  EXPECT_EQ(values("aftale mellem Liberal Alliance, Konservativt Folkeparti og Dansk Folkeparti"),
            (std::vector<std::string>{"I", "C", "O"}));
}

TEST(DanishPartyMentions, CommonWordNamesNeedSentenceContext) {
  EXPECT_TRUE(values("Venstre side af vejen. Alternativet er at vente.").empty());
  EXPECT_EQ(values("Forslaget fra Venstre blev vedtaget."), std::vector<std::string>{"V"});
}

TEST(DanishPartyMentions, AbbreviationsInCapitalHeadingsAreSkipped) {
  EXPECT_TRUE(values("ALT OM JOB").empty());
  EXPECT_TRUE(values("EL-biler og sf").empty());
}

// "Forventet sagsgang" over "KF, ØK, BY" (Mariagerfjord): the committees a
// case goes through; "KF" there is Kultur og Fritid. A list of parties'
// codes stays parties.
TEST(DanishPartyMentions, AnAbbreviationInAListOfOfficesCodesIsNone) {
  EXPECT_TRUE(values("Forventet sagsgang\n\nKF, ØK, BY\n").empty());
  EXPECT_TRUE(values("Sagsgang: ØK, KF\n").empty());
  EXPECT_EQ(values("For stemte: DF, SF og V."), (std::vector<std::string>{"O", "F"}));
  EXPECT_EQ(values("Forslag fra KF, Venstre og SF."), (std::vector<std::string>{"C", "V", "F"}));
  // A sentence's list beside an office's code keeps its parties.
  EXPECT_EQ(values("Et forslag fra KL, DF og SF blev drøftet."),
            (std::vector<std::string>{"O", "F"}));
  EXPECT_EQ(values("Imod stemte: EL, FN\n"), std::vector<std::string>{"Ø"});
  EXPECT_EQ(values("Undlod at stemme:\nDF, NB, LP\n"), (std::vector<std::string>{"O", "D"}));
}

TEST(DanishPartyMentions, LosgaengerInParentheses) {
  EXPECT_EQ(values("Tina Bodholdt-Nielsen (Løsgænger) deltog ikke"),
            std::vector<std::string>{"Løsgænger"});
}

// find_parentheses() is next_parenthesis() in turn: side by side, the inner
// of nested ones, none empty, none across a line break, "Ø" as two bytes.
TEST(DanishParentheses, FindParenthesesGivesEveryOneInTurn) {
  const std::string text = "Anne (A)(B) (C(D)) ()\n(E\nF) (\xC3\x98) (x";
  std::vector<std::pair<std::size_t, std::size_t>> found;
  for (const auto& p : protokol::danish::find_parentheses(text))
    found.emplace_back(p.open, p.close);
  const std::vector<std::pair<std::size_t, std::size_t>> expected{
      {5, 7}, {8, 10}, {14, 16}, {28, 31}};
  EXPECT_EQ(found, expected);
}

// The parties in parentheses are read from the list given: the text's own
// list finds what find_party_mentions(text) finds, an empty one none of them.
TEST(DanishParentheses, PartyMentionsReadTheParenthesesGiven) {
  const std::string text = "Hediye Temiz (B) og Tina Graugaard (C, SF) deltog, SF stemte imod.";
  const auto parentheses = protokol::danish::find_parentheses(text);
  std::vector<std::string> given;
  for (const auto& m : find_party_mentions(text, parentheses)) given.push_back(m.value);
  EXPECT_EQ(given, values(text));
  EXPECT_EQ(given, (std::vector<std::string>{"B", "C", "F", "F"}));
  std::vector<std::string> without;
  for (const auto& m : find_party_mentions(text, {})) without.push_back(m.value);
  EXPECT_EQ(without, (std::vector<std::string>{"F", "F"}));  // SF is F
}

// The word scan tests 64 bytes at a time, then the last bytes one by one:
// spellings (capitals, "l" before "ø") at every offset across the blocks'
// edges and in the tail are found where they stand.
TEST(DanishPartyMentions, SpellingsAtEveryOffsetOfTheBlocks) {
  const std::string piece =
      "Per Holm, Venstre, og en l\xC3\xB8sg\xC3\xA6nger; SF og Socialdemokratiet stemte, DF ikke";
  const std::vector<std::string> expected{"V", "Løsgænger", "F", "A", "O"};
  for (std::size_t offset = 0; offset < 140; ++offset) {
    for (const std::size_t after : {0u, 1u, 70u}) {
      const std::string text = std::string(offset, 'x') + " " + piece + std::string(after, ' ');
      EXPECT_EQ(values(text), expected) << offset << " " << after;
      const auto found = find_party_mentions(text);
      ASSERT_FALSE(found.empty());
      EXPECT_EQ(found.front().start, offset + 1 + piece.find("Venstre")) << offset << " " << after;
      EXPECT_EQ(found.back().start, offset + 1 + piece.find("DF")) << offset << " " << after;
    }
  }
}

// A parenthesis of ASCII bytes only is taken without counting characters;
// any other byte leaves it to the count or to the pattern itself, which
// decides as it would alone: up to 80 characters, not bytes, and a byte
// that is no UTF-8 ("\xFF", a cut "\xC3") as the pattern reads it.
TEST(DanishParentheses, OnlyAsciiSkipsTheCharacterCount) {
  const RE2 pattern(R"(\(([^()\n]{1,80})\))");
  const std::string contents[] = {std::string(80, 'x'),
                                  std::string(81, 'x'),
                                  std::string(79, 'x') + "\xC3\x98",
                                  std::string(80, 'x') + "\xC3\x98",
                                  "ab\xFF",
                                  "ab\xC3",
                                  "\xC0\x80x",
                                  "\xED\xA0\x80x"};
  for (const std::string& content : contents) {
    const std::string text = "Anne (" + content + ") og Bo";
    const re2::StringPiece input(text);
    const bool expected = pattern.Match(input, 5, text.size(), RE2::ANCHOR_START, nullptr, 0);
    EXPECT_EQ(protokol::danish::find_parentheses(text).size(), expected ? 1u : 0u) << content;
  }
  // The byte pattern's verdicts the cases above rest on.
  EXPECT_EQ(protokol::danish::find_parentheses("Anne (ab\xFF) og Bo").size(), 0u);
  EXPECT_EQ(
      protokol::danish::find_parentheses("Anne (" + std::string(79, 'x') + "\xC3\x98)").size(), 1u);
}

// Every spelling the word scan looks for, inside a sentence and at the
// text's end, is found whole with its party: the scan passes a place over
// when no spelling of its first two bytes goes on with its third, so a
// third byte it got wrong would lose a spelling here. A near miss (the
// third byte changed) is no mention of that spelling.
TEST(DanishPartyMentions, EverySpellingIsFoundWhereItStands) {
  for (const auto& s : protokol::danish::party_spellings()) {
    if (s.form == protokol::danish::party_form::letter) continue;
    for (const std::string& after : {std::string(" stemte for."), std::string()}) {
      const std::string text = "Forslaget fra " + std::string(s.written) + after;
      const auto found = find_party_mentions(text);
      ASSERT_EQ(found.size(), 1u) << text;
      EXPECT_EQ(found[0].value, s.canonical) << text;
      EXPECT_EQ(text.substr(found[0].start, found[0].end - found[0].start), s.written) << text;
    }
    if (s.written.size() < 3) continue;
    std::string missed = "Forslaget fra " + std::string(s.written) + " stemte for.";
    missed[14 + 2] = '#';
    for (const auto& m : find_party_mentions(missed))
      EXPECT_NE(missed.substr(m.start, m.end - m.start), s.written) << missed;
  }
}
