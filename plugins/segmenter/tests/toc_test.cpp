// The table of contents: entry lines, cut-short titles, separate blocks.
#include "toc.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"
#include "titles.hpp"

namespace protokol::segmenter {
namespace {

TEST(SegmenterToc, SplitsLeaderLines) {
  std::string_view title;
  bool leaders = false;
  ASSERT_TRUE(split_toc_line("Meddelelser.....\t3", title, leaders));
  EXPECT_EQ(title, "Meddelelser");
  EXPECT_TRUE(leaders);
  ASSERT_TRUE(split_toc_line("Lukket: LUKKET Bidrag til budget 2024 for Erhvervs-, Beskæfti\t19",
                             title, leaders));
  EXPECT_EQ(title, "Lukket: LUKKET Bidrag til budget 2024 for Erhvervs-, Beskæfti");
  EXPECT_FALSE(leaders);
  ASSERT_TRUE(split_toc_line("Godkendelse af dagsorden ........ 12", title, leaders));
  EXPECT_EQ(title, "Godkendelse af dagsorden");
  ASSERT_TRUE(split_toc_line("Budget 2024…… 7", title, leaders));
  EXPECT_EQ(title, "Budget 2024");
}

TEST(SegmenterToc, OrdinaryLinesAreNoEntries) {
  std::string_view title;
  bool leaders = false;
  EXPECT_FALSE(split_toc_line("Mødedato Mandag d. 21. november 2022 kl. 16:30", title, leaders));
  EXPECT_FALSE(split_toc_line("Dato: 04.10.2023", title, leaders));
  EXPECT_FALSE(split_toc_line("Side 3", title, leaders));
  EXPECT_FALSE(split_toc_line("\t3", title, leaders));
}

TEST(SegmenterToc, ParsesEntriesAfterTheHeading) {
  const auto lines = split_lines(
      "REFERAT Udvalget\n\nIndholdsfortegnelse\n\nMeddelelser.....\t3\nLukket: LUKKET "
      "Meddelelser.....\t18\n\n"
      "Punkt 1: Meddelelser\n\nBeslutning\n");
  const toc t = parse_toc(lines, lines.size());
  ASSERT_TRUE(t.found);
  EXPECT_EQ(t.begin, 2u);
  EXPECT_EQ(t.end, 6u);
  ASSERT_EQ(t.entries.size(), 2u);
  EXPECT_EQ(t.entries[0].title, "Meddelelser");
  EXPECT_FALSE(t.entries[0].closed);
  EXPECT_EQ(t.entries[1].key, "meddelelser");
  EXPECT_TRUE(t.entries[1].closed);
}

// A table of the items without page numbers (a Word or web page's table),
// then the items under other headings ("Pkt. 101 Title"): the first item
// repeating the first title shows the table's end. (The table's lines had
// made the items, the last of them holding every item's text.)
TEST(SegmenterToc, EntriesWithoutPageNumbersEndAtTheFirstItem) {
  const std::string text =
      "Referat\n\nØkonomiudvalget\n\n**Indholdsfortegnelse**\n\n101. Godkendelse af "
      "dagsorden\n102. Regnskab 2023\n103. Køb af ejendom (Lukket)\n\n# Pkt. 101 Godkendelse af "
      "dagsorden\n\n24/4401\n\n## Beslutning\n\nGodkendt.\n\n# Pkt. 102 Regnskab 2023\n\n"
      "## Beslutning\n\nAnbefales.\n\n# Pkt. 103 Køb af ejendom (Lukket)\n\n## Beslutning\n\n"
      "Godkendt.\n";
  const auto lines = split_lines(text);
  const toc t = parse_toc(lines, lines.size());
  ASSERT_TRUE(t.found);
  ASSERT_EQ(t.entries.size(), 3u);
  EXPECT_EQ(t.entries[2].number, 103u);
  EXPECT_TRUE(t.entries[2].closed);
  const auto doc = testing::segment_text(text);
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_EQ(doc.items[0].number, "101");
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");
  EXPECT_TRUE(doc.items[2].closed);
}

// Helsingør (pdftotext): "Sagsoversigt" over "Side" over each entry's
// number alone on its line, the title (wrapped or not) with the page after it.
TEST(SegmenterToc, SagsoversigtWithEachNumberOnALineOfItsOwn) {
  const auto lines = split_lines(
      "Fraværende:\nMarlene Harpsøe\nSagsoversigt\nSide\n01.\nGodkendelse af dagsorden.....3\n"
      "02.\nEndelig stillingtagen til vejadgang til Klostermosevej 102 - ekspropriation af\n"
      "eksisterende vejadgang ............9\n03.\nLovliggørelse af Julianelund .....5\n\n"
      "01. Godkendelse af dagsorden\nBeslutning Økonomiudvalget den 16-03-2015\nGodkendt.\n");
  const toc t = parse_toc(lines, lines.size());
  ASSERT_TRUE(t.found);
  EXPECT_EQ(t.begin, 2u);
  EXPECT_EQ(t.end, 11u);
  ASSERT_EQ(t.entries.size(), 3u);
  EXPECT_EQ(t.entries[0].key, title_key("Godkendelse af dagsorden"));
  EXPECT_EQ(t.entries[1].key,
            title_key("Endelig stillingtagen til vejadgang til Klostermosevej 102 - "
                      "ekspropriation af eksisterende vejadgang"));
  EXPECT_EQ(t.entries[2].key, title_key("Lovliggørelse af Julianelund"));
}

// title_key keeps the last keys in slots picked by a hash of the title's
// bytes, eight at a time (the last eight overlapping, a short title a byte at
// a time): titles that differ in one byte anywhere, asked in turn and again,
// each get their own key.
TEST(SegmenterToc, TitleKeysOfTitlesDifferingInOneByte) {
  for (std::size_t size = 1; size <= 24; ++size) {
    const std::string plain(size, 'X');
    for (std::size_t at = 0; at < size; ++at) {
      std::string other = plain;
      other[at] = 'Y';
      std::string other_key(size, 'x');
      other_key[at] = 'y';
      EXPECT_EQ(title_key(plain), std::string(size, 'x'));
      EXPECT_EQ(title_key(other), other_key);
      EXPECT_EQ(title_key(plain), std::string(size, 'x'));
      EXPECT_EQ(title_key(other), other_key);
    }
  }
}

// Region Sjælland: a heading for each part ("Indholdsfortegnelse åbent
// møde", "Indholdsfortegnelse lukket møde") over entries stacked as number,
// title and page, each a paragraph of its own. The second heading marks the
// closed entries; an entry's title naming a municipality is no header line.
TEST(SegmenterToc, HeadingsThatNameTheOpenAndClosedPart) {
  const std::string text =
      "Referat\n\nDeltagere:\n\nEgon Bo (I)\n\nIndholdsfortegnelse åbent møde\n\n1.\n\n"
      "Godkendelse af dagsorden\n\n5\n\n2.\n\nRåstoffer i Hedehusene Grusgrav, Roskilde "
      "Kommune\n\n6\n\nIndholdsfortegnelse lukket møde\n\n3.\n\nUdbud af "
      "akutlægehelikopterne (Lukket punkt)\n\n8\n\n\n1. Godkendelse af dagsorden\n\nÅbent\n\n"
      "Beslutning\n\nGodkendt.\n";
  const auto lines = split_lines(text);
  const toc t = parse_toc(lines, lines.size());
  ASSERT_TRUE(t.found);
  EXPECT_EQ(t.begin, 6u);
  EXPECT_EQ(t.end, 27u);
  ASSERT_EQ(t.entries.size(), 3u);
  EXPECT_EQ(t.entries[1].key, title_key("Råstoffer i Hedehusene Grusgrav, Roskilde Kommune"));
  EXPECT_FALSE(t.entries[1].closed);
  EXPECT_TRUE(t.entries[2].closed);
  const auto doc = testing::segment_text(text);
  EXPECT_EQ(doc.meeting.municipality, "");
  ASSERT_FALSE(doc.items.empty());
  EXPECT_EQ(doc.items[0].title, "Godkendelse af dagsorden");
}

// A contents table's group row as a reader writes it, one cell wide,
// closes the entries under it (trial BL).
TEST(SegmenterToc, AGroupRowOfOneCellClosesTheEntriesUnderIt) {
  const auto doc = testing::segment_text(
      "# Referat\n\nMødedato: 24. juni 2015\n\n**Indholdsfortegnelse**\n\n1. Forslag til "
      "spildevandsplan  3\n| Lukkede punkter |\n2. Salg af grund  6\n\n## 1. Forslag til "
      "spildevandsplan\n\n### Beslutning\n\nGodkendt.\n\n## 2. Salg af grund\n\n### "
      "Beslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_TRUE(doc.items[1].closed);
}

// An empty table of contents: "." (a list's bullet alone) under the heading
// is no title, so the first item's number alone under it ("1" over its
// title, pdfminer's text of a web page) is no page number of an entry.
TEST(SegmenterToc, APunctuationLineIsNoEntryTitle) {
  const auto lines = split_lines(
      "Indholdsfortegnelse\n\n.\n\n1\n\nGodkendelse af dagsorden\n\n"
      "Beslutning i Kommunalbestyrelsen den 28-10-2014\n\nGodkendt.\n");
  EXPECT_FALSE(parse_toc(lines, lines.size()).found);
}

// "Indhold" heads a table of contents when entries follow it (a column row
// "Pkt. Tekst Side" may stand between); inside an item it is a section.
TEST(SegmenterToc, IndholdOverATableWithColumnHeads) {
  const auto lines = split_lines(
      "Referat\n\nIndhold\n\nPkt.\tTekst\tSide\n1\tGodkendelse af dagsorden\t2\n"
      "2\tTrafiksikkerhedsplan 2023-2026\t2\n\n1. Godkendelse af dagsorden\n\nProtokol:\n"
      "Godkendt.\n");
  const toc t = parse_toc(lines, lines.size());
  ASSERT_TRUE(t.found);
  ASSERT_EQ(t.entries.size(), 2u);
  EXPECT_EQ(t.entries[1].key, "trafiksikkerhedsplan 2023-2026");
  const auto doc = testing::segment_text(
      "Referat\n\nIndhold\n\nPkt.\tTekst\tSide\n1\tGodkendelse af dagsorden\t2\n"
      "2\tTrafiksikkerhedsplan\t2\n\n1. Godkendelse af dagsorden\n\nProtokol:\nGodkendt.\n\n"
      "2. Trafiksikkerhedsplan\n\nProtokol:\nAnbefales.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[0].decision, "Godkendt.");  // "Protokol" heads the decision
  EXPECT_TRUE(doc.warnings.empty());
  // No entries under it: no table.
  const auto section = split_lines("Referat\n\nIndhold\n\nSagen handler om trafik.\n");
  EXPECT_FALSE(parse_toc(section, section.size()).found);
}

// Old Acadre exports page their front matter in roman numerals.
TEST(SegmenterToc, RomanPageNumbersAfterLeaderDots) {
  std::string_view title;
  bool leaders = false;
  ASSERT_TRUE(split_toc_line("90. Til efterretning - Dallund Slot ..... ii", title, leaders));
  EXPECT_EQ(title, "90. Til efterretning - Dallund Slot");
  EXPECT_TRUE(split_toc_line("103. Lukket sag: Tandpleje...xv", title, leaders));
  // Not after a word, nor without leaders.
  EXPECT_FALSE(split_toc_line("Sagen behandles under punkt iv", title, leaders));
  EXPECT_FALSE(split_toc_line("Bilag    ii", title, leaders));
  EXPECT_FALSE(split_toc_line("Der er ingen bemærkninger.", title, leaders));
}

TEST(SegmenterToc, TitlesAndPageNumbersInSeparateBlocks) {
  const auto lines = split_lines(
      "Referat\nIndholdsfortegnelse\n1. Godkendelse af dagsorden\n2. Budgetopfølgning for 2. "
      "kvartal\n"
      "3. Orientering\n3\n4\n6\n\n1. Godkendelse af dagsorden\nSagsnr. 12/27845\nBeslutning\n");
  const toc t = parse_toc(lines, lines.size());
  ASSERT_TRUE(t.found);
  ASSERT_EQ(t.entries.size(), 3u);
  EXPECT_EQ(t.entries[1].key, "budgetopfølgning for 2. kvartal");
  EXPECT_EQ(t.end, 8u);
}

TEST(SegmenterToc, NoTableWithoutEntries) {
  const auto lines =
      split_lines("Referat\nIndholdsfortegnelse\n\nPunkt 1: Godkendelse\n\nBeslutning\n");
  EXPECT_FALSE(parse_toc(lines, lines.size()).found);
}

TEST(SegmenterToc, CutEntriesMatchByPrefixEvenMidWord) {
  toc_entry cut;
  cut.key =
      title_key("EBU - Albertslund Kommunes Rekrutterings- og uddannelsesstrategi, efter hørir");
  cut.cut = true;
  EXPECT_TRUE(entry_matches(
      cut,
      title_key("EBU - Albertslund Kommunes Rekrutterings- og uddannelsesstrategi, efter høring")));
  toc_entry whole = cut;
  whole.cut = false;
  EXPECT_FALSE(entry_matches(
      whole,
      title_key("EBU - Albertslund Kommunes Rekrutterings- og uddannelsesstrategi, efter høring")));
}

TEST(SegmenterToc, TitleKeysDropLabelsClosedMarkersAndCase) {
  EXPECT_EQ(title_key("Punkt 3: Lukket: LUKKET Meddelelser"), "meddelelser");
  EXPECT_EQ(title_key("3. Budget  2024....."), "budget 2024");
  EXPECT_EQ(title_key("**Økonomi**"), "økonomi");
  EXPECT_TRUE(keys_match("skolernes kvalitetsrapport 2023/24 med fokus på",
                         "skolernes kvalitetsrapport 2023/24 med fokus på trivsel"));
  EXPECT_FALSE(keys_match("orientering", "orientering om budget"));
}

// title_key keeps the last titles' keys in a few slots per thread: more
// titles than slots, each asked for twice in another order, must each get
// their own key back, never the key of another title that shares a slot.
TEST(SegmenterToc, TitleKeysOfManyTitlesAskedAgainAreTheirOwn) {
  std::vector<std::string> titles;
  std::vector<std::string> keys;
  for (char a = 'a'; a <= 'z'; ++a) {
    for (char b = 'a'; b <= 'z'; ++b) {
      const std::string word{a, b};
      titles.push_back("3. Sag om Emne " + word);
      keys.push_back("sag om emne " + word);
    }
  }
  for (std::size_t k = 0; k < titles.size(); ++k) EXPECT_EQ(title_key(titles[k]), keys[k]);
  for (std::size_t k = titles.size(); k-- > 0;) EXPECT_EQ(title_key(titles[k]), keys[k]);
  for (std::size_t k = 0; k < titles.size(); k += 3) {
    EXPECT_EQ(title_key(titles[k]), keys[k]);
    EXPECT_EQ(title_key(""), "");
  }
}

// The markers and labels cut off a title are the whole of what their
// patterns match (strip_closed_markers and title_key ask RE2 for the match
// alone, not for a group around it): repeated markers before the title, a
// marker after it, an open status before or after it, a spaced or worded
// label; and where a pattern can stop early or late, where PartialMatch
// with its group stops.
TEST(SegmenterToc, MarkersAndLabelsAreCutWhole) {
  const struct {
    const char* title;
    const char* left;
    bool closed;
  } cases[] = {
      {"Lukket: [Lukket] LUKKET PUNKT - Meddelelser", "Meddelelser", true},
      {"(Lukket punkt) - Salg af grund", "Salg af grund", true},
      {"Salg af grund - Lukket punkt (Lukket)", "Salg af grund - Lukket punkt", true},
      {"Salg af grund (Lukket punkt, jf. styrelseslovens § 10)", "Salg af grund", true},
      {"(Åbent punkt): Salg af grund", "Salg af grund", false},
      {"Salg af grund - Åbent punkt", "Salg af grund", false},
      {"Salg af grund (Åben)", "Salg af grund", false},
      {"Salg af grund \xF0\x9F\x94\x92", "Salg af grund", true},
  };
  for (const auto& c : cases) {
    bool closed = false;
    EXPECT_EQ(strip_closed_markers(c.title, closed), c.left) << c.title;
    EXPECT_EQ(closed, c.closed) << c.title;
  }
  EXPECT_EQ(title_key("12   Salg af grund"), "salg af grund");
  EXPECT_EQ(title_key("Pkt. 12 a: Salg af grund"), "salg af grund");
  EXPECT_EQ(title_key("Sag nr. 7 - Salg af grund"), "salg af grund");
  EXPECT_EQ(title_key("3 b) Salg af grund"), "salg af grund");
  EXPECT_TRUE(starts_with_closed_marker("LUKKET PUNKT: Salg af grund"));
  EXPECT_FALSE(starts_with_closed_marker("Salg af grund, lukket"));
}

TEST(SegmenterToc, ClosedMarkers) {
  bool closed = false;
  EXPECT_EQ(strip_closed_markers("Lukket: LUKKET Meddelelser", closed), "Meddelelser");
  EXPECT_TRUE(closed);
  closed = false;
  EXPECT_EQ(strip_closed_markers("Lukket punkt: Erstatningssag", closed), "Erstatningssag");
  EXPECT_TRUE(closed);
  closed = false;
  EXPECT_EQ(strip_closed_markers("Jordkøb (lukket punkt)", closed), "Jordkøb");
  EXPECT_TRUE(closed);
  // After a comma or semicolon, a reason before it in brackets, "Behandles
  // for lukkede døre" after a dash (trial BD).
  for (const char* marked :
       {"Køb af ejendom, lukket punkt", "Køb af ejendom, Lukket punkt", "Køb af ejendom, lukket",
        "Køb af ejendom; lukket punkt", "Køb af ejendom (Personsag, lukket)",
        "Køb af ejendom (Personsager, lukket)", "Køb af ejendom (Sag om personale, lukket)",
        "Køb af ejendom (Udbud, lukket)", "Køb af ejendom (Personsag - lukket)",
        "Køb af ejendom (personsag, lukket)", "Køb af ejendom (ejendomssag; lukket)",
        "Køb af ejendom (personalesager, lukket)",
        "Køb af ejendom (udbudssag vedr. kontrakt, lukket)",
        "Køb af ejendom (sag om erstatning, lukket)",
        "Køb af ejendom (jf. styrelseslovens § 10, lukket)", "Køb af ejendom (lukket pkt.)",
        "Køb af ejendom - lukket pkt.", "Lukket tillægspunkt: Køb af ejendom",
        "Køb af ejendom - Behandles for lukkede døre"}) {
    closed = false;
    EXPECT_EQ(strip_closed_markers(marked, closed), "Køb af ejendom") << marked;
    EXPECT_TRUE(closed) << marked;
  }
  // A road closed to traffic, a bath closed, is no closed item (review 36).
  for (const char* open : {"Vejen, lukket for trafik", "Genåbning af Søbadet (badet, lukket)"}) {
    closed = false;
    EXPECT_EQ(strip_closed_markers(open, closed), open);
    EXPECT_FALSE(closed) << open;
  }
  // "16. Lukket punkt." (Region Hovedstaden): no title but the marker's stop.
  closed = false;
  EXPECT_EQ(strip_closed_markers("Lukket punkt.", closed), "");
  EXPECT_TRUE(closed);
  // An agenda system's English export of its contents.
  closed = false;
  EXPECT_EQ(strip_closed_markers("Closed: Beslutning om udbud af ejendom", closed),
            "Beslutning om udbud af ejendom");
  EXPECT_TRUE(closed);
  // A lock glyph (🔒, 🔐) before or after the title, alone or with the word.
  for (const char* marked : {"\xF0\x9F\x94\x92 Køb af ejendom", "Køb af ejendom \xF0\x9F\x94\x92",
                             "Køb af ejendom (\xF0\x9F\x94\x92 Lukket)",
                             "\xF0\x9F\x94\x90 Lukket punkt: Køb af ejendom"}) {
    closed = false;
    EXPECT_EQ(strip_closed_markers(marked, closed), "Køb af ejendom") << marked;
    EXPECT_TRUE(closed) << marked;
  }
  closed = false;
  closed = false;
  EXPECT_EQ(strip_closed_markers("Personalesag - lukket behandling", closed), "Personalesag");
  EXPECT_TRUE(closed);
  closed = false;
  EXPECT_EQ(strip_closed_markers("Køb af ejendom \xF0\x9F\x94\x91", closed),
            "Køb af ejendom \xF0\x9F\x94\x91");  // 🔑, a key, is no lock
  EXPECT_FALSE(closed);
  EXPECT_EQ(strip_closed_markers("Lukket vej ved skolen", closed), "Lukket vej ved skolen");
  EXPECT_FALSE(closed);
  // A table's status column joined to the title with a blank.
  EXPECT_EQ(strip_closed_markers("Køb af ejendom Lukket sag", closed), "Køb af ejendom");
  EXPECT_TRUE(closed);
  closed = false;
  EXPECT_EQ(strip_closed_markers("Godkendelse af dagsorden Åben sag", closed),
            "Godkendelse af dagsorden");
  EXPECT_FALSE(closed);
  EXPECT_EQ(strip_closed_markers("Godkendelse af dagsorden Åben", closed),
            "Godkendelse af dagsorden");
  EXPECT_FALSE(closed);
  EXPECT_EQ(strip_closed_markers("Vejen er lukket", closed), "Vejen er lukket");
  EXPECT_FALSE(closed);
  // Confidential and not public are closed too; so is a status cell "Lukket".
  for (const char* title :
       {"Fortroligt: Personalesag", "Personalesag (Fortroligt)", "Personalesag (Ikke offentligt)",
        "Lukket dagsordenspunkt: Personalesag", "Personalesag (Closed)", "Personalesag Lukket",
        "Ikke offentlig - Personalesag", "Personalesag (Confidential)",
        "Personalesag (Closed item)", "Personalesag [Not public]",
        "Personalesag (fortroligt - ikke til offentliggørelse)", "Personalesag (Lukket, personsag)",
        "Fortroligt punkt: Personalesag",
        // Glostrup's agendas (trial AB: the item's text had been public).
        "Personalesag (FOR LUKKEDE DØRE)", "Personalesag (for lukkede døre)"}) {
    closed = false;
    EXPECT_EQ(strip_closed_markers(title, closed), "Personalesag") << title;
    EXPECT_TRUE(closed) << title;
  }
  // The marker alone is the whole title ("2. Fortroligt punkt").
  closed = false;
  EXPECT_EQ(strip_closed_markers("Fortroligt punkt", closed), "");
  EXPECT_TRUE(closed);
  closed = false;
  EXPECT_EQ(strip_closed_markers("Møder for lukkede døre i udvalg", closed),
            "Møder for lukkede døre i udvalg");
  EXPECT_FALSE(closed);
  closed = false;
  EXPECT_EQ(strip_closed_markers("Vejen (lukket for trafik)", closed), "Vejen (lukket for trafik)");
  EXPECT_FALSE(closed);
  closed = false;
  EXPECT_EQ(strip_closed_markers("Salg af ikke offentlig vej", closed),
            "Salg af ikke offentlig vej");
  EXPECT_FALSE(closed);
  for (const char* line :
       {"Fortroligt", "Ikke offentligt", "Ikke offentlig", "Lukket dagsordenspunkt", "Lukket pkt.",
        "(Lukket punkt)", "**(Lukket punkt)**", "*(Lukket)*", "Punktet er lukket", "Lukket del",
        "Lukket punkt jf. styrelseslovens § 10", "Lukket, jf. offentlighedsloven",
        "Punktet er ikke offentligt (Lukket punkt).", "This item is not public (Lukket punkt).",
        "Closed item", "Closed session", "Confidential", "Not public"})
    EXPECT_TRUE(is_closed_line(line)) << line;
  // Not "Closed" alone (an accordion's state), nor a title.
  for (const char* line : {"Closed", "Closed road works", "Nothing public"})
    EXPECT_FALSE(is_closed_line(line)) << line;
  EXPECT_FALSE(is_closed_line("Salg af grunden (Lukket punkt)"));  // a title, not a sentence
  for (const char* divider :
       {"Fortrolige punkter", "Ikke offentlig dagsorden", "Dagsorden - lukket",
        "Punkter for lukkede døre", "Lukket møde kl. 18.00", "Tillægsdagsorden – lukket",
        "Tillægsdagsorden (lukket)", "Tillægsdagsorden - lukkede punkter", "Fortrolig del",
        "Følgende punkter behandles for lukkede døre:"})
    EXPECT_EQ(part_divider_of(divider), part_divider::closed) << divider;
  // A roman numeral's group ("II. LUKKEDE SAGER", older protocols), a
  // group without a letter that neither opens nor closes.
  EXPECT_TRUE(is_lettered_group_line("II. LUKKEDE SAGER"));
  EXPECT_EQ(group_label_length("II. LUKKEDE SAGER"), 4u);
  EXPECT_EQ(part_divider_of("# Sager til orientering"), part_divider::supplement);
  for (const char* divider : {"Lukket møde"})
    EXPECT_EQ(part_divider_of(divider), part_divider::closed) << divider;
  EXPECT_FALSE(is_closed_door_note("Punkt 5 og 6 behandles for lukkede døre."));
  EXPECT_FALSE(is_closed_door_note("Punkterne behandles for lukkede døre."));
  // A column apart by a run of blanks, as a PDF's table prints it.
  EXPECT_EQ(strip_column_marker("Lukket         Anlæggelse af retssag", closed),
            "Anlæggelse af retssag");
  EXPECT_TRUE(closed);
  closed = false;
  EXPECT_EQ(strip_column_marker("Åbent\tBudget 2025", closed), "Budget 2025");
  EXPECT_FALSE(closed);
  EXPECT_EQ(strip_column_marker("Lukket vej ved skolen", closed), "Lukket vej ved skolen");
  EXPECT_FALSE(closed);
  EXPECT_TRUE(is_closed_line("Lukket"));
  EXPECT_TRUE(is_closed_line("Lukket punkt"));
  EXPECT_TRUE(is_closed_line("Lukket punkt."));
  EXPECT_TRUE(is_open_line("Åbent punkt."));
  EXPECT_FALSE(is_closed_line("Lukket vej"));
  // Dividers of a closed part: plural, or the meeting.
  for (const char* divider :
       {"LUKKET MØDE", "Lukket møde:", " Lukket  Møde.", "## Lukkede punkter", "**Lukkede sager**",
        "Lukket dagsorden", "Ikke offentlige punkter", "Til behandling - for lukkede døre"})
    EXPECT_EQ(part_divider_of(divider), part_divider::closed) << divider;
  // And of an open part, after which items are open again.
  for (const char* divider :
       {"ÅBENT MØDE", " Åbent  Møde.", "Åbne punkter:", "Til efterretning - for åbne døre"})
    EXPECT_EQ(part_divider_of(divider), part_divider::open) << divider;
  // The prefilter's words (any case) are in every part's name; lines
  // without one are none ("Sagsfremstilling", a title).
  EXPECT_TRUE(every_part_name_holds_a_part_word());
  for (const char* divider : {"FORTROLIG DEL AF MØDET", "Ikke-Offentlige Punkter",
                              "SUPPLERENDE DAGSORDEN", "Eftersendte Punkter", "ORIENTERINGSSAGER",
                              "Tillæg til dagsordenen", "ÅBEN DEL AF MØDET", "Offentlig del"})
    EXPECT_NE(part_divider_of(divider), part_divider::none) << divider;
  for (const char* line : {"Sagsfremstilling", "Godkendelse af dagsorden", "Budget 2025 - 2028"})
    EXPECT_EQ(part_divider_of(line), part_divider::none) << line;
  // A supplementary agenda, open or closed as its part unless it says.
  EXPECT_EQ(part_divider_of("Tillægsdagsorden:"), part_divider::supplement);
  EXPECT_EQ(part_divider_of("LUKKET TILLÆGSDAGSORDEN"), part_divider::closed);
  // A contents table's group row, one cell wide (trial BL), a page number
  // at most besides it (review 43); a row of two cells of words is none.
  EXPECT_EQ(part_divider_of("| Lukkede punkter |"), part_divider::closed);
  EXPECT_EQ(part_divider_of("| **Åbne punkter** |"), part_divider::open);
  EXPECT_EQ(part_divider_of("| Lukkede punkter | 3 |"), part_divider::closed);
  EXPECT_EQ(part_divider_of("| Lukkede punkter | Salg |"), part_divider::none);
  // Unmerged, its other cells empty (review 41).
  EXPECT_EQ(part_divider_of("| Lukkede punkter |  |  |"), part_divider::closed);
  EXPECT_EQ(part_divider_of("|  | Lukkede punkter |  |"), part_divider::closed);
  // With its page number (review 42); a number in the words stays.
  EXPECT_EQ(part_divider_of("Lukkede punkter  4"), part_divider::closed);
  EXPECT_EQ(part_divider_of("Lukkede punkter ........ 12"), part_divider::closed);
  EXPECT_EQ(part_divider_of("Lukkede punkter\t4"), part_divider::closed);
  EXPECT_EQ(part_divider_of("Lukket møde kl. 18.00"), part_divider::closed);
  EXPECT_EQ(part_divider_of("Lukkede punkter 4"), part_divider::closed);
  // After one blank a closed part's only; a count after a colon is none
  // (review 44).
  EXPECT_EQ(part_divider_of("Åbent møde 2"), part_divider::none);
  EXPECT_EQ(part_divider_of("Åbent møde  2"), part_divider::open);
  EXPECT_EQ(part_divider_of("Lukkede punkter: 1"), part_divider::none);
  EXPECT_EQ(part_divider_of("Åbne punkter: 2"), part_divider::none);
  EXPECT_EQ(part_divider_of("| Lukkede punkter |  | 4 |"), part_divider::closed);
  EXPECT_EQ(part_divider_of("| 3. | Lukkede punkter | 4 |"), part_divider::none);
  EXPECT_EQ(part_divider_of("Punkter til behandling for lukkede døre"), part_divider::closed);
  EXPECT_EQ(part_divider_of("Dagsorden - lukket møde"), part_divider::closed);
  EXPECT_EQ(part_divider_of("Dagsorden - åbent møde"), part_divider::open);
  for (const char* other : {"Lukket", "Lukket punkt", "Lukket vej", "Lukkede veje i området",
                            "Åben", "Åbent punkt", "Sagen blev behandlet for lukkede døre"})
    EXPECT_EQ(part_divider_of(other), part_divider::none) << other;
}

TEST(SegmenterToc, EntriesUnderAClosedPartDividerAreClosed) {
  const auto lines = split_lines(
      "Indholdsfortegnelse\n1. Godkendelse af dagsorden      2\n2. Lokalplan 12      3\n"
      "LUKKET MØDE\n3. Salg af grund      4\n\n1. Godkendelse af dagsorden\n");
  const toc t = parse_toc(lines, lines.size());
  ASSERT_EQ(t.entries.size(), 3u);
  EXPECT_FALSE(t.entries[0].closed);
  EXPECT_FALSE(t.entries[1].closed);
  EXPECT_TRUE(t.entries[2].closed);
}

// Tønder's minutes (2014): open and closed items only in the table of
// contents, with a column row and page numbers in a column; the body's
// headings say nothing of it, and the closed item must stay closed.
TEST(SegmenterToc, ItemsListedAsClosedAreClosed) {
  const auto doc = testing::segment_text(
      "Referat\n\nIndholdsfortegnelse\n"
      "Pkt.   Tekst                                              Side\n"
      "Åbne dagsordenspunkter\n"
      "1      Orientering fra borgmesteren.                        4\n"
      "2      Budget 2015                                          5\n"
      "Lukkede dagsordenspunkter\n"
      "3      Salg af bygning                                      9\n\n"
      "1. Orientering fra borgmesteren.\nBeslutning\nTaget til efterretning.\n\n"
      "2. Budget 2015\nBeslutning\nGodkendt.\n\n"
      "3. Salg af bygning\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_FALSE(doc.items[1].closed);
  EXPECT_TRUE(doc.items[2].closed);
}

// The contents list the signature page after the items (Rebild): no item
// is missing for it.
TEST(SegmenterToc, TheSignaturePageEntryWantsNoItem) {
  const auto doc = testing::segment_text(
      "Referat\n\nIndholdsfortegnelse\n"
      "1.   Orientering ........................ 2\n"
      "2.   Budget 2009 ........................ 3\n"
      "     Underskriftsside ................... 4\n"
      "     Tillæg ............................. 5\n\n"
      "1.   Orientering\nBeslutning\nTaget til efterretning.\n\n"
      "2.   Budget 2009\nBeslutning\nGodkendt.\n\nUnderskriftsside\n\nPer Bach (V)\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[1].decision, "Godkendt.");
  EXPECT_EQ(doc.warnings,
            std::vector<std::string>{"segment: table of contents entry \"Tillæg\" has no item"});
}

TEST(SegmenterToc, TitleWrappedInTheBlockOfTitles) {
  const auto lines = split_lines(
      "Indholdsfortegnelse\n1. Godkendelse af dagsorden\n2. Tillæg til lokalplan for et nyt "
      "erhvervs-\nområde ved Hinnerup Vej\n3. Eventuelt\n\n2\n3\n5\n\n1. Godkendelse af "
      "dagsorden\n");
  const toc t = parse_toc(lines, lines.size());
  ASSERT_TRUE(t.found);
  ASSERT_EQ(t.entries.size(), 3u);
  EXPECT_EQ(t.entries[1].title,
            "2. Tillæg til lokalplan for et nyt erhvervsområde ved Hinnerup Vej");
  EXPECT_EQ(t.entries[2].key, "eventuelt");
}

TEST(SegmenterToc, EntryWrappedAboveItsLeaderLine) {
  const auto lines = split_lines(
      "Indholdsfortegnelse\nPkt. 1 Godkendelse af dagsorden..........2\nPkt. 2 Forslag til "
      "spildevandsplan for\nJammerbugt Kommune..........3\nPkt. 3 Eventuelt..........4\n");
  const toc t = parse_toc(lines, lines.size());
  ASSERT_EQ(t.entries.size(), 3u);
  EXPECT_EQ(t.entries[1].key, "forslag til spildevandsplan for jammerbugt kommune");
}

TEST(SegmenterToc, TableOfContentsRejoinsAWordThatLostItsHyphen) {
  const auto doc = testing::segment_text(
      "Referat\nIndholdsfortegnelse\n1. Godkendelse af dagsorden\t2\n2. Lokalplan for et nyt "
      "erhvervsområde ved Hinnerup Vej\t3\n\n1. Godkendelse af dagsorden\nSagsnr.: 24/1\n"
      "Beslutning\nGodkendt.\n\n2. Lokalplan for et nyt erhvervs\nområde ved Hinnerup Vej\n"
      "Sagsnr.: 24/2\nBeslutning\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 2u);
  EXPECT_EQ(doc.items[1].title, "Lokalplan for et nyt erhvervsområde ved Hinnerup Vej");
  EXPECT_TRUE(doc.warnings.empty());
}

TEST(SegmenterToc, EntriesInTheNewHeadingFormsMatchTheirItems) {
  // Issue 17's forms: "Nr.1 - ", "1 : ", "1  " before the title.
  EXPECT_EQ(title_key("Nr.1 - Godkendelse af dagsorden"), "godkendelse af dagsorden");
  EXPECT_EQ(title_key("Nr. 12: Budget 2025"), "budget 2025");
  EXPECT_EQ(title_key("1 : Godkendelse af dagsorden"), "godkendelse af dagsorden");
  EXPECT_EQ(title_key("1  Godkendelse af dagsorden"), "godkendelse af dagsorden");
  EXPECT_EQ(title_key("3 nye boliger"), "3 nye boliger");
  for (const char* form : {"1  ", "1 : ", "Nr. 1 - "}) {
    const std::string f = form;
    const std::string two = f.substr(0, f.find('1')) + "2" + f.substr(f.find('1') + 1);
    const auto doc = testing::segment_text(
        "Referat\n\nIndholdsfortegnelse\n" + f + "Godkendelse af dagsorden\t2\n" + two +
        "Vejplan 2024\t3\n\n" + f + "Godkendelse af dagsorden\nSagsnr.: 24/1\nBeslutning\n" +
        "Godkendt.\n\n" + two + "Vejplan 2024\nSagsnr.: 24/2\nBeslutning\nGodkendt.\n");
    EXPECT_EQ(doc.items.size(), 2u) << form;
    EXPECT_EQ(doc.warnings, std::vector<std::string>{}) << form;
  }
}

}  // namespace
// A closed marker on the table of contents' entry closes the item its
// heading names without the marker.
TEST(SegmenterToc, AClosedMarkerOnAnEntryClosesItsItem) {
  const auto doc = testing::segment_text(
      "Referat\n\nIndholdsfortegnelse\n1. Godkendelse af dagsorden ........ 2\n"
      "2. Lukket punkt: Køb af ejendom ........ 3\n3. Eventuelt ........ 4\n\n"
      "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n2. Køb af ejendom\n\n"
      "Sagsnr.: 24/2\n\nBeslutning\nGodkendt.\n\n3. Eventuelt\n\nBeslutning\nIntet.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_TRUE(doc.items[1].closed);
  EXPECT_FALSE(doc.items[2].closed);
}

// An entry under "Lukkede punkter" names its item by number when the body's
// heading words the title otherwise; an open entry's number closes nothing.
TEST(SegmenterToc, AClosedEntryClosesTheItemOfItsNumberWhenTheTitlesDiffer) {
  const auto doc = testing::segment_text(
      "Referat\n\nIndholdsfortegnelse\nÅbne punkter\n1. Godkendelse af dagsorden .... 2\n"
      "2. Vejplan 2025 .... 3\nLukkede punkter\n3. Ejendomssag .... 4\n\n"
      "1. Godkendelse af dagsorden\nSagsnr.: 24/1001\n\nBeslutning:\nGodkendt.\n\n"
      "2. Vejplan for 2025 og 2026\nSagsnr.: 24/1002\n\nBeslutning:\nGodkendt.\n\n"
      "3. Køb af ejendom på Storegade 4\nSagsnr.: 24/1003\n\nBeslutning:\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 3u);
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_FALSE(doc.items[1].closed);
  EXPECT_TRUE(doc.items[2].closed);
}

// A table of the items with a status column above them ("| 2 | Køb af
// ejendom | Lukket |", or a web page's row as the html reader writes it)
// closes the item of that number and title; an open row, or a row whose
// title names another item, closes nothing.
TEST(SegmenterToc, AnItemTablesStatusColumnClosesItsItem) {
  const std::string items =
      "1. Godkendelse af dagsorden\nSagsnr.: 24/1001\n\nBeslutning:\nGodkendt.\n\n"
      "2. Køb af ejendom\nSagsnr.: 24/1002\n\nBeslutning:\nGodkendt.\n\n"
      "3. Eventuelt\nSagsnr.: 24/1003\n\nBeslutning:\nIntet.\n";
  const auto piped = testing::segment_text(
      "Referat\n\n| Nr. | Titel | Status |\n|---|---|---|\n| 1 | Godkendelse af dagsorden | Åben "
      "|\n| 2 | Køb af ejendom | Lukket |\n| 3 | Eventuelt | Åben |\n\n" +
      items);
  ASSERT_EQ(piped.items.size(), 3u);
  EXPECT_FALSE(piped.items[0].closed);
  EXPECT_TRUE(piped.items[1].closed);
  EXPECT_FALSE(piped.items[2].closed);
  const auto web = testing::segment_text(
      "Referat\n\n| Nr. | Punkt | Status |\n1. Godkendelse af dagsorden  Åben\n2. Køb af ejendom  "
      "Lukket\n3. Eventuelt  Åben\n\n" +
      items);
  ASSERT_EQ(web.items.size(), 3u);
  EXPECT_TRUE(web.items[1].closed);
  EXPECT_FALSE(web.items[2].closed);
  const auto other = testing::segment_text(
      "Referat\n\n| Nr. | Titel | Status |\n|---|---|---|\n| 3 | Salg af grund | Lukket |\n\n" +
      items);
  ASSERT_EQ(other.items.size(), 3u);
  EXPECT_FALSE(other.items[2].closed);
}

// A marker that names an item or a case, not a place or a meeting.
TEST(ClosedMarkers, NamesAClosedItem) {
  for (const char* marker : {"Lukket punkt", "Lukket punkt.", "(Lukket sag)", "Fortroligt punkt",
                             "Lukket dagsordenspunkt", "Lukket punkt (personsag)",
                             "Punktet er lukket.", "Lukket sag jf. offentlighedslovens § 23"})
    EXPECT_TRUE(names_closed_item(marker)) << marker;
  for (const char* other : {"Lukket", "Lukket møde", "Lukkede punkter", "Lukket del", "Åben punkt",
                            "Lukket for trafik", "Lukket punkt - Jordkøb"})
    EXPECT_FALSE(names_closed_item(other)) << other;
}

// Region Sjælland's PDFs glue the contents' heading to the line before it
// (a member's party, a page's number): the contents are still found, and
// its entries are no items (trial AP: items 17 and 18 had been taken from
// the contents, item 1 lost, the municipality read from an entry).
TEST(SegmenterToc, AContentsHeadingGluedToTheLineBefore) {
  const auto doc = testing::segment_text(
      "Referat\n\nMøde i Forretningsudvalget\n\nDeltagere:\n\nIda Holm (A), Formand\n\n"
      "Egon Bo (I)Indholdsfortegnelse åbent møde\n\n1.\n\nGodkendelse af dagsorden\n\n5\n\n2.\n\n"
      "Godkendelse af råstofindvinding, Roskilde Kommune\n\n9Indholdsfortegnelse lukket møde\n\n"
      "17.\n\nUdbud af helikopter (Lukket punkt)\n\n22\n\n1. Godkendelse af dagsorden\n\nÅbent\n\n"
      "Beslutning\n\nGodkendt.\n");
  ASSERT_EQ(doc.items.size(), 1u);
  EXPECT_EQ(doc.items[0].number, "1");
  EXPECT_FALSE(doc.items[0].closed);
  EXPECT_EQ(doc.meeting.municipality, "");
}

// A contents table kept as a markdown table ("| 3. | Title | 4 |", a
// converter's text of Word's table), its head row and rule skipped: the
// rows are entries, and a group row ("| Lukkede punkter |  |  |", "|
// Lukkede punkter | 4 |") closes the entries under it, so the item whose
// heading says nothing of it is closed (review 43: t15 to t19 published it).
TEST(SegmenterToc, AMarkdownContentsTableWithAClosedGroupRow) {
  for (const std::string_view group :
       {"| Lukkede punkter |", "| Lukkede punkter |  |  |", "| Lukkede punkter |  | 4 |",
        "| Lukkede punkter | 4 |", "| LUKKET MØDE |  |  |"}) {
    const std::string text =
        "Referat\n\nØkonomiudvalget\n\nIndholdsfortegnelse\n\n"
        "| Pkt. | Titel | Side |\n|---|---|---|\n"
        "| 1. | Godkendelse af dagsorden | 2 |\n| 2 | Budgetopfølgning | 3 |\n" +
        std::string(group) +
        "\n| 3. | Salg af bygning på Havnevej | 4 |\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
        "2. Budgetopfølgning\n\nBeslutning\nTaget til efterretning.\n\n"
        "3. Salg af bygning på Havnevej\n\nBeslutning\nGodkendt.\n";
    const auto lines = split_lines(text);
    const toc t = parse_toc(lines, lines.size());
    ASSERT_EQ(t.entries.size(), 3u) << group;
    EXPECT_EQ(t.entries[1].title, "2. Budgetopfølgning");
    EXPECT_EQ(t.entries[2].key, "salg af bygning på havnevej");
    EXPECT_FALSE(t.entries[1].closed) << group;
    EXPECT_TRUE(t.entries[2].closed) << group;
    const auto doc = testing::segment_text(text);
    ASSERT_EQ(doc.items.size(), 3u) << group;
    EXPECT_FALSE(doc.items[1].closed) << group;
    EXPECT_TRUE(doc.items[2].closed) << group;
  }
  // Without the group row the same table closes nothing; a row whose last
  // cell is no page is no entry.
  const auto lines = split_lines(
      "Indholdsfortegnelse\n\n| 1. | Godkendelse af dagsorden | 2 |\n| 2. | Budget | side 3 |\n");
  const toc t = parse_toc(lines, lines.size());
  ASSERT_EQ(t.entries.size(), 1u);
  EXPECT_FALSE(t.entries[0].closed);
}

}  // namespace protokol::segmenter
