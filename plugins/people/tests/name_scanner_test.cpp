#include "name_scanner.hpp"

#include <gtest/gtest.h>

#include <string>

using protokol::people::name_backward;
using protokol::people::name_forward;

namespace {

std::string forward(std::string_view text, std::size_t pos = 0) {
  const auto n = name_forward(text, pos);
  return n ? std::string(text.substr(n->start, n->end - n->start)) : "<none>";
}

std::string backward(std::string_view text) {
  const auto n = name_backward(text, text.size());
  return n ? std::string(text.substr(n->start, n->end - n->start)) : "<none>";
}

}  // namespace

TEST(NameScanner, ReadsInitialsAndHyphens) {
  EXPECT_EQ(forward("Saime B. Inanc (Ø)"), "Saime B. Inanc");
  EXPECT_EQ(forward("Tina Bodholdt-Nielsen (Løsgænger)"), "Tina Bodholdt-Nielsen");
  EXPECT_EQ(forward("Jannik Karoli Plum Nielsen (centerchef)"), "Jannik Karoli Plum Nielsen");
  EXPECT_EQ(forward("H.C. Jensen, formand"), "H.C. Jensen");
  EXPECT_EQ(backward("at H.C. Jensen"), "H.C. Jensen");
  // Glued initials are first names written short and count as a word of
  // the name; one initial does not.
  EXPECT_EQ(name_forward("H.C. Jensen", 0)->words, 2);
  EXPECT_EQ(name_backward("at H.C. Jensen", 14)->words, 2);
  EXPECT_EQ(name_forward("B. Jensen", 0)->words, 1);
}

TEST(NameScanner, StopsAtSentenceEndAndLowercase) {
  EXPECT_EQ(forward("Poul Corfitsen. Kl. 17"), "Poul Corfitsen");
  EXPECT_EQ(forward("Søren Larsen fra Rummelig"), "Søren Larsen");
}

// A member column flattened without commas (trial BB): a known first name
// after a surname, a name part after it, starts the next person; never
// inside a name of two first names ("Poul Erik Skov Christensen").
TEST(NameScanner, AFirstNameAfterASurnameStartsTheNextPerson) {
  EXPECT_EQ(forward("Torben Myrup Birgitte Tetzlaff Uffe Bro"), "Torben Myrup");
  EXPECT_EQ(forward("Poul Erik Skov Christensen (A)"), "Poul Erik Skov Christensen");
  EXPECT_EQ(forward("Jens Otto Krag talte"), "Jens Otto Krag");
  // A first name at the end is no next person's: "Lars Hansen Anne" ends as it was.
  EXPECT_EQ(forward("Lars Hansen Anne."), "Lars Hansen Anne");
}

// The next part of a name stands after one blank, and nothing but a token
// follows it; name_forward() reads that token once for its tests and its
// next turn.
TEST(NameScanner, OneBlankBetweenTheParts) {
  EXPECT_EQ(forward("Anne Holm,Jensen Larsen"), "Anne Holm");
  EXPECT_EQ(forward("Anne Holm  Jensen"), "Anne Holm");
  EXPECT_EQ(forward("Anne Holm\nJensen"), "Anne Holm");
  EXPECT_EQ(forward("Anne Holm (A)"), "Anne Holm");
  EXPECT_EQ(forward("Anne Holm "), "Anne Holm");
  EXPECT_EQ(forward("Anne Holm Jensen"), "Anne Holm Jensen");
  EXPECT_EQ(name_forward("Anne Holm Jensen Larsen Bo Ib Ulla", 0, 3)->end, 16u);
  // The first-name test reads the same next token: "Uffe" after a surname
  // starts the next person only when a name part follows it.
  EXPECT_EQ(forward("Torben Myrup Uffe Bro"), "Torben Myrup");
  EXPECT_EQ(forward("Torben Myrup Uffe, Bro"), "Torben Myrup Uffe");
  EXPECT_EQ(forward("Torben Myrup Uffe  Bro"), "Torben Myrup Uffe");
}

// "der", "den" join a name only after another particle.
TEST(NameScanner, SecondParticlesOnlyAfterAParticle) {
  EXPECT_EQ(forward("Peter van der Weide (C)"), "Peter van der Weide");
  EXPECT_EQ(forward("Anne Holm der Ønsker at"), "Anne Holm");
  EXPECT_EQ(backward("Godkendt af Peter van der Weide"), "Peter van der Weide");
  EXPECT_EQ(backward("Forslaget der Anne Holm"), "Anne Holm");
}

// Buildings and firms named after a person (trial BI).
TEST(NameScanner, ABuildingOrFirmNamedAfterAPersonIsNone) {
  for (const char* text : {"Karen Blixen Skolen", "Niels Bohr Instituttet", "Karen Blixen Museet",
                           "Jens Hansens Bageri", "Bo Lind Arkitekter", "Anne Marie Huset"})
    EXPECT_EQ(forward(text), "<none>") << text;
  EXPECT_EQ(forward("Karen Blixen talte"), "Karen Blixen");
}

TEST(NameScanner, PlaceWordsRejectTheRun) {
  EXPECT_EQ(forward("Rude Skov Skole har"), "<none>");
  EXPECT_EQ(forward("Hans Tavsens Gade 4"), "<none>");
}

TEST(NameScanner, BackwardStopsAtLabelsAndRoles) {
  EXPECT_EQ(backward("Mødedeltagere Musa Kekec"), "Musa Kekec");
  EXPECT_EQ(backward("Afbud Allan Kristensen"), "Allan Kristensen");
  EXPECT_EQ(backward("Formand Jens Hansen"), "Jens Hansen");
  EXPECT_EQ(backward("godkendt. Jens Hansen"), "Jens Hansen");
  EXPECT_EQ(backward("Saime B. Inanc"), "Saime B. Inanc");
}

TEST(NameScanner, CapitalsAreNoName) { EXPECT_EQ(forward("CONDI BID"), "<none>"); }

// A company named after its founder (trial AR).
TEST(NameScanner, ACompanyFormEndsNoName) {
  EXPECT_EQ(forward("Peter Larsen Kaffe A/S"), "<none>");
  EXPECT_EQ(forward("Jens Hansen ApS i Viborg"), "<none>");
  EXPECT_EQ(forward("Peter Larsen Kaffe ankom"), "Peter Larsen Kaffe");
  // Places and funds named after a person (review 31).
  for (const char* place : {"Martha Parken", "Margrethe Hjemmet", "Viola Haven",
                            "Gustav Wieds Fond", "Marina Nord", "Lauritz Auktioner"})
    EXPECT_EQ(forward(place), "<none>") << place;
  // An archive and a board a guest comes from (trial BI).
  for (const char* body : {"Lokalhistorisk Arkiv", "Egnsarkivet", "Ole Lund Skolebestyrelsen"})
    EXPECT_EQ(forward(body), "<none>") << body;
}

// token_at() and token_before() pass ASCII letters eight at a time: every
// length of word, on either side of an eight-byte step, must stop at the
// same separator the byte loop stops at, and bytes next to the letters in
// ASCII ('@', '[', '`', '{') or from 0x80 must not pass for letters.
TEST(NameScanner, TokensStopAtTheSeparatorWhateverTheirLength) {
  using protokol::people::token_at;
  using protokol::people::token_before;
  const std::string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  // Separators, and what follows them (the step reads eight bytes).
  const std::string stops[] = {" og mere tekst",
                               "(A) og mere",
                               "[1] og mere",
                               ",x",
                               "\xC2\xA0Hansen og mere",
                               "\xE2\x80\x93 og mere",
                               ""};
  for (std::size_t length = 0; length <= 20; ++length) {
    for (std::size_t lead = 0; lead < 9; ++lead) {
      const std::string word = letters.substr(length % 7, length);
      for (const std::string& stop : stops) {
        const std::string text = std::string(lead, ' ') + word + stop;
        const auto tok = token_at(text, lead);
        EXPECT_EQ(tok.start, lead) << text;
        EXPECT_EQ(tok.end, lead + length) << text;
      }
    }
  }
  // Backwards: every length of word after a separator, or at the text's start.
  const std::string opens[] = {"mere tekst ",        "mere tekst(",       "mere [1]", "tekst,",
                               "mere tekst\xC2\xA0", "mere \xE2\x80\x93", ""};
  for (std::size_t length = 0; length <= 20; ++length) {
    for (std::size_t trail = 0; trail < 9; ++trail) {
      const std::string word = letters.substr(length % 7, length);
      for (const std::string& open : opens) {
        const std::string text = open + word + std::string(trail, ' ');
        const std::size_t end = open.size() + length;
        const auto tok = token_before(text, end);
        EXPECT_EQ(tok.end, end) << text;
        EXPECT_EQ(tok.start, open.size()) << text;
      }
    }
  }
  // Bytes beside the letters belong to no separator: the token goes on over
  // them (and over letters from 0x80), as the byte loop reads them.
  const std::string odd = "Abcdefg@hijklmn`opqrstu{vwxyzæøå Hansen";
  EXPECT_EQ(token_at(odd, 0).end, odd.find(' '));
  EXPECT_EQ(token_before(odd, odd.find(' ')).start, 0u);
  const std::string bracket = "Abcdefghijkl[mn";
  EXPECT_EQ(token_at(bracket, 0).end, bracket.find('['));
  EXPECT_EQ(token_before(bracket, bracket.size()).start, bracket.find('[') + 1);
}

// Every company form after a name makes it a company's, at the text's end
// or before a comma (name_forward() compares the forms only after a blank
// and one of their second bytes); a name followed by other bytes is read.
TEST(NameScanner, EveryCompanyFormEndsNoName) {
  for (const char* form : {" A/S", " I/S", " K/S", " P/S", " a.m.b.a", " A.m.b.A"}) {
    EXPECT_EQ(forward(std::string("Peter Larsen") + form), "<none>") << form;
    EXPECT_EQ(forward(std::string("Peter Larsen") + form + ", Viborg"), "<none>") << form;
  }
  for (const char* after : {"", " (A)", ", Viborg", "\n", " og ole"})
    EXPECT_EQ(forward(std::string("Peter Larsen") + after), "Peter Larsen") << after;
}

// name_reader remembers name_forward()'s answers by position in a table of
// a few hundred slots: over a text longer than the table, positions share
// slots, and every answer, asked first, again, and in the other order, is
// name_forward()'s own.
TEST(NameScanner, TheNameReaderAnswersAsNameForwardAtEveryPosition) {
  std::string text;
  for (int i = 0; text.size() < 4000; ++i) {
    text += i % 3 == 0   ? "Anne Holm Jensen (A), "
            : i % 3 == 1 ? "formand Søren Larsen. "
                         : "H.C. Rasmussen og Bo Ib, ";
  }
  protokol::people::name_reader reader(text);
  auto expect_same = [&](std::size_t pos) {
    const auto expected = name_forward(text, pos);
    const auto got = reader(pos);
    ASSERT_EQ(got.has_value(), expected.has_value()) << "at " << pos;
    if (!expected) return;
    EXPECT_EQ(got->start, expected->start) << "at " << pos;
    EXPECT_EQ(got->end, expected->end) << "at " << pos;
    EXPECT_EQ(got->words, expected->words) << "at " << pos;
  };
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    expect_same(pos);
    expect_same(pos);
  }
  for (std::size_t pos = text.size(); pos-- > 0;) expect_same(pos);
}
